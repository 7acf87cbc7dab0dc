"""Compile one inflected language's YAML into stemmed lookup tables, once per LanguageRules.

Every word of the vocabulary goes through the language's stemmer, as every word of the
text does (``morphology.Stemmer``): the tables are keyed by stems, so one listed form
matches its case forms. Lists of plain forms (``singular``) are kept unstemmed: they
tell one person from many, which the stem cannot.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tollbook.errors import RuleError
from tollbook.rules import LanguageRules

from tollbook.claims.morphology import Stemmer, stemmer_for
from tollbook.claims.tokens import tokenize
from tollbook.claims.wordparts import known_words, vocabulary_strings
from tollbook.claims.vocab import OUTCOMES, PhraseTable

ROLES = ("military", "civilian", "armed_group", "unspecified")
KINDS = ("at_least", "at_most", "approx")


@dataclass(frozen=True, eq=False)
class Lexicon:
    language: str
    stem: Stemmer
    quick_test: re.Pattern          # can this sentence hold a claim at all?
    grammar: dict[str, Any]
    triggers: PhraseTable           # stems -> ((outcome, forms), ...)
    singular_forms: frozenset[str]  # plain outcome forms that say one person
    needs_person_object: frozenset[str]
    cancels: PhraseTable
    units: dict[str, float]
    scales: dict[str, int]
    number_phrases: PhraseTable
    approx_phrases: PhraseTable
    single: frozenset[str]
    vague: PhraseTable
    unknown: PhraseTable
    zero: PhraseTable
    zero_outcomes: PhraseTable
    not_count_before: frozenset[str]
    not_count_after: frozenset[str]
    qualifiers: PhraseTable
    qualifiers_after: PhraseTable   # after the number, in postposition languages ("20 سے زائد")
    range_start: frozenset[str]
    range_join: frozenset[str]
    more_words: frozenset[str]
    rise_words: frozenset[str]
    roles: PhraseTable
    person_nouns: frozenset[str]
    singular_nouns: frozenset[str]
    not_people: frozenset[str]
    demonyms: dict[str, str]
    modifiers: dict[str, frozenset[str]]
    places: dict[str, Any]
    locative: frozenset[str]
    attack_nouns: frozenset[str]
    target: frozenset[str]
    place_nouns: PhraseTable
    place_suffixes: frozenset[str]
    regions: PhraseTable
    reporting_verbs: PhraseTable
    source_prefixes: PhraseTable
    refers_back: PhraseTable      # "Об этом сообщил X": an opening that points back, no source
    pronoun_prefixes: PhraseTable  # "по его данным": the source is the one named before
    source_pronouns: frozenset[str]
    source_nouns: frozenset[str]
    source_between: frozenset[str]
    relative_words: frozenset[str]
    origin_words: frozenset[str]
    titles: frozenset[str]
    abbreviations: dict[str, tuple[str, ...]]
    modal: PhraseTable
    negation: frozenset[str]
    denial: PhraseTable
    passing: frozenset[str]
    sports: frozenset[str]
    cumulative: tuple[re.Pattern, ...]
    daily: tuple[re.Pattern, ...]
    cumulative_sources: tuple[str, ...]
    weekdays: dict[str, int]
    months: dict[str, int]
    solar_months: dict[str, int]    # Solar Hijri months ("۱۵ مهر ۱۴۰۳"), dates.yaml ``solar_months``
    relative: PhraseTable
    as_of: PhraseTable
    numeric_dates: bool             # "30-05-2024" read as a day, a month and a year (dates.yaml ``numeric``)
    coordination: PhraseTable
    clause_end: frozenset[str]
    gap: frozenset[str]
    toll_words: frozenset[str]
    subgroup: PhraseTable
    existence: frozenset[str]
    pronouns: frozenset[str]
    adjective_endings: tuple[str, ...]
    respectively: frozenset[str]     # "соответственно": items of a list matched to items of another
    item_marks: frozenset[str]       # "—" before the figure of a list item whose verb is gapped
    count_starts: frozenset[str]     # first stems and words of every count table
    auxiliaries: frozenset[str] = frozenset()   # plain words between an outcome and its subject ("je", "su")
    one_person_nouns: frozenset[str] = frozenset()   # an indefinite singular casualty noun is one person ("قتيل")
    complementizers: frozenset[str] = frozenset()   # "أن": the reported clause opens, the source has ended
    agents: frozenset[str] = frozenset()   # the doer between an active verb and its figure ("قتلت قوات الاحتلال ثلاثة")
    number_joiners: frozenset[str] = frozenset()   # "و" of "بیست و پنج" (25)
    # Verb-final languages (Turkish, Persian, Urdu): negation, modals and denials follow the outcome word
    # ("ہلاک نہیں ہوئے", "öldürülebilir", "کشته شدن ... را تکذیب کرد"), so the vetoes look after it too.
    verb_final: bool = False
    postpositions: frozenset[str] = frozenset()   # locative postpositions: the place is before them ("کوئٹہ میں")
    glued_postpositions: tuple[str, ...] = ()     # ... written onto the word before ("चर्चमध्ये"), folded
    site_name_breaks: tuple[str, ...] = ()        # words that end a site's name words before it ("एका"), folded
    # Suffixes on a number that make it "N of them" ("5'i", "ikisi"): a subgroup of the figure before.
    partitive: frozenset[str] = frozenset()
    number_suffixes: tuple[str, ...] = ()
    not_split: frozenset[str] = frozenset()       # words that end like a suffixed number and are none ("onu": him)
    articles: frozenset[str] = frozenset()        # number words that are also the indefinite article ("bir")
    locative_suffixes: tuple[str, ...] = ()       # a name in the locative ("Mardin'de", "Savur ilçesinde")
    # words that are several words (tollbook.claims.wordparts): glued clitics, duals; empty for most languages
    clitics: tuple[str, ...] = ()
    duals: dict[str, str] = field(default_factory=dict)
    known: frozenset[str] = frozenset()
    loss_words: frozenset[str] = frozenset()    # "потери", "потеряли": whose losses the words beside say
    enemy_words: frozenset[str] = frozenset()   # "противник": the party opposite the one reporting
    # A military bulletin's areas ("в зоне группировки «Север»", "в зоне СВО"): the area noun, the genitives
    # that link it to its name, and the names written in words ("специальной военной операции").
    area_nouns: frozenset[str] = frozenset()
    area_links: frozenset[str] = frozenset()
    area_names: PhraseTable | None = None
    area_plurals: frozenset[str] = frozenset()   # "в зонах «Юг» и «Центр»": an area noun before a list of names
    area_agents: frozenset[str] = frozenset()   # "Действиями группировок «Южной» и «Центр»": the forces credited
    # Caseless scripts (Arabic): prepositions that make a place only before a place kind ("لمبنى", "على قرية"),
    # words after which a place is a landmark near the scene ("قرب", "غرب مدينة غزة"), the definite article
    # that marks a kind's name ("دوار النابلسي"), and the endings of an adjective agreeing with a kind
    # ("قرية مجاورة"), after which a bare word is no name.
    kind_locative: frozenset[str] = frozenset()
    near_words: frozenset[str] = frozenset()
    apposition: frozenset[str] = frozenset()
    age_words: frozenset[str] = frozenset()
    numbers_after_noun: frozenset[str] = frozenset()
    comitative: frozenset[str] = frozenset()
    dual_verbs: frozenset[str] = frozenset()
    since: frozenset[str] = frozenset()   # "منذ": a running total's start date is no date of the claim   # "استشهدا": a verb in the dual says two   # "с": "женщина с тяжёлыми ранениями умерла"
    after_qualifier: dict[str, int] = field(default_factory=dict)   # "более сотни": a unit after a qualifier   # "مدنيين اثنين": a number written after its noun    # "۱۴ ساله" after a noun: an age, no part of a list's joints   # "العاصمة دمشق": a noun before the name it stands for
    definite_prefixes: tuple[str, ...] = ()
    agreement_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def may_hold_claim(self, text: str) -> bool:
        """Step 0: does the sentence hold an outcome stem or zero word at all? Folded as the vocabulary
        is: Serbian Cyrillic read as Latin, Arabic without its vowel marks."""
        return self.quick_test.search(self.stem.fold(text)) is not None

    def stems(self, text: str) -> tuple[str, ...]:
        return tuple(self.stem(t.low) for t in tokenize(text))


def is_free_order(rules: LanguageRules) -> bool:
    """The language asks for this reader in its grammar.yaml (``word_order: free``)."""
    return "grammar" in rules.files and (rules.get("grammar") or {}).get("word_order") == "free"


@cache
def lexicon(rules: LanguageRules) -> Lexicon:
    grammar = rules.get("grammar")
    stem = stemmer_for(grammar)
    outcomes, numbers, qualifiers = rules.get("outcomes"), rules.get("numbers"), rules.get("qualifiers")
    victims, places, attribution = rules.get("victims"), rules.get("places"), rules.get("attribution")
    vetoes, scope, dates = rules.get("vetoes"), rules.get("scope"), rules.get("dates")
    table = _Tables(stem)
    triggers = table.phrases(_trigger_entries(outcomes, table), stemmed=True)
    return Lexicon(
        language=rules.language, stem=stem, grammar=grammar,
        quick_test=_quick_test(triggers, numbers, grammar, stem),
        triggers=triggers,
        singular_forms=_plain(outcomes.get("singular"), stem),
        needs_person_object=table.words(outcomes.get("needs_person_object")),
        cancels=table.phrases(outcomes.get("cancels") or []),
        units={stem.fold(k): float(v) for k, v in numbers["units"].items()},
        scales={stem.fold(k): int(v) for k, v in numbers["scales"].items()},
        number_phrases=table.plain_phrases(numbers.get("phrases") or {}),
        approx_phrases=table.plain_phrases(numbers.get("approx_phrases") or {}),
        single=_plain(numbers["single"], stem),
        vague=table.phrases(numbers["vague"]), unknown=table.phrases(numbers["unknown"]),
        zero=table.phrases(numbers["zero"]), zero_outcomes=table.phrases(numbers.get("zero_outcomes") or {}),
        not_count_before=table.words(numbers.get("not_count_before")),
        not_count_after=table.words(numbers.get("not_count_after")),
        qualifiers=table.phrases({p: kind for kind in KINDS for p in qualifiers[kind]}),
        qualifiers_after=table.phrases({p: kind for kind in KINDS for p in (qualifiers.get("after") or {}).get(kind)
                                        or ()}),
        range_start=table.words(qualifiers["range_start"]), range_join=table.words(qualifiers["range_join"]),
        more_words=table.words(qualifiers["more_words"]), rise_words=table.words(qualifiers.get("rise_words")),
        roles=table.phrases({n: role for role in ROLES for n in victims[role]}),
        person_nouns=frozenset(s for role in ROLES for n in victims[role] for s in table.stems_of(n)),
        singular_nouns=_with_case_endings(_plain(victims.get("singular"), stem), grammar, stem),
        not_people=table.words(victims["not_people"]),
        demonyms={table.word(k): v for k, v in {**victims["demonyms"], **(victims.get("parties") or {})}.items()},
        loss_words=table.words(victims.get("loss_words")), enemy_words=table.words(victims.get("enemy_words")),
        modifiers={role: table.words(victims.get(f"{role}_modifiers")) for role in ROLES[:3]},
        places=places,
        locative=table.words(places["locative"]), attack_nouns=table.words(places["attack_nouns"]),
        target=table.words(places.get("target")), place_nouns=table.phrases(places.get("place_nouns") or []),
        place_suffixes=table.words(places["suffixes"]), regions=table.phrases(_region_entries(places["regions"])),
        reporting_verbs=table.phrases(attribution["verbs"]), source_prefixes=table.phrases(attribution["prefixes"]),
        refers_back=table.phrases(attribution.get("refers_back") or []),
        pronoun_prefixes=table.phrases(attribution.get("pronoun_prefixes") or []),
        source_pronouns=table.words(attribution["pronouns"]), source_nouns=table.words(attribution["source_nouns"]),
        source_between=table.words(attribution.get("between")), relative_words=table.words(attribution.get("relative")),
        titles=table.words(attribution["titles"]),
        abbreviations={table.word(k): tuple(v if isinstance(v, list) else [v])
                       for k, v in (attribution.get("abbreviations") or {}).items()},
        modal=table.phrases(vetoes["modal"]), negation=table.words(vetoes["negation"]),
        denial=table.phrases(vetoes["denial"]), passing=table.words(vetoes["passing"]),
        sports=table.words(vetoes.get("sports") if vetoes.get("sports_veto") else ()),
        cumulative=_patterns(scope["cumulative"]), daily=_patterns(scope.get("incident") or []),
        cumulative_sources=tuple(" ".join(table.stems_of(s)) for s in scope.get("cumulative_sources") or []),
        weekdays={table.word(w): n for n, forms in enumerate(dates["weekdays"]) for w in forms},
        months={table.word(k): v for k, v in dates["months"].items()},
        solar_months={table.word(k): v for k, v in (dates.get("solar_months") or {}).items()},
        relative=table.phrases(dates["relative"]), as_of=table.phrases(dates.get("as_of") or []),
        numeric_dates=dates.get("numeric") == "day_month_year",
        coordination=table.phrases(grammar["coordination"]), clause_end=table.words(grammar["clause_end"]),
        gap=table.words(grammar["gap"]), toll_words=table.words(grammar["toll_words"]),
        subgroup=table.phrases(grammar["subgroup"]), existence=table.words(grammar["existence"]),
        pronouns=table.words(grammar["pronouns"]), origin_words=table.words(grammar.get("origin_words")),
        adjective_endings=tuple(grammar.get("adjective_endings") or ()),
        respectively=table.words(grammar.get("respectively")), item_marks=table.words(grammar.get("item_marks")),
        count_starts=_count_starts(numbers, qualifiers, table),
        auxiliaries=_plain(grammar.get("auxiliaries"), stem),
        one_person_nouns=_plain(outcomes.get("one_person_nouns"), stem),
        agents=table.words(grammar.get("agents")), complementizers=table.words(grammar.get("complementizers")),
        number_joiners=_plain(numbers.get("joiners"), stem),
        verb_final=bool(grammar.get("verb_final")),
        postpositions=table.words(places.get("postpositions")),
        glued_postpositions=tuple(stem.fold(str(x)) for x in places.get("glued_postpositions") or ()),
        site_name_breaks=tuple(stem.fold(str(x)) for x in places.get("site_name_breaks") or ()),
        partitive=_plain(grammar.get("partitive"), stem),
        number_suffixes=tuple(sorted((stem.fold(str(x)) for x in grammar.get("number_suffixes") or ()),
                                     key=len, reverse=True)),
        not_split=_plain(grammar.get("not_split"), stem),
        articles=_plain(numbers.get("articles"), stem),
        locative_suffixes=tuple(stem.fold(str(x)) for x in places.get("locative_suffixes") or ()),
        area_nouns=table.words(places.get("area_nouns")), area_links=table.words(places.get("area_links")),
        area_agents=table.words(places.get("area_agents")),
        area_plurals=frozenset(lex_word for lex_word in (stem.fold(str(w)) for w in places.get("area_plurals") or ())),
        area_names=table.phrases(places.get("area_names") or []),
        kind_locative=table.words(places.get("kind_locative")), near_words=table.words(places.get("near")),
        apposition=table.words(places.get("apposition")), age_words=table.words(grammar.get("age_words")),
        numbers_after_noun=_plain(grammar.get("numbers_after_noun"), stem),
        comitative=_plain(grammar.get("comitative"), stem),
        dual_verbs=_plain(grammar.get("dual_verbs"), stem),
        since=_plain(dates.get("since"), stem),
        after_qualifier={stem.fold(str(k)): int(v) for k, v in (numbers.get("after_qualifier") or {}).items()},
        definite_prefixes=tuple(stem.fold(str(x)) for x in places.get("definite_prefixes") or ()),
        agreement_endings={table.word(k): tuple(stem.fold(str(e)) for e in v)
                           for k, v in (places.get("agreement_endings") or {}).items()},
        **_word_parts(rules, grammar, stem),
    )


def _word_parts(rules: LanguageRules, grammar: dict[str, Any], stem: Stemmer) -> dict[str, Any]:
    """Clitics and duals of grammar.yaml, and the vocabulary's words a split-off rest must be one of."""
    clitics = tuple(sorted((str(c) for c in grammar.get("clitics") or ()), key=len, reverse=True))
    if not clitics and not grammar.get("duals"):
        return {}
    strings = [s for data in rules.files.values() for s in vocabulary_strings(data)]
    return {"clitics": clitics, "duals": {stem.fold(str(k)): stem.fold(str(v)) for k, v in grammar["duals"].items()},
            "known": known_words(strings, stem)}


