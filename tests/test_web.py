import csv
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from conftest import CORPUS, EXAMPLE_RAW
from newsevents.analysis import dyad_series
from newsevents.analysis.alerts import spikes
from newsevents.engine import run_ingest
from newsevents.store import Store
from newsevents.store.export import GDELT_COLUMNS, export
from newsevents.web import create_app

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    (folder / "in").mkdir()
    (folder / "in" / "example.txt").write_bytes(EXAMPLE_RAW.read_bytes())
    (folder / "in" / "corpus.jsonl").write_bytes(CORPUS.read_bytes())
    path = folder / "web.duckdb"
    run_ingest([str(folder / "in")], str(path), workers=2)
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def sql(db, query, params=()):
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


def test_dyad_series_matches_events(db):
    with Store(db, read_only=True) as store:
        series = dyad_series(store, "USA", "RUS")
    expected = sql(db, """SELECT count(*) FROM events WHERE NOT negated AND event_date IS NOT NULL AND
        ((source_code LIKE 'USA%' AND target_code LIKE 'RUS%') OR (source_code LIKE 'RUS%' AND target_code LIKE 'USA%'))""")[0][0]
    assert sum(p["mentions"] for p in series) == expected > 0
    for p in series:
        assert 0 <= p["tension"] <= 100 and 0 <= p["cooperation"] <= 100
        assert p["verbal_coop"] + p["material_coop"] + p["verbal_conflict"] + p["material_conflict"] == p["mentions"]


def test_spike_alerts_list_their_evidence(tmp_path):
    from newsevents.records import Actor, Article, Block, Event, Extraction

    rus, ukr = Actor("RUSMIL", "Russia", "RUS", "MIL"), Actor("UKR", "Ukraine", "UKR")
    articles, extractions = [], []
    for day in range(20):
        n = 8 if day == 15 else (1 if day % 3 == 0 else 0)
        for i in range(n):
            aid = f"a{day}-{i}"
            text = f"Russian forces shelled Ukrainian towns, report {aid}."
            articles.append(Article(aid, None, None, "x.com", text, dt.date(2022, 2, 1) + dt.timedelta(days=day),
                                    None, [Block("paragraph", text, 0, len(text))], text))
            extractions.append(Extraction(aid, events=[Event(f"e{aid}", aid, None, 0, text, "shelled",
                                                             dt.date(2022, 2, 1) + dt.timedelta(days=day),
                                                             rus, ukr, "194", "19", 4, -10.0)]))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles, extractions)
        alerts = spikes(store)
    assert [(a["dyad"], a["date"], a["mentions"]) for a in alerts] == [("RUS-UKR", "2022-02-16", 8)]
    assert len(alerts[0]["events"]) == 8 and len(alerts[0]["articles"]) == 8


def test_api_endpoints_and_errors(client, db):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == sql(db, "SELECT count(*) FROM articles")[0][0] == 72
    events = client.get("/api/events", params={"actor": "RUS", "limit": 5}).json()["items"]
    assert len(events) == 5 and all(e["source"]["code"].startswith("RUS") for e in events)
    page2 = client.get("/api/events", params={"actor": "RUS", "limit": 5, "offset": 5}).json()["items"]
    assert not {e["id"] for e in events} & {e["id"] for e in page2}
    article = client.get(f"/api/articles/{events[0]['article_id']}").json()
    assert any(e["id"] == events[0]["id"] for e in article["events"])
    assert client.get("/api/search", params={"q": "Geneva Lavrov"}).json()["total"] >= 2
    story = client.get("/api/stories", params={"limit": 1}).json()["items"][0]
    assert len(client.get(f"/api/stories/{story['id']}").json()["articles"]) == story["n_articles"]
    assert client.get("/api/dyad", params={"a": "USA", "b": "RUS", "freq": "week"}).status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "newsevents"
    for bad in ("/api/events?since=yesterday", "/api/events?limit=0", "/api/events?limit=100000",
                "/api/events?code=abc", "/api/dyad?a=USA&freq=hour", "/api/dyad", "/api/events?actor=R;DROP",
                "/api/dyad/events?a=USA&period=2022-13-01", "/api/alerts?window=0", "/api/search?q="):
        assert 400 <= client.get(bad).status_code < 500, bad
    assert client.get("/api/articles/doesnotexist").status_code == 404
    assert client.get("/api/stories/doesnotexist").status_code == 404


def test_machine_formats_stream_every_event(db, capsys):
    from newsevents.cli import main

    with pytest.raises(SystemExit):
        main(["events", "--db", db, "--format", "jsonl"])
    lines = capsys.readouterr().out.splitlines()
    total = sql(db, "SELECT count(*) FROM events")[0][0]
    assert total > 100 and len(lines) == total  # used to stop silently at 100


