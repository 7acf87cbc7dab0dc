"""The real app in headless Chromium: filter, open, map, accept, reject, correct, audit, export.

uvicorn serves the app on 127.0.0.1 at a free port for this module; Playwright
drives Debian's chromium (/usr/bin/chromium, never `playwright install`).
Without chromium these tests skip, except under CI (CI=true) where that fails.
The ledger is ``tests/web/ledger_data.py``: pages written for the tests, some in
real places so that the map has something to show. Screenshots go to
tmp/artifacts/; with UPDATE_README_SCREENSHOT=1 the map and the incident page are
also written to docs/ for the README.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from tests.conftest import REPO
from tests.web.conftest import TOKEN
from tests.web.ledger_data import build_ledger, placed_pages
from tollbook import exports
from tollbook import gazetteer
from tollbook.store import Store
from tollbook.web import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = REPO / "tmp" / "artifacts"


def _chromium_or_skip() -> None:
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        reason = f"{CHROMIUM} is missing (apt-get install -y chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """uvicorn in a thread on 127.0.0.1, a free port; yields the base URL."""
    _chromium_or_skip()
    store = Store.open(build_ledger(tmp_path_factory.mktemp("browser") / "ledger.db", placed_pages()))
    gazetteer.preload()   # the first page would otherwise wait for the gazetteer's datasets
    app = create_app(store, token=TOKEN, exporter=exports.export_claims, incident_exporter=exports.export_incidents)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not uv.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    uv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def shot(page, name: str, readme: str | None = None, part: str | None = None) -> Path:
    """A screenshot in tmp/artifacts/; also docs/<readme>.png (of the ``part`` selector, else the
    whole page) with UPDATE_README_SCREENSHOT=1."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if readme and os.environ.get("UPDATE_README_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        target = page.locator(part).first if part else page
        target.screenshot(path=str(REPO / "docs" / f"{readme}.png"), **({} if part else {"full_page": True}))
    return path


def login(page, server, name: str) -> None:
    page.goto(server + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=token]", TOKEN)
    page.click("form button[type=submit]")
    page.wait_for_url(server + "/")


def figures(page) -> str:
    """The killed heading of an incident page: "killed low 3 · best 5 · high 5 sources disagree"."""
    return " ".join(page.locator("section.outcome h2").first.inner_text().split())


def test_filter_the_ledger_and_open_a_claim(page, server):
    page.goto(server + "/")
    assert page.locator("table.claims tbody tr").count() == 13
    assert page.locator("svg rect.bar").count() > 0
    assert "7 incidents" in page.locator("p.totals-line").inner_text()
    shot(page, "ledger")
    page.select_option("select[name=outcome]", "killed")
    page.fill("input[name=place]", "northtown")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*outcome=killed*")
    rows = page.locator("table.claims tbody tr")
    assert rows.count() == 2
    # the two reports are one incident: the totals count it once, at its best figure
    assert " ".join(page.locator("p.totals-line").inner_text().split()).startswith("1 incidents · killed 6")
    rows.first.locator("a").first.click()
    page.wait_for_url("**/claims/*")
    assert "killed" in page.locator("h1").inner_text()


def test_the_map_draws_each_located_incident_without_leaving_the_server(page, server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server + "/incidents")
    dots = page.locator("svg.world circle.dot")
    assert dots.count() == 6                       # Northtown is no place the gazetteer knows
    assert page.locator("svg.world .land path").count() > 150
    assert "1 with no place the gazetteer knows" in page.locator(".map .legend").inner_text()
    titles = page.locator("svg.world circle.dot title").all_text_contents()
    assert any(t.startswith("Kharkiv, 2024-05-14: 5 killed") for t in titles), titles
    assert requested and all(url.startswith(server) for url in requested), requested   # no tiles, no CDN
    box = page.locator("svg.world").bounding_box()
    assert box["width"] > 400 and box["height"] > 150
    shot(page, "map", readme="map", part="main")
    page.locator("svg.world a", has=page.locator("title", has_text="Omdurman")).click()
    page.wait_for_url("**/incidents/*")
    assert "Omdurman" in page.locator("p.place").inner_text() and "Sudan" in page.locator("p.place").inner_text()


def test_incident_page_for_the_readme(page, server):
    page.goto(server + "/incidents")
    page.locator("table.claims a", has_text="-kharkiv-").click()
    page.wait_for_url("**/incidents/*")
    assert figures(page) == "killed low 3 · best 5 · high 5 sources disagree"
    assert "Kharkivska oblast, Ukraine" in page.locator("p.place").inner_text()
    assert page.locator("mark.figure").count() >= 3
    assert page.locator(".small-map circle.dot").count() == 1
    shot(page, "incident", readme="incident-page")


