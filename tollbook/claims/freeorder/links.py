"""Steps 1 and 3: outcome words, and the count each one is the figure of, in free word order.

The forms, tried in this order for every count (first that applies wins):
  a. attached:  the outcome right after the count            "18 погибших", "еще 40 получили ранения"
  b. backward:  the outcome right before it (gap words only)  "погибли 38 человек", "о гибели 498", "ранены — 2228"
  c. toll:      a loss or toll noun earlier in the clause      "потери армии составили 2870", "кількість загиблих
                                                               збільшилася до 33"
  d. forward:   an outcome after the count's noun phrase       "восемь военнослужащих из Бурятии погибли";
                a count joined by "и" / "," to a later one shares that one's outcome
  e. subgroup:  "из них 25", "з них близько 200",           the outcome of the figure before
                "двое из них в тяжелом состоянии"
  f. coordinated: joined to an earlier linked count          "16 детей, 46 женщин и 36 мужчин",
                                                               "до 200 и более 490 военных соответственно"
  g. list item: a later item of a list whose verb is gapped  "потеряли 240 человек в зоне «Север», в зоне
                                                               «Запад» — более 230", "255 солдат в зоне «Восток» и
                                                               более 70 в зоне «Днепр»"
Plus claims with no figure: one person named by a noun next to a singular outcome ("погиб сержант"),
zero ("никто не пострадал", "без жертв") and unknown ("есть погибшие и раненые").
"""
from __future__ import annotations

from dataclasses import dataclass

from tollbook.claims.counts import EXACT, UNKNOWN, Count
from tollbook.claims.linking import Mention
from tollbook.claims.phrases import Phrase

from tollbook.claims.freeorder.figures import read_count
from tollbook.claims.freeorder.lexicon import Lexicon
from tollbook.claims.freeorder.sentence import Sentence

_FORWARD_WINDOW = 16
_NOUN_REACH = 3       # a casualty noun further than this after a count names another group
_PHRASE_WINDOW = 5
_AGENT_REACH = 4      # words naming the doer between a verb and its object figure
_ASIDE_REACH = 4    # words of an aside between commas ("…, получивших тяжелые ранения, …")
_ITEM_GAP = 12
_THINGS = 8
_COMITATIVE_WORDS = 4   # "с тяжёлыми осколочными ранениями" between a noun and its verb        # items of a list of things before a figure of people ("5 танків, 4 БМП і 20 піхотинців")     # words between two items of a gapped list (", а в зоне ответственности группировки «Днепр» —")


@dataclass(frozen=True)
class Trigger:
    first: int
    last: int
    outcomes: tuple[str, ...]
    forms: frozenset[str]
    vetoed: bool = False
    negated: bool = False


# -- step 1: triggers -------------------------------------------------------------------------------------------

def find_triggers(s: Sentence, lex: Lexicon) -> list[Trigger]:
    found, i = [], 0
    while i < len(s.stems):
        cancel = lex.cancels.match(s.stems, i)
        if cancel:
            i += cancel[0]
            continue
        hit = lex.triggers.match(s.stems, i)
        if hit is None:
            i += 1
            continue
        length, entries = hit
        forms = frozenset().union(*(f for _, f in entries))
        negated = _negated(s, i, lex) or (lex.verb_final and _negated_after(s, i + length, lex))
        modal = _modal(s, i, lex) or (lex.verb_final and _modal_after(s, i + length, lex))
        found.append(Trigger(i, i + length, (entries[0][0],), forms, negated or modal, negated))
        i += length
    denied = next((k for k in range(len(s.stems)) if lex.denial.match(s.stems, k)), len(s.stems))
    if lex.sports and lex.sports.intersection(s.stems):
        denied = -1   # "maçta iki futbolcu yaralandı": a match is no casualty report
    if lex.verb_final and denied < len(s.stems):
        denied = -1   # "... کی تردید کی": the denial verb closes the sentence it denies
    found = [Trigger(t.first, t.last, t.outcomes, t.forms, True, t.negated) if t.first > denied else t
             for t in found]
    return _merge_pairs(found, s, lex)


