"""The records that flow through tollbook, one stage to the next.

    sources -> RawPage -> documents -> Document -> claims -> Claim -> incidents -> Incident

Every record is a frozen dataclass. ``to_dict()`` / ``from_dict()`` use the
field names of the gold format in ``shared/eval/GUIDELINE.md`` so that what
tollbook prints can be scored as it is.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit


class Outcome(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    CAPTURED = "captured"
    MISSING = "missing"
    CASUALTIES = "casualties"  # a combined figure the text does not split


class CountKind(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    APPROX = "approx"
    VAGUE = "vague"      # dozens, several: best is None
    UNKNOWN = "unknown"  # "an undisclosed number": best is None


class Role(StrEnum):
    MILITARY = "military"
    CIVILIAN = "civilian"
    ARMED_GROUP = "armed_group"
    MIXED = "mixed"
    UNSPECIFIED = "unspecified"


class Scope(StrEnum):
    INCIDENT = "incident"
    CUMULATIVE = "cumulative"


class SegmentKind(StrEnum):
    """What part of a page a stretch of text is."""
    HEADLINE = "headline"
    DATELINE = "dateline"
    STANDFIRST = "standfirst"
    CAPTION = "caption"
    BODY = "body"
    BOILERPLATE = "boilerplate"  # menus, icon strips, share widgets: no claims read here


@dataclass(frozen=True)
class RawPage:
    """One input page, decoded to text but not yet understood.

    ``body`` is crawl text (``format="text"``) or HTML markup (``format="html"``).
    """
    source: str                  # where it came from: a path, "path#record-3", "-" for stdin
    name: str                    # document id: the file name without extensions, or a record id
    body: str
    format: str                  # "text" | "html"
    url: str | None = None
    date: str | None = None      # a date the container gives (WARC-Date, a JSON "date"), ISO
    encoding: str | None = None  # the encoding the bytes were decoded from
    notes: tuple[str, ...] = ()  # warnings worth a line on stderr ("not UTF-8, read as windows-1251")


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    segment: SegmentKind = SegmentKind.BODY


@dataclass(frozen=True)
class Document:
    """A page understood: its stored text and where its parts are in that text.

    Every offset (segments, sentences, claim spans) points into ``text``, which is
    stored as it is, so that ``text[start:end]`` gives back the evidence.
    """
    id: str
    text: str
    source: str = ""
    url: str | None = None
    site: str | None = None
    title: str | None = None
    published: str | None = None   # "YYYY-MM-DD", or "YYYY-MM" when the page prints only a month
    language: str | None = None
    segments: tuple[Segment, ...] = ()
    sentences: tuple[Sentence, ...] = ()

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start:sentence.end]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "language": self.language,
                "published": self.published, "title": self.title, "file": self.source}


@dataclass(frozen=True)
class Count:
    best: int | None
    kind: CountKind
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"best": self.best, "kind": str(self.kind), "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Count:
        return cls(best=data.get("best"), kind=CountKind(data.get("kind") or "exact"), text=data.get("text") or "")


@dataclass(frozen=True)
class Victims:
    text: str | None
    role: Role = Role.UNSPECIFIED

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "role": str(self.role)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Victims:
        data = data or {}
        return cls(text=data.get("text"), role=Role(data.get("role") or "unspecified"))


@dataclass(frozen=True)
class Place:
    """A place mention resolved in the gazetteer (``tollbook.gazetteer``): the canonical record.

    ``name`` is the gazetteer's ("Kryvyy Rih", "Khersonska oblast"); the claim keeps the mention as
    written in ``Claim.location``. ``precision``: "city", "admin2", "admin1" or "country"; the
    coordinates of a region or a country are those of its most populous city.
    """
    name: str
    country: str | None            # ISO 3166-1 alpha-2
    admin1: str | None             # the first-level subdivision, as ISO 3166-2 names it
    lat: float | None
    lon: float | None
    precision: str
    geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "lat": self.lat,
                "lon": self.lon, "precision": self.precision, "geonames_id": self.geonames_id}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place | None:
        if not data or not data.get("name"):
            return None
        return cls(name=data["name"], country=data.get("country"), admin1=data.get("admin1"),
                   lat=data.get("lat"), lon=data.get("lon"), precision=data.get("precision") or "city",
                   geonames_id=data.get("geonames_id"))


@dataclass(frozen=True)
class Claim:
    """One statement that N people were killed, injured, captured or went missing."""
    outcome: Outcome
    count: Count
    evidence: str
    span: tuple[int, int]                  # text[span[0]:span[1]] == evidence
    victims: Victims = field(default_factory=lambda: Victims(None))
    side: str | None = None
    origin: str | None = None
    location: str | None = None
    date: str | None = None
    scope: Scope = Scope.INCIDENT
    reported_by: str | None = None
    incident: str | None = None
    place: Place | None = None             # ``location`` resolved in the gazetteer, when it knows it

    def with_incident(self, incident: str | None) -> Claim:
        return replace(self, incident=incident)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": str(self.outcome),
            "count": self.count.to_dict(),
            "victims": self.victims.to_dict(),
            "side": self.side,
            "origin": self.origin,
            "location": self.location,
            "date": self.date,
            "scope": str(self.scope),
            "reported_by": self.reported_by,
            "evidence": self.evidence,
            "span": list(self.span),
            "incident": self.incident,
            "place": self.place.to_dict() if self.place else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        span = data.get("span") or (0, 0)
        return cls(
            outcome=Outcome(data["outcome"]),
            count=Count.from_dict(data.get("count") or {}),
            evidence=data.get("evidence") or "",
            span=(int(span[0]), int(span[1])),
            victims=Victims.from_dict(data.get("victims")),
            side=data.get("side"),
            origin=data.get("origin"),
            location=data.get("location"),
            date=data.get("date"),
            scope=Scope(data.get("scope") or "incident"),
            reported_by=data.get("reported_by"),
            incident=data.get("incident"),
            place=Place.from_dict(data.get("place")),
        )


def document_record(document: Document, claims: list[Claim], with_text: bool = False) -> dict[str, Any]:
    """The gold-format document record (GUIDELINE.md, "Document record")."""
    record = document.to_dict()
    record["claims"] = [claim.to_dict() for claim in claims]
    if with_text:
        record["text"] = document.text
    return record


# --- incidents: claims grouped into the real-world events they report -------------------------


@dataclass(frozen=True)
class ClaimRecord:
    """A claim together with the facts about its page that grouping needs.

    ``key`` is stable across runs (``"<document id>#<n>"``) so that incident ids,
    which derive from their earliest member's key, are stable too.
    """
    key: str
    document: str
    claim: Claim
    site: str | None = None
    published: str | None = None   # the page's publication date, "YYYY-MM-DD" or "YYYY-MM"
    language: str | None = None
    title: str | None = None       # the page headline: names in it help link reports without a place
    context: frozenset[str] = frozenset()  # name stems the page repeats (tollbook.incidents.names)
    setting: frozenset[str] = frozenset()  # name stems of the claim's own sentence: its place when it names none
    separate: bool = False         # its sentence opens as a side event ("Separately, ..."): not the page's story
    page_words: frozenset[str] = frozenset()  # capitalised words the page repeats, as written: its places, looked up


@dataclass(frozen=True)
class Incident:
    """One real-world incident (or one cumulative report) and every claim about it."""
    id: str
    scope: Scope
    records: tuple[ClaimRecord, ...]   # sorted by key

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(record.key for record in self.records)


@dataclass(frozen=True)
class SourceFigure:
    """What one report says about one outcome of an incident."""
    key: str
    document: str
    site: str | None
    published: str | None
    reported_by: str | None
    count: Count
    evidence: str
    subgroup: bool = False   # "five of them children": listed, never counted into low/best/high


@dataclass(frozen=True)
class OutcomeSummary:
    """UCDP-GED-style figures for one outcome of an incident (rules: ``tollbook.incidents``)."""
    outcome: Outcome
    low: int | None
    best: int | None
    high: int | None
    first_report: str | None
    latest_report: str | None
    sources: tuple[SourceFigure, ...]
    disagreement: bool


@dataclass(frozen=True)
class IncidentReport:
    """An incident summarised: where, when, and per outcome the range of reported figures."""
    id: str
    scope: Scope
    location: str | None
    date: str | None
    first_report: str | None
    latest_report: str | None
    outcomes: tuple[OutcomeSummary, ...]


def site_name(url: str | None) -> str | None:
    """The outlet when the page names none: its URL host, "https://www.example-news.com/a" -> "example-news.com"."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
