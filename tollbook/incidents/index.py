"""Incremental grouping: claims are linked to the claims they could share an incident with, then
grouped so that every member fits its group.

Two steps:

1. **Links.** Each new claim is compared only with the claims filed under one of its
   blocking cells: its page, the region of its canonical place (and of its page's
   places), its place stems, each per week its incident can fall in (``_filing_keys``,
   ``_lookup_keys``), so comparisons per claim stay bounded however many claims there
   are. ``linking.link_points`` scores a pair, or refuses it.
2. **Groups.** Within each connected set of links (a *component*), links are taken
   strongest first (ties by key) and join two groups only when the whole of each
   fits the whole of the other (``_Group.fits``): no two canonical places apart,
   days that all overlap, no tolls ten times apart. This is complete linkage on
   place, date and figure, so a claim with no place and no date cannot chain a
   Sudan cluster to a Prague shooting: it joins one group or none.

Links depend on two claims only and a component's groups on its links only, so
adding claims one batch at a time gives the same incidents as grouping them all
at once, in any order: a batch re-forms the groups of the components it touched.
An incident's id derives from its content (``incident_id``).
"""
from __future__ import annotations

import gc
from array import array
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from tollbook.incidents.linking import (APART, COUNTRY, TOWN_DEPTH, far_figures_apart, link_points, place_depth, place_identity,
                                       place_relation)
from tollbook.incidents.profile import Profile, profile
from tollbook.model import ClaimRecord, CountKind, Incident, Place, Scope

WEEK = 7
# A link is three unsigned ints in its component's array: its points and the numbers of its two claims (the
# one whose key sorts first, then the other). A million claims make tens of millions of links: as tuples
# (88 bytes each) they were most of the memory grouping takes, as array items they take 12 bytes.
_LINK = "I"
_UNDATED = None  # the week cell of claims with neither a date nor a publication date
_NUMERIC_KINDS = {CountKind.EXACT, CountKind.AT_LEAST, CountKind.AT_MOST, CountKind.APPROX}


