"""The CAMEO 1.1b3 taxonomy (Schrodt, Conflict and Mediation Event Observations codebook,
Penn State Event Data Project, 2012) with GDELT's Goldstein values, and the verb patterns
that map clauses onto it. Both are data files users can read and extend."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True, slots=True)
class Pattern:
    lemma: str
    requires: tuple[frozenset[str], ...]  # each term: the lemmas that satisfy it
    cameo: str


def _lines(name: str) -> list[str]:
    text = resources.files("newsevents.data").joinpath(name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, Code]:
    rows = csv.DictReader(_lines("cameo.tsv"), delimiter="\t")
    return {r["code"]: Code(r["code"], r["root"], r["name"], float(r["goldstein"]), int(r["quad_class"]))
            for r in rows}


@lru_cache(maxsize=1)
def synsets() -> dict[str, frozenset[str]]:
    """&NAME -> its member lemmas (synsets.tsv): '+&weapon' in a pattern stands for any of them."""
    sets: dict[str, frozenset[str]] = {}
    for line in _lines("synsets.tsv")[1:]:
        name, _, words = line.partition("\t")
        sets["&" + name.strip().lower()] = frozenset(w.lower() for w in words.split())
    return sets


_SPELLING_PAIRS = (("ization", "isation"), ("izing", "ising"), ("ize", "ise"), ("yze", "yse"), ("defense", "defence"),
                   ("offense", "offence"), ("license", "licence"), ("pretense", "pretence"), ("honor", "honour"),
                   ("labor", "labour"), ("favor", "favour"), ("harbor", "harbour"), ("rumor", "rumour"),
                   ("endeavor", "endeavour"), ("behavior", "behaviour"), ("neighbor", "neighbour"),
                   ("program", "programme"), ("center", "centre"), ("cease-fire", "ceasefire"))


def spellings(word: str) -> set[str]:
    """A word with its American and British spellings ("criticize", "criticise"; "defense",
    "defence"), so that patterns written in one match news written in the other."""
    out = {word}
    for us, gb in _SPELLING_PAIRS:
        for a, b in ((us, gb), (gb, us)):
            at = word.rfind(a)
            if at >= 0 and (a not in ("ize", "ise", "yze", "yse") or at + len(a) == len(word)):
                out.add(word[:at] + b + word[at + len(a):])
    return out


def _term(word: str, where: str) -> frozenset[str]:
    if word.startswith("&"):
        members = synsets().get(word.lower())
        if members is None:
            raise ValueError(f"{where}: unknown synset {word!r} (synsets.tsv lists them)")
        return frozenset(v for m in members for v in spellings(m))
    return frozenset(spellings(word))


def _pattern_rows(name: str) -> list[tuple[str, list[str], str]]:
    """(where, words, cameo) of a pattern file (verbs.tsv, nouns.tsv): the user dictionaries'
    files of that name first (NEWSEVENTS_DICT, --dict), so their patterns win, then ours.
    Unknown CAMEO codes are an error in the data file, reported with the line."""
    from newsevents.actors.userdicts import user_files

    sources = [(str(path), [line for line in path.read_text("utf-8").splitlines()
                            if line.strip() and not line.startswith("#")]) for path in user_files(name)]
    return [row for where, lines in sources + [(name, _lines(name))] for row in _rows_of(where, lines)]


def _rows_of(name: str, lines: list[str]) -> list[tuple[str, list[str], str]]:
    codes = cameo_codes()
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        cameo = fields[1].strip() if len(fields) > 1 else ""
        if cameo not in codes:
            raise ValueError(f"{name} line {number}: unknown CAMEO code {cameo!r} for {fields[0]!r}")
        rows.append((f"{name} line {number}", fields[0].split(), cameo))
    return rows


def _patterns(name: str, *more: str) -> dict[str, list[Pattern]]:
    patterns: dict[str, list[Pattern]] = {}
    rows = _pattern_rows(name) + [row for extra in more for row in _rows_of(extra, _lines(extra))]
    for where, words, cameo in rows:
        requires = tuple(_term(w[1:], where) for w in words[1:] if w.startswith("+"))
        for lemma in sorted(spellings(words[0]), key=lambda w: w != words[0]):
            patterns.setdefault(lemma, []).append(Pattern(lemma, requires, cameo))
    codes = cameo_codes()
    for plist in patterns.values():  # most terms first; among equals, a specific code first
        plist.sort(key=lambda p: (len(p.requires), "not specified" not in codes[p.cameo].name), reverse=True)
    return patterns


# the imported pattern files read after verbs.tsv; scripts/audit_verbs.py empties this while it
# audits, so that what it measures does not depend on the file it writes
IMPORTED_VERB_FILES: tuple[str, ...] = ("verbs-petrarch.tsv",)


@lru_cache(maxsize=1)
def verb_patterns() -> dict[str, list[Pattern]]:
    """lemma -> its patterns, most specific first: the user's, ours (verbs.tsv), then the
    PETRARCH2 patterns kept by the audit against the gold or by review (verbs-petrarch.tsv)."""
    return _patterns("verbs.tsv", *IMPORTED_VERB_FILES)


@lru_cache(maxsize=1)
def reprisal_patterns() -> dict[str, list[Pattern]]:
    """Striking back (reprisals.tsv): vowed or warned of, a threat."""
    return _patterns("reprisals.tsv")


@lru_cache(maxsize=1)
def premises() -> dict[str, str | None]:
    """Premises a crowd protests at -> the role of whoever holds them, None for the state
    itself (premises.tsv: "parliament" LEG, "embassy" the country)."""
    rows = csv.DictReader(_lines("premises.tsv"), delimiter="\t")
    return {r["word"]: None if r["role"] == "-" else r["role"] for r in rows}


@lru_cache(maxsize=1)
def noun_patterns() -> dict[str, list[Pattern]]:
    """Event nouns (nouns.tsv): 'the attack on', 'talks between', 'sanctions against'."""
    return _patterns("nouns.tsv")


@lru_cache(maxsize=1)
def weapon_patterns() -> dict[str, list[Pattern]]:
    """Devices and attacks that act when no one is said to (weapons.tsv): 'a car bomb killed'."""
    return _patterns("weapons.tsv")


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """Lemma -> 'reports' (says what happened: "said Russia struck") or 'frames' (can only
    frame a judgment: "called the launch a provocation"): data/reporting_verbs.tsv."""
    return {form: row["use"] for row in csv.DictReader(_lines("reporting_verbs.tsv"), delimiter="\t")
            for form in spellings(row["lemma"])}


@lru_cache(maxsize=1)
def modality() -> dict[str, str]:
    """Verbs that govern another act -> their family (intent, demand, appeal, reject, threaten)."""
    return {form: row["family"] for row in csv.DictReader(_lines("modality.tsv"), delimiter="\t")
            for form in spellings(row["lemma"])}


@lru_cache(maxsize=1)
def _modality_codes() -> dict[str, dict[str, str]]:
    codes = cameo_codes()
    table: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(_lines("modality_codes.tsv"), delimiter="\t"):
        if row["code"] not in codes:
            raise ValueError(f"modality_codes.tsv: unknown CAMEO code {row['code']!r}")
        table.setdefault(row["family"], {})[row["act"]] = row["code"]
    return table


def governed_code(family: str, act: str | None) -> str:
    """The code of a promise/demand/appeal/refusal/threat of `act`: the row of the longest
    matching prefix of the act's code, else the family's own code."""
    table = _modality_codes()[family]
    for size in range(len(act or ""), 1, -1):
        if act[:size] in table:
            return table[act[:size]]
    return table["*"]


@lru_cache(maxsize=1)
def _irregular() -> dict[str, list[str]]:
    """Irregular and spelling-changed forms by lemma ("throw": threw, thrown): verb_forms.tsv."""
    rows = csv.DictReader(_lines("verb_forms.tsv"), delimiter="\t")
    return {row["lemma"]: row["forms"].split(",") for row in rows}


def verb_forms(lemma: str) -> set[str]:
    """Surface forms of a verb lemma, for the cheap dictionary pass."""
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "es", lemma + "d"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(_irregular().get(lemma, []))
    return forms


@lru_cache(maxsize=1)
def trigger_forms() -> frozenset[str]:
    return frozenset(trigger_requirements())


def _judging_words() -> list[str]:
    return [line.split("\t")[0] for line in _lines("evaluative.tsv")[1:]]


# bare statements ("said") are coded only when nothing more specific is: alone they are not
# worth a parse
WEAK_CODES = {"010"}


@lru_cache(maxsize=1)
def trigger_requirements() -> dict[str, list[tuple[frozenset[str], ...]]]:
    """Surface form -> for each pattern of its lemma, the surface forms each required term may
    take; an empty tuple is a pattern with no requirement. For the cheap pass: 'has' alone is
    no event, 'has talks' may be."""
    index: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for word in _judging_words():  # "is unacceptable", "a provocation", "escalating": worth a parse alone
        for form in verb_forms(word):
            index.setdefault(form, []).append(())
    # (a reprisal word is an event when it is to come: "said it would respond")
    for lemma, plist in list(verb_patterns().items()) + list(noun_patterns().items()) + list(reprisal_patterns().items()):
        options = [tuple(frozenset(f for lemma in term for f in verb_forms(lemma)) for term in p.requires)
                   for p in plist if p.requires or p.cameo not in WEAK_CODES]
        if not options:
            continue
        for form in verb_forms(lemma):
            index.setdefault(form, []).extend(options)
    return index


@lru_cache(maxsize=1)
def event_verb_forms() -> dict[str, str]:
    """Past and present forms of the event and modality verbs -> their lemma, where only one
    lemma has that form: the parser's lemmatizer sometimes misreads a rare verb ("staged" ->
    "stag", "fined" -> "fin") and the pattern would never be looked up."""
    owners: dict[str, set[str]] = {}
    for lemma in list(verb_patterns()) + list(modality()):
        for form in verb_forms(lemma):
            owners.setdefault(form, set()).add(lemma)
    return {form: next(iter(lemmas)) for form, lemmas in owners.items() if len(lemmas) == 1}


@lru_cache(maxsize=1)
def of_roles() -> dict[str, str]:
    """Noun lemma -> what its 'of' phrase names: target, source or '-' (nouns.tsv), as the bare
    noun's row says ("bombing +car" is still a bombing "of the academy")."""
    rows = list(csv.DictReader(_lines("nouns.tsv"), delimiter="\t"))
    roles = {row["pattern"].split()[0]: row["of"] for row in rows if " " in row["pattern"].strip()}
    roles.update({row["pattern"].strip(): row["of"] for row in rows if " " not in row["pattern"].strip()})
    return roles
