"""After ``kill -9`` between saving pages and grouping them (issue 13): ``stats`` says how many
claims wait for an incident, and ``incidents --rebuild`` finishes the job."""
from __future__ import annotations

import json

from click.testing import CliRunner

from tests.robust import hostile
from tollbook import pipeline
from tollbook.cli import main
from tollbook.claims import EXTRACTOR_VERSION
from tollbook.rules import load_rules
from tollbook.store import Store


def test_stats_shows_pending_claims_and_a_rebuild_groups_them(tmp_path, db_url):
    paths = [hostile.good_page(tmp_path, f"p{n}.txt", hostile.GOOD_TEXT.replace("Two", str(n + 2)))
             for n in range(3)]
    with Store.open(db_url) as store:  # what a killed ingest leaves: pages saved, grouping never run
        for result in pipeline.process_paths(paths, load_rules()):
            store.save(result.document, list(result.claims), EXTRACTOR_VERSION)
    runner = CliRunner()
    stats = json.loads(runner.invoke(main, ["stats", "--db", db_url]).stdout)
    assert (stats["claims"], stats["claims_pending_grouping"]) == (3, 3)
    rebuilt = runner.invoke(main, ["incidents", "--db", db_url, "--rebuild", "--format", "jsonl"])
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert "3 claims grouped" in rebuilt.stderr
    assert json.loads(runner.invoke(main, ["stats", "--db", db_url]).stdout)["claims_pending_grouping"] == 0
