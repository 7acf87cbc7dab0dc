"""A database URL per test: a fresh SQLite file, and PostgreSQL when TOLLBOOK_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import pytest

from tests.store.conftest import POSTGRES_URL, drop_tollbook_tables


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    if not POSTGRES_URL:
        pytest.skip("set TOLLBOOK_TEST_POSTGRES_URL to run these on PostgreSQL too")
    drop_tollbook_tables(POSTGRES_URL)
    return POSTGRES_URL
