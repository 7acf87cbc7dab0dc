"""The app factory: routes, templates, static files, security headers and one error shape.

Errors have one shape each way: the JSON API answers
``{"error": {"status": 404, "message": "..."}}``; pages answer the same status
with the ``error.html`` page. Every error, from a route, a validation or the
store, goes through ``error_response``.

Before any route runs, ``_Gate`` checks what needs no body: the Host header
(against DNS rebinding, when the app is given ``allowed_hosts``), the body size
(413 past ``MAX_BODY_BYTES``, declared or streamed), and for an API write the
reviewer token, so an unauthenticated request is refused before its body is read.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from tollbook import __version__
from tollbook.errors import NotFoundError, TollbookError
from tollbook.web import api, pages, views
from tollbook.web.security import Guard

HERE = Path(__file__).parent
log = logging.getLogger("tollbook.web")

# No inline script, no third-party origin: a script smuggled into a page's text
# could not run even if escaping ever failed.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
MAX_BODY_BYTES = 1 << 20  # a review form or API call is a few hundred bytes
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def create_app(store: Any, token: str | None = None,
               exporter: Callable[[Any, str, Any], int] | None = None,
               incident_exporter: Callable[[Any, str, Any], int] | None = None,
               review: Callable[..., Any] | None = None,
               allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The dashboard and JSON API over an open ``tollbook.store.Store``.

    ``token``: the reviewer token; without one the app is read-only.
    ``exporter(stored_claims, fmt, text_stream)`` and ``incident_exporter(details, fmt,
    text_stream)``: ``tollbook.exports.export_claims`` / ``export_incidents``, for the
    export links (none without them).
    ``review(store, claim_id, action, reviewer, changes, note)``: how a reviewer's change
    is made; ``tollbook.pipeline.review_claim`` by default, which writes the incidents the
    change touches again, so every figure the app shows is the reviewed one.
    ``allowed_hosts``: the host names a request's Host header may name (any port);
    others get 400. None: no check (``tollbook serve`` always gives the list).
    """
    app = FastAPI(title="tollbook", version=__version__,
                  description="A sourced ledger of casualty reports: claims, documents, incidents, reviews.",
                  docs_url=None, redoc_url=None)  # their pages load scripts from a CDN; /openapi.json stays
    app.state.store = store
    app.state.guard = Guard(token)
    app.state.exporter = exporter
    app.state.incident_exporter = incident_exporter
    app.state.review = review or _review_and_regroup
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_error_handlers(app)
    app.add_middleware(_Gate, allowed_hosts=None if allowed_hosts is None else {h.lower() for h in allowed_hosts})
    app.middleware("http")(_security_headers)  # added last: outermost, so the gate's answers get the headers
    return app


def _review_and_regroup(store: Any, *args: Any) -> Any:
    from tollbook import pipeline  # the composer: the store's review, then the incidents it touches
    return pipeline.review_claim(store, *args)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.autoescape = True   # every page text is escaped, .html or not
    templates.env.globals["count_label"] = views.count_label
    templates.env.globals["figure_parts"] = views.figure_parts
    templates.env.filters["claim_id"] = views.claim_id
    templates.env.filters["web_link"] = web_link
    return templates


def web_link(url: str | None) -> str | None:
    """The url when a browser may follow it (http or https); None for javascript:, data: and the like."""
    if not url or not isinstance(url, str):
        return None
    scheme = url.strip().partition(":")[0].lower()
    return url if scheme in ("http", "https") and "://" in url else None


async def _security_headers(request: Request, call_next) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


class _Gate:
    """ASGI middleware: Host allow-list, body cap, and API writes' token checked before the body is read."""

    def __init__(self, app, allowed_hosts: set[str] | None):
        self.app = app
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        try:
            self._check(request)
        except HTTPException as refused:
            response = error_response(request, refused.status_code, str(refused.detail), refused.headers)
            return await response(scope, receive, send)
        if scope["method"] in WRITE_METHODS:
            receive = _capped(receive, MAX_BODY_BYTES)
        await self.app(scope, receive, send)

    def _check(self, request: Request) -> None:
        if self.allowed_hosts is not None and _host_name(request.headers.get("host", "")) not in self.allowed_hosts:
            raise HTTPException(400, "this host name is not served here (tollbook serve --allow-host NAME)")
        if request.method not in WRITE_METHODS:
            return
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            raise HTTPException(413, f"request body over {MAX_BODY_BYTES} bytes")
        if request.url.path.startswith("/api/"):
            request.app.state.guard.api_reviewer(request)


def _capped(receive, limit: int):
    """The request's receive, raising 413 once the body streamed in passes ``limit`` bytes."""
    seen = 0

    async def capped_receive():
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise HTTPException(413, f"request body over {limit} bytes")
        return message
    return capped_receive


def _host_name(host: str) -> str:
    """``example.org:8000`` -> ``example.org``; ``[::1]:8000`` -> ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        return error_response(request, error.status_code, str(error.detail), getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors())
        return error_response(request, 422, problems or "invalid request")

    @app.exception_handler(views.FilterError)
    async def filter_error(request: Request, error: views.FilterError):
        return error_response(request, 400, str(error))

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, error: NotFoundError):
        return error_response(request, 404, str(error))

    @app.exception_handler(TollbookError)
    async def tollbook_error(request: Request, error: TollbookError):
        return error_response(request, 400, str(error))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error (see the server log)")


def error_response(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    """The one error shape: JSON under /api, the error page elsewhere."""
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse({"error": {"status": status, "message": message}}, status, headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status, headers=headers)
