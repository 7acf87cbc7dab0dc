"""A database URL per test: a fresh SQLite file, and PostgreSQL when TOLLBOOK_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import pytest

from tests.store.conftest import empty_database_url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    return empty_database_url(request.param, tmp_path / "ledger.db")
