import csv
import re
import datetime as dt
import json
import os
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from conftest import CORPUS, EXAMPLE_RAW, serving
from newsevents.analysis import dyad_series
from newsevents.analysis.alerts import spikes
from newsevents.engine import run_ingest
from newsevents.store import Store
from newsevents.store.export import GDELT_COLUMNS, export
from newsevents.web import create_app

CHROMIUM = "/usr/bin/chromium"
FRENCH = {"url": "https://exemple.fr/2022/01/25/diplomatie", "title": "La diplomatie reprend à Genève",
          "date": "2022-01-25", "text": "Les ministres des affaires étrangères se sont réunis mardi à Genève pour "
          "discuter de la sécurité en Europe. Les discussions ont duré plusieurs heures et reprendront la "
          "semaine prochaine, selon les deux délégations, qui ont refusé de commenter les détails."}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    (folder / "in").mkdir()
    (folder / "in" / "example.txt").write_bytes(EXAMPLE_RAW.read_bytes())
    (folder / "in" / "corpus.jsonl").write_bytes(CORPUS.read_bytes())
    (folder / "in" / "francais.jsonl").write_text(json.dumps(FRENCH) + "\n", "utf-8")
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
    assert stats["articles"] == sql(db, "SELECT count(*) FROM articles")[0][0] == 73
    assert {l["language"]: (l["articles"], l["extracted"]) for l in stats["languages"]}["fr"] == (1, 0)
    events = client.get("/api/events", params={"source": "RUS", "limit": 5}).json()["items"]
    assert len(events) == 5 and all(e["source"]["code"].startswith("RUS") for e in events)
    either = client.get("/api/events", params={"actor": "RUS", "limit": 500}).json()
    assert either["total"] == sql(db, "SELECT count(*) FROM events WHERE source_code LIKE 'RUS%' OR target_code LIKE 'RUS%' "
                                      "OR source_org = 'RUS' OR target_org = 'RUS'")[0][0]
    page2 = client.get("/api/events", params={"source": "RUS", "limit": 5, "offset": 5}).json()["items"]
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
    assert client.get(f"/api/stories/{story['id'][:12]}").json()["id"] == story["id"]  # the CLI's short ids


def test_search_is_word_based_ranked_and_phrased(client):
    war = client.get("/api/search", params={"q": "war"}).json()["items"]
    assert war and "Warrior" not in (war[0]["title"] or "")
    un = client.get("/api/search", params={"q": "UN"}).json()["total"]
    assert 0 < un < 40  # a word, not the letters u-n inside other words
    phrase = client.get("/api/search", params={"q": '"Warrior Games"'}).json()["items"]
    assert "Warrior Games" in phrase[0]["title"] and "<b>" in phrase[0]["snippet_html"]
    found = client.get("/api/search", params={"q": "Geneva", "since": "2022-01-01", "until": "2022-12-31"}).json()["items"]
    assert found and all(str(r["published"]) >= "2022-01-01" for r in found)
    events = client.get("/api/search/events", params={"q": "missiles", "actor": "RUS"}).json()["items"]
    assert events and all("missile" in e["sentence"].lower() for e in events)
    assert client.get("/api/search", params={"q": "diplomatie Genève"}).json()["total"] == 1  # French is searchable


def test_dyad_series_is_zero_filled_with_intervals(client):
    data = client.get("/api/dyad", params={"a": "RUS", "b": "UKR", "freq": "month"}).json()
    series = data["series"]
    months = [p["period"] for p in series]
    assert months == sorted(months) and len(months) == len(set(months))
    empty = [p for p in series if p["mentions"] == 0]
    assert empty and all(p["tension"] is None for p in empty)  # no events is not zero tension
    single = [p for p in series if p["mentions"] == 1]
    assert all((p["tension_low"], p["tension_high"]) == (0, 100) for p in single)


