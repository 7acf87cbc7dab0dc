"""The command line under mistakes: one plain ``error: ...`` line, never a traceback (issue 13)."""
from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from tests.conftest import REPO
from tests.robust import hostile
from tollbook import __version__
from tollbook.cli import main


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["ingest", "--db", path, str(REPO / "examples")])
    assert result.exit_code == 0, result.stderr
    return path


def _fails_with_one_line(args: list[str], expected: str):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines() == [expected]


def test_export_into_a_missing_folder(db, tmp_path):
    target = tmp_path / "missing" / "dir" / "x.csv"
    _fails_with_one_line(["export", "--db", db, "-o", str(target)], f"error: {target}: No such file or directory")


def test_evaluate_a_folder_without_gold(tmp_path):
    _fails_with_one_line(["evaluate", str(tmp_path)], f"error: {tmp_path / 'gold.jsonl'}: No such file or directory")
    _fails_with_one_line(["languages", "--gold", str(tmp_path)],
                         f"error: {tmp_path / 'gold.jsonl'}: No such file or directory")


@pytest.mark.parametrize("command", ["claims", "incidents", "tally"])
@pytest.mark.parametrize("bound", ["--since", "--until"])
def test_impossible_dates_are_refused(db, command, bound):
    _fails_with_one_line([command, "--db", db, bound, "2023-13-45"],
                         f"error: {bound[2:]}: not a date: '2023-13-45' (want YYYY-MM-DD, YYYY-MM or YYYY)")


@pytest.mark.parametrize("command", [["claims"], ["incidents"], ["stats"], ["export"], ["tally"], ["serve"]])
def test_read_commands_refuse_a_database_that_does_not_exist(command, tmp_path):
    missing = tmp_path / "typo.db"
    _fails_with_one_line([*command, "--db", str(missing)],
                         f"error: {missing}: no such database (tollbook ingest creates one)")
    assert not missing.exists()


def test_help_and_version():
    runner = CliRunner()
    assert runner.invoke(main, ["-h"]).output.startswith("Usage: ")
    assert runner.invoke(main, ["ingest", "-h"]).output.startswith("Usage: ")
    assert runner.invoke(main, ["--version"]).output == f"tollbook, version {__version__}\n"


def test_messages_to_a_pipe_are_plain_unwrapped_lines(tmp_path):
    """rich would wrap at 80 columns and turn ':warning:' into an emoji."""
    deep = tmp_path / ("a-very-long-folder-name-" * 4) / ":warning:"
    deep.mkdir(parents=True)
    bad = deep / "empty.txt"
    bad.write_text("")
    good = hostile.good_page(deep)
    process = subprocess.run([sys.executable, "-c", "from tollbook.cli import main; main()", "ingest",
                              "--db", str(tmp_path / "l.db"), str(bad), good],
                             capture_output=True, text=True, cwd=REPO)
    lines = process.stderr.splitlines()
    assert f"error: {bad}: empty file" in lines
    assert lines[-1].startswith("incidents: ") and lines[-2].startswith("1 pages stored in ")
    assert "grouping the stored claims into incidents ..." in lines
    assert process.returncode == 1
    assert "Traceback" not in process.stderr


def test_a_failed_save_is_one_line_and_ingest_goes_on(tmp_path, monkeypatch):
    from tollbook.store import Store

    real_save = Store.save

    def refusing_one_page(self, document, claims, version):
        if "Eleven" in document.text:
            return real_save(self, document, [*claims, claims[0].__class__(**{**claims[0].__dict__, "span": (5, 1)})],
                             version)
        return real_save(self, document, claims, version)

    monkeypatch.setattr(Store, "save", refusing_one_page)
    bad = hostile.good_page(tmp_path, "bad.txt", hostile.GOOD_TEXT.replace("Two", "Eleven"))
    good = hostile.good_page(tmp_path, "good.txt")
    db = str(tmp_path / "l.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, bad, good])
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: ") and "cannot save" in errors[0]
    assert result.exit_code == 1
    assert "1 pages stored" in result.stderr


def test_the_same_text_under_two_names_is_a_duplicate_listed_once(tmp_path):
    first = hostile.good_page(tmp_path, "first.txt")
    copy = hostile.good_page(tmp_path, "copy.txt")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "l.db"), first, copy])
    assert result.exit_code == 0, result.stderr
    assert "2 pages stored in" in result.stderr and "(1 duplicate, 1 new), 1 claims" in result.stderr
