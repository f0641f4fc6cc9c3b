"""Audit imported verb patterns against the development gold before any is kept.

Runs the coder on the development gold twice, with our verbs.tsv alone and with the
candidate patterns of the PETRARCH2 import added after it (ours win where both match), and
credits each event the import adds to its (verb, CAMEO code). A (verb, code) is kept when
the gold has an event of the same CAMEO root in the sentences where it fires at least
`--min-precision` of the time, at least `--min-support` times (the verb's meaning is what a
pattern decides; who the actors are is the resolver's part); everything else is left out, including patterns the gold never
exercises (unaudited). Writes the kept patterns with their counts to
newsevents/data/verbs-petrarch.tsv, which the coder reads after verbs.tsv.

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/gold/gold.jsonl")
    parser.add_argument("--min-precision", type=float, default=0.5)
    parser.add_argument("--min-support", type=int, default=1)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["NEWSEVENTS_STORY_MODEL"] = "tfidf"  # stories play no part here
    from newsevents.actors.userdicts import use_dicts
    from newsevents.events.taxonomy import cameo_codes, verb_forms

    codes = cameo_codes()
    ours = {(r[0], r[1]) for r in rows(DATA / "verbs.tsv")}
    candidates = [r for r in rows(CANDIDATES) if r[1] in codes and (r[0], r[1]) not in ours]
    use_dicts(None)
    before = Counter((k, ok) for p, ok in scored_events(args.gold) for k in [key(p)])
    with tempfile.TemporaryDirectory() as tmp:
        header = "pattern\tcameo\tnote\n"
        ours_text = (DATA / "verbs.tsv").read_text("utf-8").split("\n", 1)
        body = "\n".join(l for l in ours_text[1].splitlines() if l.strip() and not l.startswith("#")
                         and not l.startswith("pattern\t"))
        Path(tmp, "verbs.tsv").write_text(header + body + "\n" + "".join(f"{r[0]}\t{r[1]}\t\n" for r in candidates), "utf-8")
        use_dicts([tmp])
        after = Counter((k, ok) for p, ok in scored_events(args.gold) for k in [key(p)])
        use_dicts(None)
    added: dict[tuple[str, str], list[int]] = {}
    for (k, ok), n in after.items():
        extra = n - before.get((k, ok), 0)
        if extra > 0:
            added.setdefault(k, [0, 0])[0 if ok else 1] += extra
    # map each (trigger form, code) back to the candidate rows of that verb and code
    kept, audit = [], []
    for form_code, (right, wrong) in sorted(added.items()):
        form, code = form_code
        lemmas = {r[0].split()[0] for r in candidates if r[1] == code and form in verb_forms(r[0].split()[0])}
        good = right + wrong >= args.min_support and right / (right + wrong) >= args.min_precision
        audit.append((form, code, right, wrong, good, sorted(lemmas)))
        if good:
            kept += [r for r in candidates if r[1] == code and r[0].split()[0] in lemmas]
    for form, code, right, wrong, good, lemmas in audit:
        print(f"{'KEEP' if good else 'drop'} {form:16} {code:5} right {right:3} wrong {wrong:3}  {', '.join(lemmas)}")
    unique = list(dict.fromkeys((r[0], r[1]) for r in kept))
    print(f"{len(candidates)} candidate patterns not already ours; {len(added)} (verb, code) pairs fired on the "
          f"development gold; {len(unique)} patterns kept")
    if not args.dry_run:
        lines = ["# PETRARCH2 verb patterns kept after the audit against the development gold",
                 "# (scripts/audit_verbs.py; MIT licence, Open Event Data Alliance: petrarch/LICENSE-petrarch2).",
                 "# Read after verbs.tsv, whose patterns win. Re-run the audit to regenerate.",
                 "pattern\tcameo\tnote"]
        lines += [f"{p}\t{c}\taudited" for p, c in unique]
        OUT.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
