"""Step 3: link each count to the outcome it is the figure of, within its clause.

The forms, tried in this order for every count:
  a. active:      an outcome verb right before the count   "shelling killed five civilians", and an
                  intransitive verb before its subject (form `inverted`: "murieron 22 personas"); an outcome
                  word and a copula before it ("Among the dead were two nurses", "Those killed were four")
     nominal:     a casualty noun right before "of" + count  "the killing of 26 persons"
     attributive: an outcome word between count and noun   "the two dead soldiers"
  b. forward:     the outcome after the count's noun phrase "five civilians were killed", "23 dead";
                  asides are skipped ("28 people—mostly tourists—were killed"); a count joined by "and"/","
                  to a later one shares that one's outcome ("19 children and two teachers killed")
  c. coordinated: a count joined to an earlier linked one   "killing a woman and injuring a man and a boy",
                  also when it repeats the earlier item's preposition ("four died in A and two in B")
  d. nominal:     a casualty noun before "of"/"at"/"to" + count "the deaths of one soldier", "toll rose to 12",
                  across a long phrase after a toll noun ("The death toll from Monday's floods has passed 900")
  e. subgroup:    "including five children" takes the outcome of the figure before it
"""
from __future__ import annotations

from dataclasses import dataclass

from tollbook.claims.counts import Count
from tollbook.claims.phrases import Phrase, head_phrase, skip_aside
from tollbook.claims.tokens import QUOTE_MARKS, Token
from tollbook.claims.triggers import Trigger
from tollbook.claims.vocab import Vocabulary

_CLAUSE_END = frozenset({";", ".", "!", "?", "but", "while", "when", "after", "before", "because", "although",
                         "though", "whereas", "until", "—"})
_COORDINATION = frozenset({"and", "or", ",", "including", "as", "well", "plus", "along", "with"})
_SUBGROUP = frozenset({"including", "among", "of", "includes", "included", "include"})
_NOMINAL_GAP = frozenset({"of", "at", "to", "rose", "risen", "reached", "climbed", "stood", "stands", "stand",
                          "rises", "climbs", "reaches", "jumps", "hits", "now",  # headlines: "Death toll rises to 63"
                          "is", "was", "has", "had", "now", "increased", "jumped", "hit", "the", "in", "put",
                          "number", "seriously", "critically", "as", "toll", "total", "officially", "be",
                          "been", "reportedly", "standing"})
_ZERO_BLOCK = frozenset({"immediate", "word", "information", "news", "details", "indication",
                         "sign", "evidence", "official", "further", "confirmation", "longer", "more", "other",
                         "figure", "figures", "number", "numbers", "data", "estimate", "estimates", "count",
                         "tally", "toll", "breakdown", "clarity", "update"})
_FORWARD_WINDOW = 16
_TOLL_CARRIED_GAP = 8   # words between a carried toll noun and its "to" ("the death toll in the disaster to 19")
_BREAKDOWN_MARKS = frozenset({"-", "–", "—", "(", ":"})   # "47 morts - 14 gendarmes, ...", "12 dead (8 soldiers ...)"
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "has", "have", "had"})
_INVERTED_GAP = 8   # tokens of adverbials between an inverted outcome verb and its subject ("am Sonntag in Kiew")
_TOLL_WINDOW = 24   # tokens between a toll noun and its figure ("The death toll from ... has surpassed 900")
_COUNT_OPENERS = frozenset({"another", "a", "further", "an", "additional", "some"})  # "killed another 12"
_PRONOUN_OBJECTS = frozenset({"him", "her"})


@dataclass(frozen=True)
class Mention:
    """A count linked to its outcome: the core of one claim, before its fields are read."""
    count: Count
    outcome: str
    trigger: tuple[int, int]      # token range of the outcome words
    phrase: Phrase                # the victims' head phrase (may be empty)
    place: tuple[int, int] | None = None   # token range of the place of a distributive item ("A and B ... each")
    items: tuple[int, int] | None = None   # token range of the whole list the item belongs to


