"""Step 3: link each count to the outcome it is the figure of, within its clause.

The forms, tried in this order for every count:
  a. active:      an outcome verb right before the count   "shelling killed five civilians", and an
                  intransitive verb before its subject (form `inverted`: "murieron 22 personas")
     attributive: an outcome word between count and noun   "the two dead soldiers"
  b. forward:     the outcome after the count's noun phrase "five civilians were killed", "23 dead";
                  a count joined by "and"/"," to a later one shares that one's outcome
                  ("19 children and two teachers killed")
  c. coordinated: a count joined to an earlier linked one   "killing a woman and injuring a man and a boy"
  d. nominal:     a casualty noun before "of"/"at"/"to" + count "the deaths of one soldier", "toll rose to 12"
  e. subgroup:    "including five children" takes the outcome of the figure before it
"""
from __future__ import annotations

from dataclasses import dataclass

from tollbook.claims.counts import Count
from tollbook.claims.phrases import Phrase, head_phrase
from tollbook.claims.tokens import Token
from tollbook.claims.triggers import Trigger
from tollbook.claims.vocab import Vocabulary

_CLAUSE_END = frozenset({";", ".", "!", "?", "but", "while", "when", "after", "before", "because", "although",
                         "though", "whereas", "until", "—"})
_COORDINATION = frozenset({"and", "or", ",", "including", "as", "well", "plus", "along", "with"})
_SUBGROUP = frozenset({"including", "among", "of"})
_NOMINAL_GAP = frozenset({"of", "at", "to", "rose", "risen", "reached", "climbed", "stood", "stands", "stand",
                          "rises", "climbs", "reaches", "jumps", "hits", "now",  # headlines: "Death toll rises to 63"
                          "is", "was", "has", "had", "now", "increased", "jumped", "hit", "the", "in", "put",
                          "number", "seriously", "critically", "as", "toll", "total", "officially", "be",
                          "been", "reportedly"})
_ZERO_BLOCK = frozenset({"immediate", "word", "information", "news", "details", "report", "reports", "indication",
                         "sign", "evidence", "official", "further", "confirmation", "longer", "more", "other"})
_FORWARD_WINDOW = 16
_COUNT_OPENERS = frozenset({"another", "a", "further", "an", "additional", "some"})  # "killed another 12"


@dataclass(frozen=True)
class Mention:
    """A count linked to its outcome: the core of one claim, before its fields are read."""
    count: Count
    outcome: str
    trigger: tuple[int, int]      # token range of the outcome words
    phrase: Phrase                # the victims' head phrase (may be empty)


