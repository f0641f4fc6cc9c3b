import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EXAMPLE_RAW = DATA / "examples" / "koreatimes-2022-01-25-raw.txt"
EXAMPLE_EXPECTED = DATA / "examples" / "koreatimes-2022-01-25-expected.json"
CORPUS = ROOT / "sample" / "corpus-usgov.jsonl"


@pytest.fixture(scope="session")
def expected_example():
    return json.loads(EXAMPLE_EXPECTED.read_text("utf-8"))


@pytest.fixture(scope="session")
def corpus_records():
    return [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines()]


@pytest.fixture(scope="session")
def example_article():
    from newsevents.engine.steps import repair_records
    from newsevents.read import read_paths
    from newsevents.records import Article

    return next(a for a in repair_records(read_paths([str(EXAMPLE_RAW)])) if isinstance(a, Article))


@pytest.fixture(scope="session")
def example_extraction(example_article):
    from newsevents.extract import extract_articles

    return extract_articles([example_article])[0]


@pytest.fixture(scope="session")
def _session_settings():
    from newsevents import settings

    return settings.current()


@pytest.fixture(autouse=True)
def _settings_restored(_session_settings):
    """Every test starts and ends with the settings the session began with
    (newsevents/settings.py), whatever a fixture or a CLI command changed."""
    from newsevents import settings

    settings.configure(_session_settings)
    yield
    settings.configure(_session_settings)


@pytest.fixture
def use_settings():
    """use_settings(story_model="tfidf", ...): change this process's settings for the test."""
    from newsevents import settings

    return settings.update


@contextlib.contextmanager
def serving(db):
    """`newsevents serve` on a free local port for browser tests; yields its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