class IncidentIndex:
    """Claims grouped into incidents, kept up to date as claims arrive."""

    def __init__(self) -> None:
        self._records: dict[str, ClaimRecord] = {}
        self._profiles: dict[str, Profile] = {}
        self._parent: dict[str, str] = {}                       # components of the link graph
        self._members: dict[str, list[str]] = {}                # component root -> keys
        self._links: dict[str, array] = {}                      # component root -> its links (``_LINK``)
        self._numbers: dict[str, int] = {}                      # key -> its number in ``_keys``
        self._keys: list[str] = []
        self._groups: dict[str, list[Incident]] = {}            # component root -> its incidents
        self._cells: dict[tuple, dict[int | None, list[str]]] = defaultdict(lambda: defaultdict(list))
        self._unformed: set[str] = set()                        # keys linked whose groups are not formed yet

    def __len__(self) -> int:
        return len(self._records)

    def add(self, records: Iterable[ClaimRecord]) -> list[Incident]:
        """File new claims; return the incidents of every component they touched (claims already seen are skipped)."""
        with _no_cycle_collection():
            touched = self._link(records)
            self._form(touched | self._unformed)
            roots = {self._find(key) for key in touched}
            return sorted((i for root in roots for i in self._groups[root]), key=lambda incident: incident.id)

    def link(self, records: Iterable[ClaimRecord], profiles: Iterable[Profile] | None = None) -> None:
        """File and link new claims, leaving their groups to be formed when ``incidents`` is asked for.

        A batch read page by page links each page as it arrives (the comparisons, most of the
        work, overlap the reading) and forms each component's groups once at the end; the
        incidents are those of one ``add`` of every claim. ``profiles``, when given, are the
        records' own (``profile(record)``, one each in order), computed where the records were
        read: a worker process, so that this one only compares."""
        with _no_cycle_collection():
            self._unformed |= self._link(records, profiles)

    def incidents(self) -> list[Incident]:
        if self._unformed:
            with _no_cycle_collection():
                self._form(self._unformed)
        return sorted((i for root in self._members for i in self._groups[root]), key=lambda incident: incident.id)

    def _link(self, records: Iterable[ClaimRecord], profiles: Iterable[Profile] | None = None) -> set[str]:
        touched = set()
        profiled = zip(records, profiles, strict=True) if profiles is not None else \
            ((record, None) for record in records)
        for record, known in profiled:
            if record.key in self._records:
                continue
            self._add_one(record, profile(record) if known is None else known)
            touched.add(record.key)
        return touched

    def _form(self, keys: set[str]) -> None:
        """(Re)form the groups of the components that hold ``keys``."""
        for root in {self._find(key) for key in keys}:
            self._groups[root] = _form_groups(self._members[root], self._strongest_first(root), self._records,
                                              self._profiles)
        self._unformed = set()

    def _add_one(self, record: ClaimRecord, new: Profile) -> None:
        key = record.key
        self._records[key], self._profiles[key] = record, new
        self._parent[key], self._members[key], self._links[key] = key, [key], array(_LINK)
        number = self._numbers[key] = len(self._keys)
        self._keys.append(key)
        filed_at, looked_up = _place_keys(new)
        for other in self._candidates(new, looked_up):
            linked = link_points(new, self._profiles[other])
            if linked is not None:
                root = self._union(key, other)
                other_number = self._numbers[other]
                self._links[root].extend((linked, number, other_number) if key < other else
                                         (linked, other_number, number))
        self._file(new, filed_at)

    def _strongest_first(self, root: str) -> Iterator[tuple[str, str]]:
        """A component's links as (key, key), strongest first and ties by the keys (the first key sorts first).

        Each link is sorted as one int, its points negated above the ranks of its keys in the component's
        key order: (points, key, key) tuples of a large component took more memory than the whole index."""
        by_key = sorted(self._members[root])
        numbers = self._numbers
        rank = {numbers[key]: n for n, key in enumerate(by_key)}
        bits = len(by_key).bit_length()
        mask = (1 << bits) - 1
        links = iter(self._links[root])
        packed = [(-points << 2 * bits) | (rank[a] << bits) | rank[b] for points, a, b in zip(links, links, links)]
        packed.sort()
        for link in packed:
            yield by_key[(link >> bits) & mask], by_key[link & mask]

    def _candidates(self, new: Profile, places: set[tuple]) -> Iterator[str]:
        seen = set()
        for key in _lookup_keys(new, places):
            cells = self._cells.get(key)
            if not cells:
                continue
            weeks = list(cells) if new.days is None else [*_weeks(new), _UNDATED]
            for week in weeks:
                for other in cells.get(week, ()):
                    if other not in seen:
                        seen.add(other)
                        yield other

    def _file(self, new: Profile, places: set[tuple]) -> None:
        weeks = [_UNDATED] if new.days is None else list(_weeks(new))
        for key in _filing_keys(new, places):
            for week in weeks:
                self._cells[key][week].append(new.key)

    def _find(self, key: str) -> str:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, a: str, b: str) -> str:
        root_a, root_b = self._find(a), self._find(b)
        if root_a == root_b:
            return root_a
        if len(self._members[root_a]) < len(self._members[root_b]):
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._members[root_a] += self._members.pop(root_b)
        self._links[root_a] += self._links.pop(root_b)
        self._groups.pop(root_b, None)
        return root_a


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cyclic garbage collector off while claims are filed: grouping allocates millions of small
    objects (profiles, sets, link tuples) and makes no reference cycles, yet each full collection walks
    every object alive, the gazetteer's too, so at a million claims collections cost more than grouping.
    Reference counting still frees what is dropped; the collector is switched back on afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def group_claims(records: Iterable[ClaimRecord]) -> list[Incident]:
    """Group claims into incidents from scratch (the same result as adding them in batches)."""
    index = IncidentIndex()
    index.add(records)
    return index.incidents()


