"""Resolve noun phrases to actors, with one article's context for short names and pronouns."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from newsevents.actors.lexicon import Entry, Lexicon, countries, lexicon, person_key, split_code
from newsevents.nlp.places import historical_states, lookup_place
from newsevents.records import Actor

PERSON_PRONOUNS = {"he", "she", "him", "her"}
ROLE_ONLY = {"REB", "OPP", "NGO"}
# acts whose possessor is the one they are done to: "welcomed Sharif's removal" is not Sharif's act
UNDERGONE_ACTS = {"removal", "ouster", "overthrow", "arrest", "detention", "release", "killing", "assassination",
                  "murder", "execution", "expulsion", "capture", "kidnapping", "abduction", "conviction", "sentencing",
                  "imprisonment", "jailing", "dismissal", "sacking", "impeachment", "deportation", "extradition"}
# "the Secretary met ...": a title with no name refers to the last person mentioned
TITLES = {"secretary", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "aide",
          "chancellor", "ambassador", "premier", "envoy", "general", "leader", "senator", "prince",
          "king", "emir", "amir", "sheikh", "queen"}
AIRCRAFT_MODEL = re.compile(r"(?:[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]?|MiG|Sukhoi|Mirage|Rafale|Typhoon|Tornado)")  # "F-14", "Su-27"
# titles that, before a surname alone, say its bearer holds an office ("President Reagan")
OFFICE_TITLES = {"president", "minister", "chancellor", "premier", "king", "queen", "emir", "amir", "general",
                 "senator", "secretary", "governor", "admiral", "marshal"}
# courtesy titles that, before a surname alone, name a person without saying the office
# ("Mrs Thatcher", "Mr. Gorbachev"): the one holding an office on the day, if only one does
COURTESY_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madame", "mme", "mme."}
LABOUR_WORDS = {"labour", "labor", "trade", "trades", "workers", "unions"}  # a congress of these is a union federation
DEFENCE_WORDS = {"defense", "defence", "military", "pentagon", "armed"}
GENERIC_HEADS = {"leader", "leaders", "figure", "member", "members", "spokesman", "spokeswoman", "spokesperson",
                 "official", "officials", "commander", "chief", "head", "representative", "representatives"}
RULING_WORDS = {"ruler", "rulers", "government", "junta", "regime", "leader", "leaders", "authorities",
                "leadership", "council"}
STANCES = {"ruling": "GOV", "governing": "GOV", "opposition": "OPP"}  # "the ruling/opposition X party"
# "the Maduro regime": a body named after its leader is that leader's country's government
LED_BODIES = {"government", "regime", "administration", "junta", "cabinet"}
PARTY_HEADS = {"party", "coalition", "alliance", "bloc", "movement", "front", "league", "congress"}
PRESIDING_WORDS = {"president", "speaker", "chairman", "chairwoman", "chair", "chief"}  # of a body
PAST_WORDS = {"former", "ex", "late", "then"}  # "former President X" holds no office now
OFFICE_WORDS = {"president", "minister", "premier", "chancellor", "secretary", "king", "emir", "amir", "sultan", "monarch"}
GROUP_PRONOUNS = {"it", "they", "them"}
FIRST_PERSON = "WE"
FIRST_PERSON_WORDS = {"we", "us", "our", "i", "me", "my"}  # placeholder code, resolved (or dropped) once quotes are known
UNCLAIMED = "UNCLAIMED"  # placeholder source of an attack no one is said to do, until someone claims it


def country_actor(country: str, role: str | None = None) -> Actor:
    """A country as an actor, bare ("UKR") or in one of its roles ("UKRGOV", "KENCOP")."""
    return Actor(country + (role or ""), countries().get(country, country), country, role, None)


def state_of(actor: Actor, roles: frozenset[str] | set[str] | None = None) -> Actor:
    """The country itself for an actor in one of `roles` (any role when None): a capital hit
    stands for its country, a state answers for its forces' acts."""
    if actor.country and (roles is None or actor.role in roles):
        return country_actor(actor.country)
    return actor


@lru_cache(maxsize=1)
def _predecessors() -> dict[str, list[tuple[str, str]]]:
    """Successor state -> [(last day, the former state's code)] (data/historical_states.tsv)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in historical_states():
        for successor in row["successors"].split():
            found.setdefault(successor, []).append((row["until"], row["code"]))
    return found


@lru_cache(maxsize=1)
def _successors() -> dict[str, tuple[str, ...]]:
    """Former state -> the states that followed it ("SUN": ("RUS",))."""
    return {row["code"]: tuple(row["successors"].split()) for row in historical_states()}


def of_its_day(actor: Actor | None, day: dt.date | str | None) -> Actor | None:
    """A capital's or a person's actor as the state it belonged to on the article's day:
    "Moscow" and Gorbachev in 1989 are the Soviet Union's (SUNGOV). (A state the text names,
    "Russian President Boris Yeltsin" in 1991, stays itself.)"""
    spans = _predecessors().get(actor.country) if actor is not None and actor.country else None
    if not spans or day is None:
        return actor
    day = day if isinstance(day, str) else day.isoformat()
    former = next((code for until, code in spans if day <= until), None)
    return _of_state(actor, former) if former else actor


def _of_state(actor: Actor, country: str) -> Actor:
    """The same actor (role, person, organisation) as another state's: 'RUSGOV' -> 'SUNGOV'."""
    name = countries().get(country, country) if actor.role is None and actor.name == countries().get(actor.country) \
        else actor.name
    return Actor(country + actor.code[len(actor.country):], name, country, actor.role, actor.org)


