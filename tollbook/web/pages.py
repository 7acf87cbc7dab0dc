"""The HTML pages: small handlers that fetch, call ``views`` and render a template."""
from __future__ import annotations

import io
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from tollbook.exports.incident_rows import conservative_figure, incident_details
from tollbook.exports.places import incident_place
from tollbook.web import views, worldmap
from tollbook.web.security import LOGIN_COOKIE, SESSION_COOKIE, new_login_nonce

router = APIRouter(include_in_schema=False)

# The claim values a reviewer can change in the correction form (store column names).
EDITABLE = ("outcome", "count_best", "count_kind", "count_text", "victims_text", "victims_role",
            "side", "origin", "location", "date", "scope", "reported_by", "incident")
CHOICES = {"outcome": ("killed", "injured", "captured", "missing", "casualties"),
           "count_kind": ("exact", "at_least", "at_most", "approx", "vague", "unknown"),
           "victims_role": ("military", "civilian", "armed_group", "mixed", "unspecified"),
           "scope": ("incident", "cumulative")}
EXPORT_MEDIA = {"csv": "text/csv", "jsonl": "application/x-ndjson", "acled": "text/csv", "ucdp": "text/csv"}


def render(request: Request, template: str, **context: Any) -> Response:
    guard = request.app.state.guard
    context.update(reviewer=guard.page_reviewer(request), writable=guard.writable, csrf=guard.csrf(request),
                   can_export=request.app.state.exporter is not None,
                  can_export_incidents=request.app.state.incident_exporter is not None)
    return request.app.state.templates.TemplateResponse(request, template, context)


@router.get("/")
def ledger(request: Request, sort: str = "date", order: str = "desc", offset: int = 0) -> Response:
    store = request.app.state.store
    filters = views.ClaimFilters.from_query(dict(request.query_params))
    found = list(store.claims(**filters.store_arguments()))
    order = "asc" if order == "asc" else "desc"
    offset = max(offset, 0)
    shown = views.sort_claims(found, sort, order)[offset:offset + views.PAGE_SIZE]
    query = filters.query_items()
    # Totals are the incidents these claims report, each counted once: never a sum of claims.
    reported = store.incidents(ids={s.claim.incident for s in found if s.claim.incident})
    return render(request, "ledger.html", filters=filters, claims=shown, total=len(found), offset=offset,
                  page_size=views.PAGE_SIZE, sort=sort, order=order, choices=CHOICES, query=urlencode(query),
                  sort_query=_sort_links(query, sort, order), **incident_panels(store, reported))


def incident_panels(store: Any, incidents: list[Any]) -> dict[str, Any]:
    """What the ledger and the incidents page show of a set of incidents: totals, timeline, map, places."""
    places = incident_places(store, incidents)
    points, unplaced = views.map_points(incidents, places)
    return {"totals": views.incident_totals(incidents), "chart": views.timeline(views.incident_points(incidents)),
            "world": worldmap.incident_map(points, unplaced) if incidents else None,
            "by_country": views.totals_by_place(incidents, places, "country"),
            "by_place": views.totals_by_place(incidents, places, "place")}


def incident_places(store: Any, incidents: list[Any]) -> dict[str, Any]:
    """Incident id -> its canonical place (``tollbook.exports.places``), from its claims and pages."""
    mentions = store.place_mentions([stored.id for stored in incidents])
    return {incident_id: incident_place(found) for incident_id, found in mentions.items()}


def _sort_links(query: list[tuple[str, str]], sort: str, order: str,
                keys: dict = views.SORT_KEYS) -> dict[str, str]:
    """Column -> the query string that sorts by it (clicking the sorted column flips the order)."""
    links = {}
    for key in keys:
        flip = "asc" if key == sort and order == "desc" else "desc"
        links[key] = urlencode(query + [("sort", key), ("order", flip)])
    return links


@router.get("/claims/{claim_id}")
def claim_page(request: Request, claim_id: int) -> Response:
    store = request.app.state.store
    stored = store.claim(claim_id)
    return render(request, "claim.html", stored=stored, log=store.review_log(claim_id=claim_id),
                  values=current_values(stored), editable=EDITABLE, choices=CHOICES)


