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
    requires: tuple[str, ...]
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
def verb_patterns() -> dict[str, list[Pattern]]:
    """lemma -> its patterns, most specific first. Unknown CAMEO codes are an error in the
    data file, reported with the line."""
    codes = cameo_codes()
    patterns: dict[str, list[Pattern]] = {}
    for number, line in enumerate(_lines("verbs.tsv")[1:], start=2):
        fields = line.split("\t")
        words = fields[0].split()
        cameo = fields[1].strip() if len(fields) > 1 else ""
        if cameo not in codes:
            raise ValueError(f"verbs.tsv line {number}: unknown CAMEO code {cameo!r} for {fields[0]!r}")
        requires = tuple(w[1:] for w in words[1:] if w.startswith("+"))
        patterns.setdefault(words[0], []).append(Pattern(words[0], requires, cameo))
    for plist in patterns.values():
        plist.sort(key=lambda p: len(p.requires), reverse=True)
    return patterns


_IRREGULAR = {
    "meet": ["met"], "hold": ["held"], "send": ["sent"], "give": ["gave", "given"],
    "take": ["took", "taken"], "tell": ["told"], "strike": ["struck", "stricken"],
    "fight": ["fought"], "shoot": ["shot"], "speak": ["spoke", "spoken"], "build": ["built"],
    "withdraw": ["withdrew", "withdrawn"], "freeze": ["froze", "frozen"], "break": ["broke", "broken"],
    "beat": ["beaten"], "fly": ["flew", "flown"], "forgive": ["forgave", "forgiven"],
    "say": ["said"], "have": ["had", "has"], "cut": ["cut"], "put": ["put"], "lead": ["led"],
    "seek": ["sought"], "sell": ["sold"], "buy": ["bought"], "bring": ["brought"],
    "undertake": ["undertook", "undertaken"], "slay": ["slew", "slain"], "drive": ["drove", "driven"],
    "shell": ["shelled"], "sign": ["signed"], "deny": ["denied", "denies"], "ally": ["allied"],
    "fire": ["fired"], "set": ["set"], "quit": ["quit"], "rebut": ["rebutted"],
}


def verb_forms(lemma: str) -> set[str]:
    """Surface forms of a verb lemma, for the cheap dictionary pass."""
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "es", lemma + "d"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(_IRREGULAR.get(lemma, []))
    return forms


@lru_cache(maxsize=1)
def trigger_forms() -> frozenset[str]:
    return frozenset(f for lemma in verb_patterns() for f in verb_forms(lemma))


# bare statements ("said") are coded only when nothing more specific is: alone they are not
# worth a parse
WEAK_CODES = {"010"}


@lru_cache(maxsize=1)
def trigger_requirements() -> dict[str, list[tuple[frozenset[str], ...]]]:
    """Surface form -> for each pattern of its lemma, the surface forms each required term may
    take; an empty tuple is a pattern with no requirement. For the cheap pass: 'has' alone is
    no event, 'has talks' may be."""
    index: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for lemma, plist in verb_patterns().items():
        options = [tuple(frozenset(verb_forms(term)) for term in p.requires) for p in plist
                   if p.requires or p.cameo not in WEAK_CODES]
        if not options:
            continue
        for form in verb_forms(lemma):
            index.setdefault(form, []).extend(options)
    return index