def _count_starts(numbers: dict[str, Any], qualifiers: dict[str, Any], table: _Tables) -> frozenset[str]:
    stemmed = [p for key in ("vague", "unknown", "zero") for p in numbers[key]]
    stemmed += [p for kind in KINDS for p in qualifiers[kind]] + list(qualifiers["range_start"])
    plain = [p for key in ("units", "phrases", "approx_phrases") for p in numbers.get(key) or ()] + numbers["single"]
    return frozenset([table.stems_of(p)[0] for p in stemmed if table.stems_of(p)]
                     + [table.stem.fold(t.low) for p in plain for t in tokenize(str(p))[:1]])


class _Tables:
    """Stemmed sets and phrase tables of one language."""

    def __init__(self, stem: Stemmer):
        self.stem = stem

    def stems_of(self, text: str) -> tuple[str, ...]:
        return tuple(self.stem(t.low) for t in tokenize(str(text)))

    def word(self, text: str) -> str:
        return " ".join(self.stems_of(text))

    def words(self, items) -> frozenset[str]:
        return frozenset(self.word(item) for item in items or ())

    def plain_phrases(self, items: dict[str, Any]) -> PhraseTable:
        """Phrase table keyed by folded words, not stems (number words)."""
        return self.phrases({" ".join(self.stem.fold(t.low) for t in tokenize(str(k))): v for k, v in items.items()},
                            stemmed=True)

    def phrases(self, items: dict[str, Any] | list[str], stemmed: bool = False) -> PhraseTable:
        """Phrase table keyed by stems; with ``stemmed`` the keys are stems already (space-separated)."""
        pairs = items.items() if isinstance(items, dict) else ((item, item) for item in items)
        grouped: dict[str, dict[tuple[str, ...], Any]] = {}
        for text, value in pairs:
            phrase = tuple(text.split()) if stemmed else self.stems_of(text)
            if phrase:
                grouped.setdefault(phrase[0], {}).setdefault(phrase, value)
        return PhraseTable({first: tuple(sorted(by_phrase.items(), key=lambda p: -len(p[0])))
                            for first, by_phrase in grouped.items()})


