"""Statements that judge an actor: "Russia's actions on the border are not responsible",
"Price said the launches were a violation of the resolutions", "we are grateful to Slovakia".
CAMEO codes them as disapproval (11), praise (051) or comment (012/013) by the speaker on the
judged actor. The judging words are data (evaluative.tsv); the speaker is the subject of the
speech verb, else whoever speaks where the sentence stands (a quote's speaker, a transcript's
speaker, an official outlet), resolved with the first person."""

from __future__ import annotations

import csv
from functools import lru_cache

from newsevents.actors.resolver import FIRST_PERSON
from newsevents.events.coder import PAYING, owners_of, recent_actor
from newsevents.events.taxonomy import _lines, reporting_verbs
from newsevents.records import Actor

SPEECH = frozenset(reporting_verbs())  # reporting and framing verbs (data/reporting_verbs.tsv)
COPULAS = {"be", "remain", "seem", "appear", "become", "constitute", "represent", "pose"}
PERPETRATING = {"commit", "perpetrate"}  # "said Russia had committed war crimes": an accusation
# (PAYING, shared with the coder: "said Israel would pay a heavy price", "China will bear the
# consequences" are a threat, evaluative.tsv "price", "consequence", when still to come)
MODAL_WORDS = {"will", "would", "shall", "must", "'ll", "wo"}
PRAISE = {"051", "013"}
# acts whose author a statement blames: "said Hamas was behind the attacks"
BLAMED_ACTS = {"attack", "bombing", "killing", "plot", "coup", "violence", "hijacking", "assassination", "unrest",
               "riot", "abduction", "kidnapping", "explosion", "blast", "massacre", "shelling", "strike", "sabotage",
               "crash", "downing", "incident", "disaster", "fire", "cyberattack", "hack", "poisoning", "murder"}
NAMING_VERBS = {"call", "term", "label", "brand", "deem"}  # "called the seizure a violation"


@lru_cache(maxsize=1)
def evaluative() -> dict[str, str]:
    return {row["word"]: row["code"] for row in csv.DictReader(_lines("evaluative.tsv"), delimiter="\t")}


def _marked(mark: str) -> frozenset[str]:
    return frozenset(row["word"] for row in csv.DictReader(_lines("evaluative.tsv"), delimiter="\t")
                     if (row.get("subject") or "").strip() == mark)


@lru_cache(maxsize=1)
def owned_only() -> frozenset[str]:
    """Judging verbs said only of what an actor owns ("Russia's actions threaten ...")."""
    return _marked("owned")


@lru_cache(maxsize=1)
def holders() -> frozenset[str]:
    """Words whose subject feels or holds them towards someone ("grateful to", "committed to")."""
    return _marked("holder")


BLAME_WORDS = {"behind", "blame", "responsibility"}


def _blamed(token):
    """The clause whose subject a statement names as a deed's author, or None: "Hamas was behind
    the attacks", "Ukraine was to blame for the disaster", "Kyiv bears responsibility for it"."""
    if token.lower_ not in BLAME_WORDS:
        return None  # (asked of every token: the word first)
    head = token.head
    if token.lower_ == "behind" and token.dep_ == "prep" and head.lemma_.lower() == "be" \
            and any(g.dep_ == "pobj" and g.lemma_.lower() in BLAMED_ACTS for g in token.children):
        return head
    if token.lemma_.lower() == "blame" and token.dep_ == "xcomp" and head.lemma_.lower() == "be" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return head
    if token.lemma_.lower() == "responsibility" and token.dep_ == "dobj" and head.lemma_.lower() == "bear" \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in [*token.children, *head.children]):
        return head
    return None


def _labelled_object(label):
    """The object of a naming verb a label is set beside ('called the seizure "an act of
    piracy"', 'called the killing of the leader "an act of barbarism"'), or None."""
    node = label.head
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
        node = node.head.head  # (hung on the object's "of" phrase)
    return node if node.dep_ in ("dobj", "oprd") and node.head.lemma_.lower() in NAMING_VERBS and node.i < label.i else None


def _act_named_aside(verb):
    """The preposition of an aside that names an act ("in what the agency called ...", "in a move
    Washington called ...", "protested against what it called ..."), or None."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and any(
            c.dep_ in ("dobj", "oprd") and c.lower_ == "what" for c in verb.children):
        return verb.head
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" \
            and verb.head.head.lower_ == "in" and not any(c.dep_ in ("dobj", "oprd") and c.i < verb.i for c in verb.children):
        return verb.head.head
    return None


def _passive_holder(token) -> bool:
    """'is committed to': the parser's passive of a holder word."""
    return token.pos_ == "VERB" and token.lower_ in holders() and any(c.dep_ == "auxpass" for c in token.children)


