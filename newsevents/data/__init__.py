"""The data files users read and extend: dictionaries and taxonomies, one per file."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A one-word-a-line file (comments start with '#'), e.g. honorifics.txt."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
