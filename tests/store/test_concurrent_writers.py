"""Four processes writing one database at once (issue 13): a fresh database's migration, the
same pages saved twice at the same moment, and incident updates, on SQLite and PostgreSQL.

Each process loads the rules first, then waits for a common start time, so the four
open (and migrate) the database and save their pages together.
"""
from __future__ import annotations

import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from tests.conftest import REPO
from tests.store.conftest import empty_database_url
from tollbook.cli import main
from tollbook.store import Store

TOWNS = ["Arvel", "Brisk", "Corran", "Dunmere", "Elsby", "Fennick", "Garrow", "Hollin"]
WORKERS = 4
START_DELAY_S = 8.0  # time for every process to load the rules before the common start

RUNNER = """
import sys, time
from tollbook.rules import load_rules
from tollbook.cli import main
load_rules()
time.sleep(max(0.0, float(sys.argv[1]) - time.time()))
sys.argv = ["tollbook", *sys.argv[2:]]
main()
"""


def _pages(folder) -> list[str]:
    """Sixteen reports of fires in eight towns, one per day; every town's fire reported by two outlets."""
    paths = []
    for n, town in enumerate(TOWNS):
        day = f"2023-05-{n + 1:02d}"
        for outlet, wording in (("a", "were killed"), ("b", "died")):
            path = folder / f"{town.lower()}-{outlet}.txt"
            path.write_text(f" date {day}\nFire in {town}\n\n{n + 2} people {wording} when a fire swept through "
                            f"a warehouse in {town} on {day}, the fire service said.\n", encoding="utf-8")
            paths.append(str(path))
    return paths


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path) -> str:
    return empty_database_url(request.param, tmp_path / "shared.db")


def _incidents(url: str) -> list[tuple[str, ...]]:
    """Each incident as the pages its claims come from (ids hold database ids, which differ)."""
    members: dict[str, set[str]] = {}
    with Store.open(url) as store:
        for stored in store.claims():
            members.setdefault(stored.claim.incident, set()).add(stored.document_name)
    return sorted(tuple(sorted(pages)) for pages in members.values())


def test_four_processes_ingesting_the_same_pages_into_a_fresh_database(fresh_url, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    pages = _pages(folder)
    start = time.time() + START_DELAY_S
    # Each process reads every page, in its own order: every page is saved four times at once.
    orders = [pages, pages[::-1], pages[1::2] + pages[::2], pages[::2] + pages[1::2]]
    processes = [subprocess.Popen([sys.executable, "-c", RUNNER, str(start), "ingest", "--db", fresh_url, *order],
                                  cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for order in orders[:WORKERS]]
    outcomes = [(process.wait(timeout=300), process.stderr.read()) for process in processes]
    for code, stderr in outcomes:
        assert code == 0, stderr
        assert "error" not in stderr and "Traceback" not in stderr
    with Store.open(fresh_url) as store:
        stats = store.stats()
    assert stats["documents"] == len(pages)
    assert stats["claims"] == len(pages)  # no page's claims stored twice
    concurrent = _incidents(fresh_url)
    # The same pages ingested by one process give the same incidents.
    alone = str(tmp_path / "alone.db")
    assert CliRunner().invoke(main, ["ingest", "--db", alone, *pages]).exit_code == 0
    assert concurrent == _incidents(alone)
    assert sum(len(members) for members in concurrent) == len(pages)  # every page in one incident
