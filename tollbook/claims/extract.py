"""The per-document driver: runs the steps of ``tollbook.claims`` over each sentence in order."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

from tollbook import gazetteer
from tollbook.model import Claim, Count as ClaimCount, CountKind, Document, Outcome, Role, Scope, SegmentKind, Victims
from tollbook.rules import RuleSet

from tollbook.claims import context, freeorder
from tollbook.claims.counts import EXACT, UNKNOWN, Count, find_counts
from tollbook.claims.dates import PageDates
from tollbook.claims.page_fields import PageFields, is_reference_point
from tollbook.claims.places import Dateline, find_dateline, place_with_dateline
from tollbook.claims.linking import Mention, link_counts
from tollbook.claims.phrases import STOP_WORDS, Phrase
from tollbook.claims.sources import SourceResolver
from tollbook.claims.tokens import Token, split_elisions, tokenize
from tollbook.claims.triggers import Trigger, find_triggers
from tollbook.claims.victims import Group, page_army, read_group, sentence_side
from tollbook.claims.vocab import Vocabulary, vocabulary
from tollbook.claims.wordparts import read_compound_heads

_HEADLINE_KINDS = {SegmentKind.HEADLINE, SegmentKind.STANDFIRST, SegmentKind.CAPTION}
_SUBJECT_AUX = {"was", "were", "is", "are", "remained", "remains", "reportedly", "been", "have", "has", "all",
                "as", "being", "described", "reported"}


def extract_claims(document: Document, rules: RuleSet) -> list[Claim]:
    """Every casualty claim in the document, in text order; [] when its language is not covered."""
    if not rules.covers(document.language):
        return []
    language_rules = rules.for_language(document.language)
    if freeorder.is_free_order(language_rules):  # inflected, free word order: data says so (grammar.yaml)
        return with_places(freeorder.extract(document, language_rules), document.language)
    reader = _DocumentReader(document, vocabulary(language_rules))
    found: list[_Found] = []
    for index in range(len(document.sentences)):
        found.extend(reader.sentence_claims(index))
    return with_places(_with_document_context(found, reader.dates, find_dateline(document), reader.fields),
                       document.language, reader.fields.site_town)


def may_hold_claims(document: Document, rules: RuleSet) -> bool:
    """Does a sentence of the document pass step 0 of its language's reader (an outcome word, stem or
    zero word)? When none does, extract_claims finds nothing in it, whatever its publication date."""
    if not rules.covers(document.language):
        return False
    language_rules = rules.for_language(document.language)
    if freeorder.is_free_order(language_rules):
        passes = freeorder.lexicon(language_rules).may_hold_claim
    else:
        passes = vocabulary(language_rules).may_hold_claim
    text = document.text
    return any(s.segment != SegmentKind.BOILERPLATE and passes(text[s.start:s.end]) for s in document.sentences)


def with_places(claims: list[Claim], language: str | None, site_town=None) -> list[Claim]:
    """Each claim's location resolved in the gazetteer (``Claim.place``); a name several countries
    have is read in the country the page's other places are in ("Lewiston" beside "Maine"). A site named
    with a kind before it ("colonia Barrio Nuevo", "gare de Kramatorsk") takes ``site_town(location)``:
    the most specific town of the page the gazetteer knows. A place the reader set already is kept."""
    locations = {claim.location for claim in claims if claim.location}
    first = {location: gazetteer.resolve(location, language) for location in locations}
    countries = Counter(place.country for place in first.values() if place and place.country)
    home = countries.most_common(1)[0][0] if countries else None
    sites = {location: site_town(location) if site_town else None for location in locations}
    places = {location: sites[location] or gazetteer.resolve(location, language, home) or first[location]
              for location in locations}
    return [replace(claim, place=claim.place or places[claim.location]) if claim.location else claim
            for claim in claims]


@dataclass(frozen=True)
class _Found:
    claim: Claim
    headline: bool
    own_place: bool     # the place and date were read in the claim's own sentence
    own_date: bool
    past_event: bool = False   # "died of wounds sustained in a previously reported bombing": not the page's date
    index: int = 0             # the claim's sentence
    tally: bool = False        # the sentence counts its dead with nouns only ('Ruvo had 2 deaths'), no event
    nationwide: tuple = (False, None)   # a whole country's count, and the country named ("Myanmar's death toll")
    national: str | None = None         # the country whose own body reports it ("Myanmar's military government said")


@dataclass(frozen=True)
class _SentenceContext:
    places: list                # (token index, character span) of each place named in the sentence
    previous_place: str | None  # the place of the sentence before, for sentences that name none
    date: str | None
    scope: str
    reported_by: str | None


class _DocumentReader:
    def __init__(self, document: Document, vocab: Vocabulary):
        self.document, self.vocab = document, vocab
        self.published = context.parse_published(document.published)
        self._tokens: dict[int, list[Token]] = {}
        self._places: dict[int, list] = {}
        self.sources = SourceResolver(document, vocab, self.tokens)
        self.dates = PageDates(document, vocab, self.tokens, self.published)
        self.fields = PageFields(document, vocab, self.tokens, self.published, self.places)

    def tokens(self, index: int) -> list[Token]:
        if index not in self._tokens:
            sentence = self.document.sentences[index]
            tokens = tokenize(self.document.text[sentence.start:sentence.end], sentence.start)
            self._tokens[index] = read_compound_heads(split_elisions(tokens, self.vocab.elisions), self.vocab)
        return self._tokens[index]

    def places(self, index: int) -> list:
        """``context.find_places`` of sentence ``index``, read once: a claim's sentence, the sentence before
        it and the page's event sentences (``PageFields.places``) are most often the same few. Callers
        share the list and never change it."""
        if index not in self._places:
            sentence = self.document.sentences[index]
            headline = sentence.segment in _HEADLINE_KINDS and sentence.segment != SegmentKind.CAPTION or (
                self.document.text[sentence.start:sentence.end].strip() == (self.document.title or "").strip())
            self._places[index] = context.find_places(self.tokens(index), self.vocab, headline)
        return self._places[index]

    def sentence_claims(self, index: int) -> list[_Found]:
        sentence = self.document.sentences[index]
        text = self.document.text[sentence.start:sentence.end]
        if sentence.segment == SegmentKind.BOILERPLATE or not self.vocab.may_hold_claim(text):
            return []                                                     # step 0
        tokens = self.tokens(index)
        triggers = find_triggers(tokens, self.vocab)                      # step 1
        mentions = zero_word_mentions(tokens, self.vocab)
        if not any(not t.vetoed for t in triggers) and not mentions:
            return []   # the quick test matched a word that is no outcome here ("treated as", "struck a deal")
        counts = find_counts(tokens, self.vocab, frozenset(t.first for t in triggers))   # step 2
        mentions = link_counts(tokens, counts, triggers, self.vocab) + mentions   # step 3
        mentions += unknown_pair_mentions(tokens, triggers, mentions, self.vocab)
        if not mentions:
            return []
        mentions.sort(key=lambda m: (m.count.first, m.trigger))
        where = self._context(index, tokens, mentions, text)              # step 5
        headline = sentence.segment in _HEADLINE_KINDS or text.strip() == (self.document.title or "").strip()
        past = context.is_past_event(text, self.vocab) or (
            self.dates.may_hold_date(index) and context.names_period(tokens, self.vocab, self.published))
        tally = all(_is_noun_trigger(triggers, m) for m in mentions)
        whole, national = context.nationwide(tokens, self.vocab), context.national_sources(tokens, self.vocab)
        return [_Found(claim, headline, bool(where.places), where.date is not None, past, index, tally, whole,
                       _nearest_country(national, claim)) for claim in self._claims(tokens, mentions, where)]

    def _claims(self, tokens: list[Token], mentions: list[Mention], where: _SentenceContext) -> list[Claim]:
        lows = [t.low for t in tokens]
        claims, previous_group = [], None
        for mention in mentions:
            group = read_group(self.document.text, tokens, mention.phrase, self.vocab, lows)   # step 4
            if mention.phrase.empty and not mention.phrase.pronoun and previous_group is not None:
                group = previous_group  # an elided noun takes its antecedent (GUIDELINE convention 15)
            elif group.text == "others" and previous_group is not None:
                group = replace(group, side=previous_group.side)  # "572 others": the same party's
            elif group.text is not None:
                previous_group = group
            if group.side is None and group.role != "civilian":
                group = replace(group, side=sentence_side(lows, self.vocab))   # "killed on the Ukrainian side"
            if group.side is None and group.role == "military":
                group = replace(group, side=self._reporter_party(where.reported_by) or self.page_army)
            for origin in group.origins:
                claims.append(self._claim(tokens, mention, group, origin, where))
        return _unique(claims)

    def _claim(self, tokens, mention: Mention, group: Group, origin, where: _SentenceContext) -> Claim:
        count, text = mention.count, self.document.text
        count_end = tokens[count.first].end if count.zero else tokens[count.last - 1].end  # "No" of "No one"
        pieces = [(tokens[count.first].start, count_end),
                  (tokens[mention.trigger[0]].start, tokens[mention.trigger[1] - 1].end)]
        if not mention.phrase.empty:
            pieces.append((tokens[mention.phrase.first].start, tokens[mention.phrase.last - 1].end))
            pieces.append(self._trailing_from(tokens, mention.phrase.last))
        pieces.append(self._reporting_subject(tokens, mention))
        place = (tokens[mention.place[0]].start, tokens[mention.place[1] - 1].end) if mention.place else None
        pieces.append(place)   # "A, B and C reported 2 deaths each": each claim is its place's
        if mention.items:   # ... and its evidence the whole list, which "each" counts over
            pieces.append((tokens[mention.items[0]].start, tokens[mention.items[1] - 1].end))
        span = (min(p[0] for p in pieces if p), max(p[1] for p in pieces if p))   # step 6
        return Claim(
            outcome=Outcome(mention.outcome),
            count=ClaimCount(count.best, CountKind(count.kind), text[pieces[0][0]:pieces[0][1]]),
            evidence=text[span[0]:span[1]], span=span,
            victims=Victims(group.text, Role(group.role)), side=group.side, origin=origin,
            location=text[place[0]:place[1]] if place else self._place(where, mention.trigger[0], tokens), date=where.date, scope=Scope(where.scope), reported_by=where.reported_by)

    def _reporter_party(self, reporter: str | None) -> str | None:
        """Soldiers with no party named, counted by 'Russian officials' / 'Russia': that party's own."""
        if not reporter:
            return None
        words = [w.lower().rstrip("’s").rstrip("'s") for w in reporter.split()]
        parties = set(self.vocab.demonyms.values())
        # the last party named is the head's: "the head of the Russian private army Wagner" speaks for Wagner
        for word in reversed(words):
            if word in self.vocab.demonyms:
                return self.vocab.demonyms[word]
            if word.title() in parties:
                return word.title()
        return None

    @cached_property
    def page_army(self) -> str | None:
        """The one state whose forces the page names: its uncounted soldiers' party."""
        return page_army(self.document.text, self.vocab)

    def _place(self, where: _SentenceContext, near: int, tokens: list[Token]) -> str | None:
        """The sentence's place nearest the outcome word at ``near``; a landmark the place is told by ('the
        church in Dweila, on the outskirts of Damascus', 'near Pahalgam') only when the sentence names no other."""
        if not where.places:
            return where.previous_place
        lows = [t.low for t in tokens]
        named = [p for p in where.places if not is_reference_point(lows, p[0], self.vocab)] or where.places
        start, end = min(named, key=lambda p: (abs(p[0] - near), p[0] < near))[1]
        return self.document.text[start:end]

    def _trailing_from(self, tokens: list[Token], k: int) -> tuple[int, int] | None:
        """'soldiers from Chechnya', 'one soldier from each region': the home is part of the group."""
        if k >= len(tokens) or tokens[k].low != "from":
            return None
        end = k + 1
        while end < len(tokens) and tokens[end].is_word and (tokens[end].is_capitalised or tokens[end].low in
                                                             {"each", "both", "the", "region", "regions"}):
            end += 1
        return (tokens[k].start, tokens[end - 1].end) if end > k + 1 else None

    def _reporting_subject(self, tokens: list[Token], mention: Mention) -> tuple[int, int] | None:
        """'X confirmed the deaths of one soldier': the claim is the reporting clause itself."""
        lows = [t.low for t in tokens]
        k = mention.trigger[0]
        if k > mention.count.first:
            return None
        while k > 0 and lows[k - 1] in {"the", "a", "an"}:
            k -= 1
        if k == 0 or not self.vocab.reporting_verbs.match(lows, k - 1):
            return None
        subject = context.subject_span(tokens, lows, k - 1, self.vocab)
        return (tokens[subject[0]].start, tokens[subject[0]].end) if subject else None

    def _context(self, index: int, tokens: list[Token], mentions: list[Mention], text: str) -> _SentenceContext:
        doc_text = self.document.text
        places = self.places(index)
        previous = None
        if not places and index > 0 and (before := self.places(index - 1)):
            start, end = before[0][1]   # the first place the sentence before names
            previous = doc_text[start:end]
        scope, as_of = context.find_scope(text, self.vocab)
        first_trigger = min(m.trigger[0] for m in mentions)
        date = context.find_date(tokens, self.vocab, self.published, announcements=scope == "cumulative",
                                 trigger=first_trigger) or as_of
        busy = {k for m in mentions for k in (*range(m.count.first, m.count.last), *range(*m.trigger))}
        reporter = self.sources.source_of(index, busy)
        if scope == "cumulative" and date is None:
            date = self.dates.as_of(index, reporter)
        return _SentenceContext(places, previous, date, scope, reporter)


