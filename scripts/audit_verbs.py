"""Audit imported verb patterns against the development gold before any is kept.

Two ways into newsevents/data/verbs-petrarch.tsv, which the coder reads after verbs.tsv:

1. **audited**: the coder runs on the development gold twice, with our verbs.tsv alone and
   with all the candidate patterns of the PETRARCH2 import added after it, and each event
   the import adds is credited to its (verb, CAMEO code). A (verb, code) is kept when the
   gold has an event of the same CAMEO root in the sentences where it fires at least
   `--min-precision` of the time, at least `--min-support` times (the verb's meaning is what
   a pattern decides; who the actors are is the resolver's part).
2. **reviewed**: the rows marked `keep` in petrarch/verbs-reviewed.tsv, a reading of the
   candidates verb by verb (every row there has a decision and a reason). The gold has the
   last word where it has one: the reviewed keeps are run on the development gold after
   ours and the audited patterns, and a (verb, code) among them that fires there below
   `--min-precision` is dropped (vetoed, printed). Those the gold never exercises are kept
   as `reviewed`; those it exercises at or above the threshold as `reviewed, gold-checked`.

Candidates with the very words of a pattern of verbs.tsv are left out whatever their code (ours
win). A row the review dropped is never kept, even if it passes step 1 (printed). The audit does
not read the verbs-petrarch.tsv it writes (taxonomy.IMPORTED_VERB_FILES is emptied while it
runs), so running it twice gives the same file. Everything else in the candidates is left
out.

    python scripts/audit_verbs.py            # writes the file and prints the audit
    python scripts/audit_verbs.py --dry-run

The held-out gold is never read here.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsevents" / "data"
CANDIDATES = DATA / "petrarch" / "verbs-candidates.tsv"
REVIEWED = DATA / "petrarch" / "verbs-reviewed.tsv"
OUT = DATA / "verbs-petrarch.tsv"


def rows(path: Path) -> list[list[str]]:
    lines = [l for l in path.read_text("utf-8").splitlines() if l.strip() and not l.startswith("#")]
    return [l.split("\t") for l in lines[1:]]


def scored_events(gold_path: Path) -> list[tuple[dict, bool]]:
    """Every predicted event on the gold, with whether the gold has an event of the same CAMEO
    root in that sentence: the verb's meaning is what a pattern decides (who the actors are
    is the resolver's part, audited by the gold scores themselves)."""
    from newsevents.evaluate import _norm, gold_article, load_gold, predictions
    from newsevents.extract import extract_articles

    records = load_gold(gold_path)
    out = []
    for record, extraction in zip(records, extract_articles([gold_article(r) for r in records])):
        gold = [(_norm(e["sentence"]), e["cameo"][:2]) for e in record["events"]]
        for p in predictions(extraction)["events"]:
            sentence = _norm(p["sentence"])
            out.append((p, any(g in sentence and root == p["cameo"][:2] for g, root in gold)))
    return out


def key(event: dict) -> tuple[str, str]:
    return event["trigger"].lower(), event["cameo"]


def run(gold: Path, extra: list[tuple[str, str]]) -> Counter:
    """(trigger, code, right) counts of the coder on the gold with our verbs.tsv followed by
    `extra` patterns (and no verbs-petrarch.tsv)."""
    from newsevents.actors.userdicts import use_dicts

    with tempfile.TemporaryDirectory() as tmp:
        header = "pattern\tcameo\tnote\n"
        ours_text = (DATA / "verbs.tsv").read_text("utf-8").split("\n", 1)
        body = "\n".join(l for l in ours_text[1].splitlines() if l.strip() and not l.startswith("#")
                         and not l.startswith("pattern\t"))
        Path(tmp, "verbs.tsv").write_text(header + body + "\n" + "".join(f"{p}\t{c}\t\n" for p, c in extra), "utf-8")
        use_dicts([tmp])  # a new directory each run: the caches built from patterns are dropped
        counts = Counter((k, ok) for p, ok in scored_events(gold) for k in [key(p)])
        use_dicts(None)
    return counts


def credit(before: Counter, after: Counter) -> dict[tuple[str, str], list[int]]:
    """(trigger form, code) -> [right, wrong] events `after` has and `before` has not."""
    added: dict[tuple[str, str], list[int]] = {}
    for (k, ok), n in after.items():
        extra = n - before.get((k, ok), 0)
        if extra > 0:
            added.setdefault(k, [0, 0])[0 if ok else 1] += extra
    return added


