"""Incremental grouping: each new claim is compared with the claims it could share an incident with.

Links are symmetric and depend on the two claims only, so incidents are the
connected components of the link graph: adding claims one batch at a time gives
the same incidents as grouping them all at once, in any order.

Blocking keeps comparisons few. A claim is filed under its place, name and
source stems, its figure and its page, each per week its incident can fall in;
it is compared only with claims filed under one of the same (key, week) cells.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

from tollbook.incidents.linking import same_incident
from tollbook.incidents.profile import Profile, profile
from tollbook.model import ClaimRecord, Incident

WEEK = 7
_UNDATED = None  # the week cell of claims with neither a date nor a publication date


class IncidentIndex:
    """Claims grouped into incidents, kept up to date as claims arrive."""

    def __init__(self) -> None:
        self._records: dict[str, ClaimRecord] = {}
        self._profiles: dict[str, Profile] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}                 # root -> keys
        self._cells: dict[tuple, dict[int | None, list[str]]] = defaultdict(lambda: defaultdict(list))

    def __len__(self) -> int:
        return len(self._records)

    def add(self, records: Iterable[ClaimRecord]) -> list[Incident]:
        """File new claims; return the incidents they created or changed (claims already seen are skipped)."""
        touched = set()
        for record in records:
            if record.key in self._records:
                continue
            touched.add(self._add_one(record))
        roots = {self._find(key) for key in touched}
        return sorted((self._incident(root) for root in roots), key=lambda incident: incident.id)

    def incidents(self) -> list[Incident]:
        roots = {self._find(key) for key in self._records}
        return sorted((self._incident(root) for root in roots), key=lambda incident: incident.id)

    def _add_one(self, record: ClaimRecord) -> str:
        new = profile(record)
        self._records[record.key] = record
        self._profiles[record.key] = new
        self._parent[record.key] = record.key
        self._members[record.key] = {record.key}
        for other in self._candidates(new):
            if self._find(other) != self._find(new.key) and same_incident(new, self._profiles[other]):
                self._union(new.key, other)
        self._file(new)
        return record.key

    def _candidates(self, new: Profile) -> Iterator[str]:
        seen = set()
        for key in _block_keys(new):
            cells = self._cells.get(key)
            if not cells:
                continue
            weeks = list(cells) if new.days is None else [*_weeks(new), _UNDATED]
            for week in weeks:
                for other in cells.get(week, ()):
                    if other not in seen:
                        seen.add(other)
                        yield other

    def _file(self, new: Profile) -> None:
        weeks = [_UNDATED] if new.days is None else list(_weeks(new))
        for key in _block_keys(new):
            for week in weeks:
                self._cells[key][week].append(new.key)

    def _find(self, key: str) -> str:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, a: str, b: str) -> None:
        root_a, root_b = self._find(a), self._find(b)
        if len(self._members[root_a]) < len(self._members[root_b]):
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._members[root_a] |= self._members.pop(root_b)

    def _incident(self, root: str) -> Incident:
        records = tuple(sorted((self._records[k] for k in self._members[root]), key=lambda r: r.key))
        earliest = min(records, key=lambda r: (_report_day(self._profiles[r.key]), r.key))
        return Incident(id=incident_id(earliest, self._profiles[earliest.key]),
                        scope=earliest.claim.scope, records=records)


def group_claims(records: Iterable[ClaimRecord]) -> list[Incident]:
    """Group claims into incidents from scratch (the same result as adding them in batches)."""
    index = IncidentIndex()
    index.add(records)
    return index.incidents()


def incident_id(earliest: ClaimRecord, its_profile: Profile) -> str:
    """A readable id from the earliest member: day, place stem, and a hash of the member's key.

    "2022-04-08-kram-3f9a1c0b": stable while that member stays the earliest.
    """
    day = _report_day(its_profile)
    when = date.fromordinal(day).isoformat() if day != _NEVER else "undated"
    place = min((s for s in its_profile.places | its_profile.names if s.isascii() and s.isalnum()), default="x")
    digest = hashlib.sha1(earliest.key.encode("utf-8")).hexdigest()[:8]
    return f"{when}-{place}-{digest}"


_NEVER = 10**9


def _report_day(p: Profile) -> int:
    """The incident's own day when the text gives it, else the publication day; undated last."""
    if p.dated and p.days:
        return (p.days[0] + p.days[1]) // 2
    if p.published:
        return p.published[0]
    return _NEVER


def _weeks(p: Profile) -> range:
    return range(p.days[0] // WEEK, p.days[1] // WEEK + 1)


def _block_keys(p: Profile) -> set[tuple]:
    keys: set[tuple] = {("document", p.document)}
    keys |= {("name", s) for s in p.places | p.names | p.reporter | p.context | p.setting}
    if p.best is not None:
        keys.add(("figure", p.outcome, p.best))
    return keys
