import datetime as dt

import pytest

from newsevents.evaluate import gold_article, predictions
from newsevents.events.taxonomy import trigger_forms
from newsevents.extract import extract_articles, worth_parsing
from newsevents.extract.amounts import find_amounts
from newsevents.nlp.dates import clause_date, find_dates
from newsevents.extract.language import detect_language
from newsevents.nlp.places import find_places, lookup_place
from newsevents.nlp import sentences_of
from newsevents.records import Article, Block, Sentence

PUB = dt.date(2022, 1, 25)  # a Tuesday


def article(text, published=PUB, aid="t1"):
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append(Block("paragraph", part, pos, pos + len(part)))
        pos += len(part) + 2
    return Article(aid, "https://example.com/" + aid, None, "example.com", "T", published, None, blocks, text)


def sents(text):
    return [Sentence(0, 0, len(text), text)]


# -- sentences -------------------------------------------------------------------------
def test_sentence_split_keeps_abbreviations():
    text = "The U.S. Secretary of State met Mr. Lavrov on Jan. 21 in Geneva. They agreed to talk again."
    spans = sentences_of(text)
    assert [s.text for s in spans] == ["The U.S. Secretary of State met Mr. Lavrov on Jan. 21 in Geneva.",
                                       "They agreed to talk again."]


# -- dates -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,text,date", [
    ("Biden held a call with allies on Monday.", "on Monday", "2022-01-24"),
    ("Officials would meet in Paris on Wednesday to find a way out.", "on Wednesday", "2022-01-26"),
    ("They agreed at a meeting in Geneva on Friday to keep talking.", "on Friday", "2022-01-21"),
    ("A batch was due later on Tuesday.", "later on Tuesday", "2022-01-25"),
    ("Blinken visited Kyiv last week.", "last week", "2022-01-17"),
    ("Talks failed this month.", "this month", "2022-01-01"),
    ("Russia seized Crimea in 2014.", "in 2014", "2014-01-01"),
    ("The ministers met on Jan. 10 in Geneva.", "on Jan. 10", "2022-01-10"),
    ("The summit is set for March 3, 2022.", "March 3, 2022", "2022-03-03"),
    ("He spoke yesterday.", "yesterday", "2022-01-24"),
    ("They will meet next Monday.", "next Monday", "2022-01-31"),
    # (PUB is Tuesday 2022-01-25)
    ("The ministers agreed last night to recall their envoys.", "last night", "2022-01-24"),
    ("Thousands marched in Bradford at the weekend.", "at the weekend", "2022-01-22"),
    ("The leaders will meet again over the weekend.", "over the weekend", "2022-01-29"),
    ("Two hundred people have fled since the weekend.", "since the weekend", "2022-01-22"),
    ("The rains were expected to ease by the weekend.", "by the weekend", "2022-01-29"),
    ("In August 2017 the army drove them out.", "In August 2017", "2017-08-01"),
    ("In 1994 the war ended.", "In 1994", "1994-01-01"),
    # a month without a year is the last one, or the next in a clause about what is to come
    ("The talks collapsed in August.", "in August", "2021-08-01"),
    ("The troops will leave in August.", "in August", "2022-08-01"),
    # a month of a year named relatively, a month and a year, a year on its own
    ("The deal was signed in April last year.", "in April last year", "2021-04-01"),
    ("The rebels took the town on June 30 last year.", "June 30 last year", "2021-06-30"),
    ("March 2019 was the turning point.", "March 2019", "2019-03-01"),
    ("The 2015 nuclear deal is dead.", "2015", "2015-01-01"),
    # a deadline or a plan: the coming day
    ("The vote is set for Thursday.", "for Thursday", "2022-01-27"),
    ("Rebels must withdraw by Monday.", "by Monday", "2022-01-31"),
    ("Protesters have camped in the square since Sunday.", "since Sunday", "2022-01-23"),
    ("The rebels signed a truce last July.", "last July", "2021-07-01"),
    ("Parliament must approve the budget by June.", "by June", "2022-06-01"),
    # a day without a year in a clause about what is to come, or a deadline, is the next one; a span
    # still running ends ahead
    ("The Games would open on July 19 as planned.", "on July 19", "2022-07-19"),
    ("The last troops must leave by November 1.", "November 1", "2022-11-01"),
    ("The museum stays open until the end of October.", "of October", "2022-10-01"),
    ("The envoys were due to report by December 31.", "December 31", "2021-12-31"),
    ("The gunmen, believed to be Kurds, seized the plane on January 5.", "on January 5", "2022-01-05"),
    ("Both sides would honour the understanding of 6 June.", "6 June", "2021-06-06"),
    ("The old king died before January 13.", "January 13", "2022-01-13"),
    ("The vote, held in November, was annulled.", "in November", "2021-11-01"),
    ("Both sides blamed each other for November's clashes.", "November", "2021-11-01"),
    ("Relations thawed in the 1990s.", "the 1990s", "1990-01-01"),
    # a weekday written before the day is one expression with it
    ("The accord was signed on Wednesday 10 January 2024.", "on Wednesday 10 January 2024", "2024-01-10"),
    # counted back from publication: the day, the week's Monday, the month's first, the year's
    ("The envoy arrived three days ago.", "three days ago", "2022-01-22"),
    ("The strike began two weeks ago.", "two weeks ago", "2022-01-10"),
    ("The army withdrew six months ago.", "six months ago", "2021-07-01"),
    ("The border was drawn 61 years ago.", "61 years ago", "1961-01-01"),
    # an older year after a preposition
    ("The Spanish founded the port in 1519.", "in 1519", "1519-01-01"),
    # a timetable's present tense is the coming day; a quote's future before the day is not the clause's
    ("The mandate expires on Friday.", "on Friday", "2022-01-28"),
    ('"They will pay," the minister said on Monday.', "on Monday", "2022-01-24"),
    # a month in a relative clause after a future main clause is the clause's own, past ...
    ("They would not talk until the troops left the town, which they seized in October.", "in October", "2021-10-01"),
    # ... and a plan in the past tense, or a date due, is still to come
    ("The exercise was to have begun in March.", "in March", "2022-03-01"),
    ("The report, due in April, will name the officers.", "in April", "2022-04-01"),
    # (but "due to" a cause is no plan)
    ("The match was called off due to the storm in March.", "in March", "2021-03-01"),
    # a day that owns an event is when it was done; the preposition before it is the event's
    ("The group claimed responsibility for Sunday's bombing.", "Sunday", "2022-01-23"),
    ("Monitors will recount the ballots from Saturday's vote.", "Saturday", "2022-01-22"),
    ("Observers criticised the conduct of December's election.", "December", "2021-12-01"),
    # unless it is still to come
    ("Leaders gathered ahead of Friday's summit.", "Friday", "2022-01-28"),
    # a day written as an ordinal of its month
    ("Independence was declared on the 9th of October 1962.", "on the 9th of October 1962", "1962-10-09"),
    ("The talks resume on the 3rd of February.", "on the 3rd of February", "2022-02-03"),
    # fixed holidays, in the year nearest the publication
    ("The ceasefire collapsed on Christmas Day.", "on Christmas Day", "2021-12-25"),
    ("Crowds gathered on New Year's Eve.", "on New Year's Eve", "2021-12-31"),
    # a verb in the past right before the day, or "of": gone, whatever the clause says will come ...
    ("He said they would not free the soldiers they captured on Wednesday.", "on Wednesday", "2022-01-19"),
    ("The team, the first to visit India, arrived on Friday.", "on Friday", "2022-01-21"),
    ("The rebels would treat the decision of Friday as void.", "Friday", "2022-01-21"),
    # ... but not a passive still to come
    ("The vote will be held on Friday.", "on Friday", "2022-01-28"),
    # what is agreed or promised for a month or day is to come; done "by" a day in the past perfect, gone
    ("The two sides agreed to resume the talks in March.", "in March", "2022-03-01"),
    ("Farmers had harvested most of the crop by Sunday.", "by Sunday", "2022-01-23"),
])
def test_dates_resolve_against_publication(sentence, text, date):
    found = find_dates(sents(sentence), PUB)
    assert [(d.text, d.date.isoformat()) for d in found] == [(text, date)]


