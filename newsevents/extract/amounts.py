"""Amounts: money ("$200 million in aid"), shares ("40 percent of the bloc's gas supplies")
and counts ("8,500 US troops"): value, unit and what is counted.

Years, dates, times, ordinals and compound modifiers ("a one-hour-and-20-minute call")
are not amounts. Vague quantities ("several thousand troops") have no value and are skipped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from newsevents.nlp.numbers import NUMBER_WORDS
from newsevents.records import Amount, Sentence

# number words from the one table (longest first, so "fourteen" is not read as "four"); "hundred"
# and the vague plurals ("dozens", "thousands") count nothing on their own
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("hundred", "dozens", "hundreds", "thousands")),
                         key=len, reverse=True))
_NUM = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORDS})"
_SCALE = r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|dozen|bn|mn|mln|tn|m|b|k)\b)?"
# words that bound or round the figure right before it belong to the amount ("about 88 percent",
# "at least £4 million", "More than 8 million Chinese")
_MODIFIER = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|approximately|over|more than|fewer than|less than|"
                       r"up to|at least|at most|close to|just over|just under|an estimated)\s+$", re.I)
PERCENT = re.compile(rf"\b{_NUM}\s?(?P<pct>percent|per cent|%)")
# a participle right after the figure describes what is counted ("three captured Russian soldiers",
# "12 confirmed cases"), not when a preposition or a verb of the clause follows ("80 reserved for")
_PARTICIPLE = (r"(?:\s+(?!(?:fled|died|arrived|returned|remained|followed|joined|signed|agreed|need|used)\b)[a-z]{3,}ed"
               r"(?=\s+(?!(?:for|of|to|in|on|at|by|with|from|and|or|as|than|since|after|before|during|into|over|"
               r"the|a|an|his|her|its|their)\b)[A-Za-z]))?")
COUNT = re.compile(
    rf"(?<![\w$€£¥.,:-])(?i:{_NUM}){_SCALE}(?:\s+or\s+so)?(?P<of>\s+of\s+(?:the|its|their|our|these|those|[A-Z][\w’']*(?:’s|'s))(?:\s+(?:[a-z]+|\d[\d,]*)){{0,2}}?)?(?P<mods>{_PARTICIPLE}(?:\s+(?:[A-Z][\w.-]*|more|additional|new|extra|other|armed|active-duty|combat|foreign|civilian|military|ballistic|cruise|nuclear|unarmed|innocent|displaced|breakaway|key|top|senior|junior|former|remaining|heavy|special|[a-z]+(?:al|ic|ary|ive|ous|ior|ent|ant))){{0,3}})\s+(?P<noun>[a-z][a-z-]+|[A-Z][a-z]+s\b|[A-Z]{{2,}}s\b)")
# a count of people or things said before: "three of them", "two of whom", "30,000 of those are in Belarus"
# (an empty "mods" group, as COUNT has, for the year test)
COUNTED_PRONOUN = re.compile(rf"(?<![\w$€£¥.,:-])(?i:{_NUM}){_SCALE}\s+of\s+(?:them|whom|those|these|us)\b(?P<mods>)")
# (the object's words are no figures: "43.3 percent of the vote against 39.6 percent" is two shares)
OBJECT_AFTER = re.compile(r"^\s+(?:in|of|for|worth of)\s+(?P<obj>(?:the\s+)?(?:(?!\d)[\w'’-]+\s+){0,5}?(?!\d)[\w'’-]+?)(?=[,.;:!?)\"”]|\s+(?:to|for|from|that|which|and|as|in|on|by|with|over|since|after|before|including|while|against|versus)\b|\s+\d|$)")
NOT_COUNTED = {"percent", "per", "years", "year", "months", "month", "weeks", "week", "days", "day",
               "hours", "hour", "minutes", "minute", "seconds", "am", "pm", "a.m", "p.m", "times",
               "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "the",
               "was", "were", "is", "are", "has", "had", "have", "he", "she", "they", "it", "that",
               "which", "who", "as", "than", "but", "points", "point", "p", "st", "nd", "rd", "th",
               "decades", "decade", "centuries", "century", "o'clock", "is", "more", "other",
               "near", "across", "inside", "outside", "into", "around", "along", "within", "there",
               "millimeter", "millimeters", "mm", "caliber", "hundred", "dozen", "nights", "seasons", "summers", "winters"}
# what a number word's compound may not end with: measures and verbs ("two centimetres", "one fact has")
NOT_COMPOUND_HEADS = {"springs", "autumns", "centimetres", "centimeters",
                      "kilometres", "kilometers", "metres", "meters", "miles", "lengths", "has", "does", "was", "comes",
                      "goes"}
SCALE_WORDS = {"thousand", "million", "billion", "trillion"}
# a person counted alone, as casualty and arrest reports do: "one civilian", "one fisherman"
ONE_PERSON = {"person", "civilian", "man", "woman", "child", "soldier", "policeman", "officer", "fisherman", "hostage",
              "protester", "demonstrator", "journalist", "worker", "student", "passenger", "migrant", "refugee",
              "villager", "resident", "peacekeeper", "militant", "rebel", "prisoner", "detainee"}
# plurals without an s ("nine people", "three crew") and the plural a compound ends with, up to
# two words on ("two police officers", "three planned joint military exercises")
UNMARKED_PLURALS = {"people", "police", "personnel", "staff", "crew", "children", "men", "women", "aircraft",
                    "clergy", "cattle", "livestock"}
_PLURAL = r"[a-z][a-z-]*(?:[a-rt-z]s|men)"  # a plural noun ("officers", "fishermen"); verbs of its shape ("has") are in NOT_COMPOUND_HEADS
COMPOUND_HEAD = re.compile(rf"(?:\s+[a-z][a-z-]*){{0,2}}?\s+(?P<head>{_PLURAL}|{'|'.join(sorted(UNMARKED_PLURALS))})\b")
PLURAL_AFTER = re.compile(rf"\s+(?P<head>{_PLURAL})\b")
REFERRING = re.compile(r"\b(?:the|these|those)\s+$", re.I)
PLACE_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
               "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.")


@lru_cache(maxsize=1)
def _units() -> tuple[dict[str, str], dict[str, float]]:
    currencies, scales = {}, {}
    for row in _unit_rows():
        if row["kind"] == "currency":
            currencies[row["form"]] = row["value"]
        elif row["kind"] == "scale":
            scales[row["form"]] = float(row["value"])
    return currencies, scales


@lru_cache(maxsize=1)
def _unit_rows() -> list[dict[str, str]]:
    text = resources.files("newsevents.data").joinpath("units.tsv").read_text("utf-8")
    return list(csv.DictReader([l for l in text.splitlines() if l.strip() and not l.startswith("#")], delimiter="\t"))


@lru_cache(maxsize=1)
def _local_currencies() -> dict[str, dict[str, str]]:
    """Currency name -> {country: its own currency of that name} ("pesos": CHL CLP, MEX MXN, ...)."""
    local: dict[str, dict[str, str]] = {}
    for row in _unit_rows():
        if row["kind"] == "local":
            country, code = row["value"].split()
            local.setdefault(row["form"], {})[country] = code
    return local


@lru_cache(maxsize=1)
def _subunits() -> dict[str, tuple[str, float]]:
    """A currency's hundredth written by its own name ("236 pence": GBP 2.36)."""
    out = {}
    for row in _unit_rows():
        if row["kind"] == "subunit":
            code, factor = row["value"].split()
            out[row["form"]] = (code, float(factor))
    return out


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, str]:
    """Letters written before a figure, as written: "Sh", "Rp", and the ISO codes ("USD")."""
    codes = {code: code for code in _units()[0].values() if re.fullmatch(r"[A-Z]{3}", code)}
    return codes | {row["form"]: row["value"] for row in _unit_rows() if row["kind"] == "prefix"}


