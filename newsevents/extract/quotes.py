"""Direct and partial quotes with their speakers.

Works on paragraphs (quotes may span sentences), by attribution patterns around each quote:
`"...," he said`, `"...," said X`, `X said: "..."`, `X called for Russia "to ..."` (the
sentence's subject speaks), a quote alone after a quote of the same speaker, and Transcript
turns ("MR PRICE: ...") are speech, not quotes, and are left out. Pronouns go to the resolver's most recent person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsevents.actors.lexicon import lexicon
from newsevents.nlp.dates import WEEKDAYS
from newsevents.records import Quote, Sentence

QUOTE = re.compile(r"[\"“](?P<text>[^\"“”]{2,}?)[\"”]")
# lower-case words inside a name ("Daniel arap Moi", "Jose Eduardo dos Santos", "Lula da Silva")
PARTICLES = r"al-\w+|bin|ibn|de|dos|das|da|di|du|del|della|von|van|der|ter|la|arap"
NAME = rf"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|{PARTICLES}|of\s+the|of))*)"
# "foreign ministry spokeswoman", "Argentina coach", "government spokesman": up to three words
# before the title noun, in any case
TITLE_NOUNS = (r"(?:[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Pp]resident|[Cc]hancellor|[Aa]mbassador|[Ee]nvoy|"
               r"[Oo]fficial|[Gg]eneral|[Cc]ommander|[Ll]eader|[Cc]oach|[Cc]aptain|[Cc]hairman|[Cc]hairwoman|[Cc]hief|"
               r"[Dd]irector|[Gg]overnor|[Mm]ayor|[Ss]enator|[Ll]awmaker|[Aa]dviser|[Aa]dvisor|[Nn]egotiator|"
               r"[Cc]ommissioner|[Ss]ecretary-[Gg]eneral|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir|[Pp]rince|"
               r"[Cc]ardinal|[Aa]rchbishop|[Bb]ishop|[Ii]mam|[Rr]abbi|[Pp]atriarch|[Rr]everend|"
               # (jobs: "chief executive Helen Strachan", "fund manager X", "operations lead X")
               r"[Ee]xecutive|[Mm]anager|[Oo]rgani[sz]er|[Aa]nalyst|[Ee]conomist|[Rr]esearcher|[Ss]cientist|[Ll]ead|"
               r"[Oo]fficer|[Ss]trategist|[Pp]rofessor|[Aa]ctivist|[Ll]awyer|[Pp]rosecutor|[Jj]udge|[Cc]oordinator)")
TITLE = (r"(?:(?!(?:while|and|but|as|after|before|when|because|with|in|on|at|for|to|said|says|who|which)\b)"
         r"[\w'’-]+\s+){0,3}?" + TITLE_NOUNS + r"\s+")
# (a description, then the name set off by commas: "the Vatican Secretary of State, Cardinal Pietro
# Parolin, said", "its Justice Minister, Abubacarr Tambadou, told", "said Ecuador's president, Lenin Moreno")
# a word of a description ("the Indian foreign ministry"), not a joint or an auxiliary ("the Lebanese
# state and promised", "an unnamed official as saying")
_WORD = r"(?!(?:and|or|but|as|has|have|had|is|was|were|to|who|which|that)\b)"
WHO = (rf"(?P<who>(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*['’]s)\s+[\w\s.'’-]{{3,60}}?,\s+(?:{TITLE})?{NAME}(?:,|(?=[.;]|$))"
       rf"|(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:{_WORD}[\w.'’-]+\s+){{0,3}}{_WORD}[\w'’-]+(?:\s+(?:in|of)\s+[A-Z][\w'’-]+)?"
       rf"|he|she|they|we|I|(?:{TITLE})?{NAME}(?:,\s+(?:the\s+)?[\w\s'’-]{{3,60}}?,)?))")


@lru_cache(maxsize=1)
def speech_verbs() -> str:
    text = resources.files("newsevents.data").joinpath("speech_verbs.txt").read_text("utf-8")
    return "|".join(sorted((w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")),
                           key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    verbs = speech_verbs()
    after_who_verb = re.compile(rf"^[\s,]*{WHO}\s+(?:also\s+|later\s+|then\s+)?(?:{verbs})\b")
    after_verb_who = re.compile(rf"^[\s,]*(?:{verbs})\s+{WHO}")
    before = re.compile(rf"{WHO}\s+(?:also\s+|later\s+|then\s+)?(?:{verbs})\b[^\"“]{{0,80}}$")
    return after_who_verb, after_verb_who, before


def _blocks(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


# verbs whose object can hold a person's own phrase: those that judge ("accused the government of
# \"a crime\"") and those that order, thank, allege or pledge in words ("ordered a \"complete blockade\"")
WORDING = (r"\b(?:accus|condemn|denounc|dismiss|brand|label|describ|mock|welcom|prais|hail|criticis|criticiz|"
           r"blam|liken|compar|demand|reject|call|order|thank|alleg|dedicat|appeal|urg|warn|vow|pledg|promis|offer)\w*\b|\blike\b")


def find_quotes(text: str, sentences: list[Sentence], resolver) -> list[Quote]:
    """Quotes of an article. `resolver` offers resolve_text(str, sentence index),
    resolve_pronoun(int) and person_named(str)."""
    after_who_verb, after_verb_who, before = _patterns()
    quotes: list[Quote] = []
    carried = None  # the speaker of the last quote of the paragraph before
    for b_start, b_end in _blocks(text, sentences):
        paragraph = text[b_start:b_end]
        last_speaker = None
        for m in QUOTE.finditer(paragraph):
            inner = m["text"].strip().rstrip(",")
            if len(inner.split()) < 2 and not inner[:1].isupper():
                continue  # a scare-quoted word ("hysteria") is not a quote
            # a quote ending a sentence inside it ('said it was "a step."') hands the words after it
            # to the next sentence: whoever that sentence names did not say it
            lead_in = sentence_start_text(paragraph, m.start())  # (empty when the quote opens its sentence)
            ends_sentence = inner.endswith(".") and lead_in
            tail = "" if ends_sentence else paragraph[m.end():m.end() + 160]
            head = paragraph[max(0, m.start() - 200):m.start()]
            who = None
            for pattern, text_part in ((after_who_verb, tail), (after_verb_who, tail)):
                found = pattern.match(text_part)
                if found:
                    who = found["who"]
                    break
            if who is None:
                # 'in what its chief Rafael Grossi called "a very serious blow"': his words
                named = re.search(rf"\bwhat\s+(?:its\s+|their\s+|his\s+|her\s+)?{WHO}\s+(?:(?:has|had|have)\s+)?(?:called|described as|termed|dubbed)\s*$",
                                  head)
                if named and named["who"].lower() not in ("it", "they", "he", "she", "we"):
                    who = named["who"]
                elif named or re.search(r"\bwhat\s+(?:it|they)\s+(?:(?:has|had|have)\s+)?(?:called|described as|termed|dubbed)\s*$", head):
                    continue  # 'in what it called "strong punishment"': whose words is unsaid
            if who is None:
                sentence_head = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+", head)[-1] if head else ""
                found = before.search(sentence_head)
                if found:
                    who = found["who"]
                elif sentence_head and not sentence_head.strip().endswith((".", "!", "?")):
                    # (after a place or a participle that opens the sentence: "Addressing the ceremony, the Prime Minister")
                    subject = re.match(rf"^\s*(?:(?:In|On|At|[A-Z][a-z]+ing)\s+[^,]+,\s*)?{WHO}\s+(?:also\s+)?[a-z]+", sentence_head)
                    if subject and len(inner.split()) >= 3 and re.search(
                            rf"\b(?:{speech_verbs()}|called|calling(?!\s+(?:itself|themselves|himself|herself))|urged|described|describing|said|telling|saying)\b",
                            sentence_head):
                        # (not the verb after a description: "the Prime Minister thanked the ...")
                        who = re.sub(r"^((?:[Tt]he|[Aa]n?)\s.*?[A-Z][\w'’-]*)\s+[a-z]+ed\b.*$", r"\1", subject["who"])
                    elif len(inner.split()) >= 2 and re.search(WORDING, sentence_head):
                        # 'Museveni dismissed the protests as the work of "bad losers"': a phrase of
                        # a person's that judges, said by the person the sentence opens with
                        who = _subject_name(sentence_head, text[:b_start])
            if who is None and last_speaker is not None:
                who = last_speaker
            if who is None and carried is not None and not paragraph[:m.start()].strip():
                who = carried  # a paragraph that opens with an unattributed quote goes on with the last speaker
            if who is None:
                continue
            last_speaker = who
            start = b_start + m.start("text")
            quote = _quote(who, m["text"].strip(), start, start + len(m["text"].strip()),
                           sentences, resolver, opens_sentence=not lead_in,
                           earlier=text[:b_start], preceding=text[:b_start + m.start()])
            if quote.speaker["name"].lower() in ("he", "she") or (
                    quote.speaker["code"] is None and re.fullmatch(r"(?:the|a)\s+[^A-Z]+", quote.speaker["name"])
                    and not re.search(TITLE_NOUNS, quote.speaker["name"])):
                # "the 38-year-old said": a description of someone just named
                # someone the dictionaries do not know: the last full name written before
                name = _last_full_name(text[:b_start + m.start()])
                if name:
                    quote = Quote({"name": name, "code": None}, quote.text, quote.sentence_index, quote.start, quote.end)
            if who.lower() in ("he", "she"):
                last_speaker = quote.speaker["name"]  # (a quote after it is the same person's, not re-resolved)
            if _institution(quote.speaker["name"]):
                continue  # ("China's Commerce Ministry said it "deeply regrets"": a body's words, no person's)
            quotes.append(_as_written(quote, text))
        carried = last_speaker
    return quotes


def _as_written(quote: Quote, text: str) -> Quote:
    """The speaker's name as the article spells it ("Lee Teng-hui", "Waker-Uz-Zaman"), not as a
    dictionary or the tokenizer wrote it ("Lee Teng Hui")."""
    words = quote.speaker["name"].split()
    if len(words) < 2:
        return quote
    written = re.search(r"\b" + r"[\s-]".join(re.escape(w) for w in words) + r"\b", text, re.I)
    if written is None or written.group(0) == quote.speaker["name"]:
        return quote
    return Quote({**quote.speaker, "name": written.group(0)}, quote.text, quote.sentence_index, quote.start, quote.end)


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?:[A-Z][a-z]+[-\s])?[A-Z][a-z]+)\b")


def _last_full_name(text: str) -> str | None:
    """The last 'Firstname Lastname' in `text` ('American Dwight Phillips' -> 'Dwight
    Phillips'); capitalised openers and titles ('The Army', 'Secretary Austin') are not names."""
    for match in reversed(list(_FULL_NAME.finditer(text[-1500:]))):
        words = match.group(1).split()
        if len(words) == 3 and not words[1].endswith("."):
            words = words[1:]  # a demonym or title before the name
        if words[0] not in COMMON_OPENERS and not any(w in COMMON_OPENERS for w in words[1:]) \
                and words[-1] not in PLACE_AND_BODY_WORDS:
            return " ".join(words)
    return None


# the last word of a capitalised pair that names a body, place, event or day, not a person
# ("Brackley Farms", "the Corn Exchange", "the General Assembly", "on Monday")
PLACE_AND_BODY_WORDS = {
    "Farms", "Center", "Centre", "Embassy", "Affairs", "Exchange", "Assembly", "Council", "Committee", "Ministry", "University", "Agency",
    "Bank", "Party", "Union", "Court", "Press", "House", "Office", "Department", "Street", "Airport", "Stadium",
    "Square", "Games", "Cup", "Republic", "Kingdom", "Nations", "States", "Forces", "Guard", "Police", "Company",
    "Corporation", "Group", "Institute", "Foundation", "Commission", "Federation", "Association", "Organisation",
    "Organization", "Times", "Post", "News", "Radio", "Television", "Museum", "Hall", "Palace", "Hospital", "School",
    "College", "Church", "Mosque", "Sea", "River", "Strait", "Island", "Islands", "Mountains", "Valley", "Province",
    "Region", "District", "City", "County", "Bay", "Gulf", "Channel", "Canal", "Port", "Harbour", "Station", "Road",
    "Avenue", "Bridge", "Park", "Festival", "Prize", "Award", "League", "Championship", "Olympics", "Tour",
    "Cathedral", "Temple"} | {day.capitalize() for day in WEEKDAYS}


COMMON_OPENERS = {"The", "This", "That", "These", "Those", "In", "On", "At", "For", "And", "But", "After",
                  "Before", "When", "While", "Secretary", "President", "Minister", "General", "Army", "Defense",
                  "State", "United", "North", "South", "East", "West", "New", "World", "Air", "Navy"}


# a speaker named by one of these words is a body, not a person ("Qatar's Foreign Ministry", "the US Embassy
# in Sarajevo", "Radio B92", "the Bush administration"): the place and body words above, and these
INSTITUTION = re.compile(r"\b(?:" + "|".join(sorted(PLACE_AND_BODY_WORDS | {
    "Parliament", "Command", "Government", "Administration", "Capital", "Kremlin", "Pentagon", "Broadcast", "government",
    "administration", "ministry", "command", "statement", "broadcast"})) + r")\b")


def _institution(name: str) -> bool:
    """A body, state or group, not a person (GUIDE.md: a quote is a person's words, and one said only
    by an institution is not one): a body's word and no title of a person ("the ministry spokesman"
    speaks), "it", or a name the dictionaries give a state, capital or organisation ("Turkey",
    "Baghdad", "Hezbollah")."""
    if name.lower() == "it":
        return True
    if re.search(TITLE_NOUNS, name) or name.lower() in ("he", "she", "i", "we", "they"):
        return False
    bodies = list(INSTITUTION.finditer(name))
    if bodies:  # (unless a person's name follows the body: "External Affairs Ministry Nirupama Rao")
        return not re.fullmatch(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+", name[bodies[-1].end():].strip())
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    return any(start == 0 and end == len(words) and entry.kind != "person" for start, end, entry in lexicon().find(words))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|de|von|van|der)\b)*")
# after a subject: its verb, maybe after a description set off by commas ("Jan Novak, the minister, said")
_THEN_VERB = re.compile(r"(?:\s*,[^,]{1,80},|,)?\s+(?P<word>[a-z]+)\b")
NOT_VERBS = {"of", "and", "or", "in", "on", "at", "for", "from", "to", "with", "by", "near", "as", "who", "which",
             "the", "a", "an", "its", "his", "her", "their", "this", "that", "last", "early", "late"}  # ("at Camp X this morning")