def _negated(s: Sentence, i: int, lex: Lexicon) -> bool:
    """'не пострадали', 'не были ранены'; not 'погибших нет, ранены четверо' (another clause)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if not s.tokens[j].is_word:
            return False
        if s.stems[j] in lex.negation:
            return True
    return False


def _negated_after(s: Sentence, end: int, lex: Lexicon) -> bool:
    """'ہلاک نہیں ہوئے', 'کشته نشدند': in a verb-final language the negation follows the outcome word."""
    for j in range(end, min(len(s.stems), end + 3)):
        if not s.tokens[j].is_word or lex.triggers.match(s.stems, j):
            return False
        if s.stems[j] in lex.negation:
            return True
    return False


def _modal_after(s: Sentence, end: int, lex: Lexicon) -> bool:
    """'ہلاک ہو سکتے ہیں' ("could be killed"): the modal follows the outcome word."""
    for j in range(end, min(len(s.stems), end + 4)):
        if not s.tokens[j].is_word or lex.triggers.match(s.stems, j):
            return False
        if lex.modal.match(s.stems, j):
            return True
    return False


def _modal(s: Sentence, i: int, lex: Lexicon) -> bool:
    """A modal, threat or plan up to three words before the outcome, in the same clause."""
    for j in range(max(0, i - 3), i):
        if any(not s.tokens[k].is_word for k in range(j, i)):
            continue
        if lex.modal.match(s.stems, j):
            return True
    return False


def _merge_pairs(triggers: list[Trigger], s: Sentence, lex: Lexicon) -> list[Trigger]:
    """'погибших и раненых' -> one casualties trigger (GUIDELINE convention 5)."""
    merged: list[Trigger] = []
    for trigger in triggers:
        previous = merged[-1] if merged else None
        if previous and previous.last + 1 == trigger.first and lex.coordination.match(s.stems, previous.last) \
                and s.stems[previous.last] != "," and previous.outcomes != trigger.outcomes \
                and not _each_has_its_figure(s, previous, trigger, lex):
            outcomes = tuple(dict.fromkeys(previous.outcomes + trigger.outcomes))
            merged[-1] = Trigger(previous.first, trigger.last, outcomes, previous.forms | trigger.forms,
                                 previous.vetoed or trigger.vetoed, previous.negated)
        else:
            merged.append(trigger)
    return merged


def _each_has_its_figure(s: Sentence, first: Trigger, second: Trigger, lex: Lexicon) -> bool:
    """'ثلاثة ... قتلوا وأصيب تسعة': a figure before the first verb and one right after the second are two
    clauses, each with its own figure (killed 3, injured 9), not one figure of dead and wounded."""
    if first.last - first.first == 1 and s.words[first.first] in lex.one_person_nouns \
            and second.last < len(s.tokens) and _is_count_start(s, second.last, lex):
        return True    # "سقوط شهيد وإصابة 11 شخصا": one dead (the bare noun) and 11 injured
    if "verb" not in first.forms or second.last >= len(s.tokens) or not (
            _is_count_start(s, second.last, lex) or s.words[second.last] in lex.singular_nouns):
        return False   # nouns ("استشهاد وإصابة المئات") share the figure after them
    k = first.first - 1
    while k >= 0 and s.stems[k] not in lex.clause_end:
        if _is_count_start(s, k, lex) or (k == first.first - 1 and s.words[k] in lex.singular_nouns):
            return True   # "إن شخصا قتل وأصيب آخر": one person before the first verb, another after the second
        k -= 1
    return False


def _is_count_start(s: Sentence, k: int, lex: Lexicon) -> bool:
    """A count reads at token k: a first word of a qualifier alone is none ("در" of "در حدود ۲۰" is "in")."""
    if not (s.tokens[k].is_digit or s.stems[k] in lex.count_starts or s.words[k] in lex.count_starts):
        return False
    return s.tokens[k].is_digit or read_count(s, k, lex) is not None


def claim_outcomes(trigger: Trigger) -> tuple[str, ...]:
    """killed + injured under one figure is one casualties claim; other pairs give one claim each."""
    if set(trigger.outcomes) == {"killed", "injured"}:
        return ("casualties",)
    return trigger.outcomes


# -- step 3: linking --------------------------------------------------------------------------------------------

class _Linker:
    def __init__(self, s: Sentence, counts: list[Count], triggers: list[Trigger], lex: Lexicon):
        self.s, self.counts, self.triggers, self.lex = s, counts, triggers, lex
        self.starting = {t.first: t for t in triggers}
        self.ending = {t.last: t for t in triggers}
        self.count_at = {c.first: n for n, c in enumerate(counts)}
        self.phrases = [victim_phrase(s, c.last, lex) for c in counts]
        self.links: dict[int, Trigger | None] = {}
        self.busy: set[int] = set()

    def link(self, n: int) -> Trigger | None:
        if n in self.links or n in self.busy:
            return self.links.get(n)
        self.busy.add(n)
        trigger = None
        if not self.phrases[n].not_people:
            trigger = (self._attached(n) or self._backward(n) or self._toll(n) or self._forward(n)
                       or self._subgroup(n) or self._coordinated(n) or self._list_item(n) or self._after_things(n))
            trigger = self._as_killed_and_wounded(n, trigger)
            trigger = self._wounded_then_died(n, trigger)
        trigger = None if trigger is None or trigger.vetoed else trigger
        self.busy.discard(n)
        if trigger is not None or not self.busy:
            self.links[n] = trigger  # a miss while another count waits on this one may not be final
        return trigger

    def _attached(self, n: int) -> Trigger | None:
        k = self.counts[n].last
        while k < len(self.s.stems) and self.s.stems[k] in self.lex.more_words:
            k += 1
        return self.starting.get(k)

    def _backward(self, n: int) -> Trigger | None:
        k = self.counts[n].first
        if self._noun_before(n):
            k -= 1   # "مقتل مدنيين اثنين": the number two after its noun
        while k > 0 and k not in self.ending and self.s.stems[k - 1] in self.lex.gap | self.lex.more_words:
            k -= 1
        k = self._before_aside(k)
        trigger = self.ending.get(k) or self._verb_before_agent(k)
        if trigger is None:
            return None
        if self.lex.verb_final and not trigger.forms & {"noun", "predicate"}:
            return None   # "2 kişi ölürken 10 kişi yaralandı": a verb before a count closes the clause before it
        if self.s.stems[trigger.first] in self.lex.needs_person_object and not self._names_people(n) \
                and self._word_after(n):
            return None  # "потеряла 16 тысяч" is a loss of people, "потеряла 3 очка" is not
        return trigger

    def _noun_before(self, n: int) -> bool:
        """'مدنيين اثنين' (two civilians): a number the language writes after its noun (grammar.yaml
        ``numbers_after_noun``), right after a noun of people."""
        first = self.counts[n].first
        return first > 0 and self.s.words[first] in self.lex.numbers_after_noun \
            and self.s.stems[first - 1] in self.lex.person_nouns

    def _before_aside(self, k: int) -> int:
        """'قتلت، مساء الإثنين، 10 مدنيين', 'убили, по данным полиции, пятерых': an aside between commas right
        before the count, after an outcome verb: the verb's end."""
        stems = self.s.stems
        if k in self.ending or k < 3 or stems[k - 1] not in {",", "،"}:
            return k
        for j in range(k - 2, max(0, k - 2 - _ASIDE_REACH), -1):
            if stems[j] in self.lex.clause_end and stems[j] not in {",", "،"}:
                return k
            if stems[j] in {",", "،"}:
                trigger = self.ending.get(j) or self._verb_before_agent(j)   # "قتلت قوات الدعم السريع، مساء …،"
                return j if trigger is not None and trigger.forms & {"verb", "active"} else k
        return k

    def _verb_before_agent(self, k: int) -> Trigger | None:
        """'قتلت قوات الاحتلال ثلاثة شبان', 'اختطف مسلحون عشرة تجار' (verb, doer, object): an outcome verb
        before the words naming the doer (grammar.yaml ``agents``) that end at token k."""
        j = k
        while j > 0 and k - j < _AGENT_REACH and self.s.stems[j - 1] in self.lex.agents:
            j -= 1
        trigger = self.ending.get(j) if j < k else None
        return trigger if trigger is not None and "verb" in trigger.forms else None

    def _toll(self, n: int) -> Trigger | None:
        """A toll or loss noun before the count, nothing else counted or said in between."""
        count = self.counts[n]
        for k in range(count.first - 1, -1, -1):
            if self._ends_clause(k) or self._count_covers(k) or self.s.stems[k] in self.lex.negation:
                return None
            trigger = self.starting.get(k)
            if trigger is not None:
                toll = self.s.stems[k] in self.lex.toll_words or (k and self.s.stems[k - 1] in self.lex.toll_words)
                return trigger if toll and "noun" in trigger.forms else None
        return None

    def _forward(self, n: int) -> Trigger | None:
        count, phrase = self.counts[n], self.phrases[n]
        start = max(phrase.end, count.last)
        aside = None   # where a subgroup aside opened (", в том числе двое детей, погибли")
        subgroup = self._after_subgroup_word(n)
        for k in range(start, min(start + _FORWARD_WINDOW, len(self.s.stems))):
            if aside is not None and self.s.stems[k] in {",", "،"}:
                aside = None   # closed: what follows is the verb of the whole figure
            elif subgroup and self.s.stems[k] in {",", "،"}:
                return None    # "قتل 11 شخصا بينهم 3 أطفال، وأصيب 31": the subgroup's figure is the whole's
            if k in self.starting:
                if aside is not None:
                    return None   # "59 человек, из них 25 госпитализированы": the verb is the subgroup's own
                if subgroup and k > start and self.lex.coordination.match(self.s.stems, k - 1) \
                        and "verb" in self.starting[k].forms:
                    return None   # "خمسة اشخاص من بينهم ثلاثة مدنيين وجرح ثمانية": the next clause's verb
                trigger = self._after_aside(start, self.starting[k])
                if trigger.forms & {"verb", "predicate"} or k - start <= _NOUN_REACH:
                    return trigger
                return None
            if k in self.count_at:
                between = self.s.stems[start:k]
                if self._opens_subgroup(between):
                    # after a comma the subgroup may have its verb ("59 человек, из них 25 госпитализированы");
                    # without one it is attributive ("369 شخصا بينهم 111 ... لقوا مصارعهم"): the verb is the whole's
                    aside = k if between[:1] in ([","], ["،"]) else None
                    continue   # "Шесть человек, в том числе двое детей, погибли": the subgroup is an aside
                joined = all(self.lex.coordination.match(between, j) or self.s.tokens[start + j].is_capitalised
                             or (self.lex.verb_final and between[j] in self.lex.more_words)   # "17'si ağır 155"
                             or (between[j] in self.lex.age_words and j and self.s.tokens[start + j - 1].is_digit)
                             or (j + 1 < len(between) and between[j + 1] in self.lex.age_words
                                 and self.s.tokens[start + j].is_digit)   # "یک نوجوان ۱۴ ساله و یک زن"
                             or (self.lex.verb_final and phrase.pronoun and len(between) <= 3
                                 and not self._ends_clause(start + j))   # "3'ü aynı aileden 6 kişi"
                             for j in range(len(between)))
                return self.link(self.count_at[k]) if joined else None
            if self._ends_clause(k):
                return None
        return None

    def _wounded_then_died(self, n: int, trigger: Trigger | None) -> Trigger | None:
        """'ağır yaralanan 2 kişi hastanede hayatını kaybetti': in a verb-final language an injured participle
        before the count describes the noun; a killed verb after it is what the figure states."""
        if trigger is None or not self.lex.verb_final or trigger.outcomes != ("injured",) \
                or trigger.last > self.counts[n].first:
            return trigger
        later = self._forward(n)
        return later if later is not None and later.outcomes == ("killed",) and "verb" in later.forms else trigger

    def _as_killed_and_wounded(self, n: int, trigger: Trigger | None) -> Trigger | None:
        """'втратила 1 150 військовослужбовців убитими й пораненими', 'потеряли 900 человек убитыми и ранеными':
        a loss verb's figure with "killed and wounded" after its noun is one figure of both (casualties)."""
        if trigger is None or self.s.stems[trigger.first] not in self.lex.loss_words:
            return trigger
        after = self.starting.get(max(self.phrases[n].end, self.counts[n].last))
        return after if after is not None and set(after.outcomes) == {"killed", "injured"} else trigger

    def _opens_subgroup(self, between: list[str]) -> bool:
        """', в том числе', '، بينهم', '، ازجمله': the words between a count and the next one open a subgroup."""
        k = 0
        while k < len(between) and (between[k] in {",", "،", "(", "—", "–", "-"} or between[k] in self.lex.more_words):
            k += 1   # "سه نفر دیگر از جمله یک دانش‌آموز": "other" before the subgroup word
        hit = self.lex.subgroup.match(between, k) if k < len(between) else None
        return bool(hit) and k + hit[0] >= len(between) - 1 and all(
            w in self.lex.item_marks for w in between[k + hit[0]:])

    def _after_aside(self, start: int, trigger: Trigger) -> Trigger:
        """'Двое горожан, получивших тяжелые ранения, скончались': an outcome word inside an aside set off by
        commas after the noun phrase (a participle or relative clause) describes the subject; the verb after
        the closing comma is what the figure states."""
        stems = self.s.stems
        if start >= len(stems) or stems[start] != "," or trigger.first - start > _ASIDE_REACH:
            return trigger
        for k in range(trigger.last, min(trigger.last + _ASIDE_REACH, len(stems) - 1)):
            if self._ends_clause(k) or k in self.count_at:
                return trigger
            if stems[k] == ",":
                after = self.starting.get(k + 1)
                return after if after is not None and "verb" in after.forms else trigger
        return trigger

    def _after_subgroup_word(self, n: int) -> bool:
        """The count follows a subgroup word ("بينهم 3 أطفال", "из них 25")."""
        return after_subgroup_word(self.s, self.counts[n].first, self.lex)

    def _subgroup(self, n: int) -> Trigger | None:
        count = self.counts[n]
        if n == 0:
            return None
        if self.phrases[n].pronoun:
            return self.link(n - 1)  # "двое из них в тяжелом состоянии": of the figure before
        end = count.first
        while end > 0 and self.s.stems[end - 1] in self.lex.item_marks:
            end -= 1   # "(среди них – трое детей)": a dash after the subgroup word
        if end > 2 and self.lex.coordination.match(self.s.stems, end - 1) and self.s.words[end - 2] in self.lex.singular_nouns:
            end -= 2   # "من بينهم ممرضة و3 مسعفين": a subgroup of one before this item
        for back in (1, 2, 3):
            k = end - back
            if k >= 0 and self.lex.subgroup.match(self.s.stems, k) and self.lex.subgroup.match(self.s.stems, k)[0] == back:
                return self.link(n - 1)
        return None

    def _coordinated(self, n: int) -> Trigger | None:
        if n == 0:
            return None
        previous = max(self.phrases[n - 1].end, self.counts[n - 1].last)
        between = self.s.stems[previous:self.counts[n].first]
        if self._own_verb_after(n):
            return None  # "погибли трое, еще двое госпитализированы": the count has a verb of its own
        if between and all(self.lex.coordination.match(between, j) or between[j] in self.lex.more_words
                           for j in range(len(between))):
            return self.link(n - 1)
        return None

    def _after_things(self, n: int) -> Trigger | None:
        """'знищили 5 танків і 4 БМП, а також 20 ворожих піхотинців': the last item of a list of things (each a
        number and a noun of ``not_people``) that names people takes the verb before the list."""
        if not self._names_people(n):
            return None
        s, lex, j = self.s, self.lex, self.counts[n].first
        for _ in range(_THINGS):
            while j > 0 and s.stems[j - 1] in lex.coordination.by_first and lex.coordination.match(s.stems, j - 1):
                j -= 1
            if j in self.ending:
                trigger = self.ending[j]
                return trigger if trigger.forms & {"verb", "active"} and trigger is not None else None
            if j < 2 or s.stems[j - 1] not in lex.not_people:
                return None
            m = j - 2
            while m > 0 and j - m <= 3 and not (s.tokens[m].is_digit or s.words[m] in lex.units):
                m -= 1   # "17 бойових броньованих машин": adjectives before the noun
            if not (s.tokens[m].is_digit or s.words[m] in lex.units):
                return None
            j = m
        return None

    def _list_item(self, n: int) -> Trigger | None:
        """A count whose verb is gapped: after a place phrase that ends with a dash or a conjunction
        ("…, в зоне «Запад» — более 230"; "… в зоне «Восток» и более 70 в зоне «Днепр»"). It shares the
        outcome of the item before; nothing between them may be an outcome, a count or a clause end."""
        if n == 0 or self._own_verb_after(n):
            return None
        first = max(self.phrases[n - 1].end, self.counts[n - 1].last)
        last = self.counts[n].first          # the words between the two items: [first, last)
        if not 1 < last - first <= _ITEM_GAP:
            return None
        if any(k in self.starting or k in self.ending or self._ends_clause(k) or self._count_covers(k)
               for k in range(first, last)):
            return None
        stems = self.s.stems
        joined = [k for k in range(first, last - 1) if self.lex.coordination.match(stems, k)]
        dashed = stems[last - 1] in self.lex.item_marks and bool(joined)
        placed = stems[first] in self.lex.locative and self.lex.coordination.match(stems, last - 1) \
            and not joined and last - first > 2
        return self.link(n - 1) if dashed or placed else None

    def _own_verb_after(self, n: int) -> bool:
        """A word after the count's phrase that is not a conjunction, a place phrase or "respectively"."""
        after = max(self.phrases[n].end, self.counts[n].last)
        if after >= len(self.s.tokens) or not self.s.tokens[after].is_word:
            return False
        if self.lex.verb_final and after not in self.starting:
            return False   # verb-final: only an outcome word of its own ("... ۷۸ کودک و ۴۱ زن خبر داد" ends on the report)
        stem = self.s.stems[after]
        return not (self.lex.coordination.match(self.s.stems, after) or stem in self.lex.respectively
                    or stem in self.lex.locative or self.lex.subgroup.match(self.s.stems, after))  # "… शामिल हैं"

    def _word_after(self, n: int) -> bool:
        """A noun of something else follows the count (a preposition, as in "16 тысяч из 59", is no noun)."""
        k = self.counts[n].last
        return k < len(self.s.tokens) and self.s.tokens[k].is_word and len(self.s.tokens[k].text) > 2

    def _names_people(self, n: int) -> bool:
        phrase = self.phrases[n]
        return any(self.s.stems[k] in self.lex.person_nouns for k in range(phrase.first, phrase.last))

    def _ends_clause(self, k: int) -> bool:
        return self.s.stems[k] in self.lex.clause_end

    def _count_covers(self, k: int) -> bool:
        return any(c.first <= k < c.last for c in self.counts)