# -- groups within a component: complete linkage on place, days and tolls ---------------------

@dataclass
class _Group:
    """What every member of a group must agree with: its canonical places, the days all of them
    can fall on, and per outcome the smallest and largest toll."""
    keys: list[str]
    places: set[Place] = field(default_factory=set)
    days: tuple[int, int] | None = None
    tolls: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, p: Profile) -> _Group:
        tolls = {p.outcome: (p.best, p.best)} if p.best is not None and p.kind in _NUMERIC_KINDS else {}
        return cls([p.key], {p.place} if p.place else set(), p.days, tolls)

    def fits(self, other: _Group) -> bool:
        if self.places != other.places and self.places and other.places and any(
                place_relation(a, b) is APART for a in self.places for b in other.places):
            return False
        if self.days and other.days and max(self.days[0], other.days[0]) > min(self.days[1], other.days[1]):
            return False
        for outcome, (low, high) in other.tolls.items():
            if outcome in self.tolls:
                mine = self.tolls[outcome]
                if far_figures_apart(min(low, mine[0]), max(high, mine[1])):
                    return False
        return True

    def absorb(self, other: _Group) -> None:
        self.keys += other.keys
        self.places |= other.places
        if self.days and other.days:
            self.days = (max(self.days[0], other.days[0]), min(self.days[1], other.days[1]))
        else:
            self.days = self.days or other.days
        for outcome, (low, high) in other.tolls.items():
            mine = self.tolls.get(outcome, (low, high))
            self.tolls[outcome] = (min(low, mine[0]), max(high, mine[1]))


def _form_groups(keys: list[str], strongest_first: Iterable[tuple[str, str]], records: dict[str, ClaimRecord],
                 profiles: dict[str, Profile]) -> list[Incident]:
    """Links taken strongest first; a link joins two groups only when each fits the other whole."""
    group_of = {key: _Group.of(profiles[key]) for key in keys}
    for a, b in strongest_first:
        first, second = group_of[a], group_of[b]
        if first is second or not first.fits(second):
            continue
        if len(first.keys) < len(second.keys):
            first, second = second, first
        first.absorb(second)
        for key in second.keys:
            group_of[key] = first
    groups = {id(g): g for g in group_of.values()}.values()
    return [_incident([records[k] for k in g.keys], profiles) for g in groups]


def _incident(members: list[ClaimRecord], profiles: dict[str, Profile]) -> Incident:
    records = tuple(sorted(members, key=lambda r: r.key))
    return Incident(id=incident_id(records, profiles), scope=records[0].claim.scope, records=records)


# -- ids from content -------------------------------------------------------------------------

def incident_id(records: Iterable[ClaimRecord], profiles: dict[str, Profile]) -> str:
    """A readable id from what the incident is: day, canonical place, outcome, and a digest.

    "2023-05-08-lviv-killed-3f9a1c0b": the day is the earliest member's, the place the most
    specific canonical place its members name (else a place stem), the outcome the first of
    killed / injured / ... it has; the digest hashes the earliest member's
    page name and words, not database keys, so two databases built from the same pages give
    the same ids.
    """
    records = list(records)
    earliest = min(records, key=lambda r: (_report_day(profiles[r.key]), _content(r)))
    day = _report_day(profiles[earliest.key])
    when = date.fromordinal(day).isoformat() if day != _NEVER else "undated"
    outcome = min((r.claim.outcome for r in records), key=_OUTCOME_ORDER.index)
    digest = hashlib.sha1(_content(earliest).encode("utf-8")).hexdigest()[:8]
    return f"{when}-{_place_slug(records, profiles)}-{outcome}-{digest}"


_OUTCOME_ORDER = ["killed", "injured", "casualties", "missing", "captured"]
_NEVER = 10**9


