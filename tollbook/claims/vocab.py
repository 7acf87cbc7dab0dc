"""Compile one language's YAML vocabularies into lookup tables, once per RuleSet.

Everything the extractor matches is data from ``tollbook/rules/<lang>/``; this
module only turns the lists into sets, phrase tables and compiled patterns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from tollbook.errors import RuleError
from tollbook.rules import LanguageRules

from tollbook.claims.tokens import split_elisions, tokenize

Phrase = tuple[str, ...]
_MISSING = object()
OUTCOMES = ("killed", "injured", "captured", "missing", "casualties")
FORMS = ("verb", "active", "predicate", "noun", "inverted", "adjacent", "care")


@dataclass(frozen=True)
class PhraseTable:
    """Multi-word phrases keyed by their first token, longest first."""
    by_first: dict[str, tuple[tuple[Phrase, Any], ...]]

    @cached_property
    def by_last(self) -> dict[str, tuple[Phrase, ...]]:
        """The same phrases keyed by their last token, longest first (for ``ends_at``)."""
        out: dict[str, list[Phrase]] = {}
        for entries in self.by_first.values():
            for phrase, _ in entries:
                out.setdefault(phrase[-1], []).append(phrase)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}

    def match(self, lows: list[str], i: int) -> tuple[int, Any] | None:
        """(length, value) of the longest phrase starting at token ``i``."""
        entries = self.by_first.get(lows[i])
        if entries is None:   # most tokens start no phrase
            return None
        for phrase, value in entries:
            length = len(phrase)
            if length == 1 or tuple(lows[i:i + length]) == phrase:   # a phrase's first word is its key
                return length, value
        return None

    def ends_at(self, lows: list[str], end: int) -> int:
        """Length of the longest phrase that ends just before token ``end`` (0 when none does)."""
        if end <= 0:
            return 0
        for phrase in self.by_last.get(lows[end - 1], ()):
            n = len(phrase)
            if n <= end and tuple(lows[end - n:end]) == phrase:
                return n
        return 0


def phrase_table(items: dict[str, Any] | list[str], elisions: frozenset[str] = frozenset()) -> PhraseTable:
    pairs = items.items() if isinstance(items, dict) else ((item, item) for item in items)
    grouped: dict[str, list[tuple[Phrase, Any]]] = {}
    for text, value in pairs:
        phrase = tuple(t.low for t in split_elisions(tokenize(str(text)), elisions))
        if phrase:
            grouped.setdefault(phrase[0], []).append((phrase, value))
    return PhraseTable({k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in grouped.items()})


def lower_set(items) -> frozenset[str]:
    return frozenset(str(item).lower() for item in items or ())


class WordTest:
    """A quick test: does a text hold one of ``words`` as a whole word (with ``prefixes``, a word that
    begins with one of them)?

    The words are written as a prefix tree, "kill(?:ed|ing)?", which the re module walks several times
    faster than a flat list of a hundred words, and they are matched in the lower-cased text: a pattern
    without re.I runs two to four times faster again (English trigger words 5.4 -> 2.3 µs a sentence,
    event words 18.5 -> 4.5 µs). A text whose lower-casing changes its length ("İ" -> "i̇") is matched
    case-insensitively as it is, so the answer is always that of re.I.
    """

    def __init__(self, words, prefixes: bool = False):
        tree: dict = {}
        for word in sorted({str(w).lower() for w in words if str(w)}, key=len):
            node = tree
            for char in word:
                if prefixes and node.get("") is True:   # a shorter word ends here: it matches wherever this would
                    break
                node = node.setdefault(char, {})
            else:
                node[""] = True
        body = _tree_pattern(tree) if tree else "(?!)"
        pattern = r"\b" + body + ("" if prefixes else r"\b")
        self.pattern = pattern
        self._lowered = re.compile(pattern)
        self._any_case = re.compile(pattern, re.I)

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        piece = text[start:end] if start or end is not None else text
        low = piece.lower()
        if len(low) != len(piece):
            return self._any_case.search(piece) is not None
        return self._lowered.search(low) is not None


def _tree_pattern(node: dict) -> str:
    branches = [re.escape(char) + _tree_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if not node.get(""):
        return branches[0] if len(branches) == 1 else "(?:%s)" % "|".join(branches)
    return "(?:%s)?" % "|".join(branches)   # a word ends here and longer ones go on: the rest is optional


def compile_patterns(file: str, patterns: list[str]) -> tuple[re.Pattern, ...]:
    try:
        return tuple(re.compile(p, re.I) for p in patterns)
    except re.error as e:
        raise RuleError(f"{file}.yaml: pattern does not compile: {e}") from e


def any_of(patterns: tuple[re.Pattern, ...]) -> tuple[re.Pattern, ...]:
    """Cues asked only "does any match?" as one alternation: one scan of the sentence instead of one
    per cue, three times faster. Each cue compiled alone first, so a bad one is named in its error."""
    if len(patterns) < 2:
        return patterns
    return (re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.I),)


@dataclass(frozen=True)
class Vocabulary:
    triggers: PhraseTable            # phrase -> ((outcome, frozenset(forms)), ...)
    trigger_words: WordTest          # a quick test: can this sentence hold a claim at all?
    needs_person_object: frozenset[str]
    cancels: PhraseTable
    numbers: dict[str, Any]
    number_phrases: PhraseTable
    vague: PhraseTable
    unknown: PhraseTable
    zero: PhraseTable
    qualifiers: PhraseTable          # phrase -> kind
    more_words: frozenset[str]
    range_start: frozenset[str]
    range_join: frozenset[str]
    roles: PhraseTable               # noun phrase -> role
    person_nouns: frozenset[str]
    singular_nouns: frozenset[str]     # person nouns that name one person ("soldier", "minister")
    not_people: frozenset[str]
    modifiers: dict[str, frozenset[str]]
    demonyms: dict[str, str]
    places: dict[str, Any]
    regions: PhraseTable             # name or adjective -> (origin name, country)
    attribution: dict[str, Any]
    reporting_verbs: PhraseTable
    vetoes: dict[str, Any]
    idiom_objects: frozenset[str]
    modal: PhraseTable
    negation: PhraseTable
    denial: PhraseTable
    passing: PhraseTable
    cumulative: tuple[re.Pattern, ...]   # the running-total cues as one alternation (any_of)
    year_end: re.Pattern
    dates: dict[str, Any]
    collective: PhraseTable = PhraseTable({})   # approximate collective numerals ("une dizaine")
    # Constructions of the word-order reader (optional: an empty list leaves the construction off).
    person_verbs: PhraseTable = PhraseTable({})   # outcome words whose subject or object is a person, any noun
    possessives: frozenset[str] = frozenset()     # "her son": the possessive counts one person
    needs_armed_agent: frozenset[str] = frozenset()   # "detained": a capture only by an armed party
    armed_agents: PhraseTable = PhraseTable({})
    police_agents: PhraseTable = PhraseTable({})
    release_verbs: PhraseTable = PhraseTable({})  # "recruited 5,000 prisoners": no capture
    case_nouns: frozenset[str] = frozenset()      # "32 cases of disappearance"
    age_words: frozenset[str] = frozenset()       # "ages 3 and 9"
    not_count_before: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()      # "on the Ukrainian side", "Soviet losses": the party's losses
    state_nouns: tuple[str, ...] = ()
    incident_cues: tuple[re.Pattern, ...] = ()    # "since Monday's attack": one event, whatever cumulative cue             # "the Burkinabe army": the state whose forces a page names
    # Function words of the language (optional ``grammar.yaml``): name -> set; code falls back to its
    # English defaults for a name the language does not define.
    grammar: dict[str, frozenset[str]] = field(default_factory=dict)
    elisions: frozenset[str] = frozenset()      # "d'", "l'": split off the word they are glued to
    flags: frozenset[str] = frozenset()          # e.g. "noun_before_adjective", "thousands_dot"

    def may_hold_claim(self, text: str) -> bool:
        """Step 0: does the sentence hold a trigger word (or a zero word) at all?"""
        return self.trigger_words.search(text)

    @cached_property
    def count_starters(self) -> frozenset[str]:
        """Every lower-cased token a count can begin with, other than digits: a quick test that lets
        the count readers skip the many tokens that cannot start one."""
        tables = (self.number_phrases, self.vague, self.unknown, self.zero, self.qualifiers, self.collective)
        words = set().union(*(table.by_first for table in tables))
        words |= self.range_start | self.singular_nouns | set(self.numbers["single"]) | self.possessives
        words |= set(self.numbers["units"]) | set(self.numbers["tens"]) | set(self.numbers.get("partitive_one", ()))
        return frozenset(words)

    def words(self, name: str, default: frozenset[str] | set[str]) -> frozenset[str] | set[str]:
        """The language's function words called ``name`` (grammar.yaml), else the code's default."""
        return self.grammar.get(name, default)

    def derived(self, key: str, build):
        """A table built once from this vocabulary by ``build(self)`` (e.g. the words that start no name)."""
        try:   # asked tens of thousands of times a page: a hit is one dict lookup
            return self.__dict__["_derived"][key]
        except KeyError:
            tables = self.__dict__.setdefault("_derived", {})  # frozen dataclass: a cache beside the fields
            table = tables[key] = build(self)
            return table

    def phrases(self, name: str) -> PhraseTable:
        """The language's function words called ``name`` as a phrase table ("has been"); empty if unlisted."""
        tables = self.__dict__.setdefault("_phrase_tables", {})  # frozen dataclass: a cache beside the fields
        if name not in tables:
            tables[name] = phrase_table(sorted(self.grammar.get(name, ())), self.elisions)
        return tables[name]


