"""The per-document driver of the free-order reader: runs the steps over each sentence in order."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from tollbook import gazetteer
from tollbook.model import (Claim, Count as ClaimCount, CountKind, Document, Outcome, Place, Role, Scope,
                            SegmentKind, Victims)
from tollbook.rules import LanguageRules

from tollbook.claims.linking import Mention
from tollbook.claims.freeorder import fields, links
from tollbook.claims.freeorder.figures import find_figures
from tollbook.claims.freeorder.lexicon import Lexicon, lexicon
from tollbook.claims.freeorder.sentence import Sentence, read_sentence

_HEADLINE_KINDS = {SegmentKind.HEADLINE, SegmentKind.STANDFIRST, SegmentKind.CAPTION}
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SITE = 2       # rank of a named site ("دوار النابلسي"): fields.Place
_STORY_AFTER = 2   # sentences after the last casualty sentence still read for the page's place
_LOOKBACK = 6   # sentences searched for the speaker of a quote or the antecedent of "он"


def extract(document: Document, rules: LanguageRules) -> list[Claim]:
    """Every casualty claim of a document in a free-order language, in text order."""
    reader = _Reader(document, lexicon(rules))
    found, last = [], None
    for index in range(len(document.sentences)):
        claims = reader.sentence_claims(index)
        found += claims
        last = index if claims else last
    page_place = reader.page_place(last + _STORY_AFTER) if last is not None else None
    return _with_document_context(found, page_place, reader.published_day, document.language)


@dataclass(frozen=True)
class _Found:
    claim: Claim
    headline: bool
    own_place: int | None     # rank of the place read in the claim's own sentence (None: none there)
    own_date: bool
    sentence: str = ""        # the claim's sentence as written
    around: tuple[str, ...] = ()   # the sentence's other places, most specific first: where its site stands


@dataclass(frozen=True)
class _Context:
    places: list
    previous_place: str | None
    date: str | None
    scope: str
    reported_by: str | None
    party: str | None          # the state the source speaks for ("Минобороны РФ" -> Russia)


class _Reader:
    def __init__(self, document: Document, lex: Lexicon):
        self.document, self.lex = document, lex
        self._sentences: dict[int, Sentence] = {}
        self.published = fields.parse_published(document.published) or self._printed_month()
        self._contexts: dict[int, _Context] = {}   # of the sentences with claims, by index
        self._last_loss_party: str | None = None   # the party of the last loss word that named one

    def _printed_month(self) -> tuple[int, int, None] | None:
        """A page with no publication date that prints a full date ('4 квітня 2025 року') gives its other
        dates that year: '4 квітня' further down is the same day (GUIDELINE convention 19)."""
        for index, span in enumerate(self.document.sentences):
            if span.segment != SegmentKind.BOILERPLATE and _YEAR.search(self.document.text, span.start, span.end):
                found = fields.full_date(self.sentence(index), self.lex)
                if found:
                    return found.year, found.month, None
        return None

    @property
    def published_day(self) -> str | None:
        """The publication date as ISO, when the page gives the day."""
        return date(*self.published).isoformat() if self.published and self.published[2] else None

    def sentence(self, index: int) -> Sentence:
        if index not in self._sentences:
            span = self.document.sentences[index]
            self._sentences[index] = read_sentence(self.document.text[span.start:span.end], span.start, index,
                                                   self.lex)
        return self._sentences[index]

    def text_of(self, index: int) -> str:
        span = self.document.sentences[index]
        return self.document.text[span.start:span.end]

    def sentence_claims(self, index: int) -> list[_Found]:
        span, text = self.document.sentences[index], self.text_of(index)
        if span.segment == SegmentKind.BOILERPLATE or not self.lex.may_hold_claim(text):
            return []                                                              # step 0
        s = self.sentence(index)
        triggers = links.find_triggers(s, self.lex)                                # step 1
        counts = find_figures(s, self.lex)                                         # step 2
        mentions = links.link_counts(s, counts, triggers, self.lex)                # step 3
        mentions += links.single_mentions(s, triggers, counts, self.lex)
        mentions += links.subgroup_single_mentions(s, mentions, self.lex)
        mentions += links.dual_verb_mentions(s, triggers, mentions, self.lex)
        mentions += links.listed_mentions(s, triggers, counts, mentions, self.lex)
        mentions += links.zero_mentions(s, counts, triggers, self.lex)
        mentions += links.one_person_noun_mentions(s, triggers, mentions, self.lex)
        mentions += links.unknown_mentions(s, triggers, mentions, self.lex)
        if not mentions:
            return []
        mentions.sort(key=lambda m: (m.count.first, m.trigger))
        where = self._context(s, mentions, text)                                   # step 5
        headline = span.segment in _HEADLINE_KINDS or text.strip() == (self.document.title or "").strip()
        rank = max((p.rank for p in where.places), default=None)
        return [_Found(claim, headline, rank, where.date is not None, text, self._around(where, claim.location))
                for claim in self._claims(s, mentions, where)]

    @staticmethod
    def _around(where: _Context, location: str | None) -> tuple[str, ...]:
        return tuple(p.name for p in sorted(where.places, key=lambda p: -p.rank) if p.name != location)

    def page_place(self, last: int) -> str | None:
        """The first place named in the page's text up to sentence ``last``, for claims that have none anywhere
        near them; a place named only well after the story's last casualty sentence is the page's trailing
        material's ('Related Posts ... Візит Путіна в Індію')."""
        for index, span in enumerate(self.document.sentences[:last + 1]):
            if span.segment != SegmentKind.BOILERPLATE:
                places = fields.find_places(self.sentence(index), self.lex)
                if places:
                    return places[0].name
        return None

    def _claims(self, s: Sentence, mentions: list[Mention], where: _Context) -> list[Claim]:
        claims, previous = [], None
        respective = self._respective_places(s, mentions, where)
        groups = [fields.read_group(self.document.text, s, m.phrase, self.lex) for m in mentions]   # step 4
        respectively = any(st in self.lex.respectively for st in s.stems)
        for n, mention in enumerate(mentions):
            group = groups[n]
            if group.text is None and not mention.phrase.pronoun and previous is None and respectively:
                # "уничтожено до 200 и более 490 военнослужащих соответственно": the noun of the last item
                group = next((g for g in groups[n + 1:] if g.text is not None), group)
            if group.text is None and not mention.phrase.pronoun and previous is not None:
                group = previous   # an elided noun takes its antecedent (GUIDELINE convention 15)
            elif group.text is not None and not links.after_subgroup_word(s, mention.count.first, self.lex):
                previous = group   # a subgroup's noun ("из них 4 ребенка") is no antecedent of a later figure
            if group.side is None and group.role != "civilian":
                group = replace(group, side=self._loss_party(s, mention.trigger[0], where))
            if group.side is None and where.scope == "cumulative" and group.role in ("military", "unspecified"):
                group = replace(group, side=where.party)
            claims.append(self._claim(s, mention, group, where, respective.get(mention.count.first)))
        return _unique(claims)

    def _respective_places(self, s: Sentence, mentions: list[Mention], where: _Context) -> dict[int, str]:
        """'Действиями группировок «Южной» и «Центр» уничтожено до 200 и более 490 ... соответственно': a list
        of places matched item by item to as many figures; the place of each figure, by its first token."""
        listed = sorted((p for p in where.places if p.item is not None), key=lambda p: p.item)
        figures = sorted({m.count.first for m in mentions})
        if len(listed) < 2 or len(listed) != len(figures) or not any(st in self.lex.respectively for st in s.stems):
            return {}
        return {first: place.name for first, place in zip(figures, listed)}

    def _claim(self, s: Sentence, mention: Mention, group: fields.Group, where: _Context,
               place: str | None = None) -> Claim:
        count, text, tokens = mention.count, self.document.text, s.tokens
        count_span = (tokens[count.first].start, tokens[count.last - 1].end)
        pieces = [count_span, (tokens[mention.trigger[0]].start, tokens[mention.trigger[1] - 1].end)]
        if not mention.phrase.empty:
            pieces.append((tokens[mention.phrase.first].start, tokens[mention.phrase.last - 1].end))
        span = (min(p[0] for p in pieces), max(p[1] for p in pieces))              # step 6
        return Claim(
            outcome=Outcome(mention.outcome),
            count=ClaimCount(count.best, CountKind(count.kind), text[count_span[0]:count_span[1]]),
            evidence=text[span[0]:span[1]], span=span,
            victims=Victims(group.text, Role(group.role)), side=group.side, origin=group.origin,
            location=place or self._place(s, where, mention), date=where.date, scope=Scope(where.scope),
            reported_by=where.reported_by)

    def _place(self, s: Sentence, where: _Context, mention: Mention) -> str | None:
        """The most specific place of the sentence, the nearest of equals; of several, one in the count's own
        list item ('… в зоне «Север» — более 240, в зоне «Запад» — более 230') when one is as specific."""
        if not where.places:
            return where.previous_place
        places = where.places
        if len(places) > 1:
            own = [p for p in places if self._same_item(s, p.at, mention.count.first)]
            if own and max(p.rank for p in own) == max(p.rank for p in places):
                places = own   # list items name places of one kind; a country before 'قتيلين وعشرة' is none
        near = mention.trigger[0]
        return max(places, key=lambda p: (p.rank, -abs(p.at - near))).name

    def _same_item(self, s: Sentence, a: int, b: int) -> bool:
        """No conjunction or comma of the sentence (outside quotes) stands between tokens ``a`` and ``b``."""
        first, last = min(a, b), max(a, b)
        quoted = False
        for k in range(len(s.tokens)):
            text = s.tokens[k].text
            if text in fields.QUOTES_OPEN:
                quoted = True
            elif text in "»”":
                quoted = False
            elif first < k < last and not quoted and (s.stems[k] in self.lex.clause_end
                                                      or self.lex.coordination.match(s.stems, k)):
                return False
        return True

    def _context(self, s: Sentence, mentions: list[Mention], text: str) -> _Context:
        places = fields.find_places(s, self.lex)
        previous = None
        if not places and s.index > 0:
            earlier = fields.find_places(self.sentence(s.index - 1), self.lex)
            previous = max(earlier, key=lambda p: p.rank).name if earlier else None
        busy = {k for m in mentions for k in (*range(m.count.first, m.count.last), *range(*m.trigger),
                                              *range(m.phrase.first, m.phrase.last))}
        reporter = self._reporter(s, text, busy)
        scope = fields.find_scope(text, reporter, self.lex)
        date = fields.find_date(s, self.lex, self.published, scope == "cumulative")
        if date is None and scope == "cumulative":
            date = self._statement_date_before(s.index)
        before = self._contexts.get(s.index - 1)
        if before and before.scope == "cumulative" and not reporter and not places and scope == "incident":
            # "1597 человек получили ранения.": the same total goes on, on nobody's word (NOTES item 17), in the
            # place the total named ("погибших ... в Украине: 498 человек")
            place = max(before.places, key=lambda p: p.rank).name if before.places else before.previous_place
            return replace(before, places=[], previous_place=place, reported_by=None)
        where = _Context(places, previous, date, scope, reporter, self._party(reporter))
        self._contexts[s.index] = where
        return where

    def _statement_date_before(self, index: int) -> str | None:
        """'2 марта Минобороны впервые озвучило число потерь. «… 498 военных погибли …», — сообщили': a total
        quoted after the sentence that dates the statement counts up to that day (GUIDELINE convention 23)."""
        if index == 0 or index - 1 in self._contexts or not self._inside_quote_or_opens(index):
            return None
        return fields.statement_date(self.sentence(index - 1), self.lex, self.published)

    def _inside_quote_or_opens(self, index: int) -> bool:
        text = self.text_of(index).lstrip()
        return text[:1] in fields.QUOTES_OPEN + '"' or self._inside_quote(index)

    def _reporter(self, s: Sentence, text: str, busy: set[int]) -> str | None:
        doc_text = self.document.text
        reporter = fields.find_reporter(doc_text, s, self.lex, busy)
        if fields.is_pronoun(reporter, self.lex):
            reporter = self._antecedent_source(s.index)
        if reporter is None and self._inside_quote(s.index):
            reporter = self._quote_speaker(s.index)
        if reporter is None and any(self.lex.pronoun_prefixes.match(s.stems, k) for k in range(len(s.stems))):
            reporter = self._antecedent_source(s.index)   # "По его данным, ещё один человек ранен"
        return fields.fullest_name(reporter, doc_text, self.lex) if reporter else None

    def _source_in(self, index: int) -> str | None:
        """The source sentence ``index`` names; 'Об этом сообщил X' names X, not 'Об этом'."""
        s = self.sentence(index)
        opening = self.lex.refers_back.match(s.stems, 0) if self.lex.refers_back else None
        return fields.find_reporter(self.document.text, s, self.lex, set(range(opening[0])) if opening else set())

    def _loss_party(self, s: Sentence, trigger: int, where: _Context) -> str | None:
        """'потери ВСУ', 'потери противника': the party the loss word names; a loss word with none
        beside it in a bulletin that named one before ('потери в зоне «Восток» составили ...') is that one's."""
        if s.stems[trigger] not in self.lex.loss_words:
            return None
        party = fields.loss_party(s, trigger, self.lex, where.party or self._page_party)
        if party is None:
            return self._last_loss_party
        self._last_loss_party = party
        return party

    @cached_property
    def _page_party(self) -> str | None:
        """The party of the first source on the page that names one ('Минобороны РФ'): whose enemy
        'противник' is in sentences that name no source."""
        for index in range(len(self.document.sentences)):
            party = self._party(fields.find_reporter(self.document.text, self.sentence(index), self.lex, set()))
            if party:
                return party
        return None

    def _party(self, reporter: str | None) -> str | None:
        if not reporter:
            return None
        return next((self.lex.demonyms[w] for w in self.lex.stems(reporter) if w in self.lex.demonyms), None)

    def _inside_quote(self, index: int) -> bool:
        span = self.document.sentences[index]
        paragraph_start = self.document.text.rfind("\n", 0, span.start) + 1
        return fields.in_open_quote(self.document.text[paragraph_start:span.end])

    def _quote_speaker(self, index: int) -> str | None:
        """The source named where the quotation closes (or, failing that, where it opened)."""
        last = min(len(self.document.sentences), index + _LOOKBACK)
        for later in range(index, last):
            if fields.closes_quote(self.text_of(later)):
                found = fields.find_reporter(self.document.text, self.sentence(later), self.lex, set())
                if found and not fields.is_pronoun(found, self.lex) and found[:1].isupper():
                    return found
                return fields.last_person_name(self.document.text, self.sentence(later)) or found
        return self._antecedent_source(index)

    def _antecedent_source(self, index: int) -> str | None:
        """'Он написал': the last source named in the sentences before."""
        for earlier in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
            found = self._source_in(earlier)
            if found and not fields.is_pronoun(found, self.lex):
                return found
        return None


