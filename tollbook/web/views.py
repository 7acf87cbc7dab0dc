"""What the pages show, computed from stored claims: filters, sorting, timeline, totals, highlights.

Pure functions over StoredClaim-like records (``tollbook.store.StoredClaim``);
no request, no HTML. The templates turn their results into markup, escaping
every piece of text.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from tollbook.model import Count, CountKind, IncidentReport, Outcome, OutcomeSummary, Role, Scope, SourceFigure

DATE_PATTERN = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
PAGE_SIZE = 200
WEEKLY_AFTER_DAYS = 92      # a timeline longer than this is drawn per week, not per day
MAX_BAR_WIDTH = 18          # px: a few days of data should not look like a bar chart of slabs


class FilterError(ValueError):
    """A filter value that is not one the page offers (answered with 400)."""


@dataclass(frozen=True)
class ClaimFilters:
    """The ledger's filters, as typed in the query string (blank means no filter)."""
    outcome: str = ""
    since: str = ""
    until: str = ""
    place: str = ""
    side: str = ""
    role: str = ""
    site: str = ""
    reported_by: str = ""
    reviewed: str = ""        # "" | "yes" | "no"

    @classmethod
    def from_query(cls, query: dict[str, str]) -> ClaimFilters:
        filters = cls(**{f.name: str(query.get(f.name) or "").strip()[:200] for f in fields(cls)})
        filters.check()
        return filters

    def check(self) -> None:
        _one_of("outcome", self.outcome, [str(o) for o in Outcome])
        _one_of("role", self.role, [str(r) for r in Role])
        _one_of("reviewed", self.reviewed, ["yes", "no"])
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not DATE_PATTERN.fullmatch(value):
                raise FilterError(f"{name}: want YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")

    def store_arguments(self) -> dict[str, Any]:
        """Keyword arguments for ``Store.claims`` (every value is bound, never pasted into SQL)."""
        blank = lambda value: value or None  # noqa: E731
        return {"outcome": blank(self.outcome), "since": blank(self.since), "until": blank(self.until),
                "place": blank(self.place), "side": blank(self.side), "role": blank(self.role),
                "site": blank(self.site), "reported_by": blank(self.reported_by),
                "reviewed": {"yes": True, "no": False}.get(self.reviewed)}

    def query_items(self) -> list[tuple[str, str]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]


def _one_of(name: str, value: str, allowed: list[str]) -> None:
    if value and value not in allowed:
        raise FilterError(f"{name}: not one of {', '.join(allowed)}: {value!r}")


# -- sorting ----------------------------------------------------------------------------

SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "date": lambda s: claim_day(s) or "",
    "outcome": lambda s: str(s.claim.outcome),
    "count": lambda s: -1 if s.claim.count.best is None else s.claim.count.best,
    "place": lambda s: (s.claim.location or "").lower(),
    "source": lambda s: (s.site or "").lower(),
    "reported_by": lambda s: (s.claim.reported_by or "").lower(),
    "review": lambda s: s.review or "",
}


def sort_claims(claims: list[Any], key: str, order: str) -> list[Any]:
    """Claims sorted by a known column (an unknown one sorts by date); ``order`` "asc" or "desc"."""
    by = SORT_KEYS.get(key, SORT_KEYS["date"])
    return sorted(claims, key=lambda s: (by(s), s.id), reverse=(order == "desc"))


def claim_day(stored: Any) -> str | None:
    """When the claim happened: its own date, else its page's publication date."""
    return stored.claim.date or stored.published


# -- timeline --------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    outcome: str
    period: str        # the day, or the Monday of the week, ISO
    value: int

    @property
    def label(self) -> str:
        """The tooltip: "2024-03-04: 12 killed"."""
        return f"{self.period}: {self.value} {self.outcome}"


@dataclass(frozen=True)
class Timeline:
    bars: tuple[Bar, ...]
    first: str
    last: str
    peak: int
    per: str            # "day" | "week"
    width: int = 720
    height: int = 160


TIMELINE_OUTCOMES = (Outcome.KILLED, Outcome.INJURED)


