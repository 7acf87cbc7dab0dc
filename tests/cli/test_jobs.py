"""`--jobs`: worker processes over pages give the output of one job, in input order."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import REPO
from tollbook import workers
from tollbook.cli import main

EXAMPLES = REPO / "examples"


@pytest.fixture(autouse=True)
def workers_from_the_first_pages(monkeypatch):
    monkeypatch.setattr(workers, "SERIAL_FIRST", 2)  # a batch this small would never start them


def test_extract_with_two_jobs_gives_one_jobs_records_and_errors_in_input_order(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [str(tmp_path / "empty.txt"), str(EXAMPLES), str(tmp_path / "missing.txt")]
    one = CliRunner().invoke(main, ["extract", "--jobs", "1", *inputs])
    two = CliRunner().invoke(main, ["extract", "--jobs", "2", *inputs])
    assert one.exit_code == two.exit_code == 2
    assert two.stdout == one.stdout
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert ids == sorted(path.name.split(".")[0] for path in EXAMPLES.iterdir())
    assert two.stderr == one.stderr


def test_ingest_with_two_jobs_stores_what_one_job_stores(tmp_path):
    stored = {}
    for jobs in ("1", "2"):
        db = str(tmp_path / f"ledger-{jobs}.db")
        result = CliRunner().invoke(main, ["ingest", "--jobs", jobs, "--db", db, str(EXAMPLES)])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in
                CliRunner().invoke(main, ["claims", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
        stored[jobs] = sorted(json.dumps({k: v for k, v in row.items() if k != "incident"}, sort_keys=True)
                              for row in rows)
    assert stored["2"] == stored["1"] and stored["1"]


def test_the_pool_keeps_the_order_and_reads_only_a_few_chunks_ahead():
    read = []

    def items():
        for n in range(400):
            read.append(n)
            yield n

    results = workers.ordered_map(lambda n: n * n, items(), jobs=2)
    assert [next(results) for _ in range(workers.SERIAL_FIRST)] == [0, 1]  # in this process
    first = next(results)
    ahead = len(read)
    assert first == 4 and list(results) == [n * n for n in range(3, 400)]
    assert ahead <= workers.SERIAL_FIRST + (2 * workers.AHEAD + 1) * workers.CHUNK  # not the whole input


def test_a_batch_smaller_than_the_serial_start_never_forks(monkeypatch):
    forks = []
    monkeypatch.setattr("multiprocessing.get_context", lambda method: forks.append(method))
    assert list(workers.ordered_map(lambda n: n + 1, [1], jobs=2)) == [2]
    assert forks == []


def test_the_streamed_batch_labels_claims_as_grouping_the_whole_batch_does():
    """`extract` links each page's claims as it arrives (``LabelledRecords``); the labels are
    those of grouping every claim at the end (``label_incidents``)."""
    from tollbook import pipeline
    from tollbook.rules import load_rules
    rules = load_rules()
    results = [r for r in pipeline.process_paths([str(EXAMPLES)], rules, jobs=2, grouping=True, record_lines=True)
               if r.document]
    with pipeline.LabelledRecords() as batch:
        for result in results:
            batch.add(result)
        streamed = [[claim["incident"] for claim in json.loads(line)["claims"]] for line in batch.lines()]
    whole = pipeline.label_incidents([(r.document, list(r.claims)) for r in results])
    assert streamed == [[claim.incident for claim in found] for _, found in whole]
    assert any(label for labels in streamed for label in labels)
