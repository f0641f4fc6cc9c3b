"""scripts/convert_petrarch.py over small slices of each PETRARCH2 dictionary file
(tests/data/petrarch/, original format)."""

import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "data" / "petrarch"


def _converter():
    spec = importlib.util.spec_from_file_location("convert_petrarch", ROOT / "scripts" / "convert_petrarch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    target = tmp_path_factory.mktemp("petrarch")
    counts = _converter().convert(FIXTURES, target)
    assert counts["countries"] > 0 and counts["verb candidates"] > 0
    return target


def rows(out: Path, name: str) -> list[dict[str, str]]:
    lines = [l for l in (out / name).read_text("utf-8").splitlines() if l and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_countries_names_are_actors_cities_are_places(out):
    got = {r["phrase"]: (r["code"], r["kind"]) for r in rows(out, "countries.tsv")}
    assert got["Afghanistan"] == ("AFG", "country")
    assert got["Afghan"] == ("AFG", "country")
    assert got["Afganistan"] == ("AFG", "place")  # a misspelling: stem AFGA, conservatively a place
    assert got["Kabul"] == ("AFG", "place")
    assert got["Helmand"] == ("AFG", "place")
    assert rows(out, "countries.tsv")[0]["source"] == "Phoenix.Countries.actors.txt:2"


def test_people_keep_dated_roles_and_full_names_only(out):
    people = rows(out, "people.tsv")
    putin = [(r["code"], r["start"], r["end"]) for r in people if r["name"] == "Vladimir Putin"]
    assert ("RUSGOV", "2008-05-08", "") in putin          # >080508
    assert ("RUSELI", "1970-01-01", "1999-08-09") in putin  # two-digit years
    assert ("RUSELI", "", "") in putin                    # the default role
    names = {r["name"] for r in people}
    assert "Putin" not in names  # a surname alone is dropped
    assert "Vladimir V. Putin" in names  # the title is stripped, the full name kept
    assert "Boris N. Yeltsin" in names  # code-less primaries share the codes after them
    assert "Kofi Annan" in names and any(r["code"] == "UNO" for r in people if r["name"] == "Kofi Annan")


def test_organisations_and_armed_groups(out):
    orgs = {r["phrase"]: (r["code"], r["kind"]) for r in rows(out, "organisations.tsv")}
    assert orgs["Afghan National Army"] == ("AFGMIL", "org")
    assert orgs["The United Nations"] == ("UNO", "igo")
    assert orgs["International Atomic Energy Agency"] == ("IAEA", "igo")
    assert orgs["Amnesty International"] == ("NGOHRI", "ngo")
    assert orgs["Al-Shabaab"] == ("SOMREB", "rebel")
    assert orgs["Hamas"] == ("PSEREBHMS", "rebel")
    assert "Target" not in orgs  # a common English word


def test_mapped_igo_codes_are_the_curated_organisations_codes():
    # an imported head of the World Bank was coded WB while the curated World Bank is WBK
    curated = {r[1] for r in csv.reader((ROOT / "newsevents" / "data" / "blocs.tsv").open(encoding="utf-8"),
                                        delimiter="\t") if len(r) > 2 and not r[0].startswith("#")}
    converter = _converter()
    assert converter.igo_code("IGOUNODEVWBK") == "WBK"
    assert set(converter.IGO_CODES.values()) <= curated


def test_agents_expand_plurals_and_substitutions_and_drop_junk(out):
    agents = {r["word"]: r["role"] for r in rows(out, "agents.tsv")}
    assert agents["police"] == "COP" and "polices" not in agents  # {} means no plural
    assert agents["policemen"] == "COP" and agents["policewoman"] == "COP"
    assert agents["soldier"] == "MIL" and agents["soldiers"] == "MIL"
    assert agents["attorneys general"] == "GOV"
    assert agents["protesters"] == "OPP"
    assert "business" not in agents and "buddhist monk" not in agents


def test_verb_candidates(out):
    got = {(r["pattern"], r["cameo"]): r["source"] for r in rows(out, "verbs-candidates.tsv")}
    assert ("rush +aid", "070") in got and ("speed +aid", "070") in got  # the block's verbs share patterns
    assert ("rush +to +border", "154") in got
    assert ("bolster +defence", "074") in got and ("bolster +defense", "074") in got  # small synset
    assert not any(p.startswith("rush +food") for p, _ in got)  # synset of 5 members: skipped
    assert ("accuse", "112") in got  # the block's own code
    assert ("beef +up", "0871") in got  # a multi-word verb with its own code
    assert not any(p.startswith("wire") or p.startswith("tap") for p, _ in got)
    assert not any(c == "042:043" for _, c in got)
    assert got[("rush +aid", "070")] == "CAMEO.2.0.txt:20"
    header = (out / "verbs-candidates.tsv").read_text("utf-8")
    assert "CANDIDATES ONLY" in header


def test_licence_ships_beside_the_data(out):
    assert "MIT License" in (out / "LICENSE-petrarch2").read_text("utf-8")
    assert (ROOT / "newsevents" / "data" / "petrarch" / "LICENSE-petrarch2").is_file()


def test_cli_refuses_a_missing_source(tmp_path, capsys):
    assert _converter().main(["--src", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
