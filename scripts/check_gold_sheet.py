"""Check an annotation sheet without running the coder: every article id exists and every event
sentence key identifies exactly one sentence (uses only repair and the sentence splitter).

    python scripts/check_gold_sheet.py tests/data/gold/annotations.tsv
"""

import sys
from collections import Counter
from pathlib import Path

from newsevents.evaluate import build_gold

ROOT = Path(__file__).resolve().parent.parent
for sheet in sys.argv[1:]:
    records = build_gold(Path(sheet), ROOT / "tests/data/examples/koreatimes-2022-01-25-raw.txt",
                         ROOT / "sample/corpus-usgov.jsonl")
    counts = Counter()
    for r in records:
        for kind in ("events", "quotes", "amounts", "dates"):
            counts[kind] += len(r[kind])
    print(f"{sheet}: OK, {len(records)} articles, " + ", ".join(f"{v} {k}" for k, v in counts.items()))