def _content(record: ClaimRecord) -> str:
    page = record.document.rsplit("@", 1)[0]  # the store's "<name>@<row id>": the name alone
    claim = record.claim
    said = (page, record.published, claim.outcome, claim.count.best, claim.count.kind, claim.span[0], claim.evidence,
            claim.victims.text, claim.victims.role, claim.side, claim.origin, claim.location, claim.date, claim.scope,
            claim.reported_by)
    return "\x1f".join(str(part) for part in said)


def _place_slug(records: list[ClaimRecord], profiles: dict[str, Profile]) -> str:
    places = Counter(profiles[r.key].place for r in records if profiles[r.key].place)
    if places:
        deepest = max(places, key=lambda p: (_DEPTH.get(p.precision, 3), places[p], p.name))
        return _slug(deepest.name)
    stems = Counter(s for r in records for s in profiles[r.key].places if s.isascii() and s.isalnum())
    return min(stems, key=lambda s: (-stems[s], s)) if stems else "x"


_DEPTH = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:24] or "x"


def _report_day(p: Profile) -> int:
    """The incident's own day when the text gives it, else the publication day; undated last."""
    if p.dated and p.days:
        return (p.days[0] + p.days[1]) // 2
    if p.published:
        return p.published[0]
    return _NEVER


# -- blocking ---------------------------------------------------------------------------------

def _weeks(p: Profile) -> range:
    return range(p.days[0] // WEEK, p.days[1] // WEEK + 1)


# A claim is filed under keys that say where it is (``_filing_keys``) and looks up, when it
# arrives, the keys under which a claim it could link to is filed (``_lookup_keys``). Links
# between pages need evidence of place (``linking.place_evidence``), so only place keys are
# needed: a place stem of one named around the other ("placed" / "mentioned"), or the region
# (country and first-level subdivision) of a canonical place of the claim or of its page.
# Claims of one page always meet; running totals meet by source and figure.

def _filing_keys(p: Profile, places: set[tuple]) -> set[tuple]:
    keys = {("document", p.document)}
    if p.scope is Scope.CUMULATIVE:
        return keys | _total_keys(p)
    keys |= {("placed", s) for s in p.places}
    keys |= {("mentioned", s) for s in p.places | p.setting | p.context}
    return keys | places


def _lookup_keys(p: Profile, places: set[tuple]) -> set[tuple]:
    keys = {("document", p.document)}
    if p.scope is Scope.CUMULATIVE:
        return keys | _total_keys(p)
    keys |= {("placed", s) for s in p.places | p.setting | p.context}
    keys |= {("mentioned", s) for s in p.places}
    return keys | places


def _place_keys(p: Profile) -> tuple[set[tuple], set[tuple]]:
    """Canonical-place keys: (filed under, looked up), for the claim's place and its page's places.

    Canonical places are evidence when the same, or one inside the other (``linking._near_place``;
    a country never): a place is filed under its identity ("at") and, as a possible inside, under its
    first-level region ("in"); a region (admin1 or admin2) is filed as a possible outside ("over").
    It looks up its identity and the regions that may hold it, and a region also what lies inside.
    So two towns of one region never meet here: they are apart, whatever else they share.
    """
    places = p.page_places if p.place is None else (p.place, *p.page_places)
    filed, looked_up = set(), set()
    for place in places:
        if place.precision == COUNTRY:
            continue
        at = ("at", *place_identity(place))
        filed.add(at)
        looked_up.add(at)
        if place.admin1 is None:
            continue  # no region to be inside or over: only the same place is evidence
        inside, over = ("in", place.country, place.admin1), ("over", place.country, place.admin1)
        filed.add(inside)
        looked_up.add(over)
        if place_depth(place) < TOWN_DEPTH:
            filed.add(over)
            looked_up.add(inside)
    return filed, looked_up


def _total_keys(p: Profile) -> set[tuple]:
    keys = {("source", s) for s in p.reporter | p.names}
    if p.best is not None:
        keys.add(("figure", p.outcome, p.best))
    if p.side:
        keys.add(("side", p.outcome, p.side))
    return keys