@pytest.mark.parametrize("sentence", [
    "Prices rose 5 percent from a year ago.",  # a comparison's base
    "The disease spread in 1500 villages.",  # a count, not a year
    "The plane landed on Christmas Island.",  # a place
    "Copts marked the Coptic Christmas in Cairo.",  # not December 25
])
def test_not_dates(sentence):
    assert find_dates(sents(sentence), PUB) == []


def test_both_years_of_a_pair_are_dates():
    found = find_dates(sents("Crimes committed between 1960 and 1994 and in 1915 and 1916 were heard."), PUB)
    assert [d.date.year for d in found] == [1960, 1994, 1915, 1916]


def test_a_year_naming_a_thing_does_not_date_the_clause():
    assert clause_date("The 2015 nuclear deal collapsed on Sunday.", PUB) == (dt.date(2022, 1, 23), False)


def test_may_and_a_sentence_opening_march_are_not_months():
    assert find_dates(sents("Talks may resume soon. March on, they said."), PUB) == []


def test_figures_are_not_years():
    assert find_dates(sents("Some 2000 troops and 1,950 police moved in; 2010 percent is no date."), PUB) == []


def test_undated_article_keeps_only_absolute_dates():
    found = find_dates(sents("On Monday they met; on 3 March 2022 they signed."), None)
    assert [(d.text, d.date) for d in found] == [("On Monday", None), ("on 3 March 2022", dt.date(2022, 3, 3))]


def test_clause_date_flags_history():
    assert clause_date("Russia already seized the peninsula of Crimea in 2014", PUB) == (dt.date(2014, 1, 1), True)
    assert clause_date("troops arrived on Saturday", PUB) == (dt.date(2022, 1, 22), False)
    assert clause_date("they talk", PUB) == (None, False)


# -- amounts ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,text,value,unit,obj", [
    ("The Pentagon said 8,500 US troops were put on standby.", "8,500 US troops", 8500, None, "troops"),
    ("Blinken confirmed another $200 million in aid.", "$200 million in aid", 200e6, "USD", "aid"),
    ("Russia supplies about 40 percent of the bloc's natural gas supplies.",
     "about 40 percent of the bloc's natural gas supplies", 40, "percent", "the bloc's natural gas supplies"),
    # a word that bounds or rounds the figure belongs to it; an object ends before another figure
    ("The storm cost at least £4 million in lost revenue.", "at least £4 million in lost revenue", 4e6, "GBP",
     "lost revenue"),
    # a country's name before a currency's says whose; "$A" is the Australian dollar's sign
    ("Ottawa pledged 300 million Canadian dollars.", "300 million Canadian dollars", 300e6, "CAD", None),
    ("Beijing lent 2 billion U.S. dollars.", "2 billion U.S. dollars", 2e9, "USD", None),
    ("Canberra froze $A 24 million.", "$A 24 million", 24e6, "AUD", None),
    ("The EU pledged 1.2 billion euros to Kyiv.", "1.2 billion euros", 1.2e9, "EUR", None),
    ("Russia has massed 100,000 troops on the border.", "100,000 troops", 100000, None, "troops"),
    ("London sent £20m for refugees.", "£20m for refugees", 20e6, "GBP", "refugees"),
    # currencies from units.tsv: the rand's R before a large figure, names after the figure
    ("Pretoria set aside R300 million for reparations.", "R300 million for reparations", 300e6, "ZAR", "reparations"),
    ("Abuja paid 20,000 naira to each family.", "20,000 naira", 20000, "NGN", None),
    # dollars of other countries by their prefix
    ("Ottawa pledged C$10 million.", "C$10 million", 10e6, "CAD", None),
    ("The court fined him S$3,500.", "S$3,500", 3500, "SGD", None),
    # number words: plurals without an s, compounds counted by the plural they end with, the teens
    ("The blast killed nine people.", "nine people", 9, None, "people"),
    ("Gunmen wounded two police officers.", "two police officers", 2, None, "officers"),
    ("The navy fired two short-range ballistic missiles.", "two short-range ballistic missiles", 2, None, "missiles"),
    ("Eighteen countries signed the accord.", "Eighteen countries", 18, None, "countries"),
    ("Four fishermen were detained at sea.", "Four fishermen", 4, None, "fishermen"),
    # a capitalised plural is the counted noun, not a name before it ("10 Palestinians in Gaza")
    ("Israeli troops killed 10 Palestinians in Gaza.", "10 Palestinians", 10, None, "Palestinians"),
    ("The navy evacuated 600 Sudanese from the port.", "600 Sudanese", 600, None, "Sudanese"),
    # a figure's compound is counted by the plural it ends with, as a number word's is
    ("The agency sent 3,000 aid workers.", "3,000 aid workers", 3000, None, "workers"),
    ("About 1,000 U.S. service members landed.", "About 1,000 U.S. service members", 1000, None, "members"),
    # past a conjunction or an adverb to the plural ("current and former", "previously unknown")
    ("Police held 12 current and former officials.", "12 current and former officials", 12, None, "officials"),
    ("The survey found 40 previously unrecorded species.", "40 previously unrecorded species", 40, None, "species"),
    # a participle right after the figure describes what is counted, unless a preposition follows it
    ("Rebels freed three captured Turkish pilots.", "three captured Turkish pilots", 3, None, "pilots"),
    ("The ministry reported 12 confirmed cases.", "12 confirmed cases", 12, None, "cases"),
    ("He freed seven Kenyans accused of spying.", "seven Kenyans", 7, None, "Kenyans"),
    ("Officials said 40 Rohingya drowned off the coast.", "40 Rohingya", 40, None, "Rohingya"),
    # one person alone is counted, as casualty reports count them ("one year" counts nothing)
    ("Troops shot dead one protester.", "one protester", 1, None, "protester"),
    # dozens as a multiple ("a dozen" alone is vague); plurals of abbreviations
    ("Three dozen fishermen were rescued.", "Three dozen fishermen", 36, None, "fishermen"),
    ("The assembly expelled 14 MPs.", "14 MPs", 14, None, "MPs"),
    # a singular currency name after a scale; a currency's hundredth by its own name
    ("The club signed a 48 million pound deal.", "48 million pound", 48e6, "GBP", None),
    ("Vodafone shares rose 9.5 pence.", "9.5 pence", 0.095, "GBP", None),
    ("Bonn lent 300 million deutsche marks.", "300 million deutsche marks", 300e6, "DEM", None),
    # currencies before the euro; an ISO code in capitals after the figure
    ("The Hague paid 2.4 million guilders.", "2.4 million guilders", 2.4e6, "NLG", None),
    ("The club paid 5 million pesetas.", "5 million pesetas", 5e6, "ESP", None),
    ("The deal is worth 10 billion USD.", "10 billion USD", 10e9, "USD", None),
    # cents are a dollar's hundredths; Taiwan's dollar written NT$
    ("Bread rose by 35 cents.", "35 cents", 0.35, "USD", None),
    ("Taipei will spend NT$2 billion.", "NT$2 billion", 2e9, "TWD", None),
])
def test_amounts(sentence, text, value, unit, obj):
    (amount,) = find_amounts(sents(sentence))
    assert (amount.text, amount.value, amount.unit, amount.object) == (text, value, unit, obj)


