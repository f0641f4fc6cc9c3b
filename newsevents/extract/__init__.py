"""Stage: extract. A repaired article -> sentences, events, quotes, amounts, dates, places.

Cheap work first: language check and rule-based sentence split for every article; a
dictionary pass (event verb forms from verbs.tsv) picks the sentences worth parsing; only
those go through spaCy, in one `nlp.pipe` over the whole batch of articles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newsevents import settings
from newsevents.actors import ActorResolver
from newsevents.actors.lexicon import lexicon, outlet_actor_code, split_code, text_country_mentions
from newsevents.actors.resolver import FIRST_PERSON, country_actor, of_its_day
from newsevents.actors.userdicts import drop_when_dictionaries_change
from newsevents.events import EventCoder
from newsevents.events.coder import claimed_attacks, recast
from newsevents.events import taxonomy
from newsevents.events.taxonomy import trigger_forms, trigger_requirements
from newsevents.extract.amounts import find_amounts
from newsevents.extract.entities import label_entities
from newsevents.extract.language import READ_AS_ENGLISH, detect_language
from newsevents.extract.quotes import find_quotes, speech_turns, unreported_spans
from newsevents.nlp import join_hyphenated_names, parse, sentences_of
from newsevents.nlp.dates import find_dates
from newsevents.nlp.places import dateline_country, find_places, lead_country, locate_events, main_country, without_dateline
from newsevents.nlp.vectors import embed, model_name, pack, story_text, vector_tag
from newsevents.records import Actor, Article, Event, Extraction, Sentence

# Settings (newsevents/settings.py), read once a batch: min_english_probability,
# max_parsed_sentences, entities ("rules": entity labels from the lexicon and gazetteer,
# extract/entities.py; "spacy": the statistical NER, which doubles the cost of parsing) and
# repeat_cache: news repeats itself verbatim (wire copies on many sites, the same article
# scraped again after an update), so each process remembers that many parsed sentences and
# story vectors, and a repeated text costs a lookup; 0 turns this off.
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")


class _Recent:
    """A bounded memo: the oldest entry goes when it is full."""

    def __init__(self, size: int):
        self.size, self.items = size, {}

    def put(self, key, value) -> None:
        if self.size <= 0:
            return
        if len(self.items) >= self.size:
            del self.items[next(iter(self.items))]
        self.items[key] = value

    def through(self, keys: list, compute) -> dict:
        """Value of every key: remembered ones looked up, the others computed in one call
        of `compute` (a list of distinct keys -> their values in order) and remembered."""
        known = {k: v for k in keys if (v := self.items.get(k)) is not None}
        fresh = list(dict.fromkeys(k for k in keys if k not in known))
        for key, value in zip(fresh, compute(fresh) if fresh else ()):
            known[key] = value
            self.put(key, value)
        return known


_PARSED = _Recent(0)  # sentence text -> parsed Doc, entities labelled (sized by repeat_cache)
_VECTORS = _Recent(0)  # (story model, story text) -> story vector


@lru_cache(maxsize=1)
def _coder():
    return EventCoder()


@lru_cache(maxsize=1)
def hyphenated_names() -> frozenset[str]:
    """Lexicon words with a hyphen inside ("jaish-e-mohammed", "al-sham" of "Ahrar al-Sham"),
    and the event dictionaries' nouns ("cease-fire", "sit-in"): one word each for the patterns too."""
    lex = lexicon()
    event_words = {*taxonomy.noun_patterns(), *(w for patterns in (taxonomy.verb_patterns(), taxonomy.noun_patterns())
                                               for plist in patterns.values() for p in plist
                                               for term in p.requires for w in term)}
    return frozenset(w for p in [*lex.phrases, *lex.case_sensitive, *event_words]
                     for w in p.lower().split() if re.search(r"[^\W\d_]-[^\W\d_]", w))


