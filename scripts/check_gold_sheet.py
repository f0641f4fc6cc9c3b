"""Check an annotation sheet without running the coder: every article id exists and every event
sentence key identifies exactly one sentence (uses only repair and the sentence splitter).

    python scripts/check_gold_sheet.py tests/data/gold/annotations.tsv
    python scripts/check_gold_sheet.py tests/data/gold/constructed/dev.tsv \
        --corpus tests/data/gold/constructed/articles.jsonl

--corpus is the corpus the sheet's `corpus:` ids refer to (default: sample/corpus-usgov.jsonl).
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

from newsevents.evaluate import build_gold

ROOT = Path(__file__).resolve().parent.parent

parser = argparse.ArgumentParser(description="Check gold annotation sheets without running the coder.")
parser.add_argument("sheets", nargs="+", type=Path, help="annotation sheets (TSV) to check")
parser.add_argument("--corpus", type=Path, default=ROOT / "sample/corpus-usgov.jsonl",
                    help="corpus JSONL the sheets refer to (default: sample/corpus-usgov.jsonl)")
args = parser.parse_args()

for sheet in args.sheets:
    try:
        records = build_gold(sheet, ROOT / "tests/data/examples/koreatimes-2022-01-25-raw.txt", args.corpus)
    except KeyError as missing:
        sys.exit(f"{sheet}: article {missing} is not in {args.corpus} (give the sheet's corpus with --corpus)")
    counts = Counter({kind: 0 for kind in ("events", "quotes", "amounts", "dates")})
    for r in records:
        for kind in counts:
            counts[kind] += len(r[kind])
    print(f"{sheet}: OK, {len(records)} articles, " + ", ".join(f"{v} {k}" for k, v in counts.items()))