def test_cfa_francs_are_the_west_or_central_african_franc_of_the_story_s_country():
    (amount,) = find_amounts(sents("The sack rose to 12,000 CFA francs."), country="MLI")
    assert (amount.value, amount.unit) == (12000, "XOF")
    (amount,) = find_amounts(sents("The sack rose to 12,000 CFA francs."), country="CMR")
    assert amount.unit == "XAF"
    # and cents in a story from Canada are Canadian
    (amount,) = find_amounts(sents("Bread rose by 35 cents."), country="CAN")
    assert amount.unit == "CAD"


def test_a_share_s_object_ends_before_another_figure():
    found = find_amounts(sents("Ruiz won 43.3 percent of the vote against 39.6 percent for Diaz."))
    assert [(a.text, a.value) for a in found] == [("43.3 percent of the vote", 43.3), ("39.6 percent", 39.6)]


@pytest.mark.parametrize("sentence", [
    "0915 The United Nations relief chief arrived in the city.",  # a live blog's time
    "Russia seized Crimea in 2014.",
    "Biden held a one-hour-and-20-minute video conference.",
    "Washington put several thousand troops on alert.",
    "The meeting is on January 25 at 10 a.m.",
    "Route R2 was closed by the protest.",
    "He bought a pound of rice.",
    # a definite number word refers to parties already named ("the two countries"), it counts nothing new
    "The two countries agreed to resume talks.",
    "Both leaders met the three ministers.",
    # "one" and "a" pick out, they do not count a plural after them; durations are no amounts
    "One fact has not changed since then.",
    "The talks lasted two nights.",
    # "a dozen" is vague ("two dozen" counts 24)
    "A dozen countries joined the appeal.",
])
def test_not_amounts(sentence):
    assert find_amounts(sents(sentence)) == []


# -- places and language -----------------------------------------------------------------
def test_places_in_locative_position_only():
    text = "Moscow accused the West as talks in Geneva ended; officials flew from Kyiv to Paris."
    names = [p.name for p in find_places(sents(text))]
    assert names == ["Geneva", "Kyiv", "Paris"]
    geneva = lookup_place("Geneva")
    assert geneva.country == "CHE" and 46 < geneva.lat < 47


def test_airport_codes_and_words_are_no_places():
    from newsevents.nlp.places import lead_country
    from newsevents.extract import _countries_named
    # "THE" is Teresina's airport code and "Hamas" a Lithuanian spelling of Hamm: neither is a place
    assert lookup_place("The") is None and lookup_place("Hamas") is None and lookup_place("Sea") is None
    assert lead_country("The government condemned ECOWAS.", _countries_named) is None
    assert lead_country("The Kenyan government condemned ECOWAS.", _countries_named) == "KEN"
    assert lookup_place("Kiev").country == "UKR"  # an English spelling is still a place
    # the one country a lead names wins over the city it was said in
    assert lead_country("Remarks by President Charles Michel on Belarus, Brussels, 19 August 2020.",
                        _countries_named) == "BLR"


def test_the_country_a_story_names_most():
    from newsevents.nlp.places import main_country
    from newsevents.actors.lexicon import text_country_mentions as _country_mentions
    story = ("Liberia's rebels met in Accra. Liberia's government agreed. Monrovia was calm. Ghana hosted them. "
             "Liberia's president thanked them.")
    assert main_country(story, _country_mentions) == "LBR"  # four mentions, Ghana's two (Accra, Ghana) at most half
    assert main_country(story, _country_mentions, among={"GHA"}) is None  # too few for Ghana
    assert main_country("Kenya and Uganda met. Kenya and Uganda agreed. Kenya and Uganda signed.",
                        _country_mentions) is None  # named as often: no story country


def test_language_detection():
    assert detect_language("Moscow accused the United States of ratcheting up tensions over Ukraine.")[0] == "en"
    assert detect_language("Moskau hat den Vereinigten Staaten vorgeworfen, die Spannungen zu verschärfen.")[0] == "de"
    assert detect_language("ok") == ("und", 0.0)


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.",
    "Ruto met Ugandan President Yoweri Museveni on Monday."])
def test_names_do_not_decide_the_language_of_a_short_report(text):
    # with its names, langid reads this as Luganda, and the report was skipped
    assert detect_language(text)[0] in ("en", "und")
    (x,) = extract_articles([article(text)])
    assert x.skipped is None and [(e.source.code, e.target.code) for e in x.events] == [("KENGOV", "UGAGOV"),
                                                                                         ("UGAGOV", "KENGOV")]


@pytest.mark.parametrize("text,language", [
    ("Le président français a rencontré lundi le chancelier allemand à Berlin.", "fr"),
    ("Der französische Präsident traf am Montag den deutschen Bundeskanzler in Berlin.", "de"),
    ("El presidente francés se reunió el lunes con el canciller alemán en Berlín.", "es"),
    ("Президент Франции встретился в понедельник с канцлером Германии в Берлине.", "ru")])
def test_other_languages_are_still_told_without_their_names(text, language):
    assert detect_language(text)[0] == language


# -- the example article, end to end ------------------------------------------------------
def codes(extraction):
    return {(e.source.code, e.cameo[:2], e.target.code if e.target else None) for e in extraction.events}