def after_subgroup_word(s: Sentence, first: int, lex: Lexicon) -> bool:
    """A count at token ``first`` follows a subgroup word ("بينهم 3 أطفال", "из них 25", "(среди них – трое")."""
    end = first
    while end > 0 and s.stems[end - 1] in lex.item_marks:
        end -= 1
    return any(end - back >= 0 and (hit := lex.subgroup.match(s.stems, end - back)) and hit[0] == back
               for back in (1, 2, 3))


def link_counts(s: Sentence, counts: list[Count], triggers: list[Trigger], lex: Lexicon) -> list[Mention]:
    """One mention per (count, outcome) that links; counts with no outcome are dropped."""
    linker = _Linker(s, counts, triggers, lex)
    mentions = []
    for n, count in enumerate(counts):
        trigger = linker.link(n)
        if trigger is None:
            continue
        phrase = linker.phrases[n]
        if phrase.empty and linker._noun_before(n):
            phrase = Phrase(count.first - 1, count.first, count.first)   # "مدنيين اثنين": the noun before
        elif phrase.empty and not phrase.pronoun and trigger.last <= count.first:
            phrase = _phrase_after_toll(s, trigger, count, lex) or phrase
        for outcome in claim_outcomes(trigger):
            mentions.append(Mention(count, outcome, (trigger.first, trigger.last), phrase))
    return mentions


