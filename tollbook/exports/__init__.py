"""Incidents and claims out of tollbook: CSV, JSON Lines, Parquet, or the columns of ACLED and UCDP GED.

Incidents are the default (``tollbook export``): one row per incident, each
figure counted once, reviews applied (``incident_rows``). Claims
(``--what claims``) are one row per claim with the page it came from, so that
every figure in a spreadsheet can be traced back to its sentence; ten reports of
one strike are ten rows there, never to be added up. Stored claims carry
reviewers' corrections already (the store applies them), and claims a reviewer
rejected are not asked for.

    export_incidents(incident_details(store), "acled", out=sys.stdout)   # text formats: a stream or a path
    export_claims(store.claims(), "parquet", path="claims.parquet")       # needs tollbook[parquet]
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from tollbook.errors import ExportError
from tollbook.exports.datasets import ACLED_COLUMNS, UCDP_GED_COLUMNS, acled_rows, ucdp_rows
from tollbook.exports.incident_rows import (INCIDENT_COLUMNS, IncidentDetail, conservative_figure,
                                            event_dates, incident_acled_rows, incident_details, incident_rows,
                                            incident_ucdp_rows)
from tollbook.exports.places import ExportPlace, incident_place, locate, tally_by_place
from tollbook.model import Claim

CLAIM_COLUMNS = (
    "document", "url", "title", "published", "outcome", "count_best", "count_kind", "count_text",
    "victims", "role", "side", "origin", "location", "date", "scope", "reported_by",
    "evidence", "span_start", "span_end", "incident",
)


def claim_row(claim: Claim, provenance: Mapping[str, Any]) -> dict[str, Any]:
    """One flat row: the claim's fields beside the document it was read from."""
    return {
        "document": provenance.get("document"),
        "url": provenance.get("url"),
        "title": provenance.get("title"),
        "published": provenance.get("published"),
        "outcome": str(claim.outcome),
        "count_best": claim.count.best,
        "count_kind": str(claim.count.kind),
        "count_text": claim.count.text,
        "victims": claim.victims.text,
        "role": str(claim.victims.role),
        "side": claim.side,
        "origin": claim.origin,
        "location": claim.location,
        "date": claim.date,
        "scope": str(claim.scope),
        "reported_by": claim.reported_by,
        "evidence": claim.evidence,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "incident": claim.incident,
    }


def write_rows(rows: Iterable[Mapping[str, Any]], out: TextIO, fmt: str,
               columns: tuple[str, ...] = CLAIM_COLUMNS) -> int:
    """Write rows as ``csv`` or ``jsonl``; returns how many were written."""
    if fmt == "jsonl":
        return _write_jsonl(rows, out)
    if fmt == "csv":
        return _write_csv(rows, out, columns)
    raise ExportError(f"unknown format {fmt!r}: use csv or jsonl")


