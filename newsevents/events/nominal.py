"""Events named by nouns: "Russia's attack on Ukraine", "talks between Serbia and Kosovo",
"sanctions imposed on Iran by the EU", "the deployment of British troops", "killed in
Russian shelling". Coded with the same CAMEO codes as verbs (nouns.tsv), only when the noun
phrase or its clause names who acted and the text says the act took place."""

from __future__ import annotations


from newsevents.actors.resolver import state_of
from newsevents.events.coder import (FORCE_ROOTS, JOINT_CODES, MAX_MUTUAL, MEANS_PREPS, PRONOUN_OWNERS, PRONOUNS, RELATIVE_PRONOUNS,
                                     SPEECH_VERBS, SYMMETRIC_CODES, THANKING_VERBS,
                                     _drilled_together, _participle_agents, _pobjs, goods_of,
                                     owners_of, place_targets)
from newsevents.events.taxonomy import Pattern, governed_code, noun_patterns, of_roles

# a noun under these verbs, or with these words before it, is not said to have happened
UNREAL_HEADS = {"warn", "fear", "threaten", "prevent", "avoid", "deter", "seek", "want", "hope", "urge",
                "call", "demand", "plan", "prepare", "propose", "consider", "accuse", "blame", "deny", "allege",
                "risk", "expect", "push", "ask", "oppose", "reject", "rule", "prevent",
                "need", "require", "justify", "pretext", "stop", "end", "halt", "suspend", "cancel",
                "postpone", "delay", "refuse", "say", "claim", "request", "appeal", "press", "insist", "pledge",
                "promise", "vow", "offer", "intend", "aim", "try", "agree",
                # undone: "lifted its sanctions" is no new imposition
                "lift", "ease", "remove", "relax", "scrap", "waive", "loosen", "rescind", "revoke", "withdraw"}
UNREAL_WORDS = {"possible", "potential", "any", "no", "future", "imminent", "planned", "proposed",
                "further", "new", "prospective", "looming", "would-be", "threatened", "feared",
                "alleged", "hypothetical", "another", "renewed", "additional", "more", "full-scale"}
# said of an act, these say it is not going on: "the talks have stalled", "were cancelled"
NOT_GOING_ON = {"stall", "collapse", "falter", "freeze", "suspend", "cancel", "postpone", "delay", "halt"}
# a noun in a circumstance of another act happened: "suspended operations as a result of the
# fighting", "halted talks after the attack"
CIRCUMSTANCE_PREPS = {"after", "since", "as", "amid", "following", "despite", "during", "because"}
SOURCE_PREPS = {"by", "from"}
CLAIMING_VERBS = {"claim", "acknowledge", "admit", "take"}  # "claimed/took responsibility for the bombing"
# verbs that say who did the act a noun names: "the aggression committed by", "strikes carried out by"
DOING_VERBS = {"commit", "carry", "conduct", "launch", "stage", "mount", "perpetrate", "wage"}
RECEIVING = {"face", "receive", "draw", "attract", "suffer", "meet", "prompt", "provoke", "spark", "trigger", "earn",
             "elicit", "ignore", "defy", "heed", "disregard"}  # "faced criticism from Kyiv", "prompting protests from Damascus"
# what a noun faced, drawn or defied was addressed to its subject: criticism, a warning, an appeal
ADDRESSED_ROOTS = ("02", "10", "11", "12", "13")
TARGET_PREPS = ["with", "on", "against", "to", "toward", "towards", "at", "into", "upon"]
POSTURE_OR_TRAVEL = ("15", "042", "087")
PROTECTED = {"defense", "defence", "security", "protection", "sovereignty", "independence", "integrity", "safety"}
TRAVEL_NOUNS = {"visit", "trip", "tour", "mission"}  # "on a visit to Japan"
# a visit cut short or ended took place: "cut short a visit to Chile", "ended a tour of Asia"
ENDING_VERBS = {"cut", "end", "conclude", "wrap", "interrupt", "curtail", "finish", "complete", "round"}
TALK_NOUNS = {"talk", "negotiation", "meeting", "consultation", "discussion", "summit"}
# "after four days of talks", "carried out the first of a new series of tests": the talks, the tests
SPANS = {"hour", "day", "week", "month", "year", "round", "session", "series", "wave", "spate", "string", "barrage",
         "salvo", "volley", "first", "second", "third", "last", "latest"}
