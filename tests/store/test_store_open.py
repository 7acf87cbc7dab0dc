"""Opening databases: where, migrations recorded, and one-line errors."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from store_helpers import make_claim, make_document
from tollbook.errors import StoreError
from tollbook.store import Store
from tollbook.store.connect import resolve_url
from tollbook.store.schema import metadata

HEAD = "0003_incidents"


@pytest.mark.parametrize("given, env, expected", [
    (None, None, "sqlite:///{cwd}/tollbook.db"),
    (None, "{cwd}/from-env.db", "sqlite:///{cwd}/from-env.db"),
    (None, "postgresql://db.example/tb", "postgresql://db.example/tb"),
    ("ledger.db", "ignored.db", "sqlite:///{cwd}/ledger.db"),
    ("/srv/data/ledger.db", None, "sqlite:////srv/data/ledger.db"),
    (":memory:", None, "sqlite://"),
    ("sqlite:///relative.db", None, "sqlite:///relative.db"),
    ("postgresql+psycopg://u@h/db", None, "postgresql+psycopg://u@h/db"),
    ("postgres://u@h/db", None, "postgresql://u@h/db"),
])
def test_where_the_database_is(given, env, expected, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    cwd = str(Path.cwd())
    if env is None:
        monkeypatch.delenv("TOLLBOOK_DB", raising=False)
    else:
        monkeypatch.setenv("TOLLBOOK_DB", env.format(cwd=cwd))
    assert resolve_url(given) == expected.format(cwd=cwd)


def _version(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]


def test_migrations_are_recorded_and_safe_to_run_again(tmp_path, monkeypatch):
    path = tmp_path / "ledger.db"
    monkeypatch.chdir("/")  # the scripts are found from the package, not the working directory
    text = "A man was killed."
    with Store.open(str(path)) as store:
        store.save(make_document("d", text), [make_claim(text, "A man was killed", best=1)], "v1")
    assert _version(path) == [HEAD]
    with Store.open(str(path)) as store:
        assert store.stats()["claims"] == 1
    assert _version(path) == [HEAD]


def test_the_schema_module_matches_the_migrations(store):
    with store._engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
        checks = {check["name"] for check in sa.inspect(connection).get_check_constraints("claims")}
    assert differences == []
    # Alembic does not compare CHECK constraints; their names are what later migrations use.
    assert checks == {f"ck_claims_{name}" for name in
                      ("outcome", "count_kind", "victims_role", "scope", "count_best", "span")}


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "ledger.db"
    with Store.open(str(path)) as store, store._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _text_file(tmp_path: Path) -> str:
    path = tmp_path / "notes.db"
    path.write_text("not a database, just some notes\n" * 100)
    return str(path)


def _read_only(tmp_path: Path) -> str:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE other (x)")
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def _newer(tmp_path: Path) -> str:
    path = tmp_path / "newer.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return str(path)


@pytest.mark.parametrize("make_target, reason", [
    (_text_file, "file is not a database"),
    (lambda tmp: str(tmp / "no" / "such" / "dir" / "x.db"), "unable to open database file"),
    (_read_only, "readonly database"),
    (_newer, "cannot migrate"),
    (lambda tmp: "nosuchdb://somewhere/x", "no database driver"),
    (lambda tmp: "postgresql://tollbook:s3cret@127.0.0.1:1/x", "127.0.0.1"),
    (lambda tmp: "postgresql://:://", "not a database URL"),
])
def test_a_database_that_cannot_be_used_is_one_line_naming_it(make_target, reason, tmp_path):
    target = make_target(tmp_path)
    with pytest.raises(StoreError) as error:
        Store.open(target)
    message = str(error.value)
    assert reason in message
    assert len(message.splitlines()) == 1
    assert "s3cret" not in message
    shown = target.split("?")[0].split("//")[-1].replace("s3cret", "***")
    assert shown in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only directory")
def test_a_read_only_directory_is_a_store_error(tmp_path):
    directory = tmp_path / "locked"
    directory.mkdir()
    directory.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="locked"):
            Store.open(str(directory / "ledger.db"))
    finally:
        directory.chmod(0o755)


def test_the_heads_read_from_the_scripts_are_alembics():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from tollbook.store.connect import MIGRATIONS, script_heads
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert script_heads() == frozenset(ScriptDirectory.from_config(config).get_heads()) == {HEAD}


def test_opening_a_database_at_head_does_not_load_alembic(tmp_path):
    # Alembic takes longer to import than a query command takes in all: only a migration loads it.
    import subprocess
    import sys
    path = tmp_path / "ledger.db"
    check = ("import sys\nfrom tollbook.store import Store\nStore.open(sys.argv[1]).close()\n"
             "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))")
    runs = [subprocess.run([sys.executable, "-c", check, str(path)], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[2]).stdout.strip() for _ in range(2)]
    assert runs[0] != "[]"   # a new database: the scripts run
    assert runs[1] == "[]"   # at head: nothing to run