def timeline(points: Iterable[tuple[str | None, Outcome, int]], width: int = 720,
             height: int = 160) -> Timeline | None:
    """Killed and injured per day (per week over long spans): bars for an SVG.

    ``points`` are (day, outcome, figure): ``claim_points`` or ``incident_points``.
    """
    totals = _daily_totals(points)
    if not totals:
        return None
    days = sorted(totals)
    per = "week" if (days[-1] - days[0]).days > WEEKLY_AFTER_DAYS else "day"
    buckets = _bucket(totals, per)
    periods = _periods(min(buckets), max(buckets), per)
    peak = max(max(values.values(), default=0) for values in buckets.values()) or 1
    slot = width / len(periods)
    bars = []
    for i, start in enumerate(periods):
        for j, outcome in enumerate(TIMELINE_OUTCOMES):
            value = buckets.get(start, {}).get(outcome, 0)
            if value:
                bar_height = max(1.0, value / peak * (height - 10))
                bars.append(Bar(x=round(i * slot + j * slot / 2, 2), y=round(height - bar_height, 2),
                                width=round(min(max(slot / 2 - 1, 1), MAX_BAR_WIDTH), 2),
                                height=round(bar_height, 2), outcome=str(outcome), period=start.isoformat(),
                                value=value))
    return Timeline(tuple(bars), periods[0].isoformat(), periods[-1].isoformat(), peak, per, width, height)


def claim_points(claims: Iterable[Any]) -> Iterator[tuple[str | None, Outcome, int]]:
    """Each claim's figure on its day (sums reports: the same deaths may be counted twice)."""
    for stored in claims:
        yield claim_day(stored), stored.claim.outcome, stored.claim.count.best or 0


def incident_points(incidents: Iterable[Any]) -> Iterator[tuple[str | None, Outcome, int]]:
    """Each incident's best figure per outcome on its day: every death counted once."""
    for stored in incidents:
        report = stored.report
        for summary in report.outcomes:
            yield report.date or report.first_report, summary.outcome, summary.best or 0


def _daily_totals(points: Iterable[tuple[str | None, Outcome, int]]) -> dict[date, Counter]:
    totals: dict[date, Counter] = defaultdict(Counter)
    for day_text, outcome, value in points:
        day = _as_day(day_text)
        if day and outcome in TIMELINE_OUTCOMES and value:
            totals[day][outcome] += value
    return totals


def _as_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _bucket(totals: dict[date, Counter], per: str) -> dict[date, Counter]:
    if per == "day":
        return dict(totals)
    weeks: dict[date, Counter] = defaultdict(Counter)
    for day, counts in totals.items():
        weeks[day - timedelta(days=day.weekday())] += counts
    return weeks


def _periods(first: date, last: date, per: str) -> list[date]:
    step = timedelta(days=7 if per == "week" else 1)
    periods, current = [], first
    while current <= last:
        periods.append(current)
        current += step
    return periods


# -- totals ------------------------------------------------------------------------------

def totals_by(claims: Iterable[Any], field: str, top: int = 10) -> list[tuple[str, int, int]]:
    """(value, killed, injured) summed per location or origin, largest first."""
    sums: dict[str, Counter] = defaultdict(Counter)
    for stored in claims:
        if stored.claim.outcome in TIMELINE_OUTCOMES and stored.claim.count.best:
            value = getattr(stored.claim, field) or "unknown"
            sums[value][stored.claim.outcome] += stored.claim.count.best
    rows = [(value, c[Outcome.KILLED], c[Outcome.INJURED]) for value, c in sums.items()]
    return sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))[:top]


INCIDENT_SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "date": lambda i: i.report.date or i.report.first_report or "",
    "place": lambda i: (i.report.location or "").lower(),
    "killed": lambda i: _best(i, Outcome.KILLED),
    "injured": lambda i: _best(i, Outcome.INJURED),
    "claims": lambda i: i.claim_count,
}


def sort_incidents(incidents: list[Any], key: str, order: str) -> list[Any]:
    by = INCIDENT_SORT_KEYS.get(key, INCIDENT_SORT_KEYS["date"])
    return sorted(incidents, key=lambda i: (by(i), i.id), reverse=(order == "desc"))


