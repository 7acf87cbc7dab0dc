"""Claims of one document -> the ``ClaimRecord``s that grouping reads, and incidents -> gold labels."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tollbook.incidents.names import opens_separately, recurring_names, recurring_words, sentence_names
from tollbook.model import Claim, ClaimRecord, Document, Incident, site_name


def records_for_document(document: Document, claims: Iterable[Claim]) -> list[ClaimRecord]:
    """One record per claim, keyed ``"<document id>#<n>"`` in the order the claims were found."""
    claims = list(claims)
    if not claims:  # reading the page's names is the costly part: none for a page without claims
        return []
    site = document.site or site_name(document.url)
    context = recurring_names(document.text, document.title)
    page_words = recurring_words(document.text, document.title)
    return [ClaimRecord(key=f"{document.id}#{n}", document=document.id, claim=claim, site=site,
                        published=document.published, language=document.language, title=document.title,
                        context=context, setting=sentence_names(document.text, claim.span),
                        separate=opens_separately(document.text, claim.span), page_words=page_words)
            for n, claim in enumerate(claims)]


def incident_labels(incidents: Iterable[Incident]) -> dict[str, str | None]:
    """Record key -> the ``incident`` value of the gold format.

    A claim carries its incident's id when another claim of that incident has the
    same outcome; otherwise it is ``None`` (GUIDELINE.md: null when no other claim
    in the set is about the same incident). Ids are kept internally either way.
    """
    labels: dict[str, str | None] = {}
    for incident in incidents:
        per_outcome = Counter(record.claim.outcome for record in incident.records)
        for record in incident.records:
            labels[record.key] = incident.id if per_outcome[record.claim.outcome] > 1 else None
    return labels
