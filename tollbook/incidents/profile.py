"""What grouping compares about a claim, computed once per claim.

A ``Profile`` holds the claim's outcome and scope, the stems of its place, of the
names around it and of its source, its figure, and the days its incident can
have happened on. Comparing two profiles is then set and interval arithmetic.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tollbook import gazetteer
from tollbook.incidents import names
from tollbook.model import ClaimRecord, CountKind, Place, Role, Scope

# A report is published at most this many days after the incident it reports
# (later background mentions exist, but linking them costs more than it brings).
REPORT_DELAY_DAYS = 7
# A running total is repeated for a few days after its as-of date.
CUMULATIVE_DELAY_DAYS = 3
# An incident date in the text may be off by one (time zones, "overnight").
DATE_SLACK_DAYS = 1

Days = tuple[int, int]  # first and last possible day, as date ordinals


@dataclass(frozen=True, slots=True)  # slots: a million profiles without a dict each
class Profile:
    key: str
    document: str
    outcome: str
    scope: Scope
    role: Role
    side: str | None
    origin: str | None
    place: Place | None           # ``location`` in the gazetteer: the canonical place, when it knows it
    places: frozenset[str]        # specific place stems of ``location``
    broad_places: frozenset[str]  # country stems of ``location``
    names: frozenset[str]         # names in the evidence and the title
    context: frozenset[str]       # names the page repeats
    setting: frozenset[str]       # names in the claim's sentence (its source's left out)
    reporter: frozenset[str]      # name stems of ``reported_by``
    words: frozenset[str]         # every word stem of the evidence
    evidence: str
    span: tuple[int, int]         # where the evidence is in its page
    best: int | None
    kind: CountKind
    days: Days | None             # when the incident (or the as-of point) can have been
    dated: bool                   # ``days`` comes from a date in the text, not the publication date
    published: Days | None
    separate: bool = False        # its sentence opens on "Separately," / "In another incident": a side event
    page_places: frozenset[Place] = frozenset()  # places (not countries) the page repeats, in the gazetteer
    mentions: frozenset[str] = frozenset()        # places | names | context: every name around the claim


def profile(record: ClaimRecord) -> Profile:
    claim = record.claim
    places, broad = names.place_stems(claim.location)
    origin = _first_stem(claim.origin)
    title_names = names.title_names(record.title)
    evidence_names = names.name_stems(claim.evidence, skip_first=True)
    reporter = names.name_stems(claim.reported_by)
    published = _days(record.published)
    days, dated = _incident_days(claim.date, published, claim.scope)
    on_page = page_places(record.page_words, record.language)
    return Profile(
        key=record.key, document=record.document, outcome=str(claim.outcome), scope=claim.scope,
        role=claim.victims.role, side=_first_stem(claim.side), origin=origin,
        place=claim_place(claim.place, claim.location, record.language, on_page), places=places, broad_places=broad,
        names=title_names | evidence_names, context=record.context, setting=record.setting - reporter,
        reporter=reporter, words=names.all_stems(claim.evidence),
        evidence=claim.evidence, span=claim.span, best=claim.count.best, kind=claim.count.kind,
        days=days, dated=dated, published=published, separate=record.separate,
        page_places=on_page,
        mentions=places | title_names | evidence_names | record.context)


def claim_place(place: Place | None, location: str | None, language: str | None,
                on_page: frozenset[Place]) -> Place | None:
    """The claim's canonical place: the extractor's, else its ``location`` looked up whole, else the name
    that heads it ("Quetta railway station", "Mandalay General Hospital": the gazetteer knows the town, not
    the building) when the page keeps naming that town and names another place of its country too.

    A lone first word is a weak reading ("Soroka Medical Center" is not Soroca in Moldova, "Mar Elias
    church" not a town called Mar), hence the page's word for it and a second place of the country.
    """
    place = place or gazetteer.resolve(location, language)
    if place is not None or not location:
        return place
    head = names.words(location)[:1]
    if not head or not head[0][:1].isupper():
        return None
    found = gazetteer.resolve(head[0], language)
    if found is None or found.precision == "country" or found not in on_page:
        return None
    return found if any(p != found and p.country == found.country for p in on_page) else None


@lru_cache(maxsize=1 << 16)
def page_places(page_words: frozenset[str], language: str | None) -> frozenset[Place]:
    """The gazetteer's places (towns and regions, not countries) among the words a page repeats."""
    found = (gazetteer.resolve(word, language) for word in page_words)
    return frozenset(place for place in found if place is not None and place.precision != "country")


def _first_stem(value: str | None) -> str | None:
    found = names.words(value)
    return names.stem(found[0]) if found else None


def _incident_days(stated: str | None, published: Days | None, scope: Scope) -> tuple[Days | None, bool]:
    when = _days(stated)
    if when:
        return (when[0] - DATE_SLACK_DAYS, when[1] + DATE_SLACK_DAYS), True
    if published:
        delay = CUMULATIVE_DELAY_DAYS if scope is Scope.CUMULATIVE else REPORT_DELAY_DAYS
        return (published[0] - delay, published[1]), False
    return None, False


def _days(value: str | None) -> Days | None:
    """"2022-04-08" -> that day; "2022-04" -> the whole month; anything else -> None."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            day = date(*numbers).toordinal()
            return day, day
        if len(numbers) == 2:
            last = calendar.monthrange(numbers[0], numbers[1])[1]
            return date(numbers[0], numbers[1], 1).toordinal(), date(numbers[0], numbers[1], last).toordinal()
    except ValueError:
        return None
    return None
