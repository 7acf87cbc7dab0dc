"""Step 1: outcome triggers in a sentence ("killed", "were wounded", "death toll", "missing").

Also applies the vetoes that belong to the trigger itself: hypotheticals and threats
("could kill"), negations ("were not hurt"), idioms ("killed the bill") and
cancelling phrases ("presumed dead").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from tollbook.claims.tokens import CLOSING_QUOTES, Token
from tollbook.claims.vocab import Vocabulary

_PASSIVE_AUX = {"was", "were", "been", "be", "being", "is", "are", "got", "get", "gets"}
_OBJECT_WORDS = {"him", "her", "them", "us", "me", "his", "their", "its", "our", "a", "an", "the", "another",
                 "several", "dozens", "hundreds", "thousands", "scores", "many", "some", "all", "both"}
_BASE_FORMS = {"kill", "injure", "wound", "hurt", "capture", "kidnap", "abduct", "die"}


@dataclass(frozen=True)
class Trigger:
    first: int
    last: int                       # token index after the trigger
    outcomes: tuple[str, ...]       # one outcome, or two for "killed or taken prisoner"
    forms: frozenset[str]
    active: bool = False            # used as an active verb with an object after it
    passive: bool = False           # after was/were/been
    vetoed: bool = False
    pair: tuple[str, ...] = ()      # "dead and injured" read as casualties: the two outcomes it joins


def find_triggers(tokens: list[Token], vocab: Vocabulary) -> list[Trigger]:
    """Triggers in text order, with combined pairs merged and vetoes applied."""
    lows = [t.low for t in tokens]
    cancels, triggers = vocab.cancels, vocab.triggers
    cancel_starts, trigger_starts = cancels.by_first, triggers.by_first   # most tokens start neither
    found, i = [], 0
    for k in [k for k, low in enumerate(lows) if low in trigger_starts or low in cancel_starts]:
        if k < i:
            continue   # inside a phrase read already
        i = k
        cancelled = cancels.match(lows, i) if lows[i] in cancel_starts else None
        if cancelled:
            i += cancelled[0]
            continue
        hit = triggers.match(lows, i) if lows[i] in trigger_starts else None
        if hit is None:
            continue
        length, entries = hit
        outcomes = tuple(o for o, _ in entries)
        forms = frozenset().union(*(f for _, f in entries))
        trigger = _classify(Trigger(i, i + length, outcomes[:1], forms), lows, vocab)
        if forms == {"active"} and length > 1 and not trigger.active:
            continue   # "2 suspects in San Bernardino shooting dead": no object, so "dead" is read on its own
        if _killed_by_completion(trigger, lows, vocab):
            trigger = replace(trigger, outcomes=("killed",))
        found.append(trigger)
        i += length
    denial = vocab.denial
    denied_from = next((k for k in range(len(lows)) if lows[k] in denial.by_first and denial.match(lows, k)),
                       len(lows))
    found = [replace(t, vetoed=True) if t.first > denied_from else t for t in found]
    return _merge_pairs(found, lows, vocab.words("pair_words", {"or", "and", "and/or"}))


def _classify(trigger: Trigger, lows: list[str], vocab: Vocabulary) -> Trigger:
    before = lows[trigger.first - 1] if trigger.first else ""
    next_word = trigger.last
    while next_word < len(lows) and lows[next_word] in CLOSING_QUOTES:
        next_word += 1   # 'said it had "neutralised" 146 militants': the verb in quotation marks
    after = lows[next_word] if next_word < len(lows) else ""
    passive_aux = vocab.words("passive_aux", _PASSIVE_AUX)
    passive = before in passive_aux or (trigger.first > 1 and lows[trigger.first - 2] in passive_aux
                                        and before.endswith("ly"))
    # "241 mortos a bordo": a figure right before makes the word a noun, and what follows it no object
    counted = "noun" in trigger.forms and (before[:1].isdigit() or before in vocab.numbers["units"]
                                           or before in vocab.numbers["tens"])
    active = not passive and not counted and bool({"verb", "active", "care"} & trigger.forms) and (
        after in vocab.words("object_words", _OBJECT_WORDS) or after[:1].isdigit() or after in vocab.person_nouns
        or after in vocab.numbers["units"] or after in vocab.numbers["tens"]
        or (trigger.last < len(lows) and vocab.qualifiers.match(lows, trigger.last) is not None))
    vetoed = _is_vetoed(trigger, lows, vocab) or (active and after in vocab.idiom_objects)
    return Trigger(trigger.first, trigger.last, trigger.outcomes, trigger.forms, active, passive, vetoed)


def _killed_by_completion(trigger: Trigger, lows: list[str], vocab: Vocabulary) -> bool:
    """'gunmen shot 15 of the villagers to death': an injury verb whose object is followed, in the same
    clause, by a phrase of grammar.yaml ``death_completions`` ("to death") killed them."""
    if trigger.outcomes != ("injured",) or not trigger.active:
        return False
    completions = vocab.phrases("death_completions")
    for k in range(trigger.last, min(len(lows), trigger.last + 8)):
        if not lows[k][:1].isalnum():
            return False   # punctuation: another clause
        if lows[k] in completions.by_first and completions.match(lows, k):
            return True
    return False


def _is_vetoed(trigger: Trigger, lows: list[str], vocab: Vocabulary) -> bool:
    """A modal, threat, plan or negation up to three tokens before the trigger (same clause)."""
    if lows[trigger.first] in _BASE_FORMS and trigger.first and lows[trigger.first - 1] == "to":
        return True  # "to kill": an aim or a capability, not an outcome
    for j in range(max(0, trigger.first - 4), trigger.first):
        if any(not lows[k][0].isalnum() for k in range(j, trigger.first)):
            continue  # punctuation between: another clause
        if (vocab.modal.match(lows, j) and not _is_month_day(lows, j, vocab) and not _loose_purpose(lows, j, trigger, vocab)) \
                or (vocab.negation.match(lows, j) and not _zero_before(lows, j, trigger, vocab)):
            return True
    return _modal_after_noun(trigger, lows, vocab)


def _zero_before(lows: list[str], j: int, trigger: Trigger, vocab: Vocabulary) -> bool:
    """'No hubo heridos', 'Il n'y a pas eu de blessés': the negation opens a zero count (numbers.yaml ``zero``)
    right before the outcome word, which states no one was hurt (GUIDELINE convention 2), not a denial."""
    for k in range(max(0, j - 2), j + 1):
        hit = vocab.zero.match(lows, k)
        if hit and k + hit[0] == trigger.first and k <= j < k + hit[0]:
            return True
    return False


def _loose_purpose(lows: list[str], j: int, trigger: Trigger, vocab: Vocabulary) -> bool:
    """A preposition of purpose (vetoes.yaml ``purpose_words``: "para matar", "pour tuer") vetoes only the verb
    right after it; 'o balanço aponta para 8 mortos' counts the dead."""
    purpose = vocab.derived("purpose_words", lambda v: frozenset(v.vetoes.get("purpose_words", ())))
    return lows[j] in purpose and j != trigger.first - 1


def _is_month_day(lows: list[str], j: int, vocab: Vocabulary) -> bool:
    """'A bomb on May 2 killed 40', 'on 2 May killed': the month beside its day, not the modal 'may'."""
    if lows[j] not in vocab.dates["months"]:
        return False
    return (j + 1 < len(lows) and lows[j + 1][:1].isdigit()) or (j > 0 and lows[j - 1][:1].isdigit())


def _modal_after_noun(trigger: Trigger, lows: list[str], vocab: Vocabulary) -> bool:
    """'3,500 additional deaths could occur': a casualty noun that is the subject of a modal."""
    if "noun" not in trigger.forms or trigger.last >= len(lows):
        return False
    return vocab.modal.match(lows, trigger.last) is not None and lows[trigger.last] not in {"if", "unless"}


def _hurt_then_died(first: Trigger, second: Trigger) -> bool:
    """'four suspects were shot and died', 'foram baleados e morreram': one group hurt, then dead: killed, not
    a figure of dead and wounded together. The second word is a death verb that needs its subject ("died"),
    no noun; the first an injury participle or predicate ("ficou ferido e morreu")."""
    return first.outcomes == ("injured",) and second.outcomes == ("killed",) and bool(first.forms & {"verb", "predicate"}) \
        and "predicate" in second.forms and "noun" not in second.forms and "noun" not in first.forms


def _merge_pairs(triggers: list[Trigger], lows: list[str], pair_words) -> list[Trigger]:
    """'killed or injured' -> casualties; 'killed or taken prisoner' -> two outcomes, one trigger."""
    merged: list[Trigger] = []
    for trigger in triggers:
        previous = merged[-1] if merged else None
        if previous and previous.last + 1 == trigger.first and lows[previous.last] in pair_words \
                and previous.outcomes != trigger.outcomes:
            merged[-1] = _combine(previous, trigger)
        else:
            merged.append(trigger)
    return merged


def _combine(first: Trigger, second: Trigger) -> Trigger:
    outcomes, pair = tuple(dict.fromkeys(first.outcomes + second.outcomes)), ()
    if _hurt_then_died(first, second):
        outcomes = ("killed",)   # "shot and died": the group's last outcome
    elif set(outcomes) == {"killed", "injured"}:
        outcomes, pair = ("casualties",), outcomes   # one figure for both: GUIDELINE convention 5
    return Trigger(first.first, second.last, outcomes, first.forms | second.forms,
                   first.active or second.active, first.passive, first.vetoed or second.vetoed, pair)
