"""Entity labels from the parse and our own vocabularies, in place of spaCy's statistical NER.

The NER of en_core_web_sm costs as much as tagging and parsing together, and what the coder
asks of it is coarse: is this run of proper nouns a person, a place, a group or a nationality?
The actor lexicon and the place gazetteer answer that for every name they hold; a run of
capitalised proper nouns they do not hold is a person when it has two names or more after
its titles are stripped ("President Vladimir Putin" -> "Vladimir Putin"), an organisation
otherwise; two names that hold a country's are a person when the other is a given or family
name of the dictionaries' people ("Michael Jordan", "Chad Smith"). Months and weekdays are
dates, not names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from newsevents.actors.lexicon import lexicon
from newsevents.actors.resolver import TITLES
from newsevents.data import word_list
from newsevents.nlp.places import gazetteer

CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec"}
PROPER = ("NNP", "NNPS")
# an Arabic article or kinship word joined to a name: "al-Shabaab", "el-Sisi", "bin-Salman"
# (the tagger often calls the lower-case word a common noun)
JOINED_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd)-[A-Z]")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    words = {w.lower() for w in word_list("honorifics.txt")}
    return frozenset(words | TITLES | {"foreign", "defense", "defence", "prime", "state", "of", "the"})


COMPASS = {"eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
           "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}


def label_entities(doc) -> None:
    """Set doc.ents from runs of proper nouns and capitalised demonyms."""
    lex, places = lexicon(), gazetteer()
    spans, i, n = [], 0, len(doc)
    while i < n:
        token = doc[i]
        if _proper(token):
            j = i + 1
            while j < n and (_proper(doc[j])
                             or (doc[j].text == "-" and j + 1 < n and doc[j + 1].tag_ in PROPER)):
                j += 1
            span = _classify(doc, i, j, lex, places)
            if span is not None:
                spans.append(span)
            i = j
            continue
        if token.text[:1].isupper() and token.tag_ == "JJ":
            if i + 1 < n and doc[i + 1].tag_ == "JJ" and doc[i + 1].text[:1].isupper():
                entry = lex.lookup([token.text, doc[i + 1].text])
                if entry is not None and entry.kind == "country":
                    spans.append(Span(doc, i, i + 2, label="NORP"))  # "North Korean", "South Sudanese"
                    i += 2
                    continue
            entry = lex.lookup([token.text])
            if entry is not None and entry.kind == "country":
                spans.append(Span(doc, i, i + 1, label="NORP"))  # "Russian", "Ukrainian"
        i += 1
    doc.ents = spans


def _proper(token) -> bool:
    return (token.tag_ in PROPER and token.text[:1].isupper()) or bool(JOINED_ARTICLE.match(token.text))


def _classify(doc, start: int, end: int, lex, places) -> Span | None:
    words = [t.text for t in doc[start:end]]
    text = " ".join(words)
    lower = text.lower()
    if lower in CALENDAR or all(w.lower() in CALENDAR for w in words):
        return Span(doc, start, end, label="DATE")
    entry = lex.lookup(words)
    if entry is not None:
        if entry.kind in ("igo", "rebel") or entry.org:
            return Span(doc, start, end, label="ORG")
        if entry.kind == "person":
            return Span(doc, start, end, label="PERSON")
        if lower in places or entry.kind in ("country", "region"):
            return Span(doc, start, end, label="GPE")
        return Span(doc, start, end, label="ORG")  # "the Kremlin", "the Pentagon"
    if lower in places:
        return Span(doc, start, end, label="GPE")
    if end - start > 1 and doc[start].lower_ in COMPASS:
        # "Eastern Syria", "Northern Mali": a part of a known place is a place
        rest = _classify(doc, start + 1, end, lex, places)
        if rest is not None and rest.label_ == "GPE":
            return Span(doc, start, end, label="GPE")
    titles = _titles()
    first = start
    while first < end and doc[first].lower_ in titles:
        first += 1
    if first >= end:
        return None  # a bare title: "President", "Secretary of State"
    names = [t for t in doc[first:end] if t.text != "-"]
    if not names:
        return None  # "President -": a title and a dash, no name
    if lex.personal_name([t.text for t in names]):
        return Span(doc, first, end, label="PERSON")  # "Michael Jordan", "Chad Smith": a country's name in a person's
    if any(lex.lookup([t.text]) is not None for t in names):
        return Span(doc, first, end, label="ORG")  # "NATO Allies", "Russia Today"
    if len(names) >= 2 or names[0].lower_ in lex.all_surnames:
        return Span(doc, first, end, label="PERSON")
    return Span(doc, first, end, label="ORG")
