"""Step 5c: who stated a sentence's figures, named as fully as the page names them (GUIDELINE convention 20).

``context.find_reporter`` reads the source a sentence names ("X said", "according to X"). This module
resolves what that source stands for in the whole page:
  1. a pronoun ("he said", "they say")  -> the sentence's own subject, else the last person / source named before
  2. no source, inside a quotation       -> the quotation's speaker, named before it or after it ('…," he wrote.')
  3. a description ("the city's police chief", "the organization", "group says") -> the name the page gives
  4. an acronym ("the UKMTO")            -> its expansion in the page ("United Kingdom Maritime Trade Operations")
  5. a surname ("Kadyrov")               -> the fullest form in the page ("Ramzan Kadyrov"), titles dropped
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cached_property

from tollbook import gazetteer
from tollbook.model import Document, SegmentKind

from tollbook.claims import context
from tollbook.claims.phrases import STOP_WORDS
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

_LOOKBACK = 6          # sentences searched back for the antecedent of "he said"
_QUOTE_AHEAD = 6       # sentences searched forward for the end of a quotation
_REPORTED_SPEECH_BACK = 3   # sentences of reported speech searched back for the source they go on with
_OPEN_QUOTES, _CLOSE_QUOTES = "“«", "”»"
_QUOTE_MARK = re.compile("[%s]" % re.escape(_OPEN_QUOTES + _CLOSE_QUOTES + '"'))
_NAME_WORD = r"[A-Z][\w’'.-]*"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_PERSON = rf"[{_UPPER}][\w’'-]+(?: [{_UPPER}][\w’'-]+){{1,3}}"   # two to four capitalised words
_HEADLINE_SOURCE_WORDS = 6   # longest source read after a headline's dash
_HEADLINE_KINDS = {SegmentKind.HEADLINE, SegmentKind.STANDFIRST}
_ACRONYM_GAP = r"\s+(?:(?:of|and|for|on|the)\s+)?"   # "Ministry of Health" spells MoH / MH


_TITLE_CASE_SHARE = 0.7   # of a headline's words capitalised: title case, where capitals tell no names

class SourceResolver:
    """The source of each sentence of one document; ``tokens_of(index)`` gives a sentence's tokens."""

    def __init__(self, document: Document, vocab: Vocabulary, tokens_of: Callable[[int], list[Token]]):
        self.document, self.vocab, self.tokens_of = document, vocab, tokens_of
        self.text = document.text
        self._titles, self._not_person, self._openers = _word_sets(vocab)
        self._same_source = frozenset(p.lower() for p in vocab.attribution.get("same_source", ()))
        self._person_pronouns = frozenset(vocab.attribution.get("person_pronouns", ("he", "she")))
        self._named: dict[int, str | None] = {}

    def _reporter(self, index: int) -> str | None:
        """The source sentence ``index`` itself names, no token kept out (``find_reporter`` with nothing
        busy). Kept per sentence: the antecedent, quotation and organisation readers ask it of the same
        sentences again and again (the organisations of every sentence of the page)."""
        if index not in self._named:
            self._named[index] = context.find_reporter(self.text, self.tokens_of(index), self.vocab, set())
        return self._named[index]

    def source_of(self, index: int, busy: set[int]) -> str | None:
        """The fullest name of who stated the figures of sentence ``index``; ``busy``: count and outcome tokens."""
        tokens = self.tokens_of(index)
        reporter = context.find_reporter(self.text, tokens, self.vocab, busy)
        if context.is_pronoun(reporter, self.vocab) or self._is_same_source(reporter):
            reporter = self._pronoun(index, reporter)
        if reporter is None and (self._inside_quote(index) or self._opens_long_quote(index)):
            reporter = self._quote_speaker(index)
        if reporter is None and self._is_quotation(index):
            reporter = self._last_quote_speaker(index)
        if reporter is None and self._is_reported_speech(index):
            reporter = self._reported_speech_source(index)
        if reporter is None and self._is_headline_like(index):
            reporter = self._headline_source(tokens)
        if reporter is None:
            reporter = self._back_reference(index)
        return self.fullest(reporter, self.document.sentences[index].start) if reporter else None

    def _back_reference(self, index: int) -> str | None:
        """'Zwei Menschen seien getötet worden. Das teilte die Polizei mit.': the next sentence opens with a word
        that points back (attribution.yaml ``back_references``) and names who said it."""
        words = self.vocab.derived("back_references", lambda v: frozenset(v.attribution.get("back_references", ())))
        sentences = self.document.sentences
        if not words or index + 1 >= len(sentences) or sentences[index + 1].segment != sentences[index].segment:
            return None
        following = self.tokens_of(index + 1)
        if not following or following[0].low not in words:
            return None
        return self._reporter(index + 1)

    def _is_same_source(self, source: str | None) -> bool:
        """'la même source', 'the same source': the source named before."""
        return source is not None and source.lower() in self._same_source

    def _is_headline_like(self, index: int) -> bool:
        """A headline, or a line that ends with no full stop (a related article's headline)."""
        sentence = self.document.sentences[index]
        line_end = self.text.find("\n", sentence.start)
        line = self.text[self.text.rfind("\n", 0, sentence.start) + 1:line_end if line_end >= 0 else len(self.text)]
        return sentence.segment in _HEADLINE_KINDS or not line.rstrip().endswith((".", "!", "?", "”", '"', "»", ":"))

    def _headline_source(self, tokens: list[Token]) -> str | None:
        """'At least 30 killed in floods – Red Cross': a headline's source after its last dash."""
        dash = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].text in {"–", "—", "-"}
                     and tokens[k - 1].end < tokens[k].start), None)   # a spaced dash, not "Port-au-Prince"
        tail = tokens[dash + 1:] if dash is not None else []
        if not 1 <= len(tail) <= _HEADLINE_SOURCE_WORDS or not all(t.is_word or t.text == "," for t in tail):
            return None
        nouns = set(self.vocab.attribution["source_nouns"]) | {n.lower() for n in
                                                                self.vocab.attribution.get("organisation_nouns", ())}
        spelled_out = len(tail) == 1 and tail[0].text in self._acronyms   # "– KNCHR", spelled out in the page
        organisation = {w.lower() for w in self.vocab.attribution.get("organisation_words", ())}
        named = all(t.is_capitalised for t in tail if t.is_word) and any(t.low in organisation for t in tail)
        if not (spelled_out or named or any(t.low in nouns for t in tail) or self._is_person(
                self.text[tail[0].start:tail[-1].end])):
            return None   # "– VIDEO", "- Live updates"
        if self.vocab.triggers.match([t.low for t in tail], 0):
            return None
        return self.text[tail[0].start:tail[-1].end]

    # -- 1. pronouns ----------------------------------------------------------------------------------------

    def _pronoun(self, index: int, pronoun: str) -> str | None:
        """'who they say killed': the sentence's own subject; 'he said': the last person named before."""
        if self._is_same_source(pronoun):
            return self._antecedent(index, False)
        person = pronoun.lower() in self._person_pronouns
        own = self._own_subject(index, pronoun)
        if own and (not person or self._is_person(own)):
            return own
        return self._antecedent(index, person)

    def _own_subject(self, index: int, pronoun: str) -> str | None:
        tokens = self.tokens_of(index)
        at = next((k for k, t in enumerate(tokens) if t.text == pronoun), 0)
        if at == 0:
            return None
        source = context.sentence_subject(self.text, tokens[:at], self.vocab)
        if context.is_pronoun(source, self.vocab) or self._is_counted(source):
            return None
        return source

    def _is_counted(self, subject: str | None) -> bool:
        """'Eleven of the wounded ..., it added': a subject that opens with a figure is the victims."""
        first = subject.split()[0].lower() if subject else ""
        numbers = self.vocab.numbers
        return first[:1].isdigit() or first in numbers["units"] or first in numbers["tens"] \
            or self.vocab.vague.match([first], 0) is not None

    def _antecedent(self, index: int, person: bool) -> str | None:
        for earlier in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
            source = self._reporter(earlier)
            if source and not context.is_pronoun(source, self.vocab) and (
                    not person or self._is_person(source) or self._is_one_person(source)):
                return source
            if person:
                names = self.person_names(earlier)
                if names:
                    return names[0]
        return None

    def person_names(self, index: int) -> list[str]:
        """Names of people in a sentence, titles dropped: 'Major General Igor Konashenkov' -> 'Igor Konashenkov'."""
        out = []
        if self._is_title_case(index):
            return out   # "Bandits Attack: 22 Villagers Killed": every word capitalised, no name to tell
        for run in _capitalised_runs(self.tokens_of(index)):
            titled = [k for k, t in enumerate(run) if t.text in self._titles or t.text.rstrip(".") in self._titles]
            words = run[titled[-1] + 1:] if titled else run
            while words and (words[0].low in self._not_person or words[0].low in self._openers):
                words = words[1:]
            name = self.text[words[0].start:words[-1].end] if words else ""
            if len(words) >= 2 and self._is_person(name) and gazetteer.resolve(name, self.document.language) is None:
                out.append(name)   # "Burkina Faso", "Sierra Leone", "New York": two capitalised words, a place
        return out

    def _is_title_case(self, index: int) -> bool:
        """A headline written in title case: nearly all its words capitalised (``_TITLE_CASE_SHARE``)."""
        if self.document.sentences[index].segment != SegmentKind.HEADLINE:
            return False
        words = [t for t in self.tokens_of(index) if t.is_word]
        return len(words) >= 4 and sum(t.is_capitalised for t in words) >= _TITLE_CASE_SHARE * len(words)

    def _is_one_person(self, description: str) -> bool:
        """'A source', 'the State police spokesman', 'a local resident': a description of one person."""
        words = self.vocab.derived("source_person_nouns", lambda v: frozenset(
            v.attribution.get("person_nouns", ())) | frozenset(v.attribution.get("title_nouns", ())))
        return description.split()[-1].lower() in words

    def _is_person(self, name: str) -> bool:
        words = name.split()
        return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
            and not any(w.lower().rstrip("’s").rstrip("'s") in self._not_person for w in words)

    # -- 2. quotations --------------------------------------------------------------------------------------

    def _inside_quote(self, index: int) -> bool:
        """The sentence continues a quotation opened before it in the same paragraph."""
        return self._open_quotes(self._paragraph_start(index), self.document.sentences[index].start) > 0

    def _opens_long_quote(self, index: int) -> bool:
        """The sentence opens a quotation that goes on past its end ('“Fifteen people are dead. These are the
        consequences,” X wrote'): its speaker is named where the quotation closes."""
        return self._open_quotes(self._paragraph_start(index), self.document.sentences[index].end) > 0

    def _open_quotes(self, start: int, end: int) -> int:
        """Quotation marks opened and not closed in text[start:end] (curly, guillemets, or an odd number of '"')."""
        opening, closing, straight = self._quote_marks
        curly = bisect_left(opening, end) - bisect_left(opening, start) \
            - (bisect_left(closing, end) - bisect_left(closing, start))
        return curly + (bisect_left(straight, end) - bisect_left(straight, start)) % 2

    @cached_property
    def _quote_marks(self) -> tuple[list[int], list[int], list[int]]:
        """Offsets of the text's opening curly quotes, closing ones and straight ones, in order. A span's
        count is then a few binary searches; counting over each span made a page of one long paragraph
        quadratic (400 KB: 34 s), and a prefix sum per character cost a Python step per character."""
        opening, closing, straight = [], [], []
        by_mark = {**dict.fromkeys(_OPEN_QUOTES, opening), **dict.fromkeys(_CLOSE_QUOTES, closing), '"': straight}
        for match in _QUOTE_MARK.finditer(self.text):
            by_mark[match.group()].append(match.start())
        return opening, closing, straight

    def _paragraph_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, self.document.sentences[index].start) + 1

    def _quote_speaker(self, index: int) -> str | None:
        """The speaker named where the quotation opens ('X said: “…'), else where it closes ('…,” he wrote.')."""
        opening = self._quote_opening(index)
        if opening is not None and (source := self._named_in(opening)):
            return source
        closing = self._quote_closing(index)
        if closing is None:
            return None
        source = self._reporter(closing)
        if context.is_pronoun(source, self.vocab):
            return self._pronoun(opening if opening is not None else index, source)
        if source and self._is_same_source(source):
            return self._antecedent(closing, False) or source   # '..." the statement added': whose statement
        return source

    def _named_in(self, index: int) -> str | None:
        """The source sentence ``index`` names, a pronoun resolved from that sentence ('he said' -> its person)."""
        source = self._reporter(index)
        if source and context.is_pronoun(source, self.vocab):
            return self._pronoun(index, source)
        return source

    def _is_quotation(self, index: int) -> bool:
        """The sentence quotes someone it does not name ('“I saw five bodies on the road.”')."""
        sentence = self.document.sentences[index]
        return sentence.segment not in _HEADLINE_KINDS and \
            any(mark in self.text[sentence.start:sentence.end] for mark in _OPEN_QUOTES + '"')

    def _last_quote_speaker(self, index: int) -> str | None:
        """'“It was a loud blast,” he said. “I saw five bodies.”': a quotation with no speaker of its own that
        follows a quoted sentence continues that speaker's words (news style names a speaker once)."""
        if index == 0 or not self._is_quotation(index - 1):
            return None
        return self._named_in(index - 1)

    def _is_reported_speech(self, index: int) -> bool:
        """The sentence's verb is in the mood of reported speech (attribution.yaml ``reported_speech``: the
        German Konjunktiv I, 'Außerdem habe der Täter ...', 'Es seien fünf Menschen getötet worden')."""
        words = self._reported_speech_words
        return bool(words) and any(t.low in words for t in self.tokens_of(index))

    @cached_property
    def _reported_speech_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.vocab.attribution.get("reported_speech", ()))

    def _reported_speech_source(self, index: int) -> str | None:
        """A sentence of reported speech with no source of its own goes on with the words of the source
        named just before it, through sentences of reported speech ('..., sagte der Polizeichef. Außerdem habe
        der Täter zuvor seinen Vater erschossen.')."""
        for earlier in range(index - 1, max(-1, index - 1 - _REPORTED_SPEECH_BACK), -1):
            if source := self._named_in(earlier):
                return source
            if not self._is_reported_speech(earlier):
                return None
        return None

    def _quote_opening(self, index: int) -> int | None:
        paragraph = self._paragraph_start(index)
        for earlier in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
            sentence = self.document.sentences[earlier]
            if sentence.end <= paragraph:
                return None
            if self._open_quotes(sentence.start, sentence.end) > 0:
                return earlier
        return None

    def _quote_closing(self, index: int) -> int | None:
        paragraph = self._paragraph_start(index)
        for later in range(index, min(len(self.document.sentences), index + _QUOTE_AHEAD)):
            sentence = self.document.sentences[later]
            if later > index and self.text.rfind("\n", 0, sentence.start) >= paragraph:
                return None  # the paragraph ended with the quotation still open
            if self._open_quotes(paragraph, sentence.end) <= 0:
                return later
        return None

    # -- 3-5. the fullest name ------------------------------------------------------------------------------

    def fullest(self, source: str, at: int | None = None) -> str:
        """``at``: where the sentence starts; a surname takes the full name named nearest before it."""
        source = self._appositive_name(source) or context.named_for(source, self.text, self.vocab)
        source = self._organisation_for(source) or source
        source = self._expansion(source) or source
        return context.fullest_name(source, self.text, self.vocab, at)

    def _appositive_name(self, description: str) -> str | None:
        """'the governor of the region' -> 'Lena Ostrova' where the page writes 'the governor of the region,
        Lena Ostrova,' or 'Lena Ostrova, governor of the region': a description with a title noun that the
        page sets beside a name."""
        words = description.split()
        if len(words) < 2 or all(w[:1].isupper() for w in words) \
                or words[0].lower() in self.vocab.attribution["pronouns"]:
            return None   # a name already, or "he"
        titles = {n.lower() for n in self.vocab.attribution.get("title_nouns", ())}
        head = next((w for w in words[1:] if w.lower() in titles), None)
        if head is None:
            return None
        after = re.search(re.escape(description) + r",\s+(" + _PERSON + ")", self.text)
        if after and self._is_person(after.group(1)):
            return after.group(1)
        title = f"[{head[0].upper()}{head[0].lower()}]{re.escape(head[1:])}"   # either case of its first letter
        for m in re.finditer("(" + _PERSON + r"),\s+(?:\w+\s+){0,3}?" + title + r"\b", self.text):
            if self._is_person(m.group(1)):
                return m.group(1)
        for m in re.finditer(r"\b" + title + r"\b[^.,;:\n]{0,40},\s+(" + _PERSON + ")", self.text):
            if self._is_person(m.group(1)):   # "el alcalde de Tarna, Iván Solís"
                return m.group(1)
        return None

    def _organisation_for(self, source: str) -> str | None:
        """'the food relief organization', 'group': the organisation the page introduces most."""
        words = source.lower().split()
        nouns = self.vocab.derived("organisation_nouns", lambda v: frozenset(
            n.lower() for n in v.attribution.get("organisation_nouns", ())))
        if not words or words[-1] not in nouns or any(w[:1].isupper() for w in source.split()[1:]):
            return None
        introduced = self._organisations.get(words[-1])
        if introduced:
            return introduced
        counts, cited = self._organisation_mentions, self._cited_organisations
        # an organisation the page quotes elsewhere ("The Sudan Doctors Network said") before one it only names
        ranked = [name for name, _ in counts.most_common() if name in cited] or [n for n, _ in cited.most_common()]
        if ranked:
            return ranked[0]
        return counts.most_common(1)[0][0] if counts and counts.most_common(1)[0][1] >= 2 else None

    @cached_property
    def _cited_organisations(self) -> Counter:
        """Organisations named as a source somewhere in the page ('The Sudan Doctors Network said'),
        without their article, with how often."""
        cited: Counter = Counter()
        for index in range(len(self.document.sentences)):
            source = self._reporter(index)
            words = (source or "").split()
            if words and words[0].lower() == "the":
                words = words[1:]
            name = " ".join(words)
            introduced = name in self._organisations.values()   # "the operator, Aurin Resources, said"
            if len(words) >= 2 and all(w[:1].isupper() for w in words) and (introduced or not self._is_person(name)):
                cited[name] += 1
        return cited

    def _expansion(self, source: str) -> str | None:
        """'the UKMTO' -> 'United Kingdom Maritime Trade Operations' when the page spells it out."""
        words = source.split()
        acronym = words[-1] if words and (len(words) == 1 or words[0].lower() == "the") else ""
        if not re.fullmatch(r"[A-Z]{2,7}", acronym):
            return None
        return self._acronyms.get(acronym)

    @cached_property
    def _acronyms(self) -> dict[str, str]:
        """Acronym -> the first run of capitalised words whose initials spell it ('of', 'and' may stand between)."""
        out: dict[str, str] = {}
        for acronym in sorted(set(re.findall(r"\b[A-Z]{2,7}\b", self.text))):
            pattern = r"\b" + _ACRONYM_GAP.join(letter + r"[\w’'-]+" for letter in acronym) + r"\b"
            m = re.search(pattern, self.text)
            if m:
                out[acronym] = m.group(0)
        return out

    @cached_property
    def _organisations(self) -> dict[str, str]:
        """'the charity World Central Kitchen', 'the aid group X': description noun -> the name after it."""
        nouns = [n.lower() for n in self.vocab.attribution.get("organisation_nouns", ())]
        out: dict[str, str] = {}
        for noun in nouns:
            # "the charity World Central Kitchen", "the operator, Aurin Resources,"
            for m in re.finditer(r"\b%s(,?) ((?:%s ){0,5}%s)" % (re.escape(noun), _NAME_WORD, _NAME_WORD), self.text):
                if m.group(1) or not self._is_person(m.group(2)):   # an apposition names the organisation
                    out.setdefault(noun, m.group(2))
        return out

    @cached_property
    def _organisation_mentions(self) -> Counter:
        """Organisations the page spells out with their acronym, counted with the acronym's mentions."""
        counts: Counter = Counter()
        for acronym, name in self._acronyms.items():
            if len(name.split()) >= 2:
                counts[name] = self.text.count(name) + len(re.findall(r"\b%s\b" % acronym, self.text))
        for name in set(self._organisations.values()):
            counts[name] = max(counts[name], self.text.count(name))
        return counts


def _capitalised_runs(tokens: list[Token]) -> list[list[Token]]:
    runs, run = [], []
    for token in tokens:
        if token.is_word and token.is_capitalised and token.text.replace(".", "").isalpha():
            run.append(token)
            continue
        if run:
            runs.append(run)
        run = []
    return runs + ([run] if run else [])


_WORD_SETS: dict[int, tuple[dict, tuple]] = {}


def _word_sets(vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Titles, words that are no part of a person's name, words that open a sentence before a name:
    built once per language."""
    entry = _WORD_SETS.get(id(vocab.attribution))
    if entry is None or entry[0] is not vocab.attribution:
        words, places = vocab.attribution, vocab.places
        not_person = {w.lower() for w in words.get("organisation_words", ())} | set(vocab.demonyms) \
            | {w.lower() for w in places["not_places"]} \
            | {w.lower() for w in places["suffixes"]}  # "Kherson Region" is a place, not a person
        openers = set(STOP_WORDS) | {w.lower() for w in words["between"]}  # "Later Pavlo Kyrylenko said"
        sets = (frozenset(words["titles"]), frozenset(not_person), frozenset(openers))
        entry = _WORD_SETS[id(vocab.attribution)] = (vocab.attribution, sets)
    return entry[1]
