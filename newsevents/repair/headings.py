"""Sub-headings glued to the next sentence: "Divisions in the WestThe United States has ..."."""

from __future__ import annotations

import re

from newsevents.data import word_list

# a lower-case letter (or digit) glued to a capitalised word, before any sentence punctuation
_GLUED = re.compile(r"(?<=[a-z0-9])(?=[\"“]?([A-Z][a-z]*|[A-Z]{2,})\b)")
MAX_HEADING_WORDS = 12


def sentence_starters() -> frozenset[str]:
    return word_list("sentence_starters.txt")


def split_heading(text: str, known: set[str] | frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """(heading, rest) when `text` opens with a heading glued to a sentence, else (None, text).

    The glue point must come before any sentence punctuation, within a short run of words,
    and what follows must be a known paragraph or open on a common sentence-opening word:
    that keeps "YouTube", "McDonald" or "iPhone" whole.
    """
    head_zone = text[: 120]
    for match in _GLUED.finditer(head_zone):
        heading, rest = text[: match.start()].strip(), text[match.start():].strip()
        if not heading or not heading[0].isupper() or any(c in heading for c in ".!?:;\"“”"):
            return None, text
        if len(heading.split()) > MAX_HEADING_WORDS:
            return None, text
        first_word = match.group(1)
        opens_quote = rest[:1] in "\"“"
        # "...threatIf": a whole lower-case word glued to a capital is a seam, not a name
        # ("YouTube", "McDonald" and "iPhone" have no whole lower-case word before the capital)
        seam = bool(re.search(r"(?:^|\s)[a-z]{3,}$", heading))
        # what follows is a sentence: four words or more, or a short one ended ("Thank you.")
        sentence = len(rest.split()) >= 4 or (len(rest.split()) >= 2 and rest[-1] in ".!?")
        if rest in known or ((opens_quote or seam or first_word in sentence_starters()) and sentence):
            return heading, rest
    return None, text
