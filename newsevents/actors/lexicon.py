"""The actor vocabulary, loaded once from the data files."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Entry:
    code: str
    name: str
    kind: str  # country | metonym | region | igo | rebel | person
    country: str | None
    role: str | None
    org: str | None


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("newsevents.data").joinpath(name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def split_code(code: str) -> tuple[str | None, str | None]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'USA' -> ('USA', None); 'NATO' -> (None, None)."""
    if len(code) >= 3 and code[:3].isupper() and code[:3] in countries():
        return code[:3], (code[3:6] or None)
    return None, None


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """alpha-3 -> display name."""
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update({"XKX": "Kosovo", "USA": "United States", "GBR": "United Kingdom",
                  "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea", "IRN": "Iran",
                  "SYR": "Syria", "TWN": "Taiwan", "PSE": "Palestine", "VNM": "Vietnam"})
    return names


class Lexicon:
    """Phrase -> Entry, keyed by lower-cased phrase (exact case for all-caps acronyms)."""

    def __init__(self) -> None:
        import pycountry

        self.phrases: dict[str, Entry] = {}
        self.case_sensitive: dict[str, Entry] = {}
        names = countries()
        for c in pycountry.countries:
            for n in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)} - {None}:
                self._add(n, Entry(c.alpha_3, names[c.alpha_3], "country", c.alpha_3, None, None))
        for row in _rows("country_aliases.tsv"):
            code = row["code"]
            self._add(row["alias"], Entry(code, names.get(code, row["alias"]), "country", code, None, None))
        for row in _rows("blocs.tsv"):
            country, role = split_code(row["code"])
            kind = row["kind"]
            org = row["code"] if kind == "igo" else None
            self._add(row["phrase"], Entry(row["code"], row["name"], kind, country, role, org))
        for row in _rows("metonyms.tsv"):
            country, role = split_code(row["code"])
            org = None if country else row["code"]
            self._add(row["phrase"], Entry(row["code"], row["phrase"].removeprefix("the "),
                                           "metonym", country, role, org))
        self.people: dict[str, Entry] = {}
        for row in _rows("people.tsv"):
            country, role = split_code(row["code"])
            org = None if country else row["code"]
            entry = Entry(row["code"], row["name"], "person", country, role, org)
            self.people[row["name"].lower()] = entry
            self._add(row["name"], entry)
        # a well-known surname alone ("Blinken said") names its person when no one else in
        # the file shares it
        by_surname: dict[str, list[Entry]] = {}
        for key, entry in self.people.items():
            by_surname.setdefault(key.split()[-1], []).append(entry)
        self.surnames = {last: entries[0] for last, entries in by_surname.items()
                         if len({e.code for e in entries}) == 1}
        self.all_surnames = frozenset(by_surname)
        self.roles = {row["word"]: row["role"] for row in _rows("roles.tsv")}
        names = sorted(self.people, key=len, reverse=True)
        # a middle initial or a suffix may stand in the text: "Antony J. Blinken", "Lloyd J. Austin III"
        self.people_pattern = re.compile(
            r"\b(" + "|".join(re.escape(n).replace(r"\ ", r"(?:\s+(?:[A-Z]\.)+)?\s+") for n in names)
            + r")(?:\s+(?:Jr\.|III|II|IV))?\b", re.IGNORECASE)
        self.max_words = max(len(p.split()) for p in list(self.phrases) + list(self.case_sensitive))

    def _add(self, phrase: str, entry: Entry) -> None:
        phrase = phrase.strip()
        if not phrase:
            return
        # acronyms (US, UN, EU, UAE) only in capitals: "us" and "un" are words
        if phrase.replace(".", "").isupper() and len(phrase.replace(".", "")) <= 5:
            self.case_sensitive.setdefault(phrase, entry)
        else:
            self.phrases.setdefault(phrase.lower(), entry)
            if phrase.lower().startswith("the "):
                self.phrases.setdefault(phrase.lower()[4:], entry)

    def lookup(self, words: list[str]) -> Entry | None:
        phrase = " ".join(words)
        return self.case_sensitive.get(phrase) or self.phrases.get(phrase.lower())

    def find(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Longest-first matches over a word list: (start, end, entry)."""
        found, i = [], 0
        while i < len(words):
            for n in range(min(self.max_words, len(words) - i), 0, -1):
                entry = self.lookup(words[i:i + n])
                if entry:
                    found.append((i, i + n, entry))
                    i += n
                    break
            else:
                i += 1
        return found


_INITIAL = re.compile(r"\s+(?:[A-Z]\.)+(?=\s)|\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def person_key(name: str) -> str:
    """'Lloyd J. Austin III' -> 'lloyd austin': the form people.tsv names are keyed by."""
    return _INITIAL.sub("", " ".join(name.split())).lower()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


@lru_cache(maxsize=1)
def official_outlets() -> dict[str, str]:
    """Domain (or suffix) -> the actor whose own site it is (data/outlets.tsv)."""
    return {row["domain"].lower(): row["code"] for row in _rows("outlets.tsv")}


def outlet_actor_code(outlet: str | None) -> str | None:
    """The actor an official outlet speaks for: 'ua.usembassy.gov' -> USAGOV."""
    if not outlet:
        return None
    host = outlet.lower()
    table = official_outlets()
    while host:
        if host in table:
            return table[host]
        host = host.partition(".")[2]
    return None