def _phrase_after_toll(s: Sentence, trigger: Trigger, count: Count, lex: Lexicon) -> Phrase | None:
    """'потери украинской армии составили 2870': the victims follow the loss noun."""
    phrase = victim_phrase(s, trigger.last, lex)
    return phrase if not phrase.empty and phrase.last <= count.first else None


# -- the victims' noun phrase ------------------------------------------------------------------------------------

def victim_phrase(s: Sentence, i: int, lex: Lexicon) -> Phrase:
    """Modifiers and head noun after a count, as written ("российских военнослужащих", "сотрудников ОМОНа");
    empty when the count stands alone or before its casualty noun ("18 погибших")."""
    j = i
    while j < len(s.stems) and s.stems[j] in lex.more_words:
        j += 1
    if j + 1 < len(s.stems) and lex.subgroup.match(s.stems, j) and s.stems[j + 1] in lex.pronouns:
        return Phrase(j, j, j + 2, pronoun=True)  # "один из них"
    if lex.verb_final and j + 2 < len(s.stems) and s.stems[j] in lex.person_nouns and s.stems[j + 2] in lex.pronouns \
            and (of := lex.subgroup.match(s.stems, j + 1)) and of[0] == 2:
        return Phrase(j + 1, j + 1, j + 3, pronoun=True)  # "هفت نفر از آنها کودک بودند": seven of them
        # (verb-final only: in Arabic "24 شخصا من بينهم ممرضة" the subgroup follows "among them")
    if j < len(s.words) and s.words[j] in lex.partitive:   # "5'i", "ikisi çocuk": N of them (children)
        named = victim_phrase(s, j + 1, lex)
        if named.empty or named.not_people:
            return Phrase(j, j, j + 1, pronoun=True)
        return Phrase(named.first, named.last, named.end, pronoun=True)
    for k in range(j, min(j + _PHRASE_WINDOW, len(s.stems))):
        stem = s.stems[k]
        if k > j and lex.coordination.match(s.stems, k) and k + 1 < len(s.stems) \
                and (s.tokens[k + 1].is_digit or s.words[k + 1] in lex.units):
            break   # "тела трёх взрослых и четырёх детей": the next item's own figure and noun
        if s.tokens[k].text == "/" and 0 < k < len(s.tokens) - 1 and s.tokens[k - 1].is_capitalised \
                and s.tokens[k + 1].is_capitalised:
            continue   # "13 PKK/YPG'li terörist": two names joined by a slash
        if not s.tokens[k].is_word or k in _trigger_starts(s, k, lex) or stem in lex.clause_end \
                or stem in lex.locative:
            break  # "более 60 в районе Авдеевки": a place phrase, not the victims
        role = lex.roles.match(s.stems, k)
        if stem in lex.not_people and not (role and role[0] > 1):   # "единиц живой силы" is people
            return Phrase(j, k + 1, k + 1, not_people=True)
        if role and role[0] > 1 and stem in lex.not_people:
            return Phrase(j, k + role[0], k + role[0])
        if stem in lex.person_nouns:
            while k + 1 < len(s.stems) and s.stems[k + 1] in lex.person_nouns \
                    and k + 1 not in _trigger_starts(s, k + 1, lex):
                k += 1   # the phrase ends on its head: "мирных жителей", "гражданских лиц", "پولیس اہلکار"
            last = _names_after(s, k + 1, lex)
            return Phrase(j, last, last)
    return Phrase(j, j, j)


