"""Precision, recall and F1 of extraction against hand-annotated gold.

Gold (JSONL, one article a line) holds the article itself (title, date, url, blocks) and the
events, quotes, amounts and dates an annotator found in it (tests/data/gold/GUIDE.md says how).
Matching is one-to-one and greedy within an article:
- events at root level: the predicted sentence contains the gold sentence key, same source
  code (country or organisation plus role), same target code (or both none), same CAMEO
  root; at code level the full CAMEO code must match too;
- quotes: the texts overlap (one contains the other, ignoring case and edge punctuation) and
  the speaker's last name is the same;
- amounts: the texts overlap and the value and unit are equal;
- dates: overlapping expressions ("On January 20" / "January 20") resolved to the same day.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.records import Article, Block, Extraction, to_dict


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[Any] = field(default_factory=list)
    false_alarms: list[Any] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses += other.misses
        self.false_alarms += other.false_alarms


def match(predicted: list[Any], gold: list[Any], same: Callable[[Any, Any], bool]) -> Score:
    """Greedy one-to-one matching: each gold item takes the first unused prediction that fits."""
    used: set[int] = set()
    score = Score()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same(p, g):
                used.add(i)
                score.tp += 1
                break
        else:
            score.fn += 1
            score.misses.append(g)
    score.fp = len(predicted) - len(used)
    score.false_alarms = [p for i, p in enumerate(predicted) if i not in used]
    return score


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').lower()
    return re.sub(r"\s+", " ", text).strip(" \"'.,;:!?")


def _overlap(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def event_matches(level: str) -> Callable[[dict, dict], bool]:
    def same(p: dict, g: dict) -> bool:
        if _norm(g["sentence"]) not in _norm(p["sentence"]):
            return False
        if p["source"] != g["source"] or (p["target"] or None) != (g["target"] or None):
            return False
        return p["cameo"] == g["cameo"] if level == "code" else p["cameo"][:2] == g["cameo"][:2]
    return same


def quote_matches(p: dict, g: dict) -> bool:
    if not _overlap(p["text"], g["text"]):
        return False
    pred, gold = _norm(p["speaker"] or ""), _norm(g["speaker"])
    return bool(pred) and (pred.split()[-1] == gold.split()[-1] or gold in pred or pred in gold)


def amount_matches(p: dict, g: dict) -> bool:
    same_value = abs(p["value"] - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))
    return _overlap(p["text"], g["text"]) and same_value and (p["unit"] or None) == (g["unit"] or None)


def date_matches(p: dict, g: dict) -> bool:
    return _overlap(p["text"], g["text"]) and p["date"] == g["date"]


def gold_article(record: dict[str, Any]) -> Article:
    a = record["article"]
    blocks, parts, pos = [], [], 0
    for b in a["blocks"]:
        blocks.append(Block(b["kind"], b["text"], pos, pos + len(b["text"])))
        parts.append(b["text"])
        pos += len(b["text"]) + 2
    published = dt.date.fromisoformat(a["published"]) if a.get("published") else None
    return Article(a["id"], a.get("url"), a.get("url"), a.get("outlet"), a.get("title"), published,
                   a.get("credit"), blocks, "\n\n".join(parts))


def predictions(extraction: Extraction) -> dict[str, list[dict]]:
    return {
        "events": [{"sentence": e.sentence, "source": e.source.code, "target": e.target.code if e.target else None,
                    "cameo": e.cameo, "trigger": e.trigger} for e in extraction.events],
        "quotes": [{"speaker": q.speaker.get("name"), "text": q.text} for q in extraction.quotes],
        "amounts": [{"text": m.text, "value": m.value, "unit": m.unit} for m in extraction.amounts],
        "dates": [{"text": d.text, "date": d.date.isoformat() if d.date else None} for d in extraction.dates],
    }


def evaluate(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    from newsevents.extract import extract_articles

    records = list(records)
    articles = [gold_article(r) for r in records]
    extractions = extract_articles(articles)
    totals = {k: Score() for k in ("events_root", "events_code", "quotes", "amounts", "dates")}
    roots: dict[str, Score] = {}  # events at root level, per CAMEO root
    per_article = []
    for record, extraction in zip(records, extractions):
        pred = predictions(extraction)
        gold_events = [{"sentence": e["sentence"], "source": e["source"]["code"],
                        "target": (e["target"] or {}).get("code"), "cameo": e["cameo"]} for e in record["events"]]
        gold_quotes = [{"speaker": q["speaker"], "text": q["text"]} for q in record["quotes"]]
        gold_amounts = [{"text": m["text"], "value": m["value"], "unit": m["unit"]} for m in record["amounts"]]
        gold_dates = [{"text": d["text"], "date": d["date"]} for d in record["dates"]]
        scores = {
            "events_root": match(pred["events"], gold_events, event_matches("root")),
            "events_code": match(pred["events"], gold_events, event_matches("code")),
            "quotes": match(pred["quotes"], gold_quotes, quote_matches),
            "amounts": match(pred["amounts"], gold_amounts, amount_matches),
        }
        for root in {e["cameo"][:2] for e in gold_events + pred["events"]}:
            per_root = roots.setdefault(root, Score())
            missed = sum(1 for m in scores["events_root"].misses if m["cameo"][:2] == root)
            per_root.tp += sum(1 for e in gold_events if e["cameo"][:2] == root) - missed
            per_root.fn += missed
            per_root.fp += sum(1 for f in scores["events_root"].false_alarms if f["cameo"][:2] == root)
        if record["article"].get("published"):  # relative dates need a publication date
            scores["dates"] = match(pred["dates"], gold_dates, date_matches)
        for key, score in scores.items():
            for item in score.misses + score.false_alarms:
                if isinstance(item, dict):
                    item.setdefault("article", record["article"]["id"])
            totals[key].add(score)
        per_article.append({"article": record["article"]["id"],
                            **{k: {"tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in scores.items()}})
    return {"articles": len(records), "totals": totals, "per_article": per_article,
            "by_root": dict(sorted(roots.items()))}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def _figures(s: Score) -> dict[str, Any]:
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
            "tp": s.tp, "fp": s.fp, "fn": s.fn}


def summary_dict(result: dict[str, Any]) -> dict[str, Any]:
    return {"articles": result["articles"], **{k: _figures(s) for k, s in result["totals"].items()},
            "events_by_root": {root: _figures(s) for root, s in result.get("by_root", {}).items()}}


# -- building the gold file from the annotation sheet -----------------------------------------
def build_gold(annotations: Path | list[Path], example_raw: Path, corpus: Path) -> list[dict[str, Any]]:
    """Turn annotation sheets (annotations.tsv, ...) into self-contained gold records (article
    text included). Event sentence keys are expanded to the full sentence of the article they
    identify."""
    sheets = annotations if isinstance(annotations, list) else [annotations]
    from newsevents.engine.steps import repair_records
    from newsevents.nlp import sentences_of
    from newsevents.read import read_paths

    sources: dict[str, Article] = {}
    for item in repair_records(read_paths([str(example_raw)])):
        if isinstance(item, Article):
            sources["example:" + example_raw.name.removesuffix("-raw.txt")] = item
    corpus_ids = [json.loads(line)["id"] for line in corpus.read_text("utf-8").splitlines()]
    for corpus_id, item in zip(corpus_ids, (i for i in repair_records(read_paths([str(corpus)])) if isinstance(i, Article))):
        sources["corpus:" + corpus_id] = item

    records: list[dict[str, Any]] = []
    current = None
    lines = [(f"{sheet.name} line {number}", line) for sheet in sheets
             for number, line in enumerate(sheet.read_text("utf-8").splitlines(), start=1)]
    for where, line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, *cols = line.split("\t")
        if kind == "@":
            article = sources[cols[0]]
            current = {"article": {"id": cols[0], "title": article.title, "url": article.url,
                                   "outlet": article.outlet, "credit": article.credit,
                                   "published": article.published.isoformat() if article.published else None,
                                   "blocks": [{"kind": b.kind, "text": b.text} for b in article.blocks]},
                       "events": [], "quotes": [], "amounts": [], "dates": []}
            sentences = [s.text for s in sentences_of(article.text, [(b.start, b.end) for b in article.blocks])]
            records.append(current)
        elif kind == "E":
            key, source, target, cameo, flags = cols
            found = [s for s in sentences if _norm(key) in _norm(s)]
            if len(found) > 1:
                found = [s for s in found if _norm(s).endswith(_norm(key))] or found
            if len(found) != 1:
                raise ValueError(f"{where}: key {key!r} matches {len(found)} sentences")
            current["events"].append({
                "sentence": found[0], "source": {"code": source}, "target": None if target == "-" else {"code": target},
                "cameo": cameo, "root": cameo[:2], "negated": "n" in flags, "hypothetical": "h" in flags,
                "historical": "p" in flags})
        elif kind == "Q":
            current["quotes"].append({"speaker": cols[0], "text": cols[1]})
        elif kind == "A":
            text, value, unit, obj = cols
            current["amounts"].append({"text": text, "value": float(value), "unit": None if unit == "-" else unit,
                                       "object": None if obj == "-" else obj})
        elif kind == "D":
            current["dates"].append({"text": cols[0], "date": cols[1]})
        else:
            raise ValueError(f"{where}: unknown row kind {kind!r}")
    return records


def to_jsonable(result: dict[str, Any]) -> dict[str, Any]:
    return {**summary_dict(result), "per_article": result["per_article"],
            "misses": {k: to_dict(s.misses) for k, s in result["totals"].items()},
            "false_alarms": {k: to_dict(s.false_alarms) for k, s in result["totals"].items()}}