def entry_actor(entry: Entry, role: str | None = None) -> Actor:
    if entry.kind in ("igo",) or entry.org:
        return Actor(entry.code, entry.name, None, None, entry.org or entry.code)
    if entry.kind in ("region",):
        return Actor(entry.code, entry.name, None, None, None)
    country = entry.country
    final_role = entry.role or role
    code = (country or entry.code[:3]) + (final_role or "")
    return Actor(code, entry.name, country, final_role, None)


class ActorResolver:
    """One article's actor context. Create one per article."""

    def __init__(self, lex: Lexicon | None = None, date: dt.date | str | None = None):
        self.lex = lex or lexicon()
        # the article's publication date: picks the dated role of an imported person
        # (None: the person's most recent role)
        self.date = date
        self.people: dict[str, Actor] = {}  # lower-cased full and last names -> actor
        self.last_person: tuple[int, Actor] | None = None
        self.last_group: tuple[int, Actor] | None = None
        self.history: list[tuple[int, Actor, bool]] = []  # sentence, actor, is_person
        self.text_seen = ""  # the article's sentences scanned so far ("the alliance" is NATO once it is named)
        self.title_history: list[tuple[int, str, Actor]] = []  # (sentence, title, person), in order
        # the country of the story's dateline ("TBILISI, May 1 -"): whose "the government" is
        self.home_country: str | None = None
        # with no dateline or one-country lead: the country the story names most, whose
        # institutions "the government" and "prosecutors" are
        self.story_country: str | None = None
        # the article's events so far: what "the agreement" or "the strikes" refer to
        self.events_seen: list = []
        self.sentence_events: list = []  # the events of the sentence being coded
        self.main_subject: tuple = (-1, None)  # (sentence, token): the last coded sentence's main subject
        # whose act "the decision", "the strikes" stood for when first named that way: named
        # again, it is the same act
        self.named_acts: dict[str, list[Actor]] = {}
        # attacks no one was said to do ("a car bomb killed seven officers"), each with whoever the
        # sentence itself gave (an unnamed "suicide bomber"): coded once someone claims them
        self.unclaimed: list[tuple] = []
        self.restated: dict[tuple[str, str], Actor] = {}  # (code, name) -> who the person turned out to be
        self.pairs_named: dict[tuple[int, int], list[Actor]] = {}  # "both leaders" (sentence, token): whom it named

    # context --------------------------------------------------------------------------
    def note(self, sentence_index: int, actor: Actor, is_person: bool) -> None:
        self.history.append((sentence_index, actor, is_person))
        if is_person:
            self.last_person = (sentence_index, actor)
        else:
            self.last_group = (sentence_index, actor)

    def learn_person(self, full_name: str, actor: Actor) -> None:
        parts = full_name.split()
        if len(parts) == 1 and (entry := self.lex.lookup(parts)) is not None and entry.kind != "person":
            return  # a country or body the tagger took for a person ("signed for Poland") names no one
        self.people[full_name.lower()] = actor
        # after the full name, the word the person goes by ("Abiy", not "Ahmed"); a surname too
        # common to name anyone by itself ("Kim") still names them within the article
        short = self.lex.short_names.get(person_key(full_name)) or (
            parts[0] if _syllabic(parts, self.lex.people) else parts[-1]).lower()
        if len(parts) > 1:
            self.people.setdefault(short, actor)

    def scan_sentence(self, sentence_index: int, text: str) -> None:
        """Cheap pass over an unparsed sentence: known people and titled names, so short
        names and pronouns later in the article resolve."""
        self.text_seen += text + "\n"
        mentions: list[tuple[int, Actor]] = []
        lower = text.lower()
        for start, _end, entry in self.lex.find_people(text):
            actor = self._person_actor(entry)
            actor = self.restated.get((actor.code, actor.name), actor)  # (who a parsed mention showed them to be)
            # "Opposition candidate Violeta Chamorro", "President Chamorro": the words just before the
            # name, within its clause, may say which office the person holds now
            title = re.split(r"[,;:()\"\u201c\u201d]", text[max(0, start - 40):start])[-1]
            actor = self._in_office(actor, re.findall(r"[a-z]+", title.lower())[-3:])
            self.learn_person(entry.name, actor)
            mentions.append((start, actor))
        for match in _TITLED_NAME.finditer(text):
            name = match["name"]
            if name.lower() in self.people:
                mentions.append((match.start("name"), self.people[name.lower()]))
                continue
            actor = self.resolve_text(match.group(0))
            if actor:
                actor = Actor(actor.code, name, actor.country, actor.role, actor.org)
                self.learn_person(name, actor)
                mentions.append((match.start("name"), actor))
        mentions += self._short_names_in(text)
        for position, actor in sorted(mentions, key=lambda m: m[0]):  # the last one mentioned last
            self.note(sentence_index, actor, True)
            # the title written right before the name: "Secretary Blinken", "Pentagon spokesperson Dana White"
            title = _TITLE_BEFORE.search(text[max(0, position - 60):position])
            if title:
                self.title_history.append((sentence_index, title.group(1).lower(), actor))

    def _short_names_in(self, text: str) -> list[tuple[int, Actor]]:
        """Where the people the article has named appear by the one word they go by ("Kibaki")."""
        return [(found.start(), actor) for short, actor in list(self.people.items()) if " " not in short
                for found in [re.search(rf"\b{re.escape(short)}\b", text, re.I)] if found]

    def _unnamed_alliance(self, words: list[str], match) -> bool:
        """'the alliance' is NATO only in a story that has named NATO (not Nepal's Seven Party
        Alliance, not a coalition of parties)."""
        start, end, entry = match
        return [w.lower() for w in words[start:end]] in (["the", "alliance"], ["alliance"]) \
            and entry.name not in self.text_seen

    def _known_people_in(self, text: str):
        for start, end, entry in self.lex.find_people(text):
            yield text[start:end].lower(), entry

    def _person_actor(self, entry: Entry) -> Actor:
        """A known person's actor on this article's date (imported people have dated roles)."""
        return of_its_day(entry_actor(self.lex.entry_on(entry, self.date)), self.date)

    # resolution -----------------------------------------------------------------------
    def resolve_pronoun(self, sentence_index: int, person: bool = True, subject: bool = False) -> Actor | None:
        """The most recent person (or group) mentioned up to and including this sentence. A
        subject "he" or "she" continues the last sentence that named people with the first of
        them, usually that sentence's subject ("Bishop met Min Aung Hlaing. She also met ...")."""
        for index, actor, is_person in reversed(self.history):
            if index <= sentence_index and is_person == person:
                if subject and person:
                    return next(a for i, a, p in self.history if i == index and p)
                return actor
        return None

    def person_before(self, text: str, skip: range = range(0)) -> Actor | None:
        """The last person known by name in the sentence before a pronoun ("Kibaki said he"):
        the history holds earlier sentences only. Not one named at `skip` (the characters of
        the subject of the verb an object pronoun hangs on: "Trump recognised him")."""
        found = [(start, self.people.get(entry.name.lower()) or self._person_actor(entry))
                 for start, _end, entry in self.lex.find_people(text)]  # (as the article made him: "the Special Envoy, Julie Bishop")
        found = [f for f in found + self._short_names_in(text) if f[0] not in skip]
        return max(found, key=lambda f: f[0])[1] if found else None

    def group_before(self, words: list[str]) -> Actor | None:
        """The last state or body the sentence names before a subject "it" ("Russia has held it
        since it seized Crimea"): the history holds earlier sentences only."""
        matches = [m for m in self.lex.find(words) if m[2].kind != "person"]
        if not matches:
            return None
        entry = max(matches, key=lambda m: m[0])[2]
        return of_its_day(entry_actor(self.lex.entry_on(entry, self.date)), self.date)

    def titled_before(self, text: str, sentence_index: int) -> Actor | None:
        """'the President' as the text stood at a sentence: the last person introduced with
        that title up to it (not a president named later in the article)."""
        words = text.lower().split()
        if len(words) < 2 or words[0] not in ("the", "a") or words[-1] not in TITLES:
            return None
        return self.titled(words[-1], sentence_index)

    def titled(self, title: str, sentence_index: int | None = None) -> Actor | None:
        """The last person introduced as "Secretary ...", "President ..." (up to a sentence)."""
        return next((actor for index, said, actor in reversed(self.title_history)
                     if said == title and (sentence_index is None or index <= sentence_index)), None)

    def resolve_text(self, text: str) -> Actor | None:
        """Resolve a plain-text mention such as 'Kremlin spokesman Dmitry Peskov'."""
        return self._in_office(self._resolve_text(text), re.findall(r"[A-Za-z]+", text.lower()))

    def resolve_tokens(self, tokens, head, sentence_index: int, as_actor_position: bool = True) -> Actor | None:
        """Resolve the noun phrase headed by spaCy token `head` (tokens: its phrase)."""
        actor = self._resolve_tokens(tokens, head, sentence_index)
        if actor is not None and actor.country in _successors():
            actor = self._named_successor(actor, [t.text for t in tokens])
        # ("Kim Dae-jung, the main opposition candidate": the apposition says which office too)
        described = [t.lemma_.lower() for c in head.children if c.dep_ == "appos" and head.ent_type_ == "PERSON"
                     for t in c.subtree]
        return self._in_office(actor, [t.lemma_.lower() for t in tokens] + described) if actor else None

    def _named_successor(self, actor: Actor, words: list[str]) -> Actor:
        """'Russian President Boris Yeltsin' in August 1991: the state the text names, not the
        one the dictionaries' date gives."""
        named = {entry.country for _, _, entry in self.lex.find(words) if entry.kind == "country"}
        state = next((s for s in _successors()[actor.country] if s in named), None)
        if state is None:
            return actor
        own = _of_state(actor, state)
        for key, known in list(self.people.items()):  # "Yeltsin" named again is the same man
            if known == actor:
                self.people[key] = own
        return own

    def _in_office(self, actor: Actor | None, words: list[str]) -> Actor | None:
        """A person the dictionaries know only as an elite or ex-official ("ELI", or a role
        that has ended) whom the text calls "President" or "Prime Minister" holds the office
        now: "caretaker Prime Minister Najib Mikati" is LBNGOV; one it calls "opposition
        leader" is in opposition, whatever office the dictionary remembers."""
        if actor is None or not actor.country or actor.code == FIRST_PERSON or " " not in (actor.name or ""):
            return actor
        department = _department_named(words)
        if department and actor.role in ("GOV", "MIL") and department != actor.role and not PAST_WORDS.intersection(words):
            # "State Department spokesman John Kirby", "Pentagon Press Secretary John Kirby": the
            # office the text names, whichever of his the dictionary dates give
            named = Actor(actor.country + department, actor.name, actor.country, department, actor.org)
            self.restate(actor, named)  # ("Kirby" again is the same official)
            return named
        if "opposition" in words and actor.role != "OPP" and not OFFICE_WORDS.intersection(words):
            role = "OPP"  # "opposition leader Raila Odinga": out of the office the dictionary gives him
        elif actor.role not in (None, "ELI", "OPP") or not OFFICE_WORDS.intersection(words) \
                or PAST_WORDS.intersection(words) or "opposition" in words:
            return actor  # (an opposition figure the text calls "President" has come to office: Lula in 2023)
        else:
            role = "MIL" if DEFENCE_WORDS.intersection(words) else "GOV"
        held = Actor(actor.country + role, actor.name, actor.country, role, actor.org)
        self.restate(actor, held)
        return held

    def restate(self, actor: Actor, new: Actor) -> None:
        """The person known as `actor` is `new` for the rest of the article."""
        self.restated[actor.code, actor.name] = new
        for key, known in list(self.people.items()):
            if known == actor:
                self.people[key] = new

    def _resolve_text(self, text: str) -> Actor | None:
        words = re.findall(r"[A-Za-z0-9][\w.'\-]*[\w.]|[A-Za-z0-9]", text.replace("’", "'"))  # "M23"
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        if not words:
            return None
        for name, entry in self._known_people_in(text):
            actor = self._person_actor(entry)
            self.learn_person(entry.name, actor)
            return actor
        known = (self.people.get(person_key(" ".join(words))) or self.people.get(words[-1].lower())
                 or self._lexicon_person(" ".join(words))
                 or (self._lexicon_person(words[-1]) if words[-1][:1].isupper() else None))  # "MR PRICE"
        if known and (len(words) == 1 or words[-1][0].isupper()):
            return known
        if len(words) == 1 and words[0].lower() in PERSON_PRONOUNS:
            return self.resolve_pronoun(10 ** 9, person=True)
        if words[0].lower() in ("the", "a") and words[-1].lower() in TITLES | {"defense", "state"}:
            # "the Pentagon spokesperson", "the secretary of defense": the person so introduced
            title = next((w.lower() for w in words if w.lower() in TITLES), None)
            titled = self.titled(title) if title else None
            if titled:
                return titled
        return self._from_words(words, [w.lower() for w in words], head_index=len(words) - 1)

    def _resolve_tokens(self, tokens, head, sentence_index: int) -> Actor | None:
        lower = head.lower_
        if lower in PERSON_PRONOUNS and head.tag_ in ("PRP", "PRP$"):  # (not the "He" of "Liu He")
            return self.person_before(head.doc.text[:head.idx], _own_subject(head)) \
                or self.resolve_pronoun(sentence_index, person=True, subject=head.dep_ in ("nsubj", "nsubjpass"))
        if lower in GROUP_PRONOUNS and head.tag_ == "PRP":
            before = [t.text for t in head.doc[:head.i]] if head.dep_ in ("nsubj", "nsubjpass") and lower == "it" else []
            return (self.group_before(before) if before else None) or self.resolve_pronoun(sentence_index, person=False)
        if lower in FIRST_PERSON_WORDS and head.tag_ in ("PRP", "PRP$"):
            # who "we", "our", "I" are depends on the quote or speaker turn around them: see extract
            return Actor(FIRST_PERSON, lower)
        role = self.lex.roles.get(head.lemma_.lower())
        if role in ("MIL", "COP") and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children) \
                and not any(c.dep_ in ("amod", "compound") for c in head.children):
            # "our forces", "our police": the first person's country's (see extract)
            return Actor(FIRST_PERSON, "our", None, role)
        words = [t.text for t in tokens]
        head_index = [t.i for t in tokens].index(head.i) if head in tokens else len(tokens) - 1
        for _, entry in self._known_people_in(" ".join(words)):  # "Secretary of State Antony J. Blinken"
            return self._rulers_forces(self._lexicon_person(entry.name), tokens, head)
        # a known person by full or last name
        if head.ent_type_ == "PERSON" or head.text[:1].isupper():
            name_tokens = [t for t in tokens if t.ent_type_ == "PERSON" and t.tag_ != "POS"]
            name = " ".join(t.text for t in name_tokens if t.i <= head.i)
            for key in (person_key(name), head.lower_):
                if key and key in self.people:
                    return self.people[key]
            known = self._lexicon_person(name or head.text)  # "Guterres urged ...": a known surname alone
            if known:
                return known

        elif role in (None, "MIL", "COP") and head.lemma_.lower() not in UNDERGONE_ACTS:
            # "praised Gaddafi's courageous decision", "Assad's troops": the act or the forces of a
            # person named by surname alone, as the article or the dictionaries know him
            # (the tagger may take the name for an organisation's)
            owner = [t for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                     for t in c.subtree if t.pos_ == "PROPN"]
            name = " ".join(t.text for t in owner)
            known = (self.people.get(person_key(name)) or self.people.get(owner[-1].lower_)
                     or self._lexicon_person(name)) if owner else None
            if known:
                return self._rulers_forces(known, tokens, head)
        if (head.lemma_.lower() in TITLES and head.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in head.children)
                and not any(t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for t in tokens)
                and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)):
            # "the Secretary": the last person introduced with that title, else the last person
            # (but "The Foreign Secretary, Liz Truss," names her)
            titled = self.titled(head.lemma_.lower())
            return titled or self.resolve_pronoun(sentence_index, person=True)
        led = self._led_by(head)
        if led is not None:
            return led
        if head.ent_type_ == "PERSON" and self.lex.personal_name([t.text for t in tokens if t.ent_type_ == "PERSON"]):
            # a person's name holding a country's ("Michael Jordan", "Chad Smith"): not the country
            return self._office_holder(tokens, head)
        actor = self._from_words(words, [t.lemma_.lower() for t in tokens], head_index)
        if actor is not None and actor.role in ("GOV", "ELI"):
            actor = self._rulers_forces(actor, tokens, head)
        if actor is not None and actor.country is None and actor.role in ROLE_ONLY:
            # "an Iranian-backed militia in Syria": a group's country is where it is
            place = next((g.text for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
                          for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
            entry = self.lex.lookup([place]) if place else None
            if entry is not None and entry.kind == "country":
                actor = Actor(entry.country + actor.role, entry.name, entry.country, actor.role, None)
        if actor and head.ent_type_ == "PERSON":
            name = " ".join(t.text for t in tokens if t.ent_type_ == "PERSON" and t.tag_ != "POS")
            actor = Actor(actor.code, name or actor.name, actor.country, actor.role, actor.org)
            self.learn_person(actor.name, actor)
        if actor is None:
            actor = self._office_holder(tokens, head)
        return actor

    def _office_holder(self, tokens, head) -> Actor | None:
        """'President Reagan', 'Chancellor Kohl', a surname the article has not introduced:
        the one of that name the dictionaries have in office on the article's date."""
        titled = [t for t in tokens if t.i < head.i and t.lower_ in OFFICE_TITLES | COURTESY_TITLES]
        if not titled or not head.text[:1].isupper() \
                or [t.i for t in tokens if t.i > titled[-1].i and t.tag_ != "POS"] != [head.i]:
            return None
        if any(head.lower_ in (key.split()[0], key.split()[-1]) for key in self.people if key):
            return None  # ("Chinese President Hu Jintao ... President Hu": the one the article named)
        title = titled[-1].lower_
        entry = self.lex.office_holder(head.lower_, self.date, None if title in COURTESY_TITLES else title)
        if entry is None:
            return None
        actor = self._person_actor(entry)
        self.learn_person(entry.name, actor)
        return actor

    def _led_by(self, head) -> Actor | None:
        """'the Maduro regime', 'the Chavez government', 'the Obama administration': the
        government of the leader the name gives (by its article or dictionary dates)."""
        if head.lemma_.lower() not in LED_BODIES:
            return None
        names = [c for c in head.children if c.dep_ == "compound" and c.tag_ == "NNP"]
        if not names or any(c.dep_ in ("poss", "amod") for c in head.children):
            return None
        name = " ".join(t.text for n in names for t in n.subtree)
        person = self.people.get(person_key(name)) or self.people.get(names[-1].lower_) or self._lexicon_person(name)
        if person is None:  # "the Carter administration": whoever of that name held office on the day
            holder = self.lex.office_holder(person_key(names[-1].text), self.date)
            person = self._person_actor(holder) if holder else None
        if person is None or not person.country or person.role not in ("GOV", "ELI", "MIL"):
            return None
        return country_actor(person.country, "GOV")

    def _rulers_forces(self, person: Actor | None, tokens, head) -> Actor | None:
        """'Gaddafi's forces', 'Assad's troops': the state's army or police, not the ruler."""
        forces = self.lex.roles.get(head.lemma_.lower()) or self.lex.roles.get(head.lower_)
        if forces in ("MIL", "COP") and person and person.country and head.ent_type_ != "PERSON" \
                and any(t.tag_ == "POS" and t.i < head.i for t in tokens):
            return country_actor(person.country, forces)
        return person

    def _lexicon_person(self, name: str) -> Actor | None:
        key = person_key(name) if name else ""
        entry = self.lex.people.get(key) or (self.lex.surname_on(key, self.date) if key and " " not in key else None)
        if entry is None:
            return None
        actor = self._person_actor(entry)
        self.learn_person(entry.name, actor)
        return actor

    def _from_words(self, words: list[str], lemmas: list[str], head_index: int) -> Actor | None:
        words, lemmas, head_index = _split_affixed(words, lemmas, head_index)
        # a capital as a modifier of a thing is not an actor: "the Minsk accords", "Moscow time";
        # as its owner it is: "Moscow's proposal"
        has_role = any(l in self.lex.roles or w.lower() in self.lex.roles for w, l in zip(words, lemmas))
        matches = [m for m in self.lex.find(words)
                   if not (m[2].kind == "metonym" and m[1] - 1 != head_index and not has_role
                           and words[m[1]:m[1] + 1] not in (["'s"], ["\u2019s"]))
                   and not (m[2].kind == "metonym" and _inside_name(words, m[1]))
                   and not (m[2].kind in ("igo", "metonym", "mnc") and _last_word_of_a_name(words, m[0], m[1]))
                   and not _backer(words, m[1]) and not _language(words, m[1]) and not _partisan(words, m[0])
                   and not self._unnamed_alliance(words, m) and not _compass_place(words, m)]
        role = None
        # a role word inside a name is part of the name: "People's Republic of Korea"
        named = {i for start, end, entry in matches if entry.kind != "person" and end - start > 1
                 for i in range(start, end)}
        if 0 < head_index < len(lemmas):  # "security forces" are police (COP), not the army "forces" would say
            role = self.lex.roles.get(f"{lemmas[head_index - 1]} {lemmas[head_index]}") \
                or self.lex.roles.get(f"{words[head_index - 1].lower()} {lemmas[head_index]}")  # ("ruling party": not "rule")
        if role is None and 0 < head_index and lemmas[head_index] == "fighter" \
                and (lemmas[head_index - 1] == "jet" or AIRCRAFT_MODEL.fullmatch(words[head_index - 1])):
            role = "MIL"  # "F-14 fighters", "jet fighters": warplanes, not militants
        if role is None and words[head_index + 1:head_index + 2] == ["of"] and head_index + 2 < len(words):
            role = self.lex.body_role(lemmas[head_index], words[head_index + 2].lower())  # "the House of Commons"
        if role is None:  # "coast guard vessels": a two-word role before the head
            role = next((self.lex.roles[pair] for i in range(head_index - 1, 0, -1)
                         for pair in [f"{lemmas[i - 1]} {lemmas[i]}"] if pair in self.lex.roles), None)
        # the head, then its modifiers nearest first, then what follows it ("rights groups of
        # looting hospitals": rights groups, not hospitals)
        for i in ([] if role else [head_index, *range(head_index - 1, -1, -1), *range(len(words) - 1, head_index, -1)]):
            if i in named:
                continue
            lemma = lemmas[i] if i < len(lemmas) else words[i].lower()
            if lemma in self.lex.roles or words[i].lower() in self.lex.roles:
                role = self.lex.roles.get(lemma) or self.lex.roles.get(words[i].lower())
                break
        if role == "GOV" and lemmas[head_index] in GENERIC_HEADS:
            # "the opposition leader", "rebel commander", "a cartel leader": the group's role, not a government's
            role = next((self.lex.roles.get(l) for l in lemmas if self.lex.roles.get(l) in ("OPP", "REB", "CRM")), role)
        stance = next((STANCES[w.lower()] for w in words[:head_index] if w.lower() in STANCES), None)
        if stance and lemmas[head_index] in PARTY_HEADS:
            role = stance  # "the ruling People Power Party", "the opposition Congress party"
        if role == "GOV" and lemmas[head_index] in GENERIC_HEADS | PRESIDING_WORDS:
            # "the president of the Chamber of Deputies", "the head of the Supreme Court": the
            # body he presides over
            role = next((r for l in lemmas[head_index + 1:] for r in [self.lex.roles.get(l)] if r in ("LEG", "JUD")), role)
        if role == "LEG" and any(w.lower() in LABOUR_WORDS for w in words):
            role = "LAB"  # "the Canadian Labour Congress", "the Congress of South African Trade Unions": unions
        if role == "GOV" and any(w.lower() in DEFENCE_WORDS for w in words) \
                and lemmas[head_index] not in RULING_WORDS:  # "military rulers" govern
            role = "MIL"  # a defence minister or ministry: CAMEO codes the military
        if not matches:
            # a role alone names an actor only for groups CAMEO codes without a country
            return Actor(role, words[head_index], None, role, None) if role in ROLE_ONLY else None
        if role == "MED" and len(matches) > 1:
            # "the Moscow correspondent of U.S. News": the city is the posting, the paper says whose
            matches = [m for m in matches if not (m[2].kind == "metonym" and m[1] - 1 < head_index)] or matches
        # prefer a person, then the match nearest the head, then the first
        people = [m for m in matches if m[2].kind == "person"]
        if people:
            entry = people[-1][2]
            actor = self._person_actor(entry)
            self.learn_person(entry.name, actor)
            return actor
        start, end, entry = min(matches, key=lambda m: (abs(m[1] - 1 - head_index), m[0]))
        state = next((e for s, _, e in matches if s < start and e.kind == "country"), None) \
            if entry.kind == "igo" and (role or end - 1 == head_index) else None
        if state is not None and state.country:
            # "Germany's NATO ambassador", "Armenia's Security Council": the state's own
            return country_actor(state.country, role if role == "MIL" else "GOV")
        if entry.kind == "ngo":
            # "the Turkish Red Crescent", "the French medical charity Medecins Sans Frontieres": a
            # national society or charity is its country's
            society = _country_before(matches, words, start, _not_linked)
            if society is not None:
                return country_actor(society.country, "NGO")
        owner = _country_before(matches, words, start, _name_between) \
            if entry.kind in ("metonym", "org", "rebel") and end - 1 == head_index and entry.country else None
        if owner is not None and owner.country != entry.country:
            # "Germany's Foreign Office", "the Iranian National Security Council": the named
            # state's own office, not Britain's or America's; a rebel group's name another state
            # uses for its army ("the Ugandan People's Defence Force") takes its head word's role
            owned = entry.role if entry.role != "REB" else self.lex.roles.get(lemmas[head_index])
            if owned:
                return of_its_day(country_actor(owner.country, owned), self.date)
        if entry.kind == "party" and stance and entry.country:
            return country_actor(entry.country, stance)  # "the opposition BJP": what the text says it is
        if entry.kind in ("igo", "region", "rebel", "party", "body") or entry.org:
            actor = entry_actor(self.lex.entry_on(entry, self.date))
            if actor.role == "GOV" and actor.country and role in ("MIL", "COP", "REB", "UAF") and end - 1 != head_index:
                # "Taliban fighters", "Taliban security forces" after 2021: the ruling group's forces
                # are its army (GUIDE.md, set 13)
                return country_actor(actor.country, "MIL")
            return actor
        if entry.kind == "metonym":
            # "Kremlin spokesman" keeps GOV; "Moscow's troops" becomes RUSMIL
            country, _ = split_code(entry.code)
            if country and role and role != entry.role and end - 1 != head_index:
                return of_its_day(country_actor(country, role), self.date)
            return of_its_day(entry_actor(entry), self.date)
        return entry_actor(entry, role if end - 1 != head_index or role else None)


LINKING_WORDS = {"of", "to", "for", "and", "with", "from", "at", "in", "on", "by", "against", "or"}
BACKING = {"backed", "supported", "sponsored", "funded", "allied", "aligned", "armed", "trained",
           "brokered", "mediated"}  # ("a Russian-brokered truce": Russia brokered it; it is not a party)


def _syllabic(parts: list[str], people) -> bool:
    """'Roh Tae-woo', 'Kim Dae Jung': a Korean name, family name first and a given name of two
    syllables; the person goes by the family name ("Roh"), not by a syllable."""
    if len(parts) == 2:
        return bool(re.fullmatch(r"[A-Z][a-z]{1,3}-[a-z]{1,4}", parts[1]))
    return len(parts) == 3 and f"{parts[0]} {parts[1]}-{parts[2]}".lower() in people


def _own_subject(pronoun) -> range:
    """Where the subject of the verb an object pronoun hangs on stands (character offsets):
    "him" in "Clinton telephoned him" is not Clinton."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return range(0)
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return range(0)
    tokens = list(subject.subtree)
    return range(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _language(words: list[str], end: int) -> bool:
    """'English-speaking separatists', 'Russian-language media': a language, not a country."""
    rest = [w.lower().lstrip("-") for w in words[end:end + 2] if w != "-"]
    return bool(rest) and rest[0] in ("speaking", "speaker", "speakers", "language")


def _inside_name(words: list[str], end: int) -> bool:
    """'Stanley Kakubo', 'Victoria Nuland': a capital's name followed by a capitalised word is
    part of a person's (or a paper's) name, not the government."""
    return end < len(words) and words[end][:1].isupper() and words[end].lower() not in lexicon().roles


def _last_word_of_a_name(words: list[str], start: int, end: int) -> bool:
    """'the Three Brotherhood Alliance', 'the Bekaa Valley', 'John Douglas': a word the
    dictionaries give an organisation or a capital ("the alliance": NATO; "The Valley":
    Anguilla's), capitalised after another capitalised word, ends some other name."""
    word = words[start]
    return end - start == 1 and start > 0 and word[:1].isupper() and not word.isupper() \
        and words[start - 1][:1].isupper() and not words[start - 1].isupper()


_AFFIXED = re.compile(r"^(.*[A-Za-z.])-(" + "|".join(sorted(BACKING | {"led", "based", "brokered", "run"})) + r")$", re.I)


def _split_affixed(words: list[str], lemmas: list[str], head_index: int):
    """'U.S.-led', 'U.N.-backed': the tokenizer keeps an abbreviation and its participle one
    word; split them as it splits 'Saudi-led', so the country is found (and a backer known)."""
    if not any("-" in w for w in words):
        return words, lemmas, head_index
    out_words, out_lemmas, index = [], [], head_index
    for i, (word, lemma) in enumerate(zip(words, lemmas)):
        match = _AFFIXED.match(word)
        if match is None:
            out_words.append(word)
            out_lemmas.append(lemma)
            continue
        out_words += [match.group(1), "-", match.group(2)]
        out_lemmas += [match.group(1).lower(), "-", match.group(2).lower()]
        if i < head_index:
            index += 2
    return out_words, out_lemmas, index


def _compass_place(words: list[str], match) -> bool:
    """'West Bengal', 'West Virginia': a compass word that starts a place's name is not the
    West as a bloc."""
    start, end, entry = match
    return entry.kind == "region" and end < len(words) and words[start].lower() in ("the", words[end - 1].lower()) \
        and lookup_place(" ".join(words[end - 1:end + 1])) is not None


def _country_before(matches, words: list[str], start: int, between) -> Entry | None:
    """The country named before the match at `start`, when the words between pass `between`
    ("the Turkish Red Crescent", "Iran's Supreme National Security Council")."""
    return next((e for _, e_end, e in matches if e.kind == "country" and e.country and e_end <= start
                 and between(words[e_end:start])), None)


def _not_linked(words: list[str]) -> bool:
    """No preposition or conjunction between ("the French medical charity MSF", not "aid from France to MSF")."""
    return not LINKING_WORDS.intersection(w.lower() for w in words)


def _name_between(words: list[str]) -> bool:
    """Only a possessive and capitalised words between an owner and its body ("Iran's Supreme
    National Security Council")."""
    if words[:1] in (["'s"], ["\u2019s"]):
        words = words[1:]
    return all(w[:1].isupper() for w in words)


def _department_named(words: list[str]) -> str | None:
    """MIL or GOV when the words name a defence or a civil department ("Pentagon", "State Department")."""
    if "pentagon" in words or (DEFENCE_WORDS.intersection(words) and {"department", "ministry", "secretary"}.intersection(words)):
        return "MIL"
    if ("state" in words and "department" in words) or ("white" in words and "house" in words) \
            or ("foreign" in words and {"ministry", "minister", "office", "secretary"}.intersection(words)):
        return "GOV"
    return None


def _partisan(words: list[str], start: int) -> bool:
    """'pro-Russian separatists', 'anti-Western protesters': a side taken, not the group's country."""
    before = [w.lower() for w in words[max(0, start - 2):start]]
    return before[-1:] in (["pro-"], ["anti-"]) or (before[-1:] == ["-"] and before[:1] in (["pro"], ["anti"]))


def _backer(words: list[str], end: int) -> bool:
    """'Iranian-backed militia': Iran backs the group; the group is not Iranian."""
    rest = [w.lower().lstrip("-") for w in words[end:end + 3] if w != "-"]
    if rest[:2] == ["armed", "forces"]:
        return False  # "the Sudanese armed forces" are Sudan's own
    return bool(rest) and rest[0] in BACKING


_TITLE_BEFORE = re.compile(r"\b(" + "|".join(sorted(TITLES)) + r")(?:\s+of\s+(?:the\s+)?[A-Z]\w+)?(?:\s+of\s+[A-Z]\w+)?\s+$", re.I)
_TITLED_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+\s+)?(?:President|Prime Minister|Foreign Minister|Defense Minister|"
    r"Defence Minister|Secretary of State|Secretary|Chancellor|spokesman|spokeswoman|spokesperson|"
    r"Ambassador|ambassador|Minister|General|Gen\.|King|Premier|leader|Crown Prince|Emir|Amir|Sheikh)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:[\s-][A-Z][a-z]+){1,2})")