def _trigger_starts(s: Sentence, k: int, lex: Lexicon) -> set[int]:
    return {k} if lex.triggers.match(s.stems, k) else set()


def _names_after(s: Sentence, k: int, lex: Lexicon | None = None) -> int:
    """'сержант Андрей Ильин', 'сотрудников ОМОНа': names and acronyms that follow the head noun; an outcome
    word is none, though a headline in capitals writes it so ("1 YOLCU HAYATINI KAYBETTİ")."""
    end = k
    while end < len(s.tokens) and end - k < 4 and s.tokens[end].is_word and s.tokens[end].is_capitalised \
            and not (lex is not None and lex.triggers.match(s.stems, end)) \
            and not (lex is not None and end + 1 < len(s.stems) and s.stems[end + 1] in lex.place_suffixes):
        end += 1   # not a place after the noun ("жительница Белгородской области"): its home, not its name
    return end


# -- claims with no figure --------------------------------------------------------------------------------------

def single_mentions(s: Sentence, triggers: list[Trigger], counts: list[Count], lex: Lexicon) -> list[Mention]:
    """'погиб сержант Андрей Ильин', 'о гибели рядового', 'Молодой человек погиб': one person."""
    taken = {k for c in counts for k in range(c.first, max(c.last, victim_phrase(s, c.last, lex).last))}
    out = []
    ends = {t.last for t in triggers if not t.vetoed}
    for trigger in triggers:
        if trigger.vetoed or _modifies_noun(s, trigger, ends, lex):
            continue
        # a merged pair ("شخصا قتل وأصيب آخر": one killed, another injured) is read part by part
        for (start, end), outcome in zip(_parts(s, trigger, lex), trigger.outcomes):
            if " ".join(s.words[start:end]) not in lex.singular_forms:
                continue
            head = _single_after(s, end, lex) or _single_before(s, start, lex)
            if head is None or head[1] in taken or any(c.first < start < c.last for c in counts):
                continue
            first, noun = head
            phrase = Phrase(first, _names_after(s, noun + 1, lex), _names_after(s, noun + 1, lex))
            out.append(Mention(Count(first, noun + 1, 1, EXACT, single=True), outcome, (start, end), phrase))
    return out