# Acts no verb pattern shows on plain words: "So did the Indian prime minister", "Yemen followed
# suit" (the act just reported, by others); "denied targeting civilians", "denied its troops had
# fired" (a denial, whatever the verb's object); "ordered 10 army battalions to the border" (forces moved);
# "a team of British doctors landed in Lima" (relief arriving); "admitted that its agents had sunk" (a deed owned)
_PARSE_CUES = re.compile(r"\b(?:so|as) did\b|\bfollow(?:ed|s)? suit\b|\bfollowed\s*[.;]|\bden(?:y|ies|ied|ying)\b"
                         r"|\border(?:ed|s)?\b.{0,40}\b(?:troops|soldiers|battalions|brigades|army|armed forces|police)\b"
                         r"|\b(?:rescue|rescuers|doctors|surgeons|medics|relief|medicines?|tents|blankets)\b.{0,80}"
                         r"\b(?:arriv|land|reach|work)(?:e|es|ed|s|ing)?\b"
                         r"|\b(?:admit|acknowledg|conced|confess|recogni[sz])\w*\s+(?:\w+\s+){0,3}?that\b",
                         re.IGNORECASE)


def worth_parsing(sentence: str, triggers: frozenset[str]) -> bool:
    """A sentence can hold an event only if it has an event verb form with what its pattern
    requires ("has" alone is no event, "has talks" may be; a bare "said" is not worth a parse)
    and a word that can name an actor (a country, demonym, capital, organisation, known
    person, role word or a pronoun): all checked on plain words, before any parsing."""
    words = _WORDS.findall(sentence.lower())
    present = set(words)
    requirements = trigger_requirements()
    if not any(all(present & forms for forms in option)
               for w in present & triggers for option in requirements.get(w, ())) and not _PARSE_CUES.search(sentence):
        return False
    return not present.isdisjoint(actor_cues())


@lru_cache(maxsize=1)
def actor_cues() -> frozenset[str]:
    """Lower-case words any actor mention contains: the last word of every lexicon phrase
    (countries, demonyms, metonyms, organisations, people), role words and pronouns."""
    lex = lexicon()
    cues = {p.split()[-1].lower() for p in list(lex.phrases) + list(lex.case_sensitive)}
    cues |= lex.all_surnames
    cues |= set(lex.roles) | {"he", "she", "it", "they", "we", "who", "which", "whom", "i"}
    return frozenset(w for c in cues for w in _WORDS.findall(c))


def _countries_named(text: str) -> set[str]:
    """Countries a text names, by name, demonym or capital ("Georgian riot police": GEO)."""
    return set(text_country_mentions(text))


VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ", "VBP"}


def _repair_parse(doc) -> None:
    """The parser's and lemmatizer's known slips, mended in one pass over the words."""
    forms, patterns = taxonomy.event_verb_forms(), taxonomy.verb_patterns()
    for token in doc:
        _repair_verb_lemma(token, forms, patterns)
        _repair_visiting(token)
        _repair_called(token)
        _repair_name_ending_he(token)


def _repair_name_ending_he(token) -> None:
    """'Vice Premier Liu He met ...': a capitalised "He" right after a person's name inside
    a sentence is the name's last word (Liu He, Wang He), not a pronoun."""
    if token.text != "He" or token.i == 0 or token.is_sent_start:
        return
    name = token.doc[token.i - 1]
    if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.whitespace_ and name.head.i != token.i:
        token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", "He"
        name.head, name.dep_ = token, "compound"


def _repair_verb_lemma(token, forms, patterns) -> None:
    """'staged' lemmatized as 'stag', 'fined' as 'fin': an inflected verb whose lemma has no
    pattern but whose form belongs to exactly one event verb gets that verb as its lemma."""
    if token.tag_ in VERB_TAGS and token.lemma_.lower() not in patterns:
        lemma = forms.get(token.lower_)
        if lemma and lemma != token.lemma_.lower():
            token.lemma_ = lemma


def _repair_joined_names(doc) -> None:
    """A hyphenated name kept one token ("Port-au-Prince", "al-Shabaab") is a word the tagger has not seen:
    it calls it a common noun, and nothing then reads it as a name."""
    names = hyphenated_names()
    for token in doc:
        if "-" in token.text and token.lower_ in names and any(p[:1].isupper() for p in token.text.split("-")):
            token.tag_, token.pos_ = "NNP", "PROPN"
            token.lemma_ = token.text


def _repair_called(token) -> None:
    """'called the measures "unjustified"': with the quotes the parser makes the adjective
    after the noun its modifier; it is what the noun is called."""
    if token.lemma_.lower() in ("call", "deem", "brand", "label") and token.pos_ == "VERB":
        for obj in [c for c in token.children if c.dep_ == "dobj"]:
            for adjective in [a for a in obj.children if a.dep_ == "amod" and a.i > obj.i]:
                adjective.head, adjective.dep_ = token, "oprd"