@lru_cache(maxsize=1)
def _money_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Amounts of money written with a currency's symbol before ("$200 million", "R300 million")
    or its name after ("5 billion rubles", "a 48 million pound contract"), all from units.tsv."""
    currencies = {**_local_currencies(), **_units()[0], **_subunits()}
    symbols = sorted((f for f in currencies if not f.isalpha() or f == "r"), key=len, reverse=True)
    # (names, not ISO codes nor a singular whose plural is listed: "a pound of rice" is no money)
    names = sorted((f for f in currencies if re.fullmatch(r"[a-z][a-z. ]*", f) and f != "r" and f.upper() != currencies[f]
                    and f + "s" not in currencies), key=len, reverse=True)
    # (letters only as written, right before a figure in thousands or with a scale: the rand's
    # "R300 million", "R40,000", "Sh20 million", "USD 3.8 billion"; not "Route R2", "N1 road")
    large = r"(?=\d[\d.]*\s?(?:thousand|million|billion|trillion|bn|mn|m)\b|\d{1,3}(?:,\d{3})+)"
    letters = sorted(["R", *_prefixes()], key=len, reverse=True)
    lettered = rf"(?-i:{'|'.join(letters)})(?:(?<=[A-Z]{{3}})\s|(?<=[A-Z]{{2}})\s?)?{large}"
    symbol = "|".join([lettered, *(re.escape(f) for f in symbols if f != "r")])
    prefix = re.compile(rf"(?<![A-Za-z])(?P<cur>{symbol})\s?{_NUM}{_SCALE}", re.I)  # (not "CS$": "C$", "S$" start a word)
    # (and an ISO code in capitals after the figure: "10 billion USD")
    suffix = re.compile(rf"\b{_NUM}{_SCALE}\s+(?P<cur>{'|'.join(map(re.escape, names))}|(?-i:{'|'.join(sorted(_iso_codes()))}))\b", re.I)
    # a singular after a scale is money too: "a 48 million pound contract", "a 200 million euro loan"
    singulars = sorted((f for f in currencies if re.fullmatch(r"[a-z]+", f) and f + "s" in currencies), key=len, reverse=True)
    scaled = re.compile(rf"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|m|b)[\s-]+(?P<cur>{'|'.join(singulars)})\b", re.I)
    return prefix, suffix, scaled


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies of units.tsv."""
    rows = [r for r in _unit_rows() if r["kind"] in ("currency", "local")]
    return frozenset(r["value"].split()[-1] for r in rows if re.fullmatch(r"[A-Z]{3}", r["value"].split()[-1]))