class _Linker:
    def __init__(self, tokens: list[Token], counts: list[Count], triggers: list[Trigger], vocab: Vocabulary):
        self.tokens, self.lows, self.counts, self.vocab = tokens, [t.low for t in tokens], counts, vocab
        self.triggers = triggers
        self.trigger_at = {t.first: t for t in triggers}
        self.trigger_end = {t.last: t for t in triggers}
        self.count_at = {c.first: n for n, c in enumerate(counts)}
        self.phrases = [self._phrase(c) for c in counts]
        self.links: dict[int, Trigger | None] = {}
        self.busy: set[int] = set()
        self.cut = False   # a reading met a count still being read (a cycle): its None is not final
        self.wholes: dict[int, Trigger] = {}   # the outcome a denominator would have had ("of the 242 on board")
        self.item_places: dict[int, tuple[int, int]] = {}   # the place of a parallel item ("in China mindestens 20")
        # the language's function words (grammar.yaml), English by default
        self.clause_end = vocab.words("clause_end", _CLAUSE_END)
        self.coordination = vocab.words("coordination", _COORDINATION)
        self.subgroup = vocab.words("subgroup", _SUBGROUP)
        self.nominal_gap = vocab.words("nominal_gap", _NOMINAL_GAP)
        self.relatives = vocab.words("relatives", {"who", "that", "which"})
        self.copulas = vocab.phrases("copulas")
        self.parallel = vocab.words("parallel_words", frozenset())
        self.partitive_open = vocab.words("partitive_openers", frozenset())
        self.injury_verbs = vocab.words("injury_verbs", frozenset({"with"}))

    def _phrase(self, count: Count) -> Phrase:
        if count.name:
            return Phrase(count.first, count.last, count.last)   # "Ravi Malhotra": the name names the victim
        if count.single and not self.lows[count.first].rstrip("'’").isalpha():
            return Phrase(count.first, count.first, count.last)   # not French "l'homme": the elided article
        if count.single and count.first + 1 == count.last and self.lows[count.first] in self.vocab.person_nouns:
            return Phrase(count.first, count.last, count.last)  # a bare noun is its own phrase
        phrase = head_phrase(self.tokens, self.lows, count.last, self.vocab)
        return self._people_of_noun(count) or phrase if phrase.empty else phrase

    def _people_of_noun(self, count: Count) -> Phrase | None:
        """'11 corps de militaires', '12 bodies of migrants': the people after a casualty noun and 'of' are the
        victims; the search for the outcome goes on from the count (the noun is it)."""
        trigger = self.trigger_at.get(count.last)
        partitive = self.vocab.words("partitive", {"of"})
        if trigger is None or "noun" not in trigger.forms or trigger.last + 1 >= len(self.lows) \
                or self.lows[trigger.last] not in partitive:
            return None
        people = head_phrase(self.tokens, self.lows, trigger.last + 1, self.vocab)
        if people.empty or people.not_people or self.lows[people.last - 1] not in self.vocab.person_nouns:
            return None
        return Phrase(people.first, people.last, count.last)

    def link(self, n: int) -> Trigger | None:
        if n in self.links:
            return self.links[n]
        if n in self.busy:
            self.cut = True
            return None
        self.busy.add(n)
        outer_cut, self.cut = self.cut, False
        count, phrase = self.counts[n], self.phrases[n]
        trigger = None
        if count.toll_only:
            trigger = self._nominal_before(count) or self._toll_before(count)
        elif not phrase.not_people and not (count.kind == "vague" and not self._names_people(phrase)
                                             and not phrase.empty) and not self._vague_part_of_casualties(count) \
                and not self._vague_severity(count, phrase):
            trigger = (self._active_before(count, phrase) or self._after_toll_change(count)
                       or self._part_of_whole(n) or self._tight_nominal(count)
                       or self._partitive_before(count) or self._attributive(count, phrase)
                       or self._partitive_of(count) or self._breakdown(count) or self._forward(n)
                       or self._coordinated_before(n)
                       or self._nominal_before(count) or self._toll_before(count) or self._subgroup(n))
            if trigger is not None and self._is_denominator(n):
                self.wholes[n], trigger = trigger, None
            elif trigger is not None and (whole := self._whole_after(n)) is not None:
                self.phrases[n] = self.phrases[whole]   # "killed two out of five militants": militants
        if trigger is not None and (trigger.vetoed or not self._allowed(count, phrase, trigger)):
            trigger = None
        if trigger is not None or not self.cut:
            self.links[n] = trigger   # "two teachers and another woman": read from "two teachers", the
            # second count found the first busy; asked again once the first is read, it takes its outcome
        self.busy.discard(n)
        self.cut = outer_cut or self.cut
        return trigger

    def _after_toll_change(self, count: Count) -> Trigger | None:
        """'The death toll from the landslide has risen to 54 people and 63 others are missing': a figure right
        after a toll's verb of change ('risen to', 'rose to'; grammar.yaml ``change_verbs``) is the toll's,
        whatever outcome follows it."""
        k = count.first - 1
        while k > 0 and self.lows[k] in QUOTE_MARKS:
            k -= 1   # 'said the death toll was "13 and five injured"'
        if k > 0 and self.lows[k] in self.vocab.words("toll_copulas", frozenset()) \
                and (toll := self.trigger_end.get(k)) is not None and "noun" in toll.forms and not toll.active:
            return toll   # "the death toll was 13 and five injured": the figure after the toll's copula is the toll's
        if k < 1 or self.lows[k] not in {"to", "at"}:
            return None
        if self.lows[k - 1] in self.vocab.words("change_verbs", frozenset()):
            trigger = self._nominal_before(count) or self._toll_before(count)
            return trigger if trigger is not None and "noun" in trigger.forms else None
        return self._toll_carried_to(k)

    def _toll_carried_to(self, to: int) -> Trigger | None:
        """'raising the official death toll in the disaster to 19', 'taking the toll from the floods to 40': a
        verb that carries a toll (grammar.yaml ``toll_carrying_verbs``), the toll noun, a phrase of up to
        ``_TOLL_CARRIED_GAP`` words, then 'to' and the figure."""
        verbs = self.vocab.words("toll_carrying_verbs", frozenset())
        if not verbs:
            return None
        for j in range(to - 1, max(-1, to - 1 - _TOLL_CARRIED_GAP), -1):
            if self.lows[j] in self.clause_end or j in self.count_at:
                return None
            trigger = self.trigger_end.get(j + 1)
            if trigger is None or "noun" not in trigger.forms:
                continue
            if any(self.lows[v] in verbs for v in range(max(0, trigger.first - 3), trigger.first)):
                return trigger
            return None
        return None

    def _allowed(self, count: Count, phrase: Phrase, trigger: Trigger) -> bool:
        """Readings a trigger refuses: one person 'rushed to hospital' (convention 7), an arrest by the
        police (convention 9), 'recruited 5,000 prisoners', a count inside 'according to ...'."""
        forms = trigger.forms
        if forms <= {"care", "adjacent"} and (count.single or count.zero) and "care" in forms:
            return False
        words = " ".join(self.lows[trigger.first:trigger.last])
        if words in self.vocab.needs_armed_agent and not self._armed_capture(phrase):
            return False
        if "noun" in forms and trigger.outcomes == ("captured",) and self._released(count):
            return False
        return not self._in_source(count) and not self._is_speaker(count, phrase)

    def _armed_capture(self, phrase: Phrase) -> bool:
        lows, vocab = self.lows, self.vocab
        if any(vocab.police_agents.match(lows, k) for k in range(len(lows))):
            return False
        head = lows[phrase.last - 1] if not phrase.empty else ""
        if vocab.roles.match([head], 0) and vocab.roles.match([head], 0)[1] == "armed_group":
            return False   # suspects, militants: an arrest
        if any(vocab.armed_agents.match(lows, k) for k in range(len(lows))):
            return True
        from tollbook.claims.victims import role_of
        return not phrase.empty and role_of(lows[phrase.first:phrase.last], vocab) in ("civilian", "military")

    def _released(self, count: Count) -> bool:
        """'recruited 5,000 prisoners', 'exchanged 90 prisoners': the figure is no capture."""
        k = count.first
        while k > 0 and self.lows[k - 1] in self.vocab.words("count_openers", _COUNT_OPENERS):
            k -= 1
        return bool(self.vocab.release_verbs.ends_at(self.lows, k))

    def _is_speaker(self, count: Count, phrase: Phrase) -> bool:
        """'..., a Ukrainian official said': the one person who speaks is the source, not a victim."""
        if not count.single:
            return False
        k = max(phrase.end, count.last)
        return k < len(self.lows) and self.lows[k] in self.vocab.words("speech_verbs", frozenset())

    def _in_source(self, count: Count) -> bool:
        """'according to two witnesses': a count in the phrase that names a source is no victim."""
        openers = self.vocab.phrases("source_openers")
        for k in range(count.first, max(0, count.first - 4) - 1, -1):
            if openers.ends_at(self.lows, k):
                return self.lows[k] not in {"whom", "which", "them", "him", "her"}   # "according to whom three ..."
            if k < count.first and not self.tokens[k].is_word:
                return False
        return False

    # -- a. right before the count ------------------------------------------------------------------------------

    def _active_before(self, count: Count, phrase: Phrase) -> Trigger | None:
        if (fronted := self._fronted_participle(count)) is not None:
            return fronted
        if count.zero:
            return None
        k = count.first
        openers = self.vocab.words("count_openers", _COUNT_OPENERS)
        while k > 0 and (self.lows[k - 1] in openers - {self.lows[count.first]} or self.lows[k - 1] in QUOTE_MARKS):
            k -= 1   # "killed another 12", 'had "neutralised" 146 militants'
        endings = tuple(self.vocab.words("adverb_endings", frozenset()))
        if endings and k > 1 and self.lows[k - 1].endswith(endings) and len(self.lows[k - 1]) > 6 \
                and self.trigger_end.get(k - 1) is not None and "active" in self.trigger_end[k - 1].forms:
            k -= 1   # "feriu gravemente outros dois homens": an adverb between the verb and its object
        copula = self.copulas.ends_at(self.lows, k) if self.copulas.by_first else 0
        if copula and (trigger := self.trigger_end.get(k - copula)) is not None and not trigger.active:
            if trigger.forms & {"verb", "predicate", "noun", "inverted"}:
                return trigger   # "Among the dead were two nurses", "Those killed were four farmers"
        trigger = self.trigger_end.get(k) or self._inverted_across(k)
        if trigger is None or trigger.passive or not ({"verb", "active", "inverted", "care"} & trigger.forms):
            return None
        if "care" in trigger.forms and not trigger.active:
            return None
        if self.lows[trigger.first] in self.vocab.needs_person_object:
            phrase = self._shared_phrase(count, phrase)
            if not self._names_people(phrase) or self._outcome_right_after(phrase):
                return None  # "lost 85 servicemen killed and wounded": the words after say what was lost
        return trigger

    def _fronted_participle(self, count: Count) -> Trigger | None:
        """'Verletzt wurde niemand', 'Getötet wurden dabei zwei Soldaten': an outcome participle opens the
        clause, then the passive auxiliary (and fillers), then its subject (grammar.yaml ``fronted_participles``)."""
        if "fronted_participles" not in self.vocab.flags:
            return None
        k = count.first
        fillers = self.vocab.words("verb_fillers", frozenset())
        while k > 0 and self.lows[k - 1] in fillers and k - 1 not in self.trigger_end:
            k -= 1
        if k < 2 or self.lows[k - 1] not in self.vocab.words("passive_aux", frozenset()):
            return None
        trigger = self.trigger_end.get(k - 1)
        if trigger is None or "verb" not in trigger.forms or trigger.active:
            return None
        opens = trigger.first == 0 or self.lows[trigger.first - 1] in {",", ";", ":", "(", "–", "—"} \
            or not self.tokens[trigger.first - 1].is_word
        return trigger if opens else None

    def _inverted_across(self, k: int) -> Trigger | None:
        """'Bei dem Brand starb am Sonntag eine Frau': in a verb-second language the subject of an intransitive
        outcome verb may follow adverbials (grammar.yaml ``inverted_gap: true``; up to _INVERTED_GAP tokens). The verb
        has no subject before it in its clause (a figure there is its subject: 'Zwei Soldaten starben bei
        Kämpfen mit drei Rebellen'), and the word before the count opens no phrase of its own ('vor den Augen
        ihrer zwei Kinder', 'mit drei Rebellen')."""
        if "inverted_gap" not in self.vocab.flags or k < 2 or self.lows[k - 1] in self._gap_blockers():
            return None
        for j in range(k - 1, max(0, k - 1 - _INVERTED_GAP), -1):   # token j is in the gap
            low = self.lows[j]
            if j in self.count_at or j in self.trigger_at or low in self.coordination or low in {":", "(", ")"} or (
                    low in self.clause_end and not (low == "." and self.tokens[j - 1].is_digit)
                    and self.lows[j + 1] not in self._determiners()):
                return None   # "am 8. Dezember" is a date, no full stop; "während eines Angriffs" no clause
            trigger = self.trigger_end.get(j)
            if trigger is not None:
                if "inverted" not in trigger.forms or trigger.active or self._subject_before(trigger.first):
                    return None
                return trigger
        return None

    def _object_prepositions(self) -> frozenset[str]:
        """grammar.yaml ``object_prepositions``: a person after one is its object, no subject ('neben dem Fahrer')."""
        return self.vocab.words("object_prepositions", frozenset())

    def _gap_blockers(self) -> frozenset[str]:
        return self.vocab.derived("inverted_gap_blockers", lambda v: frozenset(
            v.words("determiners", frozenset()) | v.words("place_prepositions", frozenset())
            | v.words("partitive", frozenset()) | v.possessives))

    def _determiners(self) -> frozenset[str]:
        return self.vocab.derived("gap_determiners", lambda v: frozenset(
            v.words("determiners", frozenset()) | v.words("place_articles", frozenset())))

    def _subject_before(self, k: int) -> bool:
        """A count before token k in its clause."""
        for j in range(k - 1, -1, -1):
            if self.lows[j] in self.clause_end or self.lows[j] in {",", ":"}:
                return False
            if j in self.count_at:
                return True
        return False

    def _shared_phrase(self, count: Count, phrase: Phrase) -> Phrase:
        """'lost 12 and 15 residents': the noun after the last of coordinated figures is theirs."""
        if not phrase.empty:
            return phrase
        k = count.last
        while k + 1 < len(self.lows) and self.lows[k] in {"and", ",", "or"} and k + 1 in self.count_at:
            later = self.count_at[k + 1]
            if not self.phrases[later].empty:
                return self.phrases[later]
            k = self.counts[later].last
        return phrase

    def _tight_nominal(self, count: Count) -> Trigger | None:
        """'the killing of at least 26 persons': a casualty noun and 'of' right before the count (and the
        words that open it: 'il ferimento di altre due')."""
        k = count.first
        openers = self.vocab.words("count_openers", _COUNT_OPENERS)
        while k > 2 and self.lows[k - 1] in openers - {self.lows[count.first]}:
            k -= 1
        if k < 2 or self.lows[k - 1] not in self.vocab.words("partitive", {"of"}):
            return None
        trigger = self.trigger_end.get(k - 1) or self.trigger_end.get(k) or self._before_adjective(k - 2)
        if trigger is not None and "noun" in trigger.forms and trigger.last in (k - 2, k - 1, k):
            return trigger
        return None

    def _before_adjective(self, k: int) -> Trigger | None:
        """'la mort tragique de deux Suédois': where adjectives follow the noun, one may stand between the
        casualty noun and 'de'."""
        if "noun_before_adjective" not in self.vocab.flags or k < 1 or k in self.trigger_at:
            return None
        token = self.tokens[k]
        if not token.is_word or token.is_capitalised or self.lows[k] in self.vocab.words("stop_words", frozenset()):
            return None
        return self.trigger_end.get(k)

    def _breakdown(self, count: Count) -> Trigger | None:
        """'47 morts - 14 gendarmes, 30 civils et 3 supplétifs -', '12 dead (eight soldiers and four
        civilians)': right after a figure and its casualty noun, a dash or bracket opens the parts of that
        figure; the first part takes its outcome (the others are joined to it)."""
        k = count.first - 1
        if k < 2 or self.lows[k] not in _BREAKDOWN_MARKS:
            return None
        trigger = self.trigger_end.get(k)
        if trigger is None or "noun" not in trigger.forms or trigger.active:
            return None
        whole = self.count_at.get(next((c.first for c in self.counts if c.last == trigger.first), -1))
        return trigger if whole is not None else None

    def _partitive_before(self, count: Count) -> Trigger | None:
        """'Of the dead, 14 were women', 'Among the injured, six are children': a part of a casualty group
        named before the count."""
        k = count.first - 1
        if k < 2 or self.lows[k] != ",":
            return None
        trigger = self.trigger_end.get(k)
        if trigger is None or "noun" not in trigger.forms:
            return None
        j = trigger.first
        while j > 0 and self.lows[j - 1] in self.vocab.words("determiners", {"the", "these", "those", "their"}):
            j -= 1
        return trigger if j > 0 and self.lows[j - 1] in self.partitive_open and (j == 1 or not
                                                                                  self.tokens[j - 2].is_word) else None

    def _partitive_of(self, count: Count) -> Trigger | None:
        """'Thirty of the injured are in serious condition', 'two of the wounded later died', 'eleven of the
        casualties were deaths': a part of a casualty group, with its own outcome when one follows."""
        j = count.last
        if j >= len(self.lows) or self.lows[j] not in self.vocab.words("partitive", {"of"}):
            return None
        noun = next((self.trigger_at[k] for k in range(j + 1, min(j + 4, len(self.lows))) if k in self.trigger_at), None)
        if noun is None or "noun" not in noun.forms or any(k in self.count_at for k in range(j, noun.first)):
            return None
        return self._predicate_after(noun) or noun

    def _predicate_after(self, noun: Trigger) -> Trigger | None:
        k = noun.last
        and_words = self.vocab.words("and_words", {"and"})
        while k < len(self.lows) and k - noun.last < 7 and k not in self.trigger_at:
            if self.lows[k] in self.clause_end or self.lows[k] == "," or k in self.count_at \
                    or self.lows[k] in and_words or self._relative_at(k):
                return None   # "une quinzaine de morts et des éléments qui manquent": another phrase's verb
            k += 1
        after = self.trigger_at.get(k)
        if after is None or after.active or after.outcomes == noun.outcomes or "adjacent" in after.forms:
            return None
        return after if after.forms & {"verb", "predicate", "noun"} else None

    def _is_denominator(self, n: int) -> bool:
        """'199 dead of the 200 passengers', 'four of the 12 crew': the figure after 'of the' is the whole."""
        count = self.counts[n]
        k = count.first
        partitive = self.vocab.words("partitive", {"of"})
        leads = self.vocab.words("partitive_leads", frozenset())
        if k >= 1 and self.lows[k - 1] in self.vocab.words("partitive_articles", frozenset()):
            k += 1   # "5 dos 200 passageiros": a preposition and an article in one word
        elif k >= 3 and self.lows[k - 1] in partitive and self.lows[k - 2] in leads:
            return any(c.last == k - 2 for c in self.counts[:n])   # "two out of five militants"
        elif k >= 2 and self.lows[k - 1] in partitive:
            return self._container_of(n) is not None
        elif k < 2 or self.lows[k - 1] not in self.vocab.words("determiners", {"the", "its", "their", "all"}):
            return False
        elif self.lows[k - 2] not in partitive:
            return False
        return any(c.last <= k - 2 and k - 2 - c.last <= 2 for c in self.counts[:n])

    def _part_of_whole(self, n: int) -> Trigger | None:
        """'Four of the 12 crew died', 'Three of the five kidnapped workers were killed', 'Two of the 30
        injured later died': a part of a counted whole takes the outcome said of the whole after it; a
        trigger right after the whole's figure ('five kidnapped workers') only describes the whole."""
        whole = self._whole_after(n)
        if whole is None:
            return None
        whole_end, found = self.counts[whole].last, None
        for k in range(whole_end, min(whole_end + _FORWARD_WINDOW, len(self.lows))):
            if self.lows[k] in self.clause_end or k in self.count_at:
                break
            trigger = self.trigger_at.get(k)
            if trigger is None:
                continue
            if k == whole_end:
                found = None if trigger.active else trigger
            elif trigger.active:
                return None   # "two of the 12 gunmen killed a guard": the part is the agent
            elif trigger.forms & {"verb", "predicate"}:
                found = trigger
                break
        return found

    def _whole_after(self, n: int) -> int | None:
        """The counted whole that count ``n`` is a part of: 'four of the 12 crew', 'two out of five militants'."""
        j = self.counts[n].last
        j += j < len(self.lows) and self.lows[j] in self.vocab.words("partitive_leads", frozenset())   # "out of"
        if j >= len(self.lows) or self.lows[j] not in self.vocab.words("partitive", {"of"}):
            return None
        j += 1
        while j < len(self.lows) and self.lows[j] in self.vocab.words("determiners", {"the", "its", "their", "all"}):
            j += 1
        return self.count_at[j] if j in self.count_at and self._is_denominator(self.count_at[j]) else None

    def _container_of(self, n: int) -> int | None:
        """'Three members of a family', 'two relatives of a soldier', 'five members of two rival groups': the
        count after 'of' names who the people before it belong to, not the victims. Returns the index of the
        count that owns the figure, whose head noun ends right before 'of'."""
        of = self.counts[n].first - 1
        if of < 1 or self.lows[of] not in self.vocab.words("partitive", {"of"}):
            return None
        for m in range(n - 1, -1, -1):
            phrase = self.phrases[m]
            if not phrase.empty and phrase.last == of and self.lows[phrase.last - 1] in self.vocab.person_nouns:
                return m
        return None

    def _vague_part_of_casualties(self, count: Count) -> bool:
        """'several of the injured were treated for burns': a vague part of a toll told elsewhere is
        no figure of its own (GUIDELINE convention 6); 'ten of the injured' is."""
        if count.kind != "vague" or self.lows[count.last:count.last + 2] != ["of", "the"]:
            return False
        hit = self.trigger_at.get(count.last + 2) or self.trigger_at.get(count.last + 1)
        return hit is not None and "noun" in hit.forms

    def _vague_severity(self, count: Count, phrase: Phrase) -> bool:
        """'more than 20 injured, several of them seriously', 'varios de ellos aún en estado grave': a vague
        part of the injured told by its severity is no claim (GUIDELINE convention 6); 'five of them
        seriously' is."""
        if count.kind != "vague":
            return False
        start = max(phrase.end, count.last)
        return any((hit := self.trigger_at.get(k)) is not None and "adjacent" in hit.forms
                   for k in range(start, min(start + 3, len(self.lows))))

    def apposition(self, n: int) -> bool:
        """'The shooter, a 27-year-old local man, was killed': the second 'a' names the same person.
        In a list ('a soldier, a woman, a child and two men') another count follows the closing comma;
        after a name ('Manjunath, a businessman from Karnataka, ...') the description is his."""
        count = self.counts[n]
        if n == 0 or not count.single or count.first == 0 or self.lows[count.first - 1] != ",":
            return False
        if self.lows[count.first] in self.vocab.possessives:
            return False   # "The farmer, whose daughter was abducted": another person
        previous = self.counts[n - 1]
        if previous.name and previous.last == count.first - 1 and not count.name:
            return True    # "Manjunath, a businessman from Karnataka"
        if count.name and previous.single and self.phrases[n - 1].end == count.first - 1:
            return True    # "The driver, Marta Olsen, died"
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
        trigger = self.trigger_at.get(phrase.first - 1)
        return trigger if trigger is not None and trigger.first == count.last else None

    def _names_people(self, phrase: Phrase) -> bool:
        return any(self.lows[k] in self.vocab.person_nouns for k in range(phrase.first, phrase.last))

    # -- b. after the count -------------------------------------------------------------------------------------

    def _forward(self, n: int) -> Trigger | None:
        count, phrase = self.counts[n], self.phrases[n]
        if count.single and count.first and self.lows[count.first - 1] in self._object_prepositions():
            return None   # "Neben dem Fahrer starben zwei Passagiere": one person after a preposition is no subject
        if count.zero and set(self.lows[phrase.first:phrase.last]) & _ZERO_BLOCK:
            return None   # "no official figure of injured": no figure, not a zero
        start = max(phrase.end, count.last)
        start = skip_aside(self.tokens, self.lows, start, self.vocab)   # "28 people—mostly tourists—were killed"
        limit = start + (3 if self.lows[count.first] == "no" else _FORWARD_WINDOW)
        for k in range(start, min(limit, len(self.lows))):
            low = self.lows[k]
            if k in self.trigger_at:
                return self._forward_trigger(count, start, k)
            if k in self.count_at and k > start - 1:
                if self._container_of(self.count_at[k]) == n:   # "Three members of a family were killed"
                    return self._forward_past(n, self.phrases[self.count_at[k]])
                opens = self._item_start(start, k)   # "Two soldiers and their three children"
                locative = self.vocab.places.get("locative") or ()
                own_place = next((j for j in range(start, opens - 1) if self.lows[j] in locative
                                  and self.tokens[j + 1].is_capitalised), None)
                between = {w for j, (w, t) in enumerate(zip(self.lows[start:opens], self.tokens[start:opens]), start)
                           if not t.is_capitalised and j != own_place}   # "Two soldiers in Mali and three ...": the item's place
                if own_place is not None and n not in self.item_places:
                    end = own_place + 1
                    while end < opens and self.tokens[end].is_word and self.tokens[end].is_capitalised:
                        end += 1
                    self.item_places[n] = (own_place + 1, end)
                if "with" in between:
                    return None   # "4 women, with 17 others injured": the others' outcome is theirs
                if not between and not self.tokens[start - 1].is_word:
                    between = {self.lows[start - 1]}   # "two soldiers, three civilians": the comma joins them
                if between and (between <= self.coordination or between <= self.subgroup - {"of"} | {","}):
                    if "," in between and self._opens_subgroup(count):
                        return None   # "two people, including a child, and twelve were injured": the child is a part
                    if between & self.vocab.words("part_openers", frozenset()) and self._own_outcome(self.count_at[k]):
                        return None   # "sept victimes, dont trois décédées": the outcome is the part's alone
                    return self.link(self.count_at[k])   # "two children among 12 dead"
                return None
            if count.single and self._relative_at(k):
                return self._relative_outcome(count, start, k)   # "un varón de 53 años que murió"
            if (low in self.clause_end and not (low in self.vocab.words("as_words", frozenset()) and k + 1 in self.trigger_at)) \
                    or low == ":":   # "dos personas: un varón que murió y ...": the list says who
                return None   # German "als" before an outcome word is "as" ("gelten noch als vermisst"), no clause
            if count.zero and (low in _ZERO_BLOCK or low in {"on", "about"}):
                return None
            if self.vocab.reporting_verbs.match(self.lows, k) and count.single:
                return None   # "The chief estimated 300 were killed": the one person is the source
        return None

    def _own_outcome(self, part: int) -> bool:
        """The part's outcome word follows its noun and ends the clause ('dont trois décédées', 'among them
        two dead'): it is said of the part, not of the whole before it."""
        trigger = self.link(part)
        end = max(self.phrases[part].end, self.counts[part].last)
        if trigger is None or trigger.first != end:
            return False
        after = trigger.last
        return after >= len(self.lows) or self.lows[after] in self.clause_end or not self.tokens[after].is_word

    def _opens_subgroup(self, count: Count) -> bool:
        """A subgroup word ('including', 'incluido', 'darunter', 'dont') opens the count, after a comma or a
        bracket: the count is a part of the figure before it."""
        k = count.first - 1
        words = self.subgroup - self.vocab.words("partitive", {"of"})
        if k >= 1 and self.lows[k] in words and self.lows[k - 1] in {",", "("}:
            return True
        return k >= 2 and f"{self.lows[k - 1]} {self.lows[k]}" in words and self.lows[k - 2] in {",", "("}

    def _relative_outcome(self, count: Count, start: int, k: int) -> Trigger | None:
        """One person, then a relative clause whose verb is what happened to them ('un varón que murió', 'a
        soldier who was killed'); a relative clause that does something ('a gunman who killed three') is no outcome,
        and 'the man who was killed' names a person counted already."""
        if self.lows[count.first] not in self.vocab.words("indefinite_articles", {"a", "an"}):
            return None
        j = k + 1
        aux = self.vocab.words("passive_aux", _PASSIVE_AUX) | self.vocab.words("subject_aux", frozenset())
        while j < len(self.lows) and j - k <= 3 and j not in self.trigger_at and (
                self.lows[j] in aux or self.lows[j] in self.vocab.words("verb_fillers", frozenset())):
            j += 1
        trigger = self.trigger_at.get(j)
        if trigger is None or trigger.active or not trigger.forms & {"verb", "predicate"} or trigger.last in self.count_at:
            return None
        return self._forward_trigger(count, start, j)

    def _relative_at(self, k: int) -> bool:
        """A relative pronoun opens a clause at k; one that is also an article (grammar.yaml ``article_relatives``,
        German 'der') only after a comma ('Der Angreifer wurde von der Polizei erschossen' holds no clause)."""
        if self.lows[k] not in self.relatives:
            return False
        return self.lows[k] not in self.vocab.words("article_relatives", frozenset()) or self.lows[k - 1] == ","

    def _forward_past(self, n: int, container: Phrase) -> Trigger | None:
        """The outcome after a container ('of a family', 'of two rival groups'), read for count ``n``."""
        start = max(container.end, container.last)
        for k in range(start, min(start + _FORWARD_WINDOW, len(self.lows))):
            if k in self.trigger_at:
                return self._forward_trigger(self.counts[n], start, k)
            if k in self.count_at or self.lows[k] in self.clause_end:
                return None
        return None

    def _forward_trigger(self, count: Count, start: int, k: int) -> Trigger | None:
        trigger = self.trigger_at[k]
        if trigger.active:
            return None  # the count is the subject of an active verb: "two gunmen killed ..."
        if "adjacent" in trigger.forms and trigger.forms <= {"adjacent", "noun"}:
            if count.kind == "vague" or count.single:
                return None   # "many in critical condition": no figure (convention 6)
            return trigger if k == start and self._ends_item(trigger.last) else None   # "three of them seriously"
        if trigger.forms & {"verb", "predicate"} or "care" in trigger.forms:
            found = self._noun_after(trigger) or trigger   # "two burnt bodies"
            if "noun" in trigger.forms and k == start and (after := self._verb_after_noun(trigger)) is not None \
                    and after.outcomes != trigger.outcomes:
                return after   # "Deux blessés ont succombé": the word is the noun, the verb after it tells
            return self._died_later(found) or found
        if "noun" in trigger.forms and self._after_injury_verb(k):
            return self._verb_after_noun(trigger) or trigger
        if "noun" in trigger.forms and k - start <= 3 and not self._verb_between(start, k) \
                and not set(self.lows[start:k]) & self.vocab.words("and_words", {"and"}):   # "bei 30.920 und die der Vermissten"
            return self._verb_after_noun(trigger) or trigger
        return None  # a casualty noun far from the count belongs to another phrase

    def _died_later(self, trigger: Trigger) -> Trigger | None:
        """'Tres jóvenes fueron baleados pero no sobrevivieron', 'dois homens foram baleados, mas não
        resistiram', 'were injured and later died': the wounded of the clause died, so the claim is a death.
        After the wound: a joiner (grammar.yaml ``later_joiners``), fillers, then a death said of the same
        subject (no figure of its own before or right after it)."""
        joiners = self.vocab.words("later_joiners", frozenset())
        if not joiners or trigger.outcomes != ("injured",):
            return None
        if (result := self._died_of_it(trigger)) is not None or (result := self._died_after_relative(trigger)) is not None:
            return result
        fillers = self.vocab.words("verb_fillers", frozenset()) | self.vocab.words("later_fillers", frozenset())
        endings = tuple(self.vocab.words("adverb_endings", frozenset()))
        k, joined = trigger.last, False
        while k < len(self.lows) and k - trigger.last < 6 and k not in self.trigger_at:
            low = self.lows[k]
            if low in joiners:
                joined = True
            elif not (low == "," or low in fillers or (endings and low.endswith(endings) and len(low) > 5)):
                return None
            k += 1
        later = self.trigger_at.get(k)
        if not joined or later is None or later.outcomes != ("killed",) or later.active or later.vetoed \
                or not later.forms & {"verb", "predicate"} or later.last in self.count_at:
            return None
        return later

    def _died_after_relative(self, trigger: Trigger) -> Trigger | None:
        """'Dois pacientes que estavam internados no hospital morreram': a wound or care said in a relative clause
        right after the people, then the main clause's verb, a death, with no figure of its own."""
        k = trigger.first - 1
        aux = self.vocab.words("passive_aux", _PASSIVE_AUX) | self.vocab.words("subject_aux", frozenset())
        while k > 0 and (self.lows[k] in aux or self.lows[k] in self.vocab.words("verb_fillers", frozenset())):
            k -= 1
        if k < 1 or not self._relative_at(k) or self.lows[k - 1] == ",":
            return None   # "..., que fueron trasladadas": an aside, no subject of a later verb
        for j in range(trigger.last, min(trigger.last + 10, len(self.lows))):
            if j in self.count_at or self.lows[j] in self.clause_end or self.lows[j] in {",", ";", ":"}:
                return None
            later = self.trigger_at.get(j)
            if later is not None:
                return later if self._is_own_death(later) else None
        return None

    def _is_own_death(self, later: Trigger) -> bool:
        """A death said of the subject before it: a passive or intransitive killed verb with no figure of its own."""
        return later.outcomes == ("killed",) and not later.active and not later.vetoed \
            and bool(later.forms & {"verb", "predicate"}) and later.last not in self.count_at

    def _died_of_it(self, trigger: Trigger) -> Trigger | None:
        """'wurde so schwer verletzt, dass er noch am Unfallort starb', 'so badly hurt that he died': a clause of
        result (grammar.yaml ``result_joiners``) whose verb is a death, with no figure of its own."""
        k = trigger.last + (trigger.last < len(self.lows) and self.lows[trigger.last] == ",")
        if k >= len(self.lows) or self.lows[k] not in self.vocab.words("result_joiners", frozenset()):
            return None
        for j in range(k + 1, min(k + 12, len(self.lows))):
            if j in self.count_at or self.lows[j] in self.clause_end or self.lows[j] == ",":
                return None
            later = self.trigger_at.get(j)
            if later is not None:
                return later if self._is_own_death(later) else None
        return None

    def _ends_item(self, k: int) -> bool:
        """'four critically—', 'six in serious condition,': nothing more is said of the item
        (in 'three critically acclaimed films' the adverb is another phrase's)."""
        if k >= len(self.lows) or not self.tokens[k].is_word or k in self.trigger_at:
            return True
        return self.lows[k] in self.coordination or self.lows[k] in self.clause_end or self.lows[k] in {
            "and", "or", "after", "when", "while", "in", "at", "with"}

    def _verb_between(self, start: int, k: int) -> bool:
        """'some officials placed the death toll higher': a verb between the count and the noun."""
        endings = tuple(self.vocab.words("verb_endings", {"ed", "ing"}))
        return any(not self.tokens[j].is_capitalised and self.lows[j].endswith(endings) and len(self.lows[j]) > 4
                   and self.lows[j] not in self.vocab.person_nouns for j in range(start, k - 1))   # "charred bodies"

    def _noun_after(self, trigger: Trigger) -> Trigger | None:
        """'Two burnt bodies were found': an outcome adjective before a casualty noun; the noun tells."""
        after = self.trigger_at.get(trigger.last)
        return after if after is not None and "noun" in after.forms and after.outcomes != trigger.outcomes else None

    def _verb_after_noun(self, noun: Trigger) -> Trigger | None:
        """'six hostages were killed', 'two prisoners died': a casualty noun naming the people, then what
        happened to them."""
        k = noun.last
        while k < len(self.lows) and k - noun.last < 3 and self.lows[k] in self.vocab.words("bare_aux", frozenset()):
            k += 1
        after = self.trigger_at.get(k)
        if after is None or after.active or not after.forms & {"verb", "predicate"}:
            return None
        return after if k > noun.last or "predicate" in after.forms else None

    def _after_injury_verb(self, k: int) -> bool:
        """'Two workers were pulled out alive with minor injuries', 'sustained a bullet injury': the verb
        ties the noun to the subject."""
        before = self.lows[max(0, k - 4):k]   # "sustained various degrees of injury"
        return bool(set(before) & self.injury_verbs) and all(w not in self.clause_end for w in before)

    # -- c. after an earlier linked count -----------------------------------------------------------------------

    def _item_start(self, floor: int, k: int) -> int:
        """Where the list item whose count is at ``k`` starts: a possessive before the count opens it ("his
        three children"); never before ``floor``."""
        while k > floor and self.lows[k - 1] in self.vocab.possessives:
            k -= 1
        return k

    def _coordinated_before(self, n: int) -> Trigger | None:
        if n == 0:
            return None
        previous = self.counts[n - 1]
        end = self._past_item_tail(max(self.phrases[n - 1].end, previous.last), self.counts[n].first)
        first = self._item_start(end, self.counts[n].first)   # "a man, his three children and a woman"
        gap = set(self.lows[end:first])
        if gap and gap <= self.coordination and not gap & self.subgroup - {"of"}:
            if self._own_participle(n):
                return None   # "el fallecimiento de una persona y 32 personas evacuadas": the evacuated are no dead
            # "28 dead of the 242 on board, and 3 on the ground": a whole passes its outcome on
            return self.link(n - 1) or self.wholes.get(n - 1)
        return self._parallel(n)

    def _own_participle(self, n: int) -> bool:
        """A participle that is no outcome word right after the count's noun says what happened to its
        people ('32 personas evacuadas', '300 evacuated'): they share no outcome with the count before."""
        if "noun_before_adjective" not in self.vocab.flags:
            return False
        k = max(self.phrases[n].end, self.counts[n].last)
        if k >= len(self.lows) or k in self.trigger_at or not self.tokens[k].is_word or self.tokens[k].is_capitalised:
            return False
        low = self.lows[k]
        endings = tuple(self.vocab.words("participle_endings", frozenset()))
        return bool(endings) and low.endswith(endings) and low not in self.vocab.person_nouns

    def _past_item_tail(self, j: int, limit: int) -> int:
        """After what follows a list item: 'from Karnataka', 'named N Ramachandran', '(60)', '—names—'
        (never past ``limit``, the next item)."""
        for _ in range(3):
            moved = skip_aside(self.tokens, self.lows, j, self.vocab)
            if moved > limit:
                moved = j
            if moved == j and j + 1 < len(self.lows) and self.lows[j] in {"from", "of", "named", "called"} \
                    and self.tokens[j + 1].is_capitalised:
                moved = j + 1
                while moved < len(self.lows) and self.tokens[moved].is_capitalised and self.tokens[moved].is_word:
                    moved += 1
            if moved == j or moved > limit:
                return j
            j = moved
        return j

    def _parallel(self, n: int) -> Trigger | None:
        """'Four people died in Ardmore and two in Kelby', ', more than 230 in the west': a count after
        and/',' followed by the preposition that followed an earlier linked count's outcome."""
        count = self.counts[n]
        joiners = self.vocab.words("and_words", {"and"}) | {",", "while"}
        if self.parallel and (fronted := self._fronted_parallel(n, joiners)) is not None:
            return fronted
        opening = count.first - 1
        while opening > 0 and self.lows[opening] in self.vocab.words("count_openers", _COUNT_OPENERS):
            opening -= 1   # ", another six in Chuhuiv"
        if not self.parallel or count.first == 0 or self.lows[opening] not in joiners:
            return None
        after = self.phrases[n].end if not self.phrases[n].empty else count.last
        while after < len(self.lows) and self.lows[after] in self.vocab.more_words:
            after += 1   # "and two more in hospital", "y cinco más en el hospital"
        if after >= len(self.lows) or self.lows[after] not in self.parallel:
            return None
        word = self.lows[after]
        for m in range(n - 1, -1, -1):
            trigger = self.link(m)
            if trigger is None:
                continue
            span = self.lows[min(trigger.last, self.counts[m].last):count.first]
            if word not in span or set(span) & (self.clause_end - {"—"}):
                return None
            end = after + 1
            while end < len(self.tokens) and self.tokens[end].is_word and self.tokens[end].is_capitalised:
                end += 1
            if end > after + 1:
                self.item_places[n] = (after + 1, end)   # "and two in Kelby": the item's own place
            return trigger
        return None

    def _fronted_parallel(self, n: int, joiners) -> Trigger | None:
        """'In Indien starben 62 Menschen, in China mindestens 20', 'En Veracruz murieron 34 y en Hidalgo 22':
        a place phrase opened by a parallel word, then a bare count that ends its item, after a joiner; the
        clause before opened with the same word and its count is linked."""
        count = self.counts[n]
        k = count.first - 1
        while k > 0 and self.tokens[k].is_word and self.tokens[k].is_capitalised:
            k -= 1   # the place's name
        if k < 1 or k == count.first - 1 or self.lows[k] not in self.parallel or self.lows[k - 1] not in joiners:
            return None
        if not self.phrases[n].empty or (count.last < len(self.lows) and self.tokens[count.last].is_word
                                         and self.lows[count.last] not in joiners):
            return None   # the item says more ("in Charkiw fünf Verletzte"): read elsewhere
        word = self.lows[k]
        for m in range(n - 1, -1, -1):
            trigger = self.link(m)
            if trigger is None:
                continue
            start = min(self.counts[m].first, trigger.first)
            opened = any(self.lows[j] == word for j in range(max(0, start - 4), start))
            between = self.lows[max(trigger.last, self.counts[m].last):k]
            if not opened or set(between) & (self.clause_end - {"—"}):
                return None
            if k + 1 < count.first:
                self.item_places[n] = (k + 1, count.first)   # the item's own place
            return trigger
        return None

    # -- d. a casualty noun before the count --------------------------------------------------------------------

    def _nominal_before(self, count: Count) -> Trigger | None:
        k = count.first - 1
        while k >= 0 and count.first - k <= 8:
            start = next((t for end, t in self.trigger_end.items() if end == k + 1), None)
            if start is not None:
                return start if "noun" in start.forms or not start.active else None
            if self._is_old_figure(k):
                k -= 2   # "rose from 12 to 15"
                continue
            if self.lows[k] not in self.nominal_gap and not self.tokens[k].is_capitalised:
                return None
            k -= 1
        return None

    def _is_old_figure(self, k: int) -> bool:
        return k > 0 and self.tokens[k].is_digit and self.lows[k - 1] == "from"

    def _toll_before(self, count: Count) -> Trigger | None:
        """'The death toll from Monday's floods in the north has surpassed 900', 'Myanmar's death toll from
        the quake reached 1,644': a toll noun, a phrase opened by a preposition, verbs of a toll, the figure."""
        verbs = self.vocab.words("toll_verbs", frozenset())
        if not verbs:
            return None
        k, seen_verb = count.first - 1, False
        while k >= 0 and (self.lows[k] in verbs or self._is_old_figure(k)):
            seen_verb = seen_verb or self.lows[k] not in {"to", "at", "of", "the"}
            k -= 2 if self._is_old_figure(k) else 1
        if not seen_verb:
            return None
        prepositions = self.vocab.words("toll_prepositions", frozenset())
        inside = self.vocab.words("toll_phrase_words", frozenset())
        for j in range(k, max(-1, count.first - _TOLL_WINDOW), -1):
            low = self.lows[j]
            if (low in self.clause_end and low not in inside) or low in {";", ":"} or j in self.count_at \
                    or (low in self.vocab.not_people and self.lows[j - 1] in self.coordination):
                return None   # "..., dan rumah yang rusak mencapai 300": the figure counts the houses
            trigger = self.trigger_end.get(j)
            if trigger is not None and ("noun" in trigger.forms or self._toll_relative(trigger)):
                return trigger if self.lows[j] in prepositions else None
        return None

    def _toll_relative(self, trigger: Trigger) -> bool:
        """'jumlah warga sipil yang tewas akibat ... telah mencapai 30.000': 'the number of ... who died' is a
        toll noun (grammar.yaml ``toll_heads`` a few words before the relative word and the outcome verb)."""
        heads = self.vocab.words("toll_heads", frozenset())
        k = trigger.first - 1
        if not heads or k < 1 or self.lows[k] not in self.relatives:
            return False
        return any(self.lows[j] in heads for j in range(max(0, k - 5), k))

    # -- e. a part of the figure before it ----------------------------------------------------------------------

    def _subgroup(self, n: int) -> Trigger | None:
        count = self.counts[n]
        before = self.lows[max(0, count.first - 2):count.first]
        if n == 0 or not (self.subgroup & set(before) or self.phrases[n].pronoun and before[-1:] == [","]):
            return None   # "including five children", "84 bodies were identified, five of them children"
        if count.single and before[-1:] and before[-1] in self.vocab.words("possessor_prepositions", {"of"}):
            return None   # "fired on the house of a tribal elder", "la police de la capitale": whose, not a part
        if count.single and self.counts[n - 1].last == count.first - 2 and before[0] in self.subgroup:
            return None   # "four people, one of them a child": the child is the one, no second victim
        if self._two_outcomes_before(count.first) and "(" not in before:
            return None   # "21 killed and 34 injured, including five children": which? (convention 4);
                          # "110 injured (including 17 children)" is the injured
        return self.link(n - 1) or self.wholes.get(n - 1)

    def _two_outcomes_before(self, k: int) -> bool:
        outcomes = {o for m in range(len(self.counts)) if self.counts[m].first < k and m in self.links
                    and self.links[m] is not None for o in self.links[m].outcomes}
        return len(outcomes - {"casualties"}) > 1