def test_example_article_core_events(example_extraction):
    found = codes(example_extraction)
    assert ("RUSGOV", "11", "USA") in found            # Moscow accused the United States
    assert ("RUSGOV", "11", "NATO") in found           # The Kremlin accused NATO countries
    assert ("DEUGOV", "02", "RUS") in found            # Scholz called for Russia to ...
    assert {("USA", "10", "RUS"), ("NATO", "10", "RUS")} <= found  # conjoined subjects: one event each
    invade = next(e for e in example_extraction.events if e.trigger == "invade")
    assert invade.negated and invade.source.code == "RUS"
    seized = next(e for e in example_extraction.events if e.trigger == "seized")
    assert seized.historical and seized.date == dt.date(2014, 1, 1)
    meet = [e for e in example_extraction.events if e.trigger == "meet"]
    # a meeting still to come: its participants' intent to meet (036), in Paris, on Wednesday
    assert meet and all(e.cameo == "036" and e.location.name == "Paris" and e.date == dt.date(2022, 1, 26) for e in meet)


def test_every_event_traces_to_its_sentence(example_article, example_extraction):
    for event in example_extraction.events:
        assert example_article.text[event.start:event.end] == event.sentence
        assert example_article.text[event.trigger_start:event.trigger_end] == event.trigger
        assert event.goldstein is not None and event.root == event.cameo[:2]


def test_example_quotes_with_speakers(example_extraction):
    speakers = {q.text: q.speaker["name"] for q in example_extraction.quotes}
    assert speakers["The United States is escalating tensions"] == "Dmitry Peskov"
    assert speakers["We are watching these US actions with great concern."] == "Dmitry Peskov"
    assert speakers["to undertake visible de-escalation."] == "Olaf Scholz"
    peskov = next(q for q in example_extraction.quotes if q.speaker["name"] == "Dmitry Peskov")
    assert peskov.speaker["code"] == "RUSGOV"


def test_reported_speech_and_pronouns():
    text = ("NATO said it was sending ships and jets to bolster eastern Europe's defenses. "
            "The United States and NATO rejected the demands of Moscow.")
    (x,) = extract_articles([article(text)])
    send = next(e for e in x.events if e.trigger == "sending")
    assert send.source.code == "NATO"
    rejected = {e.source.code for e in x.events if e.trigger == "rejected"}
    assert rejected == {"USA", "NATO"}


def test_passive_with_agent():
    (x,) = extract_articles([article("Ukrainian positions were shelled by Russian forces near Donetsk.")])
    (event,) = [e for e in x.events if e.trigger == "shelled"]
    assert event.source.code == "RUSMIL" and event.target.country == "UKR" and event.root == "19"


def test_bad_inputs_never_crash():
    german = article("Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland beschlossen, "
                     "teilte ein Sprecher mit.", aid="de")
    empty = article("", aid="e")
    punct = article("... --- ...", aid="p")
    huge = article("\n\n".join(["Russia accused Ukraine of shelling. The talks went on for hours and hours."] * 6000), aid="h")
    unknown = article("Zorblax denounced Quintar over the border dispute.", aid="u")
    results = {x.article_id: x for x in extract_articles([german, empty, punct, huge, unknown])}
    assert results["de"].skipped.startswith("non-english")
    assert results["e"].skipped.startswith("empty")
    assert results["p"].skipped is not None or results["p"].events == []
    assert len(results["h"].events) > 100
    assert results["u"].events == []


def test_a_title_with_a_hyphen_and_no_name_is_not_an_entity():
    # "President-elect" once crashed the entity labeller (a title, a dash, no name left)
    (x,) = extract_articles([article("The President-elect Luis Arce thanked his supporters in La Paz. "
                                     "President- elect Arce then met Brazil's foreign minister.")])
    assert x.skipped is None


def test_short_english_read_as_pidgin_is_still_extracted():
    # langid calls this one-line report Nigerian Pidgin (pcm); it is English to the pipeline
    (x,) = extract_articles([article("Gunmen killed 30 villagers in northern Nigeria.")])
    assert x.skipped is None
    assert [(e.source.code, e.target.code, e.root) for e in x.events] == [("NGAREB", "NGACVL", "19")]


# -- entities without the statistical NER ------------------------------------------------
def test_rule_entities_label_people_places_groups_and_dates():
    from newsevents.extract.entities import label_entities
    from newsevents.nlp import parse

    (doc,) = parse(["Russian Foreign Minister Sergei Lavrov met Pavlo Klimkin in Geneva on Friday, "
                    "and Hamas spoke to NATO."], entities=False)
    label_entities(doc)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Sergei Lavrov"] == "PERSON" and labels["Pavlo Klimkin"] == "PERSON"
    assert labels["Geneva"] == "GPE" and labels["Friday"] == "DATE"
    assert labels["NATO"] == "ORG" and labels["Hamas"] == "ORG" and labels["Russian"] == "NORP"
    assert "Minister" not in " ".join(e.text for e in doc.ents if e.label_ == "PERSON")
    (doc,) = parse(["Militias in Eastern Syria and Northern Mali fired on North Korean ships."], entities=False)
    label_entities(doc)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Eastern Syria"] == "GPE" and labels["Northern Mali"] == "GPE" and labels["North Korean"] == "NORP"


# -- targets one step away, and what is not an event -------------------------------------
@pytest.mark.parametrize("text, trigger, target", [
    ("The United States has promised to provide written answers to Moscow's demands this week.", "promised", "RUSGOV"),
    ("The United States has warned that Moscow could manufacture an incident in Ukraine.", "warned", "RUSGOV"),
    ("Biden held a video conference with allied leaders from Europe on Monday.", "held", "EUR"),
    ("Blinken traveled to Kyiv, Berlin, and Paris last week.", "traveled", "UKR"),
])
def test_targets_found_one_step_away(text, trigger, target):
    (x,) = extract_articles([article(text)])
    targets = {e.target.code for e in x.events if e.trigger == trigger and e.target}
    assert target in targets


def test_visits_take_the_country_not_its_government():
    (x,) = extract_articles([article("Blinken traveled to Kyiv, Berlin, and Paris last week.")])
    assert {e.target.code for e in x.events if e.trigger == "traveled"} >= {"UKR", "DEU", "FRA"}


@pytest.mark.parametrize("text, trigger", [
    ("The United States told Russia to withdraw from Ukraine's borders.", "withdraw"),  # asked, not done
    ("The Security Council must demand that Russia respect the sovereignty of Ukraine.", "demand"),
    ("He could no longer tolerate what he called the threats from Ukraine.", "called"),  # naming
    ("Lavrov and Blinken agreed at a meeting in Geneva on Friday to keep talking.", "talking"),
    ("Russia denies it has any plans to invade Ukraine.", "denies"),  # negates the plan, not an act
])
def test_not_coded_as_events(text, trigger):
    (x,) = extract_articles([article(text)])
    assert [e for e in x.events if e.trigger == trigger] == []


def test_reported_act_is_not_hypothetical():
    (x,) = extract_articles([article("American forces have struck an Iranian-backed militia in Syria, "
                                     "Pentagon Press Secretary John Kirby told reporters.")])
    (strike,) = [e for e in x.events if e.trigger == "struck"]
    assert strike.hypothetical is False and strike.root == "19"


