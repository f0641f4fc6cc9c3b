"""User dictionaries: directories of TSV files in the formats of newsevents/data/ that add to
or override the installed vocabulary without editing the package.

A directory may hold any of people.tsv, country_aliases.tsv, metonyms.tsv, roles.tsv,
blocs.tsv (actors) and verbs.tsv (event patterns), with the same header rows as the files in
newsevents/data/. Directories come from the NEWSEVENTS_DICT environment variable (several
separated by os.pathsep, the first winning), the `dict_dirs` setting, or `--dict DIR` on the
commands that extract (newsevents/settings.py; the engines pass the settings to their
workers). User entries win over the curated files, which win over the PETRARCH import.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsevents import settings

ENV = "NEWSEVENTS_DICT"
FILES = ("people.tsv", "country_aliases.tsv", "metonyms.tsv", "roles.tsv", "blocs.tsv", "verbs.tsv")


def dict_dirs() -> list[Path]:
    """The user dictionary directories, in precedence order (missing ones skipped)."""
    return [Path(p).expanduser() for p in settings.current().dict_dirs if Path(p).expanduser().is_dir()]


def user_files(name: str) -> list[Path]:
    """Every user dictionary file called `name`, first-winning first."""
    return [d / name for d in dict_dirs() if (d / name).is_file()]


def user_verb_files() -> list[Path]:
    """The extra verb pattern files (format of data/verbs.tsv) the coder should read before
    its own data/verbs.tsv."""
    return user_files("verbs.tsv")


def use_dicts(dirs: list[str | Path] | None) -> None:
    """Make `dirs` the user dictionaries of this process (and, through the settings the
    engines pass on, of its workers); the caches built from dictionaries are dropped."""
    if dirs:
        missing = [str(d) for d in dirs if not Path(d).expanduser().is_dir()]
        if missing:
            raise FileNotFoundError(f"no such dictionary directory: {', '.join(missing)}")
    settings.configure(settings.from_mapping(
        {"dict_dirs": tuple(str(Path(d).expanduser().resolve()) for d in dirs or ())}, settings.current()))


_DROP_ON_CHANGE = []  # caches built from dictionaries or the lexicon cache setting


def drop_when_dictionaries_change(fn):
    """Register an lru_cache'd function to be cleared when the user dictionaries (or the
    lexicon cache folder) change: later stages (extract) register theirs, so none is imported here."""
    _DROP_ON_CHANGE.append(fn)
    return fn


def _settings_changed(old, new) -> None:
    if (old.dict_dirs, old.lexicon_cache_dir) != (new.dict_dirs, new.lexicon_cache_dir):
        lexicon_module = sys.modules.get("newsevents.actors.lexicon")  # not loaded: nothing cached
        for fn in _DROP_ON_CHANGE + ([lexicon_module.lexicon] if lexicon_module else []):
            fn.cache_clear()


settings.on_change(_settings_changed)
