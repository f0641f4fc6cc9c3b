"""Throughput and peak memory of every pipeline stage, and end to end, by corpus size and
number of workers. Each measurement runs in a fresh process, so its peak RSS is its own.

    python -m bench.pipeline_bench                      # defaults: sizes 1000 10000, e2e 1000
    python -m bench.pipeline_bench --sizes 1000 10000 100000 --e2e 2000 --workers 1 2

Prints a Markdown table (records/s, peak RSS in MiB) for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_stage(stage: str, data: str, workers: int, limit: int) -> dict:
    """Runs in the child process."""
    from newsevents.engine import run_ingest
    from newsevents.engine.steps import repair_records
    from newsevents.read import read_paths
    from newsevents.records import Article

    started = time.perf_counter()
    count = 0
    if stage == "read":
        count = sum(1 for _ in read_paths([data]))
    elif stage == "read+repair":
        count = sum(1 for item in repair_records(read_paths([data])) if isinstance(item, Article))
    elif stage == "read+repair+store":
        with tempfile.TemporaryDirectory() as tmp:
            count = run_ingest([data], f"{tmp}/b.duckdb", workers=1, extract=False, corpus=False).ingested
    elif stage == "extract":
        from newsevents.extract import extract_articles
        from newsevents.nlp import load_nlp

        load_nlp()
        articles = []
        for item in repair_records(read_paths([data])):
            if isinstance(item, Article):
                articles.append(item)
                if len(articles) >= limit:
                    break
        started = time.perf_counter()
        for i in range(0, len(articles), 32):
            extract_articles(articles[i:i + 32])
        count = len(articles)
    elif stage == "repair+extract, no story embedding":
        # issue #3's scope: repair + NLP + extraction; the story embedding belongs to the
        # corpus stage and is measured with "extract" above
        import newsevents.extract as extraction
        from newsevents.nlp import load_nlp

        load_nlp()
        extraction._story_vectors = lambda articles, results: None
        started = time.perf_counter()
        batch: list[Article] = []
        for item in repair_records(read_paths([data])):
            if isinstance(item, Article):
                batch.append(item)
                count += 1
                if len(batch) == 32:
                    extraction.extract_articles(batch)
                    batch = []
            if count >= limit:
                break
        if batch:
            extraction.extract_articles(batch)
    elif stage == "corpus":
        from newsevents.corpus import update_corpus
        from newsevents.store import Store

        with tempfile.TemporaryDirectory() as tmp:
            run_ingest([data], f"{tmp}/b.duckdb", workers=1, extract=False, corpus=False)
            started = time.perf_counter()
            with Store(f"{tmp}/b.duckdb") as store:
                update_corpus(store)
                count = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    elif stage == "end-to-end":
        with tempfile.TemporaryDirectory() as tmp:
            count = run_ingest([data], f"{tmp}/b.duckdb", workers=workers).ingested
    seconds = time.perf_counter() - started
    return {"stage": stage, "records": count, "workers": workers, "seconds": round(seconds, 2),
            "per_second": round(count / seconds, 1) if seconds else None, "peak_rss_mib": round(_peak_mib())}


ALL_NEW = {"NEWSEVENTS_REPEAT_CACHE": "0"}
VARIANTS = {  # suffix -> settings: how the end-to-end rows differ
    "": {},
    " (all text new)": ALL_NEW,
    " (all text new, --stories tfidf)": {**ALL_NEW, "NEWSEVENTS_STORY_MODEL": "tfidf"},
    " (--stories tfidf)": {"NEWSEVENTS_STORY_MODEL": "tfidf"},
}


def measure(stage: str, data: str, workers: int = 1, limit: int = 0, variant: str = "") -> dict:
    """One measurement in a fresh process, with the settings of `variant` (VARIANTS). "all text
    new" turns off the memory of repeated texts (NEWSEVENTS_REPEAT_CACHE=0): the generated
    corpus reuses the sample's 72 articles, so with it on, most texts are repeats; off, every
    article costs what an unseen one costs."""
    env = {**os.environ, **VARIANTS[variant]}
    out = subprocess.run([sys.executable, "-m", "bench.pipeline_bench", "--child", stage, data,
                          str(workers), str(limit)], capture_output=True, text=True, check=True, env=env)
    row = json.loads(out.stdout.strip().splitlines()[-1])
    row["stage"] += variant
    return row


def repeat_share(data: str) -> str:
    """Share of articles whose story text (title + lede) and of parsed-candidate sentences
    that already occurred earlier in the corpus: what the repeat memory can save."""
    from newsevents.corpus.stories import story_text
    from newsevents.engine.steps import repair_records
    from newsevents.nlp import sentences_of
    from newsevents.read import read_paths
    from newsevents.records import Article

    stories, sentences = set(), set()
    story_repeats = sentence_repeats = articles = total = 0
    for item in repair_records(read_paths([data])):
        if isinstance(item, Article):
            articles += 1
            text = story_text(item.title, item.text)
            story_repeats += text in stories
            stories.add(text)
            for sentence in sentences_of(item.text):
                total += 1
                sentence_repeats += sentence.text in sentences
                sentences.add(sentence.text)
    return (f"{articles} articles: {story_repeats / articles:.0%} repeat an earlier story text, "
            f"{sentence_repeats / max(1, total):.0%} of sentences repeat an earlier sentence")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--e2e", type=int, default=1000, help="records for the NLP stages")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stage, data, workers, limit = args.child
        print(json.dumps(run_stage(stage, data, int(workers), int(limit))))
        return
    from bench.generate import write

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            data = str(write(size, Path(tmp) / f"r{size}"))
            for stage in ("read", "read+repair", "read+repair+store"):
                rows.append({**measure(stage, data), "corpus": size})
                print(rows[-1], file=sys.stderr)
            # dedup + stories over the whole corpus (TF-IDF vectors: MiniLM's cost is per article
            # and measured with extraction below)
            rows.append({**measure("corpus", data, variant=" (--stories tfidf)"), "corpus": size})
            print(rows[-1], file=sys.stderr)
        data = str(write(args.e2e, Path(tmp) / f"e{args.e2e}"))
        rows.append({**measure("extract", data, 1, args.e2e), "corpus": args.e2e})
        print(rows[-1], file=sys.stderr)
        rows.append({**measure("repair+extract, no story embedding", data, 1, args.e2e, variant=" (all text new)"),
                     "corpus": args.e2e})
        print(rows[-1], file=sys.stderr)
        rows.append({**measure("corpus", data), "corpus": args.e2e})
        print(rows[-1], file=sys.stderr)
        rows.append({**measure("extract", data, 1, args.e2e, variant=" (all text new)"), "corpus": args.e2e})
        print(rows[-1], file=sys.stderr)
        for workers in args.workers:
            for variant in ("", " (all text new)", " (all text new, --stories tfidf)"):
                rows.append({**measure("end-to-end", data, workers, variant=variant), "corpus": args.e2e})
                print(rows[-1], file=sys.stderr)
        print(f"repeats in the end-to-end corpus: {repeat_share(data)}")
    print("| stage | corpus | workers | records/s | seconds | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['stage']} | {r['corpus']} | {r['workers']} | {r['per_second']} | {r['seconds']} | {r['peak_rss_mib']} |")


if __name__ == "__main__":
    main()
