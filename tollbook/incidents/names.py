"""Names compared across languages: fold to a Latin skeleton, keep four letters.

    "Краматорську" -> "kramatorsku" -> "kram"      "Krementschuk" -> "krementshuk" -> "krem"
    "Cherson" / "Kherson" / "Херсон" -> "herson" -> "hers"

No network and no model: a transliteration table and a few spelling folds
(``rules/common/incidents.yaml``), then the first four letters, the stem the gold
scorer itself uses to decide that two spellings name the same place.

A word is a *name* when it is capitalised (or written in a script without
capitals, such as Arabic) and is not a generic word ("City", "Station",
"Monday"). A name is *broad* when it names a country (pycountry's names in the
project's languages): "Ukraine" on two reports says little about whether they
are about the same strike.
"""
from __future__ import annotations

import gettext
import os
import re
import unicodedata
from functools import cache, lru_cache

import pycountry

from tollbook.rules import load_yaml

STEM_LENGTH = 4
_WORD = re.compile(r"[^\W_]+")


@cache
def _vocabulary() -> dict:
    return load_yaml("common/incidents.yaml")


@cache
def _transliteration() -> dict[int, str]:
    return str.maketrans(_vocabulary()["transliteration"])


@lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """Lowercase Latin skeleton of a word: accents dropped, other scripts transliterated."""
    return re.sub(r"([^\W\d_])\1+", r"\1", _spelled(word))  # doubled letters: "Lewistonn", "Tymoshenko" / "Timoschenko"


@lru_cache(maxsize=1 << 18)
def _spelled(word: str) -> str:
    """``fold`` but for doubled letters, which inflection checks need ("России" is "rossii", "Benny" "benni")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    latin = bare.translate(_transliteration())
    for written, folded in _vocabulary()["folds"]:
        latin = latin.replace(written, folded)
    return latin


def stem(word: str) -> str:
    return fold(word)[:STEM_LENGTH]


def words(text: str | None) -> list[str]:
    if not text:
        return []
    found = _WORD.findall(text)
    return found if text.isascii() else [_strip_arabic_prefix(w) for w in found]


@lru_cache(maxsize=1 << 16)
def _strip_arabic_prefix(word: str) -> str:
    if not _is_uncased(word):
        return word
    for prefix in _vocabulary()["arabic_prefixes"]:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _is_uncased(word: str) -> bool:
    return word[0].isalpha() and word[0].lower() == word[0].upper()


def _looks_like_name(word: str) -> bool:
    if word.isdigit():
        return len(word) >= 3  # road and flight numbers: "BR-364"
    return len(word) >= 3 and (word[0].isupper() or _is_uncased(word))


@cache
def _generic_folded() -> frozenset[str]:
    return frozenset(fold(w) for w in _vocabulary()["generic_words"])


def name_stems(text: str | None, skip_first: bool = False) -> frozenset[str]:
    """Stems of the specific names in a text (countries and numbers left out).

    ``skip_first`` drops a sentence's first word, which is capitalised whatever it is.
    """
    found = words(text)[1:] if skip_first else words(text)
    # Only capitalised (or uncased-script) words can be names: the rest never reach the fold.
    return place_stems(" ".join(w for w in found if not w.isdigit() and _looks_like_name(w)))[0]


_SENTENCE_START = re.compile(r"(?:^|[.!?:»\"“]\s+|\n\s*)([^\W\d_]+)")
RECURRING = 2  # times a name must appear in a page to be part of its context
LEAD_CHARACTERS = 300  # or once, in the lead: where and what the page is about


def recurring_names(text: str | None, title: str | None = None) -> frozenset[str]:
    """Specific names a page repeats, puts in its title or in its lead: what the page is about.

    "Кременчук" in the lead and "Кременчука" further down make "krem" part of the
    context of every claim of that page, even of one whose place is "the Amstor mall".
    A short page that names its town once, in its first lines, gets that town too.
    """
    if not text:
        return title_names(title)
    starters = {m.start(1) for m in _SENTENCE_START.finditer(text)}
    counts: dict[str, int] = {}
    for match in _WORD.finditer(text):
        word = match.group()
        # Only a capitalised (or uncased-script) word can be a name: the rest are skipped
        # before the costly fold, which is most words of a page.
        if len(word) < 3 or not (word[0].isupper() or _is_uncased(word)) or match.start() in starters:
            continue
        for found in _word_stems(word):
            in_lead = match.start() < LEAD_CHARACTERS
            counts[found] = counts.get(found, 0) + (RECURRING if in_lead else 1)
    return frozenset(s for s, n in counts.items() if n >= RECURRING) | title_names(title)


def recurring_words(text: str | None, title: str | None = None) -> frozenset[str]:
    """The capitalised words, as written, that ``recurring_names`` keeps: candidates for the page's places.

    "Dothan" twice on a page, or once in its lead or title, is a word the gazetteer may know
    (``profile`` asks it); stems alone cannot be looked up.
    """
    counts: dict[str, int] = {}
    starters = {m.start(1) for m in _SENTENCE_START.finditer(text)} if text else set()
    for match in _WORD.finditer(text or ""):
        word = match.group()
        if len(word) < 4 or not word[0].isupper() or match.start() in starters or fold(word) in _generic_folded():
            continue
        counts[word] = counts.get(word, 0) + (RECURRING if match.start() < LEAD_CHARACTERS else 1)
    in_title = {w for w in words(title)[1:] if len(w) >= 4 and w[0].isupper() and fold(w) not in _generic_folded()}
    return frozenset(w for w, n in counts.items() if n >= RECURRING) | frozenset(in_title)


@lru_cache(maxsize=65536)
def _word_stems(word: str) -> frozenset[str]:
    """``name_stems`` of one word, cached: a crawl repeats its names page after page."""
    return name_stems(word)


def sentence_names(text: str, span: tuple[int, int]) -> frozenset[str]:
    """Names in the sentence that holds a claim's evidence: where and whose, when the claim itself says neither.

    "Au moins 52 personnes ont été tuées vendredi dans la gare de Kramatorsk": a claim
    on "52 personnes" has no place of its own, its sentence has "kram".
    """
    return title_names(_sentence_around(text, *span))


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def opens_separately(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence of a claim opens as another story: "Separately, a blast ...", "In another incident".

    The openers are ``separate_event_openers`` in ``rules/common/incidents.yaml``, per language.
    """
    opening = _sentence_around(text, *span).lstrip(" \t\"'“«-–—•*").lower()
    return opening.startswith(_separate_openers())


