"""Start-up: a command imports what it uses and no more (issue 12: --help and queries in < 0.3 CPU-s).

Each command runs in a fresh interpreter that then lists which of the heavy modules it loaded.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO

# Heavy modules and what loads them where they belong: reading pages, printing a table, a pool, a migration.
PAGE_READING = ("trafilatura", "numpy", "ftfy", "py3langid", "pysbd", "yaml", "tollbook.pipeline",
                "tollbook.gazetteer")
TABLES = ("rich.table",)
PROGRESS = ("rich.progress",)
POOL = ("multiprocessing",)
MIGRATION = ("alembic",)
DATABASE = ("sqlalchemy",)
HEAVY = PAGE_READING + TABLES + PROGRESS + POOL + MIGRATION + DATABASE

RUN = ("import json, sys\nfrom tollbook.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
       "heavy = {heavy!r}\n"
       "print(json.dumps(sorted(h for h in heavy if any(m == h or m.startswith(h + '.') for m in sys.modules))),"
       " file=sys.stderr)")


def loaded(*arguments: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", RUN.format(heavy=HEAVY), *arguments], cwd=REPO,
                          capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("startup") / "ledger.db")
    from tollbook.store import Store
    Store.open(path, create=True).close()
    return path


@pytest.mark.parametrize("arguments, allowed", [
    (["--help"], ()),
    (["extract", "--help"], ()),
    (["claims", "--db", "{db}", "--format", "jsonl"], DATABASE),
    (["incidents", "--db", "{db}", "--format", "csv"], DATABASE),
    (["stats", "--db", "{db}"], DATABASE),
    (["claims", "--db", "{db}"], DATABASE + TABLES),     # a table on stdout, even of no rows
])
def test_a_command_loads_only_what_it_uses(arguments, allowed, db):
    found = loaded(*(a.format(db=db) for a in arguments))
    assert found <= set(allowed), f"{arguments[0]} loaded {sorted(found - set(allowed))}"


def test_the_commands_that_read_pages_still_load_them(tmp_path):
    # The negative beside the positives: the list above names modules that are really used.
    page = tmp_path / "page.txt"
    page.write_text("Two people were killed in a fire in Northtown on Monday, police said.\n", encoding="utf-8")
    found = loaded("extract", "--jobs", "1", str(page))
    assert {"tollbook.pipeline", "yaml", "rich.progress"} <= found
