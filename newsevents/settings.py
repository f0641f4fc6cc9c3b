"""Every knob of newsevents in one frozen object (the table in docs/SETTINGS.md).

Where a value comes from, later winning:

1. the defaults below;
2. a TOML file: `newsevents.toml` in the working directory, or `--config FILE` on the CLI
   (keys are the field names, at the top level or under a `[newsevents]` table);
3. the environment: `NEWSEVENTS_*` variables (the name is in each field's metadata);
4. command-line options (`--stories`, `--dict`, ...), applied by the CLI with `replace`.

This is the only module that reads `os.environ` (tests/test_architecture.py checks).
Code reads `current()` once per call or per batch, never per article or sentence. Worker
processes and Ray tasks get the object passed explicitly (`configure(settings)` in the pool
initializer or the task), not through the environment.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

CONFIG_FILE = "newsevents.toml"
ENV_PREFIX = "NEWSEVENTS_"


class SettingsError(ValueError):
    """A setting with a wrong name or a value of the wrong type (one line for the CLI)."""


def _knob(default: Any, env: str | None, doc: str) -> Any:
    return field(default=default, metadata={"env": env, "doc": doc})


@dataclass(frozen=True)
class Settings:
    # extraction
    story_model: str = _knob("auto", "NEWSEVENTS_STORY_MODEL",
                             "story vectors: auto (MiniLM when installed), minilm or tfidf; `ingest --stories`")
    entities: str = _knob("rules", "NEWSEVENTS_ENTITIES",
                          "entity labels: rules (lexicon + gazetteer) or spacy (statistical NER, doubles the parse cost)")
    repeat_cache: int = _knob(5000, "NEWSEVENTS_REPEAT_CACHE",
                              "parsed sentences and story vectors each process remembers (0: off)")
    dict_dirs: tuple[str, ...] = _knob((), "NEWSEVENTS_DICT",
                                       "user dictionary folders, first winning (env: separated by os.pathsep); `--dict`")
    min_english_probability: float = _knob(0.5, None,
                                           "an article detected as another language with at least this probability is not extracted")
    max_parsed_sentences: int = _knob(1500, None, "sentences parsed per article at most")
    nlp_batch_size: int = _knob(64, None, "spaCy `nlp.pipe` batch size")
    lexicon_cache_dir: str = _knob("", "NEWSEVENTS_CACHE_DIR",
                                   "where the pickled lexicon goes; empty: $XDG_CACHE_HOME/newsevents or ~/.cache/newsevents; off: no cache")
    xdg_cache_home: str = _knob("", "XDG_CACHE_HOME", "(the standard variable, read for the default cache folder)")
    # engine and store
    batch_size: int = _knob(32, None, "articles per extraction batch; `ingest --batch-size`")
    write_articles: int = _knob(256, None, "articles (and rejects) per write transaction")
    lock_wait: float = _knob(10.0, "NEWSEVENTS_LOCK_WAIT", "seconds to wait for a database another process holds")
    # corpus
    story_threshold_minilm: float = _knob(0.72, None, "cosine similarity to join a story, MiniLM vectors")
    story_threshold_tfidf: float = _knob(0.45, None, "cosine similarity to join a story, TF-IDF vectors")
    story_window_days: int = _knob(3, None, "days around a story's dates in which an article may join it")
    dedup_threshold: float = _knob(0.8, None, "MinHash Jaccard similarity of a near duplicate")
    dedup_containment: float = _knob(0.8, None, "share of a shorter text inside a longer one for a syndicated copy")
    # analysis and serving
    spike_window: int = _knob(14, None, "days of history a spike is measured against")
    spike_z: float = _knob(2.5, None, "z-score of a spike")
    spike_min_mentions: int = _knob(3, None, "mentions a day needs to be a spike")
    serve_idle: float = _knob(1.0, "NEWSEVENTS_SERVE_IDLE",
                              "seconds without a request before `serve` lets the database file go")
    # tests
    crash_at: str = _knob("", "NEWSEVENTS_CRASH_AT", "test hook: crash point name (engine/core.py crash_point)")
    crash_mode: str = _knob("", "NEWSEVENTS_CRASH_MODE", "test hook: raise instead of os._exit")

    def story_threshold(self, model: str) -> float:
        return self.story_threshold_tfidf if model == "tfidf" else self.story_threshold_minilm


FIELDS = {f.name: f for f in fields(Settings)}


def _convert(name: str, value: Any) -> Any:
    """`value` (from TOML, an env string or an option) as the type of field `name`."""
    default = FIELDS[name].default
    try:
        if isinstance(default, tuple):
            if isinstance(value, str):
                value = [p for p in value.split(os.pathsep) if p.strip()]
            if not isinstance(value, (list, tuple)):
                raise TypeError
            return tuple(str(v) for v in value)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if not isinstance(value, (str, int, float)):
            raise TypeError
        return str(value).strip()
    except (TypeError, ValueError):
        raise SettingsError(f"setting {name}: {value!r} is not of type {type(default).__name__}") from None


def from_mapping(values: Mapping[str, Any], base: Settings | None = None, origin: str = "settings") -> Settings:
    """`base` with the `values` given by field name (unknown names are an error)."""
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise SettingsError(f"{origin}: unknown setting {', '.join(unknown)} (known: {', '.join(FIELDS)})")
    return replace(base or Settings(), **{k: _convert(k, v) for k, v in values.items()})


def from_file(path: str | Path, base: Settings | None = None) -> Settings:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise SettingsError(f"config file {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"config file {path}: not valid TOML ({exc})") from exc
    data = {**{k: v for k, v in data.items() if k != "newsevents"}, **data.get("newsevents", {})}
    return from_mapping(data, base, origin=str(path))


def from_env(env: Mapping[str, str] | None = None, base: Settings | None = None) -> Settings:
    env = os.environ if env is None else env
    values = {name: env[f.metadata["env"]] for name, f in FIELDS.items()
              if f.metadata["env"] and env.get(f.metadata["env"], "") != ""}
    try:
        return from_mapping(values, base, origin="environment")
    except SettingsError as exc:
        raise SettingsError(f"environment: {exc} ({', '.join(FIELDS[n].metadata['env'] for n in values)})") from None


def load(config: str | Path | None = None, env: Mapping[str, str] | None = None,
         **options: Any) -> Settings:
    """Defaults, then the TOML file (`config`, or ./newsevents.toml if present), then the
    environment, then `options` (None values ignored)."""
    settings = Settings()
    if config is not None:
        settings = from_file(config, settings)
    elif Path(CONFIG_FILE).is_file():
        settings = from_file(CONFIG_FILE, settings)
    settings = from_env(env, settings)
    return from_mapping({k: v for k, v in options.items() if v is not None}, settings, origin="options")


_current: Settings | None = None
_listeners: list[Callable[[Settings, Settings], None]] = []


def current() -> Settings:
    """The settings of this process (loaded on first use)."""
    global _current
    if _current is None:
        _current = load()
    return _current


def configure(settings: Settings | None) -> Settings | None:
    """Make `settings` this process's settings (None: load again on next use). Listeners
    (caches that depend on a setting) hear about the change."""
    global _current
    old, _current = _current, settings
    if old is not None and settings is not None and old != settings:
        for listener in list(_listeners):
            listener(old, settings)
    return old


def update(**changes: Any) -> Settings:
    """The current settings with `changes` (by field name), made current."""
    settings = from_mapping({k: v for k, v in changes.items() if v is not None}, current(), origin="options")
    configure(settings)
    return settings


@contextmanager
def overridden(**changes: Any) -> Iterator[Settings]:
    """Temporarily change settings (tests)."""
    old = current()
    try:
        yield update(**changes)
    finally:
        configure(old)


def on_change(listener: Callable[[Settings, Settings], None]) -> None:
    """Call `listener(old, new)` whenever the settings of this process change."""
    if listener not in _listeners:
        _listeners.append(listener)


class SimulatedCrash(BaseException):
    """Raised by crash_point with NEWSEVENTS_CRASH_MODE=raise (not an Exception: nothing
    on the way up may catch and handle it)."""


def crash_point(name: str) -> None:
    """Test hook: `NEWSEVENTS_CRASH_AT=name` kills the process here as kill -9 would (no
    cleanup, no flush, no rollback); with NEWSEVENTS_CRASH_MODE=raise it raises
    SimulatedCrash instead (for a Ray driver, whose cluster must be shut down cleanly).
    Points: after-write, corpus-start, after-dedup, after-stories. Used by tests/test_crash.py;
    a no-op otherwise."""
    config = current()
    if config.crash_at and config.crash_at == name:
        if config.crash_mode == "raise":
            raise SimulatedCrash(name)
        os._exit(137)


def table() -> list[tuple[str, str, str, str]]:
    """(name, environment variable, default, meaning) of every setting: docs/SETTINGS.md."""
    return [(name, f.metadata["env"] or "", repr(f.default), f.metadata["doc"]) for name, f in FIELDS.items()]
