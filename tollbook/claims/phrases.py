"""Noun phrases after a count: who the figure is about ("soldiers" in "two soldiers from Chechnya")."""
from __future__ import annotations

from dataclasses import dataclass

from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

# Words that end a noun phrase: prepositions, conjunctions, auxiliaries, common verbs.
STOP_WORDS = frozenset("""
of in at on from with by for to and or nor who whom whose that which was were is are has have had been be being
will would could may might can did do does not near outside inside during after before when while as across into
onto under over between among including like than but so because if amid despite following without within against
toward towards through per via aboard about since until remain remains remained went came said says told say
reportedly also all both each still later then now there here this these those it they he she we you i
himself herself themselves itself respectively
""".split())
_DETERMINERS = frozenset("the his her its their our my your these those whose this that a an".split())
_PRONOUNS = frozenset("them these those us whom which you".split())


@dataclass(frozen=True)
class Phrase:
    first: int                 # token range of the head phrase; first == last when there is none
    last: int
    end: int                   # where reading stopped (the search for an outcome goes on from here)
    pronoun: bool = False      # "four of them": the victims are named elsewhere, text stays null
    not_people: bool = False   # "three ships": the figure is no claim

    @property
    def empty(self) -> bool:
        return self.first == self.last


def head_phrase(tokens: list[Token], lows: list[str], i: int, vocab: Vocabulary) -> Phrase:
    """The head noun phrase starting at token i: modifiers and nouns as written, no determiners."""
    j = i
    if j < len(lows) and lows[j] == "others":
        return Phrase(j, j + 1, j + 1)
    while j < len(lows) and lows[j] in vocab.more_words and lows[j] != "other":
        j += 1
    partitive = vocab.words("partitive", {"of"})   # "two of them", "deux d'entre elles", "nueve de ellas"
    if j < len(lows) and lows[j] in vocab.words("partitive_pronouns", frozenset()):
        return Phrase(j, j, j + 1, pronoun=True)    # "quatro delas": a preposition and a pronoun in one word
    if j < len(lows) and lows[j] in partitive:
        determiners = vocab.words("determiners", _DETERMINERS)
        while j < len(lows) and (lows[j] in partitive or lows[j] in determiners):
            j += 1
        if j < len(lows) and lows[j] in vocab.words("pronouns", _PRONOUNS):
            return Phrase(j, j, j + 1, pronoun=True)
    if j + 1 < len(lows) and lows[j] in vocab.case_nouns and lows[j + 1] in partitive:
        return Phrase(j, j, j + 1)   # "32 cases of enforced disappearance": the outcome noun follows
    first, j = _read_words(tokens, lows, j, vocab)
    if j > first and lows[j - 1] in vocab.not_people:
        return Phrase(first, j, j, not_people=True)
    return Phrase(first, j, j)


def noun_words(tokens: list[Token], lows: list[str], j: int, vocab: Vocabulary) -> tuple[int, int]:
    """Token range of the modifiers and nouns from token j ('Alabama police officer', 'gun-wielding suspect'):
    the head noun is the last of them."""
    return _read_words(tokens, lows, j, vocab)


def age_length(lows: list[str], j: int, vocab: Vocabulary) -> int:
    """Tokens from j, right after a figure, that make the figure an age ('-year-old', '-jähriger', 'Jahre alte';
    grammar.yaml ``age_phrases``), else 0."""
    if j >= len(lows):
        return 0
    hit = vocab.phrases("age_phrases").match(lows, j) if "age_phrases" in vocab.grammar else \
        (2,) if lows[j:j + 2] == ["-", "year-old"] else None
    return hit[0] if hit else 0


