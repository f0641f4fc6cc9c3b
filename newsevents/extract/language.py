"""Language identification (py3langid), on the first characters of a text only."""

from __future__ import annotations

import re
from functools import lru_cache

SAMPLE_CHARS = 3000
MIN_CHARS = 20
MIN_WORDS = 6  # words other than names
# English-lexified creoles the identifier offers for short English texts ("Gunmen killed 30
# villagers in northern Nigeria." reads as Nigerian Pidgin): the English pipeline reads them
READ_AS_ENGLISH = {"en", "pcm"}
# A capitalised word: a name, in the scripts that have case
_CAPITALISED = re.compile(r"\b[^\W\d_][\w'’.-]*")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def _without_names(text: str) -> str:
    return _CAPITALISED.sub(lambda m: "" if m.group(0)[0].isupper() else m.group(0), text)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ("und", 0.0) when there is too little text to tell.
    Capitalised words are left out: in a short report names outweigh the language around
    them ("Ruto met Ugandan President Yoweri Museveni on Monday." reads as Luganda)."""
    sample = _without_names(text[:SAMPLE_CHARS])
    if len(sample.strip()) < MIN_CHARS:
        return "und", 0.0
    if _latin(sample) and len(re.findall(r"[^\W\d_]{2,}", sample)) < MIN_WORDS:
        # a handful of words in the Latin script is no evidence ("summoned Pakistan's charge
        # d'affaires in Kabul" reads as French); another script is
        return "und", 0.0
    code, probability = _identifier().classify(sample)
    return code, float(probability)


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) > len(letters) / 2

