"""Document -> [Claim] for inflected languages with free word order (Russian, Ukrainian, ...).

A language opts in with ``word_order: free`` in its ``rules/<lang>/grammar.yaml``; its other
vocabulary files have the schema of ``rules/en/`` and are matched on stems
(``tollbook.claims.morphology``). The steps, per sentence:
  0. skip sentences with no outcome stem at all           lexicon.quick_test
  1. outcome triggers, with their vetoes                   links.find_triggers
  2. count expressions                                     figures.find_figures
  3. link counts to outcomes, either side of them          links.link_counts (+ one person, zero, unknown)
  4. victims: text, role, side, origin                     fields.read_group
  5. place, date, source, scope                            fields.*
  6. evidence: the tokens from count to outcome            (always document.text[span])
Then, per document, claims with no place or date of their own take the document's.
"""
from __future__ import annotations

from tollbook.claims.freeorder.lexicon import is_free_order, lexicon
from tollbook.claims.freeorder.reader import extract

__all__ = ["extract", "is_free_order", "lexicon"]
