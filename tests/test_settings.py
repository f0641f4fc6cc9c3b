"""newsevents/settings.py: file, then environment, then options; passed to workers."""

from __future__ import annotations

import pytest

from newsevents import settings


def test_defaults_file_environment_options_later_winning(tmp_path):
    config = tmp_path / "n.toml"
    config.write_text('story_model = "minilm"\nrepeat_cache = 10\n[newsevents]\nlock_wait = 3\n')
    loaded = settings.load(config, env={"NEWSEVENTS_REPEAT_CACHE": "0", "NEWSEVENTS_DICT": f"/a{__import__('os').pathsep}/b"},
                           story_model="tfidf")
    assert loaded.story_model == "tfidf"  # option over file
    assert loaded.repeat_cache == 0  # environment over file
    assert loaded.lock_wait == 3.0 and loaded.dict_dirs == ("/a", "/b")
    assert settings.load(None, env={}) == settings.Settings() or not (tmp_path / "newsevents.toml").exists()


def test_bad_names_and_values_are_one_line_errors(tmp_path):
    with pytest.raises(settings.SettingsError, match="unknown setting"):
        settings.from_mapping({"story_modle": "tfidf"})
    with pytest.raises(settings.SettingsError, match="repeat_cache"):
        settings.from_env({"NEWSEVENTS_REPEAT_CACHE": "many"})
    broken = tmp_path / "broken.toml"
    broken.write_text("story_model = \n")
    with pytest.raises(settings.SettingsError, match="not valid TOML"):
        settings.from_file(broken)


def test_settings_are_frozen_and_every_one_is_documented():
    from pathlib import Path

    with pytest.raises(Exception):
        settings.current().repeat_cache = 1
    doc = (Path(__file__).resolve().parent.parent / "docs" / "SETTINGS.md").read_text("utf-8")
    for name, env, _, _ in settings.table():
        assert f"`{name}`" in doc and (not env or env in doc), name


def test_worker_batches_take_the_settings_they_are_given():
    from newsevents.engine.steps import process_batch

    theirs = settings.from_mapping({"repeat_cache": 7}, settings.current())
    process_batch([], extract=True, config=theirs)  # as a Ray task or pool worker would
    assert settings.current() == theirs