def _modifies_noun(s: Sentence, trigger: Trigger, ends: set[int], lex: Lexicon) -> bool:
    """'померла поранена людина', 'скончался раненый военный': a casualty participle between an outcome verb
    and its singular noun is the noun's modifier, no outcome of its own."""
    return trigger.first in ends and trigger.last < len(s.words) and trigger.last - trigger.first == 1 \
        and s.words[trigger.last] in lex.singular_nouns


def _single_after(s: Sentence, k: int, lex: Lexicon) -> tuple[int, int] | None:
    while k < len(s.words) and s.words[k] in lex.auxiliaries:
        k += 1  # "poginuo je narednik": the auxiliary is no part of the count
    if k + 2 < len(s.tokens) and s.tokens[k].is_digit and s.tokens[k + 1].text == "-" and s.tokens[k + 2].is_word:
        # "погиб 21-летний военный": an age, not a count, nor part of the count's text ("34-godišnjak" is the noun)
        k += 2 if s.words[k + 2] in lex.singular_nouns else 3
    for j in range(k, min(k + 3, len(s.words))):
        if s.words[j] in lex.singular_nouns:
            return k, j
        if j == k and j + 1 < len(s.words) and s.words[j + 1] in lex.singular_nouns and s.tokens[j].is_word \
                and lex.triggers.match(s.stems, j) and lex.triggers.match(s.stems, j)[0] == 1:
            continue   # "померла поранена людина": the participle modifies the noun
        if j + 1 < len(s.words) and s.words[j + 1] in lex.singular_nouns and s.tokens[j].is_word \
                and not s.tokens[j].is_capitalised and s.words[j].endswith(lex.adjective_endings) \
                and not lex.grammar.get("adjectives_after"):
            continue   # "Ранен мирный житель": an adjective before the noun
        if not s.tokens[j].is_word or s.tokens[j].is_capitalised or s.stems[j] in lex.person_nouns \
                or lex.triggers.match(s.stems, j):
            return None   # another outcome word: its own clause ("قتل وأصيب آخر")
    return None


def _before_comitative(s: Sentence, j: int, lex: Lexicon) -> int:
    """'Пожилая женщина с тяжёлыми осколочными ранениями умерла': a phrase opened by "with" (grammar.yaml
    ``comitative``) between the noun and its verb; the token before it, or ``j`` when there is none."""
    for p in range(j, max(-1, j - _COMITATIVE_WORDS), -1):
        if not s.tokens[p].is_word:
            return j
        if s.words[p] in lex.comitative:
            return p - 1 if p > 0 else j
    return j


def _single_before(s: Sentence, k: int, lex: Lexicon) -> tuple[int, int] | None:
    while k > 0 and s.words[k - 1] in lex.auxiliaries:
        k -= 1  # "napadač je ubijen"
    j = k - 1
    while j >= 0 and s.tokens[j].is_word and k - j <= 3 and s.words[j] not in lex.singular_nouns \
            and (s.tokens[j].is_capitalised or (s.stems[j] in lex.place_suffixes and j and s.tokens[j - 1].is_capitalised)):
        j -= 1  # names between the noun and its verb: "сержант Андрей Ильин погиб", "жительница Белгородской области погибла"
    if j >= 0 and s.words[j] not in lex.singular_nouns:
        j = _before_comitative(s, j, lex)
    if j < 0 or s.words[j] not in lex.singular_nouns:
        return None
    first = j
    while not lex.grammar.get("adjectives_after") and first > 0 and s.tokens[first - 1].is_word \
            and s.stems[first - 1] not in lex.person_nouns \
            and not lex.triggers.match(s.stems, first - 1) and j - first < 2 \
            and s.words[first - 1].endswith(lex.adjective_endings) \
            and not (first > 1 and s.tokens[first - 2].text == "-" and s.tokens[first - 2].end == s.tokens[first - 1].start):
        first -= 1  # a modifier of the noun: "молодой человек", "старшего лейтенанта" (not "75-летняя")
    while lex.verb_final and first > 0 and s.stems[first - 1] in lex.person_nouns and j - first < 2:
        first -= 1  # head-final: "پولیس اہلکار" (police officer)
    return first, j


