"""Exact duplicates, near duplicates and syndicated copies, incrementally.

Only articles without a stored signature are hashed; their LSH band keys are looked up in
the persistent `minhash_buckets` table, so a new day's articles are checked against the whole
corpus without rehashing it. Candidates are verified exactly: Jaccard >= threshold is a near
duplicate; a shorter text contained in a longer one (a trimmed or re-introduced wire copy)
is a syndicated copy. The shorter of a pair always points at the fuller version.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import numpy as np
import pyarrow as pa

from newsevents import settings
from newsevents.store import corpus as corpus_sql
from newsevents.corpus.minhash import (
    BANDS, NUM_PERM, band_keys, jaccard_and_containment, shingles, signature,
)

CHUNK = 50_000
PARALLEL_MIN = 5_000  # below this, starting worker processes costs more than it saves
PARTNERS_PER_BUCKET = 8  # earlier articles an LSH bucket offers a new one (see _candidate_pairs)


def update_duplicates(store, threshold: float | None = None, containment: float | None = None,
                      chunk: int = CHUNK, workers: int | None = None) -> dict[str, int]:
    """Hash and link every article without a signature, `chunk` articles at a time (memory
    stays bounded; each chunk is checked against everything stored before it). Signatures
    of large chunks are computed by `workers` processes (default: all cores). The
    thresholds default to the `dedup_threshold` and `dedup_containment` settings."""
    config = settings.current()
    threshold = config.dedup_threshold if threshold is None else threshold
    containment = config.dedup_containment if containment is None else containment
    counts = {"hashed": 0, "exact-text": 0, "near": 0, "syndicated": 0}
    workers = workers or os.cpu_count() or 1
    pool = None
    # the ids to hash, in arrival order, once (small); texts are fetched a chunk at a time
    pending = corpus_sql.unhashed_article_ids(store)
    try:
        for begin in range(0, len(pending), chunk):
            new = corpus_sql.articles_to_hash(store, pending[begin:begin + chunk])
            if pool is None and workers > 1 and len(new) >= PARALLEL_MIN:
                pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
            counts["hashed"] += len(new)
            _update_chunk(store, new, threshold, containment, counts, pool, workers)
        return counts
    finally:
        if pool is not None:
            pool.shutdown()


def signatures_of(texts: list[str]) -> np.ndarray:
    """MinHash signatures of texts, one row each (a top-level function: it runs in workers)."""
    out = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    for row, text in enumerate(texts):
        out[row] = signature(shingles(text))
    return out


def _signatures(texts: list[str], pool, workers: int) -> np.ndarray:
    if pool is None or len(texts) < PARALLEL_MIN:
        return signatures_of(texts)
    step = -(-len(texts) // workers)
    return np.vstack(list(pool.map(signatures_of, [texts[i:i + step] for i in range(0, len(texts), step)])))


def _update_chunk(store, new: list[dict[str, Any]], threshold: float, containment: float,
                  counts: dict[str, int], pool=None, workers: int = 1) -> None:
    links: dict[str, tuple[str, str, float]] = {}  # duplicate -> (of, kind, similarity)

    # exact text: the first stored copy of a content hash represents it
    first_by_hash: dict[str, str] = {}
    hashes = list({a["content_hash"] for a in new})
    first_by_hash.update(corpus_sql.first_id_by_hash(store, hashes))
    for article in new:
        first = first_by_hash.get(article["content_hash"])
        if first and first != article["id"]:
            links[article["id"]] = (first, "exact-text", 1.0)

    ids = [a["id"] for a in new]
    signatures = _signatures([a["text"] for a in new], pool, workers)
    order = {article_id: position for position, article_id in enumerate(ids)}
    # columnar, not a dict per row: 32 bucket rows per article add up to millions per chunk
    id_column = pa.array(ids, pa.string())
    sig_table = pa.table({"article_id": id_column,
                          "signature": pa.array([row.tobytes() for row in signatures], pa.binary())})
    bucket_table = pa.table({
        "band": np.tile(np.arange(BANDS, dtype=np.int16), len(ids)),
        "bucket": band_keys(signatures).reshape(-1),
        "article_id": id_column.take(pa.array(np.repeat(np.arange(len(ids)), BANDS))),
    })
    candidates = _candidate_pairs(store, bucket_table)
    # shingles only for articles that have candidates (verification is exact, but rare), the
    # stored ones fetched in one query
    involved = {c for cs in candidates.values() for c in cs}
    shingle_cache: dict[str, np.ndarray] = {a["id"]: shingles(a["text"]) for a in new
                                            if a["id"] in candidates or a["id"] in involved}
    for row in _texts(store, [c for c in involved if c not in shingle_cache and c not in order]):
        shingle_cache[row[0]] = shingles(row[1])
    # in arrival order: each new article links to the best original among earlier articles
    excluded = _stored_duplicates(store, involved) | set(links)
    for article in new:
        if article["id"] in links or article["id"] not in candidates:
            continue
        mine = {c for c in candidates[article["id"]] if order.get(c, -1) < order[article["id"]]} - excluded
        best = _best_link(article["id"], mine, shingle_cache, threshold, containment)
        if best:
            shorter, longer, kind, similarity = best
            links[shorter] = (longer, kind, similarity)
            excluded.add(shorter)
    for duplicate, (of, kind, similarity) in links.items():
        counts[kind] += 1
    _write(store, links, sig_table, bucket_table)


def _stored_duplicates(store, ids: set[str]) -> set[str]:
    return corpus_sql.stored_duplicates(store, ids)


def _candidate_pairs(store, bucket_table: pa.Table) -> dict[str, set[str]]:
    """New article -> earlier articles (stored, or new and before it) sharing an LSH bucket
    with it, in one query. Each bucket offers only its first PARTNERS_PER_BUCKET articles,
    originals first: a story copied a thousand times would otherwise make a million pairs,
    while one earlier copy per bucket is enough to link a new one (chains resolve to the
    original, see representative())."""
    if not bucket_table.num_rows:
        return {}
    positions = np.repeat(np.arange(bucket_table.num_rows // BANDS, dtype=np.int64), BANDS)
    rows = corpus_sql.bucket_partners(store, bucket_table.append_column("pos", pa.array(positions)),
                                      PARTNERS_PER_BUCKET)
    pairs: dict[str, set[str]] = defaultdict(set)
    for a, b in rows:
        pairs[a].add(b)
    return pairs


def _texts(store, ids: list[str]) -> list[tuple[str, str]]:
    return corpus_sql.texts_of(store, ids)


def _best_link(article_id: str, candidates: set[str], cache: dict[str, np.ndarray],
               threshold: float, containment: float) -> tuple[str, str, str, float] | None:
    mine = cache[article_id]
    best = None
    for other in sorted(candidates):
        theirs = cache.get(other)
        if theirs is None:
            continue
        jaccard, contained = jaccard_and_containment(mine, theirs)
        if jaccard >= threshold:
            kind, score = "near", jaccard
        elif contained >= containment:
            kind, score = "syndicated", contained
        else:
            continue
        if best is None or score > best[3]:
            shorter, longer = (article_id, other) if mine.size <= theirs.size else (other, article_id)
            best = (shorter, longer, kind, round(score, 4))
    return best


def _write(store, links: dict[str, tuple[str, str, float]], sig_table: pa.Table, bucket_table: pa.Table) -> None:
    """One transaction per chunk, set-based: links, signatures and buckets."""
    kept: dict[str, tuple[str, str, float]] = {}
    for duplicate, link in links.items():  # a later link overrides its reverse
        if kept.get(link[0], (None,))[0] == duplicate:
            del kept[link[0]]
        kept[duplicate] = link
    links = kept
    link_table = pa.table({
        "article_id": pa.array(list(links), pa.string()),
        "duplicate_of": pa.array([v[0] for v in links.values()], pa.string()),
        "kind": pa.array([v[1] for v in links.values()], pa.string()),
        "similarity": pa.array([float(v[2]) for v in links.values()], pa.float64()),
    })
    corpus_sql.write_duplicates(store, link_table, sig_table, bucket_table)


def representative(store) -> dict[str, str]:
    """article -> the fullest version it copies, following chains of links."""
    parent = corpus_sql.duplicate_parents(store)
    roots = {}
    for article in parent:
        node, seen = article, set()
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        roots[article] = node
    return roots
