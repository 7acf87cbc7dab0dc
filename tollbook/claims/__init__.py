"""Document -> [Claim]: casualty statements with their fields and evidence spans."""
from __future__ import annotations

from tollbook.model import Claim, Document


def extract_claims(document: Document, rules) -> list[Claim]:
    """Every casualty claim in the document, in text order."""
    raise NotImplementedError("the claim extractor is being written")