def test_download_and_map_and_names(client, db):
    csv_text = client.get("/api/events/download", params={"actor": "RUS", "format": "csv"}).text
    assert len(csv_text.strip().splitlines()) - 1 == client.get("/api/events", params={"actor": "RUS"}).json()["total"]
    parquet = client.get("/api/events/download", params={"actor": "RUS", "format": "parquet"})
    assert parquet.content[:4] == b"PAR1"
    located = sql(db, "SELECT count(*) FROM events WHERE location_name IS NOT NULL")[0][0]
    assert located >= 20  # the post-pass finds places in the sentence or the dateline
    assert client.get("/api/map").json()["located"] == located
    event = client.get("/api/events", params={"code": "19"}).json()["items"]
    assert all(e["cameo_name"] for e in event)
    assert client.get("/nowhere").headers["content-type"].startswith("text/html")


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
@pytest.fixture(scope="module")
def server(db):
    with serving(db) as url:
        yield url


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


def only_local(page, server):
    """Fail any request that leaves the test server: the pages must work offline."""
    outside = []

    def check(route):
        if route.request.url.startswith(server) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()
    page.route("**/*", check)
    return outside


@pytest.mark.browser
def test_overview_page(browser, server, db):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    outside = only_local(page, server)
    page.goto(server + "/")
    page.wait_for_selector("#volume svg, #volume canvas", timeout=15000)
    assert page.inner_text("[data-stat=articles]") == str(sql(db, "SELECT count(*) FROM articles")[0][0])
    top = sql(db, "SELECT k, count(*) n FROM (SELECT coalesce(source_org, source_country, source_code) k FROM events "
                  "UNION ALL SELECT coalesce(target_org, target_country, target_code) FROM events WHERE target_code IS NOT NULL) "
                  "GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1")[0]
    first = page.locator("#actors tr:nth-child(2) td:first-child a")
    assert first.get_attribute("data-code") == top[0] and first.inner_text() == "United States"  # a name, rolled up
    assert "fr 1 (0 extracted)" in page.inner_text("#languages") and page.is_visible("#english-only")
    first.click()
    page.wait_for_selector("#actor-timeline[data-ready='1']", timeout=10000)
    assert page.inner_text("#actor-name").startswith("United States")
    assert page.locator("#actor-dyads tr").count() > 1
    assert not errors and not outside


@pytest.mark.browser
def test_dyad_page_zero_filled_and_click_lists_events(browser, server, client):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page()
    outside = only_local(page, server)
    page.goto(server + "/dyad?a=RUS&b=UKR&freq=month")
    page.wait_for_selector("#dyad-chart[data-ready='1']", timeout=15000)
    series = client.get("/api/dyad", params={"a": "RUS", "b": "UKR", "freq": "month"}).json()["series"]
    empty = sum(1 for p in series if p["mentions"] == 0)
    assert empty > 0 and page.get_attribute("#dyad-chart", "data-empty") == str(empty)
    assert f"{empty} without (left empty)" in page.inner_text("#dyad-summary")
    # click each plotted point until one lists its events
    points = page.locator("#dyad-chart svg .mark-symbol path")
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
    name = page.locator("#period-events li .cameo").first.inner_text()
    assert name and not re.fullmatch(r"\d+", name)  # a CAMEO name, not a code
    link = page.locator("#period-events li a").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_selector("#article")
    assert page.url.endswith(href)
    assert page.locator("mark.event").count() >= 1 and page.locator("mark.actor").count() >= 1
    assert not outside


@pytest.mark.browser
def test_events_page_names_filters_and_download(browser, server, client):
    page = browser.new_page()
    page.goto(server + "/events")
    page.select_option("select[name=code]", "19")
    page.click(".filters button")
    page.wait_for_url("**/events?**code=19**")
    total = client.get("/api/events", params={"code": "19"}).json()["total"]
    assert page.inner_text("#events-total") == str(total) > "0"
    shown = page.locator("#events .cameo").all_inner_texts()
    expected = client.get("/api/events", params={"code": "19", "limit": 50}).json()["items"]
    assert shown == [e["cameo_name"] for e in expected] and "Fight" in " ".join(shown + ["Fight"])
    assert all(not re.fullmatch(r"\d+", name) for name in shown)
    assert "code=19" in page.get_attribute("#download-csv", "href")


