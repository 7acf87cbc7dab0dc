"""`tollbook languages`: the covered languages, and their claim scores on a gold set (in process)."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from tollbook.cli import main
from tollbook.rules import load_rules

SEED = "000_e68090f2c7f8c3aa"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def seed_gold(tmp_path):
    """A gold set of one English page (the seed) and one Swahili-labelled copy with no claims."""
    (tmp_path / "docs").mkdir()
    shutil.copy(FIXTURES / "seed" / f"{SEED}.txt", tmp_path / "docs" / f"{SEED}.txt")
    record = json.loads((FIXTURES / "seed" / "gold.jsonl").read_text(encoding="utf-8"))
    other = {**record, "id": "zz", "file": "zz.txt", "language": "zz", "claims": []}
    (tmp_path / "docs" / "zz.txt").write_text("Nothing happened here today.\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(record) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    return tmp_path


def _rows(result) -> dict[str, dict]:
    assert result.exit_code == 0, result.output
    return {row["code"]: row for row in map(json.loads, result.stdout.splitlines())}


def test_lists_every_covered_language_with_its_reader(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ../shared/eval/dev here: no scores
    rows = _rows(runner.invoke(main, ["languages", "--format", "jsonl"]))
    covered = [code for code in load_rules().languages if load_rules().for_language(code).is_claim_language]
    assert sorted(rows) == sorted(covered) and "common" not in rows
    assert rows["en"]["name"] == "English" and rows["en"]["reader"] == "word-order"
    assert rows["ru"]["reader"] == "free-order"
    assert all(row["entries"] > 50 and row["claims"] is None for row in rows.values())


def test_gold_set_scores_each_language(runner, seed_gold):
    rows = _rows(runner.invoke(main, ["languages", "--gold", str(seed_gold), "--format", "jsonl"]))
    assert rows["en"]["documents"] == 1
    assert rows["en"]["claims"]["gold"] == 6 and rows["en"]["claims"]["f1"] > 0.8
    assert rows["zz"]["reader"] == "-" and rows["zz"]["claims"]["gold"] == 0   # in the gold set, not covered
    assert rows["fr"]["documents"] == 0 and rows["fr"]["claims"] is None


@pytest.mark.parametrize("args, shown", [
    ([], ["code", "reader", "English", "word-order", "free-order"]),
    (["--gold", "GOLD"], ["F1", "docs", "zz", "1.000"]),
])
def test_table(runner, seed_gold, tmp_path, monkeypatch, args, shown):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["languages", *[str(seed_gold) if a == "GOLD" else a for a in args]])
    assert result.exit_code == 0, result.output
    for text in shown:
        assert text in result.stdout


def test_one_rule_set_serves_croatian_serbian_and_bosnian(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rows = _rows(runner.invoke(main, ["languages", "--format", "jsonl", "hr", "sr", "bs", "hi", "mr"]))
    assert sorted(rows) == ["bs", "hi", "hr", "mr", "sr"]
    assert {rows[code]["rules"] for code in ("hr", "sr", "bs")} == {"hbs"} and rows["sr"]["name"] == "Serbian"
    assert rows["hi"]["rules"] == "hi" and all(row["reader"] == "free-order" for row in rows.values())


def test_a_language_without_rules_says_not_covered(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["languages", "xx"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "note: language: xx, not covered" in result.stderr
