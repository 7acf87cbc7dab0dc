"""Word forms of inflected languages: a suffix stemmer for matching, nominative place names for output.

Matching: an inflected word has many forms ("погибли", "погибших", "погибшего"); the
vocabulary lists a few and the text may use any. Both sides go through the same
``Stemmer``, which strips the longest case or tense ending listed in the language's
``grammar.yaml`` while keeping a stem of ``min_stem`` letters, so "погибших" and
"погибли" both become "погиб". It only has to be consistent, not linguistically right.
An agglutinative language (Turkish: "asker-ler-imiz-den") sets ``repeat`` and the stemmer strips
ending after ending until none is left ("askerlerimizden" -> "asker"), so the list holds single
suffixes, not every chain of them.

Output: GUIDELINE convention 19 writes a place in the nominative ("в Херсонской
области" -> "Херсонская область"). pymorphy3 does that when its dictionary for the
language is installed (Russian ships with the ``tollbook`` install, Ukrainian with the
``uk`` extra, because that dictionary is GPL). Without it a town the gazetteer knows is
written as it lists it (``known_nominative``: "у Кривому Розі" -> "Кривий Ріг", matched by
stems once the alternations of declension are merged, grammar.yaml ``place_names``), and
the suffix rules of ``grammar.yaml`` (``nominative``) rewrite the endings of other names.
"""
from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


# Words a cache of this module keeps: a batch of fresh news meets new words on every page, so a cache
# without a bound would grow with the batch; past this many it starts again (a word is stemmed in microseconds).
CACHED_WORDS = 1 << 16