def zero_word_mentions(tokens: list[Token], vocab: Vocabulary) -> list[Mention]:
    """'the minister was unhurt' -> injured 0; 'the crew is safe' -> killed 0 (GUIDELINE convention 2)."""
    lows = [t.low for t in tokens]
    out = []
    for k, low in enumerate(lows):
        outcome = vocab.numbers["zero_outcomes"].get(low)
        if outcome is None and low == vocab.numbers["safe_word"]:
            subject = _subject_phrase(tokens, lows, k, vocab)
            if subject and lows[subject.last - 1] in vocab.numbers["safe_subjects"]:
                out.append(Mention(Count(k, k + 1, 0, EXACT, zero=True), "killed", (k, k + 1), subject))
            continue
        if outcome is not None:
            subject = _subject_phrase(tokens, lows, k, vocab) or Phrase(k, k, k)
            out.append(Mention(Count(k, k + 1, 0, EXACT, zero=True), outcome, (k, k + 1), subject))
    return out


def _subject_phrase(tokens, lows, k, vocab) -> Phrase | None:
    end = k
    aux = vocab.words("subject_aux", _SUBJECT_AUX)
    while end > 0 and (lows[end - 1] in aux or lows[end - 1] in {"“", '"', "‘", "'"}):
        end -= 1
    start = end
    while start > 0 and tokens[start - 1].is_word and lows[start - 1] not in STOP_WORDS \
            and lows[start - 1] not in {"the", "a", "an", "its", "his", "her", "their"} and end - start < 4:
        start -= 1
    if start == end or lows[end - 1] not in vocab.person_nouns:
        return None
    return Phrase(start, end, end)


