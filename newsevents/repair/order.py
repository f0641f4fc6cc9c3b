"""Reconstruct paragraphs and their order from scraped lines.

Scrapers store every paragraph alone and again inside long "container" lines that glue
several paragraphs together, in scrambled order. A container keeps its paragraphs in the
original order, so each container is a chain of "A comes before B" facts. We:

1. find the containers (lines holding other lines),
2. segment each container into known paragraphs and the text between them, which holds
   paragraphs and headings that exist only inside containers,
3. merge the chains into one order (topological sort), and order chains that share no
   paragraph by evidence: the chain ending in the wire credit goes last, the chain whose
   first paragraph matches the title (the lede) goes first, a chain opening on a heading
   does not go first.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from newsevents.repair.credit import credit_line, strip_trailing_credit
from newsevents.repair.headings import split_heading

MIN_UNIT = 20  # characters: shorter lines are not looked for inside containers
# A paragraph boundary glued without a space: "...soon.The Kremlin", '...said."Both'
GLUE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))(?<![A-Z]\.)(?<!\b[A-Z][a-z]\.)(?=[A-Z\"“][A-Za-z])"
                  r"|(?<=\b[A-Z]{2})(?=[A-Z][a-z]{2,}\b)")
WORD = re.compile(r"[a-z0-9]+")
_CONTINUATION = re.compile(r"^(?:[\"“'‘]|(?:It|He|She|They|This|These|That|Those|But|And|However|Also|Meanwhile|"
                           r"Still|Yet|Moreover|Separately|Earlier|Later|The [a-z]+ (?:said|added))\b)")
_DATELINE_OR_DAY = re.compile(r"^[A-Z]{3,}[A-Z ,.]*[-—–(]|\b(?:on|last|this) (?:Monday|Tuesday|Wednesday|"
                              r"Thursday|Friday|Saturday|Sunday)\b|\b(?:today|yesterday)\b")


@dataclass
class Piece:
    kind: str  # "paragraph" | "heading"
    text: str


@dataclass
class Reconstruction:
    pieces: list[Piece]
    credit: str | None = None
    containers: int = 0
    duplicates_removed: int = 0
    recovered: int = 0
    headings: int = 0
    order_source: str = "input"
    order_confidence: float = 1.0
    notes: list[str] = field(default_factory=list)


def reconstruct(lines: list[str], title: str | None = None) -> Reconstruction:
    result = Reconstruction(pieces=[])
    units: list[str] = []
    seen: set[str] = set()
    for line in lines:
        if not line:
            continue
        credit = credit_line(line)
        if credit:
            result.credit = result.credit or credit
            continue
        if line in seen:
            result.duplicates_removed += 1
            continue
        seen.add(line)
        units.append(line)

    containers = find_containers(units)
    if not containers:
        # no line repeats another: the input order is the article's order; only split what
        # is glued without a space (paragraphs, a heading and its paragraph)
        for unit in units:
            for part in split_glued(unit):
                _append_with_headings(result.pieces, part, set(), result)
        _take_trailing_credit(result)
        return result

    # lines that glue paragraphs or a heading with no space are containers too
    containers |= {u for u in units if len(split_glued(u)) > 1 or split_heading(u)[0]}
    result.containers = len(containers)
    singles = [u for u in units if u not in containers]
    single_set = set(singles)
    chains: list[list[Piece]] = []
    recovered: dict[str, Piece] = {}
    for container in (u for u in units if u in containers):
        chain = segment(container, singles, result)
        chains.append(chain)
        for piece in chain:
            if piece.text not in single_set and piece.text not in recovered:
                recovered[piece.text] = piece
    result.recovered = sum(1 for p in recovered.values() if p.kind == "paragraph")
    result.duplicates_removed += sum(len(c) for c in chains) - len(
        {p.text for c in chains for p in c})
    result.pieces = merge_order(chains, singles, title, result)
    _take_trailing_credit(result)
    return result


def find_containers(units: list[str]) -> set[str]:
    """Lines that hold at least one other line of paragraph length."""
    joined = "\n".join(units)
    inside = [u for u in units if len(u) >= MIN_UNIT and joined.count(u) > 1]
    if not inside:
        return set()
    inside.sort(key=len)
    return {c for c in units if any(len(u) < len(c) and u in c for u in inside)}


def segment(container: str, singles: list[str], result: Reconstruction) -> list[Piece]:
    """Split a container into the known paragraphs it holds and the new ones between them."""
    spans: list[tuple[int, int]] = []
    for unit in sorted((u for u in singles if len(u) >= MIN_UNIT and u in container), key=len, reverse=True):
        start = container.find(unit)
        while start >= 0:
            end = start + len(unit)
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
                break
            start = container.find(unit, start + 1)
    spans.sort()
    pieces: list[Piece] = []
    known = {container[s:e] for s, e in spans}
    cursor = 0
    for start, end in spans + [(len(container), len(container))]:
        gap = container[cursor:start].strip()
        if gap:
            parts = split_glued(gap)
            if end > start:  # a heading glued after a paragraph, before the next one
                parts[-1:] = _trailing_heading(parts[-1])
            for part in parts:
                _append_with_headings(pieces, part, known, result)
        if end > start:
            pieces.append(Piece("paragraph", container[start:end]))
        cursor = end
    return pieces


def _trailing_heading(text: str) -> list[str]:
    """'... North America. Markets react' -> ['... North America.', 'Markets react']."""
    if text[-1:] in ".!?\"'”’:;,)":
        return [text]
    match = re.search(r"^(.*[.!?][\"'”’]?)\s+([A-Z][^.!?]*)$", text, re.S)
    if match and len(match.group(2).split()) <= 8 and _looks_like_heading(match.group(2)):
        return [match.group(1), match.group(2)]
    return [text]


def split_glued(text: str) -> list[str]:
    """'...soon.The Kremlin has ...' -> two paragraphs (a boundary with no space). A quote
    mark at the seam ('force."The' or 'said."We') goes with the side whose quotes it balances."""
    parts, last = [], 0
    for match in GLUE.finditer(text):
        cut = match.start()
        if text[cut:cut + 1] in "\"“" and text[last:cut].count('"') % 2 == 1:
            continue  # this mark closes a quote: the seam is right after it (matched next)
        if cut <= last:
            continue
        parts.append(text[last:cut])
        last = cut
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


def _append_with_headings(pieces: list[Piece], text: str, known: set[str],
                          result: Reconstruction) -> None:
    """Add one text run as a paragraph, a heading, or a heading glued to a paragraph."""
    credit = credit_line(text)
    if credit:
        result.credit = result.credit or credit
        return
    text, credit = strip_trailing_credit(text)
    if credit:
        result.credit = result.credit or credit
    heading, text = split_heading(text, known)
    if heading:
        pieces.append(Piece("heading", heading))
        result.headings += 1
    if text:
        kind = "heading" if _looks_like_heading(text) else "paragraph"
        result.headings += kind == "heading"
        pieces.append(Piece(kind, text))


def _looks_like_heading(text: str) -> bool:
    """A short title-like line with no sentence punctuation at its end."""
    words = text.split()
    return (1 <= len(words) <= 12 and text[0].isupper() and text[-1] not in ".!?:;,\"'”’)…"
            and not text.isupper() and sum(w[0].isupper() for w in words) >= 1)


def _take_trailing_credit(result: Reconstruction) -> None:
    """A credit after a paragraph's last sentence ("... forces." AFP) is never prose: take it
    out wherever it is (containers copy the last paragraph, credit included)."""
    for piece in result.pieces:
        if piece.kind != "paragraph":
            continue
        text, credit = strip_trailing_credit(piece.text)
        if credit:
            piece.text = text
            result.credit = result.credit or credit


def merge_order(chains: list[list[Piece]], singles: list[str], title: str | None,
                result: Reconstruction) -> list[Piece]:
    """One order consistent with every container; chains without links ordered by evidence."""
    nodes: dict[str, Piece] = {}
    first_seen: dict[str, int] = {}
    for text in singles:
        first_seen.setdefault(text, len(first_seen))
    for chain in chains:
        for piece in chain:
            nodes.setdefault(piece.text, piece)
            first_seen.setdefault(piece.text, len(first_seen))
    for text in singles:
        nodes.setdefault(text, Piece("paragraph", text))

    parent = {t: t for t in nodes}

    def find(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    succ: dict[str, set[str]] = {t: set() for t in nodes}
    indeg: dict[str, int] = dict.fromkeys(nodes, 0)
    for chain in chains:
        for a, b in zip(chain, chain[1:]):
            if a.text != b.text and b.text not in succ[a.text]:
                succ[a.text].add(b.text)
                indeg[b.text] += 1
            parent[find(a.text)] = find(b.text)

    components: dict[str, list[str]] = {}
    for t in nodes:
        components.setdefault(find(t), []).append(t)
    ordered: list[list[str]] = []
    cyclic = False
    for members in components.values():
        heap = [(first_seen[t], t) for t in members if indeg[t] == 0]
        heapq.heapify(heap)
        order: list[str] = []
        while heap:
            _, t = heapq.heappop(heap)
            order.append(t)
            for n in succ[t]:
                indeg[n] -= 1
                if indeg[n] == 0:
                    heapq.heappush(heap, (first_seen[n], n))
        if len(order) < len(members):  # containers disagree: keep what we could, flag it
            cyclic = True
            order += sorted((t for t in members if t not in order), key=first_seen.get)
        ordered.append(order)

    linked = [c for c in ordered if len(c) > 1]
    orphans = [c[0] for c in ordered if len(c) == 1]
    title_words = set(WORD.findall((title or "").lower()))
    # chains and lone paragraphs alike are placed by evidence: the credit ends the story,
    # the lede matches the title, a heading does not open it
    scored = sorted(ordered, key=lambda c: _chain_rank(c, nodes, title_words))
    pieces = [nodes[t] for c in scored for t in c]

    result.order_source = "containers"
    confidence = 1.0 if len(linked) <= 1 else _chain_confidence(scored, nodes, title_words)
    if orphans:
        result.notes.append(f"{len(orphans)} paragraph(s) in no container, placed by evidence only")
        confidence *= 0.7
    if cyclic:
        result.notes.append("containers disagree on the order; kept the input order where they do")
        confidence *= 0.5
    if len(linked) > 1:
        result.notes.append(f"{len(linked)} unlinked container chains ordered by evidence "
                            "(credit last, lede against title, heading not first)")
    result.order_confidence = round(confidence, 3)
    return pieces


def _chain_evidence(chain: list[str], nodes: dict[str, Piece], title_words: set[str]) -> tuple[int, float]:
    """(ends with the credit?, how much the chain looks like the article's start)."""
    last = nodes[chain[-1]].text
    ends_with_credit = int(strip_trailing_credit(last)[1] is not None)
    first = nodes[chain[0]]
    lede = 0.0
    if title_words:
        words = set(WORD.findall(first.text.lower()))
        stems = {w[:5] for w in words}
        lede = sum(1 for w in title_words if w in words or w[:5] in stems) / len(title_words)
    if first.kind == "heading":
        lede -= 1.0
    if _CONTINUATION.match(first.text):
        lede -= 0.5  # "It also said ...", "But ...", a quote: these follow something
    if _DATELINE_OR_DAY.search(first.text[:200]):
        lede += 0.2
    return ends_with_credit, lede


def _chain_rank(chain, nodes, title_words):
    credit, lede = _chain_evidence(chain, nodes, title_words)
    return (credit, -lede)


def _chain_confidence(scored, nodes, title_words) -> float:
    """How decisive the evidence for the chain order was."""
    evidence = [_chain_evidence(c, nodes, title_words) for c in scored]
    credit_decides = sum(e[0] for e in evidence) == 1 and evidence[-1][0] == 1
    ledes = sorted((e[1] for e in evidence), reverse=True)
    lede_margin = ledes[0] - ledes[1] if len(ledes) > 1 else 1.0
    if credit_decides and lede_margin > 0.2:
        return 0.95
    if credit_decides or lede_margin > 0.3:
        return 0.8
    return 0.5
