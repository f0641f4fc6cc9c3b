"""The nlp stage: our compiled attribute ruler must give exactly what spaCy's own gives."""

import spacy

from newsevents.nlp import MODEL, FastAttributeRuler, load_nlp

TRICKY = [
    "I ain't gonna go, y'all.", "Let's go, c'mon!", "There is a problem.  It  got worse; nothin' changed.",
    "Is it? You said I did, and she gets it.", "But the talks, which were held in Geneva, did not end.",
    "That is what they wanted: this, not those.", "He has to do it whether or not Moscow agrees.",
]


def _annotations(docs):
    return [[(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in docs]


def test_fast_attribute_ruler_matches_spacy_token_for_token(corpus_records):
    stock = spacy.load(MODEL, disable=["ner"])
    texts = TRICKY + [p for r in corpus_records[:25] for p in r["text"].split("\n") if p.strip()]
    expected = _annotations(stock.pipe(texts))
    fast = FastAttributeRuler(stock.get_pipe("attribute_ruler"))
    lemmatizer = stock.get_pipe("lemmatizer")
    parsed = stock.pipe(texts, disable=["attribute_ruler", "lemmatizer"])
    got = _annotations(lemmatizer(fast(doc)) for doc in parsed)
    assert sum(len(d) for d in got) > 3000
    assert got == expected


def test_the_loaded_pipeline_uses_the_fast_ruler():
    assert isinstance(load_nlp().get_pipe("attribute_ruler"), FastAttributeRuler)
