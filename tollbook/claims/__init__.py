"""Document -> [Claim]: casualty statements with their fields and evidence spans.

The steps, per sentence (BOILERPLATE sentences are never read):
  0. skip sentences with no outcome word at all (cheap regular-expression test)
  1. outcome triggers, with their vetoes          triggers.find_triggers
  2. count expressions                            counts.find_counts
  3. link counts to outcomes in the clause        linking.link_counts   (+ zero words, "dead and injured")
  4. victims: text, role, side, origin            victims.read_group
  5. place, date, source, scope of the sentence   context.*
  6. evidence: the tokens from count to outcome   (always document.text[span])
Then, per document, headline claims borrow the place and date of the first body claim
(GUIDELINE convention 19). The vocabulary is data: tollbook/rules/<language>/*.yaml.
"""
from __future__ import annotations

from tollbook.claims.extract import extract_claims, may_hold_claims

EXTRACTOR_VERSION = "rules-1"

__all__ = ["EXTRACTOR_VERSION", "extract_claims", "may_hold_claims"]
