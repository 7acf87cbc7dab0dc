"""Small documents built by hand, so claim tests do not depend on the documents stage."""
from __future__ import annotations

from tollbook.claims import extract_claims
from tollbook.model import Claim, Document, SegmentKind, Sentence
from tollbook.rules import load_rules

FIELDS = {
    "outcome": lambda c: str(c.outcome),
    "best": lambda c: c.count.best,
    "kind": lambda c: str(c.count.kind),
    "count_text": lambda c: c.count.text,
    "victims": lambda c: c.victims.text,
    "role": lambda c: str(c.victims.role),
    "side": lambda c: c.side,
    "origin": lambda c: c.origin,
    "location": lambda c: c.location,
    "date": lambda c: c.date,
    "scope": lambda c: str(c.scope),
    "reported_by": lambda c: c.reported_by,
}


def make_document(text: str, published: str | None = None, language: str | None = "en",
                  headline: bool = False) -> Document:
    """One sentence per line; with ``headline`` the first line is the page's headline."""
    sentences, offset = [], 0
    for n, line in enumerate(text.split("\n")):
        if line.strip():
            kind = SegmentKind.HEADLINE if headline and n == 0 else SegmentKind.BODY
            sentences.append(Sentence(offset, offset + len(line), kind))
        offset += len(line) + 1
    title = text.split("\n")[0] if headline else None
    return Document(id="t", text=text, published=published, language=language, title=title,
                    sentences=tuple(sentences))


def summary(claim: Claim, keys) -> dict:
    return {key: FIELDS[key](claim) for key in keys}


def checked_claims(text: str, published: str | None = None, headline: bool = False,
                   language: str = "en") -> list[Claim]:
    """The claims of a hand-made document, each checked to trace back to its text."""
    document = make_document(text, published=published, headline=headline, language=language)
    claims = extract_claims(document, load_rules())
    for claim in claims:
        assert document.text[claim.span[0]:claim.span[1]] == claim.evidence
        assert claim.count.text in claim.evidence
    return claims
