"""The Spark job in local mode on a small WARC the test writes: the claims `tollbook extract` finds,
Parquet by month, bad inputs as rows, incidents per block, and `tollbook ingest` of the output.

One SparkSession and one run of the job for the module: starting Spark costs seconds.
"""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from tests.sources.builders import gz, jsonl_bytes, warc_bytes, write
from tollbook.cli import main

pyspark = pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")

from tollbook.spark import job, run_job  # noqa: E402

if shutil.which("java") is None:
    pytest.skip("Spark needs Java (.ci/run installs openjdk-17-jre-headless)", allow_module_level=True)


def _article(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


PAGES = [
    ("https://north.example/bus", _article(
        "Bus crash near Leeds", "Two people were killed and 14 injured when a bus overturned near Leeds on "
        "Friday, police said.", "The road was closed for six hours while crews cleared the wreck.")),
    ("https://south.example/leeds-bus", _article(
        "Leeds bus crash: the day after", "Police said two people died and 14 were hurt when a bus overturned "
        "near Leeds on Friday.", "The driver was taken to hospital.")),
    ("https://east.example/mine", _article(
        "Mine blast in Katowice", "Three miners were killed in a gas explosion at a coal mine in Katowice on "
        "Thursday, the mine operator said.", "Rescue teams reached the shaft after midnight.")),
    ("https://west.example/budget", _article(
        "Council approves the budget", "The town council approved a new budget on Monday after a long debate.",
        "Roads and schools get most of the money.")),
]


# A short-lived JVM: the quick compiler only and one GC thread halve its start-up CPU; no web UI.
QUICK_START = {"spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
               "spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"}


@pytest.fixture(scope="module")
def spark():
    session = job.session("local[2]", app_name="tollbook-tests", config=QUICK_START)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crawl")
    warc = write(folder, "crawl.warc.gz", warc_bytes(PAGES, compress=True))
    jsonl = write(folder, "more.jsonl", jsonl_bytes([{"id": "flood", "url": "https://more.example/flood",
                                                      "date": "2022-04-02", "text": "Floods on the river "
                                                      "killed four people in Krakow on Saturday, firefighters "
                                                      "said."}]))
    cut = warc_bytes(PAGES[:2], compress=True)
    write(folder, "cut.warc.gz", cut[: len(cut) - 40])  # a crawl file that broke off
    listing = folder / "inputs.paths"
    listing.write_text("crawl.warc.gz\nmore.jsonl\ncut.warc.gz\n", encoding="utf-8")
    return {"folder": folder, "warc": warc, "jsonl": jsonl, "listing": str(listing)}


@pytest.fixture(scope="module")
def output(spark, crawl):
    out = crawl["folder"] / "out"
    summary = run_job([crawl["listing"], str(crawl["folder"] / "missing.warc")], str(out), spark_session=spark)
    return out, summary


def _claims_of_extract(*paths) -> set[tuple[str, str]]:
    result = CliRunner().invoke(main, ["extract", "--jobs", "1", *map(str, paths)])
    found = set()
    for line in result.stdout.splitlines():
        record = json.loads(line)
        for claim in record["claims"]:
            claim.pop("incident")
            found.add((record["id"], json.dumps(claim, sort_keys=True)))
    return found


def _claims_of_job(out) -> set[tuple[str, str]]:
    found = set()
    for row in pq.read_table(out / "claims").to_pylist():
        claim = json.loads(row["claim"])
        claim.pop("incident")
        found.add((row["document"], json.dumps(claim, sort_keys=True)))
    return found


def test_the_job_finds_exactly_the_claims_extract_finds(output, crawl):
    out, _ = output
    expected = _claims_of_extract(crawl["warc"], crawl["jsonl"], crawl["folder"] / "cut.warc.gz")
    assert len(expected) >= 5
    assert _claims_of_job(out) == expected


def test_documents_and_claims_are_partitioned_by_publication_month(output):
    out, summary = output
    assert sorted(p.name for p in (out / "documents").glob("month=*")) == ["month=2022-03", "month=2022-04"]
    assert (out / "claims" / "month=2022-04").is_dir()
    assert summary.documents == len(PAGES) + 1 + 1  # the cut file's page before the cut counts too


def test_bad_inputs_are_rows_of_errors_not_a_failed_job(output):
    out, summary = output
    errors = pq.read_table(out / "errors").to_pylist()
    reasons = {row["source"].rsplit("/", 1)[-1]: row["reason"] for row in errors}
    assert reasons["cut.warc.gz"].startswith("truncated WARC")
    assert reasons["missing.warc"] == "no such file or directory"
    assert summary.errors == 2


def test_reports_of_one_incident_share_it_and_others_do_not(output):
    out, summary = output
    rows = pq.read_table(out / "incidents").to_pylist()
    documents = {row["key"]: row["document"] for row in rows}
    labelled: dict[str, set[str]] = {}
    for row in rows:
        if row["label"]:
            labelled.setdefault(row["label"], set()).add(documents[row["key"]])
    bus = [docs for docs in labelled.values() if {"crawl#1", "crawl#2"} <= docs]
    assert bus, labelled
    assert not any("crawl#3" in docs for docs in labelled.values())
    assert summary.incidents >= 1


def test_ingest_stores_the_jobs_output_as_extract_would(output, tmp_path):
    out, summary = output
    db = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, str(out)])
    assert result.exit_code == 0, result.output
    assert f"{summary.documents} pages stored" in result.stderr
    listed = [json.loads(line) for line in
              CliRunner().invoke(main, ["claims", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    # The cut file's page has the text of crawl#1: the store keeps that text once.
    expected = {(row["document"], row["evidence"]) for row in pq.read_table(out / "claims").to_pylist()
                if not row["document"].startswith("cut#")}
    assert {(row["document"], row["evidence"]) for row in listed} == expected


def test_the_spark_command_runs_the_job_and_says_what_it_wrote(spark, crawl, tmp_path):
    out = tmp_path / "out"  # the command finds the module's running session (getOrCreate)
    result = CliRunner().invoke(main, ["spark", crawl["jsonl"], "--output", str(out), "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    assert "1 documents, 1 claims" in result.stderr
    assert (out / "claims" / "month=2022-04").is_dir()
