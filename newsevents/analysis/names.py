"""Names for codes, for people reading pages and tables: CAMEO codes ("190" -> "Use
conventional military force", from data/cameo.tsv) and actor codes ("RUSGOV" -> "Russia:
government", from the country list, data/blocs.tsv and the CAMEO role codes)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

ROLES = {"GOV": "government", "MIL": "military", "LEG": "legislature", "REB": "rebels",
         "OPP": "opposition", "JUD": "judiciary", "CVL": "civilians", "BUS": "business",
         "MED": "media", "SPY": "intelligence", "REF": "refugees", "COP": "police",
         "ELI": "elites", "HLH": "health", "EDU": "education", "LAB": "labour", "IGO": "IGO",
         "NGO": "NGO", "UAF": "armed group", "CRM": "criminals", "ENV": "environment", "AGR": "agriculture"}
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@lru_cache(maxsize=1)
def _cameo() -> dict[str, str]:
    from newsevents.events.taxonomy import cameo_codes

    out = {}
    for code, c in cameo_codes().items():
        name = c.name
        if name.isupper():  # root names are upper case in the codebook
            name = name.capitalize()
        out[code] = name
    return out


def cameo_name(code: str | None) -> str:
    if not code:
        return ""
    names = _cameo()
    while code and code not in names:
        code = code[:-1]
    return names.get(code, "")


@lru_cache(maxsize=1)
def _blocs() -> dict[str, str]:
    text = resources.files("newsevents.data").joinpath("blocs.tsv").read_text("utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    out: dict[str, str] = {}
    for r in rows:
        if not (r.get("from") or r.get("to")):  # a dated role ("Taliban": AFGGOV) names the group, not the code
            out.setdefault(r["code"], r["name"])
    return out


@lru_cache(maxsize=4096)
def actor_name(code: str | None) -> str:
    """A readable name for an actor code; the code itself when nothing is known."""
    if not code:
        return ""
    from newsevents.actors.lexicon import countries

    code = code.upper()
    blocs = _blocs()
    names = countries()
    country, role = code[:3], code[3:]
    # a bloc row names an organisation or region; one under a country's code ("Wagner" is
    # RUSMIL) is a member of it, not its name
    if code in blocs and country not in names:
        return blocs[code]
    if country in names:
        if not role:
            return names[country]
        return f"{names[country]}: {ROLES.get(role[:3], role.lower())}"
    if country in blocs and role:
        return f"{blocs[country]}: {ROLES.get(role[:3], role.lower())}"
    return code


def all_cameo_roots() -> list[tuple[str, str]]:
    return [(c, n) for c, n in _cameo().items() if len(c) == 2]
