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

from newsevents.data import word_list
from newsevents.repair.credit import credit_line, strip_trailing_credit
from newsevents.repair.headings import split_heading

MIN_UNIT = 20  # characters: shorter lines are not looked for inside containers
# A paragraph boundary glued without a space: "...soon.The Kremlin", '...said."Both'
GLUE = re.compile(
    r"(?=[A-Z\"“])(?:"  # every seam is followed by a capital or a quote mark: a cheap first test
    # a sentence end glued to the next paragraph: "...soon.The Kremlin", '...said."Both', "...today.A"
    r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))(?<![A-Z]\.)(?<!\b[A-Z][a-z]\.)(?=[A-Z](?:[A-Za-z:]|\s|\.[A-Z])|[\"“][A-Za-z])"
    # an acronym glued to a capitalised word: "...the EUThe bloc" (not a dateline: "WASHINGTON, DCRep")
    r"|(?P<acronym>(?<=\b[A-Z]{2})(?=[A-Z][a-z]{2,}\b))"
    # a colon glued to what it introduces: "the following readout:Secretary", 'said:"We'
    r"|(?<=[a-z]:)(?=[\"“]?[A-Z][a-z])"
    # a transcript's speaker turn glued to an unfinished line: "...as you know, soQUESTION: I know"
    r"|(?<=[a-z0-9,)])(?=[A-Z][A-Z.'’ -]{1,40}[A-Z]:\s)"
    # a time zone glued to what follows: "2:39 p.m. ESTMR PRICE: Good afternoon"
    r"|(?<=[ap]\.m\. [A-Z]{3})(?=[A-Z]))")
SPEAKER_TURN = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}[A-Z]:\s")
WORD = re.compile(r"[a-z0-9]+")
_CONTINUATION = re.compile(r"^(?:[\"“'‘]|(?:It|He|She|They|This|These|That|Those|But|And|However|Also|Meanwhile|"
                           r"Still|Yet|Moreover|Separately|Earlier|Later|The [a-z]+ (?:said|added))\b)")
# formulas that open a statement or transcript, and ones that close it
_OPENING = re.compile(r"^(?:\d{1,2}:\d{2} [ap]\.m\.|(?:[A-Z][A-Z.'’ -]+: )?(?:Good (?:morning|afternoon|evening)|"
                      r"Thank you,? (?:Madam|Mister|Mr\.?) (?:President|Chair|Speaker)|Ladies and gentlemen|"
                      r"I'd like to (?:start|begin)|Let me (?:start|begin)))")
_CLOSING = re.compile(r"^(?:(?:Thank you|Thanks)(?: (?:very much|all|again|everyone|so much))?[.!]?|I yield back.*|"
                      r"#{3,}|-*\s*END\s*-*|\(END\)|(?:With that|And with that),.*questions\.)$", re.I)
# a name with its given name ("Alexei Navalny"): the run that introduces it comes first
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:[A-Z]\. )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
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
    # lines that glue paragraphs or a heading with no space are containers too, and so are
    # lines opening or ending on a short line found alone ("2:39 p.m. EST" + "MR PRICE: ...")
    short = [u for u in units if 4 <= len(u) < MIN_UNIT]
    containers |= {u for u in units if len(split_glued(u)) > 1 or split_heading(u)[0]
                   or any(u != s and (u.startswith(s) or u.endswith(s)) for s in short)}
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
    """Lines that hold at least one other, shorter line of paragraph length.

    Linear in the record's size: every unit of paragraph length is indexed by its first
    MIN_UNIT characters, and each line is scanned once for those keys (the old way, one
    `str.count` over the whole record per line, took 88 s on a 100,000-line record)."""
    by_key: dict[str, list[str]] = {}
    for u in set(units):
        if len(u) >= MIN_UNIT:
            by_key.setdefault(u[:MIN_UNIT], []).append(u)
    if not by_key:
        return set()
    shortest = min(len(u) for us in by_key.values() for u in us)
    containers = set()
    for c in set(units):
        if len(c) <= shortest:
            continue
        for i in range(len(c) - MIN_UNIT + 1):
            candidates = by_key.get(c[i:i + MIN_UNIT])
            if candidates and any(len(u) < len(c) and c.startswith(u, i) for u in candidates):
                containers.add(c)
                break
    return containers


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
    short = sorted((u for u in singles if len(u) < MIN_UNIT and u in container), key=len, reverse=True)
    known = {container[s:e] for s, e in spans} | set(short)
    cursor = 0
    for start, end in spans + [(len(container), len(container))]:
        gap = container[cursor:start].strip()
        if gap:
            parts = _peel_short(gap, short)
            parts = [p for part in parts for p in ([part] if part in known else split_glued(part))]
            if end > start:  # a heading glued after a paragraph, before the next one
                parts[-1:] = _trailing_heading(parts[-1])
            for part in parts:
                _append_with_headings(pieces, part, known, result)
        if end > start:
            pieces.append(Piece("paragraph", container[start:end]))
        cursor = end
    return pieces