def _value(num: str, scale: str | None) -> float | None:
    num = num.lower()
    value = float(NUMBER_WORDS[num]) if num in NUMBER_WORDS else float(num.replace(",", ""))
    if scale:
        value *= _units()[1].get(scale.lower(), 1.0)
    return value


def _object_after(text: str) -> tuple[str | None, int]:
    match = OBJECT_AFTER.match(text)
    if not match:
        return None, 0
    return match["obj"].strip(), match.end("obj")


def find_amounts(sentences: list[Sentence], country: str | None = None,
                 named: Callable[[str], set[str]] | None = None) -> list[Amount]:
    """The amounts of the sentences; `country` is the story's, whose own currency a name several
    countries use stands for ("pesos" in a story from Chile). Failing that, `named` gives the
    countries a sentence names: the one of them that uses the name is whose it is ("West Germany
    pledged 20 million marks" in a story from Turkey)."""
    currencies, local, prefixes, subunits = _units()[0], _local_currencies(), _prefixes(), _subunits()
    out: list[Amount] = []
    for sentence in sentences:
        text = sentence.text
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, value: float | None, unit: str | None, obj: str | None,
                nested: bool = False) -> None:
            if value is None or (not nested and any(start < e and end > s for s, e in taken)):
                return
            taken.append((start, end))
            modifier = _MODIFIER.search(text[:start])
            start = modifier.start() if modifier else start
            out.append(Amount(text[start:end], value, unit, obj, sentence.index,
                              sentence.start + start, sentence.start + end))

        for pattern in _money_patterns():
            for m in pattern.finditer(text):
                if m["num"].lower() == "a" and not m["scale"]:
                    continue  # "$A": a currency's sign, not "a dollar"
                cur = m["cur"].rstrip()
                form = cur.lower()
                owners = local.get(form, {})
                unit = owners.get(country) or currencies.get(form) or prefixes.get(cur) \
                    or (cur if cur in _iso_codes() else None)
                if unit is None and owners and named is not None:
                    users = {owners[c] for c in named(text) if c in owners}
                    unit = users.pop() if len(users) == 1 else None
                value = _value(m["num"], m["scale"])
                if form in subunits:
                    unit, factor = subunits[form]
                    value = round(value * factor, 10)  # (35 cents is 0.35, not 0.35000000000000003)
                    if unit == "USD":  # ("20 cents" in a story from Canada: Canadian cents)
                        unit = local.get("$", {}).get(country) or unit
                obj, length = _object_after(text[m.end():])
                end = m.end() + length if obj else m.end()
                add(m.start(), end, value, unit, obj)
        for m in PERCENT.finditer(text):
            if m["num"].lower() in NUMBER_WORDS and m["num"].lower() == "a":
                continue
            obj, length = _object_after(text[m.end():])
            end = m.end() + length if obj and text[m.end():].lstrip().startswith("of") else m.end()
            add(m.start(), end, _value(m["num"], None), "percent", obj if end > m.end() else None)
        for m in COUNT.finditer(text):
            num, noun = m["num"], m["noun"]
            if re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", num) and not text[:m.start()].strip() \
                    and re.match(r"\s+[A-Z]", text[m.end("num"):]):
                continue  # a live blog's time opening its entry: "0915 The United Nations said ..."
            if m["of"] and num.lower() in ("one", "a"):
                continue  # "one of the harshest sanctions" picks one out, it does not count
            if num.lower() in NUMBER_WORDS and (not m["scale"] or len(m["scale"]) < 3 or m["scale"].lower() == "dozen") \
                    and num.lower() == "a":
                continue  # "a" counts only as "a million", never "am"; "a dozen cities" is vague ("two dozen" is not)
            if not num[0].isdigit() and m["scale"] and len(m["scale"]) < 3:
                continue
            if m["scale"] and noun in ("in", "of", "for") and num[0].isdigit() and not _is_year_or_date(text, m):
                # "1.5 billion in aid": the scale ends the number, the object follows
                obj, length = _object_after(text[m.start("noun") - 1:])
                end = m.start("noun") - 1 + length if obj else m.end("scale")
                add(m.start(), end, _value(num, m["scale"]), None, obj)
                continue
            end = m.end()
            last_mod = m["mods"].split()[-1] if m["mods"].split() else ""
            # ("seven Kenyans accused of spying": the participle after the people counted is no noun)
            uncounted = noun in NOT_COUNTED or noun.endswith("ly") \
                or (noun.endswith("ed") and m["mods"].split() == [last_mod] and last_mod[:1].isupper())
            if uncounted and (re.fullmatch(r"[A-Z][a-z]+(?:s|ese)|Swiss|[A-Z]{2,}s", last_mod)
                              or (noun.endswith("ed") and re.fullmatch(r"[A-Z][a-z]+", last_mod))) \
                    and not _is_year_or_date(text, m):
                # "10 Palestinians in Gaza", "57 Canadians were", "700 Lebanese from", "40 Rohingya drowned":
                # the people counted
                noun, end = last_mod, m.end("mods")
            elif (noun in ("and", "or") or noun.endswith("ly")) and not _is_year_or_date(text, m) \
                    and (head := COMPOUND_HEAD.match(text, m.end("noun"))) and head["head"] not in NOT_COUNTED | NOT_COMPOUND_HEADS:
                # "11 current and former journalists", "17 previously unknown comets": the plural after
                noun, end = head["head"], head.end()
            elif uncounted or _is_year_or_date(text, m):
                if re.fullmatch(r"\d{1,3}(?:,\d{3})+", num) and not m["of"] and noun not in ("millimeter", "millimeters", "mm"):
                    # "from 50,000 forces to 100,000": a large count whose noun was said before
                    end = m.end("scale") if m["scale"] else m.end("num")
                    add(m.start(), end, _value(num, m["scale"]), None, None)
                continue
            if not m["scale"] and num.lower() in NUMBER_WORDS and not noun.endswith(("s", "men")) and noun not in UNMARKED_PLURALS:
                # "two police officers", "two short-range ballistic missiles": the plural noun the
                # compound ends with; a number word with no plural after it counts nothing ("one year")
                if num.lower() == "one" and noun in ONE_PERSON and not m["of"] and not REFERRING.search(text[:m.start()]):
                    pass  # "one civilian was killed": a casualty count ("one year" counts nothing)
                else:
                    head = COMPOUND_HEAD.match(text, m.end())
                    if not head or noun in NOT_COUNTED or num.lower() in ("one", "a") or head["head"] in NOT_COUNTED | NOT_COMPOUND_HEADS:
                        continue
                    noun, end = head["head"], head.end()
            elif noun in UNMARKED_PLURALS and (head := PLURAL_AFTER.match(text, m.end())) \
                    and head["head"] not in NOT_COUNTED | NOT_COMPOUND_HEADS:
                noun, end = head["head"], head.end()  # "two police officers", "three crew members"
            elif num[0].isdigit() and not noun.endswith(("s", "men")) and noun not in UNMARKED_PLURALS \
                    and (head := COMPOUND_HEAD.match(text, m.end())) and head["head"] not in NOT_COUNTED | NOT_COMPOUND_HEADS:
                noun, end = head["head"], head.end()  # "3,000 aid workers", "300 army officers"
            if not m["scale"] and not num[0].isdigit() and REFERRING.search(text[:m.start()]):
                continue  # "the two countries", "these three men": who, not how many
            if text[m.end():m.end() + 1] == "-" or text[m.start("noun") - 1] == "-":
                continue  # "one-hour-and-20-minute", "20-year-old"
            if not m["scale"] and noun in SCALE_WORDS and num[0].isdigit():
                # "brings the number to more than 2 million, the official said": what is
                # counted is said before, not after
                add(m.start(), m.end("noun"), _value(num, noun), None, None)
                continue
            whole = re.search(r"\d[\d,]*", m["of"] or "")
            add(m.start(), end, _value(num, m["scale"]), None, noun)
            if whole and out and out[-1].end == sentence.start + end:
                # "12 of the 19 cruise missiles": the whole is counted too
                add(m.start("of") + whole.start(), end, _value(whole[0], None), None, noun, nested=True)
        for m in COUNTED_PRONOUN.finditer(text):
            if m["num"].lower() not in ("one", "a") and not _is_year_or_date(text, m):
                add(m.start(), m.end(), _value(m["num"], m["scale"]), None, None)
    return out


def _is_year_or_date(text: str, m: re.Match) -> bool:
    num = m["num"]
    if re.fullmatch(r"(?:1[89]|20)\d{2}", num) and not m["scale"]:
        return True
    before = text[max(0, m.start() - 12):m.start()]
    return any(before.rstrip().endswith(w) for w in PLACE_WORDS) or m["mods"].strip() in PLACE_WORDS
