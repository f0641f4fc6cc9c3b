"""Text normalisation shared by repair, dedup and storage."""

from __future__ import annotations

import hashlib
import re

_WORDS = re.compile(r"\w+", re.UNICODE)


def content_hash(text: str) -> str:
    """Hash of the text's words, lower-cased: equal for copies that differ only in spacing,
    punctuation or case."""
    words = _WORDS.findall(text.lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]
