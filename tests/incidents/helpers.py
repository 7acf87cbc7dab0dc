"""Build claim records from a line of a table: the fields grouping reads, nothing else."""
from __future__ import annotations

from tollbook.model import Claim, ClaimRecord, Count, CountKind, Outcome, Role, Scope, Victims


def record(key: str, evidence: str, best: int | None, *, outcome: str = "killed", kind: str = "exact",
           location: str | None = None, date: str | None = None, published: str | None = "2023-05-10",
           scope: str = "incident", role: str = "unspecified", side: str | None = None,
           reported_by: str | None = None, span: tuple[int, int] = (0, 0), document: str | None = None,
           context: frozenset[str] = frozenset(), setting: frozenset[str] = frozenset()) -> ClaimRecord:
    claim = Claim(outcome=Outcome(outcome), count=Count(best, CountKind(kind), str(best)), evidence=evidence,
                  span=span, victims=Victims("people", Role(role)), side=side, location=location, date=date,
                  scope=Scope(scope), reported_by=reported_by)
    return ClaimRecord(key=key, document=document or key.split("#")[0], claim=claim, published=published,
                       context=context, setting=setting)


def groups(incidents) -> set[frozenset[str]]:
    """Incidents as sets of record keys, for comparing groupings regardless of ids."""
    return {frozenset(incident.keys) for incident in incidents}
