"""An incident summarised per outcome, in the way of UCDP GED: low, best, high.

Rules (each figure is one claim's ``count.best``):

1. Only *main* figures count. A claim is a *subgroup* ("five of them children")
   when, on the same page, a larger figure for the same outcome of the same
   incident comes just before it (within ``SUBGROUP_WINDOW`` characters). It is
   listed with its source, never added to or compared with the totals.
2. Only numbers count: exact, at least, at most, about. "Dozens" and "an
   undisclosed number" are listed but give no figure.
3. ``low`` and ``high`` are the smallest and largest main figures reported.
4. ``best`` is the most credible main figure. Tolls are revised upwards as
   bodies are counted, so only the figures of the *latest* report day are
   candidates (undated reports only when nothing is dated). Of those, the
   highest figure that two claims repeat wins (a figure stated twice has been
   checked by someone else, or is the page's own headline figure); when none
   is repeated, the lower median, which one outlier cannot move.
5. ``disagreement`` is set when two pages' main figures differ by more than
   ``TOLERANCE`` (and by at least ``MIN_GAP`` people), reading "at least N"
   as N or more and "at most N" as N or fewer, so "at least 30" and 50 agree.
6. ``first_report`` / ``latest_report``: the earliest and latest publication
   date (else incident date) among the reports.

Running totals (scope ``cumulative``) are never mixed with incidents: each one
is its own report, and ``cumulative_series`` lines them up per source.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from tollbook.incidents import names
from tollbook.model import (ClaimRecord, CountKind, Incident, IncidentReport, Outcome, OutcomeSummary, Scope,
                            SourceFigure)

SUBGROUP_WINDOW = 400   # characters between a total and the subgroup that follows it
TOLERANCE = 0.10
MIN_GAP = 2
_NUMERIC = {CountKind.EXACT, CountKind.AT_LEAST, CountKind.AT_MOST, CountKind.APPROX}


def incident_summary(incident: Incident) -> IncidentReport:
    subgroups = _subgroup_keys(incident.records)
    outcomes = sorted({r.claim.outcome for r in incident.records}, key=list(Outcome).index)
    summaries = tuple(_outcome_summary(outcome, [r for r in incident.records if r.claim.outcome == outcome],
                                       subgroups) for outcome in outcomes)
    days = [d for d in (_report_date(r) for r in incident.records) if d]
    return IncidentReport(id=incident.id, scope=incident.scope, location=_most_common(r.claim.location for r in
                          incident.records), date=_most_common(r.claim.date for r in incident.records),
                          first_report=min(days, default=None), latest_report=max(days, default=None),
                          outcomes=summaries)


def _outcome_summary(outcome: Outcome, records: list[ClaimRecord], subgroups: set[str]) -> OutcomeSummary:
    sources = tuple(_source(r, r.key in subgroups) for r in sorted(records, key=_report_order))
    main = [s for s in sources if not s.subgroup and s.count.kind in _NUMERIC and s.count.best is not None]
    days = [d for d in (_report_date(r) for r in records) if d]
    return OutcomeSummary(
        outcome=outcome,
        low=min((s.count.best for s in main), default=None),
        best=best_figure(main),
        high=max((s.count.best for s in main), default=None),
        first_report=min(days, default=None), latest_report=max(days, default=None),
        sources=sources, disagreement=disagree(main))


def best_figure(main: list[SourceFigure]) -> int | None:
    """Rule 4: the latest day's highest repeated figure, else its (lower) median."""
    if not main:
        return None
    dated = [s for s in main if s.published]
    if dated:
        latest = max(s.published for s in dated)
        main = [s for s in dated if s.published == latest]
    mentions = Counter(s.count.best for s in main)
    repeated = [best for best, n in mentions.items() if n >= 2]
    if repeated:
        return max(repeated)
    ordered = sorted(s.count.best for s in main)
    return ordered[(len(ordered) - 1) // 2]


def disagree(main: list[SourceFigure]) -> bool:
    """Rule 5: two pages whose figures cannot both be right, beyond the tolerance."""
    ranges = [(s.document, _range(s)) for s in main]
    for i, (doc_a, (low_a, high_a)) in enumerate(ranges):
        for doc_b, (low_b, high_b) in ranges[i + 1:]:
            if doc_a == doc_b:
                continue
            gap = max(low_a, low_b) - min(high_a, high_b)
            if gap >= MIN_GAP and gap > TOLERANCE * max(low_a, low_b):
                return True
    return False


def _range(figure: SourceFigure) -> tuple[float, float]:
    best, kind = figure.count.best, figure.count.kind
    if kind is CountKind.AT_LEAST:
        return best, float("inf")
    if kind is CountKind.AT_MOST:
        return 0, best
    return best, best


def _subgroup_keys(records: Iterable[ClaimRecord]) -> set[str]:
    """Rule 1: a smaller figure just after a larger one, same page and outcome."""
    found = set()
    by_page: dict[tuple, list[ClaimRecord]] = {}
    for r in records:
        if r.claim.count.best is not None and r.claim.span[1] > r.claim.span[0]:
            by_page.setdefault((r.document, r.claim.outcome), []).append(r)
    for page in by_page.values():
        page.sort(key=lambda r: r.claim.span[0])
        for before, after in zip(page, page[1:]):
            close = after.claim.span[0] - before.claim.span[0] <= SUBGROUP_WINDOW
            if close and after.claim.count.best < before.claim.count.best:
                found.add(after.key)
    return found


def _source(record: ClaimRecord, subgroup: bool) -> SourceFigure:
    claim = record.claim
    return SourceFigure(key=record.key, document=record.document, site=record.site,
                        published=_report_date(record), reported_by=claim.reported_by, count=claim.count,
                        evidence=claim.evidence, subgroup=subgroup)


def _report_date(record: ClaimRecord) -> str | None:
    return record.published or record.claim.date


def _report_order(record: ClaimRecord) -> tuple:
    return (_report_date(record) or "9999", record.key)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], len(v), v)) if counts else None


@dataclass(frozen=True)
class SeriesPoint:
    """One running total of a source: as of when, how many, and the report that says so."""
    as_of: str | None
    best: int | None
    kind: CountKind
    incident: str


def cumulative_series(incidents: Iterable[Incident]) -> dict[tuple[str, str, str], list[SeriesPoint]]:
    """Running totals per (source, outcome, side), in as-of order; each report appears once.

    The source key is the stems of the source's names ("mino" for "Минобороны РФ"),
    so spellings and cases of one body share a series.
    """
    series: dict[tuple[str, str, str], list[SeriesPoint]] = {}
    for incident in incidents:
        if incident.scope is not Scope.CUMULATIVE:
            continue
        for outcome in {r.claim.outcome for r in incident.records}:
            figures = [r for r in incident.records if r.claim.outcome == outcome]
            first = min(figures, key=_report_order)
            key = (_source_key(figures), str(outcome), first.claim.side or "")
            point = SeriesPoint(as_of=_most_common(r.claim.date or r.published for r in figures),
                                best=first.claim.count.best, kind=first.claim.count.kind, incident=incident.id)
            series.setdefault(key, []).append(point)
    for points in series.values():
        points.sort(key=lambda p: (p.as_of or "", p.incident))
    return series


def _source_key(records: list[ClaimRecord]) -> str:
    stems = set().union(*(names.name_stems(r.claim.reported_by) for r in records))
    return " ".join(sorted(stems)) or "unattributed"
