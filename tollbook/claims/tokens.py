"""Sentence text -> tokens with character offsets (the unit every later step works on)."""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


def _combining_marks() -> str:
    """A character class of the combining marks (Unicode M*) and zero-width joiners in the scripts
    tollbook reads: Devanagari vowel signs ("ा" of "घायल"), Arabic harakat, the Persian ZWNJ.
    ``\\w`` does not match them, so without them a Hindi word would fall apart letter by letter."""
    marks = [chr(c) for c in range(0x0300, 0x1DFF) if unicodedata.category(chr(c)).startswith("M")]
    return "[" + re.escape("".join(marks) + "\u200c\u200d") + "]"


_MARK = _combining_marks()
# Order matters: thousands separators before plain digits, ordinals before digits,
# abbreviations ("U.S.") before words, words with inner hyphens/apostrophes kept whole. An abbreviation
# and a word share their first letters, so one branch reads them and then tries the abbreviation's
# full stops before the word's marks and hyphens: the same tokens as two branches, a third faster.
# ``\d`` is any script's digit (Persian ۰-۹, Arabic-Indic ٠-٩, Devanagari ०-९; Python reads their value);
# the Arabic thousands separator "٬" groups them like a comma.
_TOKEN = re.compile(r"""
      \d{1,2}(?:,\d\d)+,\d{3}(?!\d)                 # 1,20,000 (Indian grouping: lakhs)
    | \d{1,3}(?:[,٬]\d{3})+(?:\.\d+)?(?![\d,٬]\d)   # 1,200  30,000.5  ۱۲٬۵۰۰
    | \d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)        # 1 200 (space or no-break space)
    | \d{1,3}(?:['’]\d{3})+(?!\d)                  # 50'983 (Swiss grouping)
    | \d+(?:st|nd|rd|th)\b                          # 58th: an ordinal, never a count
    | \d+(?:\.\d+)?                                 # 12  24.7
    | [^\W\d_]+(?:                                  # a word's letters, read once for both readings:
          (?:\.[^\W\d_]+)+\.?                       # U.S.  a.m.
        | (?:MARK+[^\W\d_]*)*(?:[-'’][^\W\d_]+(?:MARK+[^\W\d_]*)*)*   # gun-wielding  enclave’s  घायल
      )
    | \S                                            # punctuation, one character at a time
""".replace("MARK", _MARK), re.X)


# Quotation marks as tokens: any of them (a figure or verb quoted: 'had "neutralised" 146'), and those that
# close a quotation (the words after a quoted verb).
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "»"})


class Token(NamedTuple):
    text: str
    low: str
    start: int   # offsets into the document text, not the sentence
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; ``offset`` is where ``text`` starts in the document."""
    # The hottest loop of reading claims: one group() and start() per match, and the tuple made
    # directly (a NamedTuple's __new__ is a Python function): a third faster, the same tokens.
    out: list[Token] = []
    append, new = out.append, tuple.__new__
    for match in _TOKEN.finditer(text):
        token = match.group()
        start = match.start() + offset
        append(new(Token, (token, token.lower(), start, start + len(token))))
    return out


def split_elisions(tokens: list[Token], elisions: frozenset[str]) -> list[Token]:
    """'d’une' -> 'd'' + 'une' for the elided articles and pronouns a language lists ("d", "l", "qu").

    The elided part's ``low`` always uses the plain apostrophe, so vocabularies write "d'" for both forms.
    """
    if not elisions:
        return tokens
    out: list[Token] = []
    for token in tokens:
        if token.text in "'’" and out and out[-1].low in elisions and out[-1].end == token.start:
            out[-1] = Token(out[-1].text + token.text, out[-1].low + "'", out[-1].start, token.end)
            continue  # "d’" written alone (a vocabulary phrase, or before a space)
        while token.is_word and len(token.text) > 2:
            cut = next((k for k, ch in enumerate(token.text) if ch in "'’"), -1)
            if cut < 1 or token.low[:cut] not in elisions or cut + 1 >= len(token.text):
                break
            out.append(Token(token.text[:cut + 1], token.low[:cut] + "'", token.start, token.start + cut + 1))
            rest = token.text[cut + 1:]
            token = Token(rest, rest.lower(), token.start + cut + 1, token.end)
        out.append(token)
    return out
