"""The dashboard: browse, review and export the ledger in a browser, plus a JSON API.

    app = create_app(store, token=os.environ.get("TOLLBOOK_TOKEN"))   # read-only without a token
    serve(app, "127.0.0.1", 8000)

Pages: ``/`` (the ledger: filters, timeline, totals, sortable table),
``/claims/{id}`` (a claim, its review form and audit log), ``/documents`` and
``/documents/{key}`` (stored text with every claim highlighted),
``/incidents/{id}``, ``/login``, ``/export/claims.{csv,jsonl,acled,ucdp}``.
API: ``/api/...``, described at ``/openapi.json``.
"""
from __future__ import annotations

from typing import Any

from tollbook.web.app import create_app


def serve(app: Any, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn
    uvicorn.run(app, host=host, port=port, log_level="warning")


__all__ = ["create_app", "serve"]