def skip_aside(tokens: list[Token], lows: list[str], j: int, vocab: Vocabulary, limit: int = 16) -> int:
    """Token index after an aside that opens at j, else j: '—mostly tourists—', '(34)', ', 52,',
    ', who joined the army in 2010,', ', a teacher from Kollam,'. An aside holds no clause end, and its
    opening word (grammar.yaml ``aside_openers``) says it describes the phrase before it."""
    if j >= len(lows):
        return j
    marks, closers = vocab.words("aside_marks", frozenset()), vocab.words("aside_closers", frozenset())
    if lows[j] in marks:
        bracket = lows[j] == "("
        end = j + 1
        while not bracket and end < len(lows) and lows[end] in marks and lows[end] != "(":
            end += 1   # "––": a dash written as two
        for k in range(end, min(end + limit + 8, len(lows))):
            if lows[k] in closers and (lows[k] == ")") == bracket:
                while k + 1 < len(lows) and lows[k + 1] == lows[k] and not bracket:
                    k += 1
                return k + 1
            if lows[k] in {";", ".", "!", "?"}:
                return j
        return j
    if lows[j] != "," or j + 1 >= len(lows):
        return j
    opener = lows[j + 1]
    if not (opener in vocab.words("aside_openers", frozenset()) or tokens[j + 1].is_digit):
        return j
    for k in range(j + 2, min(j + 2 + limit, len(lows))):
        if lows[k] == ",":
            return k + 1
        if lows[k] in {";", ".", "!", "?"} or lows[k] in marks:
            return j
    return j


def _read_words(tokens, lows, j, vocab) -> tuple[int, int]:
    start = j
    stop_words = vocab.words("stop_words", STOP_WORDS)
    while j < len(lows) and j - start < 6:
        low = lows[j]
        if tokens[j].is_digit and (age := age_length(lows, j + 1, vocab)):
            j += 1 + age   # "her 3-year-old daughter", "ein 35 Jahre alter Mann": an age is a modifier
            continue
        if not tokens[j].is_word or low in stop_words or (low in vocab.more_words and low not in {"other", "others"}):
            break
        if j > start and "capitalised_nouns" in vocab.flags and tokens[j - 1].is_capitalised \
                and not tokens[j].is_capitalised:
            break   # German: 'der Täter zuvor seinen Vater': after a noun a lowercase word is no more of its phrase
        if j > start and tokens[j].is_capitalised and not tokens[j - 1].is_capitalised \
                and lows[j - 1] in vocab.person_nouns and not vocab.flags & {"noun_before_adjective", "capitalised_nouns"}:
            break   # "Navy officer Lt. Vinay Narwal": the name after the head is an apposition
        if (hit := vocab.triggers.match(lows, j)):
            if j == start and j + hit[0] < len(lows) and lows[j + hit[0]] in vocab.person_nouns:
                j += hit[0]  # "eight injured people", "two critically injured individuals": the outcome first
                start = j
                continue
            break
        if vocab.reporting_verbs.match(lows, j) and j > start:
            break
        if low in vocab.not_people and not (j + 1 < len(lows) and (lows[j + 1] in vocab.person_nouns
                                                                   or f"{low} {lows[j + 1]}" in vocab.person_nouns)):
            return start, j + 1  # "50 nautical miles", "three ships": the head is not people
        if not tokens[j].is_capitalised and low not in vocab.person_nouns and _looks_like_verb(low, vocab):
            if not _modifier_follows(tokens, lows, j + 1, vocab) or not _may_modify(lows, start, j, vocab):
                break
        j += 1
    return start, j


def _may_modify(lows, start, j, vocab) -> bool:
    """'two armed men', 'heavily armed men', 'unidentified armed men': an -ed/-ing word modifies a noun at the
    start of its phrase or after another modifier of its kind; after a noun it is the verb ('media suggested')."""
    if j == start:
        return True
    before = lows[j - 1]
    return before.endswith("ly") or _looks_like_verb(before, vocab)


def _looks_like_verb(low: str, vocab: Vocabulary) -> bool:
    return low.endswith(tuple(vocab.words("verb_endings", {"ed", "ing"}))) and len(low) > 4


def _modifier_follows(tokens, lows, j, vocab) -> bool:
    """'armed men': an -ed/-ing word is a modifier when a noun follows it."""
    return j < len(lows) and tokens[j].is_word and lows[j] not in vocab.words("stop_words", STOP_WORDS) \
        and lows[j] not in vocab.words("determiners", _DETERMINERS) and not vocab.triggers.match(lows, j)
