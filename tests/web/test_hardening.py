"""The server against hostile users (issue 13): links, request bodies, sessions, token guessing,
Host headers, a public address without a token, formulas in CSV, readers during an ingest."""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from tests.conftest import REPO
from tests.web.conftest import TOKEN, claim_id
from tollbook import exports
from tollbook.model import Claim, Count, CountKind, Document, Outcome, Role, Victims
from tollbook.web import create_app
from tollbook.web.app import MAX_BODY_BYTES
from tollbook.web.security import MAX_FAILURES

AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Reviewer": "ana"}
HOSTILE_TEXT = "Four people were killed in the square, =HYPERLINK(\"https://evil.example\") said."


def _save_hostile_page(store, url: str) -> int:
    start = HOSTILE_TEXT.index("Four")
    claim = Claim(outcome=Outcome.KILLED, count=Count(4, CountKind.EXACT, "Four"),
                  evidence="Four people were killed", span=(start, start + 23),
                  victims=Victims("people", Role.UNSPECIFIED), reported_by='=HYPERLINK("https://evil.example")',
                  location="-2+3", date="2023-04-02")
    page = Document(id="hostile", text=HOSTILE_TEXT, source="pages/hostile.txt", url=url, published="2023-04-02")
    return store.save(page, [claim], "v1").document_id


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", " JavaScript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "vbscript:msgbox"])
def test_only_http_urls_are_links(client, ledger_store, url):
    document_id = _save_hostile_page(ledger_store, url)
    claim = claim_id(ledger_store, "Four people")
    for page in (f"/documents/{document_id}", f"/claims/{claim}"):
        html = client.get(page).text
        assert "original page" not in html
        assert not re.search(r'href="\s*(javascript|data|vbscript):', html, re.IGNORECASE)


def test_an_http_url_is_still_a_link(client, ledger_store):
    document_id = _save_hostile_page(ledger_store, "https://news.example/hostile")
    assert 'href="https://news.example/hostile"' in client.get(f"/documents/{document_id}").text


def test_the_token_is_checked_before_the_body_is_read(client, ledger_store):
    target = claim_id(ledger_store, "Two soldiers")
    malformed = client.post(f"/api/claims/{target}/review", content=b"{not json",
                            headers={"Content-Type": "application/json"})
    assert malformed.status_code == 401  # not 422: nothing about the body is told to a stranger
    read = []

    def body():  # a streamed body: the server must refuse without reading it
        for _ in range(100):
            read.append(1)
            yield b"x" * 65536
    streamed = client.post(f"/api/claims/{target}/review", content=body(),
                           headers={"Content-Type": "application/json"})
    assert streamed.status_code == 401


def test_a_body_over_the_cap_is_a_413(client, ledger_store):
    target = claim_id(ledger_store, "Two soldiers")
    big = b'{"action": "accept", "note": "' + b"x" * (MAX_BODY_BYTES + 10) + b'"}'
    declared = client.post(f"/api/claims/{target}/review", content=big,
                           headers={**AUTH, "Content-Type": "application/json"})
    assert declared.status_code == 413
    streamed = client.post(f"/api/claims/{target}/review", content=iter([big[:1000], big[1000:]]),
                           headers={**AUTH, "Content-Type": "application/json"})
    assert streamed.status_code == 413
    form = client.post("/login", content=b"a=" + b"x" * (MAX_BODY_BYTES + 10),
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 413
    assert ledger_store.claim(target).review is None


def _login(client) -> str:
    nonce = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/login", data={"csrf": nonce, "name": "ben", "token": TOKEN},
                       follow_redirects=False).status_code == 303
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/claims/1").text).group(1)


def test_logout_ends_the_session_for_a_copied_cookie_too(client, ledger_store):
    csrf = _login(client)
    copied = client.cookies.get("tollbook_session")
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    client.cookies.set("tollbook_session", copied)
    response = client.post("/claims/1/review", data={"action": "accept", "csrf": csrf}, follow_redirects=False)
    assert response.status_code == 401
    assert ledger_store.claim(1).review is None