HONORIFICS = {"Mr", "Ms", "Mrs", "Miss", "Dr"}
FRONTED = {"In", "On", "At", "From", "After", "Before", "During", "Speaking", "Addressing"}  # "In Baghdad, ..."


def _subject_name(text: str, earlier: str) -> str | None:
    """The person a sentence opens with as its subject, by name: "Police Commissioner Ana Mbeki
    said" -> "Ana Mbeki"; "Mutua accused" -> the full name written earlier ("Alfred Mutua").
    None when the sentence names no one that way ("The Foreign Ministry said"). Openers, titles,
    places, possessors and capitalised words no one was named by ("Washington said") are passed over."""
    for match in _CAPITALISED_RUN.finditer(text):
        rest = text[match.end():]
        then = _THEN_VERB.match(rest)
        run = match.group(0).split()
        if len(run) > 1 and re.search(r"['’]s$", run[0]):
            run = run[1:]  # "Syria's President Bashar Assad condemned": the country is his, not the subject
        opens = not text[:match.start()].strip()
        if then and then["word"] == "who" and opens and rest.startswith(","):
            pass  # "Ms Rivera, who has long mocked her rival as a \"puppet\"": the subject, described
        elif re.match(r"['’]", rest) or re.search(r"['’]s\b", " ".join(run)) or not then or then["word"] in NOT_VERBS:
            continue  # a possessor ("President Vladimir Putin's spokesman"), a place ("in San José, Zelaya")
        if run[0] in FRONTED:
            continue  # a place or time the sentence opens with ("In Baghdad, the minister said")
        words = run[-2:]
        if words[-1] in COMMON_OPENERS or words[-1] in PLACE_AND_BODY_WORDS or re.fullmatch(TITLE_NOUNS, words[-1]):
            continue  # "The tribunal's chief prosecutor, Serge Brammertz, thanked": the name comes after
        titled = len(words) == 2 and (re.fullmatch(TITLE_NOUNS, words[0]) or words[0] in HONORIFICS)
        if words[0] in COMMON_OPENERS or re.fullmatch(TITLE_NOUNS, words[0]) or words[0] in HONORIFICS:
            words = words[1:]
        if not words:
            continue  # an honorific alone ("Mr")
        if len(words) == 2:
            return " ".join(words)
        if words[0].lower() in ("he", "she", "it", "they", "we", "i"):
            return None  # the subject goes on
        full = re.findall(rf"\b((?:[A-Z][\w'’-]+\s+)+){re.escape(words[0])}\b", earlier)
        before = [f.split()[-1] for f in full]  # the word written before the name each time
        given = next((w for w in reversed(before) if w not in COMMON_OPENERS and w not in HONORIFICS
                      and not re.fullmatch(TITLE_NOUNS, w)), None)
        if given:  # (a capitalised word no one was named by is no one: "Its moderator, ...", "Washington said")
            return f"{given} {words[0]}"
        if before:
            # "President Tsai Ing-wen", then "Tsai": a family name written first
            after = re.findall(rf"\b{re.escape(words[0])}\s+([A-Z][\w'’-]+)", earlier)
            if after and after[-1] not in PLACE_AND_BODY_WORDS:
                return f"{words[0]} {after[-1]}"
        if titled:
            return words[0]  # "President Bush condemned", no full name written before: his family name
    return None