def _repair_visiting(token) -> None:
    """'held talks with visiting Pakistani Prime Minister X': the parser makes "visiting" the
    object of "with" and the visitor its object; the visitor is the partner, and "visiting"
    describes him."""
    if token.lower_ == "visiting" and token.dep_ == "pcomp" and token.head.lower_ in ("with", "to", "for", "by"):
        guest = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
        if guest is not None:
            guest.head, guest.dep_ = token.head, "pobj"
            token.head, token.dep_ = guest, "amod"


# a byline alone in the first sentence: "By Frances Mangosing", "BY JANE DOE AND JOHN ROE"
BYLINE = re.compile(r"(?:By|BY)\s+[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|and|de|van|von|al-\w+)){0,6}\s*[.,]?")


def extract_articles(articles: list[Article]) -> list[Extraction]:
    config = settings.current()
    for memo in (_PARSED, _VECTORS):
        memo.size = config.repeat_cache
    spacy_entities = config.entities == "spacy"
    join_hyphenated_names(hyphenated_names)
    triggers = trigger_forms()
    results: list[Extraction] = []
    work: list[tuple[Article, Extraction, list[Sentence], list[int]]] = []
    for article in articles:
        result = Extraction(article.id)
        results.append(result)
        if not article.text.strip():
            result.skipped = "empty: the article has no text"
            continue
        language, probability = detect_language(article.text)
        result.language = language
        if language not in READ_AS_ENGLISH and probability >= config.min_english_probability:
            result.skipped = f"non-english: {language} (p={probability:.2f}); only English is extracted"
            continue
        sentences = sentences_of(article.text, [(b.start, b.end) for b in article.blocks])
        result.sentences = sentences
        if not sentences:
            result.skipped = "no-sentences: no sentence could be found in the text"
            continue
        unreported = unreported_spans(article.text)  # (reporters' questions, links to other stories)
        chosen = [s.index for s in sentences if worth_parsing(s.text, triggers)
                  and not any(start <= s.start < end for start, end in unreported)][:config.max_parsed_sentences]
        work.append((article, result, sentences, chosen))

    # the clause, without a wire dateline before it ("KYIV, Ukraine (AP) - ")
    clauses = {(id(article), i): without_dateline(sentences[i]) for article, _, sentences, chosen in work for i in chosen}
    texts = [clauses[id(article), i].text for article, _, _, chosen in work for i in chosen]
    def parse_and_label(fresh: list[str]) -> list:
        docs = list(parse(fresh, entities=spacy_entities, batch_size=config.nlp_batch_size))
        for doc in docs:
            _repair_joined_names(doc)
            if not spacy_entities:
                label_entities(doc)
            _repair_parse(doc)
        return docs

    known = _PARSED.through(texts, parse_and_label)
    coder = _coder()
    for article, result, sentences, chosen in work:
        parsed = {i: known[clauses[id(article), i].text] for i in chosen}
        resolver = ActorResolver(date=article.published)  # officials' roles on that day
        # ("By Frances Mangosing", then "MANILA, Philippines - ...": the dateline follows the byline)
        lead = sentences[1:] if len(sentences) > 1 and BYLINE.fullmatch(sentences[0].text.strip()) else sentences
        resolver.home_country = dateline_country(lead[0].text, _countries_named,
                                                 lead[1].text if len(lead) > 1 else "") if lead else None
        if resolver.home_country is None and sentences:  # no dateline: the country the lead is about
            resolver.home_country = lead_country(f"{article.title or ''}. {sentences[0].text}", _countries_named)
        if resolver.home_country:  # ("MOSCOW, Dec 10, 1988": the Soviet Union's)
            resolver.home_country = of_its_day(country_actor(resolver.home_country), article.published).country
        if resolver.home_country is None:  # else the one the whole story names most
            resolver.story_country = main_country(f"{article.title or ''}. {article.text}", text_country_mentions,
                                                 among=_countries_named(f"{article.title or ''}. {sentences[0].text}"))
        for sentence in sentences:
            doc = parsed.get(sentence.index)
            if doc is not None:
                clause = clauses[id(article), sentence.index]
                waiting = len(resolver.unclaimed)
                events = coder.code_sentence(doc, clause, article.id, article.url,
                                             article.published, resolver)
                if clause is not sentence:  # events keep the whole sentence they came from
                    events = [replace(e, sentence=sentence.text, start=sentence.start) for e in events]
                    resolver.unclaimed[waiting:] = [(replace(e, sentence=sentence.text, start=sentence.start), given)
                                                    for e, given in resolver.unclaimed[waiting:]]
                events += claimed_attacks(resolver, events, sentence.index)
                result.events.extend(events)
                resolver.sentence_events = []
                resolver.events_seen.extend(events)
                for event in events[:1]:  # the clause's agent is what "it"/"they" refer to next
                    if (event.source.name or "").lower() not in resolver.people:
                        resolver.note(sentence.index, event.source, False)
                for ent in doc.ents:
                    if ent.label_ == "PERSON" and len(ent) > 1:
                        actor = resolver.resolve_tokens(list(ent), ent.root, sentence.index)
                        if actor:
                            resolver.note(sentence.index, actor, True)
            resolver.scan_sentence(sentence.index, sentence.text)
        result.events.extend(claimed_attacks(resolver, [], None))
        result.quotes = find_quotes(article.text, sentences, _QuoteContext(resolver))
        result.events = _first_person(result.events, result.quotes, article, resolver)
        result.amounts = find_amounts(sentences, resolver.home_country or resolver.story_country, _countries_named)
        result.dates = find_dates(sentences, article.published)
        result.places = find_places(sentences)
        locate_events(result.events, result.places, sentences)
    _story_vectors(articles, results)
    return results


