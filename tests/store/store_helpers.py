"""Records for the store tests, written for them (no publisher's text)."""
from __future__ import annotations

from tollbook.model import Claim, Count, CountKind, Document, Outcome, Role, Victims


def make_document(name: str, text: str, url: str | None = None, **fields) -> Document:
    return Document(id=name, text=text, source=fields.pop("source", f"pages/{name}.txt"), url=url, **fields)


def make_claim(text: str, evidence: str, outcome=Outcome.KILLED, best=None, **fields) -> Claim:
    """A claim whose evidence is found in ``text`` (so its span is right)."""
    start = text.index(evidence)
    kind = fields.pop("kind", CountKind.EXACT if best is not None else CountKind.UNKNOWN)
    return Claim(outcome=outcome, count=Count(best, kind, fields.pop("count_text", str(best or ""))),
                 evidence=evidence, span=(start, start + len(evidence)),
                 victims=fields.pop("victims", Victims(None, Role.UNSPECIFIED)), **fields)
