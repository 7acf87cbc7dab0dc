"""One sentence as the free-order reader sees it: tokens with their stems and plain folded words."""
from __future__ import annotations

from dataclasses import dataclass

from tollbook.claims.tokens import Token, tokenize
from tollbook.claims.wordparts import split_number_suffixes, split_words

from tollbook.claims.freeorder.lexicon import Lexicon


@dataclass(frozen=True)
class Sentence:
    tokens: list[Token]
    stems: list[str]      # what vocabularies are matched against
    words: list[str]      # lower case, folded, not stemmed (singular forms, quotes)
    index: int            # the sentence's index in the document


def read_sentence(text: str, offset: int, index: int, lex: Lexicon) -> Sentence:
    tokens = split_words(tokenize(text, offset), lex.clitics, lex.duals, lex.known, lex.stem, lex.stem.fold)  # "وعشرة", "قتيلين"
    tokens = split_number_suffixes(tokens, lex.units, lex.number_suffixes, lex.stem.fold, lex.not_split)     # "5'i", "ikisi"
    return Sentence(tokens, [lex.stem(t.low) for t in tokens], [lex.stem.fold(t.low) for t in tokens], index)