def link_counts(tokens: list[Token], counts: list[Count], triggers: list[Trigger],
                vocab: Vocabulary) -> list[Mention]:
    """One mention per (count, outcome) that links; counts without an outcome are dropped."""
    linker = _Linker(tokens, counts, triggers, vocab)
    mentions = []
    for n, count in enumerate(counts):
        trigger = linker.link(n)
        if trigger is None or linker.apposition(n):
            continue
        for outcome in _outcomes(count, trigger):
            mention = Mention(count, outcome, (trigger.first, trigger.last), linker.phrases[n], linker.item_places.get(n))
            mentions.extend(distribute(tokens, mention, vocab))
    return mentions + pronoun_mentions(tokens, counts, triggers, mentions, vocab)


def _outcomes(count: Count, trigger: Trigger) -> tuple[str, ...]:
    """GUIDELINE convention 5: 'an unknown number of people dead and injured' is two unknown claims (a figure
    for both is one `casualties` claim); convention 2: 'no casualties were reported' is killed 0."""
    if count.kind == "unknown" and trigger.pair:
        return trigger.pair
    if count.zero and trigger.outcomes == ("casualties",):
        return ("killed",)
    if count.zero:
        return tuple(dict.fromkeys("killed" if o == "casualties" else o for o in trigger.outcomes))
    return trigger.outcomes


