"""What the store hands back, and the conversions between records and rows."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from tollbook.model import Claim, Count, CountKind, Document, Outcome, Role, Scope, Victims

# The largest figure every database takes in an INTEGER column (PostgreSQL's is 32-bit).
# No casualty count comes near it; a page that says more is stored at this value, its
# own words ("9223372036854775808") kept in count_text.
MAX_FIGURE = 2**31 - 1
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class SaveStatus(StrEnum):
    NEW = "new"              # a text not stored before (a new capture of a known url too)
    UNCHANGED = "unchanged"  # same text and url, same extractor version: nothing written
    UPDATED = "updated"      # same text and url, other extractor version: claims replaced
    DUPLICATE = "duplicate"  # same text stored under another url or name: nothing written


@dataclass(frozen=True)
class SaveResult:
    status: SaveStatus
    document_id: int
    claims: int              # claims the document holds after the save

    def __str__(self) -> str:
        return str(self.status)  # "new" | "unchanged" | "updated", for counting and messages


@dataclass(frozen=True)
class StoredDocument:
    id: int                  # database id
    name: str                # Document.id: the file name or record id
    source: str
    url: str | None
    site: str | None
    published: str | None
    title: str | None
    language: str | None
    content_hash: str
    extractor_version: str
    ingested_at: datetime
    updated_at: datetime
    text: str | None = None  # None in listings, which leave the text out
    claim_count: int | None = None

    def document(self) -> Document:
        """The stored page as a model Document (segments and sentences are not stored)."""
        return Document(id=self.name, text=self.text or "", source=self.source, url=self.url,
                        site=self.site, title=self.title, published=self.published,
                        language=self.language)


@dataclass(frozen=True)
class StoredClaim:
    id: int                  # database id
    document_id: int
    document_name: str
    url: str | None
    title: str | None
    published: str | None
    site: str | None
    extractor_version: str
    claim: Claim             # corrected values, where a reviewer corrected it
    review: str | None = None  # None (not reviewed) | "accepted" | "rejected" | "corrected"

    def to_dict(self) -> dict[str, Any]:
        """The claim in gold format, with where it was read and its review status."""
        return {"claim_id": self.id, "document": self.document_name, "url": self.url, "title": self.title,
                "published": self.published, "site": self.site, **self.claim.to_dict(),
                "review": self.review}


def document_row(document: Document, extractor_version: str, now: datetime) -> dict[str, Any]:
    """The ``documents`` columns for a page (``ingested_at`` is left to the caller)."""
    return _storable({"name": document.id, "source": document.source, "url": document.url,
                      "site": document.site, "published": document.published, "title": document.title,
                      "language": document.language, "text": document.text,
                      "content_hash": document.content_hash, "extractor_version": extractor_version,
                      "updated_at": now})


def claim_row(claim: Claim, document_id: int, extractor_version: str, now: datetime) -> dict[str, Any]:
    victims = claim.victims or Victims(None)
    return _storable({
        "document_id": document_id, "outcome": str(claim.outcome),
        "count_best": clamped(claim.count.best), "count_kind": str(claim.count.kind),
        "count_text": claim.count.text, "victims_text": victims.text,
        "victims_role": str(victims.role), "side": claim.side, "origin": claim.origin,
        "location": claim.location, "date": claim.date, "scope": str(claim.scope),
        "reported_by": claim.reported_by, "evidence": claim.evidence,
        "span_start": claim.span[0], "span_end": claim.span[1], "incident": claim.incident,
        "extractor_version": extractor_version, "created_at": now,
    })


def clamped(figure: int | None) -> int | None:
    """A figure as an INTEGER column holds it: at most MAX_FIGURE."""
    return figure if figure is None or figure <= MAX_FIGURE else MAX_FIGURE


def _storable(row: dict[str, Any]) -> dict[str, Any]:
    """Strings as every database takes them: NUL as U+FFFD (PostgreSQL refuses NUL; one
    character for one keeps the claim offsets right), lone surrogates as U+FFFD too."""
    return {key: _storable_text(value) if isinstance(value, str) else value for key, value in row.items()}


def _storable_text(text: str) -> str:
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    return _LONE_SURROGATE.sub("\ufffd", text) if not text.isascii() else text


def claim_from_row(row: Any) -> Claim:
    return Claim(
        outcome=Outcome(row.outcome),
        count=Count(best=row.count_best, kind=CountKind(row.count_kind), text=row.count_text),
        evidence=row.evidence,
        span=(row.span_start, row.span_end),
        victims=Victims(text=row.victims_text, role=Role(row.victims_role)),
        side=row.side, origin=row.origin, location=row.location, date=row.date,
        scope=Scope(row.scope), reported_by=row.reported_by, incident=row.incident,
    )


def stored_claim_from_row(row: Any) -> StoredClaim:
    """A row of claims joined with its document's name, url, title, published and site."""
    return StoredClaim(id=row.id, document_id=row.document_id, document_name=row.name,
                       url=row.url, title=row.title, published=row.published, site=row.site,
                       extractor_version=row.extractor_version, claim=claim_from_row(row),
                       review=row._mapping.get("review_status"))


def stored_document_from_row(row: Any) -> StoredDocument:
    values = row._mapping
    return StoredDocument(
        id=row.id, name=row.name, source=row.source, url=row.url, site=row.site,
        published=row.published, title=row.title, language=row.language,
        content_hash=row.content_hash, extractor_version=row.extractor_version,
        ingested_at=as_utc(row.ingested_at), updated_at=as_utc(row.updated_at),
        text=values.get("text"), claim_count=values.get("claim_count"),
    )


def as_utc(moment: datetime) -> datetime:
    """SQLite gives timestamps back without a zone; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
