"""Claims out of tollbook: flat rows with provenance, as CSV or JSON Lines.

A row is one claim with the page it came from, so that every figure in a
spreadsheet can be traced back to its sentence.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from tollbook.errors import ExportError
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
        writer.writerow(row)
    return n


def iter_claim_rows(pairs: Iterable[tuple[Claim, Mapping[str, Any]]]) -> Iterator[dict[str, Any]]:
    for claim, provenance in pairs:
        yield claim_row(claim, provenance)
