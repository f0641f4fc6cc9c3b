"""The nlp stage: our compiled attribute ruler and cached lemmatizer must give exactly what
spaCy's own components give; wire datelines are cut off the clause the coder parses."""

import pytest
import spacy

from newsevents.nlp import MODEL, CachedLemmatizer, FastAttributeRuler, HyphenatedNames, load_nlp

TRICKY = [
    "I ain't gonna go, y'all.", "Let's go, c'mon!", "There is a problem.  It  got worse; nothin' changed.",
    "Is it? You said I did, and she gets it.", "But the talks, which were held in Geneva, did not end.",
    "That is what they wanted: this, not those.", "He has to do it whether or not Moscow agrees.",
]


def _annotations(docs):
    return [[(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in docs]


def test_our_pipeline_annotates_exactly_like_spacy(corpus_records):
    texts = TRICKY + [p for r in corpus_records[:25] for p in r["text"].split("\n") if p.strip()]
    expected = _annotations(spacy.load(MODEL, disable=["ner"]).pipe(texts))
    ours = load_nlp()
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(ours.get_pipe("lemmatizer"), CachedLemmatizer)
    # (the extract stage's joining of hyphenated names changes tokens on purpose: left out here)
    disable = [p for p in ("ner", "newsevents_hyphenated_names") if p in ours.pipe_names]
    for _ in range(2):  # cold and warm lemma cache
        got = _annotations(ours.pipe(texts, disable=disable))
        assert sum(len(d) for d in got) > 3000
        assert got == expected


def test_known_hyphenated_names_stay_one_token():
    doc = spacy.blank("en")("Jaish-e-Mohammed's men met al-Shabaab and a well-known Al-Shabaab-linked cleric.")
    doc = HyphenatedNames(lambda: {"jaish-e-mohammed", "al-shabaab"})(doc)
    words = [t.text for t in doc]
    assert words[:3] == ["Jaish-e-Mohammed", "'s", "men"] and "al-Shabaab" in words
    assert ["well", "-", "known"] == words[7:10] and "Al-Shabaab" in words and "linked" in words


@pytest.mark.parametrize("text,clause", [
    ("KYIV, Ukraine (AP) - Russian drones hit a depot.", "Russian drones hit a depot."),
    ("LAGOS, May 2 (Reuters) - Nigeria's army said.", "Nigeria's army said."),
    ("SEOUL \u2014 North Korea fired a missile.", "North Korea fired a missile."),
    ("(Reuters) - Iran's navy seized a tanker.", "Iran's navy seized a tanker."),
    # other outlets' datelines: a known city in title case before a dash, or before a colon
    ("Jakarta \u2014 Indonesia deployed troops.", "Indonesia deployed troops."),
    ("Lagos, Jan 5 (NAN) -- The army said.", "The army said."),
    ("KARACHI: Police arrested two men.", "Police arrested two men."),
    ("Islamabad: Pakistan protested.", "Pakistan protested."),
    ("DOHA, 3rd June, 2021 (QNA) -- Qatar welcomed the truce.", "Qatar welcomed the truce."),
    # not datelines: a heading-like kicker with a colon, a sentence that starts with a name
    ("Russia \u2014 the largest country \u2014 voted no.", None),
    ("UPDATE: Iran said it would respond.", None),
    ("RUSSIAN AGGRESSION IN UKRAINE: The United States acted.", None),
    ("U.S. officials said - again - that talks failed.", None),
])
def test_wire_datelines_are_cut_off_the_clause(text, clause):
    from newsevents.nlp.places import without_dateline
    from newsevents.records import Sentence

    sentence = Sentence(3, 100, 100 + len(text), text)
    cut = without_dateline(sentence)
    assert cut.text == (clause or text)
    assert cut.index == 3 and text[cut.start - 100:] == cut.text


@pytest.mark.parametrize("name,country", [("Turkey", "TUR"), ("Ivory Coast", "CIV"), ("Czech Republic", "CZE"),
                                          ("Democratic Republic of Congo", "COD"), ("Burma", "MMR"),
                                          ("Priština", "KSV"), ("Bogotá", "COL")])
def test_common_country_names_are_places(name, country):
    from newsevents.nlp.places import lookup_place
    assert lookup_place(name).country == country


def test_a_country_ending_a_sentence_is_named_and_abbreviations_keep_their_stops():
    from newsevents.actors.lexicon import text_country_mentions as _country_mentions
    assert _country_mentions("The ministry sent a protest to China.") == ["CHN"]
    assert _country_mentions("Talks between the U.S. and Kenya.") == ["USA", "KEN"]


def test_a_dateline_whose_lead_opens_with_an_unnamed_institution_is_the_story_s_country():
    from newsevents.extract import _countries_named
    from newsevents.nlp.places import dateline_country
    assert dateline_country("MANILA - The foreign ministry protested to China.", _countries_named) == "PHL"
    assert dateline_country("NAIROBI - Police arrested two Ugandan lawmakers.", _countries_named) == "KEN"
    # (an institution the lead names the country of is that country's: talks held in Havana)
    assert dateline_country("HAVANA - Colombia's government and the ELN agreed to a ceasefire.", _countries_named) is None


def test_a_city_s_own_name_outranks_another_city_s_alternate_name():
    from newsevents.nlp.places import dateline_country, lookup_place
    assert lookup_place("Islamabad").country == "PAK"
    assert dateline_country("Nairobi \u2014 Kenyan police arrested ten people.") == "KEN"


def test_every_national_capital_is_a_place_and_a_dateline_even_when_small_or_a_word():
    from newsevents.extract import _countries_named
    from newsevents.nlp.places import dateline_country, lookup_place
    assert lookup_place("Apia").country == "WSM"  # (40,000 people, under the gazetteer's floor)
    assert lookup_place("Valletta").country == "MLT"
    assert lookup_place("Male") is None  # the word, in running text
    assert dateline_country("Male, Feb 6: Former Maldivian President Mohamed Nasheed asked India for help.",
                            _countries_named) == "MDV"
    assert dateline_country("MALE, Feb 6 - Police detained two judges.", _countries_named) == "MDV"
    assert lookup_place("Douglas") is None  # a first name before the Isle of Man's capital


def test_a_dateline_whose_lead_is_set_in_another_country_s_city_is_not_the_story_s_country():
    from newsevents.extract import _countries_named
    from newsevents.nlp.places import dateline_country
    assert dateline_country("BANGKOK, May 2 - Riot police in Yangon fired tear gas at students.", _countries_named) is None
    assert dateline_country("BANGKOK, May 2 - Riot police in Chiang Mai fired tear gas at students.", _countries_named) == "THA"
    assert dateline_country("BANGKOK, May 2 - Riot police fired tear gas at students.", _countries_named) == "THA"


def test_a_province_or_oblast_named_after_its_town_is_the_town_s_country():
    from newsevents.nlp.places import lookup_place
    assert lookup_place("Sumy Oblast").country == "UKR"
    assert lookup_place("Surin province").country == "THA"  # (a town under the gazetteer's floor)
    assert lookup_place("Surin") is None
    assert lookup_place("Chinatown district") is None  # a district is not a small town's


def test_a_dateline_split_off_as_a_sentence_is_checked_against_the_next():
    from newsevents.extract import _countries_named
    from newsevents.nlp.places import dateline_country
    assert dateline_country("BEIJING, May 4. /Xinhua/.", _countries_named, "Chinese police detained two men.") == "CHN"
    assert dateline_country("LIMA.", _countries_named, "Peru's congress voted.") == "PER"
    assert dateline_country("LIMA.", _countries_named, "Chilean police detained two men.") is None
    assert dateline_country("Russia.", _countries_named, "Russia voted no.") is None


@pytest.mark.parametrize("lead,country", [
    # a lead that names no country is about the dateline's; one that names another is not
    ("LA PAZ - Striking tin miners blocked the road to Oruro.", "BOL"),
    ("KAMPALA - Police fired tear gas at opposition supporters.", "UGA"),
    ("KAMPALA - Kenya's president met opposition leaders.", None),
    # where international bodies meet is not the story's country
    ("GENEVA - Talks on the ceasefire resumed on Monday.", None),
])
def test_a_dateline_is_the_story_s_country_unless_the_lead_names_another(lead, country):
    from newsevents.extract import _countries_named
    from newsevents.nlp.places import dateline_country
    assert dateline_country(lead, _countries_named) == country


@pytest.mark.parametrize("name,country", [("Tigray", "ETH"), ("North Kivu", "COD"), ("Borno state", "NGA"),
                                          ("Helmand", "AFG"), ("Nagorno-Karabakh", "AZE"), ("Rakhine", "MMR"),
                                          ("the Donetsk region", "UKR"), ("Ontario", "CAN")])
def test_regions_and_provinces_are_places(name, country):
    from newsevents.nlp.places import lookup_place
    assert lookup_place(name).country == country


def test_regions_two_countries_share_or_that_are_words_are_not_places():
    from newsevents.nlp.places import _regions, lookup_place
    assert lookup_place("Punjab") is None  # India's and Pakistan's
    assert "central" not in _regions() and lookup_place("Red Sea") is None
    assert lookup_place("Kabul").lat is not None  # the city, not the province