# -- who "we" is --------------------------------------------------------------------------
def _on(outlet, text):
    a = article(text)
    a.outlet = outlet
    return a


@pytest.mark.parametrize("outlet, text, source", [
    ("state.gov", "We support Ukraine's call for an urgent meeting of the Security Council.", "USAGOV"),
    ("ua.usembassy.gov", "We support Ukraine's call for an urgent meeting of the Security Council.", "USAGOV"),
    ("defense.gov", "Secretary General Stoltenberg: Thank you.\n\nAnd we condemn Russia's attack on Ukraine.", "NATO"),
    ("example.com", '"We condemn Russia\'s attack on Ukraine," Foreign Minister Dmytro Kuleba said.', "UKRGOV"),
])
def test_first_person_plural_is_whoever_speaks(outlet, text, source):
    (x,) = extract_articles([_on(outlet, text)])
    assert source in {e.source.code for e in x.events}
    assert "WE" not in {e.source.code for e in x.events}


@pytest.mark.parametrize("outlet, text", [
    ("example.com", "We condemn Russia's attack on Ukraine."),  # a newsroom's "we" is no actor
    ("state.gov", "MR PRICE: Thank you.\n\nQUESTION: We condemn Russia's attack on Ukraine, don't you?"),
])
def test_first_person_plural_without_a_known_speaker_is_dropped(outlet, text):
    (x,) = extract_articles([_on(outlet, text)])
    assert not [e for e in x.events if e.trigger == "condemn"]


def test_pronoun_in_relative_clause_is_the_clause_subject():
    text = ("The United States pressed Hamas on Tuesday to accept the deal. "
            "Israel would free hundreds of Palestinians it has jailed.")
    (x,) = extract_articles([article(text)])
    jailed = [e for e in x.events if e.trigger == "jailed"]
    assert all(e.source.country == "ISR" for e in jailed)


@pytest.mark.parametrize("sentence, text, value, obj", [
    ("This brings the number to more than 2 million, the official said.", "more than 2 million", 2e6, None),
    ("Ukraine has received 1.5 billion in aid.", "1.5 billion in aid", 1.5e9, "aid"),
])
def test_amounts_with_a_scale_word_and_no_counted_noun(sentence, text, value, obj):
    (amount,) = find_amounts(sents(sentence))
    assert (amount.text, amount.value, amount.object) == (text, value, obj)


def test_a_repeated_text_is_served_from_memory_with_the_same_result(example_article, monkeypatch):
    """Wire copies and re-scraped updates repeat sentences verbatim: the second time they
    are not parsed or embedded again, and nothing in the result changes (dates still resolve
    against each copy's own publication date)."""
    import dataclasses

    import newsevents.extract as extraction
    from newsevents.records import to_dict

    monkeypatch.setattr(extraction, "_PARSED", extraction._Recent(100))
    monkeypatch.setattr(extraction, "_VECTORS", extraction._Recent(100))
    first = to_dict(extract_articles([example_article])[0])
    parsed = []
    monkeypatch.setattr("newsevents.nlp.parse", lambda texts, entities: parsed.extend(texts) or [])
    copy = dataclasses.replace(example_article, id="copy", published=example_article.published + dt.timedelta(days=7))
    again, moved = (to_dict(x) for x in extract_articles([example_article, copy]))
    assert parsed == []  # nothing parsed the second time
    assert again == first
    assert len(moved["events"]) == len(first["events"]) > 0
    assert moved["story_vector"] == first["story_vector"]
    assert {d["date"] for d in moved["dates"]} != {d["date"] for d in first["dates"]}


def test_a_quote_by_someone_the_dictionaries_do_not_know():
    text = ("Kenyan runner Amos Kiprono won the marathon on Sunday. He broke the course record by a minute.\n\n"
            '"I felt strong from the start," he said.')
    (x,) = extract_articles([article(text)])
    assert [q.speaker["name"] for q in x.quotes] == ["Amos Kiprono"]