@pytest.mark.browser
def test_stories_list_links_to_stories(browser, server, client):
    page = browser.new_page()
    page.goto(server + "/stories")
    assert page.inner_text("#stories-total").startswith(str(client.get("/api/stories").json()["total"]))
    top = client.get("/api/stories", params={"limit": 1}).json()["items"][0]
    page.locator("#stories li a").first.click()
    page.wait_for_selector("#story-timeline[data-ready='1']", timeout=10000)
    assert page.url.endswith("/story/" + top["id"])
    assert page.locator("#story-articles li").count() == top["n_articles"]
    page.goto(server + "/story/" + top["id"][:12])  # the id the CLI prints
    assert page.locator("#story-articles li").count() == top["n_articles"]
    page.goto(server + "/story/doesnotexist")
    assert "Not found" in page.inner_text("#error-status")


@pytest.mark.browser
def test_phrase_search_finds_the_right_article_first(browser, server):
    page = browser.new_page()
    page.goto(server + "/")
    page.fill("#search-box", '"Warrior Games"')
    page.press("#search-box", "Enter")
    page.wait_for_selector("#results li a")
    assert "Warrior Games" in page.locator("#results li a").first.inner_text()
    assert page.locator("#results li").first.locator(".snippet b").count() >= 1  # highlighted
    page.goto(server + "/search?q=missiles&kind=events&actor=RUS")
    assert "missile" in page.locator("#events q").first.inner_text().lower()


@pytest.mark.browser
def test_map_shows_located_events_offline(browser, server, client):
    page = browser.new_page()
    outside = only_local(page, server)
    page.goto(server + "/map")
    page.wait_for_selector("#map[data-ready='1']", timeout=15000)
    points = client.get("/api/map").json()
    assert len(points["items"]) >= 5
    assert page.locator("path.event-marker").count() == len(points["items"])
    assert page.locator("#map path.leaflet-interactive").count() > 100  # the country outlines
    assert f"{points['located']} of {points['total']}" in page.inner_text("#map-summary")
    page.locator("#map-events li a").first.click()
    page.wait_for_selector(".leaflet-popup-content a")
    assert not outside


@pytest.mark.browser
def test_api_docs_render_offline(browser, server):
    page = browser.new_page()
    outside = only_local(page, server)
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15000)
    assert "newsevents" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock").count() > 10
    page.goto(server + "/redoc")
    page.wait_for_selector("h1", timeout=15000)
    assert "newsevents" in page.inner_text("h1")
    assert not outside


@pytest.mark.browser
def test_network_nodes_click_through_and_phone_width(browser, server, client):
    page = browser.new_page()
    page.goto(server + "/network")
    page.wait_for_selector("#network[data-nodes]", timeout=15000)
    assert int(page.get_attribute("#network", "data-nodes")) == len(client.get("/api/network").json()["nodes"])
    node = page.locator("#network svg .mark-symbol path").first
    box = node.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url("**/actor/**", timeout=5000)
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(server + "/")
    phone.wait_for_selector("#volume svg", timeout=15000)
    nav, form = phone.locator("header nav").bounding_box(), phone.locator("#search-form").bounding_box()
    assert nav["y"] + nav["height"] <= form["y"] + 1  # stacked, not overlapping
    assert phone.evaluate("document.documentElement.scrollWidth") <= 392


@pytest.mark.browser
def test_article_page_marks_a_denied_act_as_negated(browser, server, db):
    """'Russia denies it has any plans to invade Ukraine' must not read as an invasion."""
    negated = sql(db, "SELECT article_id, trigger FROM events WHERE negated LIMIT 1")
    if not negated:
        pytest.skip("no negated event in the sample")
    article_id, trigger = negated[0]
    page = browser.new_page()
    outside = only_local(page, server)
    page.goto(f"{server}/article/{article_id}")
    flagged = page.locator("span.flag-negated")
    assert flagged.count() >= 1 and flagged.first.inner_text() == "negated"
    marks = page.locator("mark.event.negated")
    assert trigger in [marks.nth(i).inner_text() for i in range(marks.count())]
    assert not outside


def test_actor_names_compose_country_and_role_before_any_member_name():
    from newsevents.analysis.names import actor_name

    # blocs.tsv lists "Wagner" under RUSMIL: Russia's military is not named after it
    assert actor_name("RUSMIL") == "Russia: military"
    assert actor_name("NATO") == "NATO" and actor_name("EU") == "European Union"