_SITE_TOWNS = ("city", "admin2", "admin1")   # a country is too wide to stand for a site's place


def _site_place(f: _Found, language: str | None) -> Place | None:
    """The canonical place of a site the gazetteer cannot know ('دوار النابلسي'): the most specific place its
    sentence names beside it that the gazetteer knows as a town or region ('غرب مدينة غزة')."""
    known = [p for name in f.around if (p := gazetteer.resolve(name, language)) and p.precision in _SITE_TOWNS]
    return min(known, key=lambda p: _SITE_TOWNS.index(p.precision), default=None)


def _unique(claims: list[Claim]) -> list[Claim]:
    seen, out = set(), []
    for claim in claims:
        key = (claim.outcome, claim.span, claim.count.text)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out


def _with_document_context(found: list[_Found], page_place: str | None, published: str | None,
                           language: str | None = None) -> list[Claim]:
    """Claims whose sentence names no place or date take the document's (GUIDELINE convention 19): the first
    place read with an incident claim, else the page's first named place. A country gives way to the one
    town or region the page names for its incidents (NOTES item 14); a town or region the page's first named
    site is placed in ('في دوار النابلسي ... غرب مدينة غزة') gives way to the site, the most specific place. A total with no date takes the date
    of the page's other totals when they count up to the publication day (today's bulletin); one home region named for the page's dead is theirs."""
    incident = [f for f in found if f.claim.scope == Scope.INCIDENT]
    placed = [f for f in incident if f.own_place is not None]
    location = next((f.claim.location for f in placed), page_place)
    regions = {f.claim.location for f in placed if f.own_place}
    region = next(iter(regions)) if len(regions) == 1 else None
    dates = {scope: next((f.claim.date for f in found if f.own_date and f.claim.scope == scope), None)
             for scope in Scope}
    if dates[Scope.CUMULATIVE] != published:
        dates[Scope.CUMULATIVE] = None   # an earlier bulletin's day is no as-of day of the page's other totals
    origins = {f.claim.origin for f in found if f.claim.origin}
    home = next((f.claim for f in found if f.claim.origin), None) if len(origins) == 1 else None
    site = next((f for f in incident if f.own_place == _SITE and not f.headline), None)
    out = []
    for f in found:
        claim = f.claim
        if f.headline or claim.scope == Scope.INCIDENT:
            upgrade = f.own_place == 0 and region and claim.scope == Scope.INCIDENT
            claim = replace(claim, location=region if upgrade else claim.location or location)
            if site is not None and f.own_place != _SITE and claim.location and claim.location in site.sentence:
                town = _site_place(site, language) or gazetteer.resolve(claim.location, language)
                claim = replace(claim, location=site.claim.location, place=town)   # the site is in that place
            elif f.own_place == _SITE:
                claim = replace(claim, place=_site_place(f, language))
        if f.headline or not claim.date:
            claim = replace(claim, date=claim.date or dates[claim.scope] or (dates[Scope.INCIDENT] if f.headline
                                                                             else None))
        if home and not claim.origin and claim.side in (None, home.side) and claim.victims.role != Role.CIVILIAN \
                and claim.scope == Scope.INCIDENT:
            claim = replace(claim, origin=home.origin)
        out.append(claim)
    return sorted(out, key=lambda c: c.span)