def _plain(items, stem: Stemmer) -> frozenset[str]:
    return frozenset(stem.fold(str(item)) for item in items or ())


def _with_case_endings(nouns: frozenset[str], grammar: dict[str, Any], stem: Stemmer) -> frozenset[str]:
    """Singular nouns also as the case endings of grammar.yaml ``singular_case_endings`` write them (the
    Arabic accusative "شخصا" of "إن شخصا قتل"): the same one person, where a stem would also fold plurals."""
    endings = [stem.fold(str(e)) for e in grammar.get("singular_case_endings") or ()]
    return nouns | {noun + ending for noun in nouns for ending in endings} if endings else nouns


def _trigger_entries(outcomes: dict[str, Any], table: _Tables) -> dict[str, tuple]:
    """stemmed phrase -> ((outcome, forms), ...): "погибли" (verb) and "погибших" (noun) share a stem,
    so their forms are merged."""
    entries: dict[str, dict[str, set[str]]] = {}
    for outcome in OUTCOMES:
        for form in ("verb", "active", "predicate", "noun"):
            for phrase in outcomes[outcome].get(form) or ():
                entries.setdefault(table.word(str(phrase)), {}).setdefault(outcome, set()).add(form)
    return {p: tuple((o, frozenset(f)) for o, f in by_outcome.items()) for p, by_outcome in entries.items()}


