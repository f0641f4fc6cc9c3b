#!/usr/bin/env python
"""Convert the PETRARCH2 / Phoenix dictionaries (MIT, Open Event Data Alliance) into the
project's own TSV files under newsevents/data/petrarch/.

    .venv/bin/python scripts/convert_petrarch.py [--src DIR] [--out DIR] [--words FILE]

--src defaults to ../shared/reference/petrarch2 (relative to the repository); --out to
newsevents/data/petrarch. Re-running it rewrites every output file from the sources, so the
output is reproducible; the generated files are committed (the package works without the
sources). The converter only reads the standard library and the repository.

Outputs (tab-separated, '#' comment header, one header row):

  countries.tsv    phrase, code, kind (country|place), source
                   Country names, adjectives and their variants (kind=country), and the
                   cities / provinces / nicknames listed under a country (kind=place). Only
                   kind=country rows are loaded as actors: a city name is a place ("in Kyiv"),
                   and capitals acting as governments come from the curated metonyms.tsv.
                   A synonym counts as a country name when it shares its first four letters
                   with the country's primary name or with an earlier country-name synonym
                   (AFGHANISTAN -> AFGHAN, AFGANISTAN), or when it is the primary name itself.
  people.tsv       name, code, start, end, source
                   One row per (name variant, dated role). start/end are ISO dates, inclusive,
                   empty for an open side; a row with both empty is the person's default role
                   (applies when no dated role covers the article's date).
  organisations.tsv phrase, code, kind (igo|ngo|mnc|rebel|org), source
                   Phoenix.International (IGOs, NGOs, companies), Phoenix.MilNonState (armed
                   non-state groups) and the national institutions listed in
                   Phoenix.Countries (e.g. AFGHAN_NATIONAL_ARMY -> AFGMIL). Well-known IGO
                   codes are mapped onto the project's org codes (IGOUNO -> UNO, IGOWSTNAT ->
                   NATO, IGOEUREEC -> EU, ...: IGO_CODES below); the UN's other agencies and
                   bodies (IGOUNOWFP, IGOUNOREFHCR, the WHO, the ICJ) are UNO; other codes are
                   kept as PETRARCH wrote them.
  agents.tsv       word, role, code, source
                   Agent nouns (singular and plural) with the 3-letter role they add to a
                   country ("police" -> COP). Only single words with a role in ROLES are loaded
                   by the lexicon; multi-word agents are kept in the file for reference.
  verbs-candidates.tsv pattern, cameo, note, source
                   CAMEO.2.0.txt verbs and simple patterns in the pattern format of
                   data/verbs.tsv (lemma, then +lemma terms). NOT loaded by the coder.
  LICENSE-petrarch2 the MIT licence of the sources.

`source` is FILE:LINE of the source line the row comes from.

Filters (what is dropped, and why):
  * names shorter than 3 letters (after dropping punctuation), unless written in capitals as an
    acronym of 2+ letters (case-sensitive matching then keeps "us"/"un" safe);
  * single-word names that are common English words: words seen in lower case in the bundled
    sample corpus (sample/corpus-usgov.jsonl), spaCy-free stop words (STOP below) and
    data/place_stopwords.txt ("Nice", "Mobile", "Chad" as a verb is kept only as a country);
  * people: every title word at the start of a name is removed (PRESIDENT_VLADIMIR_PUTIN ->
    Vladimir Putin) and the name is kept only if at least two words remain: imported people
    match by full name only, never by surname alone ("+PUTIN_" is dropped);
  * roles whose code does not parse (malformed dates such as 2004017, the null code ---);
  * agents: words in AGENT_STOP (business, people, man, boss, ...) and roles outside ROLES
    (religions, PPL, ELI, ...);
  * verb patterns: those with words before the verb (subjects), with the TABARI markers % ^,
    with combined codes (042:043), codes not in data/cameo.tsv, or pre-compounded verbs
    (WIRE_+TAP), and those using a synonym set (&WEAPON) of more than MAX_SYNSET (4)
    members; smaller sets (&DEFENSE) are expanded into one pattern per member. Each verb of a
    synonym block gets the block's patterns (one row per verb and pattern).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = REPO.parent / "shared" / "reference" / "petrarch2"
DEFAULT_OUT = REPO / "newsevents" / "data" / "petrarch"

ROLES = {"GOV", "MIL", "REB", "OPP", "CRM", "BUS", "CVL", "JUD", "COP", "MED", "LEG", "HLH",
         "UAF", "EDU", "SPY", "AGR", "LAB", "REF", "ENV"}
AGENT_STOP = {"business", "businesses", "man", "men", "woman", "women", "people", "person",
              "persons", "boss", "bosses", "member", "members", "group", "groups", "leader",
              "leaders", "source", "sources", "party", "parties", "staff", "worker", "workers",
              "force", "forces", "unit", "units", "body", "bodies", "team", "teams", "side",
              "sides", "head", "heads", "chief", "chiefs", "agent", "agents", "company",
              "companies", "firm", "firms", "industry", "industries", "market", "markets",
              "airline", "airlines", "bank", "banks", "office", "offices", "court", "courts",
              "media", "press", "paper", "papers", "post", "station", "stations", "officer",
              "officers", "trade", "bargainer", "crowd", "crowds", "youth", "youths", "mob",
              "mobs", "student", "students", "family", "families", "gang", "gangs"}
STOP = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
        "new", "old", "north", "south", "east", "west", "central", "great", "united", "first",
        "republic", "state", "states", "city", "island", "islands", "union", "national",
        "people", "general", "president", "king", "queen", "prince", "princess", "lord", "sir",
        "china", "jordan", "chad", "georgia", "turkey", "guinea", "niger"}
# country names that are also words or names must stay as countries: not dropped by the
# common-word filter when they are the primary name of a country record
TITLE_WORDS = {"president", "prime", "minister", "vice", "deputy", "foreign", "defense", "defence",
               "secretary", "general", "gen.", "gen", "russian", "american", "chinese", "former",
               "premier", "king", "queen", "prince", "crown", "sheikh", "emir", "sultan",
               "chancellor", "senator", "sen.", "rep.", "gov.", "governor", "ambassador", "mr.",
               "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "lt.", "col.", "maj.", "chief",
               "leader", "opposition", "party", "chairman", "un", "u.n.", "united", "nations",
               "secretary-general", "of", "the", "state", "interior", "finance", "justice",
               "moscow", "chief", "executive", "commander", "army", "speaker", "mayor", "judge",
               "ayatollah", "pope", "cardinal", "archbishop", "bishop", "rev.", "father", "imam",
               "mullah", "field", "marshal", "adm.", "admiral", "brig.", "sgt.", "capt."}
IGO_CODES = {"IGOUNO": "UNO", "IGOWSTNAT": "NATO", "IGOEUREEC": "EU", "IGOAFRAFU": "AU",
             "IGOAFRAU": "AU", "IGOUNOIAE": "IAEA",
             "IGOWSTIMF": "IMF", "IGOBUSIMF": "IMF", "IGOUNOWBK": "WBK", "IGOUNODEVWBK": "WBK",
             "IGOBUSWBK": "WBK", "IGOASAASN": "ASEAN", "IGOSEAASN": "ASEAN", "IGOARBARL": "ARL",
             "IGOMEAARL": "ARL", "IGOEUROSC": "OSCE", "IGOGULGCC": "GCC", "IGOMEAGCC": "GCC",
             "IGOJUDICC": "ICC"}


def igo_code(code: str) -> str:
    """The project's code for a Phoenix IGO code: the mapped ones above; any other body or
    agency of the UN (IGOUNOWFP, IGOUNOREFHCR, IGOUNOKID, the WHO, the ICJ ...) is the UN,
    UNO, as the gold guide codes UN agencies and officials."""
    if code in IGO_CODES:
        return IGO_CODES[code]
    return "UNO" if code.startswith("IGOUNO") else code
ACRONYM_MIN = 2
MAX_SYNSET = 4  # synsets expanded into patterns only up to this many members
MIN_LETTERS = 3


def _src(path: Path, line: int) -> str:
    return f"{path.name}:{line}"


def _clean(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def phrase_text(raw: str) -> str:
    """'AL-SHABAAB_' -> 'AL-SHABAAB'; 'BORIS_N._YELTSIN' -> 'BORIS N. YELTSIN'."""
    text = raw.strip().lstrip("+").replace("_", " ")
    text = re.sub(r"\([^)]*\)", " ", text)  # "(AAIA)" acronyms in parentheses
    return " ".join(text.split()).strip(" ,")


def display(phrase: str) -> str:
    """Readable case for an all-caps PETRARCH phrase: 'AL-SHABAAB' -> 'Al-Shabaab'; acronyms
    (no vowel or <= 5 letters written as one word) stay in capitals."""
    words = []
    for w in phrase.split():
        letters = re.sub(r"[^A-Za-z]", "", w)
        if w.isupper() and (len(letters) <= 4 and " " not in phrase or not re.search(r"[AEIOUY]", letters)):
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    out = " ".join(words)
    return re.sub(r"'S\b", "'s", out)


def common_words(repo: Path = REPO) -> set[str]:
    words: set[str] = set(STOP)
    sample = repo / "sample" / "corpus-usgov.jsonl"
    if sample.exists():
        for line in sample.read_text("utf-8").splitlines():
            try:
                text = json.loads(line).get("text") or ""
            except ValueError:
                continue
            words.update(re.findall(r"\b[a-z][a-z'-]+\b", text))
    stop = repo / "newsevents" / "data" / "place_stopwords.txt"
    if stop.exists():
        words.update(l.strip().lower() for l in stop.read_text("utf-8").splitlines()
                     if l.strip() and not l.startswith("#"))
    return words


def junk(phrase: str, common: set[str], keep: bool = False) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", phrase)
    if " " not in phrase and phrase.replace(".", "").isupper() and len(letters) >= ACRONYM_MIN \
            and len(letters) <= 5 and not keep:
        return False  # an acronym: matched case-sensitively
    if len(letters) < MIN_LETTERS:
        return True
    return (not keep) and " " not in phrase and phrase.lower() in common


# ---------------------------------------------------------------- dates and actor records
def parse_date(text: str) -> str | None:
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        y, m, d = text[:4], text[4:6], text[6:]
    elif re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        y, m, d = str(2000 + yy if yy <= 30 else 1900 + yy), text[2:4], text[4:]
    else:
        return None
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def parse_restriction(body: str) -> tuple[str, str, str] | None:
    """'RUSGOV >080508' -> ('RUSGOV', '2008-05-08', ''); 'RUSELI' -> ('RUSELI', '', '')."""
    parts = body.split()
    if not parts or parts[0] in ("---",) or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code = parts[0]
    if len(parts) == 1:
        return code, "", ""
    spec = "".join(parts[1:])
    if spec.startswith(">"):
        start = parse_date(spec[1:])
        return (code, start, "") if start else None
    if spec.startswith("<"):
        end = parse_date(spec[1:])
        return (code, "", end) if end else None
    if "-" in spec:
        a, b = spec.split("-", 1)
        start, end = parse_date(a), parse_date(b)
        return (code, start, end) if start and end else None
    return None


class Record:
    def __init__(self) -> None:
        self.names: list[tuple[str, int, bool]] = []  # phrase, line, has CountryInfo comment
        self.codes: list[tuple[str, str, str, int]] = []  # code, start, end, line
        self.inline: bool = False


def read_actor_records(path: Path) -> list[Record]:
    """PETRARCH actor file -> records. A record is a primary phrase, its '+' synonyms and the
    code lines after them; consecutive primary phrases with no code yet share the codes that
    follow (the Yeltsin block of Phoenix.Countries)."""
    records: list[Record] = []
    current: Record | None = None
    for number, raw in enumerate(path.read_text("utf-8", errors="replace").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("<"):
            continue
        comment = raw.partition("#")[2]
        line = _clean(raw)
        if not line.strip():
            continue
        if raw[0] in " \t" and line.strip().startswith("["):  # code / date restriction lines
            if current is None:
                continue
            for body in re.findall(r"\[([^\]]*)\]", line):
                parsed = parse_restriction(body)
                if parsed:
                    current.codes.append((*parsed, number))
            continue
        is_syn = line.startswith("+")
        name_part, _, code_part = line.partition("[")
        codes = re.findall(r"\[([^\]]*)\]", "[" + code_part) if code_part else []
        if not is_syn and (current is None or current.codes or current.inline or codes):
            current = Record()
            records.append(current)
        elif current is None:
            current = Record()
            records.append(current)
        name = phrase_text(name_part)
        if name:
            current.names.append((name, number, "CountryInfo" in comment))
        for body in codes:
            parsed = parse_restriction(body)
            if parsed:
                current.codes.append((*parsed, number))
                current.inline = True
    return [r for r in records if r.names and r.codes]


# ---------------------------------------------------------------- converters
def person_name(phrase: str) -> str | None:
    """Strip leading titles; None unless a full name (2+ words) remains."""
    words = phrase.split()
    while words and words[0].lower().rstrip(",") in TITLE_WORDS:
        words = words[1:]
    if "," in " ".join(words):
        return None
    if len(words) < 2:
        return None
    name = display(" ".join(words))
    name = " ".join(w if not re.fullmatch(r"[A-Z]\.?", w) else w.rstrip(".") + "." for w in name.split())
    return name


def convert_countries(path: Path, common: set[str]):
    countries, people, orgs = [], [], []
    for rec in read_actor_records(path):
        bare = [c for c in rec.codes if not c[1] and not c[2]]
        dated = [c for c in rec.codes if c[1] or c[2]]
        is_person = any(flag for _, _, flag in rec.names) or bool(dated)
        if is_person:
            seen = set()
            for phrase, number, _ in rec.names:
                name = person_name(phrase)
                if not name or name.lower() in seen:
                    continue
                seen.add(name.lower())
                for code, start, end, cnum in rec.codes:
                    people.append((name, code, start, end, _src(path, cnum)))
            continue
        code = bare[0][0]
        if len(code) == 3:  # a country: names, adjectives, then cities and provinces
            primary = rec.names[0][0]
            stems = {re.sub(r"[^A-Z]", "", primary)[:4]}
            for i, (phrase, number, _) in enumerate(rec.names):
                stem = re.sub(r"[^A-Z]", "", phrase.upper())[:4]
                is_name = i == 0 or stem in stems
                if is_name:
                    stems.add(stem)
                if junk(phrase, common, keep=(i == 0)):
                    continue
                countries.append((display(phrase), code, "country" if is_name else "place", _src(path, number)))
        else:
            for phrase, number, _ in rec.names:
                if not junk(phrase, common):
                    orgs.append((display(phrase), code, "org", _src(path, number)))
    return countries, people, orgs


def org_kind(code: str) -> str:
    if code.startswith("IGO") or code in IGO_CODES.values():
        return "igo"
    if code.startswith("NGO") or code.startswith("NGM"):
        return "ngo"
    if code.startswith("MNC"):
        return "mnc"
    if code[3:6] in ("REB", "UAF", "INS") or code.startswith("IMG"):
        return "rebel"
    return "org"


def convert_orgs(path: Path, common: set[str]):
    orgs, people = [], []
    for rec in read_actor_records(path):
        dated = [c for c in rec.codes if c[1] or c[2]]
        if dated:  # IGO heads with dated roles: people
            seen = set()
            for phrase, number, _ in rec.names:
                name = person_name(phrase)
                if not name or name.lower() in seen:
                    continue
                seen.add(name.lower())
                for code, start, end, cnum in rec.codes:
                    people.append((name, igo_code(code), start, end, _src(path, cnum)))
            continue
        code = igo_code(rec.codes[0][0])
        for phrase, number, _ in rec.names:
            if junk(phrase, common):
                continue
            orgs.append((display(phrase), code, org_kind(code), _src(path, number)))
    return orgs, people


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("s"):
        return word
    return word + "s"


def convert_agents(path: Path):
    subs: dict[str, list[str]] = {}
    rows = []
    for number, raw in enumerate(path.read_text("utf-8", errors="replace").splitlines(), start=1):
        line = _clean(raw).strip()
        if not line or line.startswith("<"):
            continue
        m = re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.fullmatch(r"(\S+)\s*(\{[^}]*\})?\s*\[([^\]}]*)[\]}]", line)
        if not m:
            continue
        phrase, plural_spec, code = m.group(1), m.group(2), m.group(3).strip()
        role = code.replace("~", "")[:3]
        forms: list[str] = []
        marker = re.search(r"!\w+!", phrase)
        if marker and marker.group(0) in subs:
            forms = [phrase.replace(marker.group(0), s) for s in subs[marker.group(0)]]
        elif marker:
            continue
        else:
            forms = [phrase]
            if plural_spec is None:
                last = phrase.split("_")[-1]
                forms.append(phrase[: len(phrase) - len(last)] + plural(last))
            elif plural_spec.strip("{} "):
                forms += plural_spec.strip("{} ").split()
        for form in forms:
            word = phrase_text(form).lower()
            if word and word not in AGENT_STOP and role in ROLES:
                rows.append((word, role, code, _src(path, number)))
    return rows


def convert_verbs(path: Path, cameo_codes: set[str]):
    lines = path.read_text("utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    rows = []
    current_set = None
    block_code, verbs = None, []  # verbs: (lemma, particle words, own code, line)
    in_patterns = False
    for number, raw in enumerate(lines, start=1):
        if "VERB PATTERNS" in raw:
            in_patterns = True
            continue
        line = _clean(raw).strip()
        comment = raw.partition("#")[2].strip()
        if not line:
            continue
        if not in_patterns:
            if line.startswith("&"):
                current_set = line.rstrip("_")
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(line[1:].strip().rstrip("_").replace("_", " ").lower())
            continue
        m = re.match(r"---\s+(.*?)\s+\[([^\]]*)\]\s+---", line)
        if m:
            block_code = m.group(2).strip()
            block_name = m.group(1).strip()
            verbs = []
            continue
        if line.startswith("~"):
            continue
        if line.startswith("-"):
            pm = re.fullmatch(r"-\s*(.*?)\s*\[([^\]]*)\]", line)
            if not pm:
                continue
            body, code = pm.group(1), pm.group(2).strip()
            if code not in cameo_codes or "*" not in body:
                continue
            pre, _, post = body.partition("*")
            if pre.strip() or re.search(r"[%^]", post):
                continue
            post = post.replace("$", " ").replace(" + ", " ")
            tokens = re.findall(r"&\w+|[A-Z][A-Z'\-.]*", post.replace("(", " ").replace(")", " ")
                                .replace("{", " ").replace("}", " "))
            if not tokens:
                continue
            alternatives = [[]]
            ok = True
            for tok in tokens:
                if tok.startswith("&"):
                    members = synsets.get(tok.rstrip("_")) or synsets.get(tok)
                    if not members or len(members) > MAX_SYNSET:
                        ok = False
                        break
                    alternatives = [a + m.split() for a in alternatives for m in members]
                else:
                    alternatives = [a + [tok.lower()] for a in alternatives]
            if not ok:
                continue
            for lemma, particles, _, _ in verbs:
                for terms in alternatives:
                    terms = list(dict.fromkeys(particles + [t for t in terms if t not in ("a", "an", "the")]))
                    pattern = " ".join([lemma] + ["+" + t for t in terms])
                    rows.append((pattern, code, f"{block_name}: {comment}".rstrip(": "), _src(path, number)))
            continue
        # a verb line: VERB, VERB {forms}, VERB [code], +MULTI_WORD
        vm = re.fullmatch(r"([+A-Z_'\-]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line)
        if not vm:
            continue
        word = vm.group(1)
        own = vm.group(3)[1:-1].strip() if vm.group(3) else None
        if "_" in word:
            parts = word.split("_")
            if not parts[0].startswith("+"):
                continue  # pre-compounded (WIRE_+TAP): not expressible
            lemma, particles = parts[0][1:].lower(), [p.lower() for p in parts[1:] if p]
        else:
            lemma, particles = word.lstrip("+").lower(), []
        verbs.append((lemma, particles, own, number))
        code = own or block_code
        if code in cameo_codes:
            pattern = " ".join([lemma] + ["+" + p for p in particles])
            rows.append((pattern, code, block_name, _src(path, number)))
    seen, unique = set(), []
    for row in rows:
        if (row[0], row[1]) not in seen:
            seen.add((row[0], row[1]))
            unique.append(row)
    return unique


# ---------------------------------------------------------------- output
HEADERS = {
    "countries.tsv": ("phrase", "code", "kind", "source"),
    "people.tsv": ("name", "code", "start", "end", "source"),
    "organisations.tsv": ("phrase", "code", "kind", "source"),
    "agents.tsv": ("word", "role", "code", "source"),
    "verbs-candidates.tsv": ("pattern", "cameo", "note", "source"),
}
NOTE = ("# Generated by scripts/convert_petrarch.py from the PETRARCH2/Phoenix dictionaries\n"
        "# (MIT licence, Open Event Data Alliance: see LICENSE-petrarch2). Do not edit: re-run the\n"
        "# converter, or put additions in a user dictionary (docs/DICTIONARIES.md).\n")


def write(out: Path, name: str, rows, extra: str = "") -> None:
    with open(out / name, "w", encoding="utf-8", newline="") as f:
        f.write(NOTE + extra)
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(HEADERS[name])
        for row in rows:
            w.writerow([str(c).replace("\t", " ") for c in row])


def dedupe(rows, key=lambda r: (r[0].lower(), r[1])):
    seen, out = set(), []
    for r in rows:
        k = key(r)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def convert(src: Path, out: Path, repo: Path = REPO) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    common = common_words(repo)
    cameo = {r["code"] for r in csv.DictReader(
        [l for l in (repo / "newsevents" / "data" / "cameo.tsv").read_text("utf-8").splitlines()
         if l.strip() and not l.startswith("#")], delimiter="\t")}
    countries, people, orgs = [], [], []
    if (src / "Phoenix.Countries.actors.txt").exists():
        countries, people, orgs = convert_countries(src / "Phoenix.Countries.actors.txt", common)
    for name in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        if (src / name).exists():
            o, p = convert_orgs(src / name, common)
            orgs += o
            people += p
    agents = convert_agents(src / "Phoenix.agents.txt") if (src / "Phoenix.agents.txt").exists() else []
    verbs = convert_verbs(src / "CAMEO.2.0.txt", cameo) if (src / "CAMEO.2.0.txt").exists() else []
    countries = dedupe(countries)
    orgs = dedupe(orgs, key=lambda r: r[0].lower())
    people = dedupe(people, key=lambda r: (r[0].lower(), r[1], r[2], r[3]))
    agents = dedupe(agents, key=lambda r: r[0])
    write(out, "countries.tsv", countries)
    write(out, "people.tsv", people)
    write(out, "organisations.tsv", orgs)
    write(out, "agents.tsv", agents)
    write(out, "verbs-candidates.tsv", verbs,
          "# CANDIDATES ONLY: not read by the coder. Same pattern format as data/verbs.tsv; each\n"
          "# row to be audited against gold before it moves into data/verbs.tsv.\n")
    if (src / "LICENSE").exists():
        shutil.copyfile(src / "LICENSE", out / "LICENSE-petrarch2")
    counts = {"countries": sum(1 for r in countries if r[2] == "country"),
              "places": sum(1 for r in countries if r[2] == "place"),
              "people names": len({r[0].lower() for r in people}), "people roles": len(people),
              "organisations": len(orgs), "agents": len(agents), "verb candidates": len(verbs)}
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC, help="the petrarch2 dictionaries directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    if not args.src.is_dir():
        print(f"no such directory: {args.src} (give --src)", file=sys.stderr)
        return 2
    counts = convert(args.src, args.out)
    for key, value in counts.items():
        print(f"{key}\t{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
