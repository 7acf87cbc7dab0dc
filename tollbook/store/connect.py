"""Opening a database: where it is, how to connect, bringing its schema to head.

Every failure here becomes one ``StoreError`` line that names the database
(password hidden) and the reason, e.g.
``sqlite:////tmp/notes.txt: file is not a database``.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import sqlalchemy as sa

from tollbook.errors import StoreError

# Alembic is imported only when a schema is behind (``_migrate``): loading it takes longer than
# the whole of a query command on a database already at head.

DEFAULT_PATH = "tollbook.db"
ENV_VARIABLE = "TOLLBOOK_DB"
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000  # wait this long for another writer before failing
# The key of the PostgreSQL advisory lock that serialises migrations (any constant will do).
_MIGRATION_LOCK = 0x7011B00C


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


def open_engine(url: str, create: bool = True) -> sa.Engine:
    """An engine for ``url`` whose schema is at the newest migration.

    ``create=False``: a SQLite file that does not exist is an error, not a new
    empty database (a mistyped ``--db`` of a command that only reads).
    """
    if not create:
        _check_exists(url)
    engine = _create_engine(url)
    try:
        _migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    return engine


@contextmanager
def writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A write transaction that holds the write lock from its first statement.

    SQLite otherwise starts a transaction as a reader and fails at once ("database
    is locked", no waiting) when another process wrote in between; BEGIN IMMEDIATE
    waits its turn instead (busy_timeout). PostgreSQL needs nothing: row locks and
    unique indexes serialise what must be.
    """
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        yield connection


@contextmanager
def exclusive(engine: sa.Engine, key: int) -> Iterator[None]:
    """Hold a lock that one process at a time can have (others wait), for work spanning transactions.

    PostgreSQL: a session advisory lock. SQLite: flock on the folder of the database
    file (never on the file itself: closing another descriptor of it would drop
    SQLite's own locks); an in-memory database, or a system without flock, needs none.
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_lock({key})")
            connection.commit()
            try:
                yield
            finally:
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({key})")
                connection.commit()
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    try:
        import fcntl
    except ImportError:  # Windows
        fcntl = None
    if not database or database == ":memory:" or fcntl is None:
        yield
        return
    folder = os.open(os.path.dirname(os.path.abspath(database)) or ".", os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # releases the flock


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


def _check_exists(url: str) -> None:
    try:
        parsed = sa.make_url(url)
    except (sa.exc.ArgumentError, ValueError):
        return  # _create_engine says what is wrong with it
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        if not Path(parsed.database).exists():
            raise StoreError(f"{parsed.database}: no such database (tollbook ingest creates one)")


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
    try:
        if _at_head(engine):  # the usual case: no lock taken, nothing written, Alembic not loaded
            return
    except sa.exc.SQLAlchemyError as e:
        raise store_error(engine.url, e) from e
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with writing(engine) as connection:
            # One process migrates at a time; the others then find the schema at head.
            if engine.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except CommandError as e:
        # Typically a database written by a newer tollbook, whose revision we do not know.
        raise StoreError(f"{describe(engine.url)}: cannot migrate: {e}") from e
    except sa.exc.SQLAlchemyError as e:
        raise store_error(engine.url, e) from e


VERSION_TABLE = "alembic_version"  # Alembic's default, which migrations/env.py keeps


def _at_head(engine: sa.Engine) -> bool:
    """Whether the database's recorded revisions are the scripts' heads (False when unsure:
    ``command.upgrade`` then finds out, a no-op at head)."""
    heads = script_heads()
    if heads is None:
        return False
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table(VERSION_TABLE):
            return False
        current = {row[0] for row in connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}")}
    return current == heads


_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*["']([^"']+)["']""", re.M)
_DOWN_REVISION = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(None|["']([^"']+)["'])\s*$""", re.M)


@lru_cache(maxsize=1)
def script_heads() -> frozenset[str] | None:
    """The head revisions of ``migrations/versions``, read from the scripts' ``revision`` and
    ``down_revision`` lines as Alembic writes them; None when a script says it some other way
    (a merge's tuple, a computed value), so that Alembic itself decides."""
    revisions, parents = set(), set()
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(2):
            parents.add(down.group(2))
    if not revisions or not parents <= revisions:
        return None
    return frozenset(revisions - parents)
