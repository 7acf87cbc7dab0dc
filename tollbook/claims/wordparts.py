"""Words that are several words, read as their parts: Arabic "وعشرة" = "و" + "عشرة", "قتيلين" = 2 "قتيل".

Some languages glue short words onto the next one: a conjunction or preposition written as a prefix
(Arabic و "and", ب "by", ل "to"), or a number carried by the noun's own ending (the Arabic dual: "قتيلين",
"two dead"). The readers match vocabulary word by word, so such a token is split into the parts the
vocabulary knows, each keeping document offsets:
  - a prefix clitic (``grammar.yaml`` ``clitics``) takes its own letters, the rest takes the others; it is split
    off only when the rest is a vocabulary word or a number, so a word that merely starts with the same
    letter ("واحد", "بريطانية") stays whole;
  - a dual (``grammar.yaml`` ``duals``: dual form -> singular) becomes the number 2 and the singular noun,
    both spanning the whole word, so the count text and the evidence are the word as written;
  - a number with a case or possessive suffix (Turkish "5'i", "24'e", "ikisi": ``grammar.yaml``
    ``number_suffixes``) becomes the number and the suffix, the suffix read without its apostrophe ("i", "si"),
    so "5'i" and "beşi" ("five of them") read alike.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from tollbook.claims.tokens import Token

_MIN_REST = 2   # letters left after a clitic: shorter rests are words of their own


def known_words(values: Iterable[str], normal: Callable[[str], str]) -> frozenset[str]:
    """Every word of the vocabulary strings, normalised as the text will be (folded, stemmed)."""
    return frozenset(normal(word) for value in values for word in str(value).lower().split())


def split_words(tokens: list[Token], clitics: tuple[str, ...], duals: dict[str, str], known: frozenset[str],
                normal: Callable[[str], str], fold: Callable[[str], str] = str) -> list[Token]:
    """The tokens with glued clitics split off and duals read as "2" + singular noun; ``fold`` drops what
    the spelling may add ("جريحَين" with its short vowel is "جريحين"; the listed duals are written without)."""
    if not clitics and not duals:
        return tokens
    out: list[Token] = []
    for token in tokens:
        out.extend(_parts(token, clitics, duals, known, normal, fold))
    return out


def _parts(token: Token, clitics, duals, known, normal, fold=str) -> list[Token]:
    if (low := fold(token.low)) in duals:
        singular = duals[low]
        return [Token("2", "2", token.start, token.end), Token(singular, singular, token.start, token.end)]
    if not token.is_word or normal(token.low) in known:
        return [token]
    for clitic in clitics:
        rest = token.low[len(clitic):]
        if token.low.startswith(clitic) and len(rest) >= _MIN_REST and _is_known(fold(rest), duals, known, normal, clitics):
            cut = token.start + len(clitic)
            head = Token(token.text[:len(clitic)], clitic, token.start, cut)
            tail = Token(token.text[len(clitic):], rest, cut, token.end)
            return [head, *_parts(tail, clitics, duals, known, normal, fold)]
    return [token]


def _is_known(rest: str, duals, known, normal, clitics=()) -> bool:
    """The rest is a word of the vocabulary, a number, or another clitic before one ("وب" + "سقوط")."""
    if rest.isdigit() or rest in duals or normal(rest) in known:
        return True
    return any(rest.startswith(c) and len(rest) - len(c) >= _MIN_REST and _is_known(rest[len(c):], duals, known,
                                                                                     normal, clitics)
               for c in clitics)


def vocabulary_strings(data) -> list[str]:
    """Every string of a parsed vocabulary file, keys included, inline examples left out."""
    if isinstance(data, dict):
        return [s for key, value in data.items() if key != "examples"
                for s in [str(key), *vocabulary_strings(value)]]
    if isinstance(data, list):
        return [s for item in data for s in vocabulary_strings(item)]
    return [str(data)] if isinstance(data, str) else []


def split_number_suffixes(tokens: list[Token], units: Iterable[str], suffixes: tuple[str, ...],
                          fold: Callable[[str], str], not_split: frozenset[str] = frozenset()) -> list[Token]:
    """'5' "'" 'i' -> '5' "'i" (read "i"); 'ikisi' -> 'iki' 'si' (a number word of ``units`` and a listed suffix)."""
    if not suffixes:
        return tokens
    units, suffixes = frozenset(units), frozenset(suffixes)
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if token.is_digit and k + 2 < len(tokens) and tokens[k + 1].text in "'’" and tokens[k + 2].is_word \
                and token.end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start:
            suffix = tokens[k + 2]
            out += [token, Token("'" + suffix.text, suffix.low, tokens[k + 1].start, suffix.end)]
            k += 3
            continue
        out.extend(_number_and_suffix(token, units, suffixes, fold, not_split))
        k += 1
    return out


def _number_and_suffix(token: Token, units: frozenset[str], suffixes: frozenset[str], fold,
                       not_split: frozenset[str]) -> list[Token]:
    word = fold(token.low)
    if not token.is_word or word in units or word in not_split:
        return [token]
    for cut in range(len(word) - 1, 1, -1):   # the longest suffix first
        if word[cut:] in suffixes and word[:cut] in units:
            cut = len(token.text) - (len(word) - cut)   # case and folding change lengths ("İkisi"): cut from the end
            head, tail = token.text[:cut], token.text[cut:]
            return [Token(head, head.lower(), token.start, token.start + cut),
                    Token(tail, tail.lower(), token.start + cut, token.end)]
    return [token]


# -- compounds whose last part names people --------------------------------------------------------------------

_MIN_HEAD = 5       # letters of the person noun that ends a compound: "Mann", "Frau" also end surnames (Baumann)
_MIN_MODIFIER = 3   # letters before it: "Bei|fahrer", "Tat|verdächtiger"


def read_compound_heads(tokens: list[Token], vocab) -> list[Token]:
    """German writes a person noun with its modifiers as one word ('Messerangreifer', 'Bundespolizisten',
    'Tatverdächtiger', 'Lkw-Fahrer'): a capitalised word the vocabulary does not hold, that ends in a
    listed person noun (victims.yaml, at least _MIN_HEAD letters), is read as that noun (its ``low``), and
    keeps its text and offsets, so the victims are written as in the page. Outcome words and things are
    never read so ('Todesopfer' is a casualty noun). On with grammar.yaml ``compound_heads: true``."""
    if "compound_heads" not in vocab.flags:
        return tokens
    heads, memo = vocab.derived("compound_heads", _compound_tables)
    out = tokens
    for k, token in enumerate(tokens):
        if not (token.is_word and token.is_capitalised) or len(token.low) < _MIN_HEAD + _MIN_MODIFIER:
            continue
        low = token.low
        head = memo.get(low, _UNREAD)
        if head is _UNREAD:
            head = memo[low] = _compound_head(low, heads, vocab)
        if head is not None:
            if out is tokens:
                out = list(tokens)
            out[k] = Token(token.text, head, token.start, token.end)
    return out


_UNREAD = object()


def _compound_tables(vocab):
    heads = frozenset(n for n in vocab.person_nouns if len(n) >= _MIN_HEAD and " " not in n)
    return heads, {}


def _compound_head(low: str, heads: frozenset[str], vocab) -> str | None:
    if low in vocab.person_nouns or low in vocab.not_people or vocab.triggers.match([low], 0):
        return None
    if "-" in low:   # "lkw-fahrer", "is-kämpfer": the part after the last hyphen
        last = low.rsplit("-", 1)[1]
        return last if last in heads else None
    for cut in range(_MIN_MODIFIER, len(low) - _MIN_HEAD + 1):   # the longest listed ending
        if low[cut:] in heads:
            return low[cut:]
    return None
