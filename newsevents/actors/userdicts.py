"""User dictionaries: directories of TSV files in the formats of newsevents/data/ that add to
or override the installed vocabulary without editing the package.

A directory may hold any of people.tsv, country_aliases.tsv, metonyms.tsv, roles.tsv,
blocs.tsv (actors) and verbs.tsv (event patterns), with the same header rows as the files in
newsevents/data/. Directories come from the NEWSEVENTS_DICT environment variable (several
separated by os.pathsep, the first winning) or from `--dict DIR` on the commands that extract
(which sets NEWSEVENTS_DICT, so worker processes inherit it). User entries win over the
curated files, which win over the PETRARCH import.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "NEWSEVENTS_DICT"
FILES = ("people.tsv", "country_aliases.tsv", "metonyms.tsv", "roles.tsv", "blocs.tsv", "verbs.tsv")


def dict_dirs() -> list[Path]:
    """The user dictionary directories, in precedence order (missing ones skipped)."""
    value = os.environ.get(ENV, "")
    return [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip() and Path(p).expanduser().is_dir()]


def user_files(name: str) -> list[Path]:
    """Every user dictionary file called `name`, first-winning first."""
    return [d / name for d in dict_dirs() if (d / name).is_file()]


def user_verb_files() -> list[Path]:
    """The extra verb pattern files (format of data/verbs.tsv) the coder should read before
    its own data/verbs.tsv."""
    return user_files("verbs.tsv")


def use_dicts(dirs: list[str | Path] | None) -> None:
    """Make `dirs` the user dictionaries of this process and of the workers it starts (sets
    NEWSEVENTS_DICT, then drops the cached lexicon and verb patterns)."""
    if dirs:
        missing = [str(d) for d in dirs if not Path(d).expanduser().is_dir()]
        if missing:
            raise FileNotFoundError(f"no such dictionary directory: {', '.join(missing)}")
        os.environ[ENV] = os.pathsep.join(str(Path(d).expanduser().resolve()) for d in dirs)
    else:
        os.environ.pop(ENV, None)
    clear_caches()


def clear_caches() -> None:
    import importlib

    lexmod = importlib.import_module("newsevents.actors.lexicon")

    lexmod.lexicon.cache_clear()
    from newsevents import extract
    from newsevents.events import taxonomy

    for fn in (taxonomy.verb_patterns, taxonomy.noun_patterns, taxonomy.trigger_forms,
               taxonomy.trigger_requirements, extract._coder, extract.actor_cues):
        fn.cache_clear()