@pytest.mark.parametrize("text,speakers", [
    # a title with lower-case words before it, a name with a hyphen
    ('"The border will stay closed," interior ministry spokeswoman Marie-Louise Dupont told reporters.',
     ["Marie-Louise Dupont"]),
    ('"We never gave up," Chile coach Ricardo Gareca said.', ["Ricardo Gareca"]),
    # a description of the person just named
    ('Ghanaian sprinter Kofi Mensah won the final.\n\n"It was my best race," the 24-year-old said.', ["Kofi Mensah"]),
    # "in what X called": X's words; with "it", whose words is unsaid
    ('The agency said the ban was imposed, in what its director Hans Berger called "a grave setback".', ["Hans Berger"]),
    ('The navy fired flares, in what it called "a warning to intruders".', []),
    # "while X called": X did not say the earlier quote
    ('Foreign Minister Ana Ruiz said there was "no room for compromise", while Prime Minister Jan Novak called for talks.',
     ["Ana Ruiz"]),
    # a paragraph that opens with an unattributed quote goes on with the last speaker ...
    ('"This is a premeditated attack," said President Joe Biden.\n\n"Putin chose this war. He will pay."',
     ["Joe Biden", "Joe Biden"]),
    # ... but not after a paragraph without quotes
    ('"This is a premeditated attack," said President Joe Biden.\n\nThe markets fell.\n\n"Putin chose this war. He will pay."',
     ["Joe Biden"]),
    # a description, then the name set off by commas
    ('"We are looking for shepherds," the Vatican Secretary of State, Cardinal Pietro Parolin, said.', ["Pietro Parolin"]),
    ('"Every day counts," its Justice Minister, Abubacarr Tambadou, told the court.', ["Abubacarr Tambadou"]),
    ('"We do not stand alone," said Ecuador\'s president, Lenin Moreno.', ["Lenin Moreno"]),
    # a name after a style of address, then the office: the name speaks
    ('"Our doors stay open," said His Highness Sheikh Hamad bin Khalid Al Sabah, Minister of the Interior.',
     ["Sheikh Hamad bin Khalid Al Sabah"]),
    # an indefinite description before the name; a participle opening the sentence
    ('A Houthi military spokesman, Yahya Saree, said the attacks "will not go unanswered or unpunished".', ["Yahya Saree"]),
    ('Addressing the ceremony, Prime Minister Nawaz Sharif said the friendship was "higher than the Himalayas".',
     ["Nawaz Sharif"]),
    # the subject who calls something a name says it; a group calling itself a name does not
    ('President Emmanuel Macron rejected the proposal on Tuesday, calling it "a step backwards for Europe".',
     ["Emmanuel Macron"]),
    ('A little-known group calling itself "Sons of the Northern Mountains" has attacked two police posts.', []),
    # "he said" goes on from the first person of the sentence before (its subject), known or not ...
    ('Prime Minister Jan Novak accused President Vladimir Putin of blackmail. "This is a new kind of pressure," he said.',
     ["Jan Novak"]),
    ('Police Commissioner Ana Mbeki defended her officers after President Jacob Zuma visited the mine.\n\n'
     '"They did what the law allows," she told reporters.', ["Ana Mbeki"]),
    # a subject by surname alone is the person named in full before
    ('Interior Minister Alfred Kamau visited the town on Monday.\n\nKamau accused the opposition of planning the riots '
     'after President Vladimir Putin called. "Those who planned it will face the law," he said.', ["Alfred Kamau"]),
    # ... and a quote that ends its sentence gives nothing to the name opening the next one
    ('Foreign Minister Tomas Ruiz called the vote "a decent step." President Joe Biden said nothing.', ["Tomas Ruiz"]),
    # "he" after a person described as a body's head is the person, not the body the dictionaries know
    ('Baron Olav Strand, the president of the International Olympic Committee, regretted the vote. '
     '"Sport pays for the quarrels of politicians," he said.', ["Olav Strand"]),
    # a described subject ends before its verb ("the Prime Minister thanked ... and said")
    ('Prime Minister Omar Hale arrived on Monday.\n\nAddressing the ceremony, the Prime Minister thanked the guests '
     'and said the ties were "stronger than steel and deeper than the sea".', ["Omar Hale"]),
    # the last capitalised pair before "he said" may be a body, not a person
    ('Cyclist Tomas Varga finished second. The race sponsor, Brackley Farms, doubled the prize. '
     '"The jersey stays in the team," he said.', ["Tomas Varga"]),
    # a phrase a person judges with is theirs, however short ...
    ('Governor Paulo Mendes dismissed the strikers as "paid agitators" on Friday.', ["Paulo Mendes"]),
    ('Senator Ines Okafor accused the ministry of "criminal neglect".', ["Ines Okafor"]),
    # ... but not a body's, nor a single scare-quoted word
    ('The Interior Ministry dismissed the strikers as "paid agitators".', []),
    ('Governor Paulo Mendes dismissed the "agitators".', []),
    # "the minister said": the person the article introduced with that title
    ('The Trade Minister, Ms Clara Ruiz, signed the accord in Lima.\n\n"It opens every port to us," the minister said.',
     ["Clara Ruiz"]),
    ('The festival prize went to director Anton Weiss on Sunday. "I owe it to my crew," the director said.',
     ["Anton Weiss"]),
    # (not a former holder of the title)
    ('Former prime minister Omar Hale was tried in May.\n\n"The courts are free," the prime minister said.',
     ["the prime minister"]),
    # a name the dictionaries hold in part is not that person ("Li Hong" is not a known "Hong ...")
    ('"I used to take the night train," said Li Hong, a 34-year-old teacher.', ["Li Hong"]),
    # a day before the speaker set off by a comma is when, not who
    ('Troops seized the port early on Monday, President Ana Ruiz announced, saying "the siege is over".', ["Ana Ruiz"]),
    # the subject named by surname alone is the full name written before it in the same paragraph,
    # and a place or body after a preposition, or an office set off before a name, is no one
    ('Rebel leader Tomas Arko was freed on Monday. Arko, who then sheltered in the Swiss Embassy, appealed for help. '
     '"Every day counts," he told reporters.', ["Tomas Arko"]),
    ('The Secretary for Foreign Affairs, Dr Ana Kofi, said the border would stay open. "Nobody will be turned away," '
     'she told reporters.', ["Ana Kofi"]),
    # a family name written first: "President Tsai Ing-wen", then "Tsai"
    ('TAIPEI - President Tsai Ing-wen returned on Friday.\n\nTsai thanked the crew. "We will not bow," she said.',
     ["Tsai Ing-wen"]),
    # lower-case words inside a name, and a job before it, lower case too
    ('"The harvest is lost," Mayor Joao dos Reis said on Monday.', ["Joao dos Reis"]),
    ('"Order books are full," said plant manager Hanna Lind of Vasterby Steel.', ["Hanna Lind"]),
    ('"No one came to help," one resident, Amina Yusuf, told reporters.', ["Amina Yusuf"]),
    # more ways of saying
    ('"We will be back next year," Ms Okoro joked.', ["Ms Okoro"]),
    # a description does not run over a joint into the next verb ("the neighbouring state and promised")
    ('Prime Minister Ana Ruiz called the raid "an act of war" by the neighbouring state and promised a '
     '"very painful" response.', ["Ana Ruiz", "Ana Ruiz"]),
    # a phrase of the subject's in the object of a verb that orders, thanks or judges, the subject
    # introduced after a country that owns the office, or by title and family name alone
    ("Chile's Interior Minister Rosa Vidal accused the marchers of \"organised criminal violence\".", ["Rosa Vidal"]),
    ('Defence Minister Ari Levin ordered a "total blockade" of the port on Monday.', ["Ari Levin"]),
    ('Ghana\'s President Kofi Mensah thanked Togo for "standing with us in the dark hour".', ["Kofi Mensah"]),
    ('President Harlan condemned the raid as "naked aggression" on Friday.', ["Harlan"]),
    # words "what X has called", a present-tense reply, a subject described in a relative clause
    ('Thousands fled in what the refugee commissioner, Ana Ruiz, has called "the fastest exodus in years".', ["Ana Ruiz"]),
    ('Asked about the talks, Mr Haddad replies: "Nothing has been decided."', ["Mr Haddad"]),
    ('Governor Lena Ortiz, who has long mocked her rival as a "puppet of the capital", won the vote.', ["Lena Ortiz"]),
    # a title alone, or a title of a work, is not said by the subject
    ('President Biden signed the "Clean Harbours Act" into law on Tuesday.', []),
    # '"...," the prime minister said' after a sentence that opens with a person: that person, unless
    # that sentence gives the person another office; an office introduced with a name comes first
    ('Dr Jane Okafor accused foreign governments of meddling. "Our judges answer to nobody abroad," the prime '
     'minister told reporters.', ["Jane Okafor"]),
    ('Opposition leader Sam Doe criticised the ruling. "We will respect the courts," the prime minister said.',
     ["the prime minister"]),
    ('The Foreign Minister, Amina Rahimi, spoke in New York. "No nation can carry this alone," the Foreign Minister '
     'said. Later the External Affairs Minister of Nepal, Ram Thapa, telephoned her.', ["Amina Rahimi"]),
    # a quote is a person's words: not a ministry's, a state's or an armed group's (GUIDE.md) ...
    ('China\'s Commerce Ministry said it "deeply regrets" the decision.', []),
    ('Turkey urged Armenia to "cease its provocations" on Monday.', []),
    ('Hezbollah said the ceasefire was treated "as if it did not exist".', []),
    # ... but a person named after the body speaks
    ('"We have been compelled to take this step," External Affairs Ministry spokeswoman Nirupama Rao said.',
     ["Nirupama Rao"]),
])
def test_quote_speakers_in_wire_copy(text, speakers):
    (x,) = extract_articles([article(text)])
    assert [q.speaker["name"] for q in x.quotes] == speakers