@cache
def vocabulary(rules: LanguageRules) -> Vocabulary:
    outcomes, numbers, qualifiers = rules.get("outcomes"), rules.get("numbers"), rules.get("qualifiers")
    victims, places, attribution = rules.get("victims"), rules.get("places"), rules.get("attribution")
    vetoes, scope, dates = rules.get("vetoes"), rules.get("scope"), rules.get("dates")
    grammar = rules.files.get("grammar") or {}
    elisions = lower_set(grammar.get("elisions"))
    table = _phrase_table_for(elisions)
    triggers = _trigger_table(outcomes, table)
    # The quick test looks for one word of each trigger phrase. A phrase that holds a one-word trigger
    # is found through it ("lost" of "lost their lives", not "their"); any other through its longest
    # word, rarer than the first ("the" of "the dead", "was" of "was fatally"), so most sentences are skipped.
    phrases = [phrase for entries in triggers.by_first.values() for phrase, _ in entries]
    single = {phrase[0] for phrase in phrases if len(phrase) == 1}
    key_words = single | {max(phrase, key=len) for phrase in phrases if not single.intersection(phrase)}
    first_words = sorted(key_words | set(numbers["zero_outcomes"]) | {numbers["safe_word"]})
    return Vocabulary(
        triggers=triggers,
        trigger_words=WordTest(first_words, prefixes=True),
        needs_person_object=lower_set(outcomes.get("needs_person_object")),
        cancels=table(outcomes.get("cancels") or []),
        numbers=numbers,
        number_phrases=table({**numbers["phrases"], **(numbers.get("collective") or {})}),
        vague=table(numbers["vague"]),
        unknown=table(numbers["unknown"]),
        zero=table(numbers["zero"]),
        qualifiers=table({p: kind for kind in ("at_least", "at_most", "approx") for p in qualifiers[kind]}),
        more_words=lower_set(qualifiers["more_words"]),
        range_start=lower_set(qualifiers["range_start"]),
        range_join=lower_set(qualifiers["range_join"]),
        roles=table({n: role for role in ("military", "civilian", "armed_group", "unspecified")
                     for n in victims[role]}),
        person_nouns=lower_set(n for role in ("military", "civilian", "armed_group", "unspecified")
                               for n in victims[role]),
        singular_nouns=lower_set(victims["singular"]) if "singular" in victims else frozenset(
            n for n in lower_set(n for role in ("military", "civilian", "armed_group", "unspecified")
                                 for n in victims[role])
            if not n.endswith("s") and n not in lower_set(victims["collective"])),
        not_people=lower_set(victims["not_people"]),
        modifiers={role: lower_set(victims[f"{role}_modifiers"]) for role in ("military", "armed_group", "civilian")},
        demonyms={k.lower(): v for k, v in {**victims["demonyms"], **(victims.get("parties") or {})}.items()},
        places=places,
        regions=_region_table(places["regions"]),
        attribution=attribution,
        reporting_verbs=table(attribution["verbs"]),
        vetoes=vetoes,
        idiom_objects=lower_set(vetoes["idiom_objects"]),
        modal=table(vetoes["modal"]),
        negation=table(vetoes["negation"]),
        denial=table(vetoes["denial"]),
        passing=table(vetoes["passing"]),
        cumulative=any_of(compile_patterns("scope", scope["cumulative"])),
        year_end=compile_patterns("scope", [scope["year_end"]])[0],
        dates=dates,
        collective=table(numbers.get("collective") or {}),
        person_verbs=table(outcomes.get("person_verbs") or []),
        possessives=lower_set(numbers.get("possessives")),
        needs_armed_agent=lower_set(outcomes.get("needs_armed_agent")),
        armed_agents=table(victims.get("armed_agents") or []),
        police_agents=table(victims.get("police_agents") or []),
        release_verbs=table(vetoes.get("release_verbs") or []),
        case_nouns=lower_set(victims.get("case_nouns")),
        age_words=lower_set(numbers.get("age_words")),
        not_count_before=lower_set(numbers.get("not_count_before")),
        side_nouns=lower_set(victims.get("side_nouns")),
        state_nouns=tuple(n.lower() for n in victims.get("state_nouns") or ()),
        incident_cues=any_of(compile_patterns("scope", scope.get("incident") or [])),
        grammar={name: lower_set(words) for name, words in grammar.items() if isinstance(words, list)},
        elisions=elisions,
        flags=frozenset(name for name, value in grammar.items() if value is True),
    )


def _phrase_table_for(elisions: frozenset[str]):
    """phrase_table that splits elided articles the way the sentence tokens are split."""
    return lambda items: phrase_table(items, elisions)


def _trigger_table(outcomes: dict[str, Any], table=phrase_table) -> PhraseTable:
    entries: dict[str, dict[str, set[str]]] = {}
    for outcome in OUTCOMES:
        for form in FORMS:
            for phrase in outcomes[outcome].get(form) or ():
                entries.setdefault(phrase.lower(), {}).setdefault(outcome, set()).add(form)
    return table({p: tuple((o, frozenset(f)) for o, f in by_outcome.items())
                  for p, by_outcome in entries.items()})


def _region_table(regions: dict[str, Any]) -> PhraseTable:
    table = {}
    for name, info in regions.items():
        for word in list(info.get("names") or []) + list(info.get("adjectives") or []):
            table[word] = (name, info.get("country"))
    return phrase_table(table)
