"""Fixtures for the web tests: a small ledger, and the app over a fresh copy of it."""
from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from tests.web.ledger_data import build_ledger
from tollbook import exports
from tollbook.store import Store
from tollbook.web import create_app

TOKEN = "test-reviewer-token"


@pytest.fixture(scope="session")
def ledger_template(tmp_path_factory) -> str:
    return build_ledger(tmp_path_factory.mktemp("ledger") / "ledger.db")


@pytest.fixture
def ledger_store(ledger_template, tmp_path):
    with Store.open(str(shutil.copy(ledger_template, tmp_path / "ledger.db"))) as store:
        yield store


@pytest.fixture
def client(ledger_store):
    """The app with reviews on (the reviewer token is TOKEN)."""
    app = create_app(ledger_store, token=TOKEN, exporter=exports.export_claims)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture
def read_only(ledger_store):
    with TestClient(create_app(ledger_store), base_url="http://127.0.0.1") as test_client:
        yield test_client


def claim_id(store, evidence_start: str) -> int:
    return next(s.id for s in store.claims(rejected=True) if s.claim.evidence.startswith(evidence_start))
