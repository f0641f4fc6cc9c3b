"""Near-duplicate detection at scale: newsevents' NumPy MinHash + DuckDB LSH buckets, side by
side with datasketch's MinHashLSH on the same simulated data, in the same run.

    python -m bench.dedup_bench --sizes 100000            # both implementations
    python -m bench.dedup_bench --sizes 1000000 --only ours

Texts are 250 random words from a 20,000-word vocabulary; 5% of them get a near copy (3% of
words changed) and 5% a trimmed syndicated copy (first 70% of the words). Recall is the share
of planted pairs found; time and peak RSS are for the whole run of one implementation (each
in its own process).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time


VOCAB = [f"w{i}" for i in range(20000)]


def _text(i: int, seed: int) -> str:
    """Base text i, regenerated on demand so the corpus never has to sit in memory."""
    return " ".join(random.Random(seed * 10_000_019 + i).choices(VOCAB, k=250))


def corpus_chunks(n: int, seed: int = 1, chunk: int = 50_000):
    """Yields (first index, texts) chunks of the corpus, and records the planted pairs."""
    base_count = int(n / 1.1)
    planted: list[tuple[int, int]] = []
    rng = random.Random(seed)
    buffer, first = [], 0
    for index in range(n):
        if index < base_count:
            text = _text(index, seed)
        else:
            src = rng.randrange(base_count)
            words = _text(src, seed).split()
            if (index - base_count) % 2 == 0:
                for j in rng.sample(range(len(words)), k=7):
                    words[j] = rng.choice(VOCAB)
            else:
                words = words[: int(len(words) * 0.7)]
            planted.append((src, index))
            text = " ".join(words)
        buffer.append(text)
        if len(buffer) == chunk:
            yield first, buffer, planted
            first, buffer = index + 1, []
    if buffer:
        yield first, buffer, planted


def corpus(n: int, seed: int = 1):
    texts, planted = [], []
    for _, chunk, planted in corpus_chunks(n, seed):
        texts.extend(chunk)
    return texts, planted


def run_ours(n: int) -> dict:
    import datetime as dt

    import pyarrow as pa

    from newsevents.corpus.dedup import update_duplicates
    from newsevents.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(f"{tmp}/d.duckdb") as store:
        planted: list[tuple[int, int]] = []
        for first, texts, planted in corpus_chunks(n):  # streamed in: the corpus is never all in memory
            rows = [{"id": f"a{first + i:08d}", "text": t, "content_hash": f"h{first + i}",
                     "published": dt.date(2022, 1, 1)} for i, t in enumerate(texts)]
            store.con.register("_a", pa.Table.from_pylist(rows))
            store.con.execute("INSERT INTO articles (id, text, content_hash, published) SELECT * FROM _a")
            store.con.unregister("_a")
        del rows, texts
        load_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        update_duplicates(store)
        seconds = time.perf_counter() - started
        links = {(r[0], r[1]) for r in store.con.execute("SELECT article_id, duplicate_of FROM duplicates").fetchall()}
    found = sum(1 for a, b in planted if (f"a{b:08d}", f"a{a:08d}") in links or (f"a{a:08d}", f"a{b:08d}") in links)
    return {"impl": "newsevents", "n": n, "seconds": round(seconds, 1), "recall": round(found / len(planted), 4),
            "load_rss_mib": round(load_rss)}


def run_datasketch(n: int) -> dict:
    from datasketch import MinHash, MinHashLSH

    from newsevents.corpus.minhash import NUM_PERM

    texts, planted = corpus(n)
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
    sigs = []
    for i, text in enumerate(texts):
        words = text.split()
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([" ".join(words[j:j + 3]).encode() for j in range(len(words) - 2)])
        lsh.insert(i, m)
        sigs.append(m)
    pairs = set()
    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    seconds = time.perf_counter() - started
    found = sum(1 for a, b in planted if (min(a, b), max(a, b)) in pairs)
    return {"impl": "datasketch MinHashLSH", "n": n, "seconds": round(seconds, 1), "recall": round(found / len(planted), 4),
            "note": "candidate pairs only (no verification step)"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100000])
    parser.add_argument("--only", choices=["ours", "datasketch"])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        impl, n = args.child
        result = run_ours(int(n)) if impl == "ours" else run_datasketch(int(n))
        result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        print(json.dumps(result))
        return
    print("| implementation | articles | seconds | recall of planted pairs | peak RSS MiB | RSS after loading MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        for impl in ("ours", "datasketch"):
            if args.only and args.only != impl:
                continue
            out = subprocess.run([sys.executable, "-m", "bench.dedup_bench", "--child", impl, str(n)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"| {r['impl']} | {n} | {r['seconds']} | {r['recall']} | {r['peak_rss_mib']} | "
                  f"{r.get('load_rss_mib', '')} |", flush=True)


if __name__ == "__main__":
    main()