def lemmas_of(form: str, code: str, patterns: list[tuple[str, str]]) -> set[str]:
    from newsevents.events.taxonomy import verb_forms

    return {p.split()[0] for p, c in patterns if c == code and form in verb_forms(p.split()[0])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/gold/gold.jsonl")
    parser.add_argument("--min-precision", type=float, default=0.5)
    parser.add_argument("--min-support", type=int, default=1)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["NEWSEVENTS_STORY_MODEL"] = "tfidf"  # stories play no part here
    from newsevents.events import taxonomy
    from newsevents.events.taxonomy import cameo_codes

    taxonomy.IMPORTED_VERB_FILES = ()  # measure without the file this writes
    codes = cameo_codes()
    # a pattern verbs.tsv has (with whatever code) is ours: an import with the same words would
    # override it when its code is the more specific one, so ours win by leaving it out
    ours = {r[0] for r in rows(DATA / "verbs.tsv")}
    candidates = list(dict.fromkeys((r[0], r[1]) for r in rows(CANDIDATES) if r[1] in codes and r[0] not in ours))
    review = {(r[0], r[1]): r[2] for r in rows(REVIEWED)}
    bad = [(p, c) for (p, c), d in review.items() if d not in ("keep", "drop") or c not in codes]
    if bad:
        raise SystemExit(f"{REVIEWED}: rows without a valid decision or code: {bad[:5]}")

    # 1. audited: all candidates added after ours, kept where the gold agrees
    base = run(args.gold, [])
    added = credit(base, run(args.gold, candidates))
    audited, overruled = [], []
    for (form, code), (right, wrong) in sorted(added.items()):
        lemmas = lemmas_of(form, code, candidates)
        good = right + wrong >= args.min_support and right / (right + wrong) >= args.min_precision
        print(f"{'KEEP' if good else 'drop'} {form:16} {code:5} right {right:3} wrong {wrong:3}  {', '.join(sorted(lemmas))}")
        if good:
            rows_kept = [(p, c) for p, c in candidates if c == code and p.split()[0] in lemmas]
            overruled += [r for r in rows_kept if review.get(r) == "drop"]
            audited += [r for r in rows_kept if review.get(r) != "drop"]
    audited = list(dict.fromkeys(audited))
    for p, c in overruled:
        print(f"review dropped {p} {c}, though it passed the gold: left out")

    # 2. reviewed keeps, vetoed where they fire on the gold below the threshold
    reviewed = [r for r, d in review.items() if d == "keep" and r in set(candidates) and r not in set(audited)]
    before = run(args.gold, audited)
    vetoed: set[tuple[str, str]] = set()
    checked: set[tuple[str, str]] = set()
    for _ in range(5):  # a veto can uncover another pattern of the same verb: run again
        live = [r for r in reviewed if r not in vetoed]
        fired = credit(before, run(args.gold, audited + live))
        new_vetoes = set()
        for (form, code), (right, wrong) in sorted(fired.items()):
            lemmas = lemmas_of(form, code, live)
            if not lemmas:
                continue  # not a reviewed verb's event (e.g. a promise of an act it now codes)
            group = {(p, c) for p, c in live if c == code and p.split()[0] in lemmas}
            if right / (right + wrong) < args.min_precision:
                print(f"VETO {form:16} {code:5} right {right:3} wrong {wrong:3}  {', '.join(sorted(lemmas))}")
                new_vetoes |= group
            else:
                print(f"gold {form:16} {code:5} right {right:3} wrong {wrong:3}  {', '.join(sorted(lemmas))}")
                checked |= group
        if not new_vetoes:
            break
        vetoed |= new_vetoes
        checked -= vetoed
    kept_reviewed = [r for r in reviewed if r not in vetoed]
    print(f"{len(candidates)} candidate patterns whose words are not a pattern of ours; {len(added)} (verb, code) pairs fired on the "
          f"development gold; {len(audited)} patterns audited. {sum(d == 'keep' for d in review.values())} reviewed "
          f"keeps: {len(vetoed)} vetoed by the gold, {len(kept_reviewed)} kept ({len(checked)} exercised by the gold)")
    if not args.dry_run:
        lines = ["# PETRARCH2 verb patterns kept after the audit against the development gold ('audited') or",
                 "# by the review of petrarch/verbs-reviewed.tsv ('reviewed': the gold never exercises them;",
                 "# 'reviewed, gold-checked': it does, at the audit's precision) (scripts/audit_verbs.py;",
                 "# MIT licence, Open Event Data Alliance: petrarch/LICENSE-petrarch2).",
                 "# Read after verbs.tsv, whose patterns win. Re-run the audit to regenerate.",
                 "pattern\tcameo\tnote"]
        lines += [f"{p}\t{c}\taudited" for p, c in audited]
        lines += [f"{p}\t{c}\t{'reviewed, gold-checked' if (p, c) in checked else 'reviewed'}" for p, c in kept_reviewed]
        OUT.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
