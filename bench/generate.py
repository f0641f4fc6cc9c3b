"""Realistic benchmark corpora from the sample corpus: scraped-record noise (bench/noise.py),
varied dates, outlets and actors.

    python -m bench.generate 10000 out/bench10k            # a folder of scraped text records
    python -m bench.generate 100000 out/b100k.jsonl.gz     # one gzipped JSONL dump
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path

from bench.noise import Clean, load_corpus, make_noisy_record

OUTLETS = ["koreatimes.co.kr", "news.example.com", "dailyworld.example.org", "wire.example.net",
           "thecapital.example.com", "globalpost.example.org", "eveningstar.example.co.uk",
           "herald.example.com.au", "morningnews.example.in", "observer.example.ca"]
SWAPS = [("Russia", "Belarus"), ("Russian", "Belarusian"), ("Ukraine", "Moldova"), ("Ukrainian", "Moldovan"),
         ("North Korea", "Iran"), ("Israel", "Egypt"), ("Sudan", "Ethiopia")]


def records(count: int, seed: int = 0) -> Iterator[tuple[str, str, str, list[str]]]:
    """(title, date, url, lines) for `count` noisy records."""
    corpus = load_corpus()
    rng = random.Random(seed)
    start = dt.date(2022, 1, 1)
    for i in range(count):
        base = corpus[i % len(corpus)]
        paragraphs = list(base.paragraphs)
        if rng.random() < 0.3:  # another conflict, same story shape
            a, b = rng.choice(SWAPS)
            paragraphs = [p.replace(a, b) for p in paragraphs]
        day = start + dt.timedelta(days=rng.randrange(365))
        outlet = rng.choice(OUTLETS)
        clean = Clean(base.title, day.strftime("%Y%m%d"), f"https://{outlet}/news/{day:%Y/%m}/{i}", paragraphs)
        noisy = make_noisy_record(clean, rng, 0)
        yield noisy.raw.title, clean.date, clean.url, noisy.raw.lines


def write(count: int, out: Path, seed: int = 0) -> Path:
    if out.name.endswith((".jsonl", ".jsonl.gz")):
        opener = gzip.open if out.name.endswith(".gz") else open
        out.parent.mkdir(parents=True, exist_ok=True)
        with opener(out, "wt", encoding="utf-8") as f:
            for title, date, url, lines in records(count, seed):
                f.write(json.dumps({"title": title, "date": date, "url": url, "text": "\n".join(lines)}) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for i, (title, date, url, lines) in enumerate(records(count, seed)):
        (out / f"{i:07d}.txt").write_text("\n".join([title, date, url, *lines]) + "\n", "utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(write(args.count, args.out, args.seed))


if __name__ == "__main__":
    main()