def test_exports(db, tmp_path):
    with Store(db, read_only=True) as store:
        n = export(store, "gdelt", tmp_path / "g.tsv")
        m = export(store, "parquet", tmp_path / "e.parquet", actor="RUS")
        export(store, "jsonl", tmp_path / "e.jsonl", since=dt.date(2022, 1, 1))
        export(store, "csv", tmp_path / "e.csv")
    rows = list(csv.reader(open(tmp_path / "g.tsv"), delimiter="\t"))
    factual = ("SELECT count(*) FROM unique_events u WHERE event_date IS NOT NULL AND NOT EXISTS (SELECT 1 "
               "FROM events m WHERE m.event_key = u.event_key AND (m.negated OR m.hypothetical OR m.historical))")
    assert len(rows) == n == sql(db, factual)[0][0] > 0
    assert all(len(r) == len(GDELT_COLUMNS) == 61 for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0]))
    assert first["EventRootCode"] == first["EventCode"][:2] and first["SOURCEURL"].startswith("http")
    assert m == sql(db, "SELECT count(*) FROM events WHERE source_code LIKE 'RUS%' OR target_code LIKE 'RUS%' "
                        "OR source_org = 'RUS' OR target_org = 'RUS'")[0][0]
    assert sql(db, f"SELECT count(*) FROM read_parquet('{tmp_path / 'e.parquet'}')")[0][0] == m
    assert all(json.loads(l)["date"] >= "2022-01-01" for l in open(tmp_path / "e.jsonl"))


# -- pages in headless Chromium ------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(db):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian chromium (scripts/install-browser.sh)")
        pytest.skip("Debian chromium is not installed (bash scripts/install-browser.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.mark.browser
def test_overview_page(browser, server, db, tmp_path):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    page.wait_for_selector("#volume svg, #volume canvas", timeout=15000)
    assert page.inner_text("[data-stat=articles]") == str(sql(db, "SELECT count(*) FROM articles")[0][0])
    top = sql(db, "SELECT source_code, count(*) n FROM (SELECT source_code FROM events UNION ALL "
                  "SELECT target_code FROM events WHERE target_code IS NOT NULL) GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1")[0]
    assert page.inner_text("#actors tr:nth-child(2) td:first-child") == top[0]
    assert not errors
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)


@pytest.mark.browser
def test_dyad_page_click_lists_events(browser, server):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page()
    page.goto(server + "/dyad?a=USA&b=RUS&freq=day")
    page.wait_for_selector("#dyad-chart[data-ready='1']", timeout=15000)
    # click each plotted point until one lists its events
    points = page.locator("#dyad-chart svg path[role='graphics-symbol'], #dyad-chart svg .mark-symbol path")
    box = None
    for i in range(points.count()):
        box = points.nth(i).bounding_box()
        if box:
            page.evaluate("document.querySelector('#period-title').textContent = ''")
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            try:  # wait for this click's answer before deciding to try the next point
                page.wait_for_function("document.querySelector('#period-title').textContent !== ''", timeout=3000)
            except PlaywrightTimeout:  # the click hit no point
                continue
            if page.locator("#period-events li").count():
                break
    page.wait_for_selector("#period-events li", timeout=5000)
    link = page.locator("#period-events li a").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_selector("#article")
    assert page.url.endswith(href)
    assert page.locator("mark.event").count() >= 1


@pytest.mark.browser
def test_network_article_story_and_search_pages(browser, server, client):
    page = browser.new_page()
    page.goto(server + "/network")
    page.wait_for_selector("#network[data-nodes]", timeout=15000)
    assert int(page.get_attribute("#network", "data-nodes")) == len(client.get("/api/network").json()["nodes"])
    page.goto(server + "/")
    page.fill("#search-box", "Geneva")
    page.press("#search-box", "Enter")
    page.wait_for_selector("#results li a")
    total = client.get("/api/search", params={"q": "Geneva"}).json()["total"]
    assert page.inner_text("#search-total") == f"{total} articles"
    story = client.get("/api/stories", params={"limit": 1}).json()["items"][0]
    page.goto(server + f"/story/{story['id']}")
    assert page.locator("#story-articles li").count() == story["n_articles"]
    page.locator("#story-articles li a").first.click()
    page.wait_for_selector("#article")
    article_id = page.get_attribute("#article", "data-id")
    assert page.locator("#events tr").count() - 1 == len(client.get(f"/api/articles/{article_id}").json()["events"])