def test_the_titled_speaker_is_the_one_named_before_the_quote():
    # "the President" is the president named up to the quote, not one named later in the article
    text = ("KYIV - President Leonid Kuchma signed the treaty on Monday.\n\n"
            '"We have made our choice for peace," the President said.\n\n'
            "In Budapest, President Bill Clinton replied to Boris Yeltsin.")
    (x,) = extract_articles([article(text, published=dt.date(1994, 12, 5))])
    assert [q.speaker["name"] for q in x.quotes] == ["Leonid Kuchma"]


def test_an_honorific_and_either_name_and_the_name_as_written():
    # "Mr Lai" after "President Lai Ching-te"; the speaker spelled as the article spells him
    text = ("TAIPEI - President Lai Ching-te visited a marine base on Monday.\n\n"
            '"We will not seek escalation," Mr Lai said.')
    (x,) = extract_articles([article(text, published=dt.date(2024, 5, 27))])
    assert [q.speaker["name"] for q in x.quotes] == ["Lai Ching-te"]


def test_a_person_named_with_an_office_keeps_his_own_name():
    # the office gives the code (POLGOV from the dateline), not the name
    text = ("WARSAW - Foreign Minister Bronislaw Geremek, who signed for Poland, said the day closed a chapter. "
            '"Poland is returning to the family it was torn from," he said.')
    (x,) = extract_articles([article(text, published=dt.date(1999, 3, 13))])
    assert [q.speaker["name"] for q in x.quotes] == ["Bronislaw Geremek"]


@pytest.mark.parametrize("sentence,expected", [
    ("The president announced six additional medical teams.", [("six additional medical teams", 6.0, "teams")]),
    ("Two senior State Department officials briefed reporters.", [("Two senior State Department officials", 2.0, "officials")]),
    ("Russia has about 30,000 troops there and 100,000 near the border.",
     [("about 30,000 troops", 30000.0, "troops"), ("100,000", 100000.0, None)]),
    ("It delivered 18 howitzers of 155 millimeter caliber.", [("18 howitzers", 18.0, "howitzers")]),
])
def test_counts_with_adjectives_and_counts_said_before(sentence, expected):
    assert [(a.text, a.value, a.object) for a in find_amounts(sents(sentence))] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a part counted out of a whole: the count ends with the whole's noun, not with the verb after it
    ("Fourteen of its officers were detained.", [("Fourteen of its officers", 14.0, "officers")]),
    ("The court said 27 of the defendants had fled.", [("27 of the defendants", 27.0, "defendants")]),
    ("They expelled 12 of our diplomats.", [("12 of our diplomats", 12.0, "diplomats")]),
    ("Five of the eleven ministers resigned.", [("Five of the eleven ministers", 5.0, "ministers")]),
    # out of people said before
    ("Six of them were freed on Monday.", [("Six of them", 6.0, None)]),
    ("It holds 40 sailors, nine of whom are Turkish.", [("40 sailors", 40.0, "sailors"), ("nine of whom", 9.0, None)]),
    ("About 2,500 of those are in the north.", [("About 2,500 of those", 2500.0, None)]),
    # "one of them" picks one out
    ("One of them was hurt.", []),
])
def test_parts_counted_out_of_a_whole(sentence, expected):
    assert [(a.text, a.value, a.object) for a in find_amounts(sents(sentence))] == expected


@pytest.mark.parametrize("sentence,expected", [
    # a part of a counted whole: both are counts
    ("Air defences shot down 31 of the 40 drones.",
     [("31 of the 40 drones", 31.0, "drones"), ("40 drones", 40.0, "drones")]),
    # tens and units written as words, as a sentence opens
    ("Thirty-seven miners were trapped.", [("Thirty-seven miners", 37.0, "miners")]),
    # a model name with a hyphen is a modifier of what is counted
    ("The air force bought eight MiG-29 fighters.", [("eight MiG-29 fighters", 8.0, "fighters")]),
    # the minutes of a live blog's time count nothing
    ("11:45 Riot police fired tear gas.", []),
    ("09:30 The foreign ministry summoned the envoy.", []),
])
def test_wholes_number_words_and_live_blog_times(sentence, expected):
    assert [(a.text, a.value, a.object) for a in find_amounts(sents(sentence))] == expected


@pytest.mark.parametrize("sentence,country,expected", [
    # a currency name several countries use is the story's country's own, when it is one of them
    ("The fare rose by 40 pesos.", "ARG", [("40 pesos", 40.0, "ARS")]),
    ("Fines reach 9,000 dinars.", "JOR", [("9,000 dinars", 9000.0, "JOD")]),
    ("The province lost $4 billion in exports.", "CAN", [("$4 billion in exports", 4e9, "CAD")]),
    # elsewhere "$" is the US dollar and a shared name says no currency
    ("The province lost $4 billion in exports.", "GBR", [("$4 billion in exports", 4e9, "USD")]),
    ("The fare rose by 40 pesos.", None, [("40 pesos", 40.0, None)]),
    ("The fund paid US$4 billion.", "CAN", [("US$4 billion", 4e9, "USD")]),
    # a currency's letters before a large figure, as written
    ("Traders lost Sh45 million.", "KEN", [("Sh45 million", 45e6, "KES")]),
    ("The bank lent USD 2.5 billion.", None, [("USD 2.5 billion", 2.5e9, "USD")]),
    ("The contract was worth Rp 80 million.", "IDN", [("Rp 80 million", 80e6, "IDR")]),
    ("The N2 highway runs past 40 farms.", "NGA", [("40 farms", 40.0, None)]),
])
def test_the_stories_own_currency(sentence, country, expected):
    assert [(a.text, a.value, a.unit) for a in find_amounts(sents(sentence), country)] == expected


def test_an_articles_amounts_are_read_in_its_countrys_currency():
    text = "SANTIAGO - The government raised the metro fare by 30 pesos on Monday."
    (x,) = extract_articles([article(text)])
    assert [(a.text, a.unit) for a in x.amounts] == [("30 pesos", "CLP")]


@pytest.mark.parametrize("text,expected", [
    # not the story's country's currency: the one country the sentence names that uses the name
    ("ANKARA - West Germany has pledged 20 million marks to house the refugees.", [("20 million marks", "DEM")]),
    ("ANKARA - The Swiss government gave 2 million francs to the Red Cross.", [("2 million francs", "CHF")]),
    # none named, or two that use it: no currency is said
    ("ANKARA - The relief fund raised 5 million francs from donors.", [("5 million francs", None)]),
    ("ANKARA - France and Belgium each gave 10 million francs.", [("10 million francs", None)]),
])
def test_a_shared_currency_name_is_that_of_the_country_the_sentence_names(text, expected):
    (x,) = extract_articles([article(text)])
    assert [(a.text, a.unit) for a in x.amounts] == expected


