"""The one write-and-corpus core every executor runs, so the engines cannot drift.

An executor only supplies the stream of repaired records and a `submit(todo) -> handle`
that starts `process_batch` somewhere (in this process, a process pool, a Ray task) and
returns something with `.get()`. Everything that decides what is stored — the
already-stored check, revisions of a stored URL, the sources of repeats, batching into
transactions, the per-run counts, and resuming the corpus stage — lives here.

Crash safety: every write transaction also marks the corpus stage as pending (`meta`
key `corpus_pending`); the mark is cleared only when `update_corpus` has finished. A run
killed anywhere after a write therefore leaves the mark, and the next run — even one that
finds nothing new to ingest — completes the corpus stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, Protocol

from newsevents import settings
from newsevents.corpus import update_corpus
from newsevents.engine.steps import Batch, chunked
from newsevents.ids import content_hash
from newsevents.settings import SimulatedCrash, crash_point  # noqa: F401  (the hook lives with its settings)
from newsevents.records import Article, Reject


class Handle(Protocol):
    def get(self) -> Batch: ...


class Done:
    """A handle for work already done in this process."""

    def __init__(self, batch: Batch):
        self.batch = batch

    def get(self) -> Batch:
        return self.batch


def run_pipeline(items: Iterable[Article | Reject], store, summary, submit: Callable[[list], Handle],
                 in_flight: int, batch_size: int, extract: bool,
                 on_progress: Callable[[Any], None] | None = None,
                 sink: Callable[[Batch], None] | None = None) -> None:
    """Batch the records, skip what is stored, start the work, write the results in order."""
    writer = Writer(store, summary, on_progress, sink)
    pending: list[tuple[Handle, set[str], set[str]]] = []  # (handle, new ids, ids held)
    for chunk in chunked(items, batch_size):
        summary.records += sum(1 for item in chunk if not (isinstance(item, Reject) and item.stage == "read-warning"))
        ids = {a.id for a in chunk if isinstance(a, Article)}
        if ids & (writer.buffered_ids | {i for _, _, held in pending for i in held}):
            # a copy of one of these is in flight or unwritten (the same article twice in
            # the input): write everything first, so the already-stored check sees it
            for handle, new, _ in pending:
                writer.add(handle.get(), new)
            pending.clear()
            writer.flush()
        todo, new_ids = select_work(store, chunk, extract, summary)
        held = {a.id for a in todo if isinstance(a, Article)}
        pending.append((submit(todo), new_ids, held))
        while len(pending) >= max(1, in_flight):
            handle, new, _ = pending.pop(0)
            writer.add(handle.get(), new)
    for handle, new, _ in pending:
        writer.add(handle.get(), new)
    writer.flush()


def select_work(store, chunk: list[Article | Reject], extract: bool, summary
                ) -> tuple[list[Article | Reject], set[str]]:
    """Drop articles already stored (and extracted, when extracting); keep the first copy of
    an id seen twice in one batch. An article whose URL is stored with a different text is a
    revision: it is kept under its own id (URL + text), with a `revision` warning row.
    Returns the work and the ids that are new articles."""
    chunk = list(chunk)
    stored_hash = store.article_hashes([a.id for a in chunk if isinstance(a, Article)])
    revised = {i: revision_id(item) for i, item in enumerate(chunk)
               if isinstance(item, Article) and item.canonical_url and item.id in stored_hash
               and stored_hash[item.id] != content_hash(item.text)}
    known_revisions = store.known_article_ids(revised.values())
    for i in sorted(revised, reverse=True):
        item, revision = chunk[i], revised[i]
        chunk[i] = replace(item, id=revision)
        if revision not in known_revisions:
            chunk.insert(i, Reject(item.source, item.position, "read-warning", "revision",
                                   f"{item.canonical_url} was stored before with a different text; "
                                   f"this version is kept as revision {revision}",
                                   (item.title or "")[:200]))
    articles = [a for a in chunk if isinstance(a, Article)]
    ids = [a.id for a in articles]
    stored = store.known_article_ids(ids)
    done = store.extracted_article_ids(stored) if extract else stored
    seen: set[str] = set()
    todo: list[Article | Reject] = []
    repeated: list[Article] = []
    for item in chunk:
        if isinstance(item, Article):
            if item.id in done or item.id in seen:
                summary.already_stored += 1
                repeated.append(item)
                continue
            seen.add(item.id)
        todo.append(item)
    if repeated:
        store.record_sources(repeated)
    return todo, seen - stored


def revision_id(article: Article) -> str:
    """The id of a changed text at a stored URL: from the URL and the text, so the same
    revision read again gets the same id."""
    import hashlib

    basis = f"{article.canonical_url}\nrevision:{content_hash(article.text)}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


class Writer:
    """Collects processed batches and writes them in transactions of about
    `write_articles` (a setting) articles. A crash loses only what was not yet written; the rerun redoes exactly that."""

    def __init__(self, store, summary, on_progress=None, sink: Callable[[Batch], None] | None = None):
        self.store, self.summary, self.on_progress, self.sink = store, summary, on_progress, sink
        self.buffer = Batch()
        self.buffered_ids: set[str] = set()
        self.write_articles = settings.current().write_articles  # fewer, larger writes: DuckDB's cost is per statement

    def add(self, batch: Batch, new_ids: set[str]) -> None:
        self.buffered_ids |= {a.id for a in batch.articles}
        self.buffer.articles += batch.articles
        self.buffer.extractions += batch.extractions
        self.buffer.rejects += batch.rejects
        self.summary.add(batch, new_ids)
        if len(self.buffer.articles) + len(self.buffer.rejects) >= self.write_articles:
            self.flush()
        elif self.on_progress:
            self.on_progress(self.summary)

    def flush(self) -> None:
        if self.buffer.articles or self.buffer.rejects or self.buffer.extractions:
            self.store.write_batch(self.buffer.articles, self.buffer.extractions, self.buffer.rejects)
            crash_point("after-write")
            if self.sink is not None:
                self.sink(self.buffer)
        self.buffer = Batch()
        self.buffered_ids = set()
        if self.on_progress:
            self.on_progress(self.summary)


def finish_corpus(store, summary, corpus: bool) -> None:
    """Run the corpus stage when anything written (by this run or a killed earlier one)
    has not been through it yet."""
    if not corpus or not store.corpus_pending():
        return
    summary.corpus = update_corpus(store)
    store.set_corpus_pending(False)