@router.post("/claims/{claim_id}/review")
async def review(request: Request, claim_id: int) -> Response:
    form = dict(await request.form())
    reviewer = request.app.state.guard.check_form(request, form)
    store = request.app.state.store
    action = str(form.get("action", ""))
    changes = None
    if action == "correct":
        current = current_values(store.claim(claim_id))
        changes = {k: str(form[k]) for k in EDITABLE if k in form and str(form[k]).strip() != current[k]}
        if not changes:
            raise HTTPException(400, "nothing to correct: no value differs from the claim's")
    elif action == "move":
        changes = {"incident": str(form.get("incident", ""))}
    request.app.state.review(store, claim_id, action, reviewer, changes, str(form.get("note") or "").strip() or None)
    return RedirectResponse(f"/claims/{claim_id}#log", status_code=303)


def current_values(stored: Any) -> dict[str, str]:
    """The claim's editable values as the form shows them ("" for none)."""
    c = stored.claim
    values = {"outcome": c.outcome, "count_best": c.count.best, "count_kind": c.count.kind,
              "count_text": c.count.text, "victims_text": c.victims.text, "victims_role": c.victims.role,
              "side": c.side, "origin": c.origin, "location": c.location, "date": c.date, "scope": c.scope,
              "reported_by": c.reported_by, "incident": c.incident}
    return {key: "" if value is None else str(value) for key, value in values.items()}


@router.get("/documents")
def documents_page(request: Request) -> Response:
    return render(request, "documents.html", documents=list(request.app.state.store.documents(limit=2000)))


@router.get("/documents/{key}")
def document_page(request: Request, key: str) -> Response:
    store = request.app.state.store
    document, claims = store.document(key)
    return render(request, "document.html", document=document, claims=claims,
                  pieces=views.highlight(document.text or "", claims), log=store.review_log(document=document.id))


@router.get("/incidents")
def incidents_page(request: Request, sort: str = "date", order: str = "desc") -> Response:
    store = request.app.state.store
    filters = views.ClaimFilters.from_query(dict(request.query_params))
    found = store.incidents(**views.incident_arguments(filters))
    order = "asc" if order == "asc" else "desc"
    query = filters.query_items()
    return render(request, "incidents.html", filters=filters, incidents=views.sort_incidents(found, sort, order),
                  choices=CHOICES, query=urlencode(query),
                  sort_query=_sort_links(query, sort, order, views.INCIDENT_SORT_KEYS),
                  **incident_panels(store, found))


@router.get("/incidents/{incident_id}")
def incident_page(request: Request, incident_id: str) -> Response:
    store = request.app.state.store
    stored, members = store.incident(incident_id)
    place = incident_places(store, [stored])[stored.id]
    points, unplaced = views.map_points([stored], {stored.id: place})
    killed = stored.outcome("killed")
    return render(request, "incident.html", report=stored.report, stored=stored, place=place,
                  reviewed=sum(1 for m in members if m.review), world=worldmap.incident_map(points, unplaced),
                  conservative=conservative_figure(killed) if killed else None)


@router.get("/export/claims.{fmt}")
def export(request: Request, fmt: str) -> Response:
    exporter = request.app.state.exporter
    if exporter is None or fmt not in EXPORT_MEDIA:
        raise HTTPException(404, f"no export as {fmt!r}: try one of {', '.join(EXPORT_MEDIA)}")
    filters = views.ClaimFilters.from_query(dict(request.query_params))
    out = io.StringIO()
    exporter(request.app.state.store.claims(**filters.store_arguments()), fmt, out)
    return _download(out.getvalue(), "claims", fmt)


@router.get("/export/incidents.{fmt}")
def export_incidents(request: Request, fmt: str) -> Response:
    exporter = request.app.state.incident_exporter
    if exporter is None or fmt not in EXPORT_MEDIA:
        raise HTTPException(404, f"no export as {fmt!r}: try one of {', '.join(EXPORT_MEDIA)}")
    filters = views.ClaimFilters.from_query(dict(request.query_params))
    out = io.StringIO()
    exporter(incident_details(request.app.state.store, **views.incident_arguments(filters)), fmt, out)
    return _download(out.getvalue(), "incidents", fmt)


def _download(text: str, what: str, fmt: str) -> Response:
    name = f"tollbook-{what}-{fmt}.{'jsonl' if fmt == 'jsonl' else 'csv'}"
    return Response(text, media_type=EXPORT_MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/login")
def login_form(request: Request) -> Response:
    nonce = new_login_nonce()
    response = render(request, "login.html", login_csrf=nonce)
    response.set_cookie(LOGIN_COOKIE, nonce, httponly=True, samesite="strict", max_age=3600)
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    guard = request.app.state.guard
    name = guard.login(dict(await request.form()), request)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, guard.session_cookie(name), httponly=True, samesite="strict")
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    guard = request.app.state.guard
    guard.check_form(request, dict(await request.form()))
    guard.logout(request)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