FRONTIERS = {"border", "frontier", "boundary", "line"}  # "fighting along the border between A and B"
MUTUAL_FIGHTING = {"clash", "skirmish", "fighting", "battle", "firefight", "gunfight"}  # "to Poland" is where, not at whom
# verbs whose subject does what their object noun names: "held talks", "expressed thanks"
DEMAND_NOUNS = {"demand", "ultimatum"}
# verbs whose subject is the one a demand was made of: "Moscow rejected a U.S. demand that it
# withdraw", "turned down the AU's demand to restore the president", "met its demands"
ANSWERING_VERBS = {"reject", "refuse", "turn", "ignore", "meet", "accept", "defy", "heed", "bow", "dismiss", "rebuff",
                   "comply", "satisfy", "resist", "spurn"}
LIGHT_VERBS = {"hold", "have", "conduct", "carry", "launch", "begin", "start", "continue", "express", "voice",
               "announce", "mount", "stage", "wage", "resume", "make", "pay", "extend", "convey", "offer",
               "give", "lead", "escalate", "intensify", "step", "join", "order", "direct", "approve",
               "authorize", "authorise", "complete", "conduct", "open", "initiate", "impose", "declare", "maintain",
               "enforce", "keep"}  # ("has kept a naval blockade on Gaza": the blockade goes on)


CASUALTY_VERBS = {"kill", "wound", "injure", "lose", "die"}