class Stemmer:
    """Strip the longest listed ending that leaves at least ``min_stem`` letters (cached per word, ``CACHED_WORDS``)."""

    def __init__(self, endings: list[str], min_stem: int, folds: dict[str, str], repeat: bool = False):
        self.endings = sorted({e.lower().translate(str.maketrans(folds)) for e in endings}, key=len, reverse=True)
        self.min_stem = min_stem
        self.repeat = repeat
        self.folds = str.maketrans(folds)
        self._cache: dict[str, str] = {}

    def fold(self, word: str) -> str:
        """Lower case with spelling variants merged ("ё" -> "е", "’" -> "'")."""
        return word.lower().translate(self.folds)

    def __call__(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            if len(self._cache) >= CACHED_WORDS:
                self._cache.clear()
            stem = self._cache[word] = self._strip(self.fold(word))
        return stem

    def _strip(self, word: str) -> str:
        if not word[:1].isalpha():
            return word
        while True:
            stem = self._strip_one(word)
            if stem == word or not self.repeat:
                return stem
            word = stem

    def _strip_one(self, word: str) -> str:
        for ending in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                return word[:-len(ending)]
        return word


def stemmer_for(grammar: dict[str, Any]) -> Stemmer:
    morphology = grammar.get("morphology") or {}
    return Stemmer(morphology.get("endings") or [], int(morphology.get("min_stem", 4)),
                   morphology.get("folds") or {}, bool(morphology.get("repeat")))


# -- nominative -------------------------------------------------------------------------------------------------

@cache
def _analyzer(language: str):
    """pymorphy3's analyser for the language, or None when its dictionary is not installed."""
    try:
        import pymorphy3
        return pymorphy3.MorphAnalyzer(lang=language)
    except (ImportError, ValueError, OSError):
        return None


def has_dictionary(language: str) -> bool:
    """Whether pymorphy3's dictionary for the language is installed."""
    return _analyzer(language) is not None


def nominative(words: list[str], language: str, rules: list[list[str]]) -> list[str]:
    """The words of a place name put in the nominative, with their capitals kept.

    ``rules``: [ending, replacement] pairs used when no dictionary is installed."""
    analyzer = _analyzer(language)
    fallback = tuple((str(ending), str(replacement)) for ending, replacement in rules)
    heads = [_noun_head(words[k + 1:], analyzer) for k in range(len(words))]
    return [_with_case_of(word, _nominative_word(word, analyzer, fallback, head))
            for word, head in zip(words, heads)]


def _noun_head(following: list[str], analyzer) -> str | None:
    """The gender of the noun an adjective agrees with ("жилом доме" -> masc), when a dictionary is there."""
    if analyzer is None or not following:
        return None
    for parse in analyzer.parse(following[0]):
        if "NOUN" in parse.tag.grammemes and parse.tag.gender:
            return parse.tag.gender
    return None


@lru_cache(maxsize=CACHED_WORDS)
def _nominative_word(word: str, analyzer, fallback: tuple[tuple[str, str], ...], gender: str | None) -> str:
    if word.isupper() or not word.replace("-", "").isalpha():
        return word  # "ОДА", "ТЦ": abbreviations do not inflect
    if analyzer is None:
        return _by_suffix(word.lower(), fallback)
    parse = _best_parse(analyzer.parse(word), word[:1].isupper(), gender)
    inflected = parse.inflect({"nomn"}) if parse is not None else None
    return inflected.word if inflected is not None else word.lower()


def _best_parse(parses, capitalised: bool, gender: str | None):
    """A capitalised word is a name: prefer a place, then a noun reading ("Краматорську" is a town, not an
    adjective); an adjective of a name ("Херсонской") has no such reading and keeps its own."""
    if gender is not None:
        for parse in parses:
            if "ADJF" in parse.tag.grammemes and parse.tag.gender == gender and parse.tag.number == "sing":
                return parse
    if capitalised:
        for wanted in ({"Geox"}, {"NOUN", "inan"}, {"NOUN"}):  # a place is a thing: "Харкові" is not Mr Kharko
            for parse in parses:
                if wanted <= parse.tag.grammemes:
                    return parse
    return parses[0] if parses else None


def _by_suffix(low: str, rules) -> str:
    for ending, replacement in rules:
        if low == ending or low.endswith(ending) and len(low) > len(ending) + 2:
            return low[:len(low) - len(ending)] + replacement
    return low


def _with_case_of(original: str, form: str) -> str:
    if original.isupper():
        return original
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


# -- nominative from the gazetteer ------------------------------------------------------------------------------

_NAME_INDEXES: dict[str, tuple[Stemmer, dict[tuple[str, ...], list[tuple[str, int]]]]] = {}


def known_nominative(words: list[str], language: str, grammar: dict[str, Any]) -> str | None:
    """The gazetteer's name of the town ``words`` decline ("Кривому Розі" -> "Кривий Ріг"), or None.

    grammar.yaml ``place_names``: ``alphabet`` (the letters of the language's names; a name with others is
    another language's), ``alternations`` (letters that alternate in declension, merged before stemming:
    Ukrainian "Ріг"/"Рогу", "Розі"; "Київ"/"Києві"; "Каховка"/"Каховці") and ``distinctive`` (letters only
    this language writes: "Кривий Ріг" rather than the Bulgarian "Криви Рог" of the same stems). Every word
    must be capitalised and each word's stem must equal the listed name's; among several, a name with the
    language's own letters, then the most populous town's."""
    names = grammar.get("place_names") or {}
    if not names.get("alphabet") or not words or not all(w[:1].isupper() and not w.isupper() for w in words):
        return None
    stemmer, index = _name_index(language, grammar)
    found = index.get(_name_key(words, stemmer))
    if not found:
        return None
    distinctive = set(str(names.get("distinctive") or ""))
    return max(found, key=lambda entry: (bool(distinctive & set(entry[0].lower())), entry[1]))[0]


def _name_key(words: list[str], stemmer: Stemmer) -> tuple[str, ...]:
    """Each word's first letter as written and its stem: alternations change a name's inner vowels and last
    consonant, never its first letter ("Індію" is India, not Ondo)."""
    return tuple(word[:1].lower() + stemmer(word) for word in words)


def _name_index(language: str, grammar: dict[str, Any]):
    if language not in _NAME_INDEXES:
        from tollbook import gazetteer
        names = grammar["place_names"]
        morphology = grammar.get("morphology") or {}
        folds = {**(morphology.get("folds") or {}), **{str(k): str(v) for k, v in
                                                        (names.get("alternations") or {}).items()}}
        stemmer = Stemmer(morphology.get("endings") or [], int(morphology.get("min_stem", 4)), folds)
        index: dict[tuple[str, ...], list[tuple[str, int]]] = {}
        for name, population in gazetteer.city_names(str(names["alphabet"])):
            index.setdefault(_name_key(name.split(), stemmer), []).append((name, population))
        _NAME_INDEXES[language] = (stemmer, index)
    return _NAME_INDEXES[language]
