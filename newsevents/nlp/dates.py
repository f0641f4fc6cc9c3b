"""Date expressions resolved against the publication date.

"on Monday" in an article of Tuesday 2022-01-25 is 2022-01-24 (the most recent Monday);
in a future clause ("would meet ... on Wednesday") it is the coming one, 2022-01-26. A month
without a year is likewise the last such month, or the next one in a future clause; "two
weeks ago" counts back from publication.
Weeks resolve to their Monday, months to their first day, years to 1 January, each with
its granularity.
"""

from __future__ import annotations

import datetime as dt
import re

from newsevents.nlp.numbers import NUMBER_WORDS
from newsevents.records import DateMention, Sentence

HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
HISTORICAL_DAYS = 30

# a count of days, weeks, months or years back from publication ("two weeks ago", "61 years ago");
# not "a year ago", a comparison's base ("up from 5 percent a year ago") more than a date
_COUNTED = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n < 100 and w != "dozens"), key=len, reverse=True))
PATTERNS = [
    ("ago", re.compile(rf"\b(?!(?:a|an|one)\s+year\s)(?P<n>\d{{1,3}}|(?i:{_COUNTED}|an|a couple of|a couple))\s+(?P<unit>day|week|month|year)s?\s+ago\b",
                       re.I)),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    # "in August last year", "June 30 last year", "March next year": the month (or day) of that year
    ("monthrel", re.compile(rf"\b(?:(?i:in|since|during|until|by|from|early|late|mid-?)\s+)?{_MONTH}(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?"
                            r"\s+(?P<rel>last|next|this)\s+year\b")),
    ("mdy", re.compile(rf"\b(?:[Oo]n\s+)?(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b(?!\s*(?:percent|%|troops|people))")),
    # "on the 4th of July", "the 15th of August 1947"
    ("dmy", re.compile(rf"\b(?:[Oo]n\s+)?[Tt]he\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+{_MONTH}(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b")),
    ("dmy", re.compile(rf"\b(?:[Oo]n\s+)?(?:{_WEEKDAY},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?\b")),
    # fixed holidays: "on Christmas Day", "before Christmas", "New Year's Eve" (not "Christmas Island",
    # "the Christmas holidays", a span rather than a day, nor the Coptic Christmas of January 7)
    ("holiday", re.compile(r"\b(?<!Coptic\s)(?<!Orthodox\s)(?:[Oo]n\s+)?(?P<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve))\b"
                           r"(?!\s+(?:[A-Z]|holidays?|season|period|break|recess|tree|trees|cards?|shopping|markets?))")),
    ("weekday", re.compile(rf"\b(?P<rel>(?:(?:later|earlier|late|early)\s+)?on|last|next|this|coming|on\s+the\s+following|early|late|for|by|until|till|from|since)?\s*{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)),
    ("relday", re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b", re.I)),
    ("weekend", re.compile(r"\b(?:at|over|during|since|by|throughout)\s+the\s+weekend\b", re.I)),
    ("period", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this|this|last|next|past|previous|coming)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("monthname", re.compile(rf"\b(?P<prep>(?i:in|since|during|until|by|from|of|early|late|mid-?|last|next|this))\s+{_MONTH}(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b(?!\s+\d)")),
    ("monthname", re.compile(rf"\b{_MONTH}\s+(?P<y>(?:19|20)\d{{2}})\b")),  # "March 2019 was", "after June 1993"
    # "the 1990s", "the 2030s": the decade, from its first year
    ("year", re.compile(r"\b(?i:the)\s+(?P<y>(?:19|20)\d0)s\b")),
    # ("between 1960 and 1994", "in 1915 and 1916": the second year too)
    # (and an older year after a preposition, not a count: "in 1519", not "in 1500 villages")
    ("year", re.compile(r"\b(?P<prep>(?i:in|since|during|until|by|from|of|early|late|before|after|between)|(?<=\d{4} )and)"
                        r"\s+(?P<y>(?:19|20)\d{2}|1[0-8]\d{2}(?!\s+[a-z]+s\b|\s*(?:percent|%|people)))\b(?![-/]\d)")),
    # a month named alone ("November's vote"), but never "May" (a modal) nor "March" opening a
    # sentence (a verb)
    ("monthname", re.compile(r"(?<!^)(?<![.!?]\s)\b(?P<month>January|February|March|April|June|July|August|September|"
                             r"October|November|December)\b(?!\s+\d)")),
    # a year on its own ("the 2015 nuclear deal", "2021 was"), not a figure ("2000 troops", "1,950")
    ("bareyear", re.compile(r"(?<![\d,.$€£-])\b(?P<y>(?:19|20)\d{2})\b(?![-/,.]?\d)(?!\s*(?:percent|%|per\b|[a-z]+s\b))")),
]
_FUTURE = re.compile(r"\b(will|would|'ll|shall|due(?!\s+to\s+(?:the|a|an|its|their|his|her)\b)|was to|were to|"
                     r"(?<!believed )(?<!said )(?<!thought )(?<!reported )(?<!known )(?<!seems )(?<!seemed )"
                     r"(?<!appears )(?<!appeared )(?<!proved )(?<!turned out )to be|"
                     r"scheduled|set to|plans? to|"
                     r"planned|expected to|is to|are to|upcoming|going to|to meet|to hold|to visit|to travel)\b", re.I)
# what was agreed or promised, with the day a few words on: "agreed to continue them in November"
_PROMISED_FOR = re.compile(r"\b(?:agree[sd]?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|undert(?:ook|akes?)) to \w+"
                           r"(?:\s+\w+){0,3}\s+(?:in|on|by)?\s*$", re.I)
# a deadline or the end of a span still running: "by the end of October", "until the end of the month"
# ("before May 13" says nothing of which side of the day the article stands on: "died before May 13")
_DEADLINE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+(?:end|middle|start|beginning)(?:\s+of)?\s*)?$", re.I)
_SCHEDULED = re.compile(r"\b(?:ends|expires|meets|starts|begins|resumes|takes office|takes? effect|is expected|are expected|"
                        r"hosts?|due to)\b", re.I)
_PAST_CUE = re.compile(r"\b(ago|last|earlier|previous|was|were|had|did)\b", re.I)
# a verb in the past right before the day ("the soldiers they captured on Wednesday", "arrived on
# Friday", "flew in on Saturday"): that day is gone, whatever the clause says of the future
_PAST_VERB = re.compile(r"\b(?:[a-z]+(?<!schedul)(?<!plann)(?<!expect)(?<!need)ed|flew|met|went|came|left|began|took|"
                        r"gave|made|held|sent|struck|fought|won|lost|fell|rose|spoke|broke|fled|told|said)"
                        r"(?:\s+(?:in|out|up|back|down|off|home))?\s*$")
# what a day's event still to come is said with ("ahead of Sunday's vote", "will attend Friday's summit")
_AHEAD = re.compile(r"\b(ahead of|upcoming|will|would|'ll|shall|is to|are to|expected|set to|due)\b", re.I)


def _possessive(m: re.Match) -> bool:
    """'Thursday's attack': the day owns what follows it."""
    return m.string[m.end():m.end() + 2] in ("'s", "’s")


def _own_clause(context: str) -> str:
    """The clause a date is written in, from the text before it: not a quote, a main clause or
    a relative clause before it ("would not negotiate until the troops withdrew from the area,
    which they occupied in May": the occupation's, in the past)."""
    return re.split(r"[\"“”;]|,\s+(?:which|who|when|after|before|as|while|but|and)\b|\b(?:which|who)\b", context)[-1]


def _month_number(token: str) -> int:
    token = token.lower().rstrip(".")
    return MONTHS.get(token) or MONTH_ABBR[token[:4] if token.startswith("sept") else token[:3]]


def _infer_year(month: int, day: int, published: dt.date | None, ahead: bool = False) -> int | None:
    """Year of a date written without one: the one that puts it nearest the publication
    date, leaning to the past (news mostly reports what happened), or the next such day when
    the clause speaks of what is to come (`ahead`: "the Games would open on July 19")."""
    if published is None:
        return None
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        distance = (candidate - published).days
        if ahead:
            score = distance if distance >= 0 else 10_000 - distance
        else:
            score = abs(distance) if distance <= 0 else distance * 3
        if best is None or score < best[0]:
            best = (score, year)
    return best[1] if best else None


def _months_from(published: dt.date, shift: int) -> dt.date:
    """The first day of the month `shift` months from publication's ("last month", "six months ago")."""
    month = published.month + shift
    return dt.date(published.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _resolve(kind: str, m: re.Match, context: str, published: dt.date | None) -> tuple[dt.date | None, str]:
    g = m.groupdict()
    if kind == "iso":
        return dt.date(int(g["y"]), int(g["m"]), int(g["d"])), "day"
    if kind in ("mdy", "dmy"):
        month, day = _month_number(g["month"]), int(g["d"])
        clause = _own_clause(context)
        # ("would open on July 19", "must leave by November 1"; not "was due to deliver by December 31",
        # nor a day that names a thing: "would implement the understanding of 6 June")
        ahead = bool((_FUTURE.search(clause) or _DEADLINE.search(context)) and not _PAST_CUE.search(clause[-25:])
                     and not re.search(r"\bof\s*$", context))
        year = int(g["y"]) if g.get("y") else _infer_year(month, day, published, ahead)
        return (dt.date(year, month, day), "day") if year else (None, "day")
    if kind == "holiday":
        month, day = HOLIDAYS[re.sub(r"\s+", " ", g["holiday"]).replace("’", "'").lower()]
        year = _infer_year(month, day, published)
        return (dt.date(year, month, day), "day") if year else (None, "day")
    if kind == "monthrel":
        if published is None:
            return None, "month"
        year = published.year + {"last": -1, "next": 1}.get(g["rel"], 0)
        month = _month_number(g["month"])
        return (dt.date(year, month, int(g["d"])), "day") if g.get("d") else (dt.date(year, month, 1), "month")
    if kind == "monthname":
        month = _month_number(g["month"])
        if g.get("y"):
            return dt.date(int(g["y"]), month, 1), "month"
        if published is None:
            return None, "month"
        # the last such month, or in a clause about what is to come the next ("said in August" written
        # in March is last August; "will end in June" written in March is this June)
        prep = (g.get("prep") or "").lower()
        if prep == "last":  # "last July": the one before this month
            year = published.year if month < published.month else published.year - 1
        elif prep == "next":
            year = published.year if month > published.month else published.year + 1
        elif _FUTURE.search(_own_clause(context)) or prep in ("by", "until") or (prep == "of" and _DEADLINE.search(context)) \
                or _PROMISED_FOR.search(context):
            # ("by June", "until the end of October": a deadline)
            year = published.year if month >= published.month else published.year + 1
        else:
            year = published.year if month <= published.month else published.year - 1
        return dt.date(year, month, 1), "month"
    if kind == "ago":
        if published is None:
            return None, g["unit"].lower()
        word = g["n"].lower()
        n = int(word) if word.isdigit() else 2 if word.startswith("a couple") else NUMBER_WORDS.get(word, 1)
        unit = g["unit"].lower()
        if unit == "day":
            return published - dt.timedelta(days=n), "day"
        if unit == "week":
            back = published - dt.timedelta(weeks=n)
            return back - dt.timedelta(days=back.weekday()), "week"
        if unit == "month":
            return _months_from(published, -n), "month"
        return dt.date(published.year - n, 1, 1), "year"
    if kind in ("year", "bareyear"):
        return dt.date(int(g["y"]), 1, 1), "year"
    if published is None:
        return None, "day"
    if kind == "relday":
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(g["word"].lower(), 0)
        return published + dt.timedelta(days=offset), "day"
    if kind == "weekend":
        # "at the weekend": the one just gone (its Saturday), or the coming one in a future clause
        saturday = published + dt.timedelta(days=5 - published.weekday())
        # ("by the weekend": a deadline, the coming one)
        if _FUTURE.search(_own_clause(context)) or published.weekday() >= 5 or m.group(0).lower().startswith("by"):
            return (saturday if published.weekday() < 5 else published - dt.timedelta(days=published.weekday() - 5)), "day"
        return saturday - dt.timedelta(weeks=1), "day"
    if kind == "weekday":
        target = WEEKDAYS.index(g["weekday"].lower())
        rel = (g.get("rel") or "").lower()
        back = (published.weekday() - target) % 7
        forward = (target - published.weekday()) % 7
        # (in the clause the day is named in: not a quote or clause before it, "'... will be paid,' Reagan said
        # Monday night")
        clause = _own_clause(context)
        if _possessive(m):
            # "claimed Thursday's bombing", "recount the boxes from Friday's election": what it owns
            # was done then, unless the words right before it say it is to come ("ahead of Sunday's
            # vote", "will attend Friday's summit")
            ahead = _AHEAD.search(clause[-20:])
            return published + dt.timedelta(days=forward if ahead else -back), "day"
        if rel.startswith("next") or rel == "coming" or "following" in rel:
            return published + dt.timedelta(days=forward or 7), "day"
        if rel == "by" and re.search(r"\bhad\b", clause) and not _FUTURE.search(clause):
            return published - dt.timedelta(days=back), "day"  # ("had cut most of the wheat by Tuesday": done by then)
        if rel in ("for", "by", "until", "till", "from"):
            return published + dt.timedelta(days=forward), "day"  # "set for Tuesday", "by Monday": a deadline or plan
        if rel == "since":
            return published - dt.timedelta(days=back), "day"
        if rel == "last":
            return published - dt.timedelta(days=back or 7), "day"
        if back == 0:
            return published, "day"
        if re.search(r"\bof\s*$", context) or (_PAST_VERB.search(context) and not re.search(
                r"\b(?:be|been|being)\s+\S+\s*(?:(?:in|out|up|back|down|off|home)\s*)?$", context)):
            return published - dt.timedelta(days=back), "day"  # ("the decision of Tuesday", "captured on Wednesday")
        # (a timetable's present tense is the future too: "the mandate expires on Friday")
        future = ((_FUTURE.search(clause) or _SCHEDULED.search(clause[-40:])) and not _PAST_CUE.search(clause[-25:])) \
            or _PROMISED_FOR.search(context)
        if future or rel == "this" and forward < back:
            return published + dt.timedelta(days=forward), "day"
        return published - dt.timedelta(days=back), "day"
    if kind == "period":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        shift = -1 if rel in ("last", "past", "previous") else 1 if rel in ("next", "coming") else 0
        if unit in ("week", "weekend"):
            monday = published - dt.timedelta(days=published.weekday())
            start = monday + dt.timedelta(weeks=shift)
            if unit == "weekend":
                return start + dt.timedelta(days=5), "day"
            return start, "week"
        if unit == "month":
            return _months_from(published, shift), "month"
        return dt.date(published.year + shift, 1, 1), "year"
    return None, "day"


def _matches(text: str, published: dt.date | None, with_kind: bool = False):
    """Non-overlapping date expressions in `text`, in order: (start, end, date, granularity[, kind])."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            named = [m.start(n) for n in ("weekday", "month") if n in m.re.groupindex and m.start(n) >= 0]
            if _possessive(m) and named:  # ("from Friday's election", "in November's vote": the preposition is the noun's)
                start = min(named)
            while start < end and text[start].isspace():
                start += 1
            if any(start < e and end > s for s, e in taken):
                continue
            try:
                date, granularity = _resolve(kind, m, text[:start], published)
            except (ValueError, KeyError):
                continue
            taken.append((start, end))
            found.append((start, end, date, granularity, kind) if with_kind else (start, end, date, granularity))
    return sorted(found, key=lambda f: f[0])


def find_dates(sentences: list[Sentence], published: dt.date | None) -> list[DateMention]:
    out = []
    for sentence in sentences:
        for start, end, date, granularity in _matches(sentence.text, published):
            out.append(DateMention(sentence.text[start:end], date, granularity, sentence.index,
                                   sentence.start + start, sentence.start + end))
    return out


def clause_date(text: str, published: dt.date | None) -> tuple[dt.date | None, bool]:
    """The date of a clause (its first resolvable expression) and whether it lies well
    before publication (a historical event such as 'seized Crimea in 2014')."""
    for _, _, date, granularity, kind in _matches(text, published, with_kind=True):
        if date is None or kind == "bareyear":
            continue  # ("the 2015 nuclear deal" names a deal, not when the clause happened)
        if published is None:
            return date, False
        if granularity == "year":
            return date, date.year < published.year
        if granularity == "month":
            return date, (published - date).days > HISTORICAL_DAYS + 31
        return date, (published - date).days > HISTORICAL_DAYS
    return None, False