def test_reject_then_correct_a_claim_and_the_incident_figures_follow_everywhere(page, server):
    login(page, server, "ana")
    page.goto(server + "/")
    before = page.locator("p.totals-line").inner_text()
    assert "killed 42" in before

    # reject the later report ("risen to five"): the incident keeps the governor's three
    page.goto(server + "/?place=kharkiv&outcome=killed&sort=count&order=desc")
    page.locator("table.claims tbody tr").first.locator("a").first.click()
    page.wait_for_url("**/claims/*")
    assert "5 killed" in page.locator("h1").inner_text()
    page.fill("form.row input[name=note]", "same strike, figure not confirmed")
    page.click("button[value=reject]")
    page.wait_for_url("**/claims/*#log")
    assert page.locator("h1 .status").inner_text() == "rejected"
    assert "rejected" in page.locator("table.audit tbody tr").last.inner_text()

    page.goto(server + "/?place=kharkiv&outcome=killed")
    page.locator("table.claims tbody tr").first.locator("a").first.click()   # the governor's report
    page.wait_for_url("**/claims/*")
    governor = page.url
    page.locator("dl.facts a[href^='/incidents/']").click()
    page.wait_for_url("**/incidents/*")
    assert figures(page) == "killed low 3 · best 3 · high 3"
    assert "risen to five" not in page.locator("main").inner_text()   # the rejected report is gone from it
    incident = page.url.rsplit("/", 1)[1]
    page.goto(server + "/")
    assert "killed 40" in page.locator("p.totals-line").inner_text()
    titles = page.locator("svg.world circle.dot title").all_text_contents()
    assert any(t.startswith("Kharkiv, 2024-05-14: 3 killed") for t in titles), titles
    api = page.request.get(f"{server}/api/incidents/{incident}").json()
    assert [(o["low"], o["best"], o["high"]) for o in api["outcomes"] if o["outcome"] == "killed"] == [(3, 3, 3)]

    # correct the governor's figure: it replaces the extracted one in every figure
    page.goto(governor)
    page.click("details summary")
    page.fill("form.correct input[name=count_best]", "4")
    page.fill("form.correct input[name=note]", "governor's update")
    page.click("form.correct button[type=submit]")
    page.wait_for_url("**/claims/*#log")
    assert page.locator("h1 .status").inner_text() == "corrected"
    assert "count_best: 3 → 4" in page.locator("table.audit tbody tr").last.inner_text()
    page.locator("dl.facts a[href^='/incidents/']").click()
    page.wait_for_url("**/incidents/*")
    assert figures(page) == "killed low 4 · best 4 · high 4"
    assert "ACLED fatalities 4" in " ".join(page.locator("dl.facts").first.inner_text().split())
    shot(page, "incident-reviewed")
    acled = csv.DictReader(io.StringIO(page.request.get(server + "/export/incidents.acled").text()))
    assert [row["fatalities"] for row in acled if row["location"] == "Kharkiv"] == ["4"]
    page.goto(server + "/")
    assert "killed 41" in page.locator("p.totals-line").inner_text()


def test_accept_and_correct_a_claim_then_see_audit_and_export(page, server):
    login(page, server, "ana")
    assert "ana" in page.locator("header .who").inner_text()

    page.goto(server + "/claims/1")
    page.click("button[value=accept]")
    page.wait_for_url("**/claims/1#log")
    assert page.locator("h1 .status").inner_text() == "accepted"

    page.click("details summary")
    page.fill("form.correct input[name=count_best]", "5")
    page.fill("form.correct input[name=location]", "Northtown centre")
    page.fill("form.correct input[name=note]", "governor's update")
    page.click("form.correct button[type=submit]")
    page.wait_for_url("**/claims/1#log")
    assert page.locator("h1 .status").inner_text() == "corrected"
    log = page.locator("table.audit tbody tr")
    assert log.count() == 2
    assert "count_best: 4 → 5" in log.nth(1).inner_text()
    assert "ana" in log.nth(1).inner_text()
    shot(page, "claim-reviewed")

    csv_text = page.request.get(server + "/export/claims.csv?place=northtown+centre").text()
    lines = csv_text.strip().splitlines()
    assert len(lines) == 2 and ",5,exact," in lines[1] and "Northtown centre" in lines[1]
