"""The actor vocabulary, loaded once from the data files.

Three layers, the first that names a phrase wins: user dictionaries (directories in
NEWSEVENTS_DICT or given with --dict: newsevents.actors.userdicts), the curated files of
newsevents/data/, then the PETRARCH2/Phoenix import in newsevents/data/petrarch/ (see
docs/DICTIONARIES.md). Phrases and people are matched with token tries, so the cost of a
lookup does not grow with the size of the dictionaries. The built lexicon is cached as a
pickle in the user's cache directory, keyed by the sizes and times of every file read.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import pickle
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from newsevents import settings
from newsevents.actors.userdicts import dict_dirs
from newsevents.data import word_list
from newsevents.nlp.places import countries, fold, national_capitals, place_stop_words  # moved to nlp/places.py: the gazetteer (below actors) needs it


class Entry(NamedTuple):  # a NamedTuple: unpickles ~10x faster than a slotted dataclass
    code: str
    name: str
    kind: str  # country | metonym | region | igo | rebel | person | ngo | mnc | org
    country: str | None
    role: str | None
    org: str | None


# countries whose people's names in English put the family name first ("Hu Jintao", "Kim Dae-jung")
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "PRK", "KOR", "VNM", "KHM"}


class DatedRole(NamedTuple):
    code: str
    start: str | None  # ISO date, inclusive; None: open
    end: str | None


IMPORT_DIR = "petrarch"
# roles an imported agent noun may add to a country (the converter keeps only these too)
IMPORTED_ROLES = {"GOV", "MIL", "REB", "OPP", "CRM", "BUS", "CVL", "JUD", "COP", "MED", "LEG",
                  "HLH", "UAF", "EDU", "SPY", "AGR", "LAB", "REF", "ENV"}
# the small words inside a full name ("Violeta Barrios de Chamorro", "Lula da Silva")
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
                  "ter", "ten", "bin", "ibn", "bint", "al", "el", "y", "e"}
_TERMINAL = ""  # trie key of a node's payload (tokens are never empty)


def _parse(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _data_file(name: str):
    return resources.files("newsevents.data").joinpath(name)


def _rows(name: str) -> list[dict[str, str]]:
    return _parse(_data_file(name).read_text("utf-8"))


def _user_rows(name: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for d in dict_dirs():
        path = d / name
        if path.is_file():
            rows += _parse(path.read_text("utf-8"))
    return rows


def _layered(name: str, imported: bool = False) -> list[dict[str, str]]:
    """User rows, then the curated file's rows (then the imported file's, if asked)."""
    rows = _user_rows(name) + _rows(name)
    if imported:
        rows += _imported_rows(name)
    return rows


def _imported_rows(name: str) -> list[dict[str, str]]:
    path = _data_file(f"{IMPORT_DIR}/{name}")
    return _parse(path.read_text("utf-8")) if path.is_file() else []


def split_code(code: str) -> tuple[str | None, str | None]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'USA' -> ('USA', None); 'NATO' -> (None, None)."""
    if len(code) >= 3 and code[:3].isupper() and code[:3] in countries():
        if code[3:9] == "GOVLEG":
            # Phoenix's "ISRGOVLEG" (the Knesset, a senator) is the legislature; its GOVJUD
            # (justice ministers) and GOVMIL (security advisers) stay the government
            return code[:3], "LEG"
        return code[:3], (code[3:6] or None)
    return None, None


# CAMEO known-group codes of NGOs that Phoenix writes as a suffix (NGOHRIAMN: Amnesty International)
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


def _subtokens(word: str) -> list[str]:
    """Phrase-matching tokens of one word: possessives dropped, hyphens split, accents folded.
    "al-Shabaab" -> ["al", "Shabaab"]; "Hamas's" -> ["Hamas"]; "'s" -> []."""
    w = fold(word).replace("\u2019", "'")
    if w in ("'s", "'", "s'"):
        return []
    if w.endswith("'s") and len(w) > 2:
        w = w[:-2]
    elif w.endswith("'") and len(w) > 1:
        w = w[:-1]
    return [p for p in w.split("-") if p]


