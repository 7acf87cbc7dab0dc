"""Pages and claims as the flat rows the Spark job writes to Parquet, and back.

Plain Python, no Spark: the executors call ``page_rows`` on every page, and
``tollbook ingest`` reads the rows back with ``document_of`` / ``claim_of``
(through pyarrow, ``tollbook.spark.output``).

    documents/  one row per page: its fields and text (what the store keeps)
    claims/     one row per claim: the claim whole (``claim``, JSON of ``Claim.to_dict``),
                the flat columns of ``tollbook.exports`` for analysts, and what grouping
                reads of its page (``context``, ``setting``) with the block it is grouped in
    errors/     one row per page or input that could not be read: ``source``, ``reason``
    incidents/  one row per claim of an incident (the second stage): its key and incident

Both ``documents`` and ``claims`` are partitioned by ``month``: the publication
month of the page ("2024-05"), or "unknown".
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from tollbook.exports import claim_row
from tollbook.model import Claim, ClaimRecord, Document

UNKNOWN = "unknown"

DOCUMENT_COLUMNS = ("id", "source", "url", "site", "title", "published", "language", "text", "month")
CLAIM_GROUPING_COLUMNS = ("key", "site", "language", "context", "setting", "block", "claim", "month")


def month_of(published: str | None) -> str:
    """"2024-05-02" -> "2024-05": the partition of a page (``UNKNOWN`` without a date)."""
    return published[:7] if published and len(published) >= 7 else UNKNOWN


def document_row(document: Document) -> dict[str, Any]:
    return {"id": document.id, "source": document.source, "url": document.url, "site": document.site,
            "title": document.title, "published": document.published, "language": document.language,
            "text": document.text, "month": month_of(document.published)}


def claim_rows(document: Document, records: list[ClaimRecord]) -> list[dict[str, Any]]:
    """One row per claim record of a page (``incidents.records_for_document``)."""
    provenance = {"document": document.id, "url": document.url, "title": document.title,
                  "published": document.published}
    rows = []
    for record in records:
        row = claim_row(record.claim, provenance)
        row.update(key=record.key, site=record.site, language=record.language,
                   context=sorted(record.context), setting=sorted(record.setting),
                   block=block_of(record), claim=json.dumps(record.claim.to_dict(), ensure_ascii=False),
                   month=month_of(document.published))
        rows.append(row)
    return rows


def block_of(record: ClaimRecord) -> str:
    """The block a claim is grouped in by the second stage: its canonical region and ISO week.

    "UA/Donetsk Oblast/2024-W18". The region (country and first-level subdivision of
    ``Claim.place``), not the town, so that a report naming the town and one naming
    only its region meet; the week of the claim's date, or of its page's. Claims of
    one incident in two blocks (either side of a week's end, one placed and one not)
    are not linked: the price of never holding every claim on one machine.
    """
    place = record.claim.place
    region = f"{place.country or '-'}/{place.admin1 or '-'}" if place else UNKNOWN
    return f"{region}/{week_of(record.claim.date or record.published)}"


def week_of(day: str | None) -> str:
    """"2024-05-02" -> "2024-W18"; a month alone or no date -> that month / ``UNKNOWN``."""
    if not day:
        return UNKNOWN
    try:
        year, week, _ = date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return day[:7]
    return f"{year}-W{week:02d}"


def document_of(row: dict[str, Any]) -> Document:
    """A ``documents`` row back as the Document the store saves (no segments or sentences: the
    store keeps neither)."""
    return Document(id=row["id"], text=row["text"], source=row.get("source") or "", url=row.get("url"),
                    site=row.get("site"), title=row.get("title"), published=row.get("published"),
                    language=row.get("language"))


def claim_of(row: dict[str, Any]) -> Claim:
    return Claim.from_dict(json.loads(row["claim"]))


def record_of(row: dict[str, Any]) -> ClaimRecord:
    """A ``claims`` row back as the ClaimRecord grouping reads."""
    return ClaimRecord(key=row["key"], document=row["document"], claim=claim_of(row), site=row.get("site"),
                       published=row.get("published"), language=row.get("language"), title=row.get("title"),
                       context=frozenset(row.get("context") or ()), setting=frozenset(row.get("setting") or ()))