@cache
def _separate_openers() -> tuple[str, ...]:
    found = _vocabulary().get("separate_event_openers") or {}
    return tuple(opener.lower() for openers in found.values() for opener in openers)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]`` (a claim's evidence)."""
    if not 0 <= start < end <= len(text):
        return ""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0:after.start() + 1 if after else len(text)]


TITLE_CASE_SHARE = 0.6  # a title with more capitalised words than this is in Title Case: no names to read


@lru_cache(maxsize=1 << 16)
def title_names(title: str | None) -> frozenset[str]:
    found = words(title)
    if not found or sum(1 for w in found if w[0].isupper()) / len(found) > TITLE_CASE_SHARE:
        return frozenset()
    return name_stems(title, skip_first=True)


def all_stems(text: str | None) -> frozenset[str]:
    """Stems of every word of three letters or more, names or not (for evidence similarity)."""
    return frozenset(_word_stem(w) for w in words(text) if len(w) >= 3) - {None}


@lru_cache(maxsize=1 << 18)
def _word_stem(word: str) -> str | None:
    """A word's stem, None for a generic word (cached: most words of a crawl recur)."""
    folded = fold(word)
    return None if folded in _generic_folded() else folded[:STEM_LENGTH]


@cache
def _broad_names() -> dict[str, frozenset[str]]:
    """Stem -> the spelled-out first words of the country names with that stem, in the configured languages."""
    found: dict[str, set[str]] = {}
    for name in _country_names():
        first = words(name)[:1]
        if first and len(first[0]) >= SHORT_NAME:
            found.setdefault(stem(first[0]), set()).add(_spelled(first[0]))
    return {key: frozenset(value) for key, value in found.items()}


def _country_names() -> list[str]:
    english = [c.name for c in pycountry.countries] + [getattr(c, "common_name", c.name) for c in pycountry.countries]
    locales = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    names = list(english)
    for language in _vocabulary()["broad_place_languages"]:
        if language == "en":
            continue
        translation = gettext.translation("iso3166-1", locales, languages=[language], fallback=True)
        names += [translation.gettext(name) for name in english]
    return names + list(_vocabulary()["broad_names"])


SHORT_NAME = 3          # "USA", "США": names this short must be written in full
INFLECTION_LETTERS = 1  # a case ending may replace a name's last letter: "Украина" -> "Украины"
LONG_NAME = 6           # ... and drop it, in names this long: "Россия" -> "России"
INFLECTION_EXTRA = 3    # and add a few letters: "Ukraine" -> "Ukrainian", "Україна" -> "Україною"


@lru_cache(maxsize=1 << 18)
def is_broad(word: str) -> bool:
    """True for a country name or an inflected form of one ("Украины", "России", "Ukrainian").

    The whole name must be there but for its last letter: "Benny" is not "Benin".
    """
    spelled = _spelled(word)
    for country in _broad_names().get(stem(word), ()):
        cut = INFLECTION_LETTERS if len(country) >= LONG_NAME else 0
        kept = len(country) - (INFLECTION_LETTERS if len(country) > SHORT_NAME else 0)
        if len(country) - cut <= len(spelled) <= len(country) + INFLECTION_EXTRA and spelled[:kept] == country[:kept]:
            return True
    return False


@lru_cache(maxsize=1 << 18)
def place_stems(location: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(specific, broad) name stems of a location: "Kramatorsk railway station" -> ({"kram"}, {})."""
    specific, broad = set(), set()
    generic = _generic_folded()
    for word in words(location):
        folded = fold(word)
        if not _looks_like_name(word) or folded in generic:
            continue
        (broad if is_broad(word) else specific).add(folded[:STEM_LENGTH])
    return frozenset(specific), frozenset(broad)