def _peel_short(gap: str, short: list[str]) -> list[str]:
    """Known short lines ("2:39 p.m. EST", "Thank you.") at either edge of a gap: a gap starts
    and ends on paragraph boundaries, so there they are paragraphs, not parts of a sentence.
    Elsewhere they are left alone, being too short to be told from ordinary words."""
    head: list[str] = []
    tail: list[str] = []
    found = True
    while found and gap:
        found = False
        for unit in short:
            # glued with no space: "Thank you. In my remarks" may open a longer paragraph
            if gap.startswith(unit) and len(gap) > len(unit) and not gap[len(unit)].isspace():
                head.append(unit)
                gap, found = gap[len(unit):].strip(), True
                break
            if gap.endswith(unit) and len(gap) > len(unit) and not gap[-len(unit) - 1].isspace():
                tail.insert(0, unit)
                gap, found = gap[: -len(unit)].strip(), True
                break
    return head + ([gap] if gap else []) + tail


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
        if cut <= last or (cut == last + 1 and text[last] in "\"“"):
            continue  # the mark just cut before opens the next paragraph: keep it there
        if match.group("acronym") is not None and not re.search(r"[a-z]", text[last:cut]):
            continue  # an upper-case dateline ("WASHINGTON, DC") opens its paragraph
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
    if SPEAKER_TURN.match(text):
        return False  # "QUESTION: Oh, that was brief" is a transcript's turn
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
    intro = _introductions(ordered, nodes) if len(ordered) > 1 else {}
    scored = sorted(ordered, key=lambda c: _chain_rank(c, nodes, title_words, intro))
    pieces = [nodes[t] for c in scored for t in c]

    result.order_source = "containers"
    confidence = 1.0 if len(linked) <= 1 else _chain_confidence(scored, nodes, title_words, intro)
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


def _chain_evidence(chain: list[str], nodes: dict[str, Piece], title_words: set[str],
                    intro: dict[str, int] | None = None) -> tuple[int, float]:
    """(how surely the chain ends the article, how much it looks like the article's start)."""
    last = nodes[chain[-1]].text
    ends = int(strip_trailing_credit(last)[1] is not None) + int(bool(_CLOSING.match(last)))
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
    if _OPENING.match(first.text):
        lede += 0.6  # "Good afternoon", "Thank you, Madam President", "2:39 p.m. EST"
    if intro:
        lede += 0.15 * max(-3, min(3, intro.get(chain[0], 0)))
    return ends, lede


def _introductions(chains: list[list[str]], nodes: dict[str, Piece]) -> dict[str, int]:
    """Per chain (keyed by its first text): names it introduces with a given name that
    another chain only mentions by surname, minus the reverse."""
    surname_full: list[set[str]] = []
    surname_any: list[set[str]] = []
    titles = word_list("honorifics.txt")
    for chain in chains:
        text = " ".join(nodes[t].text for t in chain)
        full = {m.group(2) for m in _FULL_NAME.finditer(text) if m.group(1) not in titles}
        surname_full.append(full)
        surname_any.append(set(re.findall(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", text)))
    score: dict[str, int] = {}
    for i, chain in enumerate(chains):
        total = 0
        for j in range(len(chains)):
            if i != j:
                total += len(surname_full[i] & (surname_any[j] - surname_full[j]))
                total -= len(surname_full[j] & (surname_any[i] - surname_full[i]))
        score[chain[0]] = total
    return score


def _chain_rank(chain, nodes, title_words, intro=None):
    ends, lede = _chain_evidence(chain, nodes, title_words, intro)
    return (ends, -lede)


def _chain_confidence(scored, nodes, title_words, intro) -> float:
    """How decisive the evidence for the chain order was."""
    evidence = [_chain_evidence(c, nodes, title_words, intro) for c in scored]
    end_decides = sum(e[0] > 0 for e in evidence) == 1 and evidence[-1][0] > 0
    ledes = sorted((e[1] for e in evidence), reverse=True)
    lede_margin = ledes[0] - ledes[1] if len(ledes) > 1 else 1.0
    if end_decides and lede_margin > 0.2:
        return 0.95
    if end_decides or lede_margin > 0.3:
        return 0.8
    return 0.5
