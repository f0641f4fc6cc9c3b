"""B-cubed precision, recall and F1 of story clusters against the corpus's gold `story` labels.

    python bench/stories_eval.py [--corpus sample/corpus-usgov.jsonl] [--threshold T]

Ingests the corpus (no NLP) into a temporary database, clusters it, and scores.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from newsevents.corpus.dedup import update_duplicates
from newsevents.corpus.stories import model_name, update_stories
from newsevents.engine import run_ingest
from newsevents.store import Store


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """Item-averaged B-cubed over the items both labelings share."""
    items = [i for i in gold if i in predicted]
    precision = recall = 0.0
    for i in items:
        same_pred = {j for j in items if predicted[j] == predicted[i]}
        same_gold = {j for j in items if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = Path(__file__).resolve().parent.parent
    parser.add_argument("--corpus", default=str(here / "sample/corpus-usgov.jsonl"))
    parser.add_argument("--threshold", type=float, nargs="*", default=[None])
    args = parser.parse_args()
    gold_by_url = {}
    for line in open(args.corpus, encoding="utf-8"):
        record = json.loads(line)
        gold_by_url[record["url"]] = record["story"]
    for threshold in args.threshold:
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "s.duckdb")
            run_ingest([args.corpus], db, extract=False, corpus=False, workers=1)
            with Store(db) as store:
                update_duplicates(store)
                update_stories(store, threshold=threshold)
                rows = store.query("SELECT a.url, s.story_id FROM articles a JOIN story_articles s ON s.article_id = a.id")
        predicted = {r["url"]: r["story_id"] for r in rows}
        p, r, f = bcubed(gold_by_url, predicted)
        print(f"model={model_name()} threshold={threshold or 'default'} articles={len(predicted)} "
              f"stories={len(set(predicted.values()))} gold_stories={len(set(gold_by_url.values()))} "
              f"B3 precision={p:.3f} recall={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()