def unknown_pair_mentions(tokens, triggers: list[Trigger], linked: list[Mention], vocab) -> list[Mention]:
    """'now we mourn the dead and injured': two claims of unknown count (GUIDELINE convention 5)."""
    lows = [t.low for t in tokens]
    used = {m.trigger for m in linked}
    out = []
    for trigger in triggers:
        if trigger.outcomes != ("casualties",) or (trigger.first, trigger.last) in used or trigger.vetoed:
            continue
        parts = _split_pair(lows, trigger, vocab)
        if parts is None or _is_passing(lows, trigger.first, vocab):
            continue
        for (first, last), outcome in zip(parts, trigger.pair or ("killed", "injured")):   # "Verletzte und Tote"
            out.append(Mention(Count(first, last, None, UNKNOWN), outcome, (first, last), Phrase(first, first, last)))
    return out


def _split_pair(lows, trigger, vocab):
    words = lows[trigger.first:trigger.last]
    joiners = vocab.words("and_words", {"and"})
    middle = next((trigger.first + n for n, word in enumerate(words) if word in joiners), None)
    if middle is None:
        return None
    first = trigger.first - 1 if trigger.first and lows[trigger.first - 1] == "the" else trigger.first
    left, right = vocab.triggers.match(lows, trigger.first), vocab.triggers.match(lows, middle + 1)
    if not left or not right or not all(any("noun" in f for _, f in hit[1]) for hit in (left, right)):
        return None
    return (first, middle), (middle + 1, trigger.last)


