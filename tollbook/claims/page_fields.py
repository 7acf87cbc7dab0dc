"""The page's place and date of its incident, read from the whole document (GUIDELINE conventions 19, 23).

A claim's own sentence often names no place or date, or only the country ("in Myanmar"), while the page
says elsewhere where and when it happened ("The attack took place at Baisaran meadow on Tuesday"). This
module reads every place and date mention of the sentences that tell of the casualties or of the attack
(the *event sentences*), each with its position and role, and picks:

  - the incident place: the most specific named place of the event sentences, never where a source spoke
    nor a hospital the wounded were taken to (``context.find_places`` leaves those out); a headline's
    title-case capitals are read only when the gazetteer knows the name;
  - the incident date: the day of the attack, not of the discovery ("bodies were recovered on Tuesday, a
    day after the attack" is Monday), from "Monday's attack" first, then the first date of an event
    sentence that is neither a statement date nor a quotation's.

Public API: ``PageFields(document, vocab, tokens_of, published[, places_of])`` with ``place()``, ``place_for(own,
headline)``, ``date()`` and ``date_for(own, index)``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from tollbook import gazetteer
from tollbook.model import Document, Place, SegmentKind

from tollbook.claims import context
from tollbook.claims.dates import date_words
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary, WordTest

# Specificity of a place mention, from the country down to a named site.
COUNTRY, REGION, DISTRICT, TOWN, SITE = range(5)
_PRECISION = {"country": COUNTRY, "admin1": REGION, "admin2": DISTRICT, "city": TOWN}

_READ = {SegmentKind.BODY, SegmentKind.STANDFIRST, SegmentKind.HEADLINE, SegmentKind.DATELINE}
_DATED = {SegmentKind.BODY, SegmentKind.STANDFIRST}   # headlines and captions carry no incident date of their own
_QUOTE_MARKS = set('“”"«»')
_EVENT_SENTENCES = 12    # the first event sentences read: a page tells its incident first, its background later


@dataclass(frozen=True)
class PlaceMention:
    text: str          # as written
    sentence: int      # index of the sentence
    headline: bool
    rank: int          # COUNTRY .. SITE
    country: str | None
    by_agency: bool = False   # read from a town's police ("a Tulsa police officer"), not from an event sentence
    kind: str | None = None   # the kind the text gives it ("the village of X", "X, a village")


@dataclass(frozen=True)
class DateMention:
    day: str           # ISO date
    sentence: int
    strength: int      # 2: "Monday's attack"; 1: an event sentence's date; 0: a discovery date
    with_year: bool = False   # written with this year's number ("April 2, 2024"): a caption's, more often


class PageFields:
    def __init__(self, document: Document, vocab: Vocabulary, tokens_of: Callable[[int], list[Token]],
                 published, places_of: Callable[[int], list] | None = None):
        self.document, self.vocab, self.tokens_of, self.published = document, vocab, tokens_of, published
        # ``context.find_places`` of a sentence, which the claims reader may already have read
        self.places_of = places_of or (lambda index: context.find_places(self.tokens_of(index), self.vocab))
        self.language = document.language

    # -- the reading ---------------------------------------------------------------------------------------

    @cached_property
    def event_sentences(self) -> list[int]:
        """Indices of the sentences that tell of casualties or of an attack, in page order."""
        text, quick, out = self.document.text, _event_words(self.vocab), []
        for index, sentence in enumerate(self.document.sentences):
            if sentence.segment not in _READ:
                continue
            if self.vocab.trigger_words.search(text, sentence.start, sentence.end) \
                    or quick.search(text, sentence.start, sentence.end):
                out.append(index)
                if len(out) == _EVENT_SENTENCES:
                    break
        return out

    @cached_property
    def places(self) -> list[PlaceMention]:
        out = []
        for index in self.event_sentences:
            if self.side_event(index):
                continue   # "In a separate incident, ... the village of X": no place of the page's incident
            sentence = self.document.sentences[index]
            headline = sentence.segment == SegmentKind.HEADLINE
            tokens = self.tokens_of(index)
            lows = [t.low for t in tokens]
            for k, (start, end) in self.places_of(index):
                kind = context.named_kind(tokens, k, (start, end), self.vocab)
                mention = self.mention(self.document.text[start:end], index, headline, kind)
                if mention is not None and mention.rank == SITE:
                    mention = self._with_town(mention, tokens, start, end)
                if mention is not None and is_reference_point(lows, k, self.vocab):
                    mention = replace(mention, rank=max(COUNTRY, mention.rank - 1))  # "near Pahalgam", "outside X"
                if mention is not None:
                    out.append(mention)
        return out

    def side_event(self, index: int) -> bool:
        """The sentence opens on another event than the page's ('Separately, ...', 'In another incident,
        ...', 'Meanwhile, ...'; places.yaml ``side_event_openers``), names an earlier period ('last month';
        ``earlier_period_cues``) or opens on a month or year of its own ('In December, 2012, a charter bus
        ...'; ``dated_event_openers``): its place is its own, and the page's is not its."""
        sentence = self.document.sentences[index]
        if _earlier_periods(self.vocab).search(self.document.text, sentence.start, sentence.end):
            return True   # "... in New Delhi last month": background, an earlier event (``earlier_period_cues``)
        openers = self._side_openers
        if openers is None:
            return False
        return openers.match(self.document.text, sentence.start, sentence.end) is not None


    @cached_property
    def _side_openers(self) -> re.Pattern | None:
        words = self.vocab.places.get("side_event_openers") or ()
        if not words:
            return None
        openers = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
        dated = self.vocab.places.get("dated_event_openers") or ()
        if dated:   # "In December, 2012,", "In March 2011,": a month or a year
            months = sorted(self.vocab.dates.get("months") or (), key=len, reverse=True)
            openers.append(r"(?:%s)\s+(?:%s|(?:19|20)\d\d)" % ("|".join(re.escape(w) for w in dated),
                                                              "|".join(re.escape(m) for m in months)))
        return re.compile(r"\s*(?:%s)\b" % "|".join(openers), re.I)

    def _with_town(self, mention: PlaceMention, tokens: list[Token], start: int, end: int) -> PlaceMention:
        """'the Tri-Chem plant in Cresson': a site with the town it stands in, as the page writes it."""
        last = next((j for j, t in enumerate(tokens) if t.end == end), None)
        locative = self.vocab.words("site_town_joiners", {"in"})
        if last is None or last + 1 >= len(tokens) or tokens[last + 1].low not in locative:
            return mention
        town = context.place_after(tokens, last + 1, self.vocab)
        if town is None or any(t.low.endswith(("’s", "'s")) for t in tokens[last + 2:] if t.end <= town[0]):
            return mention   # "Rohtrung village in Himachal Pradesh's Kinnaur district": the village alone
        return replace(mention, text=self.document.text[start:town[1]])

    def mention(self, text: str, index: int, headline: bool, kind: str | None = None) -> PlaceMention | None:
        """``text`` ranked by specificity (``kind``: the place kind the text gives it, 'the village of X');
        None for a headline's capitalised word the gazetteer does not know."""
        if context.is_unnamed_site(text, self.vocab):
            return None   # "at a private residence": a claim's own place, never the page's
        rank, country = self.rank(text, kind)
        if rank is None:
            return None
        if headline and not self._headline_place(text):
            return None
        return PlaceMention(text, index, headline, rank, country, kind=kind)

    def _headline_place(self, text: str) -> bool:
        """A title-case headline capitalises common nouns ("Six Dead in Attack on the Mayor's Office"):
        its place counts when the gazetteer knows it or the body names it too."""
        rank, country = self.rank(text)
        if self.vocab.places.get("capitalised_nouns"):
            return rank is not None   # German capitalises nouns in any sentence: the article rule reads them
        return rank is not None and (country is not None or text in self._body_text)

    def rank(self, text: str, named: str | None = None) -> tuple[int | None, str | None]:
        """The specificity of a place and its country; ``named``, the kind the text calls it ('the village
        of X', 'X, a town in ...'), ranks it before the gazetteer does: a village is a site, a town or
        city a town (places.yaml ``town_kinds``), a region kind a region."""
        places = self.vocab.places
        words = text.split()
        while words and words[0].lower() in {"the"} | set(places["directions"]):
            words = words[1:]   # "northwest Myanmar" is as wide as Myanmar
        if not words:
            return None, None
        bare = " ".join(words)
        if words[0] in places["not_places"]:
            return None, None
        if words[0].lower() in self.vocab.demonyms and not self._is_site(words):
            return None, None   # "Israeli strikes", "the Ukrainian city"; "the Afghan foreign ministry" is a site
        if context.is_event_noun(words[-1], self.vocab):
            return None, None   # "Killed in Protests", German "bei Messerattacke": an event, no place
        joined = [part for part in re.split(r"\s+(?:%s)\s+" % "|".join(self._and_words), bare) if part]
        if len(joined) > 1:   # "Israel and Hamas", "Myanmar and Thailand": as wide as the widest known part
            ranks = [r for r in (self.rank(part) for part in joined) if r[0] is not None]
            known = [r for r in ranks if r[1] is not None]
            return min(known or ranks, default=(None, None))
        found = gazetteer.resolve(bare, self.language)
        kind = _kind_word(words, self.vocab) or _institution_head(words, self.vocab) or named
        if kind in _region_kinds(self.vocab):
            return (_PRECISION.get(found.precision, REGION), found.country) if found else (REGION, None)
        if kind in _town_kinds(self.vocab) and not (found and _PRECISION.get(found.precision, TOWN) < DISTRICT):
            return TOWN, found.country if found else None   # "El Fasher city", "the town of Vesna"; not
            # "the capital of Somalia"
        if kind is not None or context.is_named_compound_site(words, places):
            return SITE, found.country if found else None   # "Kramatorsk railway station", "Karls-Universität"
        if found is not None:
            return _PRECISION.get(found.precision, TOWN), found.country
        if places.get("capitalised_nouns") and len(words) > 1 and context.is_town_adjective(words[0], places):
            return TOWN, None     # German "Prager Vorort": a place in that town
        if places.get("capitalised_nouns"):
            return REGION, None   # German "auf der Bühne": an unknown capitalised word may be a common noun
        return TOWN, None   # a name the gazetteer lacks: a village, most often

    def _is_site(self, words: list[str]) -> bool:
        """The mention ends with a kind of site, no region or town ('Afghan foreign ministry', 'Pakistani embassy')."""
        kind = _kind_word(words, self.vocab)
        return kind is not None and kind not in _region_kinds(self.vocab) and kind not in _town_kinds(self.vocab)

    def _countries_joined(self, text: str) -> bool:
        """'Myanmar and Thailand': countries joined by 'and'."""
        parts = [part for part in re.split(r"\s+(?:%s)\s+" % "|".join(self._and_words), text) if part]
        if len(parts) < 2:
            return False
        found = [gazetteer.resolve(part, self.language) for part in parts]
        return all(place is not None and place.precision == "country" for place in found) \
            and len({place.country for place in found}) > 1   # not "Israel and Hamas"

    @cached_property
    def _date_word(self) -> WordTest:
        return date_words(self.vocab.dates)

    @cached_property
    def _and_words(self) -> list[str]:
        return sorted(re.escape(w) for w in self.vocab.words("and_words", {"and"}))

    @cached_property
    def _body_text(self) -> str:
        text = self.document.text
        return " ".join(text[s.start:s.end] for s in self.document.sentences if s.segment == SegmentKind.BODY)

    # -- place -------------------------------------------------------------------------------------------------

    @cached_property
    def best_place(self) -> PlaceMention | None:
        """The most specific place of the event sentences, the body's before the headline's, the first of equals;
        of two sites, a street or a building before the neighbourhood it stands in ('la calle Bustamante'
        over 'la colonia Barrio Nuevo'), and a part of a site before the site ('Hauptgebäude der
        Philosophischen Fakultät der Karls-Universität' over 'Prager Karls-Universität')."""
        body = [p for p in self.places if not p.headline]
        candidates = (body or self.places) + self.agency_places
        if not candidates:
            return None
        sites = [p.text.split() for p in candidates if p.rank == SITE]
        return max(candidates, key=lambda p: (p.rank, not self._is_neighbourhood(p.text),
                                              p.rank == SITE and _names_part_of(p.text.split(), sites),
                                              not p.by_agency, -p.sentence))

    def _is_neighbourhood(self, text: str) -> bool:
        """A site named by a neighbourhood kind ('colonia Barrio Nuevo', 'quartier Gambetta'; places.yaml
        ``neighbourhood_kinds``): a wider place than a street or a building of it."""
        kind = _leading_kind(text.split(), self.vocab)
        return kind is not None and kind.lower() in _neighbourhood_kinds(self.vocab)

    @cached_property
    def agency_places(self) -> list[PlaceMention]:
        """'a Tulsa police officer was shot', 'said Tulsa Police Chief Ann Roe': a town's own police work in
        that town, so its name before the police noun tells the page's place when no event sentence names
        a town. Read in every sentence (the chief is often named apart from the casualties); only a town
        the gazetteer knows counts ('State Police', 'National Police' are no town)."""
        nouns = _agency_nouns(self.vocab)
        if not nouns:
            return []
        text, quick, out = self.document.text, _agency_words(self.vocab), []
        for index, sentence in enumerate(self.document.sentences):
            if sentence.segment not in _READ or not quick.search(text, sentence.start, sentence.end):
                continue
            tokens = self.tokens_of(index)
            for k, token in enumerate(tokens):
                if token.low in nouns and (span := _town_before(tokens, k, self.vocab)) is not None:
                    name = text[span[0]:span[1]]
                    found = gazetteer.resolve(name, self.language)
                    if found is not None and found.precision == "city":
                        out.append(PlaceMention(name, index, sentence.segment == SegmentKind.HEADLINE, TOWN,
                                                found.country, by_agency=True))
        return out

    def place(self) -> str | None:
        return self.best_place.text if self.best_place else None

    def site_town(self, location: str) -> Place | None:
        """The canonical place of a site named with a kind before it ('la colonia Barrio Nuevo, en Irapuato',
        'la gare de Kramatorsk'): the most specific town or district of the page's body the gazetteer
        knows (a region or a country is too wide to stand for a site), else the name after the kind. The
        whole phrase is not looked up: a gazetteer has villages called 'Barrio de San Juan'. None when
        ``location`` opens with no such kind and is no German compound site ('Prager Karls-Universität')."""
        words = location.split()
        kind = _leading_kind(words, self.vocab)
        if kind is None and _institution_head(words, self.vocab):
            owner = _owner_town(words, self.language)   # "offices of the mayor of Mogadishu": Mogadishu
            if owner is not None:
                return owner
            kind = ""   # "main entrance of the Ministry of Foreign Affairs": the page's town
        if kind is None and words[0].lower() in self.vocab.demonyms and self._is_site(words):
            kind = ""   # "the Afghan foreign ministry": the page's town
        compound = kind is None and context.is_named_compound_site(words, self.vocab.places)   # "Karls-Universität"
        if kind is None and not compound and self._is_village(location):
            kind = ""   # "the village of Karni": a bare village name is looked up in the page's towns, not alone
        if (kind is None and not compound) or kind in _region_kinds(self.vocab):
            return None
        known = [(mention, found) for mention in self.places + self.agency_places if not mention.headline
                 and DISTRICT <= mention.rank < SITE and (found := gazetteer.resolve(mention.text, self.language))]
        if known:   # the town of the event sentences, else of its police ("a spokesman for the Kabul police")
            return max(known, key=lambda pair: (pair[0].rank, not pair[0].by_agency, -pair[0].sentence))[1]
        if not kind:   # a village's bare name or a compound site: no name after a kind to look up
            return None
        rest = words[len(kind.split()):]
        while rest and rest[0].lower() in _kind_joiner_words(self.vocab):
            rest = rest[1:]
        found = gazetteer.resolve(" ".join(rest), self.language) if rest else None
        return found if found is not None and found.precision in {"city", "admin2"} else None

    def _is_village(self, location: str) -> bool:
        """The page calls ``location`` a village ('the village of Karni', 'Qarni village'): the gazetteer's
        town of that name is most often another one, far away."""
        villages = self.vocab.places.get("village_kinds") or ()
        last = location.split()[-1].lower() if location.split() else ""
        return last in villages or any(m.text == location and m.kind in villages for m in self.places)

    def place_for(self, own: str | None, headline: bool, index: int | None = None,
                  own_sentence: bool = True) -> str | None:
        """The place a claim takes: its own unless it names none, only a country or region that holds the
        page's more specific place, only the town the page's site stands in ('en la ciudad de Irapuato' beside
        'la colonia Barrio Nuevo') or of a site its sentence names by kind alone ('dans un lycée à Arras' beside
        'au lycée Gambetta'), or is a headline's (convention 19: a headline takes the body's place). A country or
        region its own sentence names (``own_sentence``: not one carried from the sentence before) stands when
        it is not the page's country: the line tells another story ('In Russia's Dagestan: Gunmen Kill 15')."""
        best = self.best_place
        if best is not None and best.rank < DISTRICT:
            best = None   # "fighting in Ukraine": a war's country is no incident's place (seed page gold)
        if best is None:
            if own is not None and self.rank(own)[0] is None:
                return None   # "Protests", "Attack": no place
            return own if not headline or own is None or self._headline_place(own) else None
        if own is None or headline:
            return best.text
        if self._countries_joined(own):
            return own   # "struck Myanmar and Thailand": no town of one of them stands for both
        rank, country = self.rank(own)
        if rank is None:
            return best.text   # "Protests", "Attack": no place
        page_country = best.country or (self._page_country if own_sentence else None)
        if rank <= REGION and best.rank >= TOWN and (page_country is None or country is None
                                                     or page_country == country):
            if own_sentence and self._other_region(own, best.text):
                return own   # "abducted 140 students in Kaduna state" on a page of Tegina (Niger state): another incident
            return best.text   # "in Ukraine" on a page of Sumy; not "In Russia's Dagestan" on a page of Nigeria
        if rank == TOWN and best.rank == SITE and (self._stands_in(best.text, own)
                                                   or index is not None and self._names_kind_alone(best.text, index)):
            return best.text
        if rank == SITE and best.rank == SITE and self._is_neighbourhood(own) and not self._is_neighbourhood(best.text):
            return best.text   # "en la colonia Barrio Nuevo" beside "en la calle Bustamante": the street
        return own

    def _other_region(self, region: str, place: str) -> bool:
        """``region`` is a first-level region the gazetteer knows and ``place`` lies in another one."""
        found, inner = gazetteer.resolve(region, self.language), gazetteer.resolve(place, self.language)
        return found is not None and found.precision == "admin1" and inner is not None and inner.admin1 is not None \
            and inner.country == found.country and inner.admin1 != found.admin1

    def within_a_country(self, location: str | None) -> bool:
        """``location`` names a region, a district, a town or a site."""
        rank = self.rank(location)[0] if location else None
        return rank is not None and rank > COUNTRY

    @cached_property
    def _page_country(self) -> str | None:
        """The country of the page's incident when its best place has none the gazetteer knows ('Maidabino
        village'): that of the first body place that has one ('Nigeria's Katsina state'), as a page tells
        its incident first."""
        known = [p for p in self.places if not p.headline and p.country]
        return min(known, key=lambda p: p.sentence).country if known else None

    def _stands_in(self, site: str, town: str) -> bool:
        """The page's site named with a kind ('colonia Barrio Nuevo') stands in ``town`` ('Irapuato'): the one
        town the page's event sentences name (a site of a page with two towns may be in the other)."""
        found = gazetteer.resolve(town, self.language)
        if found is None or _leading_kind(site.split(), self.vocab) is None:
            return False
        towns = {known.geonames_id for mention in self.places if not mention.headline and DISTRICT <= mention.rank < SITE
                 and (known := gazetteer.resolve(mention.text, self.language))}
        return towns == {found.geonames_id}

    def _names_kind_alone(self, site: str, index: int) -> bool:
        """Sentence ``index`` names the kind that opens ``site`` ('lycée Gambetta') with no name after it."""
        kind = _leading_kind(site.split(), self.vocab)
        if kind is None or kind in _region_kinds(self.vocab):
            return False
        kind_words, name = kind.lower().split(), site.split()[len(kind.split())].lower()
        lows = [t.low for t in self.tokens_of(index)]
        n = len(kind_words)
        return any(lows[k:k + n] == kind_words and (k + n >= len(lows) or lows[k + n] != name)
                   for k in range(len(lows) - n + 1))

    # -- date --------------------------------------------------------------------------------------------------

    @cached_property
    def dates(self) -> list[DateMention]:
        out = []
        text = self.document.text
        for index in self.event_sentences:
            sentence = self.document.sentences[index]
            if sentence.segment not in _DATED or self.side_event(index):
                continue   # another event's day ("Separately, on Monday ...", "The war began on Oct. 7") is not the page's
            if not self._date_word.search(text, sentence.start, sentence.end):
                if (news := self._day_before_news(index)) is not None:
                    out.append(DateMention(news, index, 1))
                continue   # the quick test: no weekday, month or relative-day word
            body = text[sentence.start:sentence.end]
            if _QUOTE_MARKS & set(body) or context.is_past_event(body, self.vocab):
                continue
            if context.find_scope(body, self.vocab)[0] == "cumulative":
                continue   # a running total's date is its as-of day
            tokens = self.tokens_of(index)
            named = self._event_weekday(tokens)
            if named:
                out.append(DateMention(named, index, 2))
                continue
            lows = [t.low for t in tokens]
            trigger = next((k for k in range(len(lows)) if self.vocab.triggers.match(lows, k)), None)
            found = context.find_date(tokens, self.vocab, self.published, trigger=trigger)
            if found:
                discovered = self.discovery_shift(tokens, found)
                out.append(DateMention(discovered or found, index, 1 if discovered or not
                                       self._is_discovery(tokens) else 0, self._writes_this_year(tokens, found)))
        return out

    def date(self) -> str | None:
        """The page's incident day: the strongest date mention, one written without its year first (news
        prose leaves out the current year; a photo caption above the story writes 'April 2, 2024'), the
        first of equals."""
        if not self.dates:
            return None
        return max(self.dates, key=lambda d: (d.strength, not d.with_year, -d.sentence)).day

    def date_for(self, own: str | None, index: int) -> str | None:
        """An incident claim's date: its own, unless its own is the day the bodies were found."""
        page = self.date()
        if own is None:
            return page
        if page and page < own and self._is_discovery(self.tokens_of(index)):
            return page
        return own

    def _event_weekday(self, tokens: list[Token]) -> str | None:
        """'Monday's attack', 'since Friday's earthquake': the day of the event itself."""
        dates = self.vocab.dates
        if not self.published or not self.published[2]:
            return None
        nouns = set(self.vocab.places["attack_nouns"]) | set(dates.get("event_words") or ())
        for k, token in enumerate(tokens[:-1]):
            low = token.low
            if not low.endswith(("’s", "'s")) or low[:-2] not in dates["weekdays"]:
                continue
            following = {t.low for t in tokens[k + 1:k + 4]}
            if following & nouns:
                day = date(*self.published)
                weekday = dates["weekdays"].index(low[:-2])
                return (day - timedelta(days=(day.weekday() - weekday) % 7)).isoformat()
        return None

    def _day_before_news(self, index: int) -> str | None:
        """'The suspension came a day after an explosion killed 26': the news is of the publication's day, so
        the event is the after_event offset before it."""
        dates = self.vocab.dates
        comes = set(dates.get("comes_after_words") or ())
        if not comes or not self.published or not self.published[2]:
            return None
        tokens = self.tokens_of(index)
        lows = [t.low for t in tokens]
        for k, low in enumerate(lows):
            if low not in comes:
                continue
            following = " ".join(lows[k + 1:k + 5])
            for phrase, offset in (dates.get("after_event") or {}).items():
                if following.startswith(phrase + " "):
                    return (date(*self.published) + timedelta(days=offset)).isoformat()
        return None

    def _writes_this_year(self, tokens: list[Token], found: str) -> bool:
        """The sentence writes the year of ``found``, and it is the publication's year (or the page has none)."""
        year = found[:4]
        if self.published and str(self.published[0]) != year:
            return False
        return any(t.text == year for t in tokens)

    def _is_discovery(self, tokens: list[Token]) -> bool:
        verbs = set(self.vocab.dates.get("discovery_verbs") or ())
        return any(t.low in verbs for t in tokens)

    def discovery_shift(self, tokens: list[Token], found: str) -> str | None:
        """'found on Tuesday, a day after the attack': the attack's day."""
        if not self._is_discovery(tokens):
            return None
        lows = " ".join(t.low for t in tokens)
        for phrase, offset in (self.vocab.dates.get("after_event") or {}).items():
            if re.search(r"\b%s\b" % re.escape(phrase), lows):
                return (date.fromisoformat(found) + timedelta(days=offset)).isoformat()
        return None


def _names_part_of(words: list[str], sites: list[list[str]]) -> bool:
    """``words`` end with the name of another, shorter site of the page, two words or more after their own
    head: a part of that site ('Hauptgebäude der Fakultät der Karls-Universität' of 'Karls-Universität')."""
    return any(len(words) >= len(other) + 2 and other[-1][:1].isupper() and words[-1] == other[-1]
               for other in sites if other != words)


def _kind_word(words: list[str], vocab: Vocabulary) -> str | None:
    """The place-kind word a mention ends with ('railway station', 'region'), or opens with ('Lake Chad')."""
    lows = [w.lower() for w in words]
    if lows:
        for suffix, kind_words in _kinds_by_last_word(vocab).get(lows[-1], ()):
            n = len(kind_words)
            if len(lows) > n and lows[-n:] == kind_words:
                return suffix
    return _leading_kind(words, vocab)


def _owner_town(words: list[str], language: str | None) -> Place | None:
    """The town or district whose name ends a site named after its owner ('offices of the mayor of Mogadishu')."""
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    found = gazetteer.resolve(" ".join(words[start:]), language) if start < len(words) else None
    return found if found is not None and found.precision in {"city", "admin2"} else None


def _institution_head(words: list[str], vocab: Vocabulary) -> str | None:
    """The lower-case site noun that opens a site named after its owner ('offices of the mayor of Mogadishu',
    'main entrance of the Ministry of Foreign Affairs'; places.yaml ``institution_sites``), or the capitalised
    one an owner follows ('Afghanistan Ministry of Foreign Affairs')."""
    heads = vocab.derived("institution_site_heads",
                          lambda v: frozenset(w.lower() for w in v.places.get("institution_sites") or ()))
    return next((w.lower() for k, w in enumerate(words[:4]) if w.lower() in heads
                 and (words[0].islower() or words[k + 1:k + 2] == ["of"])), None)


def _leading_kind(words: list[str], vocab: Vocabulary) -> str | None:
    """The place kind a mention opens with, as Romance languages write it ('gare de Kramatorsk',
    'calle Bustamante'; places.yaml ``leading_kinds``), the longest listed."""
    lows = [w.lower() for w in words]
    if lows:
        for prefix, kind_words in _leading_kinds_by_first_word(vocab).get(lows[0], ()):
            n = len(kind_words)
            if len(lows) > n and lows[:n] == kind_words:
                return prefix
    return None


# A mention is ranked several times a page: the kinds are sorted, split and keyed once per vocabulary, by
# the word a mention must end (or open) with to hold them, the longest first as the readers above want.

def _kinds_by_last_word(vocab: Vocabulary) -> dict[str, list[tuple[str, list[str]]]]:
    def build(v: Vocabulary) -> dict[str, list[tuple[str, list[str]]]]:
        table: dict[str, list[tuple[str, list[str]]]] = {}
        for suffix in sorted(v.places["suffixes"], key=lambda s: -len(s.split())):
            if kind_words := suffix.split():
                table.setdefault(kind_words[-1], []).append((suffix, kind_words))
        return table
    return vocab.derived("place_kinds_by_last_word", build)


def _leading_kinds_by_first_word(vocab: Vocabulary) -> dict[str, list[tuple[str, list[str]]]]:
    def build(v: Vocabulary) -> dict[str, list[tuple[str, list[str]]]]:
        table: dict[str, list[tuple[str, list[str]]]] = {}
        for prefix in sorted(v.places.get("leading_kinds") or (), key=lambda s: -len(s.split())):
            if kind_words := prefix.lower().split():
                table.setdefault(kind_words[0], []).append((prefix, kind_words))
        return table
    return vocab.derived("leading_kinds_by_first_word", build)


def _kind_joiner_words(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("kind_joiner_words", lambda v: frozenset(v.places.get("kind_joiners") or ("of",)))


def _town_kinds(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("town_kinds", lambda v: frozenset(v.places.get("town_kinds") or ()))


def _neighbourhood_kinds(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("neighbourhood_kinds",
                         lambda v: frozenset(w.lower() for w in v.places.get("neighbourhood_kinds") or ()))


def _region_kinds(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("region_kinds", lambda v: frozenset(v.places.get("region_kinds") or ()))


def is_reference_point(lows: list[str], k: int, vocab: Vocabulary) -> bool:
    """'near Pahalgam', 'just outside the city of Fort Worth': a landmark the place is told by."""
    words = vocab.derived("reference_words", lambda v: frozenset(v.places.get("reference_words") or ()))
    return any(low in words for low in lows[max(0, k - 3):k + 1])


def _town_before(tokens: list[Token], k: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """The character span of the town, or 'town, state,', written right before token ``k``."""
    j = k
    if j and tokens[j - 1].low == ",":   # "a Tulsa, Oklahoma, police officer"
        region = _name_start(tokens, j - 1, vocab)
        if region == j - 1 or region == 0 or tokens[region - 1].low != ",":
            return None
        j = region - 1
    start = _name_start(tokens, j, vocab)
    if start == j:
        return None
    return tokens[start].start, tokens[k - 1 if k == j else k - 2].end


def _name_start(tokens: list[Token], end: int, vocab: Vocabulary, longest: int = 3) -> int:
    """The first of up to ``longest`` capitalised name words ending before token ``end``."""
    start = end
    while start > 0 and end - start < longest and context.is_name_word(tokens[start - 1], vocab.places):
        start -= 1
    return start


def _agency_words(vocab: Vocabulary) -> WordTest:
    """A quick test for a sentence naming a police force."""
    return vocab.derived("agency_words_pattern", lambda v: WordTest(_agency_nouns(v)))


def _agency_nouns(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("agency_nouns", lambda v: frozenset(v.places.get("agency_nouns") or ()))


def _earlier_periods(vocab: Vocabulary) -> WordTest:
    """A quick test for a sentence of an earlier period ('last month'; places.yaml ``earlier_period_cues``)."""
    return vocab.derived("earlier_period_cues", lambda v: WordTest(v.places.get("earlier_period_cues") or ()))


def _event_words(vocab: Vocabulary) -> WordTest:
    """A quick test for an event sentence with no outcome word ('The attack took place at ...')."""
    return vocab.derived("event_words", lambda v: WordTest([*v.places["attack_nouns"],
                                                            *(v.dates.get("event_words") or ())]))
