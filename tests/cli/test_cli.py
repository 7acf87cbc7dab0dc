"""The CLI end to end, in process: ingest the bundled examples, query, show, extract, evaluate."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, REPO, shared_dir
from tollbook.cli import main

EXAMPLES = REPO / "examples"
SEED = "000_e68090f2c7f8c3aa"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "ledger.db")


def _ingest(runner, db, *paths):
    return runner.invoke(main, ["ingest", "--db", db, *map(str, paths)])


def _seed_gold() -> list[dict]:
    return json.loads((FIXTURES / "seed" / "gold.jsonl").read_text(encoding="utf-8"))["claims"]


def test_ingest_examples_stores_claims_and_keeps_a_pipe_free_of_its_table(runner, db):
    result = _ingest(runner, db, EXAMPLES)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # the claim table is drawn on a terminal only
    assert "claims, 0 failed" in result.stderr
    listed = runner.invoke(main, ["claims", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len([r for r in rows if r["document"] == SEED]) == 6
    assert any("Ramzan Kadyrov" in (r["reported_by"] or "") for r in rows)


def test_reingest_does_not_duplicate(runner, db):
    _ingest(runner, db, EXAMPLES)
    first = runner.invoke(main, ["claims", "--db", db, "--format", "jsonl"]).stdout
    again = _ingest(runner, db, EXAMPLES)
    assert again.exit_code == 0
    assert "unchanged" in again.stderr
    assert runner.invoke(main, ["claims", "--db", db, "--format", "jsonl"]).stdout == first


def test_seed_claims_equal_gold(runner):
    result = runner.invoke(main, ["extract", str(EXAMPLES / f"{SEED}.txt")])
    record = json.loads(result.stdout)
    assert record["id"] == SEED
    assert record["published"] == "2022-03-01"
    predicted = [{k: v for k, v in c.items() if k not in ("span", "place")} for c in record["claims"]]
    assert predicted == _seed_gold()


def test_extract_with_text_offsets_point_into_text(runner):
    result = runner.invoke(main, ["extract", "--with-text", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        record = json.loads(line)
        for claim in record["claims"]:
            start, end = claim["span"]
            assert record["text"][start:end] == claim["evidence"]


@pytest.mark.parametrize("option, value, expect", [
    ("--outcome", "injured", lambda r: r["outcome"] == "injured"),
    ("--reported-by", "kadyrov", lambda r: "Kadyrov" in (r["reported_by"] or "")),
    ("--place", "ukraine", lambda r: "Ukraine" in (r["location"] or "")),
    ("--since", "2023-01-01", lambda r: (r["date"] or r["published"]) >= "2023-01-01"),
    ("--until", "2022-12-31", lambda r: (r["date"] or r["published"]) <= "2022-12-31"),
])
def test_claims_filters(runner, db, option, value, expect):
    _ingest(runner, db, EXAMPLES)
    result = runner.invoke(main, ["claims", "--db", db, option, value, "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(expect(r) for r in rows)


def test_claims_csv_has_header_and_rows(runner, db):
    _ingest(runner, db, EXAMPLES)
    result = runner.invoke(main, ["claims", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"outcome", "count_best", "evidence", "url"} <= set(rows[0])


def test_show_highlights_evidence(runner, db):
    _ingest(runner, db, EXAMPLES)
    result = runner.invoke(main, ["show", "--db", db, SEED])
    assert result.exit_code == 0, result.output
    assert "Two soldiers from Chechnya have been killed[1]" in result.stdout


def test_stats(runner, db):
    _ingest(runner, db, EXAMPLES)
    result = runner.invoke(main, ["stats", "--db", db])
    assert result.exit_code == 0, result.output
    assert "documents" in result.stdout


def test_bad_inputs_do_not_stop_the_batch(runner, db, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(EXAMPLES / f"{SEED}.txt", pages)
    (pages / "empty.txt").write_bytes(b"")
    (pages / "binary.bin").write_bytes(bytes(range(256)) * 40)
    result = _ingest(runner, db, pages, tmp_path / "does-not-exist")
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3
    assert "1 pages stored" in result.stderr  # the good page, beside them


def test_evaluate_dev_set(runner):
    dev = shared_dir("eval", "dev")
    result = runner.invoke(main, ["evaluate", str(dev), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "claims:" in result.stdout and "F1" in result.stdout


def test_readme_test_command_is_what_ci_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    first_screen = "\n".join(readme.splitlines()[:25])
    assert "pip install -e \".[test]\" && tollbook ingest examples/" in first_screen
    assert "\npytest" in first_screen and "\npytest\n" in ci


@pytest.mark.parametrize("args, exit_code, said", [
    (["extract", "--help"], 0, "Usage: main extract"),
    (["languages", "--help"], 0, "Usage: main languages"),
    (["extract"], 2, "Missing argument"),                                  # click's usage error, exit code 2
    (["languages", "--format", "bad"], 2, "'bad' is not one of"),
])
def test_help_and_usage_errors_are_clicks_not_internal_errors(runner, args, exit_code, said):
    result = runner.invoke(main, args)
    assert result.exit_code == exit_code, result.output
    assert said in result.output
    assert "internal error" not in result.output
