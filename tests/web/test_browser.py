"""The real app in headless Chromium: filter, open, accept, correct, audit, export.

uvicorn serves the app on 127.0.0.1 at a free port for this module; Playwright
drives Debian's chromium (/usr/bin/chromium, never `playwright install`).
Without chromium these tests skip, except under CI (CI=true) where that fails.
Screenshots go to tmp/artifacts/; with UPDATE_README_SCREENSHOT=1 the incident
page is also written to docs/incident-page.png for the README.
"""
from __future__ import annotations

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
from tests.web.ledger_data import build_ledger
from tollbook import exports
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
    store = Store.open(build_ledger(tmp_path_factory.mktemp("browser") / "ledger.db"))
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


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_filter_the_ledger_and_open_a_claim(page, server):
    page.goto(server + "/")
    assert page.locator("table.claims tbody tr").count() == 5
    assert page.locator("svg rect.bar").count() > 0
    shot(page, "ledger")
    page.select_option("select[name=outcome]", "killed")
    page.fill("input[name=place]", "northtown")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*outcome=killed*")
    rows = page.locator("table.claims tbody tr")
    assert rows.count() == 2
    rows.first.locator("a").first.click()
    page.wait_for_url("**/claims/*")
    assert "killed" in page.locator("h1").inner_text()


def test_document_page_shows_script_text_as_text(page, server):
    page.goto(server + "/documents/convoy")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    assert "<script>alert(1)</script>" in page.locator("article.text").inner_text()
    assert page.locator("mark.claim").count() == 1 and dialogs == []
    shot(page, "document")


def test_accept_and_correct_a_claim_then_see_audit_and_export(page, server):
    page.goto(server + "/login")
    page.fill("input[name=name]", "ana")
    page.fill("input[name=token]", TOKEN)
    page.click("form button[type=submit]")
    page.wait_for_url(server + "/")
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


def test_incident_page_for_the_readme(page, server):
    page.goto(server + "/incidents")
    page.click("a[href^='/incidents/2024-03-04']")
    text = page.locator("main").inner_text()
    assert "sources disagree" in text and "best 6" in text
    assert page.locator("mark.figure").count() >= 3
    shot(page, "incident")
    if os.environ.get("UPDATE_README_SCREENSHOT") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(REPO / "docs" / "incident-page.png"), full_page=True)