def test_a_few_words_in_latin_script_do_not_decide_the_language():
    # a loan phrase tips a one-line English report to French; other scripts still tell
    assert detect_language("Afghanistan summoned Pakistan's charge d'affaires in Kabul.")[0] != "fr"
    assert detect_language("Le ministre des Affaires étrangères a convoqué le chargé d'affaires du Pakistan.")[0] == "fr"


def test_an_unknown_briefer_speaks_for_the_state_his_turn_names():
    # "MR BURNS:" is no one the dictionaries know; his turn opens with the United States acting,
    # so his "we" is its government
    text = ("MR BURNS: The United States condemns the assault by Bosnian Serb forces on Srebrenica.\n\n"
            "We demand that the Bosnian Serb leadership release these soldiers immediately.")
    record = {"article": {"id": "t-briefing", "published": "1995-07-12", "title": None,
                          "blocks": [{"kind": "paragraph", "text": p} for p in text.split("\n\n")]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    assert ("USAGOV", "BIHREB", "1053") in [(e["source"], e["target"], e["cameo"]) for e in events]


@pytest.mark.parametrize("title", [
    "President Zelensky's evening address after the strikes",
    "Zelensky addresses the nation on the strikes",
    "Zelensky thanks allies: speech to parliament",
    "Address to the nation by President Zelensky on the strikes (excerpt)",
    "Remarks by President Zelensky after the strikes",
    "Kyiv: Ukraine thanks Moldova (media release of the President's office)",
])
def test_a_speech_s_i_is_whoever_the_title_names_as_speaking(title):
    record = {"article": {"id": "t-address", "published": "2022-10-10", "title": title,
                          "blocks": [{"kind": "paragraph", "text": "I thank Moldova for its solidarity."},
                                     {"kind": "paragraph", "text": "Russia has sent us nothing but missiles."}]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    assert ("UKRGOV", "MDA", "051") in [(e["source"], e["target"], e["cameo"]) for e in events]


def test_our_forces_are_the_speaker_s_country_s():
    record = {"article": {"id": "t-our", "published": "2010-11-29",
                          "title": "Address to the nation by President Lee Myung-bak",
                          "blocks": [{"kind": "paragraph", "text": "Our forces attacked North Korean positions."}]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    assert [(e["source"], e["target"], e["cameo"]) for e in events] == [("KORMIL", "PRK", "190")]


def test_a_briefer_s_label_is_read_with_the_title_that_names_him():
    # "Spokesman:" is no one the dictionaries know; the title says whose spokesman he is
    text = ("Spokesman: Good afternoon.\n\nSpokesman: We call on the Myanmar military to release the detained leaders.")
    record = {"article": {"id": "t-noon", "published": "2021-02-02",
                          "title": "Noon briefing by the Spokesman for the Secretary-General, 2 February 2021: Myanmar",
                          "blocks": [{"kind": "paragraph", "text": p} for p in text.split("\n\n")]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    assert [(e["source"], e["cameo"][:2]) for e in events] == [("UNO", "02")]


def test_a_transcript_titled_with_its_spokesperson_speaks_for_the_ministry():
    text = ("OFFICIAL SPOKESPERSON: Good afternoon.\n\n"
            "OFFICIAL SPOKESPERSON: We call on Canada to act against these groups.")
    record = {"article": {"id": "t-mea", "published": "2023-06-02",
                          "title": "Transcript of the weekly media briefing by the Official Spokesperson of the Ministry of External Affairs",
                          "blocks": [{"kind": "paragraph", "text": p} for p in text.split("\n\n")]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    assert [(e["source"], e["target"], e["cameo"][:2]) for e in events] == [("INDGOV", "CAN", "02")]


def test_the_people_a_head_of_state_addresses_are_his_country_s_civilians():
    record = {"article": {"id": "t-people", "published": "2010-11-29",
                          "title": "Address to the nation by President Lee Myung-bak",
                          "blocks": [{"kind": "paragraph", "text": "I apologise to the people for failing to protect them."},
                                     {"kind": "paragraph", "text": "We will withdraw our troops from the islands."}]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    # (his own troops stay his own: a withdrawal with no one else named)
    assert [(e["source"], e["target"], e["cameo"]) for e in events] == [("KORGOV", "KORCVL", "055"), ("KORGOV", None, "0356")]


def test_a_statement_s_we_is_whoever_the_title_says_makes_it():
    record = {"article": {"id": "t-statement", "published": "2017-04-05",
                          "title": "Statement by the United Kingdom at the Security Council on Syria",
                          "blocks": [{"kind": "paragraph", "text": "Thank you, Madam President."},
                                     {"kind": "paragraph", "text": "We urge the Syrian regime to give the inspectors full access."}]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    assert [(e["source"], e["target"], e["cameo"][:2]) for e in events] == [("GBRGOV", "SYRGOV", "02")]


@pytest.mark.parametrize("sentence,worth", [
    # no event verb: a sentence that only says others did the same is still worth a parse
    ("So did the Nigerian president.", True),
    ("Bahrain and Egypt followed suit within hours.", True),
    # a denial of what one is said to have done, with no charge named
    ("The army denied targeting civilians.", True),
    ("The ministry denied its officials were there.", True),
    # neither an event verb nor such a phrase: not parsed
    ("The Nigerian president arrived on Tuesday evening.", False),
])
def test_the_cheap_pass_lets_acts_done_likewise_and_denials_through(sentence, worth):
    assert worth_parsing(sentence, trigger_forms()) is worth


def test_a_denial_of_doing_something_is_coded_with_no_charge_named():
    record = {"article": {"id": "t-denial", "published": "2023-06-25", "title": "Sudan",
                          "blocks": [{"kind": "paragraph", "text": "The RSF denied targeting civilians."}]}}
    events = predictions(extract_articles([gold_article(record)])[0])["events"]
    assert [(e["source"], e["target"], e["cameo"]) for e in events] == [("SDNREB", None, "016")]


def test_the_subject_a_pronoun_speaker_goes_on_from():
    from newsevents.extract.quotes import _subject_name
    assert _subject_name("Police Commissioner Ana Mbeki said officers fired.", "") == "Ana Mbeki"
    assert _subject_name("In San Pedro, Garcia said the vote was over.", "Mayor Luis Garcia arrived.") == "Luis Garcia"
    assert _subject_name("President Vladimir Putin's spokesman Dmitry Peskov said so.", "") == "Dmitry Peskov"
    assert _subject_name("The Foreign Ministry said so.", "") is None
    assert _subject_name("Mr said so.", "") is None  # an honorific alone names no one
    # a place the sentence opens with, or a capitalised word no one was named by, is passed over
    assert _subject_name("In Baghdad, the Information Minister, Mr Latif Jasim, said so.", "") == "Latif Jasim"
    assert _subject_name("Its moderator, the Reverend Fonki Samuel Forba, pleaded with them.", "") == "Samuel Forba"
    assert _subject_name("Peru's Prime Minister Ana Torres praised them.", "") == "Ana Torres"
    assert _subject_name("Senator Okafor praised them.", "") == "Okafor"  # no full name written before
    assert _subject_name("The Kremlin praised them.", "") is None
