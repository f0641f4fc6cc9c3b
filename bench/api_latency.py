"""API latency on a database of 100,000 articles: p50 and p99 per endpoint, against a real
uvicorn on 127.0.0.1 (a bounded number of requests, one client).

    python -m bench.api_latency [--articles 100000] [--requests 200]

The database is synthetic (bulk-inserted with Arrow, no NLP): articles with 3 to 8 events
each among 40 actors over two years, so the queries see realistic volumes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import httpx
import pyarrow as pa

from newsevents.events.taxonomy import cameo_codes
from newsevents.store import Store

ACTORS = ["USA", "USAGOV", "USAMIL", "RUS", "RUSGOV", "RUSMIL", "UKR", "UKRGOV", "UKRMIL", "CHN", "CHNGOV",
          "DEU", "DEUGOV", "FRA", "FRAGOV", "GBR", "GBRGOV", "IRN", "IRNGOV", "ISR", "ISRMIL", "PSE", "PSEREB",
          "PRK", "PRKGOV", "KOR", "JPN", "TUR", "POL", "SYR", "IRQ", "SAU", "EGY", "QAT", "NATO", "EU", "UNO",
          "BLR", "SDN", "SDNREB"]
WORDS = "talks sanctions troops ceasefire missile border embassy minister aid attack meeting summit".split()


def build(path: str, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    codes = [c for c in cameo_codes().values() if len(c.code) == 3]
    start = dt.date(2022, 1, 1)
    with Store(path) as store:
        for chunk_start in range(0, n, 20000):
            articles, events, sentences = [], [], []
            for i in range(chunk_start, min(n, chunk_start + 20000)):
                aid = f"a{i:08d}"
                day = start + dt.timedelta(days=rng.randrange(730))
                text = " ".join(rng.choices(WORDS, k=120))
                articles.append({"id": aid, "url": f"https://x{i % 50}.example.com/{i}", "outlet": f"x{i % 50}.example.com",
                                 "title": " ".join(rng.choices(WORDS, k=6)), "published": day, "text": text,
                                 "content_hash": aid})
                sentences.append({"article_id": aid, "idx": 0, "start_char": 0, "end_char": 60, "text": text[:60]})
                for k in range(rng.randint(3, 8)):
                    src, tgt = rng.sample(ACTORS, 2)
                    c = rng.choice(codes)
                    events.append({"id": f"{aid}-{k}", "article_id": aid, "sentence_index": 0, "start_char": 0,
                                   "end_char": 60, "trigger": "x", "trigger_start": 0, "trigger_end": 1,
                                   "event_date": day, "source_code": src, "source_country": src[:3],
                                   "target_code": tgt, "target_country": tgt[:3], "cameo": c.code, "root": c.root,
                                   "quad_class": c.quad_class, "goldstein": c.goldstein, "negated": False,
                                   "hypothetical": False, "historical": False, "confidence": 0.6})
            for table, rows in (("articles", articles), ("events", events), ("sentences", sentences)):
                arrow = pa.Table.from_pylist(rows)
                store.con.register("_rows", arrow)
                cols = ", ".join(arrow.column_names)
                store.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _rows")
                store.con.unregister("_rows")
        from newsevents.store.corpus import update_event_keys

        update_event_keys(store)
    import duckdb

    from newsevents.store.search import ensure_index

    con = duckdb.connect(path, read_only=True)
    ensure_index(path, con)  # the full-text index, as `newsevents ingest` builds it
    con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/api.duckdb"
        t0 = time.perf_counter()
        build(db, args.articles)
        print(f"built {args.articles} articles in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", db, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(base + "/api/stats", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            rng = random.Random(1)
            endpoints = {
                "dyad series (day)": lambda: f"/api/dyad?a={rng.choice(ACTORS)[:3]}&b={rng.choice(ACTORS)[:3]}",
                "dyad series (week)": lambda: f"/api/dyad?a={rng.choice(ACTORS)[:3]}&b=*&freq=week",
                "event list": lambda: f"/api/events?actor={rng.choice(ACTORS)}&limit=50",
                "event list, code+dates": lambda: f"/api/events?code=19&since=2022-06-01&until=2022-09-01&limit=50",
                "article": lambda: f"/api/articles/a{rng.randrange(args.articles):08d}",
                "search": lambda: f"/api/search?q={rng.choice(WORDS)}&limit=20",
                "search, phrase": lambda: f"/api/search?q=%22{rng.choice(WORDS)}+{rng.choice(WORDS)}%22&limit=20",
                "search, events": lambda: f"/api/search/events?q={rng.choice(WORDS)}&limit=20",
                "dyad series (auto, filled)": lambda: f"/api/dyad?a={rng.choice(ACTORS)[:3]}&b={rng.choice(ACTORS)[:3]}&freq=auto",
                "stories": lambda: "/api/stories?limit=50",
                "actor profile": lambda: f"/api/actors/{rng.choice(ACTORS)}",
                "dyads": lambda: "/api/dyads?limit=50&since=2022-06-01",
                "network": lambda: "/api/network?limit=60",
                "map points": lambda: f"/api/map?actor={rng.choice(ACTORS)[:3]}",
                "stats": lambda: "/api/stats",
            }
            print("| endpoint | requests | p50 ms | p99 ms |")
            print("|---|---:|---:|---:|")
            with httpx.Client(base_url=base, timeout=30) as client:
                for name, make in endpoints.items():
                    client.get(make())  # warm up
                    times = []
                    for _ in range(args.requests):
                        t = time.perf_counter()
                        response = client.get(make())
                        times.append((time.perf_counter() - t) * 1000)
                        response.raise_for_status()
                    times.sort()
                    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
                    print(f"| {name} | {len(times)} | {statistics.median(times):.1f} | {p99:.1f} |", flush=True)
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