def _is_passing(lows, k, vocab) -> bool:
    return any(vocab.passing.match(lows, j) for j in range(max(0, k - 5), k))


def _is_noun_trigger(triggers: list[Trigger], mention: Mention) -> bool:
    """The mention's outcome is a noun only ('4 deaths', 'a fatality'), no verb that tells an event."""
    trigger = next((t for t in triggers if (t.first, t.last) == mention.trigger), None)
    return trigger is not None and trigger.forms == {"noun"}


def _unique(claims: list[Claim]) -> list[Claim]:
    seen, out = set(), []
    for claim in claims:
        key = (claim.outcome, claim.span, claim.count.text, claim.origin, claim.location)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out


def _with_document_context(found: list[_Found], dates: PageDates, dateline: Dateline | None,
                           fields: PageFields) -> list[Claim]:
    """Claims whose sentence names no place or date, or only a country or region, take the page's
    (GUIDELINE convention 19: from the whole document): the most specific place and the incident day of
    the sentences that tell of the casualties (``page_fields``), else the first place and date read in
    the own sentence of an incident claim."""
    incident = [f for f in found if f.claim.scope == Scope.INCIDENT]
    location = next((f.claim.location for f in incident if f.own_place and not fields.side_event(f.index)
                     and fields.rank(f.claim.location)[0] is not None), None)   # not "bei Messerattacke"
    date = next((f.claim.date for f in incident if f.own_date), None)
    origins = {f.claim.origin for f in found if f.claim.origin}
    home = next((f.claim for f in found if f.claim.origin), None) if len(origins) == 1 else None
    totals = _running_total_dates(found)
    roundup = _is_roundup(incident, language=fields.language)
    out = []
    for f in found:
        claim = f.claim
        if f.headline or claim.scope == Scope.INCIDENT:
            if f.nationwide[0]:   # "Myanmar's death toll", "across the country": the country, no town
                place = f.nationwide[1] or (claim.location if f.own_place else None)
            elif fields.side_event(f.index) or _another_day(f, fields) or roundup:   # "Separately, ...", "On
                # Wednesday, 25 were killed in X", a roundup's paragraphs: its own place (a roundup's headline none)
                place = claim.location if f.own_place and not (roundup and f.headline) else None
            elif _national_tally(f, fields):
                place = f.national   # "Myanmar's military government said 144 people had been killed"
            else:
                place = fields.place_for(claim.location, f.headline, f.index, own_sentence=f.own_place)
                if place is None and claim.location is None:
                    place = location
                place = place_with_dateline(place, dateline)
            day = fields.date_for(claim.date, f.index) if claim.date or not f.past_event else None
            claim = replace(claim, location=place, date=day or claim.date or (None if f.past_event else date))
            if claim.date is None and claim.location and claim.scope == Scope.INCIDENT and not f.past_event:
                claim = replace(claim, date=dates.dated_at(claim.location))  # "on April 8, rockets hit X"
        elif _national_tally(f, fields):
            claim = replace(claim, location=f.national)   # "Israel's health ministry said a total of 271 ..."
        if id(f) in totals:
            claim = replace(claim, date=totals[id(f)])   # a part or echo of a running total
        if home and not claim.origin and claim.side in (None, home.side) and claim.victims.role != Role.CIVILIAN:
            claim = replace(claim, origin=home.origin, side=home.side)  # one home named for the page's dead
        out.append(claim)
    return sorted(out, key=lambda c: c.span)