class _Linker:
    def __init__(self, tokens: list[Token], counts: list[Count], triggers: list[Trigger], vocab: Vocabulary):
        self.tokens, self.lows, self.counts, self.vocab = tokens, [t.low for t in tokens], counts, vocab
        self.trigger_at = {t.first: t for t in triggers}
        self.trigger_end = {t.last: t for t in triggers}
        self.count_at = {c.first: n for n, c in enumerate(counts)}
        self.phrases = [self._phrase(c) for c in counts]
        self.links: dict[int, Trigger | None] = {}
        self.busy: set[int] = set()
        # the language's function words (grammar.yaml), English by default
        self.clause_end = vocab.words("clause_end", _CLAUSE_END)
        self.coordination = vocab.words("coordination", _COORDINATION)
        self.subgroup = vocab.words("subgroup", _SUBGROUP)
        self.nominal_gap = vocab.words("nominal_gap", _NOMINAL_GAP)
        self.relatives = vocab.words("relatives", {"who", "that", "which"})

    def _phrase(self, count: Count) -> Phrase:
        if count.single and not self.lows[count.first].isalpha():
            return Phrase(count.first, count.first, count.last)
        if count.single and count.first + 1 == count.last and self.lows[count.first] in self.vocab.person_nouns:
            return Phrase(count.first, count.last, count.last)  # a bare noun is its own phrase
        return head_phrase(self.tokens, self.lows, count.last, self.vocab)

    def link(self, n: int) -> Trigger | None:
        if n in self.links:
            return self.links[n]
        if n in self.busy:
            return None
        self.busy.add(n)
        count, phrase = self.counts[n], self.phrases[n]
        trigger = None
        if not phrase.not_people and not (count.kind == "vague" and not self._names_people(phrase)
                                           and not phrase.empty) and not self._vague_part_of_casualties(count):
            trigger = (self._active_before(count, phrase) or self._attributive(count, phrase)
                       or self._forward(n) or self._coordinated_before(n)
                       or self._nominal_before(count) or self._subgroup(n))
        if trigger is not None and trigger.vetoed:
            trigger = None
        self.links[n] = trigger
        self.busy.discard(n)
        return trigger

    def _active_before(self, count: Count, phrase: Phrase) -> Trigger | None:
        if count.zero:
            return None
        k = count.first
        openers = self.vocab.words("count_openers", _COUNT_OPENERS)
        while k > 0 and self.lows[k - 1] in openers - {self.lows[count.first]}:
            k -= 1
        trigger = self.trigger_end.get(k)
        if trigger is None or trigger.passive or not ({"verb", "active", "inverted"} & trigger.forms):
            return None
        if self.lows[trigger.first] in self.vocab.needs_person_object:
            if not self._names_people(phrase) or self._outcome_right_after(phrase):
                return None  # "lost 85 servicemen killed and wounded": the words after say what was lost
        return trigger

    def _vague_part_of_casualties(self, count: Count) -> bool:
        """'several of the injured were treated for burns': a vague part of a toll told elsewhere is
        no figure of its own (GUIDELINE convention 6); 'ten of the injured' is."""
        if count.kind != "vague" or self.lows[count.last:count.last + 2] != ["of", "the"]:
            return False
        hit = self.trigger_at.get(count.last + 2)
        return hit is not None and "noun" in hit.forms

    def apposition(self, n: int) -> bool:
        """'The shooter, a 27-year-old local man, was killed': the second 'a' names the same person.
        In a list ('a soldier, a woman, a child and two men') another count follows the closing comma."""
        count = self.counts[n]
        if n == 0 or not count.single or count.first == 0 or self.lows[count.first - 1] != ",":
            return False
        previous = self.counts[n - 1]
        if not previous.single or self.phrases[n - 1].end != count.first - 1:
            return False
        closing = next((k for k in range(count.last, min(count.last + 8, len(self.lows)))
                        if self.lows[k] in self.clause_end | {","}), None)
        if closing is None or self.lows[closing] != "," or closing + 1 >= len(self.lows):
            return False
        return closing + 1 not in self.count_at and self.lows[closing + 1] not in self.coordination

    def _outcome_right_after(self, phrase: Phrase) -> bool:
        trigger = self.trigger_at.get(phrase.end)
        return trigger is not None and bool(trigger.forms & {"verb", "predicate"})

    def _attributive(self, count: Count, phrase: Phrase) -> Trigger | None:
        """'the two dead soldiers', 'eight injured people' (a figure; one person needs a predicate)."""
        if count.single or phrase.first <= count.last:
            return None
        return self.trigger_at.get(phrase.first - 1)

    def _names_people(self, phrase: Phrase) -> bool:
        return any(self.lows[k] in self.vocab.person_nouns for k in range(phrase.first, phrase.last))

    def _forward(self, n: int) -> Trigger | None:
        count, phrase = self.counts[n], self.phrases[n]
        start = max(phrase.end, count.last)
        limit = start + (3 if self.lows[count.first] == "no" else _FORWARD_WINDOW)
        for k in range(start, min(limit, len(self.lows))):
            low = self.lows[k]
            if k in self.trigger_at:
                trigger = self.trigger_at[k]
                if trigger.active:
                    return None  # the count is the subject of an active verb: "two gunmen killed ..."
                if trigger.forms & {"verb", "predicate"} or ("noun" in trigger.forms and
                                                            (k - start <= 3 or self._after_with(k))):
                    return trigger  # a casualty noun far from the count belongs to another phrase
                return None
            if k in self.count_at and k > start - 1:
                between = {w for w, t in zip(self.lows[start:k], self.tokens[start:k]) if not t.is_capitalised}
                return self.link(self.count_at[k]) if between <= self.coordination else None
            if low in self.clause_end or (count.single and low in self.relatives):
                return None
            if count.zero and (low in _ZERO_BLOCK or low in {"on", "about", "of"}):
                return None
        return None

    def _after_with(self, k: int) -> bool:
        """'Two workers were pulled out alive with minor injuries': 'with' ties the noun to the subject."""
        before = self.lows[max(0, k - 3):k]
        return "with" in before and all(w not in self.clause_end for w in before)

    def _coordinated_before(self, n: int) -> Trigger | None:
        if n == 0:
            return None
        previous = self.phrases[n - 1]
        gap = set(self.lows[max(previous.end, self.counts[n - 1].last):self.counts[n].first])
        if gap and gap <= self.coordination and not gap & self.subgroup - {"of"}:
            return self.link(n - 1)
        return None

    def _nominal_before(self, count: Count) -> Trigger | None:
        k = count.first - 1
        while k >= 0 and count.first - k <= 8:
            start = next((t for end, t in self.trigger_end.items() if end == k + 1), None)
            if start is not None:
                return start if "noun" in start.forms or not start.active else None
            if self.lows[k] not in self.nominal_gap and not self.tokens[k].is_capitalised:
                return None
            k -= 1
        return None

    def _subgroup(self, n: int) -> Trigger | None:
        count = self.counts[n]
        before = self.lows[max(0, count.first - 2):count.first]
        if not self.subgroup & set(before) or n == 0:
            return None
        return self.link(n - 1)


def link_counts(tokens: list[Token], counts: list[Count], triggers: list[Trigger],
                vocab: Vocabulary) -> list[Mention]:
    """One mention per (count, outcome) that links; counts without an outcome are dropped."""
    linker = _Linker(tokens, counts, triggers, vocab)
    mentions = []
    for n, count in enumerate(counts):
        trigger = linker.link(n)
        if trigger is None or linker.apposition(n):
            continue
        for outcome in trigger.outcomes:
            mentions.append(Mention(count, outcome, (trigger.first, trigger.last), linker.phrases[n]))
    return mentions
