"""Exact duplicates, near duplicates and syndicated copies, incrementally.

Only articles without a stored signature are hashed; their LSH band keys are looked up in
the persistent `minhash_buckets` table, so a new day's articles are checked against the whole
corpus without rehashing it. Candidates are verified exactly: Jaccard >= threshold is a near
duplicate; a shorter text contained in a longer one (a trimmed or re-introduced wire copy)
is a syndicated copy. The shorter of a pair always points at the fuller version.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
import pyarrow as pa

from newsevents.corpus.minhash import (
    band_keys, jaccard_and_containment, shingles, signature,
)

DEFAULT_THRESHOLD = 0.8
CHUNK = 50_000
CONTAINMENT = 0.8


def update_duplicates(store, threshold: float = DEFAULT_THRESHOLD, containment: float = CONTAINMENT,
                      chunk: int = CHUNK) -> dict[str, int]:
    """Hash and link every article without a signature, `chunk` articles at a time (memory
    stays bounded; each chunk is checked against everything stored before it)."""
    counts = {"hashed": 0, "exact-text": 0, "near": 0, "syndicated": 0}
    while True:
        new = store.query(
            "SELECT a.id, a.text, a.content_hash, a.credit FROM articles a "
            "LEFT JOIN minhash_signatures s ON s.article_id = a.id WHERE s.article_id IS NULL "
            f"ORDER BY a.ingested_at, a.id LIMIT {int(chunk)}")
        if not new:
            return counts
        counts["hashed"] += len(new)
        _update_chunk(store, new, threshold, containment, counts)


def _update_chunk(store, new: list[dict[str, Any]], threshold: float, containment: float,
                  counts: dict[str, int]) -> None:
    links: dict[str, tuple[str, str, float]] = {}  # duplicate -> (of, kind, similarity)

    # exact text: the first stored copy of a content hash represents it
    first_by_hash: dict[str, str] = {}
    hashes = list({a["content_hash"] for a in new})
    for row in store.query("SELECT content_hash, first(id ORDER BY ingested_at, id) AS id FROM articles "
                           "WHERE content_hash IN (SELECT unnest(?)) GROUP BY content_hash", [hashes]):
        first_by_hash[row["content_hash"]] = row["id"]
    for article in new:
        first = first_by_hash.get(article["content_hash"])
        if first and first != article["id"]:
            links[article["id"]] = (first, "exact-text", 1.0)

    shingle_cache: dict[str, np.ndarray] = {}
    sig_rows, bucket_rows = [], []
    order = {}
    for position, article in enumerate(new):
        sh = shingles(article["text"])
        shingle_cache[article["id"]] = sh
        sig = signature(sh)
        sig_rows.append({"article_id": article["id"], "signature": sig.tobytes()})
        for band, key in enumerate(band_keys(sig).tolist()):
            bucket_rows.append({"band": band, "bucket": key, "article_id": article["id"]})
        order[article["id"]] = position
    candidates = _candidate_pairs(store, bucket_rows)
    # in arrival order: each new article links to the best original among earlier articles
    stored_copies = _stored_duplicates(store, {c for cs in candidates.values() for c in cs})
    for article in new:
        if article["id"] in links:
            continue
        mine = {c for c in candidates.get(article["id"], ()) if order.get(c, -1) < order[article["id"]]}
        mine -= set(links) | stored_copies
        best = _best_link(store, article["id"], mine, shingle_cache, threshold, containment)
        if best:
            shorter, longer, kind, similarity = best
            links[shorter] = (longer, kind, similarity)
    for duplicate, (of, kind, similarity) in links.items():
        counts[kind] += 1
    _write(store, links, sig_rows, bucket_rows)


def _stored_duplicates(store, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    rows = store.con.execute("SELECT article_id FROM duplicates WHERE article_id IN (SELECT unnest(?))",
                             [list(ids)]).fetchall()
    return {r[0] for r in rows}


def _candidate_pairs(store, bucket_rows: list[dict[str, Any]]) -> dict[str, set[str]]:
    """New article -> articles sharing an LSH bucket with it (stored or new), in one join."""
    if not bucket_rows:
        return {}
    store.con.register("_new_buckets", pa.Table.from_pylist(bucket_rows))
    try:
        rows = store.con.execute(
            """SELECT DISTINCT n.article_id, o.article_id FROM _new_buckets n
               JOIN (SELECT band, bucket, article_id FROM minhash_buckets
                     UNION ALL SELECT band, bucket, article_id FROM _new_buckets) o
               USING (band, bucket) WHERE n.article_id <> o.article_id""").fetchall()
    finally:
        store.con.unregister("_new_buckets")
    pairs: dict[str, set[str]] = defaultdict(set)
    for a, b in rows:
        pairs[a].add(b)
    return pairs


def _best_link(store, article_id: str, candidates: set[str], cache: dict[str, np.ndarray],
               threshold: float, containment: float) -> tuple[str, str, str, float] | None:
    missing = [c for c in candidates if c not in cache]
    if missing:
        for row in store.query("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))", [missing]):
            cache[row["id"]] = shingles(row["text"])
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


def _write(store, links: dict[str, tuple[str, str, float]], sig_rows: list[dict[str, Any]],
           bucket_rows: list[dict[str, Any]]) -> None:
    store.con.execute("BEGIN TRANSACTION")
    try:
        for duplicate, (of, kind, similarity) in links.items():
            store.con.execute("INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?, ?)",
                              [duplicate, of, kind, similarity])
            # the fuller version is never itself a duplicate of the copy
            store.con.execute("DELETE FROM duplicates WHERE article_id = ? AND duplicate_of = ?",
                              [of, duplicate])
        for table, rows in (("minhash_signatures", sig_rows), ("minhash_buckets", bucket_rows)):
            if rows:
                store.con.register("_rows", pa.Table.from_pylist(rows))
                store.con.execute(f"INSERT INTO {table} SELECT * FROM _rows" if table == "minhash_buckets"
                                  else f"INSERT OR IGNORE INTO {table} SELECT * FROM _rows")
                store.con.unregister("_rows")
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise


def representative(store) -> dict[str, str]:
    """article -> the fullest version it copies, following chains of links."""
    parent = {r["article_id"]: r["duplicate_of"] for r in store.query("SELECT article_id, duplicate_of FROM duplicates")}
    roots = {}
    for article in parent:
        node, seen = article, set()
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        roots[article] = node
    return roots
