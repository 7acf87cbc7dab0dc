"""The app in-process: reads, filters, the one error shape, escaping and who may write."""
from __future__ import annotations

import re

import pytest

from tests.web.conftest import TOKEN, claim_id
from tests.web.ledger_data import SCRIPT, incident_of

AUTH = {"Authorization": f"Bearer {TOKEN}", "X-Reviewer": "ana"}


@pytest.mark.parametrize("query, expected", [
    ("", 5),
    ("outcome=killed", 3),
    ("place=northtown", 4),
    ("role=military", 1),
    ("site=daily", 2),
    ("reported_by=army", 1),
    ("since=2024-03-09", 1),
    ("until=2024-03", 5),
    ("reviewed=yes", 0),
    ("place=' OR 1=1 --", 0),
    ("site=%25", 0),            # a LIKE wildcard is matched literally
    ("side=\" OR \"\"=\"", 0),
])
def test_claim_filters(client, query, expected):
    response = client.get(f"/api/claims?{query}")
    assert response.status_code == 200, response.text
    assert response.json()["total"] == expected


@pytest.mark.parametrize("query", ["outcome=' OR 1=1 --", "since=1' OR '1'='1", "role=x;DROP TABLE claims",
                                   "reviewed=maybe"])
def test_a_filter_that_is_not_an_offered_value_is_a_400(client, query):
    response = client.get(f"/api/claims?{query}")
    assert response.status_code == 400
    assert set(response.json()) == {"error"}
    assert client.get("/api/claims").json()["total"] == 5   # nothing was harmed


@pytest.mark.parametrize("path, status", [
    ("/", 200), ("/documents", 200), ("/documents/market", 200), ("/claims/1", 200),
    ("/incidents", 200), ("/login", 200), ("/openapi.json", 200),
    ("/claims/999", 404), ("/documents/nowhere", 404), ("/incidents/none", 404), ("/no-such-page", 404),
    ("/?outcome=nonsense", 400), ("/claims/abc", 422),
])
def test_pages_answer(client, path, status):
    assert client.get(path).status_code == status


@pytest.mark.parametrize("path, status", [
    ("/api/claims/999", 404), ("/api/documents/nowhere", 404), ("/api/nothing-here", 404),
    ("/api/claims?limit=0", 422), ("/api/claims?outcome=nonsense", 400),
])
def test_api_errors_have_one_shape(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert body["error"]["status"] == status and body["error"]["message"]


def test_page_errors_are_an_html_page(client):
    response = client.get("/claims/999")
    assert response.headers["content-type"].startswith("text/html")
    assert "no claim with id 999" in response.text


@pytest.mark.parametrize("path", ["/", "/documents", "/documents/convoy", "/claims/5"])
def test_page_text_with_a_script_renders_inert(client, path):
    html = client.get(path).text
    assert SCRIPT not in html
    assert "alert(1)" not in html or "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"<script", html, re.IGNORECASE)   # the app itself serves no inline script


def test_pages_forbid_inline_script_by_policy(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_incident_page_shows_every_report_and_the_disagreement(client, ledger_store):
    market = incident_of(ledger_store, "Shelling of the central market")
    body = client.get(f"/api/incidents/{market}").json()
    killed = next(o for o in body["outcomes"] if o["outcome"] == "killed")
    assert (killed["low"], killed["high"], killed["disagreement"]) == (4, 6, True)
    assert [s["reported_by"] for s in killed["sources"]] == ["regional governor", "emergency service"]
    html = client.get(f"/incidents/{market}").text
    assert '<mark class="figure">four</mark>' in html and "sources disagree" in html


def test_document_page_highlights_every_claim(client):
    html = client.get("/documents/market").text
    assert len(re.findall(r'<mark id="claim-\d+"', html)) == 2


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"Authorization": f"Basic {TOKEN}"}, 401),
])
def test_an_api_write_without_the_token_is_refused(client, ledger_store, headers, status):
    target = claim_id(ledger_store, "Two soldiers")
    response = client.post(f"/api/claims/{target}/review", json={"action": "reject"}, headers=headers)
    assert response.status_code == status
    assert ledger_store.claim(target).review is None