_NAME = r"(?P<who>(?:[A-Z][\w.'\-]*\s)*[A-Z][\w.'\-]*)"  # capitalised words: "President Zelensky"
_SPOKEN = r"(?:address|speech|remarks|statement|message|letter)"
_TITLE_AUTHORS = [
    # "Statement by the United Kingdom at the Security Council", "Remarks by President Biden"
    # ("Address to the nation by President Lee", "Noon briefing by the Spokesman for the Secretary-General")
    # ("Transcript of the weekly media briefing by the Official Spokesperson of ...")
    re.compile(r"^(?:Transcript of (?:the )?)?(?:(?:Noon|Daily|Press|Regular|Weekly|Special|Media) ){0,2}(?:Statement|Remarks|Address|Speech|Readout|Briefing|"
               r"Press statement)s?(?: to (?:the )?\w+)? (?:by|of) "
               r"(?P<who>.+?)(?: at | on | to | before | in | after | following |,|:| \(|$)", re.I),
    # "President Zelensky's evening address after the strikes", "Police statement following ..."
    re.compile(r"(?:^|: )" + _NAME + r"(?:['\u2019]s)? (?:\w+ ){0,2}" + _SPOKEN + r"\b"),
    # "Imran Khan addresses the nation", "Maduro breaks relations with Colombia: speech to supporters"
    re.compile(r"^" + _NAME + r" (?:addresses\b|\w+s\b[^:]*: " + _SPOKEN + r"\b)"),
    # "Fiji: Australia condemns seizure of parliament (media release of the Minister for Foreign Affairs)"
    re.compile(r"^(?:[^:]+: )?" + _NAME + r" \w+s\b[^(]*\((?:media|press) release"),
]


def _with_role(we, role: str | None):
    """'our forces' of a speaker who is a state's: that state's army."""
    return country_actor(we.country, role) if we is not None and role and we.country else we