def listed_mentions(s: Sentence, triggers: list[Trigger], counts: list[Count], linked: list[Mention],
                    lex: Lexicon) -> list[Mention]:
    """'Загинули 56-річна жінка та 51-річний чоловік', 'Мужчина и две женщины пострадали': a list of people
    next to a plural outcome, each item one person named by a singular noun (an age or an adjective before it)
    or a figure; two items at least, one of them a single person (a list of figures is linked already)."""
    linked_at = {m.count.first for m in linked}
    count_at = {c.first: c for c in counts}
    out = []
    for trigger in triggers:
        if trigger.vetoed or len(trigger.outcomes) != 1:
            continue   # a singular verb may head a list too ("Погиб водитель и пассажир", "قتل رجل وامرأة")
        k = trigger.last
        while k < len(s.stems) and s.stems[k] in lex.gap | lex.more_words:
            k += 1
        items = _list_after(s, k, count_at, lex)
        if not items:
            items = _list_before(s, trigger.first, count_at, lex)
        if len(items) < 2 or not any(single for single, _, _ in items) or not any(
                s.stems[k] not in {",", "،"} for k in range(items[0][2], items[-1][1])):
            continue   # a list is joined by a conjunction ("A, B и C"); commas alone join clauses
        for single, first, last in items:
            if single and any(m.count.first < last <= m.count.last for m in linked):
                continue   # the item single_mentions has read already
            if single:
                end = _names_after(s, last, lex)
                out.append(Mention(Count(first, last, 1, EXACT, single=True), trigger.outcomes[0],
                                   (trigger.first, trigger.last), Phrase(first, end, end)))
            elif first not in linked_at:
                count = count_at[first]
                out.append(Mention(count, trigger.outcomes[0], (trigger.first, trigger.last),
                                   victim_phrase(s, count.last, lex)))
    return out


def _list_item(s: Sentence, k: int, count_at: dict[int, Count], lex: Lexicon) -> tuple[bool, int, int] | None:
    """(single, first, last) of one item at token k: "56-річна жінка", "молодой мужчина", "две женщины"."""
    if k + 2 < len(s.tokens) and s.tokens[k].is_digit and s.tokens[k + 1].text == "-" and s.tokens[k + 2].is_word \
            and s.tokens[k].end == s.tokens[k + 1].start:
        k += 3   # an age written before the noun ("56-річна"), no part of the count
    if k in count_at:
        count = count_at[k]
        phrase = victim_phrase(s, count.last, lex)
        return (False, k, max(count.last, phrase.last)) if not phrase.empty and not phrase.not_people else None
    first = k
    while not lex.grammar.get("adjectives_after") and k < len(s.words) and k - first < 2 and s.tokens[k].is_word \
            and s.words[k] not in lex.singular_nouns \
            and s.words[k].endswith(lex.adjective_endings) and not lex.triggers.match(s.stems, k):
        k += 1
    if k < len(s.words) and s.words[k] in lex.singular_nouns:
        return True, first, k + 1
    return None


def _list_after(s: Sentence, k: int, count_at: dict[int, Count], lex: Lexicon) -> list[tuple[bool, int, int]]:
    items = []
    while True:
        item = _list_item(s, k, count_at, lex)
        if item is None:
            return items
        items.append(item)
        k = item[2]
        hit = lex.coordination.match(s.stems, k) if k < len(s.stems) else None
        if not hit:
            return items
        k += hit[0]


def _list_before(s: Sentence, end: int, count_at: dict[int, Count], lex: Lexicon) -> list[tuple[bool, int, int]]:
    """The same list ending right before the outcome word: read from the sentence's or clause's start."""
    start = end
    while start > 0 and s.stems[start - 1] not in lex.clause_end and end - start < 12:
        start -= 1
    for k in range(start, end):
        items = _list_after(s, k, count_at, lex)
        if items and items[-1][2] == end:
            return items
    return []


def dual_verb_mentions(s: Sentence, triggers: list[Trigger], linked: list[Mention], lex: Lexicon) -> list[Mention]:
    """'إن مواطنين استشهدا' (two citizens were martyred): a dual verb (grammar.yaml ``dual_verbs``) after a noun
    of people whose "-ين" may be plural or dual says there were two."""
    taken = {k for m in linked for k in range(m.count.first, max(m.count.last, m.phrase.last))}
    out = []
    for trigger in triggers:
        k = trigger.first - 1
        if trigger.vetoed or k < 0 or s.words[trigger.first] not in lex.dual_verbs or k in taken \
                or s.stems[k] not in lex.person_nouns or not s.tokens[k].is_word:
            continue
        out.append(Mention(Count(k, k + 1, 2, EXACT), trigger.outcomes[0], (trigger.first, trigger.last),
                           Phrase(k, k + 1, k + 1)))
    return out


def subgroup_single_mentions(s: Sentence, linked: list[Mention], lex: Lexicon) -> list[Mention]:
    """'قتل 3 مواطنين بينهم طفلة', 'погибли пять человек, в том числе ребенок': one person named by a singular
    noun after a subgroup word is a subgroup of one (GUIDELINE convention 3), with the outcome of the figure
    before it in the clause."""
    taken = {k for m in linked for k in range(m.count.first, max(m.count.last, m.phrase.last, m.phrase.end))}
    out = []
    for k in range(1, len(s.stems) - 1):
        hit = lex.subgroup.match(s.stems, k)
        if k in taken:
            continue   # "هفت نفر از آنها کودک": "of them" is the figure's own phrase
        if not hit:
            continue
        j = k + hit[0]
        while j < len(s.stems) and s.stems[j] in lex.item_marks:
            j += 1   # "(среди них – ребенок)"
        if j >= len(s.words) or j in taken or s.words[j] not in lex.singular_nouns:
            continue
        before = [m for m in linked if m.count.last <= k and m.count.best is not None
                  and not any(s.stems[x] in lex.clause_end for x in range(m.count.last, k))]
        if not before:
            continue
        head = before[-1]
        end = _names_after(s, j + 1, lex)
        out.append(Mention(Count(j, j + 1, 1, EXACT, single=True), head.outcome, head.trigger, Phrase(j, j + 1, end)))
    return out