def sentence_start_text(paragraph: str, position: int) -> str:
    """The text of the sentence before `position` (empty when a quote opens the sentence)."""
    return re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+", paragraph[:position])[-1].strip()


def _quote(who: str, text: str, start: int, end: int, sentences: list[Sentence], resolver,
           opens_sentence: bool = False, earlier: str = "", preceding: str = "") -> Quote:
    index = next((s.index for s in sentences if s.start <= start < s.end + 2), 0)
    described = re.fullmatch(r"(?:the|an?|one|another|its|his|her|their|[A-Z][\w.-]*['’]s)\s[^,]+,\s+(?P<name>[^,]+),?",
                             who.strip(), re.I)
    styled = STYLED.match(who.strip())
    if described and styled and re.match(rf"(?:[A-Z][\w-]*\s+){{0,3}}?{TITLE_NOUNS}\b", described["name"]):
        # "His Highness Sheikh Abdullah bin Zayed, Minister of Foreign Affairs,": the styled name, not the office
        who = styled["name"].split(",")[0]
    else:
        who = described["name"] if described else who  # "the Vatican Secretary of State, Cardinal Pietro Parolin,"
    timed = re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?P<who>.+?)(?:\s+[a-z]+)*,?", who.strip())
    who = timed["who"] if timed else who  # "early on Monday, President Barack Obama announced, saying"
    who = re.sub(r",.*$", "", who.strip()).rstrip(".")
    who = re.sub(r"['’]s$", "", who)
    who = re.sub(r"^(?:As|But|And|Then)\s+", "", who)
    actor = None
    if who.lower() in ("he", "she", "i", "we", "they"):
        # '"...," he said' opening a sentence: he is someone named before, not inside, the quote
        before = index - 1 if opens_sentence else index
        actor = resolver.resolve_pronoun(before) if who.lower() in ("he", "she") else None
        name = actor.name if actor else who
        said_in = next((s for s in sentences if s.index == before), None)
        # (the words before the quote only: a name inside it is not the speaker)
        subject = _subject_name(said_in.text[:max(0, start - said_in.start)] if before == index else said_in.text,
                                preceding) if said_in and who.lower() in ("he", "she") else None
        named = resolver.resolve_text(subject, before) if subject else None
        if subject and not (actor and actor.name and actor.name.split()[-1] in subject) \
                and not (named and named.role is None and named.org is None):  # ("In Hong Kong, ...": a place)
            # "Police Commissioner Riah Phiyega said ... '...,' she told": the sentence before names its
            # subject first, though the dictionaries know only someone it names later
            actor, name = named, subject
    else:
        actor = resolver.resolve_text(who, index)
        honoured = re.fullmatch(r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+(?P<name>[A-Z][\w'’-]+)", who)
        if honoured and (actor is None or " " not in (actor.name or "")):
            # "Mr Lai", "Ms Paetongtarn": the person named in full before by either name
            actor = resolver.person_named(honoured["name"]) or actor
        titled = re.fullmatch(rf"{TITLE}(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|{PARTICLES}))+)(?:\s+of\s+[A-Z].*)?", who)
        # "Chile coach Ricardo Gareca", "fund manager Arvid Kellmann of Norrholt Capital": the name
        name = titled["name"] if titled else who
        is_person = actor is not None and actor.name is not None and " " in actor.name and actor.role is not None
        title = None if titled else re.fullmatch(rf"the\s+((?:[a-z-]+\s+){{0,2}}{TITLE_NOUNS})", who, re.I)
        introduced = _titled_name(title.group(1), preceding) if title else None
        if introduced:
            # '"...," the minister said': the person the article introduced with that title
            # ("the Information Minister, Mr Latif Nasif Jasim", "director Michael Haneke")
            name = introduced
        elif is_person and (_names_of(who, actor.name) or who.lower().startswith(("the ", "a ", "an "))):
            # "Peskov", "the secretary of defense", "Mr Lai" (a family name written first) -> the person's name
            name = actor.name
        elif title and opens_sentence:
            # 'Dr Mahathir accused ... "...," the prime minister told reporters': the person the sentence
            # before opens with, unless that sentence gives its subject another office
            name = _previous_subject(sentences, index, title.group(1), preceding) or name
    return Quote({"name": name, "code": actor.code if actor else None}, text.rstrip(", "), index, start, end)


def _previous_subject(sentences: list[Sentence], index: int, title: str, preceding: str) -> str | None:
    """The person the sentence before `index` opens with, when nothing in its opening gives them an
    office other than `title`."""
    before = next((s for s in sentences if s.index == index - 1), None)
    if before is None:
        return None
    name = _subject_name(before.text, preceding)
    found = re.search("|".join(rf"\b{re.escape(w)}\b" for w in name.split()), before.text) if name else None
    if found is None:
        return None
    opening = before.text[:found.start()]
    offices = [m.group(0).lower() for m in re.finditer(TITLE_NOUNS, opening)]
    if "," in opening or len(opening.split()) > 3 or any(o not in title.lower() for o in offices) \
            or re.search(r"\b(?:former|ex|deputy|vice|acting)\b", opening, re.I):
        return None  # ("Still, through the weekend, Putin continued ...": not what the sentence opens with)
    return name


def _names_of(who: str, full_name: str) -> bool:
    """Whether the name in `who` is the person's ("Peskov", "President Putin", "Vladimir V. Putin" of
    Vladimir Putin), not someone sharing one of the names ("Li Hong" is not Hong Lei)."""
    parts = set(re.split(r"[\s-]+", full_name))
    words = [w for w in who.split() if w[:1].isupper() and not re.fullmatch(TITLE_NOUNS, w)
             and w not in COMMON_OPENERS and w.rstrip(".") not in ("Mr", "Ms", "Mrs", "Dr")
             and not (len(w) <= 2 and w.endswith("."))]
    return bool(words) and all(part in parts for w in words for part in re.split(r"-", w))


_PERSON_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-\w+|bin|de))+"


def _titled_name(title: str, earlier: str) -> str | None:
    """The full name last written with `title` before it ("Prime Minister Jane Doe") or after it
    set off by a comma ("the Chancellor of the Exchequer, Gordon Brown"), in `earlier`."""
    words, text = r"\s+".join(map(re.escape, title.split())), earlier[-3000:]
    found = re.finditer(rf"\b(?i:{words})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,?\s+"
                        rf"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>{_PERSON_NAME})", text)
    names = [m["name"] for m in found if m["name"].split()[0] not in COMMON_OPENERS
             and not re.search(r"\b(?:former|deputy|vice|ex)[\s-]+$", text[max(0, m.start() - 12):m.start()], re.I)]
    return names[-1] if names else None


# a name after the style of address of royalty, ministers and clergy ("His Highness Sheikh ...")
STYLED = re.compile(r"(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty|Eminence|Holiness|Beatitude)\s+(?P<name>[A-Z].+)")
# "MR PRICE: Good afternoon.", "Secretary General Stoltenberg: Thank you." at a paragraph start
SPEECH_TURN = re.compile(r"^(?P<who>[A-Z][A-Za-z.'’\- ]{1,60}?):\s", re.M)
NOT_A_SPEAKER = {"question", "q", "moderator", "operator", "participant", "audience", "note", "editor's note",
                 "update", "correction", "watch", "read more", "related"}


LABEL_JOINERS = {"of", "the", "and", "de", "al", "bin", "von", "van", "for", "du", "la", "le"}


def _looks_like_a_label(who: str) -> bool:
    """A speaker label is a name or title: every word capitalised but the joiners."""
    return all(w[:1].isupper() or w.lower() in LABEL_JOINERS for w in who.replace("-", " ").split())


QUESTIONERS = {"question", "q"}
LINK_LABELS = {"read more", "related", "watch"}  # "Read more: Al-Shabaab attacks army base": another story's headline


def unreported_spans(text: str) -> list[tuple[int, int]]:
    """Where the text reports no event of its own: a reporter's question in a transcript (up to
    the next speaker), a link to another story (its line)."""
    turns = [(m.start(), m.end(), m["who"].strip().lower()) for m in SPEECH_TURN.finditer(text)]
    spans = []
    for i, (start, end, who) in enumerate(turns):
        if who in QUESTIONERS and i + 1 < len(turns):
            spans.append((start, turns[i + 1][0]))
        elif who in QUESTIONERS | LINK_LABELS:
            line_end = text.find("\n", end)
            spans.append((start, len(text) if line_end < 0 else line_end))
    return spans


def speech_turns(text: str) -> list[tuple[int, str | None]]:
    """(offset, speaker label) for each turn of a transcript, in order; the label is None
    for a questioner ("QUESTION:", "Q:"), whose words speak for no actor."""
    turns = []
    for m in SPEECH_TURN.finditer(text):
        who = m["who"].strip()
        if len(who.split()) > 6 or not _looks_like_a_label(who):
            continue  # "Let me be clear: ..." is a sentence, not a speaker
        turns.append((m.start(), None if who.lower() in NOT_A_SPEAKER else who))
    return turns