class JudgmentCoder:
    def __init__(self, coder):
        self.coder = coder
        self.words = evaluative()

    def code(self, tokens, context, resolver) -> list:
        events = []
        judged: set = set()
        for token in tokens:
            blamed = _blamed(token)
            if blamed is not None:
                events += self._blame(token, blamed, context, resolver)
                continue
            code = self.words.get(token.lemma_.lower()) or self.words.get(token.lower_)
            if not code or token.pos_ not in ("ADJ", "NOUN", "VERB", "ADV"):
                continue
            found = self._judgment(token, context.sentence.index, resolver)
            if found is None:
                continue
            clause, speakers, targets, negated = found
            if token.lemma_.lower() == "responsible" and (any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
                                                          or clause.tag_ == "VBD"):  # "the regime was responsible": blame
                if negated:
                    continue
                code = "112"  # "Russia alone is responsible for the destruction": blame
            elif negated:
                if code not in PRAISE:
                    continue  # "is not a threat" judges nobody
                code = "111"  # "are not responsible"
            targets = [t for t in targets if not any(t.code == s.code for s in speakers)]
            if code == "052":  # a state defending its own acts is no event ("said Japan had acted lawfully")
                targets = [t for t in targets if not any(t.country == s.country and t.role in (None, "GOV") for s in speakers)]
            said = (clause.i, tuple(s.code for s in speakers), targets[0].code if targets else None)
            if not targets or said in judged:
                continue  # "called the strike a blatant aggression": one judgment, two words
            judged.add(said)
            events += self.coder._emit(token, code, [(s, t) for s in speakers for t in targets], 0.45,
                                       context, resolver, negated=False, hypothetical=False)
        return events

    def _blame(self, token, clause, context, resolver) -> list:
        """A statement that names who did a deed: the speaker accuses the subject (112)."""
        index = context.sentence.index
        speakers = self._reporter(clause, index, resolver)
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        targets = [t for t in self.coder._resolve_all(subjects, index, resolver)
                   if not any(t.code == s.code for s in speakers)]
        if not speakers or not targets or any(c.dep_ == "neg" for c in clause.children):
            return []
        return self.coder._emit(token, "112", [(s, t) for s in speakers for t in targets], 0.45,
                                context, resolver, negated=False, hypothetical=False)

    def _judgment(self, token, sentence_index: int, resolver):
        """(clause verb, speakers, judged actors, negated) when `token` judges an actor."""
        resolve = lambda heads: self.coder._resolve_all(heads, sentence_index, resolver)  # noqa: E731
        if _passive_holder(token):  # "Germany is committed to Ukraine's security"
            return self._held(token, token, [c for c in token.children if c.dep_ == "nsubjpass"],
                              False, sentence_index, resolver)
        if token.pos_ == "VERB" and token.dep_ not in ("acomp", "oprd"):  # not "remain committed to"
            return self._verb_judgment(token, sentence_index, resolver, resolve)
        manner = self._manner(token)
        if manner is not None:
            return self._act_judged(manner, sentence_index, resolver, resolve)
        framed = self._framed(token, sentence_index, resolver, resolve)
        if framed is not None:
            return framed
        node = token
        while node.dep_ == "conj" and node.head.pos_ == node.pos_ and node.head.i != node.i:
            node = node.head  # "are a wholesale rejection ... and a violation of ...": as the first
        if node.dep_ == "amod" and node.head.dep_ in ("attr", "dobj", "pobj"):
            node = node.head  # "is an unacceptable risk"
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "in":
            node = node.head  # "are in violation of"
        if node.dep_ == "pobj" and node.head.lower_ == "than" and node.head.head.lower_ in ("more", "less") \
                and node.head.head.head.dep_ == "attr" and node.head.head.head.lower_ == "nothing":
            node = node.head.head.head  # "is nothing more than theater": the attribute
        clause = node.head
        if node.dep_ not in ("acomp", "attr", "prep", "nsubj", "oprd", "dobj") \
                or clause.lemma_.lower() not in COPULAS | SPEECH | PERPETRATING | PAYING.keys() \
                or (node.dep_ == "dobj" and clause.lemma_.lower() not in COPULAS | PERPETRATING | PAYING.keys()):  # "poses a threat"
            return None
        paying = PAYING.get(clause.lemma_.lower())
        if (paying or token.lemma_.lower() in PAYING.values()) and paying != token.lemma_.lower() or (
                clause.lemma_.lower() in PAYING and not any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS
                                                          for c in clause.children)):
            return None  # ("has paid a heavy price" is no threat)
        negated = any(c.dep_ == "neg" for c in list(clause.children) + list(token.children))
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        # who is judged
        if token.lower_ in holders() or token.lemma_.lower() in holders():
            return self._held(token, clause, subjects, negated, sentence_index, resolver)
        if node.dep_ == "nsubj":  # "The provocation is from Russia"
            heads = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                     for g in c.children if g.dep_ == "pobj"]
            targets = resolve(heads)
        else:
            targets = resolve(subjects) or resolve(owners_of(subjects))
            if not targets:  # "a violation by Russia", "a provocation of the North Korean regime"
                targets = resolve([g for c in node.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                                   for g in c.children if g.dep_ == "pobj"])
        speakers = self._reporter(clause, sentence_index, resolver)
        if not targets:  # "These launches are a violation": the launches just reported
            targets = recent_actor(subjects, [s for s in speakers if s.code != FIRST_PERSON], resolver)
        if not targets:
            return None
        return (clause, speakers, targets, negated) if speakers else None

    def _held(self, token, clause, subjects, negated: bool, sentence_index: int, resolver):
        """The subject feels or holds it towards someone: "we are grateful to Slovakia for ...",
        "the RSF said it was committed to the truce" (to the truce's other party)."""
        own = [g for c in token.children if c.dep_ in ("prep", "agent")  # ("disappointed by": the parser's agent)
               and c.lower_ in ("to", "for", "with", "of", "by", "about", "over", "at")
               for g in c.children if g.dep_ in ("pobj", "pcomp")]
        # "committed to implementing the agreement": to the agreement (and its other party)
        own += [o for g in own if g.dep_ == "pcomp" for o in g.children if o.dep_ == "dobj"]
        if not own or not subjects:
            return None
        speakers = self._speaker_of(subjects, clause, sentence_index, resolver)
        targets = self.coder._resolve_all(own, sentence_index, resolver) \
            or self.coder._resolve_all(owners_of(own), sentence_index, resolver) \
            or recent_actor(own, [s for s in speakers if s.code != FIRST_PERSON], resolver)
        return (clause, speakers, targets, negated) if targets else None

    def _framed(self, token, sentence_index: int, resolver, resolve):
        """'described the EU decision as unacceptable', 'called the sanctions an act of economic
        terrorism', 'dismissed the report as fake news': the subject judges the object."""
        node = token
        if node.dep_ == "amod" and node.head.lower_ != "as":
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ in ("oprd", "pobj", "appos"):
            node = node.head.head  # "an act of terrorism"
        objects = []
        named = _labelled_object(node) if node.dep_ == "appos" else None
        if named is not None:
            # 'called the seizure "an act of piracy"': the parser sets the label beside the object
            verb, objects = named.head, [named]
        elif node.dep_ in ("pobj", "amod") and node.head.lower_ == "as" and node.head.dep_ == "prep":
            verb = node.head.head
        elif node.dep_ == "oprd":
            verb = node.head
        elif node.dep_ == "dobj" and node.head.dep_ in ("ccomp", "oprd") and node.head.pos_ == "NOUN" \
                and node.head.head.lemma_.lower() in NAMING_VERBS:
            # "called the Russian seizure a violation": the parser took the act for a clause or a
            # label and the label for its object (the act's adjective may be the verb's object)
            verb = node.head.head
            objects = [node.head] + [c for c in verb.children if c.dep_ == "dobj"]
        elif node.dep_ == "dobj" and node.head.dep_ == "relcl" and node.head.lemma_.lower() in NAMING_VERBS:
            verb = node.head  # "in a move the United States called a constructive step"
        else:
            return None
        if verb.lemma_.lower() in NAMING_VERBS and (aside := _act_named_aside(verb)) is not None:
            # "Iran barred the inspectors, in what the agency called a dangerous step": the act the
            # aside names is the main clause's (or the doer the label names: "a dangerous use of
            # water cannon by the coast guard"), its subject the judged
            doers = [g for c in node.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            if not doers and aside.lower_ == "in":
                doers = [c for c in aside.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            said_by = [c for c in verb.children if c.dep_ == "nsubj"]
            if said_by and said_by[0].pos_ == "PRON":  # "protested against what it called": the protester
                said_by = next(([c for c in v.children if c.dep_ == "nsubj"] for v in (aside.head, aside.head.head)
                                if any(c.dep_ == "nsubj" for c in v.children)), said_by)
            speakers = self.coder._resolve_all(said_by, sentence_index, resolver)
            targets = [t for t in resolve(doers) if not any(t.code == s.code for s in speakers)]
            return (verb, speakers, targets, False) if targets and speakers else None
        objects = objects or [c for c in verb.children if c.dep_ in ("dobj", "dative")] or [  # "called the strike an aggression", "called them a violation"
            c for c in verb.children if c.dep_ == "oprd" and c.i < node.i] or [
            node for c in node.children if c.dep_ == "poss"]  # ("called Russia's stance unacceptable", parsed as one phrase)
        if verb.pos_ != "VERB" or not objects:
            return None
        speakers = self.coder._resolve_all([c for c in verb.children if c.dep_ == "nsubj"], sentence_index, resolver) \
            or self._reporter(verb, sentence_index, resolver)
        targets = resolve(objects) or resolve(owners_of(objects)) or recent_actor(objects, speakers, resolver)
        negated = any(c.dep_ == "neg" for c in verb.children)
        return (verb, speakers, targets, negated) if targets and speakers else None

    @staticmethod
    def _manner(token):
        """The act a word says was done wrongly: 'had illegally entered', 'advanced on the temple
        in violation of the agreement' (not 'are in violation of': a copula's, see _judgment)."""
        node = token
        if token.pos_ == "ADV" and token.dep_ == "advmod":
            node = token.head
        elif token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("in", "with") and token.head.dep_ == "prep":
            node = token.head.head  # ("acted in self-defence", "acted with restraint")
        else:
            return None
        lemma = node.lemma_.lower()
        return node if node.pos_ == "VERB" and lemma not in COPULAS | SPEECH | PERPETRATING | PAYING.keys() else None

    def _act_judged(self, act, sentence_index: int, resolver, resolve):
        """Whoever a speaker reports doing the act wrongly is accused by him ('the FSB said the
        Ukrainian ships had illegally entered Russian waters'); the writer's own word is no event."""
        if any(c.dep_ == "neg" for c in act.children) or act.dep_ in ("relcl", "acl", "pcomp", "amod"):
            return None
        doers = [c for c in act.children if c.dep_ == "nsubj"] or [
            g for c in act.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        speakers = self._reporter(act, sentence_index, resolver)
        if not doers or speakers[0].code == FIRST_PERSON:
            return None
        targets = resolve(doers) or resolve(owners_of(doers))
        return (act, speakers, targets, False) if targets else None

    def _verb_judgment(self, token, sentence_index: int, resolver, resolve):
        """'The United States is escalating tensions,' he told reporters: the speaker judges
        the subject. Not for a verb in an accusation's or question's frame, nor negated."""
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects or any(c.dep_ == "neg" for c in token.children) or token.dep_ in ("relcl", "acl", "pcomp"):
            return None
        if token.lower_ in holders() or token.lemma_.lower() in holders():
            return None  # "had committed war crimes": a holder word judges only with its "to"
        speakers = self._reporter(token, sentence_index, resolver)
        # "Russia's actions violate the charter" judges Russia; "Russia violated the truce"
        # does when someone is reported saying it (a threat done is a threat, not a judgment)
        said = speakers and speakers[0].code != FIRST_PERSON and token.lemma_.lower() != "threaten"
        direct = resolve(subjects) if token.lemma_.lower() not in owned_only() or said else []
        targets = direct or resolve(owners_of(subjects))
        if not targets:
            return None
        return token, speakers, targets, False

    def _speaker_of(self, subjects, clause, sentence_index: int, resolver) -> list[Actor]:
        found = self.coder._resolve_all(subjects, sentence_index, resolver)
        return found or self._reporter(clause, sentence_index, resolver)

    def _reporter(self, clause, sentence_index: int, resolver) -> list[Actor]:
        """The subject of the speech verb the clause is said with, else the first person."""
        node = clause
        for _ in range(3):
            if node.dep_ in ("ccomp", "parataxis", "xcomp") and node.head.lemma_.lower() in SPEECH:
                subjects = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = self.coder._resolve_all(subjects, sentence_index, resolver)
                if found:
                    return found
                break
            if node.head.i == node.i:
                break
            node = node.head
        return [Actor(FIRST_PERSON, "we")]
