"""Each input that once ended a whole batch with a traceback (issue 13), beside a good page.

A batch must go on: the bad input gives at most one ``error: PATH: reason``
line, the good page comes out, the exit code counts the failures, and no
traceback is printed.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.robust import hostile
from tollbook.cli import main
from tollbook.store import Store

# (builder, error lines the input gives, claims figures read from it (None: no claim to check))
TRIGGERS = {
    "warc without WARC-Target-URI": (hostile.warc_without_target_uri, 0, [2]),
    "JSON nested 5,000 deep": (hostile.deeply_nested_jsonl, 1, [2]),
    "lone surrogate in a JSONL field": (hostile.lone_surrogate_jsonl, 0, [2]),
    "file name that is not UTF-8": (hostile.non_utf8_name, 0, [2]),
    "file name with an ANSI escape and :warning:": (hostile.escape_sequence_name, 0, [3]),
    "number of 400 digits": (hostile.huge_number, None, None),
    "figure of 2**63": (hostile.figure_over_int64, 0, None),
    "figure of 2**31": (hostile.figure_over_int32, 0, None),
    "NUL bytes in a text file": (hostile.nul_in_text, 0, None),
    "NUL in a JSON string": (hostile.nul_in_jsonl, 0, [6]),
}


def _run(args: list[str]):
    result = CliRunner().invoke(main, args)
    assert isinstance(result.exception, SystemExit) or result.exception is None, result.exception
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return result


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_extract_goes_on_after_the_trigger(trigger, tmp_path):
    build, errors, figures = TRIGGERS[trigger]
    bad, good = build(tmp_path), hostile.good_page(tmp_path / "", "zz-good.txt")
    result = _run(["extract", bad, good])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert "zz-good" in [record["id"] for record in records]
    lines = _error_lines(result.stderr)
    if errors is not None:
        assert len(lines) == errors, result.stderr
    assert result.exit_code == len(lines)
    for line in lines:  # "error: PATH: reason", PATH as given, printable
        assert line.isprintable() and "\x1b" not in line
    if figures is not None:
        read = [claim["count"]["best"] for record in records if record["id"] != "zz-good"
                for claim in record["claims"]]
        assert read == figures


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_ingest_goes_on_after_the_trigger_and_stores_the_good_page(trigger, tmp_path, db_url):
    build, errors, _ = TRIGGERS[trigger]
    bad, good = build(tmp_path), hostile.good_page(tmp_path, "zz-good.txt", hostile.GOOD_TEXT.replace("Two", "Nine"))
    result = _run(["ingest", "--db", db_url, bad, good])
    lines = _error_lines(result.stderr)
    if errors is not None:
        assert len(lines) == errors, result.stderr
    assert result.exit_code == len(lines)
    listed = _run(["claims", "--db", db_url, "--format", "jsonl"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert "zz-good" in {row["document"] for row in rows}
    assert all(row["count_best"] is None or row["count_best"] < 2**31 for row in rows)


def test_a_huge_figure_is_stored_clamped(tmp_path, db_url):
    result = _run(["ingest", "--db", db_url, hostile.figure_over_int32(tmp_path)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in _run(["claims", "--db", db_url, "--format", "jsonl"]).stdout.splitlines()]
    assert [row["count_best"] for row in rows] == [2**31 - 1]
    assert rows[0]["count_text"] == str(2**31)  # the page's own words are kept


def test_a_figure_past_any_count_of_people_is_no_claim_but_the_page_is_stored(tmp_path, db_url):
    result = _run(["ingest", "--db", db_url, hostile.figure_over_int64(tmp_path)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in _run(["claims", "--db", db_url, "--format", "jsonl"]).stdout.splitlines()]
    assert rows == []   # 2**63 people is no count (claims.counts.MAX_PEOPLE)
    with Store.open(db_url) as store:
        assert len(list(store.documents())) == 1


def test_nul_bytes_are_not_stored(tmp_path, db_url):
    result = _run(["ingest", "--db", db_url, hostile.nul_in_text(tmp_path), hostile.nul_in_jsonl(tmp_path)])
    assert result.exit_code == 0, result.stderr
    with Store.open(db_url) as store:
        texts = [store.document(stored.id)[0].text for stored in store.documents()]
    assert len(texts) == 2
    assert all("\x00" not in text for text in texts)
    assert "Five people were hurt." in texts[0]


def test_a_non_utf8_name_is_shown_with_escapes(tmp_path):
    result = _run(["extract", hostile.non_utf8_name(tmp_path)])
    record = json.loads(result.stdout)
    assert record["id"] == "bad-\\xff\\xfe"
    assert record["file"].endswith("/bad-\\xff\\xfe.txt")


def test_an_unexpected_error_is_one_internal_error_line(tmp_path, monkeypatch):
    """Whatever a stage raises, the page costs one line and the batch goes on."""
    from tollbook import claims

    real = claims.extract_claims

    def failing_on_one_page(document, rules):
        if "Eleven" in document.text:
            raise ZeroDivisionError("division by zero\nsecond line")
        return real(document, rules)

    monkeypatch.setattr(claims, "extract_claims", failing_on_one_page)
    bad = hostile.good_page(tmp_path, "bad.txt", hostile.GOOD_TEXT.replace("Two", "Eleven"))
    good = hostile.good_page(tmp_path, "good.txt")
    result = _run(["extract", bad, good])
    assert _error_lines(result.stderr) == [f"error: {bad}: internal error: ZeroDivisionError: division by zero"]
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good"]
    assert result.exit_code == 1