def zero_mentions(s: Sentence, counts: list[Count], triggers: list[Trigger], lex: Lexicon) -> list[Mention]:
    """'никто не пострадал' (a zero count before a negated outcome), 'обошлось без жертв', 'водитель не пострадал'."""
    out = []
    for count in (c for c in counts if c.zero):
        # "никто не пострадал"; verb-final "کوئی ہلاک نہیں ہوا" has the outcome right after the zero word
        trigger = next((t for t in triggers if t.negated and (0 if lex.verb_final else 1) <= t.first - count.last <= 2),
                       None)
        if trigger is not None:
            out.append(Mention(count, trigger.outcomes[0], (trigger.first, trigger.last),
                               Phrase(count.last, count.last, count.last)))
    read = {m.count.first for m in out}   # "هیچ‌کس آسیب ندید": a zero word no negated outcome followed opens a phrase
    zero_spans = {k for c in counts if c.zero and c.first in read for k in range(c.first, c.last + 3)}
    for k in range(len(s.stems)):
        hit = lex.zero_outcomes.match(s.stems, k)
        if hit and k not in zero_spans and _zero_subject_ok(s, k, lex):
            word = next((c for c in counts if c.zero and c.last <= k <= c.last + 4), None)
            count = Count(word.first, word.last, 0, EXACT, zero=True) if word else Count(k, k + 1, 0, EXACT, zero=True)
            out.append(Mention(count, hit[1], (k, k + hit[0]),   # "Никто из пассажиров не пострадал": "Никто"
                               Phrase(k, k, k)))
        elif not hit and k + 1 < len(s.stems) and s.stems[k + 1] == ",":
            out += _zero_around_aside(s, k, lex)
    return out


def _zero_around_aside(s: Sentence, k: int, lex: Lexicon) -> list[Mention]:
    """'Пострадавших, по словам губернатора, нет': a two-word zero phrase ("пострадавших нет") split by an
    aside between commas."""
    for close in range(k + 2, min(k + 2 + _ASIDE_REACH + 2, len(s.stems) - 1)):
        if s.stems[close] in lex.clause_end:
            return []
        if s.stems[close] == ",":
            hit = lex.zero_outcomes.match((s.stems[k], s.stems[close + 1]), 0)
            if hit and hit[0] == 2:
                return [Mention(Count(k, k + 1, 0, EXACT, zero=True), hit[1], (k, close + 2), Phrase(k, k, k))]
            return []
    return []


def _zero_subject_ok(s: Sentence, k: int, lex: Lexicon) -> bool:
    """'не пострадал' needs its subject named just before ("водитель не пострадал"); 'без жертв' does not."""
    if s.stems[k] not in lex.negation:
        return True
    return any(s.stems[j] in lex.person_nouns for j in range(max(0, k - 3), k))


def one_person_noun_mentions(s: Sentence, triggers: list[Trigger], linked: list[Mention],
                             lex: Lexicon) -> list[Mention]:
    """'قتيل ومصاب في إطلاق نار' (one dead and one wounded), 'فأردوه قتيلا': an indefinite singular casualty
    noun with no figure of its own is one person (outcomes.yaml ``one_person_nouns``)."""
    if not lex.one_person_nouns:
        return []
    used = {m.trigger for m in linked}
    taken = {k for m in linked for k in range(m.count.first, m.count.last)}
    out = []
    for trigger in triggers:
        if trigger.vetoed or (trigger.first, trigger.last) in used:
            continue
        for (first, last), outcome in zip(_parts(s, trigger, lex), trigger.outcomes):
            if last - first == 1 and s.words[first] in lex.one_person_nouns and first not in taken:
                out.append(Mention(Count(first, last, 1, EXACT, single=True), outcome, (first, last),
                                   Phrase(last, last, last)))
    return out


def unknown_mentions(s: Sentence, triggers: list[Trigger], linked: list[Mention], lex: Lexicon) -> list[Mention]:
    """'есть погибшие и пострадавшие' -> killed and injured, count unknown (NOTES item 3)."""
    used = {m.trigger for m in linked}
    out = []
    for trigger in triggers:
        if trigger.vetoed or (trigger.first, trigger.last) in used:
            continue
        before = trigger.first > 0 and s.stems[trigger.first - 1] in lex.existence
        after = lex.verb_final and trigger.last < len(s.stems) and s.stems[trigger.last] in lex.existence
        if not (before or after):   # "есть погибшие", verb-final "ölü ve yaralılar var"
            continue
        parts = _parts(s, trigger, lex)
        for (first, last), outcome in zip(parts, trigger.outcomes):
            out.append(Mention(Count(first, last, None, UNKNOWN), outcome, (first, last), Phrase(first, first, last)))
    return out


def _parts(s: Sentence, trigger: Trigger, lex: Lexicon) -> list[tuple[int, int]]:
    """The word of each outcome in a merged pair ('погибшие' | 'пострадавшие')."""
    if len(trigger.outcomes) == 1:
        return [(trigger.first, trigger.last)]
    middle = next((k for k in range(trigger.first, trigger.last) if lex.coordination.match(s.stems, k)),
                  trigger.first + 1)
    return [(trigger.first, middle), (middle + 1, trigger.last)]