def test_token_guesses_are_limited(client, ledger_store):
    target = claim_id(ledger_store, "Two soldiers")
    for n in range(MAX_FAILURES):
        guess = client.post(f"/api/claims/{target}/review", json={"action": "reject"},
                            headers={"Authorization": f"Bearer guess-{n}"})
        assert guess.status_code == 401
    refused = client.post(f"/api/claims/{target}/review", json={"action": "reject"}, headers=AUTH)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    nonce = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/login", data={"csrf": nonce, "name": "eve", "token": TOKEN}).status_code == 429
    assert ledger_store.claim(target).review is None


def test_only_the_allowed_host_names_are_served(ledger_store):
    app = create_app(ledger_store, allowed_hosts={"127.0.0.1", "localhost", "ledger.example"})
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/claims").status_code == 200
        assert client.get("/api/claims", headers={"Host": "ledger.example"}).status_code == 200
        rebound = client.get("/api/claims", headers={"Host": "attacker.example"})
        assert rebound.status_code == 400 and "--allow-host" in rebound.json()["error"]["message"]
        assert client.get("/", headers={"Host": "attacker.example:8000"}).status_code == 400


def test_serving_on_every_address_without_a_token_warns_and_is_read_only(ledger_store, monkeypatch):
    from tollbook import web
    served = {}
    monkeypatch.setattr(web, "serve", lambda app, host, port: served.update(app=app, host=host))
    monkeypatch.delenv("TOLLBOOK_TOKEN", raising=False)
    result = CliRunner().invoke(__import__("tollbook.cli", fromlist=["main"]).main,
                                ["serve", "--db", ledger_store.url.removeprefix("sqlite:///"), "--host", "0.0.0.0",
                                 "--allow-host", "ledger.example"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0].startswith("warning: --host 0.0.0.0 serves the ledger to the network")
    assert not served["app"].state.guard.writable
    with TestClient(served["app"], base_url="http://ledger.example") as client:
        assert client.get("/api/claims").status_code == 200
        assert client.get("/api/claims", headers={"Host": "attacker.example"}).status_code == 400


def test_csv_cells_that_could_be_formulas_are_prefixed(client, ledger_store):
    _save_hostile_page(ledger_store, "https://news.example/hostile")
    out = io.StringIO()
    exports.export_claims(ledger_store.claims(), "csv", out=out)
    rows = {row["evidence"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    row = rows["Four people were killed"]
    assert row["reported_by"] == "'=HYPERLINK(\"https://evil.example\")"
    assert row["location"] == "'-2+3"
    assert row["count_best"] == "4"
    served = client.get("/export/claims.csv")
    assert served.status_code == 200
    assert "'=HYPERLINK" in served.text and ",=HYPERLINK" not in served.text


def test_readers_keep_working_while_an_ingest_writes(ledger_store, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(40):
        (pages / f"p{n}.txt").write_text(f" date 2023-06-{n % 28 + 1:02d}\nFire in Town{n}\n\n{n + 2} people were "
                                         f"killed when a fire broke out in Town{n}, police said.\n")
    database = ledger_store.url.removeprefix("sqlite:///")
    ingest = subprocess.Popen([sys.executable, "-c", "from tollbook.cli import main; main()", "ingest",
                               "--db", database, str(pages)], cwd=REPO, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    statuses = []
    with TestClient(create_app(ledger_store), base_url="http://127.0.0.1") as client:
        while ingest.poll() is None:
            for path in ("/api/claims", "/", "/api/incidents"):
                statuses.append(client.get(path).status_code)
    assert ingest.wait() == 0, ingest.stderr.read()
    assert len(statuses) >= 3 and set(statuses) == {200}, statuses
    assert ledger_store.stats()["documents"] >= 40
