"""The Spark job: pages -> Parquet documents and claims, then incidents per block.

Stage 1, as Common Crawl's cc-pyspark jobs do it: the inputs (WARC, WARC.gz,
JSON Lines files) are spread over the executors, one input a partition, and
``mapPartitions`` runs ``pipeline.process_page`` on every page record of its
inputs. A record that cannot be read is one row of ``errors/`` and a line in the
executor's log, never an exception that would fail the task (and, retried, the
job). The rows are cached, then written: ``documents/`` and ``claims/``
partitioned by publication month, and ``errors/``.

Stage 2 reads ``claims/`` back and groups each block (canonical region x ISO
week, ``rows.block_of``) on its own: no machine holds every claim, and a block
holds the claims that can be about one incident. ``incidents/`` gets a row per
claim: its incident id and its gold-format label.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tollbook import sources
from tollbook.errors import SourceError
from tollbook.exports import CLAIM_COLUMNS
from tollbook.spark import rows

log = logging.getLogger("tollbook.spark")

LISTING_SNIFF = 64 * 1024


@dataclass(frozen=True)
class JobSummary:
    inputs: int
    documents: int
    claims: int
    errors: int       # pages and inputs that could not be read (rows of errors/)
    incidents: int    # incidents of more than one claim
    output: str


# -- what the job reads ----------------------------------------------------------------


def expand_inputs(paths: Iterable[str]) -> tuple[list[str], list[SourceError]]:
    """Files, folders and globs as ``tollbook extract`` takes them, and listing files (one
    input path a line, as cc-pyspark takes them) opened; every path absolute, since the
    executors need not share the driver's working folder."""
    found, errors = sources.discover(list(paths))
    inputs: list[str] = []
    for path in found:
        listed = _listed(path)
        inputs.extend(listed if listed is not None else [os.path.abspath(path)])
    return inputs, errors


def _listed(path: str) -> list[str] | None:
    """The paths a listing file names (relative ones from the listing's folder); None for any other file."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(LISTING_SNIFF)
    except OSError:
        return None
    if head[:5] == b"WARC/" or head[:2] == b"\x1f\x8b" or head.lstrip()[:1] in (b"{", b"<", b""):
        return None
    try:
        lines = [line.strip() for line in head.decode("utf-8").splitlines() if line.strip()]
    except UnicodeDecodeError:
        return None
    folder = Path(path).resolve().parent
    resolved = [str(Path(line) if Path(line).is_absolute() else folder / line) for line in lines]
    if not all(os.path.isfile(p) for p in resolved):
        return None  # a page of text, not a list of inputs
    return resolved


# -- stage 1: on the executors ------------------------------------------------------------


@cache
def _rules():
    from tollbook.rules import load_rules
    return load_rules()  # once per Python worker


def process_partition(paths: Iterable[str]) -> Iterator[tuple[str, dict]]:
    """("document" | "claim" | "error", row) for every page of the inputs of one partition."""
    rules = _rules()
    for path in paths:
        try:
            for raw in sources.read_input(path):
                yield from _page(raw, rules)
        except SourceError as error:  # the input broke off: its good pages are in already
            yield _error(error.source, error.reason)
        except Exception as error:  # noqa: BLE001 - nothing an input holds may fail the task
            yield _error(path, f"{type(error).__name__}: {error}")


def _page(raw, rules) -> Iterator[tuple[str, dict]]:
    from tollbook import incidents, pipeline
    try:
        document, found = pipeline.process_page(raw, rules)
        records = incidents.records_for_document(document, found)
    except SourceError as error:
        yield _error(raw.source, error.reason)
        return
    except Exception as error:  # noqa: BLE001 - a bad record is counted and logged, never raised
        yield _error(raw.source, f"{type(error).__name__}: {error}")
        return
    yield "document", rows.document_row(document)
    for row in rows.claim_rows(document, records):
        yield "claim", row


def _error(source: str, reason: str) -> tuple[str, dict]:
    log.warning("error: %s: %s", source, reason)
    return "error", {"source": source, "reason": reason}


# -- stage 2: one block of claims at a time ---------------------------------------------------


def group_block(block: str, claim_rows: Iterable[dict]) -> Iterator[tuple]:
    """(key, document, incident, label, block) for every claim of one block."""
    from tollbook import incidents
    records = [rows.record_of(row) for row in claim_rows]
    grouped = incidents.group_claims(records)
    labels = incidents.incident_labels(grouped)
    for incident in grouped:
        for record in incident.records:
            yield record.key, record.document, incident.id, labels.get(record.key), block


# -- the driver ---------------------------------------------------------------------------


def _schemas():
    from pyspark.sql import types as T
    text = T.StringType()
    documents = T.StructType([T.StructField(name, text) for name in rows.DOCUMENT_COLUMNS])
    numbers = {"count_best": T.LongType(), "span_start": T.LongType(), "span_end": T.LongType(),
               "context": T.ArrayType(text), "setting": T.ArrayType(text)}
    claim_names = list(CLAIM_COLUMNS) + [c for c in rows.CLAIM_GROUPING_COLUMNS if c not in CLAIM_COLUMNS]
    claims = T.StructType([T.StructField(name, numbers.get(name, text)) for name in claim_names])
    errors = T.StructType([T.StructField("source", text), T.StructField("reason", text)])
    incidents = T.StructType([T.StructField(name, text) for name in ("key", "document", "incident", "label",
                                                                        "block")])
    return {"document": documents, "claim": claims, "error": errors, "incident": incidents}


def session(master: str | None = None, app_name: str = "tollbook", config: dict[str, str] | None = None):
    """A SparkSession (the one ``spark-submit`` made, or a new one on ``master``, default local[*])."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run the driver's Python
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit, which says where to run
        builder = builder.master("local[*]")
    return builder.getOrCreate()