def _casualties(token) -> list:
    """Who an act named in a casualty report hit: the killed, wounded or dead ("were killed in
    an attack by X", "died in a raid by"), or those a side lost ("Turkey lost 34 soldiers in an
    air strike")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SPANS:
        token = token.head.head  # "killed in two days of fighting"
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.lemma_.lower() not in CASUALTY_VERBS:
        return []
    verb = prep.head
    if verb.lemma_.lower() == "lose":  # (its soldiers, else the side that lost them)
        return [c for c in verb.children if c.dep_ == "dobj"][:1] + [c for c in verb.children if c.dep_ == "nsubj"]
    return [c for c in verb.children if c.dep_ == ("nsubj" if verb.lemma_.lower() == "die" else "nsubjpass")]


MEDIATED_UNDER = {"under", "with", "through", "after", "following", "via"}


def _mediated(token) -> list:
    """Between whom a mediation named by a noun went, when it has no "between": the parties
    of the act it helped bring about ("talks between Sudan and South Sudan resumed under the
    mediation of the AU", "Ukraine and Russia swapped prisoners with mediation by the UAE",
    "signed by Indonesia and Portugal under UN auspices"), or those who thank the mediator
    ("Cambodia and Thailand thanked Indonesia for its good offices")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    act = prep.head
    if prep.lower_ == "for" and act.lemma_.lower() == "thank":
        return [c for c in act.children if c.dep_ == "nsubj"]
    if prep.lower_ not in MEDIATED_UNDER:
        return []
    if act.pos_ in ("NOUN", "PROPN"):  # "a truce under Egyptian auspices"
        parties = _pobjs(act, ("between",))
        if parties or act.dep_ not in ("dobj", "pobj"):
            return parties
        act = act.head.head if act.dep_ == "pobj" else act.head  # "agreed to a truce after Egyptian mediation"
    if act.pos_ not in ("VERB", "AUX"):
        return []
    doers = [g for c in act.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subjects = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "talks between A and B resumed under ...": the talks' parties
    return doers or [g for s in subjects for g in _pobjs(s, ("between",))] or \
        [s for s in subjects if s.pos_ == "PROPN" or s.ent_type_ in ("GPE", "NORP", "ORG")]


class NounCoder:
    def __init__(self, coder):
        self.coder = coder
        self.patterns = noun_patterns()
        self.of_roles = of_roles()

    def code(self, tokens, context, resolver, verb_triggers: dict[int, set[str]], lemmas: set[str]) -> list:
        """tokens: the sentence's words; lemmas: theirs; verb_triggers: where each verb the coder
        coded stands in the sentence, with its events' roots."""
        events = []
        for token in tokens:
            if token.pos_ not in ("NOUN", "PROPN") or token.tag_ == "NNP":
                continue
            plist = self.patterns.get(token.lemma_.lower())
            if not plist or (token.dep_ == "compound" and token.head.lemma_.lower() in self.patterns):
                continue  # ("combat readiness drills": the drills)
            pattern = self.coder._best_pattern(token, plist)
            left = self.coder.left_organisations(token, context.sentence.index, resolver) \
                if token.lemma_.lower() in ("withdrawal", "exit") else []
            if left:
                pattern = Pattern(token.lemma_.lower(), (), "161")  # "their withdrawal from ECOWAS"
            if pattern is None or not self._asserted(token) or self._part_of_coded_verb(token, pattern.cameo, verb_triggers):
                continue
            sources, targets, symmetric = self._roles(token, pattern.cameo, context.sentence.index, resolver, verb_triggers)
            targets = left or targets
            if not sources:
                continue
            if pattern.cameo == "150" and not targets and _drilled_together(token, pattern, sources, False):
                pattern = Pattern(pattern.lemma, pattern.requires, "062")  # ("Russian and Chinese warships began drills")
            # "Japan and India began joint drills": each with the other
            symmetric = symmetric or (len(sources) > 1 and not targets and (
                pattern.cameo in SYMMETRIC_CODES or token.lemma_.lower() in TALK_NOUNS))
            if symmetric and len(sources) > MAX_MUTUAL and pattern.cameo[:2] == "04":
                continue  # ("talks among six foreign ministers": a conference)
            pairs = ([(a, b) for a in sources for b in sources if a is not b] if symmetric
                     else [(s, t) for s in sources for t in (targets or [None])])
            if (token.lemma_.lower() in MUTUAL_FIGHTING or pattern.cameo in JOINT_CODES) and not symmetric:
                # "fighting with Azerbaijan", "joint exercises with France": each with the other
                pairs += [(t, s) for s, t in pairs if t is not None]
            events += self.coder._emit(token, pattern.cameo, pairs, 0.45, context, resolver,
                                       negated=False, hypothetical=False)
        return events + (self._demands(tokens, context, resolver) if lemmas & DEMAND_NOUNS else []) \
            + (self._invited(tokens, context, resolver) if "invitation" in lemmas else [])

    def _invited(self, tokens, context, resolver) -> list:
        """'arrived in Moscow at the invitation of the Soviet Government', 'a visit at the invitation
        of the Party chief': the inviter hosts (043) whoever came."""
        events = []
        resolve = lambda heads: self.coder._resolve_all(heads, context.sentence.index, resolver)  # noqa: E731
        for token in tokens:
            if token.lemma_.lower() != "invitation" or token.dep_ != "pobj" or token.head.lower_ != "at":
                continue
            came = token.head.head
            if came.pos_ in ("VERB", "AUX"):
                guests = [c for c in came.children if c.dep_ in ("nsubj", "nsubjpass")]
                if guests and guests[0].lower_ in RELATIVE_PRONOUNS and came.dep_ == "relcl":
                    guests = [came.head]  # "the orchestra, which flew in at the invitation of"
            else:
                guests = owners_of([came])  # "his visit at the invitation of", "Biden's visit"
            hosts = resolve(_pobjs(token, ("of",)))
            visitors = [g for g in resolve(guests) if not any(g.code == h.code for h in hosts)]
            if hosts and visitors:
                events += self.coder._emit(token, "043", [(h, g) for h in hosts for g in visitors], 0.45, context,
                                           resolver, negated=False, hypothetical=False)
        return events

    def _demands(self, tokens, context, resolver) -> list:
        """'rejected a U.S. demand that it withdraw troops', 'repeated his demand that Kibaki step
        down': a demand named by a noun was made, by whoever the noun names, of the subject of
        what it asks (else of whoever answers it); coded like the verb (10x by the act asked)."""
        events = []
        resolve = lambda heads: self.coder._resolve_all(heads, context.sentence.index, resolver)  # noqa: E731
        for token in tokens:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in DEMAND_NOUNS:
                continue
            verb = token.head.head if token.dep_ == "pobj" else token.head
            authors = [c for c in token.children if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.ent_type_ == "NORP")]
            if authors and authors[0].lower_ in PRONOUN_OWNERS and verb.pos_ == "VERB":
                authors = [c for c in verb.children if c.dep_ == "nsubj"]  # "Odinga repeated his demand"
            sources = resolve(authors + [g for c in token.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS
                                         for g in c.children if g.dep_ == "pobj"])
            asked = next((c for c in token.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
                g.lower_ in ("that", "to") and g.i < c.i for g in c.children)), None)
            if not sources or asked is None:
                continue
            answerer = [c for c in verb.children if c.dep_ == "nsubj"] \
                if verb.pos_ == "VERB" and verb.lemma_.lower() in ANSWERING_VERBS else []
            subjects = [c for c in asked.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].lower_ in PRONOUNS | {"them", "him", "her"} and answerer:
                subjects = answerer  # "rejected a U.S. demand that it withdraw": it is who rejected it
            targets = [t for t in resolve(subjects or answerer) if not any(t.code == s.code for s in sources)]
            if not targets:
                continue
            plist = self.coder.patterns.get(asked.lemma_.lower())
            pattern = self.coder._best_pattern(asked, plist) if plist else None
            code = governed_code("demand", pattern.cameo if pattern else None)
            events += self.coder._emit(token, code, [(s, t) for s in sources for t in targets], 0.45, context,
                                       resolver, negated=False, hypothetical=False)
        return events

    # -- is the act said to have happened? ---------------------------------------------
    @staticmethod
    def _asserted(token) -> bool:
        if any(c.lower_ in UNREAL_WORDS for c in token.children if c.dep_ in ("amod", "det", "compound", "neg")):
            return False
        node = token
        for _ in range(4):
            head = node.head
            if head.i == node.i:
                return True
            if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS:
                return True  # "the talks ended without agreement, officials said": reported as done
            if node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in RECEIVING:
                return True  # "stopped the flow, prompting protests from Damascus": what followed
            if node.dep_ == "prep" and (node.lower_ in CIRCUMSTANCE_PREPS
                                        or (node.lower_ == "on" and token.lemma_.lower() in TRAVEL_NOUNS)):
                return True  # ("said on a visit to Japan that ...": the visit is under way)
            if node.lemma_.lower() == "responsibility" and head.lemma_.lower() in CLAIMING_VERBS:
                return True  # "claimed responsibility for the car bombing of the school": it happened
            if head.lemma_.lower() in UNREAL_HEADS and node.dep_ not in ("nsubj", "nsubjpass"):
                return False  # "warned of an attack", but "talks between them ended"
            if head.lemma_.lower() in NOT_GOING_ON and node.dep_ in ("nsubj", "nsubjpass"):
                return False  # "negotiations have been stalled since 2019"
            if head.pos_ in ("VERB", "AUX") and (node.dep_ in ("nsubj", "nsubjpass") or head.lemma_.lower() in LIGHT_VERBS):
                # "an attack could come", "could launch an attack"; but "will address the invasion"
                # speaks of an invasion that happened
                if any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may", "will", "should", "must")
                       for c in head.children) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                       for c in head.children):
                    return False
                if any(c.dep_ == "neg" for c in head.children) and node.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    return False
            node = head
        return True

    def _part_of_coded_verb(self, token, cameo: str, verb_triggers: dict[int, set[str]]) -> bool:
        """'launched an attack on', 'held talks with': the verb's pattern has coded it; 'killed
        11 militants in airstrikes', 'killed by Russian shelling': the act the coded killing was."""
        node = token.head
        if token.dep_ == "pobj" and node.dep_ in ("prep", "agent"):
            if (node.lower_ in MEANS_PREPS or node.dep_ == "agent") and cameo[:2] in FORCE_ROOTS and \
                    verb_triggers.get(node.head.idx, set()) & FORCE_ROOTS:
                return True
            if node.lower_ == "for" and "16" in verb_triggers.get(node.head.idx, set()):
                return True  # "recalled its ambassador for consultations": why the envoy was called home
            if node.lower_ in ("for", "during", "after", "before", "since", "despite"):
                return False  # "travelled to Rabat for meetings with": the trip and the meetings
            node = node.head
            while node.lemma_.lower() in SPANS and node.head.i != node.i:
                # "carried out a wave of air strikes": the light verb's object is the span
                if node.dep_ == "pobj" and node.head.lower_ == "of":
                    node = node.head.head  # ("the first of a series of")
                    continue
                if node.dep_ == "dobj":
                    node = node.head
                break
        elif token.dep_ != "dobj":
            return False
        # "launched an attack", "held talks": the light verb's pattern coded the noun; but
        # "condemned the launch" is another act
        return node.idx in verb_triggers and node.lemma_.lower() in LIGHT_VERBS

    # -- who acted, on whom -------------------------------------------------------------
    def _roles(self, token, cameo: str, sentence_index: int, resolver, verb_triggers: dict[int, set[str]]):
        coder = self.coder
        of_role = self.of_roles.get(token.lemma_.lower(), "-")
        preps = {}
        for child in token.children:
            if child.dep_ == "prep":
                preps.setdefault(child.lower_, []).extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "agent":
                preps.setdefault("by", []).extend(g for g in child.children if g.dep_ == "pobj")
        verb = token.head
        if token.dep_ == "dobj" and "by" not in preps and not any(c.dep_ == "auxpass" for c in verb.children):
            # "condemned the air strikes by Britain on Syrian sites": an active verb has no agent;
            # the parser hung the noun's "by" (and what follows it) on the verb
            misread = [g for c in verb.children if c.dep_ == "agent" and c.i > token.i for g in c.children if g.dep_ == "pobj"]
            if misread:
                preps["by"] = misread
                for child in verb.children:
                    if child.dep_ == "prep" and child.i > token.i and child.lower_ in TARGET_PREPS and child.lower_ not in preps:
                        preps[child.lower_] = [g for g in child.children if g.dep_ == "pobj"]
        for doer in preps.get("by", []):
            # "the assault by Serb forces on Srebrenica": the parser hangs "on X" on the doer
            for child in doer.children:
                if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and child.lower_ not in preps:
                    preps[child.lower_] = [g for g in child.children if g.dep_ == "pobj"]
        phrase = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in SPANS else token  # ("staged a second day of drills")
        if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in LIGHT_VERBS:
            # "made an offer of assistance to Haiti", "carried out the attack on the station in
            # Mogadishu": the parser hangs "to Haiti" and "in Mogadishu" on the verb
            for child in phrase.head.children:
                if child.dep_ == "prep" and child.i > token.i and child.lower_ in TARGET_PREPS + ["for", "in", "around", "near", "off"] \
                        and child.lower_ not in preps:
                    preps[child.lower_] = [g for g in child.children if g.dep_ == "pobj"]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING:
            # "drew condemnation from Pyongyang": the "from" often hangs off the verb
            preps.setdefault("from", []).extend(g for c in token.head.children if c.dep_ == "prep"
                                                and c.lower_ == "from" for g in c.children if g.dep_ == "pobj")
        # "fighting broke out on Friday between the police and the rebels", "the clashes that
        # erupted between A and B": the parser hangs the parties on the verb the act is the
        # subject of
        happened = [token.head] if token.dep_ == "nsubj" else [
            c for c in token.children if c.dep_ == "relcl" and any(
                s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children)]
        for verb in happened:
            if verb.pos_ == "VERB" and "between" not in preps and not any(c.dep_ == "dobj" for c in verb.children):
                preps["between"] = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                                    for g in c.children if g.dep_ == "pobj"]
        between = preps.get("between", [])
        if not between and cameo[:2] in ("18", "19"):
            # "fighting broke out along the border between Eritrea and Ethiopia": fought across it
            between = [g for holder in [token, *happened] for c in holder.children if c.dep_ == "prep"
                       for line in c.children if line.dep_ == "pobj" and line.lemma_.lower() in FRONTIERS
                       for g in _pobjs(line, ("between",))]
        parties = coder._resolve_all(between, sentence_index, resolver) if between else []
        if not parties and cameo.startswith("045"):
            parties = coder._resolve_all(_mediated(token), sentence_index, resolver)
        if len(parties) > 1 and not cameo.startswith("045"):
            return parties, [], True  # ("Egypt's mediation between Israel and Hamas": between whom it mediates)
        resolve = lambda heads: coder._resolve_all(heads, sentence_index, resolver)  # noqa: E731
        owners = [c for c in token.children if c.dep_ == "poss"]
        if owners and owners[0].lower_ in ("its", "their") and token.dep_ == "dobj":
            # "the EU renewed its pledge": its is the subject's
            owners = [c for c in token.head.children if c.dep_ == "nsubj"] or owners
        elif owners and owners[0].lower_ in ("its", "their") and token.dep_ == "pobj" and token.head.lower_ == "for" \
                and token.head.head.lemma_.lower() in THANKING_VERBS:
            # "thanked Turkey for its mediation": its is the one thanked
            owners = [c for c in token.head.head.children if c.dep_ == "dobj"] or owners
        sources = resolve(owners)
        if sources and all(s.role is None for s in sources) and cameo[:2] in ("01", "03", "05"):
            # "Mattis underscored the United States' commitment": the official who states his
            # country's commitment or gratitude is its source
            stated_by = [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ == "dobj" else []
            speaker = resolve(stated_by) or self._clause_subject(token, sentence_index, resolver) or \
                [a for a in [coder._reporter(token, sentence_index, resolver)] if a]
            if len(speaker) == 1 and speaker[0].role and any(speaker[0].country == s.country for s in sources):
                sources = speaker
        if not sources:  # "criticism from Kyiv": the government, not the place
            sources = coder._resolve_all([p for prep in SOURCE_PREPS for p in preps.get(prep, [])][:1],
                                         sentence_index, resolver, places=False)
        if not sources:  # "the aggression committed by the Eritrean government", "strikes carried out by NATO"
            sources = coder._resolve_all(_participle_agents([token], DOING_VERBS), sentence_index, resolver, places=False)
        if not sources:
            sources = self._named_modifier(token, sentence_index, resolver)
        if not sources and of_role == "source":
            sources = resolve(preps.get("of", []))
        if not sources:
            sources = self._clause_subject(token, sentence_index, resolver)
        if not sources and cameo[:2] == "04" and preps.get("with"):
            # "Klimkin told reporters the talks with the Russian minister were difficult": who
            # reports talks "with" someone took part in them
            reporter = coder._reporter(token, sentence_index, resolver)
            sources = [reporter] if reporter else []
        allowed = ("with", "to") if cameo[:2] == "04" else TARGET_PREPS  # a meeting "on" X is about X
        target_heads = [p for prep in allowed for p in preps.get(prep, [])
                        if not (prep in ("to", "into", "toward", "towards") and cameo.startswith(POSTURE_OR_TRAVEL)
                                and p.ent_type_ == "GPE" and cameo[:2] == "15")]
        if of_role == "target":
            # "the invasion, occupation and annexation of Crimea": conjoined acts share the "of"
            of_heads = preps.get("of", []) or [g for c in token.conjuncts for p in c.children
                                               if p.dep_ == "prep" and p.lower_ == "of"
                                               for g in p.children if g.dep_ == "pobj"]
            target_heads = of_heads + target_heads
        if cameo[:2] in ("01", "03", "05"):  # "support for Ukraine", "gratitude for Qatar's help"
            target_heads += preps.get("for", [])
        if cameo[:2] == "03":  # "the commitment to defend Estonia": whom the promised act is for
            target_heads += [o for c in token.children if c.dep_ == "acl" for o in c.children
                             if o.dep_ in ("dobj", "dative")]
            # "willingness to transfer jets to Ukraine", "a pledge of support for Moldova"
            promised = [c for c in token.children if c.dep_ == "acl"] + preps.get("of", [])
            # ("readiness to hold talks with China", "to continue coordinating with Egypt": one step in)
            promised += [g for h in promised if h.dep_ == "acl" for g in h.children
                         if g.dep_ in ("dobj", "xcomp") and g.pos_ in ("NOUN", "VERB")]
            target_heads += [g for h in promised for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "with")
                             for g in c.children if g.dep_ == "pobj"]
        defied = token.dep_ == "pobj" and token.head.lower_ == "despite" and token.head.head.pos_ in ("VERB", "AUX")
        if ((token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING) or defied) and cameo[:2] in ADDRESSED_ROOTS:
            # "Germany has faced criticism from Kyiv": the one who faces it is the target
            # ("began exercises, drawing condemnation from Pyongyang": the clause's subject);
            # "held the vote despite warnings from Baghdad": whoever acted in spite of them
            verb = token.head.head if defied else token.head
            facing = [c for c in verb.children if c.dep_ == "nsubj"] or coder._inherited_subject(verb)[0]
            target_heads = facing + target_heads
        # "commitment to the defense of Japan": Japan, not Japan's military
        target_heads = [g for h in target_heads for g in (
            [o for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            if h.lemma_.lower() in PROTECTED else []) or [h]]
        targets = []
        hit_place = False
        for head in target_heads:
            targets = [t for t in resolve([head]) or resolve(owners_of([head]))
                       if not any(t.code == s.code for s in sources)]
            if targets:
                hit_place = head.ent_type_ == "GPE"
                break
        if not targets and cameo[:2] in FORCE_ROOTS:
            # "soldiers were killed in an air strike by Syrian forces", "Turkey lost 34 soldiers
            # in an attack by ...": those the act hit
            targets = next((found for head in _casualties(token) if (found := [
                t for t in resolve([head]) if t.country and not any(t.code == s.code for s in sources)])), [])
        if not targets and cameo[:2] in FORCE_ROOTS:
            # "the Israeli air strike that targeted Hamas leaders in Doha": whom its clause says it
            # hit (a clause coded as an act of its own, "the bombing that killed 40 police", is that act)
            aimed = [o for c in token.children if c.dep_ == "relcl" and c.idx not in verb_triggers
                     and c.lemma_.lower() not in CASUALTY_VERBS and any(
                         r.dep_ == "nsubj" and r.lower_ in RELATIVE_PRONOUNS for r in c.children) for o in c.children
                     if o.dep_ == "dobj" or (o.dep_ == "prep" and o.lower_ in ("on", "against", "at"))]
            aimed = [g for o in aimed for g in ([o] if o.dep_ == "dobj" else [p for p in o.children if p.dep_ == "pobj"])]
            targets = [t for t in resolve(aimed) or resolve(owners_of(aimed)) if not any(t.code == s.code for s in sources)]
        if not targets and cameo[:2] in FORCE_ROOTS:
            # "the shelling of Kharkiv", "aggression in eastern Ukraine"
            targets = place_targets(target_heads + preps.get("in", []), sources)
        if not targets and cameo.startswith("150"):  # "drills around Taiwan": a show of force at it
            targets = place_targets([p for prep in ("around", "near", "off") for p in preps.get(prep, [])], sources)
        if not targets and cameo[:2] == "16":  # "Trump's tariffs on Canadian imports": on Canada
            targets = goods_of(target_heads, sources)
        if cameo[:2] in FORCE_ROOTS and hit_place:  # "strikes on Kyiv" hit Ukraine, not its government
            targets = [state_of(t, {"GOV"}) for t in targets]
        if cameo.startswith("042") and targets:  # a visit to Kyiv is a visit to Ukraine
            targets = [state_of(t, {"GOV"}) for t in targets]
        if len(parties) > 1:
            targets = [p for p in parties if not any(p.code == s.code for s in sources)]
        return sources, targets, False

    def _named_modifier(self, token, sentence_index: int, resolver) -> list:
        """'Russian shelling', 'U.S. sanctions', 'NATO's' (as a compound): the name before it."""
        named = lambda c: c.dep_ in ("amod", "compound", "nmod") and c.i < token.i and (  # noqa: E731
            c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")
        mods = [c for c in token.children if named(c)]
        if not mods:  # "Russian missile strikes": the name modifies the weapon before the act
            mods = [g for c in token.children if c.dep_ == "compound" and c.i < token.i for g in c.children if named(g)]
        if not mods:
            return []
        return self.coder._resolve_all(mods[-1:], sentence_index, resolver)

    def _clause_subject(self, token, sentence_index: int, resolver) -> list:
        """The subject of the verb the noun is the object or purpose of: 'is traveling to
        Europe for meetings with allies', 'expressed thanks to', 'killed in Russian shelling' (no)."""
        if token.dep_ == "dobj" and token.head.lemma_.lower() not in LIGHT_VERBS and not (
                token.lemma_.lower() in TRAVEL_NOUNS and token.head.lemma_.lower() in ENDING_VERBS):
            return []  # "condemned the sanctions": the subject did not impose them
        node, steps, after = token, 0, False
        while steps < 3 and node.dep_ in ("pobj", "dobj", "prep", "conj") and node.head.i != node.i:
            after = after or (node.dep_ == "prep" and node.lower_ in ("after", "following", "at")
                              and token.lemma_.lower() in TALK_NOUNS)
            if node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_.lower() in SPANS:
                node = node.head  # "after four days of talks", "began a week of drills": the talks, the drills
                continue
            if node.dep_ == "prep" and node.lower_ not in ("for", "in", "during") and not after \
                    and not (node.lower_ == "on" and token.lemma_.lower() in TRAVEL_NOUNS):
                return []  # (but "the minister, on a visit to Japan, said": his visit)
            node, steps = node.head, steps + 1
        if node.pos_ not in ("VERB", "AUX") or node.i == token.i:
            return []
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if not subjects and after:  # "agreed to normalise relations after talks": who agreed
            subjects = self.coder._inherited_subject(node)[0]
        if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
            subjects = [node.head]  # "Qatar, which has been in talks with the Taliban": Qatar
        if not subjects and token.lemma_.lower() in MUTUAL_FIGHTING:
            # "Palestinians were wounded in clashes with Israeli police": they clashed with them
            subjects = [c for c in node.children if c.dep_ == "nsubjpass"]
        found = self.coder._resolve_all(subjects, sentence_index, resolver) if subjects else []
        # "Armenia and Azerbaijan agreed to a truce after talks in Moscow": talks between them
        # (one subject's act after talks says nothing of whom it talked with)
        # ("after the talks" are those just reported; three parties or more are a conference)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in token.children)
        # ("left Jakarta after talks with Suharto": who talked "with" someone was in the talks)
        talked_with = len(found) == 1 and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        return found if not after or talked_with or (len(found) == 2 and not definite) else []
