"""The dashboard under hostile data and live ingest (issue #13): security headers, HEAD, no
`javascript:` links (also in a browser), no 5xx for any fuzzed request, ingest beside
`serve` (per-request connections, 503 while a writer holds the lock) and `serve --watch`."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient

from conftest import DATA, ROOT, serving
from newsevents.engine import run_ingest
from newsevents.web import create_app

XSS_TITLE = '<img src=x onerror="window.__xss=1">Payload'


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("live") / "live.duckdb"
    run_ingest([str(DATA / "hostile-events.jsonl")], str(path), workers=1)
    con = duckdb.connect(str(path))  # as written by an older newsevents, before URLs were checked
    con.execute("UPDATE articles SET url = 'javascript:window.__xss=1', title = ? "
                "WHERE url = 'https://ex.com/undated'", [XSS_TITLE])
    con.close()
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(str(db)))


def bad_article_id(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT id FROM articles WHERE url LIKE 'javascript:%'").fetchone()[0]
    finally:
        con.close()


def test_security_headers_and_head(client):
    for path in ("/", "/api/stats", "/dyad", "/static/app.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    head = client.head("/")
    assert head.status_code == 200 and head.content == b""
    assert client.head("/api/stats").status_code == 200


def test_javascript_urls_never_become_links(client, db):
    page = client.get(f"/article/{bad_article_id(db)}").text
    assert 'href="javascript:' not in page and "<img src=x" not in page
    assert "&lt;img src=x" in page  # shown as text


def test_end_of_calendar_dates_are_not_500(client):
    for query in ("period=9999-12-31&freq=day", "period=9999-12-31&freq=month", "period=9999-12-28&freq=week",
                  "period=0001-01-01&freq=day"):
        response = client.get(f"/api/dyad/events?a=RUS&b=UKR&{query}")
        assert response.status_code == 200, (query, response.text)
    assert client.get("/api/dyad?a=RUS&since=9999-12-31&until=9999-12-31&freq=month").status_code == 200


def test_fuzz_every_route_no_5xx(client, db):
    """Every route of the OpenAPI schema and every page, with generated parameters (hypothesis):
    strings with markup, quotes, control and non-ASCII characters; huge, negative and
    boundary numbers; dates at both ends of the calendar. Bounded: a few seconds."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    schema = client.app.openapi()
    routes = [(path, op.get("parameters", [])) for path, ops in schema["paths"].items()
              for method, op in ops.items() if method == "get"]
    routes += [("/article/{article_id}", [{"name": "article_id", "in": "path", "schema": {"type": "string"}}]),
               ("/story/{story_id}", [{"name": "story_id", "in": "path", "schema": {"type": "string"}}]),
               ("/search", [{"name": "q", "in": "query", "schema": {"type": "string"}}]),
               ("/dyad", [{"name": n, "in": "query", "schema": {"type": "string"}} for n in ("a", "b", "freq")]),
               ("/", []), ("/network", [])]
    text = st.one_of(st.text(max_size=40), st.sampled_from(
        ["RUS", "USA", "*", "", "'", "\"", "%", "_", "<script>", "9" * 30, "-1", "0", "1e309", "NaN",
         "9999-12-31", "0001-01-01", "2022-02-30", "day", "week", "month", "true", "\x00", "../etc/passwd"]))

    def value(param):
        kind = param.get("schema", {})
        kinds = {kind.get("type")} | {k.get("type") for k in kind.get("anyOf", [])}
        formats = {kind.get("format")} | {k.get("format") for k in kind.get("anyOf", [])}
        options = [text]
        if "integer" in kinds or "number" in kinds:
            options.append(st.integers(min_value=-10**20, max_value=10**20).map(str))
        if "date" in formats:
            options.append(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(str))
        if "boolean" in kinds:
            options.append(st.sampled_from(["true", "false", "1", "yes", "maybe"]))
        return st.one_of(*options)

    seen = []

    def checker(path, params):
        strategy = st.fixed_dictionaries({}, optional={p["name"]: value(p) for p in params})

        @settings(max_examples=40, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def check(values):
            url, query = path, {}
            for p in params:
                if p["name"] not in values:
                    continue
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", quote(values[p["name"]], safe="") or "x")
                else:
                    query[p["name"]] = values[p["name"]]
            url = url.replace("{article_id}", "x").replace("{story_id}", "x")
            response = client.get(url, params=query)
            seen.append(response.status_code)
            assert response.status_code < 500, (url, query, response.status_code, response.text[:300])

        return check

    for path, params in routes:
        checker(path, params)()
    assert len(seen) > 500 and seen.count(200) > 50


def test_ingest_beside_serve_and_503_while_another_process_writes(tmp_path):
    db = tmp_path / "c.duckdb"
    shutil.copy(DATA / "hostile-events.jsonl", tmp_path / "a.jsonl")
    run_ingest([str(tmp_path / "a.jsonl")], str(db), workers=1, extract=False)
    client = TestClient(create_app(str(db)))
    assert client.get("/api/stats").json()["articles"] == 2
    (tmp_path / "b.jsonl").write_text(json.dumps({"title": "More", "text": "Fresh news text " * 10,
                                                   "url": "https://ex.com/more", "date": "2022-01-25"}) + "\n")
    started = time.monotonic()
    run_ingest([str(tmp_path / "b.jsonl")], str(db), workers=1, extract=False)  # waits for the idle server
    assert time.monotonic() - started < 8
    assert client.get("/api/stats").json()["articles"] == 3  # and the server shows it at once
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from newsevents.store import Store; "
                               "s = Store(sys.argv[1]); print('locked', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "locked"
        busy = client.get("/api/stats")  # (the server's own connection had gone idle by now)
        assert busy.status_code == 503 and busy.headers["retry-after"] and "ingest" in busy.json()["detail"]
    finally:
        holder.kill()
        holder.wait()
    assert client.get("/api/stats").status_code == 200


def test_serve_migrates_an_older_schema(tmp_path):
    db = tmp_path / "old.duckdb"
    run_ingest([str(DATA / "hostile-events.jsonl")], str(db), workers=1, extract=False)
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    client = TestClient(create_app(str(db)))
    assert client.get("/api/stats").status_code == 200 and client.get("/").status_code == 200
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "3"
    con.close()


@pytest.mark.slow
def test_serve_watch_ingests_new_files_while_serving(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    db = tmp_path / "w.duckdb"
    app = create_app(str(db), watch=str(folder), watch_interval=0.2)
    with TestClient(app) as client:  # the startup hook starts the watcher
        assert client.get("/api/stats").json()["articles"] == 0
        shutil.copy(DATA / "hostile-events.jsonl", folder / "news.jsonl")
        past = time.time() - 5
        os.utime(folder / "news.jsonl", (past, past))
        answered = []
        deadline = time.time() + 120
        while time.time() < deadline:
            response = client.get("/api/stats")
            answered.append(response.status_code)
            if response.json()["events"] > 0 and response.json()["unique_events"] > 0:
                break
            time.sleep(0.2)
        assert response.json()["articles"] == 2 and set(answered) == {200}  # never down meanwhile
        status = client.get("/api/watch").json()
        assert status["runs"][-1]["new_articles"] == 2
        assert client.get("/").status_code == 200


@pytest.mark.browser
def test_stored_javascript_url_does_not_run_in_a_browser(db):
    from test_web import CHROMIUM

    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (bash scripts/install-browser.sh)")
    from playwright.sync_api import sync_playwright

    with serving(db) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        dialogs, violations = [], []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        page.goto(f"{base}/article/{bad_article_id(db)}")
        hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href') || '')")
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
        for link in page.locator("a", has_text="source").all():
            link.click()
        assert page.evaluate("window.__xss") is None and not dialogs
        page.goto(f"{base}/dyad?a=RUS&b=UKR")
        page.wait_for_selector("#dyad-chart[data-ready='1']", timeout=15000)
        assert not violations, violations  # the policy lets the real pages work
        browser.close()