def run(paths: Iterable[str], output: str, spark) -> JobSummary:
    """Both stages over the inputs, into ``output`` (replaced if it exists)."""
    from pyspark import StorageLevel
    inputs, missing = expand_inputs(paths)
    schemas = _schemas()
    context = spark.sparkContext
    tagged = context.parallelize(inputs, max(1, len(inputs))).mapPartitions(process_partition)
    tagged = tagged.union(context.parallelize([_error(e.source, e.reason) for e in missing], 1))
    tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK)  # pages are read once for the three outputs
    try:
        for kind, folder, partitioned in (("document", "documents", True), ("claim", "claims", True),
                                          ("error", "errors", False)):
            names = schemas[kind].fieldNames()
            kept = tagged.filter(lambda item, kind=kind: item[0] == kind)
            frame = spark.createDataFrame(kept.map(lambda item, names=names: tuple(item[1].get(n) for n in names)),
                                          schemas[kind])
            writer = frame.write.mode("overwrite")
            if partitioned:
                writer = writer.partitionBy("month")
            writer.parquet(f"{output}/{folder}")
    finally:
        tagged.unpersist()
    group_incidents(spark, output)
    read = spark.read
    incidents = read.parquet(f"{output}/incidents")
    return JobSummary(inputs=len(inputs) + len(missing), documents=read.parquet(f"{output}/documents").count(),
                      claims=read.parquet(f"{output}/claims").count(), errors=read.parquet(f"{output}/errors").count(),
                      incidents=incidents.where("label IS NOT NULL").select("incident").distinct().count(),
                      output=output)


def group_incidents(spark, output: str) -> None:
    """Stage 2: ``claims/`` -> ``incidents/``, each block grouped on its own."""
    wanted = ["key", "document", "title", "published", "site", "language", "context", "setting", "claim", "block"]
    claims = spark.read.parquet(f"{output}/claims").select(*wanted)
    blocks = claims.rdd.map(lambda row: (row["block"], row.asDict())).groupByKey()
    grouped = blocks.flatMap(lambda item: group_block(item[0], item[1]))
    spark.createDataFrame(grouped, _schemas()["incident"]).write.mode("overwrite").parquet(f"{output}/incidents")