def _first_person(events, quotes, article: Article, resolver):
    """Events whose source or target is "we": inside a quote, the speaker; in a transcript,
    whoever has the floor ("Secretary General Stoltenberg: ... we are reinforcing ..."), or for
    a speaker we do not know, the state his turns name as acting; on an official outlet's own
    page, the actor it speaks for (data/outlets.tsv); in a statement, whoever its title says
    makes it; elsewhere no one we can name (dropped)."""
    if not any(FIRST_PERSON in (e.source.code, e.target.code if e.target else None) for e in events):
        return events
    turns = speech_turns(article.text)

    def floor(at: int) -> str:
        """The label of whoever has the floor at this offset ("" for a questioner)."""
        return next((who for start, who in reversed(turns) if start <= at), "") or ""

    # "Statement by the United Kingdom at the Security Council", "Remarks by President Biden":
    # a statement's "we" is whoever the title says makes it
    author = next(filter(None, (rx.search(article.title or "") for rx in _TITLE_AUTHORS)), None)
    title_speaker = resolver.resolve_text(re.sub(r"['\u2019]s$", "", author["who"])) if author else None
    if title_speaker is not None and title_speaker.country and title_speaker.role is None:
        title_speaker = country_actor(title_speaker.country, "GOV")  # a state speaks through its government

    # a speaker we do not know ("MR BURNS:") speaks for the state his turns first name as acting
    # ("The United States condemns ..."): the first such act of each speaker, found once
    first_state: dict[str, Event] = {}
    for e in events:
        if e.source.code != FIRST_PERSON and e.source.country and e.source.role in (None, "GOV"):
            first_state.setdefault(floor(e.start), e)

    def actor_of(code: str | None, name: str | None):
        if not code or code == FIRST_PERSON:
            return None
        country, role = split_code(code)
        return Actor(code, name or code, country, role, None if country else code)

    out = []
    for event in events:
        if event.source.code != FIRST_PERSON and (event.target is None or event.target.code != FIRST_PERSON):
            out.append(event)
            continue
        quote = next((q for q in quotes if q.start <= event.trigger_start < q.end), None)
        turn = floor(event.start) if turns else ""
        if quote is not None:
            we = actor_of(quote.speaker.get("code"), quote.speaker.get("name"))
        elif turns:  # a transcript: the speaker who has the floor, none for a questioner
            speaker = resolver.resolve_text(turn) if turn else None
            we = actor_of(speaker.code, speaker.name) if speaker else None
            if we is None and turn and title_speaker is not None and author is not None \
                    and set(turn.lower().split()) & set(author["who"].lower().split()):
                we = title_speaker  # "Spokesman:" of the title's "briefing by the Spokesman for the Secretary-General"
            if we is None and turn and turn in first_state and first_state[turn].start < event.start:
                we = country_actor(first_state[turn].source.country, "GOV")  # (its government)
        else:
            we = actor_of(outlet_actor_code(article.outlet), article.outlet) or title_speaker
        source = _with_role(we, event.source.role) if event.source.code == FIRST_PERSON else event.source
        target = _with_role(we, event.target.role) if event.target is not None and event.target.code == FIRST_PERSON \
            else event.target
        if target is we and we is title_speaker and we is not None and we.country \
                and (event.root >= "17" or event.target.name in ("our", "my")):
            # ("fired rockets at our communities", "protect our trade": the country; "sent us
            # medicines": the government that speaks)
            target = country_actor(we.country)
        if source is None or (target is not None and target.code == source.code):
            continue
        if target is None and event.target is not None:
            continue  # "thanks to our allies" where no one says who "our" is: no target, no event
        out.append(recast(event, source, target))
    return out


def _story_vectors(articles: list[Article], results: list[Extraction]) -> None:
    """Embed title + lede here, where the work is spread over the workers, so the corpus stage
    only has to compare vectors."""
    model = model_name()
    keys = [(model, story_text(a.title, a.text)) for a in articles]
    known = _VECTORS.through(keys, lambda fresh: [pack(model, v) for v in embed([t for _, t in fresh])])
    for result, key in zip(results, keys):
        result.story_vector, result.story_model = known[key], vector_tag(model)


class _QuoteContext:
    """The article's resolver after the pass, answering for each sentence what a pronoun
    meant at that point (not at the end of the article)."""

    def __init__(self, resolver):
        self.resolver = resolver

    def resolve_text(self, text: str, sentence_index: int | None = None):
        titled = self.resolver.titled_before(text, sentence_index) if sentence_index is not None else None
        return titled or self.resolver.resolve_text(text)

    def resolve_pronoun(self, sentence_index: int):
        # ('"...," he said': a subject, who goes on from the first person of the last sentence with people)
        return self.resolver.resolve_pronoun(sentence_index, person=True, subject=True)

    def person_named(self, word: str):
        """The one person of the article whose full name has this word ("Lai" of Lai Ching-te)."""
        found = {a.name: a for a in self.resolver.people.values() if a.name and word in a.name.split()}
        return next(iter(found.values())) if len(found) == 1 else None


for _cached in (lexicon, taxonomy.verb_patterns, taxonomy.noun_patterns, taxonomy.trigger_forms,
                taxonomy.trigger_requirements, taxonomy.event_verb_forms, _coder, actor_cues, hyphenated_names):
    drop_when_dictionaries_change(_cached)  # built from the user dictionaries (settings.dict_dirs)
