"""A noise simulator: clean articles -> scraped records with the symptoms repair must undo.

Symptoms, each random and seeded: every paragraph alone and again inside "container" lines
that glue runs of paragraphs together (with or without a space), lines in scrambled order,
some paragraphs only inside containers, a sub-heading glued to the next paragraph, a wire
credit ending the last paragraph, curly quotes straightened, dashes dropped (leaving double
spaces), and the odd line in mojibake.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsevents.records import RawRecord

CREDITS = ["AFP", "Reuters", "AP", "Yonhap", "Xinhua", "dpa", "Bloomberg", "UPI"]
HEADINGS = ["Divisions in the West", "Talks stall", "Sanctions threat", "Troops on the move",
            "A fragile truce", "What comes next", "Diplomatic push", "Regional fallout",
            "Aid pledges", "Warnings from Moscow", "Markets react", "Calls for calm"]
# the sample corpus ships with the project (sample/, a copy of ../shared/corpus/articles.jsonl)
CORPUS = Path(__file__).resolve().parent.parent / "sample" / "corpus-usgov.jsonl"


@dataclass
class Clean:
    title: str
    date: str
    url: str
    paragraphs: list[str]


@dataclass
class Noisy:
    raw: RawRecord
    blocks: list[tuple[str, str]]  # gold (kind, text), in order
    credit: str | None


def load_corpus(path: Path | None = None) -> list[Clean]:
    path = path or CORPUS
    out = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        paragraphs = [p.strip() for p in r["text"].split("\n\n") if p.strip()]
        out.append(Clean(r["title"], (r["date"] or "").replace("-", ""), r["url"], paragraphs))
    return out


def _scrape_text(text: str) -> str:
    """What the scraper did to every line: quotes straightened, dashes dropped."""
    for curly, straight in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        text = text.replace(curly, straight)
    return text.replace("—", "").replace("–", "")


def make_noisy_record(clean: Clean, rng: random.Random, index: int = 0) -> Noisy:
    paragraphs = [" ".join(_scrape_text(p).split(" ")).strip() for p in clean.paragraphs]
    blocks: list[tuple[str, str]] = [("paragraph", p) for p in paragraphs]
    if len(paragraphs) >= 4 and rng.random() < 0.5:
        blocks.insert(rng.randrange(2, len(paragraphs)), ("heading", rng.choice(HEADINGS)))
    credit = rng.choice(CREDITS) if rng.random() < 0.6 else None
    texts = [t for _, t in blocks]
    if credit:
        texts[-1] = texts[-1] + " " + credit

    # containers: contiguous runs covering the article, glued with or without a space
    n = len(blocks)
    # one or two containers (as in the example record), each of at least two blocks, a
    # heading never cut from the paragraph it is glued to
    allowed = [c for c in range(2, n - 1) if blocks[c - 1][0] != "heading"]
    cuts = [rng.choice(allowed)] if allowed and rng.random() < 0.6 else []
    runs = list(zip([0] + cuts, cuts + [n]))
    in_container = {i for s, e in runs if e - s > 1 for i in range(s, e)}
    alone = [kind == "paragraph" and (i not in in_container or rng.random() < 0.7)
             for i, (kind, _) in enumerate(blocks)]
    lines: list[str] = [texts[i] for i in range(n) if alone[i]]
    if n > 1:
        for start, end in runs:
            glue = "" if rng.random() < 0.5 else " "
            out = texts[start]
            for i in range(start + 1, end):
                # a boundary stays recoverable: headings and paragraphs found nowhere else are
                # glued without a space (a space-glued boundary between two unknown
                # paragraphs is indistinguishable from a sentence boundary)
                hidden = blocks[i - 1][0] == "heading" or not (alone[i - 1] and alone[i])
                out += ("" if hidden else glue) + texts[i]
            if end - start > 1:
                lines.append(out)
    rng.shuffle(lines)
    if rng.random() < 0.1 and lines:  # mojibake on one line
        j = rng.randrange(len(lines))
        try:
            lines[j] = lines[j].encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            pass
    raw = RawRecord(f"sim-{index}", 0, "textrecord", clean.title, clean.date or None,
                    clean.url + (f"?copy={index}" if index else ""), lines)
    return Noisy(raw, blocks, credit)


def noisy_records(count: int, seed: int = 0, corpus: list[Clean] | None = None) -> Iterator[Noisy]:
    corpus = corpus or load_corpus()
    rng = random.Random(seed)
    for i in range(count):
        yield make_noisy_record(corpus[i % len(corpus)], rng, i)