def _best(stored: Any, outcome: Outcome) -> int:
    summary = next((o for o in stored.report.outcomes if o.outcome == outcome), None)
    return -1 if summary is None or summary.best is None else summary.best


def tally_rows(rows: Iterable[Any], top: int = 10) -> list[tuple[str, int, int]]:
    """Store tally rows (key, outcome, best, ...) -> (key, killed, injured), largest first."""
    sums: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        sums[row.key][row.outcome] += row.best
    table = [(key, c[str(Outcome.KILLED)], c[str(Outcome.INJURED)]) for key, c in sums.items()]
    return sorted(table, key=lambda r: (-r[1], -r[2], r[0]))[:top]


def incident_arguments(filters: ClaimFilters) -> dict[str, Any]:
    """The filters ``Store.incidents`` takes (source, on whose word and reviewed are claim filters)."""
    arguments = filters.store_arguments()
    return {key: arguments[key] for key in ("outcome", "since", "until", "place", "side", "role")}


def claim_id(key: str) -> str:
    """A source figure's key ("name@3#17" from the store, or "17") -> the claim id."""
    return str(key).rsplit("#", 1)[-1]


# -- highlighting ------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """A stretch of text, inside one claim's evidence (``claim``) or outside any."""
    text: str
    claim: Any = None


def highlight(text: str, claims: list[Any]) -> list[Piece]:
    """The document text cut into pieces, each claim's evidence its own piece (overlaps clipped)."""
    pieces, at = [], 0
    for stored in sorted(claims, key=lambda s: (s.claim.span[0], s.id)):
        start, end = stored.claim.span
        start = max(start, at)
        if end <= start or end > len(text):
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], stored))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces


def figure_parts(evidence: str, figure: str) -> tuple[str, str, str]:
    """The evidence split around the first place its figure ("four", "12") appears."""
    at = evidence.lower().find(figure.lower()) if figure else -1
    if at < 0:
        return evidence, "", ""
    return evidence[:at], evidence[at:at + len(figure)], evidence[at + len(figure):]


# -- incidents until the store holds them -------------------------------------------------

def plain_incident(incident_id: str, claims: list[Any]) -> IncidentReport:
    """An incident page from the claims labelled with its id: lowest and highest figure per outcome.

    Used when no summariser is given to the app; ``best`` is then left blank rather
    than guessed (tollbook.incidents decides it).
    """
    outcomes = []
    for outcome in Outcome:
        mine = [s for s in claims if s.claim.outcome == outcome]
        if mine:
            outcomes.append(_plain_outcome(outcome, mine))
    days = sorted(d for d in (s.published for s in claims) if d)
    return IncidentReport(id=incident_id, scope=claims[0].claim.scope if claims else Scope.INCIDENT,
                          location=_most_common(s.claim.location for s in claims),
                          date=_most_common(s.claim.date for s in claims),
                          first_report=days[0] if days else None, latest_report=days[-1] if days else None,
                          outcomes=tuple(outcomes))


def _plain_outcome(outcome: Outcome, claims: list[Any]) -> OutcomeSummary:
    figures = [s.claim.count.best for s in claims
               if s.claim.count.best is not None and s.claim.count.kind not in (CountKind.VAGUE, CountKind.UNKNOWN)]
    sources = tuple(SourceFigure(key=str(s.id), document=s.document_name, site=s.site, published=s.published,
                                 reported_by=s.claim.reported_by, count=s.claim.count, evidence=s.claim.evidence)
                    for s in sorted(claims, key=lambda s: (s.published or "", s.id)))
    return OutcomeSummary(outcome=outcome, low=min(figures, default=None), best=None,
                          high=max(figures, default=None), first_report=sources[0].published,
                          latest_report=sources[-1].published, sources=sources,
                          disagreement=len(set(figures)) > 1)


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def count_label(count: Count) -> str:
    """How a figure reads in a table: "12", "at least 30", "dozens"."""
    if count.best is None or count.kind in (CountKind.VAGUE, CountKind.UNKNOWN):
        return count.text or "?"
    prefix = {CountKind.AT_LEAST: "at least ", CountKind.AT_MOST: "up to ", CountKind.APPROX: "about "}
    return prefix.get(count.kind, "") + str(count.best)