def _region_entries(regions: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    table = {}
    for name, info in regions.items():
        for word in list(info.get("names") or []) + list(info.get("adjectives") or []):
            table[word] = (name, info.get("country"))
    return table


def _patterns(patterns: list[str]) -> tuple[re.Pattern, ...]:
    try:
        return tuple(re.compile(p, re.I) for p in patterns)
    except re.error as e:
        raise RuleError(f"scope.yaml: pattern does not compile: {e}") from e


def _quick_test(triggers: PhraseTable, numbers: dict[str, Any], grammar: dict[str, Any], stem: Stemmer) -> re.Pattern:
    """A stem is a prefix of the words it stands for, so a prefix search finds every candidate sentence;
    each phrase is looked for by its longest stem ("полон" for "у полоні", not "у")."""
    starts = {max(phrase, key=len) for entries in triggers.by_first.values() for phrase, _ in entries}
    for item in list(numbers["zero"]) + list(numbers.get("zero_outcomes") or {}):
        starts.update(stem(t.low) for t in tokenize(str(item))[:1])
    glued = "".join(f"(?:{re.escape(str(c))})?" for c in grammar.get("clitics") or ())  # "لشهيدين"
    words = "|".join(re.escape(s) for s in sorted(starts, key=len, reverse=True))
    return re.compile(r"(?<!\w)%s(?:%s)" % (glued, words), re.I)