def write_records(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """JSON Lines of nested records (document records in the gold format)."""
    return _write_jsonl(records, out)


def record_line_pieces(record: Mapping[str, Any]) -> tuple[str, ...]:
    """A document record's line as ``write_records`` writes it, cut where each claim's ``incident`` value goes.

    ``extract`` knows the labels only once the batch is read: a worker encodes each page's record as it
    reads it, and the process that labels the batch only joins strings (``record_line``). The record's
    own ``incident`` values are left out: every claim has the key (``Claim.to_dict``), so there are
    ``len(record["claims"]) + 1`` pieces. ``json.dumps`` writes a mapping as ``{"key": value, ...}``
    and a list as ``[item, ...]``; the record and its claims are written so here, each value by it."""
    pieces, line = [], ["{"]
    for n, (key, value) in enumerate(record.items()):
        line.append((", " if n else "") + _json(key) + ": ")
        if key != "claims":
            line.append(_json(value))
            continue
        line.append("[")
        for m, claim in enumerate(value):
            line.append(", {" if m else "{")
            for k, (name, field_value) in enumerate(claim.items()):
                line.append((", " if k else "") + _json(name) + ": ")
                if name == "incident":
                    pieces.append("".join(line))
                    line = []
                else:
                    line.append(_json(field_value))
            line.append("}")
        line.append("]")
    pieces.append("".join(line) + "}\n")
    return tuple(pieces)


def record_line(pieces: tuple[str, ...], incidents: Iterable[str | None]) -> str:
    """The line of ``record_line_pieces`` with each claim's ``incident`` label put back, in claim order."""
    return "".join(piece + _json(label) for piece, label in zip(pieces, incidents)) + pieces[-1]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    n = 0
    for n, row in enumerate(rows, 1):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n


def _write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO, columns: tuple[str, ...]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, row in enumerate(rows, 1):
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return n


# A spreadsheet reads a cell starting with one of these as a formula (=HYPERLINK(...) can
# leak data); OWASP's advice is a leading quote, which shows as text and runs nothing.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell value safe to open in a spreadsheet: text that could start a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def iter_claim_rows(pairs: Iterable[tuple[Claim, Mapping[str, Any]]]) -> Iterator[dict[str, Any]]:
    for claim, provenance in pairs:
        yield claim_row(claim, provenance)


# -- stored claims, every format ---------------------------------------------------------

EXPORT_COLUMNS = ("claim_id",) + CLAIM_COLUMNS + ("site", "review", "extractor_version")


def stored_claim_rows(stored: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Flat rows for stored claims (``tollbook.store.StoredClaim``), with id, site and review status."""
    for item in stored:
        provenance = {"document": item.document_name, "url": item.url, "title": item.title,
                      "published": item.published}
        yield {"claim_id": item.id, **claim_row(item.claim, provenance), "site": item.site,
               "review": item.review, "extractor_version": item.extractor_version}


# format -> (rows from stored claims, columns, how the rows are written)
FORMATS: dict[str, tuple[Any, tuple[str, ...], str]] = {
    "csv": (stored_claim_rows, EXPORT_COLUMNS, "csv"),
    "jsonl": (stored_claim_rows, EXPORT_COLUMNS, "jsonl"),
    "parquet": (stored_claim_rows, EXPORT_COLUMNS, "parquet"),
    "acled": (acled_rows, ACLED_COLUMNS, "csv"),
    "ucdp": (ucdp_rows, UCDP_GED_COLUMNS, "csv"),
}


# the same for incidents: IncidentDetail records, as incident_details(store) gives them
INCIDENT_FORMATS: dict[str, tuple[Any, tuple[str, ...], str]] = {
    "csv": (incident_rows, INCIDENT_COLUMNS, "csv"),
    "jsonl": (incident_rows, INCIDENT_COLUMNS, "jsonl"),
    "parquet": (incident_rows, INCIDENT_COLUMNS, "parquet"),
    "acled": (incident_acled_rows, ACLED_COLUMNS, "csv"),
    "ucdp": (incident_ucdp_rows, UCDP_GED_COLUMNS, "csv"),
}


def export_claims(stored: Iterable[Any], fmt: str, out: TextIO | None = None, path: str | None = None) -> int:
    """Write stored claims in ``fmt`` to the stream ``out`` or the file ``path``; returns rows written."""
    return _export(FORMATS, stored, fmt, out, path)


def export_incidents(details: Iterable[IncidentDetail], fmt: str, out: TextIO | None = None,
                     path: str | None = None) -> int:
    """Write incidents (``incident_details(store)``) in ``fmt``; returns rows written."""
    return _export(INCIDENT_FORMATS, details, fmt, out, path)


def _export(formats: dict, records: Iterable[Any], fmt: str, out: TextIO | None, path: str | None) -> int:
    if fmt not in formats:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(formats)}")
    make_rows, columns, writer = formats[fmt]
    rows = make_rows(records)
    if writer == "parquet":
        if path is None:
            raise ExportError("parquet is a binary format: give a file to write (-o FILE)")
        return write_parquet(rows, path, columns)
    if path is None:
        return write_rows(rows, out, writer, columns)
    with open(path, "w", encoding="utf-8", newline="") as file:
        return write_rows(rows, file, writer, columns)


def write_parquet(rows: Iterable[Mapping[str, Any]], path: str, columns: tuple[str, ...]) -> int:
    """A Parquet file of the rows, columns in order (pyarrow: the ``parquet`` extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ExportError("parquet export needs pyarrow: pip install 'tollbook[parquet]'") from e
    listed = [{column: row.get(column) for column in columns} for row in rows]
    table = pa.Table.from_pylist(listed, schema=None) if listed else pa.table({c: [] for c in columns})
    pq.write_table(table.select(list(columns)), path)
    return len(listed)
