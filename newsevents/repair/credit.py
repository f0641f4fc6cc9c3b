"""Wire credits (AFP, Reuters, AP, ...): recognise them at the end of a story, alone on a
line, or in a dateline, and take them out of the text."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def credit_variants() -> dict[str, str]:
    """variant as written -> canonical agency name, from data/credits.tsv."""
    variants: dict[str, str] = {}
    text = resources.files("newsevents.data").joinpath("credits.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, _, forms = line.partition("\t")
        for form in forms.split("|"):
            variants.setdefault(form.strip(), name.strip())
    return variants


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = sorted(credit_variants(), key=len, reverse=True)
    one = "|".join(re.escape(n) for n in names)
    group = rf"(?:{one})(?:\s*(?:/|,|and)\s*(?:{one}))*"
    # "... forces." AFP   /   ... forces. (AFP)   /   ... forces. -- Reuters
    trailing = re.compile(rf"(?<=[.!?\"'”’)\]])\s*(?:[-–—]+\s*)?\(?(?P<credit>{group})\)?\s*$")
    alone = re.compile(rf"^\s*(?:[-–—]+\s*)?\(?(?P<credit>{group})\)?\s*$")
    # MOSCOW (AFP) - ...   /   WASHINGTON, Jan 25 (Reuters) - ...
    dateline = re.compile(rf"^(?P<place>[A-Z][A-Za-z .'-]{{1,40}}(?:,[^()]{{1,30}})?)\s*\((?P<credit>{group})\)\s*(?P<dash>[-–—]+|:)?\s*")
    return trailing, alone, dateline


def canonical_credit(found: str) -> str:
    """'AFP/Yonhap' -> 'AFP/Yonhap' with each part canonical; 'Agence France-Presse' -> 'AFP'."""
    variants = credit_variants()
    parts = re.split(r"\s*(?:/|,|and)\s*", found.strip())
    return "/".join(dict.fromkeys(variants.get(p, p) for p in parts if p))


def credit_line(line: str) -> str | None:
    """The credit when a whole line is nothing but a wire credit."""
    match = _patterns()[1].match(line)
    return canonical_credit(match["credit"]) if match else None


def strip_trailing_credit(text: str) -> tuple[str, str | None]:
    """Remove a credit that ends a paragraph after its last sentence."""
    match = _patterns()[0].search(text)
    if not match:
        return text, None
    return text[: match.start()].rstrip(), canonical_credit(match["credit"])


def strip_dateline_credit(text: str) -> tuple[str, str | None]:
    """'MOSCOW (AFP) - Russia said' -> ('MOSCOW - Russia said', 'AFP')."""
    match = _patterns()[2].match(text)
    if not match:
        return text, None
    dash = f" {match['dash']} " if match["dash"] and match["dash"] != ":" else ": "
    return match["place"].rstrip() + dash + text[match.end():], canonical_credit(match["credit"])
