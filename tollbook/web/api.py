"""The JSON API: the same data as the pages, described by FastAPI at /openapi.json."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from tollbook.web import views

router = APIRouter(prefix="/api", tags=["api"])


class ErrorBody(BaseModel):
    status: int
    message: str


class Error(BaseModel):
    """Every API error has this shape."""
    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": Error} for code in (400, 401, 403, 404, 422)}


class ClaimOut(BaseModel):
    id: int
    document: str
    document_id: int
    url: str | None
    title: str | None
    published: str | None
    site: str | None
    outcome: str
    count_best: int | None
    count_kind: str
    count_text: str
    victims: str | None
    role: str
    side: str | None
    origin: str | None
    location: str | None
    date: str | None
    scope: str
    reported_by: str | None
    evidence: str
    span: tuple[int, int]
    incident: str | None
    review: Literal["accepted", "rejected", "corrected"] | None = Field(
        description="None when no reviewer has looked at it; corrected values are already applied")
    extractor_version: str

    @classmethod
    def of(cls, stored: Any) -> ClaimOut:
        c = stored.claim
        return cls(id=stored.id, document=stored.document_name, document_id=stored.document_id, url=stored.url,
                   title=stored.title, published=stored.published, site=stored.site, outcome=str(c.outcome),
                   count_best=c.count.best, count_kind=str(c.count.kind), count_text=c.count.text,
                   victims=c.victims.text, role=str(c.victims.role), side=c.side, origin=c.origin,
                   location=c.location, date=c.date, scope=str(c.scope), reported_by=c.reported_by,
                   evidence=c.evidence, span=c.span, incident=c.incident, review=stored.review,
                   extractor_version=stored.extractor_version)


class ClaimList(BaseModel):
    total: int
    offset: int
    items: list[ClaimOut]


class ReviewIn(BaseModel):
    action: Literal["accept", "reject", "correct", "move"]
    changes: dict[str, str | int | None] = Field(
        default_factory=dict, description="correct: {column: value}; move: {\"incident\": id}")
    note: str | None = None


class LogEntryOut(BaseModel):
    id: int
    claim_id: int | None
    action: str
    reviewer: str
    at: datetime
    before: dict[str, Any]
    after: dict[str, Any]
    note: str | None


class DocumentOut(BaseModel):
    id: int
    name: str
    source: str
    url: str | None
    site: str | None
    title: str | None
    published: str | None
    language: str | None
    claim_count: int | None


class DocumentDetail(DocumentOut):
    text: str
    claims: list[ClaimOut]


class SourceOut(BaseModel):
    claim_id: str
    document: str
    site: str | None
    published: str | None
    reported_by: str | None
    count_best: int | None
    count_kind: str
    count_text: str
    evidence: str
    subgroup: bool


class OutcomeOut(BaseModel):
    outcome: str
    low: int | None
    best: int | None
    high: int | None
    disagreement: bool
    sources: list[SourceOut]


class IncidentOut(BaseModel):
    id: str
    scope: str
    location: str | None
    date: str | None
    first_report: str | None
    latest_report: str | None
    outcomes: list[OutcomeOut]


class TimelinePoint(BaseModel):
    period: str
    outcome: str
    value: int


def _filters(request: Request) -> views.ClaimFilters:
    return views.ClaimFilters.from_query(dict(request.query_params))


@router.get("/claims", response_model=ClaimList, responses=ERRORS,
            summary="Claims, filtered (outcome, since, until, place, side, role, site, reported_by, reviewed)")
def list_claims(request: Request, sort: str = "date", order: Literal["asc", "desc"] = "desc",
                offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000)) -> ClaimList:
    found = list(request.app.state.store.claims(**_filters(request).store_arguments()))
    ordered = views.sort_claims(found, sort, order)
    return ClaimList(total=len(found), offset=offset,
                     items=[ClaimOut.of(s) for s in ordered[offset:offset + limit]])


@router.get("/claims/{claim_id}", response_model=ClaimOut, responses=ERRORS)
def get_claim(request: Request, claim_id: int) -> ClaimOut:
    return ClaimOut.of(request.app.state.store.claim(claim_id))


@router.get("/claims/{claim_id}/log", response_model=list[LogEntryOut], responses=ERRORS,
            summary="The audit log of a claim's review (who, when, before, after)")
def claim_log(request: Request, claim_id: int) -> list[LogEntryOut]:
    request.app.state.store.claim(claim_id)  # 404 for an unknown claim
    return [LogEntryOut(**entry.to_dict()) for entry in request.app.state.store.review_log(claim_id=claim_id)]


@router.post("/claims/{claim_id}/review", response_model=ClaimOut, responses=ERRORS,
             summary="Accept, reject, correct or move a claim (needs Authorization: Bearer <token>)")
def review_claim(request: Request, claim_id: int, review: ReviewIn) -> ClaimOut:
    reviewer = request.app.state.guard.api_reviewer(request)
    app = request.app.state
    return ClaimOut.of(app.review(app.store, claim_id, review.action, reviewer, review.changes, review.note))


@router.get("/documents", response_model=list[DocumentOut], responses=ERRORS)
def list_documents(request: Request, limit: int = Query(500, ge=1, le=5000)) -> list[DocumentOut]:
    return [_document_out(d) for d in request.app.state.store.documents(limit=limit)]


@router.get("/documents/{key}", response_model=DocumentDetail, responses=ERRORS)
def get_document(request: Request, key: str) -> DocumentDetail:
    document, claims = request.app.state.store.document(key)
    return DocumentDetail(**_document_out(document).model_dump(), text=document.text or "",
                          claims=[ClaimOut.of(s) for s in claims])


@router.get("/incidents/{incident_id}", response_model=IncidentOut, responses=ERRORS)
def get_incident(request: Request, incident_id: str) -> IncidentOut:
    return incident_out(views_incident(request, incident_id))


@router.get("/timeline", response_model=list[TimelinePoint], responses=ERRORS,
            summary="Killed and injured per day (week, month over long spans) of the incidents the filtered claims "
                    "report, each incident's best figure once; filters as /api/claims")
def get_timeline(request: Request) -> list[TimelinePoint]:
    store = request.app.state.store
    found = store.claims(**_filters(request).store_arguments())
    chart = views.timeline(views.incident_points(store.incidents(ids={s.claim.incident for s in found if s.claim.incident})))
    if chart is None:
        return []
    return [TimelinePoint(period=bar.period, outcome=bar.outcome, value=bar.value) for bar in chart.bars]


@router.get("/stats", responses=ERRORS)
def get_stats(request: Request) -> dict[str, Any]:
    return request.app.state.store.stats()


@router.get("/incidents", response_model=list[IncidentOut], responses=ERRORS,
            summary="Stored incidents (figures per outcome, no sources), filtered like /api/claims")
def list_incidents(request: Request, limit: int = Query(1000, ge=1, le=10000)) -> list[IncidentOut]:
    store = request.app.state.store
    arguments = views.incident_arguments(_filters(request))
    return [incident_out(stored.report) for stored in store.incidents(**arguments, limit=limit)]


def views_incident(request: Request, incident_id: str) -> Any:
    """An incident's report, with every source: what the store concluded, reviews applied."""
    return request.app.state.store.incident(incident_id)[0].report


def incident_out(report: Any) -> IncidentOut:
    return IncidentOut(id=report.id, scope=str(report.scope), location=report.location, date=report.date,
                       first_report=report.first_report, latest_report=report.latest_report,
                       outcomes=[OutcomeOut(outcome=str(o.outcome), low=o.low, best=o.best, high=o.high,
                                            disagreement=o.disagreement,
                                            sources=[_source_out(s) for s in o.sources]) for o in report.outcomes])


def _source_out(source: Any) -> SourceOut:
    return SourceOut(claim_id=views.claim_id(source.key), document=source.document, site=source.site, published=source.published,
                     reported_by=source.reported_by, count_best=source.count.best,
                     count_kind=str(source.count.kind), count_text=source.count.text,
                     evidence=source.evidence, subgroup=source.subgroup)


def _document_out(document: Any) -> DocumentOut:
    return DocumentOut(id=document.id, name=document.name, source=document.source, url=document.url,
                       site=document.site, title=document.title, published=document.published,
                       language=document.language, claim_count=document.claim_count)
