"""Repair quality on simulated scraped records (bench/noise.py) against their clean originals.

    python bench/repair_quality.py [--records 1000] [--seed 0]

Prints paragraph precision and recall (exact text), the share of records whose block order is
exactly right, heading and credit accuracy, and repair throughput on one core.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from bench.noise import noisy_records
from newsevents.repair import repair


def score(count: int, seed: int = 0) -> dict[str, float]:
    tp = fp = fn = exact = headings_ok = credit_ok = 0
    heading_records = 0
    records = list(noisy_records(count, seed))
    started = time.perf_counter()
    articles = [repair(n.raw) for n in records]
    seconds = time.perf_counter() - started
    for noisy, article in zip(records, articles):
        gold = [(k, t) for k, t in noisy.blocks]
        got = [(b.kind, b.text) for b in article.blocks]
        gold_paras = Counter(t for k, t in gold if k == "paragraph")
        got_paras = Counter(t for k, t in got if k == "paragraph")
        tp += sum((gold_paras & got_paras).values())
        fp += sum((got_paras - gold_paras).values())
        fn += sum((gold_paras - got_paras).values())
        exact += got == gold
        if any(k == "heading" for k, _ in gold):
            heading_records += 1
            headings_ok += [t for k, t in got if k == "heading"] == [t for k, t in gold if k == "heading"]
        credit_ok += article.credit == noisy.credit
    return {
        "records": count, "paragraph_precision": tp / (tp + fp), "paragraph_recall": tp / (tp + fn),
        "exact_order": exact / count, "headings_right": headings_ok / max(heading_records, 1),
        "credit_right": credit_ok / count, "records_per_second": count / seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for key, value in score(args.records, args.seed).items():
        print(f"{key:22} {value:.4f}" if isinstance(value, float) else f"{key:22} {value}")


if __name__ == "__main__":
    main()