_ROUNDUP_PLACES = 5   # different places named by a page's incident sentences that make it a roundup of incidents


def _is_roundup(incident: list[_Found], language: str | None) -> bool:
    """A page that tells many incidents, each in sentences of its own with its own place ('A bomb in Baquba
    injured 16.', 'A roadside bomb in Fatha killed two.', ...: a daily roundup): no place is the page's, so a
    claim whose sentence names none has none, and a headline that sums them up has none either."""
    places, sentences = set(), set()
    for f in incident:
        if f.own_place and not f.headline and f.claim.location:
            found = gazetteer.resolve(f.claim.location, language)
            places.add(found.geonames_id if found else f.claim.location)
            sentences.add(f.index)
    return len(places) >= _ROUNDUP_PLACES and len(sentences) >= _ROUNDUP_PLACES


def _nearest_country(sources: list[tuple[int, str]], claim: Claim) -> str | None:
    """Of the national bodies a sentence names, the country of the one nearest before the claim, else nearest
    after it ("Turkey's authority said 3,419 died, while Syria's government said 812 died")."""
    if not sources:
        return None
    return min(sources, key=lambda source: (source[0] > claim.span[0], abs(source[0] - claim.span[0])))[1]


def _national_tally(f: _Found, fields: PageFields) -> bool:
    """A country's own body reports the count and its sentence names no place within a country of its own."""
    return f.national is not None and not fields.within_a_country(f.claim.location if f.own_place else None)


