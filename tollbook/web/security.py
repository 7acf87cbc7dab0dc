"""Who may write: the reviewer token, the login cookie and CSRF tokens.

The app is read-only unless started with a reviewer token (``TOLLBOOK_TOKEN``).
Then every write needs it:

- the JSON API: ``Authorization: Bearer <token>`` (the reviewer's name in ``X-Reviewer``);
- the pages: a login form (name + token) sets a signed, HttpOnly, SameSite=Strict
  cookie; every form carries a CSRF token derived from that cookie, checked on POST.
  The login form itself uses a double-submit cookie.

Signatures are HMAC-SHA256 keyed by the token, so restarting with another token
logs everyone out. Comparisons are constant-time.

A session is also a random id the server keeps: logging out forgets it, so a
copied cookie stops working; restarting the server logs everyone out. Wrong
tokens are counted per client: past ``MAX_FAILURES`` in ``FAILURE_WINDOW_S``
seconds, every login or API write from it is refused (429) until the window passes.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections import deque

from fastapi import HTTPException, Request

SESSION_COOKIE = "tollbook_session"
LOGIN_COOKIE = "tollbook_login"
NAME = re.compile(r"[\w .@-]{1,60}")
MAX_FAILURES = 5         # wrong tokens a client may send ...
FAILURE_WINDOW_S = 60.0  # ... in this many seconds
MAX_SESSIONS = 10_000    # live sessions kept; the oldest is forgotten beyond


class Guard:
    """Checks writes against the reviewer token (``None``: the app is read-only)."""

    def __init__(self, token: str | None):
        self._key = token.encode("utf-8") if token else None
        self._sessions: dict[str, None] = {}  # live session ids, oldest first
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @property
    def writable(self) -> bool:
        return self._key is not None

    # -- API ------------------------------------------------------------------------

    def api_reviewer(self, request: Request) -> str:
        """The reviewer of an API write, or 401/403."""
        self._require_writable()
        self._check_not_guessing(request)
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not self._same(given.strip(), self._key.decode("utf-8")):
            self._count_failure(request)
            raise HTTPException(401, "a write needs the reviewer token: Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        name = request.headers.get("x-reviewer", "api").strip()
        return name if NAME.fullmatch(name) else "api"

    # -- pages -------------------------------------------------------------------------

    def page_reviewer(self, request: Request) -> str | None:
        """The logged-in reviewer named by a valid session cookie, else None."""
        if not self.writable:
            return None
        signed, _, signature = request.cookies.get(SESSION_COOKIE, "").rpartition(".")
        name, _, session_id = signed.partition(".")
        if not name or not self._same(signature, self._sign("session", signed)):
            return None
        with self._lock:
            if session_id not in self._sessions:  # logged out, or the server restarted
                return None
        return _decode(name)

    def check_form(self, request: Request, form: dict) -> str:
        """The reviewer of a form write: logged in and the form's CSRF token right, else 401/403."""
        self._require_writable()
        reviewer = self.page_reviewer(request)
        if reviewer is None:
            raise HTTPException(401, "log in to review")
        if not self._same(str(form.get("csrf", "")), self.csrf(request)):
            raise HTTPException(403, "the form is stale or forged (CSRF check failed): reload the page")
        return reviewer

    def csrf(self, request: Request) -> str:
        """The CSRF token for the current session (empty without one)."""
        session = request.cookies.get(SESSION_COOKIE, "")
        return self._sign("csrf", session) if session and self.writable else ""

    def session_cookie(self, name: str) -> str:
        """A new session for ``name``: its cookie value (name, session id, signature)."""
        session_id = secrets.token_urlsafe(18)
        with self._lock:
            self._sessions[session_id] = None
            while len(self._sessions) > MAX_SESSIONS:
                del self._sessions[next(iter(self._sessions))]
        signed = f"{_encode(name)}.{session_id}"
        return f"{signed}.{self._sign('session', signed)}"

    def logout(self, request: Request) -> None:
        """Forget the request's session: its cookie no longer logs anyone in."""
        signed = request.cookies.get(SESSION_COOKIE, "").rpartition(".")[0]
        with self._lock:
            self._sessions.pop(signed.partition(".")[2], None)

    def login(self, form: dict, request: Request) -> str:
        """The reviewer's name from a login form (token and double-submit cookie checked)."""
        self._require_writable()
        self._check_not_guessing(request)
        if not self._same(str(form.get("csrf", "")), request.cookies.get(LOGIN_COOKIE, "")):
            raise HTTPException(403, "the login form is stale (CSRF check failed): reload the page")
        if not self._same(str(form.get("token", "")), self._key.decode("utf-8")):
            self._count_failure(request)
            raise HTTPException(401, "wrong reviewer token")
        name = str(form.get("name", "")).strip()
        if not NAME.fullmatch(name):
            raise HTTPException(400, "name: 1-60 letters, digits, spaces, dots, @ or -")
        return name

    # -- helpers -------------------------------------------------------------------------

    def _check_not_guessing(self, request: Request) -> None:
        with self._lock:
            recent = self._recent_failures(_client(request))
            if len(recent) >= MAX_FAILURES:
                wait = max(1, int(recent[0] + FAILURE_WINDOW_S - time.monotonic()) + 1)
                raise HTTPException(429, f"too many wrong tokens: try again in {wait} s",
                                    headers={"Retry-After": str(wait)})

    def _count_failure(self, request: Request) -> None:
        with self._lock:
            self._recent_failures(_client(request)).append(time.monotonic())

    def _recent_failures(self, client: str) -> deque[float]:
        """The times of the client's wrong tokens within the window (older ones dropped)."""
        recent = self._failures.setdefault(client, deque())
        while recent and recent[0] < time.monotonic() - FAILURE_WINDOW_S:
            recent.popleft()
        return recent

    def _require_writable(self) -> None:
        if not self.writable:
            raise HTTPException(403, "this ledger is read-only: start tollbook serve with TOLLBOOK_TOKEN set")

    def _sign(self, purpose: str, value: str) -> str:
        return hmac.new(self._key, f"{purpose}:{value}".encode("utf-8"), hashlib.sha256).hexdigest()

    @staticmethod
    def _same(a: str, b: str) -> bool:
        return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def new_login_nonce() -> str:
    return secrets.token_urlsafe(24)


def _encode(name: str) -> str:
    return base64.urlsafe_b64encode(name.encode("utf-8")).decode("ascii").rstrip("=")


def _decode(encoded: str) -> str | None:
    try:
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