def distribute(tokens: list[Token], mention: Mention, vocab: Vocabulary) -> list[Mention]:
    """'Ardmore, Kelby and Tarn reported 2 deaths each', 'A and B each recorded one fatality': one claim per
    place of the list that is the clause's subject (grammar.yaml ``distributive``)."""
    words = vocab.words("distributive", frozenset())
    if not words:
        return [mention]
    lows = [t.low for t in tokens]
    first = min(mention.count.first, mention.trigger[0])
    last = max(mention.count.last, mention.trigger[1], mention.phrase.last)
    k = first - 1
    while k >= 0 and first - k <= 4 and tokens[k].is_word and not tokens[k].is_capitalised:
        k -= 1   # the verb and its helpers: "reported", "each has", "each recorded"
    if not (set(lows[last:last + 2]) & words or set(lows[k + 1:first]) & words):
        return [mention]
    items, j = [], k
    while j >= 0 and tokens[j].is_word and tokens[j].is_capitalised:
        end = j + 1
        while j >= 0 and tokens[j].is_word and tokens[j].is_capitalised:
            j -= 1
        items.append((j + 1, end))
        if j >= 1 and lows[j] == "and" and lows[j - 1] == ",":
            j -= 2
        elif j >= 0 and lows[j] in {",", "and"}:
            j -= 1
        else:
            break
    opens_clause = j < 0 or lows[j] in vocab.words("clause_end", _CLAUSE_END) | {",", ":", ";"}
    if len(items) < 2 or not opens_clause:
        return [mention]
    whole = (items[-1][0], items[0][1])   # each claim's evidence is the list and its figure ("A, B and C had 1 each")
    return [Mention(mention.count, mention.outcome, mention.trigger, mention.phrase, place, whole)
            for place in reversed(items)]


def pronoun_mentions(tokens, counts, triggers, mentions, vocab) -> list[Mention]:
    """'fired at an officer and struck him in the leg': a pronoun object of an outcome verb counts the one
    person named before it in the sentence (a pronoun with no such person is no count, convention 1)."""
    lows = [t.low for t in tokens]
    linked = {m.count.first for m in mentions}
    out = []
    for trigger in triggers:
        if not trigger.active or trigger.vetoed or trigger.last >= len(lows) or lows[trigger.last] not in _PRONOUN_OBJECTS:
            continue
        if not vocab.person_verbs.match(lows, trigger.first) and lows[trigger.first] not in vocab.needs_person_object:
            continue
        before = [c for c in counts if c.single and c.last <= trigger.first and c.first not in linked]
        if before:
            person = before[-1]
            phrase = head_phrase(tokens, lows, person.last, vocab) if not person.name else \
                Phrase(person.first, person.last, person.last)
            out.append(Mention(person, trigger.outcomes[0], (trigger.first, trigger.last + 1), phrase))
    return out