def _another_day(f: _Found, fields: PageFields) -> bool:
    """The claim's own sentence dates it to another day than the page's incident ("On Wednesday, 25 people
    were killed when gunmen raided villages in X", below a story of Saturday's attack): another event,
    whose place is its own. A discovery day ("the bodies were found on Tuesday") stays the page's, and so
    does a known country or region ("in Manipur" is as likely the page's incident seen from afar)."""
    if not (f.own_date and f.own_place and f.claim.date and f.claim.location):
        return False
    known = gazetteer.resolve(f.claim.location, fields.language)
    if known is not None and known.precision in ("country", "admin1"):
        return False
    page = fields.date()
    return page is not None and page != f.claim.date and fields.date_for(f.claim.date, f.index) == f.claim.date


def _running_total_dates(found: list[_Found]) -> dict[int, str | None]:
    """Claims that are parts or echoes of a running total take its as-of day (or none), not the page's
    incident day (GUIDELINE convention 23); keyed by id() of their ``_Found``:
      - the tally sentences right after it with no date of their own ('Since May, 30 people have died.
        Ruvo had 12 deaths, and Tarvo 9.');
      - a claim before it of the same outcome and count, with no date of its own (the headline and the lead
        tell the total first: '30 dead in months of unrest')."""
    out: dict[int, str | None] = {}
    for total in (f for f in found if f.claim.scope == Scope.CUMULATIVE):
        last = total.index
        for f in found:
            if f.index <= total.index or f.own_date:
                continue
            if f.index > last + 1 or not f.tally:
                break
            out[id(f)] = total.claim.date
            last = f.index
        for f in found:
            if f.index < total.index and not f.own_date and f.claim.scope == Scope.INCIDENT \
                    and f.claim.outcome == total.claim.outcome and f.claim.count.best == total.claim.count.best:
                out[id(f)] = total.claim.date
    return out
