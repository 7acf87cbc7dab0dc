"""Opening a database: where it is, how to connect, bringing its schema to head.

Every failure here becomes one ``StoreError`` line that names the database
(password hidden) and the reason, e.g.
``sqlite:////tmp/notes.txt: file is not a database``.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.util import CommandError

from tollbook.errors import StoreError

DEFAULT_PATH = "tollbook.db"
ENV_VARIABLE = "TOLLBOOK_DB"
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000  # wait this long for another writer before failing


def resolve_url(url_or_path: str | None) -> str:
    """``None`` -> $TOLLBOOK_DB or ./tollbook.db; a bare path -> SQLite; a URL as it is."""
    if url_or_path is None:
        url_or_path = os.environ.get(ENV_VARIABLE) or DEFAULT_PATH
    if url_or_path.startswith("postgres://"):  # the spelling many hosts hand out
        return "postgresql://" + url_or_path.removeprefix("postgres://")
    if "://" in url_or_path:
        return url_or_path
    if url_or_path == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(url_or_path).expanduser().absolute())


def open_engine(url: str) -> sa.Engine:
    """An engine for ``url`` whose schema is at the newest migration."""
    engine = _create_engine(url)
    try:
        _migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    return engine


def describe(url: str | sa.URL) -> str:
    """The URL as it may be shown to people: no password, no %-escapes."""
    try:
        return unquote(sa.make_url(url).render_as_string(hide_password=True))
    except (sa.exc.ArgumentError, ValueError):
        return str(url)


def store_error(url: str | sa.URL, error: Exception, doing: str = "") -> StoreError:
    """One line: the database, what was being done, then the first line the driver said."""
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()
    prefix = f"{describe(url)}: {doing}: " if doing else f"{describe(url)}: "
    return StoreError(prefix + (reason[0] if reason else type(error).__name__))


def _create_engine(url: str) -> sa.Engine:
    try:
        engine = sa.create_engine(url)
    except (sa.exc.NoSuchModuleError, ImportError) as e:  # before ArgumentError: a subclass of it
        hint = " (install tollbook[postgres])" if url.startswith("postgres") else ""
        raise StoreError(f"{describe(url)}: no database driver for this URL{hint}") from e
    except (sa.exc.ArgumentError, ValueError) as e:
        raise StoreError(f"{url}: not a database URL ({e})") from e
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _configure_sqlite)
    return engine


def _configure_sqlite(dbapi_connection, _record) -> None:
    """Per-connection SQLite settings that SQLite does not keep in the file."""
    # SQLite's built-in lower() folds ASCII only; the place and source filters
    # compare lower() of both sides, so "КИЇВ" must find "Київ".
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")  # off by default, per connection
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    # WAL lets the web app read while an ingest writes; in-memory databases ignore it.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _migrate(engine: sa.Engine) -> None:
    """Run the Alembic scripts up to head, in one transaction; a no-op when already there."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except CommandError as e:
        # Typically a database written by a newer tollbook, whose revision we do not know.
        raise StoreError(f"{describe(engine.url)}: cannot migrate: {e}") from e
    except sa.exc.SQLAlchemyError as e:
        raise store_error(engine.url, e) from e
