"""Fixtures for the store tests: a fresh database per test, cheap.

``store`` is a fresh SQLite file under tmp_path; with TOLLBOOK_TEST_POSTGRES_URL
set (e.g. postgresql://tollbook:tollbook@127.0.0.1/tollbook_test) every test
that uses it runs on PostgreSQL too, after the tables there are dropped.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from tollbook.store import Store

POSTGRES_URL = os.environ.get("TOLLBOOK_TEST_POSTGRES_URL")


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """One SQLite file migrated to head; tests get copies (cheaper than migrating each)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    Store.open(str(path)).close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path, migrated_sqlite):
    if request.param == "sqlite":
        url = str(shutil.copy(migrated_sqlite, tmp_path / "test.db"))
    elif POSTGRES_URL:
        url = POSTGRES_URL
        drop_tollbook_tables(url)
    else:
        pytest.skip("set TOLLBOOK_TEST_POSTGRES_URL to run the store tests on PostgreSQL")
    with Store.open(url) as opened:
        yield opened


def empty_database_url(backend: str, sqlite_path: Path) -> str:
    """A database with no tollbook tables: a new SQLite file, or the test PostgreSQL emptied (else skip)."""
    if backend == "sqlite":
        return str(sqlite_path)
    if not POSTGRES_URL:
        pytest.skip("set TOLLBOOK_TEST_POSTGRES_URL to run these on PostgreSQL too")
    drop_tollbook_tables(POSTGRES_URL)
    return POSTGRES_URL


def drop_tollbook_tables(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS incident_pages, incident_outcomes, incidents, "
                                   "review_log, reviews, claims, documents, alembic_version CASCADE")
    engine.dispose()