def test_a_read_only_app_refuses_every_write(read_only, ledger_store):
    target = claim_id(ledger_store, "Two soldiers")
    response = read_only.post(f"/api/claims/{target}/review", json={"action": "accept"}, headers=AUTH)
    assert response.status_code == 403 and "read-only" in response.json()["error"]["message"]
    assert read_only.post("/login", data={"name": "ana", "token": TOKEN}).status_code == 403


def test_an_api_review_is_applied_and_logged(client, ledger_store):
    target = claim_id(ledger_store, "Two soldiers")
    response = client.post(f"/api/claims/{target}/review", headers=AUTH,
                           json={"action": "correct", "changes": {"count_best": 3}, "note": "recount"})
    assert response.status_code == 200, response.text
    assert (response.json()["count_best"], response.json()["review"]) == (3, "corrected")
    log = client.get(f"/api/claims/{target}/log").json()
    assert [(e["reviewer"], e["action"], e["before"]["count_best"], e["after"]["count_best"]) for e in log] == [
        ("ana", "correct", 2, 3)]


@pytest.mark.parametrize("changes", [{"count_best": "lots"}, {"evidence": "x"}, {"outcome": "exploded"}])
def test_a_bad_correction_is_a_400(client, ledger_store, changes):
    target = claim_id(ledger_store, "Two soldiers")
    response = client.post(f"/api/claims/{target}/review", headers=AUTH,
                           json={"action": "correct", "changes": changes})
    assert response.status_code == 400


def _login(client) -> str:
    """Log in through the form; returns the CSRF token the claim page then carries."""
    page = client.get("/login").text
    nonce = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    assert client.post("/login", data={"csrf": nonce, "name": "ben", "token": TOKEN},
                       follow_redirects=False).status_code == 303
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/claims/1").text).group(1)


@pytest.mark.parametrize("login, csrf, status", [
    (False, None, 401),
    (True, "forged", 403),
    (True, "", 403),
    (True, "right", 303),
])
def test_form_writes_need_a_login_and_the_csrf_token(client, ledger_store, login, csrf, status):
    right = _login(client) if login else ""
    form = {"action": "accept", "csrf": right if csrf == "right" else csrf or ""}
    response = client.post("/claims/1/review", data=form, follow_redirects=False)
    assert response.status_code == status
    assert ledger_store.claim(1).review == ("accepted" if status == 303 else None)


def test_a_login_with_the_wrong_token_is_refused(client):
    nonce = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    response = client.post("/login", data={"csrf": nonce, "name": "eve", "token": "guess"})
    assert response.status_code == 401


def test_openapi_describes_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/claims", "/api/claims/{claim_id}", "/api/claims/{claim_id}/review", "/api/documents",
            "/api/incidents/{incident_id}", "/api/timeline"} <= set(paths)
    assert not any(path.startswith(("/claims", "/login")) for path in paths)


@pytest.mark.parametrize("query, expected", [
    # two incidents: the Northtown market strike (two outlets, killed and injured) and the Eastford convoy
    ("", 2), ("place=eastford", 1), ("outcome=injured", 1), ("since=2024-03-09", 1), ("place=' OR 1=1 --", 0),
])
def test_stored_incidents_are_listed_and_filtered(client, query, expected):
    assert len(client.get(f"/api/incidents?{query}").json()) == expected
    html = client.get(f"/incidents?{query}").text
    assert len(re.findall(r'<td><a href="/incidents/[^"]+">', html)) == expected


def test_a_stored_incident_page_links_each_report_to_its_claim(client, ledger_store):
    stored = next(i for i in ledger_store.incidents() if i.report.location == "Eastford, Ukraine")
    body = client.get(f"/api/incidents/{stored.id}").json()
    soldiers = claim_id(ledger_store, "Two soldiers")
    assert [s["claim_id"] for o in body["outcomes"] for s in o["sources"]] == [str(soldiers)]
    assert f'href="/claims/{soldiers}"' in client.get(f"/incidents/{stored.id}").text