def _phrase_tokens(phrase: str) -> list[str]:
    return [s for w in phrase.split() for s in _subtokens(w)]


class Lexicon:
    """Phrase -> Entry, keyed by lower-cased phrase (exact case for all-caps acronyms)."""

    def __init__(self) -> None:
        import pycountry

        self.phrases: dict[str, Entry] = {}
        self.case_sensitive: dict[str, Entry] = {}
        self.trie: dict = {}
        names = countries()
        # 1. user dictionaries and curated files (user rows come first: first one wins)
        user_aliases = _user_rows("country_aliases.tsv")
        for row in user_aliases:
            self._add_alias(row, names)
        for row in _rows("country_aliases.tsv"):  # (before ISO's names: "Congo" is Kinshasa's in the news)
            self._add_alias(row, names)
        for c in pycountry.countries:
            for n in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)} - {None}:
                self._add(n, Entry(c.alpha_3, names[c.alpha_3], "country", c.alpha_3, None, None))
        self.dated: dict[str, tuple[DatedRole, ...]] = {}  # a person's or group's roles by date
        dated_groups: dict[str, list[DatedRole]] = {}
        # (parties.tsv: political parties with the dates they governed, legislatures, courts and
        # agencies by their own names; a user's blocs.tsv rows come first and win)
        for row in _layered("blocs.tsv") + _rows("parties.tsv"):
            country, role = split_code(row["code"])
            kind = row["kind"]
            org = row["code"] if kind in ("igo", "ngo") else None
            if row.get("from") or row.get("to"):  # "the Taliban": rebels until August 2021, then the government
                dated_groups.setdefault(row["name"].lower(), []).append(
                    DatedRole(row["code"], row.get("from") or None, row.get("to") or None))
            self._add(row["phrase"], Entry(row["code"], row["name"], kind, country, role, org))
        self.dated.update((name, tuple(roles)) for name, roles in dated_groups.items())
        for row in _layered("metonyms.tsv"):
            country, role = split_code(row["code"])
            org = None if country else row["code"]
            self._add(row["phrase"], Entry(row["code"], row["phrase"].removeprefix("the "),
                                           "metonym", country, role, org))
        # every other national capital stands for its government in an actor position
        # ("Nairobi rejected the proposal"); in a place position ("in Nairobi") the coder
        # reads it as the place
        # (not those that are mostly English words or first names: "Male students", "Victoria")
        words = place_stop_words()
        for alpha3, capital in national_capitals().items():
            if capital.lower() not in words:
                self._add(capital, Entry(alpha3 + "GOV", capital, "metonym", alpha3, "GOV", None))
        self.people: dict[str, Entry] = {}
        # the word a person goes by ("Abiy" for Abiy Ahmed; "" when too common to name them
        # without their full name in the article: "Kim")
        self.short_names: dict[str, str] = {}
        people_rows: dict[str, list[dict[str, str]]] = {}
        for row in _user_rows("people.tsv"):  # a user's rows for a person replace the curated ones
            people_rows.setdefault(person_key(row["name"]), []).append(row)
        user_people = set(people_rows)
        for row in _rows("people.tsv"):
            key = person_key(row["name"])
            if key not in user_people:
                people_rows.setdefault(key, []).append(row)
        # the offices the curated rows name, by their title ("President of China"): which of two
        # people in office on the day "President Hu" names
        self.titles: dict[str, tuple] = {}
        for key, rows in people_rows.items():
            dated = [DatedRole(r["code"], r.get("from") or None, r.get("to") or None) for r in rows]
            self.titles[key] = tuple((set(re.findall(r"[a-z]+", (r.get("title") or "").lower())), d)
                                     for r, d in zip(rows, dated) if r.get("title"))
            if any(r.start or r.end for r in dated):  # "Lula": opposition until 2022, then president
                self.dated[key] = tuple(dated)
            code = _most_recent(dated) or rows[0]["code"]
            country, role = split_code(code)
            entry = Entry(code, rows[0]["name"], "person", country, role, None if country else code)
            self.people[key] = entry
            self._add(rows[0]["name"], entry)
            alone = (rows[0].get("alone") or "").strip()
            if alone:
                self.short_names[key] = "" if alone == "-" else alone.lower()
        # a well-known surname alone ("Blinken said") names its person when no one else in
        # the curated (or user) files shares it; imported people never match by surname
        by_surname: dict[str, list[Entry]] = {}
        for key, entry in self.people.items():
            short = self.short_names.get(key, key.split()[-1])
            if short:
                by_surname.setdefault(short, []).append(entry)
        # (one person under several spellings has the same roles: "George W. Bush", "George W Bush")
        self.surnames = {last: entries[0] for last, entries in by_surname.items()
                         if len({self.dated.get(person_key(e.name)) or e.code for e in entries}) == 1}
        # a surname several people share ("Bush", "Clinton") names the one in office on the day
        self.shared_surnames = {last: entries for last, entries in by_surname.items() if last not in self.surnames}
        self.all_surnames = frozenset(by_surname)
        self.roles = {}
        for row in _layered("roles.tsv"):
            self.roles.setdefault(row["word"].strip().lower(), row["role"].strip())
        self.curated_people = frozenset(self.people)
        # 2. the PETRARCH2 / Phoenix import
        self._load_imported(names)
        self.surname_index: dict[str, list[str]] = {}  # every known person by surname (office_holder)
        for key in self.people:
            self.surname_index.setdefault(key.split()[-1], []).append(key)
            if " " in key and key in self.curated_people and any(
                    split_code(r.code)[0] in FAMILY_NAME_FIRST for r in self.dated.get(key) or [self.people[key]]):
                # "Hu Jintao", "Moon Jae-in": the family name comes first ("President Hu")
                self.surname_index.setdefault(key.split()[0], []).append(key)
        self._build_tries()
        self.max_words = max(len(p.split()) for p in list(self.phrases) + list(self.case_sensitive))

    def _add_alias(self, row: dict[str, str], names: dict[str, str]) -> None:
        code = row["code"]
        entry = Entry(code, names.get(code, row["alias"]), "country", code, None, None)
        self._add(row["alias"], entry)
        if " " not in row["alias"] and row["alias"][-2:] in ("an", "li", "qi", "ni", "ti", "ri", "ki"):
            self._add(row["alias"] + "s", entry)  # the people: "Kenyans", "Iraqis", "Somalis"

    def _named_country(self, phrase: str) -> str | None:
        """The one country a name holds by its name or demonym ("British Petroleum": GBR)."""
        words = phrase.lower().split()
        found = {entry.country for n in (1, 2, 3) for i in range(len(words) - n + 1)
                 if (entry := self.phrases.get(" ".join(words[i:i + n]))) is not None and entry.kind == "country"}
        return found.pop() if len(found) == 1 else None

    def _load_imported(self, names: dict[str, str]) -> None:
        for row in _imported_rows("countries.tsv"):
            if row["kind"] == "country":  # cities and provinces stay places, never actors
                self._add(row["phrase"], Entry(row["code"], names.get(row["code"], row["phrase"]),
                                               "country", row["code"], None, None))
        for row in _imported_rows("organisations.tsv"):
            code, kind = row["code"], row["kind"]
            if kind == "ngo":
                # an NGO is NGO, as the gold guide codes aid and rights groups (the Red Cross
                # and MSF too); Phoenix's sector codes (NGOHRI, NGOHLHIRC ...) are not kept
                code = "NGO"
            if kind == "igo" and code.startswith("IGO"):
                # an organisation the converter maps to no code of ours (Phoenix's IGOEURCOE, the
                # Council of Europe; IGOASADEVADB, the Asian Development Bank) is plain IGO, as the
                # gold guide codes other organisations
                code = "IGO"
            if kind == "mnc":
                # a company is business, as the gold guide codes it: Phoenix's "MNCGBR" (BP) is
                # GBRBUS, its bare "MNC" the country its name holds ("British Petroleum"), else BUS
                code = code[3:] + "BUS" if code[3:] in countries() else (self._named_country(row["phrase"]) or "") + "BUS"
            country, role = split_code(code)
            org = code if kind in ("igo", "ngo", "mnc") or not country else None
            if kind == "rebel" and country:
                org = None
            bare = row["phrase"].strip().lower().removeprefix("the ")
            if bare != row["phrase"].strip().lower() and bare in self.phrases:
                continue  # "The Security Council" (UNO) must not outmatch our "Security Council" (UNSC)
            entry = Entry(code, row["phrase"], kind, country, role, org)
            if bare != row["phrase"].strip().lower() and " " not in bare and not bare.isupper():
                # "The Foundation", "The Cornerstone": one common word names the group only with
                # its article, not inside other names ("the Clinton Foundation")
                self.phrases.setdefault(row["phrase"].strip().lower(), entry)
                continue
            self._add(row["phrase"], entry)
        roles: dict[str, list[DatedRole]] = {}
        display: dict[str, str] = {}
        for row in _imported_rows("people.tsv"):
            key = person_key(row["name"])
            if key in self.curated_people or len(key.split()) < 2 or self._names_a_country(key):
                continue  # ("South Sudanese" is a Phoenix "person")
            roles.setdefault(key, []).append(DatedRole(row["code"], row["start"] or None, row["end"] or None))
            display.setdefault(key, row["name"])
        # a name of three words or more also goes by its first and last ("Gloria Arroyo" for
        # Gloria Macapagal Arroyo), when no one else goes by that
        # (but "Kim Dae Jung" is a family name and a two-syllable given name, written "Kim
        # Dae-jung", never "Kim Jung")
        # (not a surname many in the dictionary share: "John Smith" is not John Hilary Smith of
        # Kiribati, one of 41 Smiths; nor a title for a given name: "Sir Mitchell")
        surnames = Counter(key.split()[-1] for key in roles)
        titles = {w.lower() for w in word_list("honorifics.txt")} | {"sir", "dame", "lord", "lady"}
        short: dict[str, list[str]] = {}
        for key in roles:
            words = key.split()
            if len(words) == 3 and all(len(w) <= 4 for w in words):
                short.setdefault(f"{words[0]} {words[1]}-{words[2]}", []).append(key)
            elif len(words) > 2 and surnames[words[-1]] < COMMON_SURNAME and words[0] not in titles \
                    and not (NAME_LINKS.intersection(words) or words[-1] in self.roles or self._names_a_country(words[0])):
                # (an organisation the dictionary lists among people is no person: "Syrian
                # Coalition Of Secular And Democratic Forces" is not "Syrian forces")
                short.setdefault(f"{words[0]} {words[-1]}", []).append(key)
        aliases = {alias: keys[0] for alias, keys in short.items()
                   if len(keys) == 1 and alias not in roles and alias not in self.people and alias not in self.phrases}
        for key, dated in roles.items():
            code = _most_recent(dated)
            if code is None:
                continue
            country, role = split_code(code)
            entry = Entry(code, display[key], "person", country, role, None if country else code)
            self.people[key] = entry
            self.dated[key] = tuple(dated)
            self.phrases.setdefault(key, entry)
        for alias, key in aliases.items():
            if key in self.people:
                self.people[alias], self.dated[alias] = self.people[key], self.dated[key]
                self.phrases.setdefault(alias, self.people[key])
        for row in _imported_rows("agents.tsv"):
            word, role = row["word"].strip().lower(), row["role"].strip()
            if " " not in word and role in IMPORTED_ROLES:
                self.roles.setdefault(word, role)

    def _names_a_country(self, key: str) -> bool:
        entry = self.phrases.get(key)
        return entry is not None and entry.kind == "country"

    def _add(self, phrase: str, entry: Entry) -> None:
        phrase = phrase.strip()
        if not phrase:
            return
        # acronyms (US, UN, EU, UAE) only in capitals: "us" and "un" are words
        if phrase.replace(".", "").isupper() and len(phrase.replace(".", "")) <= 5:
            self.case_sensitive.setdefault(phrase, entry)
        else:
            lower = phrase.lower()
            # "World Health Organisation" as the British write it, "Organization" as the Americans do
            for spelled in {lower, fold_spelling(lower), lower.replace("organization", "organisation")}:
                self.phrases.setdefault(spelled, entry)
                if spelled.startswith("the "):
                    self.phrases.setdefault(spelled[4:], entry)

    # tries ----------------------------------------------------------------------------
    def _build_tries(self) -> None:
        """Phrase trie over _subtokens (lower case); a node's payload is
        [entry or None, {exact-case token tuple: entry} or None]. People trie over
        person_key tokens; payload (key, imported)."""
        trie: dict = {}

        def payload_of(tokens: list[str]) -> list:
            node = trie
            for t in tokens:
                node = node.setdefault(t.lower(), {})
            return node.setdefault(_TERMINAL, [None, None])

        for phrase, entry in self.phrases.items():
            tokens = _phrase_tokens(phrase)
            if tokens:
                payload = payload_of(tokens)
                if payload[0] is None:
                    payload[0] = entry
        for phrase, entry in self.case_sensitive.items():
            tokens = _phrase_tokens(phrase)
            if tokens:
                payload = payload_of(tokens)
                if payload[1] is None:
                    payload[1] = {}
                payload[1].setdefault(tuple(tokens), entry)
        self.trie = trie
        people: dict = {}
        for key in self.people:
            node = people
            for t in key.split():
                node = node.setdefault(t, {})
            node[_TERMINAL] = (key, key not in self.curated_people)
        self.people_trie = people

    def role_of(self, word: str, before: str = "", of: str = "") -> str | None:
        """The role a (lower-case) word names; a two-word role ("security force": COP) wins
        over its head alone ("force": MIL), and a body named by its "of" phrase ("house of
        representatives": LEG) over both."""
        return self.body_role(word, of) or (self.roles.get(f"{before} {word}") if before else None) \
            or self.roles.get(word)

    def body_role(self, word: str, of: str) -> str | None:
        """The role of a body named by its head and its "of" phrase ("house", "commons"), or None."""
        return self.roles.get(f"{word} of {of}") if of else None

    def personal_name(self, names: list[str]) -> bool:
        """Two names of a person that hold a country's: a given name before it ("Michael Jordan"), or a
        family name after it ("Chad Smith", "Jordan Peterson"). Given and family names are those of
        the dictionaries' people of two names or more (each name borne by two at least)."""
        names = [n for n in names if not re.fullmatch(r"[A-Z]\.", n)]  # ("Michael B. Jordan")
        if len(names) != 2:
            return False
        given, family = self._name_words()
        first, last = (n.lower() for n in names)
        known = [self.lookup([n]) for n in names]
        return (first in given and known[0] is None and known[1] is not None and known[1].kind == "country") \
            or (known[0] is not None and known[0].kind == "country" and last in family and known[1] is None)

    def _name_words(self) -> tuple[frozenset[str], frozenset[str]]:
        if "_names" not in self.__dict__:  # (worked out on first use, after the pickle is loaded)
            given, family, described = Counter(), Counter(), set()
            for phrase, entry in self.phrases.items():
                words = phrase.split()
                if entry.kind == "person" and len(words) >= 2:
                    given[words[0]] += 1
                    family[words[-1]] += 1
                    if len(words) >= 3 and words[1] in self.roles:  # "communist leader leonid brezhnev": a description
                        described.add(words[0])
            # (not a word that is a role, a description or an actor of its own: "Communist China", "Nigeria Union")
            common = set(self.roles) | set(self.phrases) | described
            self._names = (frozenset(w for w, n in given.items() if n >= 2 and w not in common),
                           frozenset(w for w, n in family.items() if n >= 2 and w not in common))
        return self._names

    def lookup(self, words: list[str]) -> Entry | None:
        phrase = " ".join(words)
        found = self.case_sensitive.get(phrase) or self.phrases.get(phrase.lower())
        if found is None and ("-" in phrase or "'" in phrase or "\u2019" in phrase):
            matches = self.find(words)
            if len(matches) == 1 and matches[0][0] == 0 and matches[0][1] == len(words):
                return matches[0][2]
        return found

    def find(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Longest-first matches over a word list: (start, end, entry). Possessives and
        hyphens do not stop a match ("al-Shabaab", "Hamas's"); a match covers whole words."""
        stream: list[tuple[str, str, int, bool, bool]] = []
        for i, w in enumerate(words):
            subs = _subtokens(w)
            last = len(subs) - 1
            for j, s in enumerate(subs):
                stream.append((s.lower(), s, i, j == 0, j == last))
        n = len(stream)
        trie = self.trie

        def longest(k: int):
            node, best, m = trie, None, k
            while m < n:
                node = node.get(stream[m][0])
                if node is None:
                    break
                payload = node.get(_TERMINAL)
                if payload is not None and stream[m][4]:
                    ci, cs = payload
                    entry = (cs.get(tuple(s[1] for s in stream[k:m + 1])) if cs else None) or ci
                    if entry is ci and stream[k][2] == stream[m][2] and all(s[1].islower() for s in stream[k:m + 1]):
                        entry = None  # one name written as a common word: "an amnesty", "turkey", "rice"
                    if entry is not None:
                        best = (m, entry)
                m += 1
            return best

        found, k = [], 0
        while k < n:
            if not stream[k][3]:
                k += 1
                continue
            best = longest(k)
            if best and stream[k][0] == "the" and k + 1 < n and (inner := longest(k + 1)) and inner[0] > best[0]:
                best, k = inner, k + 1  # "the Commonwealth of Independent States": not "the Commonwealth"
            if best:
                found.append((stream[k][2], stream[best[0]][2] + 1, best[1]))
                k = best[0] + 1
            else:
                k += 1
        return found

    def find_people(self, text: str) -> list[tuple[int, int, Entry]]:
        """Known people named in free text: (start char, end char, entry). Middle initials and
        suffixes may stand in the text ("Antony J. Blinken", "Lloyd J. Austin III"); imported
        people only by their full name written with capitals."""
        tokens = [(m.start(), m.end(), m.group(0)) for m in _NAME_TOKEN.finditer(text)]
        found, i, n = [], 0, len(tokens)
        root = self.people_trie
        while i < n:
            node, best, j = root, None, i
            while j < n:
                raw = tokens[j][2]
                norm = fold(raw).replace("\u2019", "'").lower()
                if norm.endswith("'s"):
                    norm = norm[:-2]
                norm = norm.rstrip(".") if not _INITIAL_TOKEN.fullmatch(raw) else norm
                if j > i and node is not root and _INITIAL_TOKEN.fullmatch(raw) and norm not in node:
                    j += 1  # a middle initial
                    continue
                nxt = node.get(norm)
                if nxt is None:
                    break
                node = nxt
                payload = node.get(_TERMINAL)
                if payload is not None:
                    key, imported = payload
                    if not imported or (tokens[i][2][:1].isupper() and tokens[j][2][:1].isupper() and all(
                            tokens[x][2][:1].isupper() or tokens[x][2].lower() in NAME_PARTICLES for x in range(i + 1, j))):
                        best = (j, key)
                j += 1
            if best:
                end_j = best[0]
                end = tokens[end_j][1]
                if tokens[end_j][2].replace("\u2019", "'").endswith("'s"):
                    end -= 2  # "Putin's": the name without its possessive
                if end_j + 1 < n and tokens[end_j + 1][2].lower().rstrip(".") in {"jr", "sr", "ii", "iii", "iv"}:
                    end = tokens[end_j + 1][1]
                found.append((tokens[i][0], end, self.people[best[1]]))
                i = end_j + 1
            else:
                i += 1
        return found

    def office_holder(self, last: str, date: dt.date | str | None, title: str | None = None) -> Entry | None:
        """The person a title and a surname name ("President Reagan", "Chancellor Kohl" in
        1985): of everyone the dictionaries know by that surname, curated or imported, the one
        holding an office (not an elite or former one) on the article's date, when only one does,
        else the one whose curated office on the day has that title ("President Hu" in 2003)."""
        if date is None:
            return None
        holding, titled = {}, {}
        for key in self.surname_index.get(last, ()):
            role_held = _covering_role(self.dated.get(key), date)
            if role_held and not role_held.code.endswith("ELI"):
                country, role = split_code(role_held.code)
                entry = Entry(role_held.code, self.people[key].name, "person", country, role,
                              None if country else role_held.code)
                holding.setdefault(role_held, entry)
                if title and any(title in words and held == role_held for words, held in self.titles.get(key, ())):
                    titled.setdefault(role_held, entry)
        # (one person under several spellings holds the same office over the same days:
        # "Richard Nixon" and "Dick Nixon")
        found = holding if len(holding) == 1 else titled
        return next(iter(found.values())) if len(found) == 1 else None

    def surname_on(self, last: str, date: dt.date | str | None = None) -> Entry | None:
        """The person a surname alone names: its one bearer in the curated files, else of those
        who share it the one holding an office (not a former one) on the article's date."""
        entry = self.surnames.get(last)
        if entry is not None or date is None:
            return entry
        holding = {code: e for e in self.shared_surnames.get(last, ())
                   if (code := _covering(self.dated.get(person_key(e.name)), date)) and not code.endswith("ELI")}
        return next(iter(holding.values())) if len(holding) == 1 else None

    def entry_on(self, entry: Entry, date: dt.date | str | None = None) -> Entry:
        """A person's or group's entry for an article's date: a dated role covering the date,
        else the default role, else (undated article) the most recent role."""
        dated = self.dated.get(person_key(entry.name) if entry.kind == "person" else entry.name.lower())
        if not dated:
            return entry
        code = _role_on(dated, date)
        if code is None or code == entry.code:
            return entry
        country, role = split_code(code)
        return Entry(code, entry.name, entry.kind, country, role, None if country else code)


def _most_recent(dated) -> str | None:
    spans = [r for r in dated if r.start or r.end]
    if spans:
        return max(spans, key=lambda r: (r.end or "9999-99-99", r.start or "")).code
    defaults = [r for r in dated if not r.start and not r.end]
    return defaults[0].code if defaults else None


def _iso_day(date) -> str:
    """An article's date (a date, datetime or ISO string) as 'YYYY-MM-DD'."""
    return (date.isoformat() if isinstance(date, (dt.date, dt.datetime)) else str(date))[:10]


def _covering_role(dated, date):
    """The most recently started dated role covering the day, if any."""
    day = _iso_day(date)
    covering = [r for r in dated or () if (r.start or r.end) and (r.start or "") <= day <= (r.end or "9999-99-99")]
    return max(covering, key=lambda r: r.start or "") if covering else None


def _covering(dated, date) -> str | None:
    role = _covering_role(dated, date)
    return role.code if role else None


def _role_on(dated, date) -> str | None:
    if date is None:
        return _most_recent(dated)
    covering = _covering(dated, date)
    if covering and not covering.endswith("ELI"):
        return covering
    elect = _elect(dated, date)
    if elect or covering:
        return elect or covering
    defaults = [r for r in dated if not r.start and not r.end]
    return defaults[0].code if defaults else _most_recent(dated)


ELECT_DAYS = 200  # from an election to taking office: a few weeks (UK) to eleven weeks (US), five months at most


def _elect(dated, date) -> str | None:
    """Someone out of office whose government office begins within months of the day is its
    winner not yet sworn in, the opposition until then ("President-elect Trump": USAOPP,
    GUIDE.md)."""
    day = _iso_day(date)
    coming = [r for r in dated if r.start and r.start[:10] > day]
    if not coming:
        return None
    upcoming = min(coming, key=lambda r: r.start)
    if (dt.date.fromisoformat(upcoming.start[:10]) - dt.date.fromisoformat(day)).days > ELECT_DAYS:
        return None
    country, role = split_code(upcoming.code)
    return f"{country}OPP" if country and role == "GOV" else None


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'\u2019\-]*\.?")
_INITIAL_TOKEN = re.compile(r"(?:[A-Z]\.)+")
_INITIAL = re.compile(r"\s+(?:[A-Z]\.)+(?=\s)|\s+(?:Jr\.?|Sr\.?|II|III|IV|Ii|Iii)$")


def fold_spelling(text: str) -> str:
    """One spelling for names written the British or the American way ("Organisation")."""
    return text.lower().replace("organisation", "organization")


COMMON_SURNAME = 10  # imported people sharing a surname: then only the full name is theirs
NAME_LINKS = {"of", "and", "for", "the", "in", "on"}  # words of an organisation's name, not a person's


def person_key(name: str) -> str:
    """'Lloyd J. Austin III' -> 'lloyd austin': the form people.tsv names are keyed by (the import
    writes 'James Baker Iii'). A numeral after a single name is the name's own ('Elizabeth II',
    'Mswati III': a monarch, not 'Elizabeth')."""
    folded = " ".join(fold(name).split())
    key = _INITIAL.sub("", folded).lower()
    return folded.lower() if " " not in key and " " in folded else key


# loading, with a pickle cache ---------------------------------------------------------
CACHE_VERSION = 13  # 4: accents folded; 5: NGO codes; 6: syllabic given names; 7: GOVLEG is LEG; 8: surname index; 9: no short names for shared surnames; 10: office titles, family names first; 11: "Iii"; 12: companies BUS; 13: unmapped IGOs plain IGO


def _sources() -> list[Path]:
    files = []
    base = Path(str(_data_file("")))
    for name in ("country_aliases.tsv", "blocs.tsv", "parties.tsv", "metonyms.tsv", "people.tsv", "roles.tsv", "historical_states.tsv",
                 "place_stopwords.txt"):
        files.append(base / name)
    for name in ("countries.tsv", "organisations.tsv", "people.tsv", "agents.tsv"):
        files.append(base / IMPORT_DIR / name)
    for d in dict_dirs():
        files += sorted(p for p in d.glob("*.tsv"))
    files.append(Path(__file__))
    return files


def cache_path() -> Path | None:
    """~/.cache/newsevents/lexicon-<digest>.pickle (NEWSEVENTS_CACHE_DIR or XDG_CACHE_HOME
    move it; NEWSEVENTS_CACHE_DIR=off disables it). The digest covers path, size and mtime of
    every file the lexicon reads, and the pycountry version."""
    config = settings.current()
    root = config.lexicon_cache_dir
    if root == "off":
        return None
    if not root:
        root = os.path.join(config.xdg_cache_home or os.path.expanduser("~/.cache"), "newsevents")
    digest = hashlib.sha1(str(CACHE_VERSION).encode())
    try:
        import pycountry

        digest.update(str(getattr(pycountry, "__version__", "")).encode())
        for path in _sources():
            if path.exists():
                st = path.stat()
                digest.update(f"{path}|{st.st_size}|{st.st_mtime_ns}".encode())
    except OSError:
        return None
    return Path(root) / f"lexicon-{digest.hexdigest()[:16]}.pickle"


def load_lexicon() -> Lexicon:
    path = cache_path()
    if path is not None and path.is_file():
        try:
            with open(path, "rb") as f:
                lex = pickle.load(f)
            if isinstance(lex, Lexicon):
                return lex
        except Exception:  # a stale or broken cache is rebuilt
            pass
    lex = Lexicon()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump(lex, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return load_lexicon()


def country_mentions(words: list[str]) -> list[str]:
    """The country of each mention of a country (name, demonym, capital) in a word list, in order."""
    return [entry.country for _, _, entry in lexicon().find(words) if entry.country]


def text_country_mentions(text: str) -> list[str]:
    """The same in plain text. A full stop ends a sentence, not a name ("... to China."), except
    within an abbreviation ("U.S.")."""
    return country_mentions([w[:-1] if w.endswith(".") and "." not in w[:-1] else w
                             for w in re.findall(r"[A-Za-z][\w.'-]*", text)])


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
