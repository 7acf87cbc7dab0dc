"""Step 5b: the sentence's place, incident date, source and scope (GUIDELINE conventions 19-21)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from tollbook.claims.phrases import STOP_WORDS
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

_ANNOUNCEMENT_WINDOW = 6   # tokens between a reporting verb and a date that make it the announcement date
_NAME_TOKENS = 10          # longest source name read
_NAME_BREAKS = frozenset({"on", "in", "at", "that", "who", "which", "said", "says", "told", "when"})


# -- location ---------------------------------------------------------------------------------------------------

def find_places(tokens: list[Token], vocab: Vocabulary, headline: bool = False) -> list[tuple[int, tuple[int, int]]]:
    """The places the sentence names, in order, as (index of the token that opens the reading, character
    span): after a locative preposition ('in Kharkiv', 'the shelling of Kramatorsk station'), a place kind
    ('the town of Um Sadira', 'la gare de Kramatorsk') or as a name the text calls a village; in a
    headline, a place before a colon that heads it ("Münster: Drei Tote ...")."""
    lows = [t.low for t in tokens]
    places, out = vocab.places, []
    kinds = vocab.words("named_by_kind", frozenset(places.get("named_by_kind") or ()))
    joiners = _kind_joiners(vocab)
    target_verbs, kind_locative = vocab.derived("target_verbs", _target_verbs), places.get("kind_locative", ())
    battle_nouns, battle_joiners = _word_set(vocab, "battle_nouns"), _word_set(vocab, "battle_joiners")
    found_verbs, found_from = _word_set(vocab, "found_from_verbs"), _word_set(vocab, "found_from")
    locative_nouns = _word_set(vocab, "locative_nouns")
    # a place is read only from one of these words (a quick test before the readers below, per token)
    openers = vocab.derived("place_openers", lambda v: frozenset(
        set(_leading_kinds(v)) | set(kinds) | set(places["locative"]) | {"of", "on"} | set(target_verbs)
        | set(kind_locative) | battle_joiners | found_from | _word_set(v, "locative_nouns")))
    for k in [k for k, low in enumerate(lows[:-1]) if low in openers]:
        low = lows[k]
        if _toward_elsewhere(lows, k, vocab):
            continue
        if low in locative_nouns and lows[k + 1] in joiners:   # "près de Kharkiv", "à l'intérieur du Burkina Faso"
            span = _place_at(tokens, lows, k + 2, vocab)
            if span is not None and not (out and out[-1][1][1] >= span[0]):
                out.append((k, span))
            continue
        site = _leading_kind_place(tokens, lows, k, vocab)   # "la gare de Kramatorsk", "au lycée Gambetta"
        if site is not None:
            if not (out and out[-1][1][1] >= site[0]):
                out.append((k, site))
            continue
        if low in kinds and (joined := _after_joiner(tokens, lows, k + 1, joiners, vocab)) is not None:
            care = _word_set(vocab, "care_adjectives")
            if _after_care_word(lows, k, vocab) or any(low in care for low in lows[k + 1:joined]):
                continue   # "trasladados al centro médico de Tulancingo": where the wounded were taken
            span = _place_at(tokens, lows, joined, vocab, kind_named=True)   # "the town of Um Sadira", "la ville de Gaza"
            if span is not None and not (out and out[-1][1][1] >= span[0]):
                out.append((k, span))
            continue
        if low in places["locative"] or (low in {"of", "on"} and k and lows[k - 1] in places["attack_nouns"]) \
                or (low == "of" and k and lows[k - 1] in _word_set(vocab, "edge_nouns")) \
                or low in target_verbs \
                or (low in kind_locative and _named_compound_site(tokens, lows, k + 1, vocab)) \
                or (k and lows[k - 1] in battle_nouns and low in battle_joiners) \
                or (k and lows[k - 1] in found_verbs and low in found_from):   # "bodies were recovered from the X area"
            span = _place_at(tokens, lows, k + 1, vocab) or _institution_site(tokens, lows, k + 1, vocab) \
                or _unnamed_site(tokens, lows, k + 1, vocab)
            if span is None or _in_relative_clause(lows, k) or _where_spoken(lows, k, vocab) \
                    or _after_care_word(lows, k, vocab) or _names_a_part(lows, k, vocab) \
                    or _died_at_care_site(tokens, lows, k, span, vocab) \
                    or _after_departure(lows, k, vocab):
                continue
            if tokens[k + 1].is_capitalised and is_event_noun(tokens[k + 1].text, vocab):
                continue  # a title-case headline's "Killed in Protests in X": the event is no place
            if _kind_of_follows(tokens, lows, span, kinds, vocab):
                continue  # "on the Ukrainian city of Sumy": the name after "of" is the place
            if out and tokens[k - 1].end == out[-1][1][1]:
                continue  # "Kharkiv in Ukraine": the first, more specific place stands
            out.append((k, span))
    extra = [found for found in _town_region_adjectives(tokens, lows, vocab) + _kind_named_places(tokens, lows, vocab)
             if not any(span[0] <= found[1][0] < span[1] or found[1][0] <= span[0] < found[1][1] for _, span in out)]
    out = sorted(out + extra) if extra else out
    if headline and len(lows) > 3 and (heading := _heading_place(tokens, lows, vocab)) is not None:
        # "Münster: Drei Tote bei Brand in Wohnhaus": the place that heads a headline is its place; a
        # place after it stands instead when the gazetteer knows it ("Kiew: ... in Butscha", not "in Wohnhaus").
        # In the body such a name is a dateline, where the report was filed ("KYIV: More than 20 ...")
        from tollbook import gazetteer
        text = [t.text for t in tokens]
        known = [found for found in out if found[0] > heading[0] and gazetteer.resolve(
            " ".join(text[k] for k in range(len(tokens)) if found[1][0] <= tokens[k].start < found[1][1]))]
        out = known or [heading]   # the place named after the heading is the more specific one
    return out


_HEADING_WORDS = 3   # name words of a place that heads a headline before its colon ("Bad Homburg:")


def _heading_place(tokens, lows, vocab) -> tuple[int, tuple[int, int]] | None:
    """A place named alone before a colon at the start of a sentence ("Münster: Drei Tote ..."), as the
    gazetteer knows it; a speaker ("Selenskyj: ...") or a word of the vocabulary ("Brand: ...") is none."""
    end = 0
    while end < min(len(tokens), _HEADING_WORDS + 1) and is_name_word(tokens[end], vocab.places):
        end += 1
    if end == 0 or end > _HEADING_WORDS or end >= len(lows) or lows[end] != ":":
        return None
    if any(vocab.triggers.match(lows, k) or lows[k] in _word_set(vocab, "attack_nouns") or lows[k] in vocab.person_nouns
           for k in range(end)):
        return None
    from tollbook import gazetteer
    if gazetteer.resolve(" ".join(t.text for t in tokens[:end])) is None:
        return None
    return 0, (tokens[0].start, tokens[end - 1].end)


def _unnamed_site(tokens, lows, j, vocab) -> tuple[int, int] | None:
    """'at a private residence', 'in a private house': a particular site the text names with no name
    (places.yaml ``unnamed_sites``). It is a claim's own place only; the page's place is a named one
    (page_fields.PageFields.mention)."""
    if j < len(lows) and lows[j] in {"a", "an", "the"}:
        j += 1
    for words in _unnamed_sites(vocab):
        end = j + len(words)
        if tuple(lows[j:end]) == words:
            town = _place_at(tokens, lows, end + 1, vocab) if end < len(lows) and lows[end] == "in" else None
            return tokens[j].start, town[1] if town else tokens[end - 1].end   # "a private house in Kessim"
    return None


def is_unnamed_site(text: str, vocab: Vocabulary) -> bool:
    """``text`` opens with a site written with no name ('private residence', 'private house in Kessim')."""
    words = tuple(text.lower().split())
    return any(words[:len(site)] == site for site in _unnamed_sites(vocab))


def _unnamed_sites(vocab: Vocabulary) -> list[tuple[str, ...]]:
    """places.yaml ``unnamed_sites`` as word tuples."""
    return vocab.derived("unnamed_sites", lambda v: [tuple(p.lower().split()) for p in v.places.get("unnamed_sites") or ()])


def _institution_site(tokens, lows, j, vocab) -> tuple[int, int] | None:
    """'targeting the offices of the mayor of Mogadishu', 'at the main entrance of the Ministry of Foreign
    Affairs': a site written with a lower-case noun (places.yaml ``institution_sites``), up to two words
    before it, and the body or office it belongs to, capitalised, after 'of'. The whole phrase is the
    place, the most specific one the sentence gives (GUIDELINE convention 19)."""
    heads = _word_set(vocab, "institution_sites")
    if not heads:
        return None
    if j < len(lows) and lows[j] in vocab.words("place_articles", {"the"}) | {"a", "an"}:
        j += 1
    start = j
    while j < len(lows) and j - start < 2 and lows[j] not in heads and tokens[j].is_word \
            and not tokens[j].is_capitalised and lows[j] not in STOP_WORDS:
        j += 1   # "the main entrance"
    if j + 2 >= len(lows) or lows[j] not in heads or lows[j + 1] != "of":
        return None
    end = _owner_end(tokens, lows, j + 2, vocab)
    return (tokens[start].start, tokens[end - 1].end) if end is not None else None


def _owner_end(tokens, lows, j, vocab) -> int | None:
    """The index after the owner of a site: a capitalised name ('the Ministry of Foreign Affairs', the
    words of ``not_places`` included) or an office of one ('the mayor of Mogadishu'); None when there is
    no capitalised name."""
    if j < len(lows) and lows[j] == "the":
        j += 1
    if j + 1 < len(lows) and lows[j] in vocab.attribution.get("title_nouns", ()) and lows[j + 1] == "of":
        j += 2   # "the mayor of Mogadishu": the office's town names the site
        if j < len(lows) and lows[j] == "the":
            j += 1
    start = j
    while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised and not lows[j].endswith(("’s", "'s")):
        j += 1
        if j + 1 < len(tokens) and lows[j] in {"of", "and", "for"} and tokens[j + 1].is_capitalised:
            j += 1   # "Ministry of Foreign Affairs"
    return j if j > start else None


def is_event_noun(word: str, vocab: Vocabulary) -> bool:
    """``word`` names an attack or event (places.yaml ``attack_nouns``, ``event_nouns``, any case); where nouns are capitalised
    and compound (German), also a compound ending with one ('Messerattacke', 'Terroranschlag')."""
    nouns = vocab.derived("event_nouns_lower", lambda v: frozenset(
        n.lower() for key in ("attack_nouns", "event_nouns") for n in v.places.get(key) or ()))
    low = word.lower()
    if low in nouns:
        return True
    return bool(vocab.places.get("capitalised_nouns")) and any(
        low.endswith(noun) and len(low) > len(noun) + 2 for noun in nouns if " " not in noun)


def _kind_named_places(tokens, lows, vocab) -> list[tuple[int, tuple[int, int]]]:
    """A name the text calls a village with no preposition before it: 'Khuafo, a village of 60 households',
    'Qarni, a nearby village' (an appositive), 'fled Qarni village', 'invaded Tarvo village' (places.yaml
    ``village_kinds`` after the name). A kind followed by a lower-case noun qualifies it ('Kuki village
    volunteers')."""
    villages = _word_set(vocab, "village_kinds")
    if villages.isdisjoint(lows):
        return []   # a kind must follow the name: without one the sentence has no such place (most do not)
    places, out = vocab.places, []
    k = 0
    while k < len(tokens):
        if not is_name_word(tokens[k], places) or (k and is_name_word(tokens[k - 1], places)):
            k += 1
            continue
        end = _name_words_end(tokens, k, places)
        kind_at = None
        if end + 1 < len(lows) and lows[end] in villages and not (
                k and lows[k - 1] in vocab.words("indefinite_articles", {"a", "an"})):
            kind_at = end   # "Qarni village"; "a Kaduna village" is a village in Kaduna, not named so
        elif end + 2 < len(lows) and lows[end] == "," and lows[end + 1] in {"a", "an"}:
            kind_at = next((j for j in range(end + 2, min(end + 5, len(lows)))
                            if lows[j] in villages), None)          # "Qarni, a nearby village"
            if kind_at is not None and any(not tokens[j].is_word or tokens[j].is_capitalised
                                           for j in range(end + 2, kind_at)):
                kind_at = None
        if kind_at is not None and not _qualifies_noun(tokens, lows, kind_at + 1, vocab) \
                and lows[k] not in vocab.demonyms and not (k and lows[k - 1] in _home_words(vocab)):
            span = (tokens[k].start, tokens[kind_at].end if kind_at == end else tokens[end - 1].end)
            out.append((k, span))
        k = end
    return out


def _home_words(vocab: Vocabulary) -> frozenset[str]:
    """'both from Tarvo village': a home, not where the casualties were (places.yaml ``home_words``)."""
    return _word_set(vocab, "home_words")


def _qualifies_noun(tokens, lows, j, vocab) -> bool:
    """The kind word before ``j`` is an adjective of a lower-case noun ('village volunteers')."""
    return j < len(lows) and tokens[j].is_word and not tokens[j].is_capitalised \
        and lows[j] not in _not_qualified(vocab) and _is_adjectival(lows[j], vocab)


def named_kind(tokens: list[Token], k: int, span: tuple[int, int], vocab: Vocabulary) -> str | None:
    """The place kind the text gives a place found at token ``k`` with character span ``span``: 'the
    village of X' (a kind before 'of'), 'X, a nearby village' (an appositive kind) or 'X village'."""
    if not vocab.places.get("town_kinds"):
        return None   # a language whose data ranks no kinds of its own
    lows = [t.low for t in tokens]
    kinds = vocab.words("named_by_kind", frozenset(vocab.places.get("named_by_kind") or ()))
    if lows[k] in kinds and k + 1 < len(lows) and lows[k + 1] in _kind_joiners(vocab):
        return lows[k]
    last = next((j for j, t in enumerate(tokens) if t.end == span[1]), None)
    if last is None:
        return None
    if lows[last] in kinds:
        return lows[last]
    if last + 2 < len(lows) and lows[last + 1] == "," and lows[last + 2] in {"a", "an"}:
        return next((lows[j] for j in range(last + 3, min(last + 6, len(lows))) if lows[j] in kinds), None)
    return None


def _town_region_adjectives(tokens, lows, vocab) -> list[tuple[int, tuple[int, int]]]:
    """'a Tulsa, Oklahoma, police officer', 'at a Salem, Oregon elementary school': a town and its state
    or country used as an adjective, with no preposition before it. The gazetteer must know the pair
    (the town in that state), so a person's name and a comma are not read as one."""
    from tollbook import gazetteer
    openers = vocab.derived("adjective_place_openers",
                           lambda v: frozenset(v.places.get("adjective_place_openers") or ()))
    out = []
    if openers.isdisjoint(lows):
        return out   # most sentences have no "a" / "at a" before a town
    for k, low in enumerate(lows):
        if low not in openers:
            continue
        town_end = _name_words_end(tokens, k + 1, vocab.places)
        if town_end == k + 1 or town_end >= len(lows) or lows[town_end] != ",":
            continue
        region_end = _name_words_end(tokens, town_end + 1, vocab.places)
        after = region_end + 1 if region_end < len(lows) and lows[region_end] == "," else region_end
        if region_end == town_end + 1 or after >= len(tokens) or not tokens[after].is_word \
                or tokens[after].is_capitalised:
            continue
        span = (tokens[k + 1].start, tokens[region_end - 1].end)
        found = gazetteer.resolve(" ".join(t.text for t in tokens[k + 1:town_end]) + ", "
                                  + " ".join(t.text for t in tokens[town_end + 1:region_end]), "en")
        if found is not None and found.precision in {"city", "admin2"}:
            out.append((k, span))
    return out


def _kind_joiners(vocab: Vocabulary) -> frozenset[str]:
    """The words between a place kind and its name: English 'the town of X', Romance 'la ville de X'."""
    return vocab.derived("kind_joiners", lambda v: frozenset(v.places.get("kind_joiners") or ("of",)))


def _after_joiner(tokens, lows, j, joiners, vocab) -> int | None:
    """The index after the joiner that follows a kind word at ``j - 1``; where adjectives follow their noun
    (places.yaml ``kind_adjectives_follow``) one lower-case word may stand between ('la città ucraina di
    Sumy', 'la ciudad fronteriza de Rafah')."""
    if j < len(lows) and lows[j] in joiners:
        return j + 1
    if vocab.places.get("kind_adjectives_follow") and j + 1 < len(lows) and lows[j + 1] in joiners \
            and tokens[j].is_word and not tokens[j].is_capitalised and lows[j] not in _kind_stop_words(vocab):
        return j + 2
    return None


def _kind_stop_words(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("kind_stop_words", lambda v: frozenset(STOP_WORDS) | frozenset(v.words("place_articles", ()))
                         | frozenset(v.places.get("locative") or ()))


def _leading_kinds(vocab: Vocabulary) -> dict[str, list[tuple[str, ...]]]:
    """places.yaml ``leading_kinds`` by first word: the nouns that name a site before its name, as Romance
    languages put them ('centro comercial', 'gare', 'lycée', 'calle')."""
    def build(v: Vocabulary) -> dict[str, list[tuple[str, ...]]]:
        table: dict[str, list[tuple[str, ...]]] = {}
        for kind in sorted(v.places.get("leading_kinds") or (), key=lambda w: -len(w.split())):
            words = tuple(kind.lower().split())
            table.setdefault(words[0], []).append(words)
        return table
    return vocab.derived("leading_kinds", build)


def _leading_kind_place(tokens, lows, k, vocab) -> tuple[int, int] | None:
    """'centro comercial de Kremenchuk', 'la gare de Kramatorsk', 'au lycée Gambetta', 'la calle Bustamante':
    a site kind, an optional joiner and a name make one place, kind included (the most specific place,
    GUIDELINE location). Where a source spoke or the wounded were treated is no such place."""
    table = _leading_kinds(vocab)
    if lows[k] not in table:
        return None
    for words in table[lows[k]]:
        end = k + len(words)
        if tuple(lows[k:end]) != words:
            continue
        joined = _after_joiner(tokens, lows, end, _kind_joiners(vocab), vocab)
        if joined is None and (end >= len(tokens) or not is_name_word(tokens[end], vocab.places)):
            return None   # "sur place", "la gare": a kind with no name
        # the words after a site kind are its name, whatever follows ("la calle Colorines manzana 304")
        span = _place_at(tokens, lows, end if joined is None else joined, vocab, kind_named=True)
        if span is None and joined is not None and joined + 1 < len(lows) and tokens[joined].is_word \
                and not tokens[joined].is_capitalised and lows[joined + 1] in _kind_joiners(vocab):
            # a noun that says which of the kind, then the name: "um bloco de alojamento do B.J. Medical College"
            span = _place_at(tokens, lows, joined + 2, vocab, kind_named=True)
        if span is None or _where_spoken(lows, k, vocab) or _after_care_word(lows, k, vocab):
            return None
        return tokens[k].start, span[1]
    return None


def _name_words_end(tokens, j, places, longest: int = 3) -> int:
    """The index after up to ``longest`` capitalised name words from ``j``."""
    end = j
    while end < len(tokens) and end - j < longest and is_name_word(tokens[end], places):
        end += 1
    return end


def place_after(tokens: list[Token], k: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """The character span of the place named right after token ``k`` ('in Cresson' after 'the plant')."""
    return _place_at(tokens, [t.low for t in tokens], k + 1, vocab)


def _kind_of_follows(tokens, lows, span, kinds, vocab) -> bool:
    """The span is a people's adjective and a place kind that names the place after it ('the Ukrainian
    city' of 'the Ukrainian city of Sumy'); 'the Dweila neighborhood of Damascus' names Dweila."""
    first = next((j for j, t in enumerate(tokens) if t.start == span[0]), None)
    last = next((j for j, t in enumerate(tokens) if t.end == span[1]), None)
    if first is None or last is None or last + 2 >= len(lows) or lows[last] not in kinds \
            or lows[last + 1] != "of" or not tokens[last + 2].is_capitalised:
        return False
    directions = vocab.places["directions"]
    return all(low in vocab.demonyms or low in directions or low in {"the", "a"} or not tokens[j].is_capitalised
               or low.endswith(("i", "ian", "ese", "ish", "ean"))
               for j, low in enumerate(lows[first:last], first))


def _where_spoken(lows, k, vocab) -> bool:
    """'police said in Imphal', 'told reporters in Kyiv', 'at a news conference in Geneva': the place
    where a source spoke, never where the casualties were (issue 9)."""
    if k == 0:
        return False
    before = lows[k - 1]
    if before in vocab.derived("spoken_before", _spoken_before) or before in _word_set(vocab, "based_words"):
        return True   # "police said in Imphal", "a rights group based in Irumu"
    # "a police official in Imphal said", "a spokesman in Kabul told AFP": where the source works
    return before in _word_set(vocab, "source_nouns") \
        and any(low in _word_set(vocab, "spoken_verbs") for low in lows[k + 2:k + 7])


def nationwide(tokens: list[Token], vocab: Vocabulary) -> tuple[bool, str | None]:
    """A count of a whole country ('across the country', 'nationwide', "Myanmar's death toll"; places.yaml
    ``nationwide_phrases``, ``toll_nouns``): whether the sentence gives one, and the country it names
    before a toll noun, if any. Such a count is no town's."""
    lows = [t.low for t in tokens]
    tolls = _word_set(vocab, "toll_nouns")
    for k, token in enumerate(tokens):
        if token.low.endswith(("’s", "'s")) and token.is_capitalised and tolls & set(lows[k + 1:k + 4]):
            if (country := _possessive_country(token)) is not None:
                return True, country   # "Myanmar's death toll"
    phrases = _nationwide_phrases(vocab)
    return any(tuple(lows[k:k + len(p)]) == p for k, low in enumerate(lows) for p in phrases.get(low, ())), None


def _nationwide_phrases(vocab: Vocabulary) -> dict[str, list[tuple[str, ...]]]:
    """places.yaml ``nationwide_phrases`` as word tuples keyed by their first word: each token is tried
    against the phrases it can open, not every phrase at every token."""
    def build(v: Vocabulary) -> dict[str, list[tuple[str, ...]]]:
        table: dict[str, list[tuple[str, ...]]] = {}
        for phrase in v.places.get("nationwide_phrases") or ():
            if words := tuple(phrase.lower().split()):
                table.setdefault(words[0], []).append(words)
        return table
    return vocab.derived("nationwide_phrases", build)


_BODY_WINDOW = 3   # words from a country's possessive to its body, and from the body to its reporting verb


def national_sources(tokens: list[Token], vocab: Vocabulary) -> list[tuple[int, str]]:
    """The countries whose own national bodies report counts in the sentence ("Myanmar's military government
    said", "Israel's health ministry has said"; places.yaml ``national_bodies``), each with the character
    offset of its name: a national tally is the country's when its sentence places it no more specifically."""
    bodies = _word_set(vocab, "national_bodies")
    if not bodies:
        return []
    lows, out = [t.low for t in tokens], []
    for k, token in enumerate(tokens):
        if not (token.is_capitalised and token.low.endswith(("’s", "'s"))):
            continue
        body = next((j for j in range(k + 1, min(k + 1 + _BODY_WINDOW, len(lows))) if lows[j] in bodies), None)
        if body is None or not any(vocab.reporting_verbs.match(lows, j)
                                   for j in range(body + 1, min(body + 1 + _BODY_WINDOW, len(lows)))):
            continue
        if (country := _possessive_country(token)) is not None:
            out.append((token.start, country))
    return out


def _possessive_country(token: Token) -> str | None:
    """'Myanmar's' -> 'Myanmar', when the gazetteer knows the name as a country."""
    from tollbook import gazetteer
    name = token.text[:-2]
    found = gazetteer.resolve(name)
    return name if found is not None and found.precision == "country" else None


def _toward_elsewhere(lows, k, vocab) -> bool:
    """'un convoi à destination de la ville de Djibo': where the victims were going (places.yaml
    ``destination_words``, up to three words before); 'des groupes affiliés à Al-Qaïda': the body someone
    is tied to (``affiliation_words``, right before). Neither is where the casualties were."""
    return _listed_before(lows, k, vocab, "affiliation_words", 1) or _listed_before(lows, k, vocab, "destination_words", 3)


def _word_set(vocab: Vocabulary, key: str) -> frozenset[str]:
    """places.yaml ``key`` as a set of lower-cased words, built once per vocabulary."""
    sets = vocab.derived("places_word_sets", lambda v: {})
    words = sets.get(key)
    if words is None:
        words = sets[key] = frozenset(w.lower() for w in vocab.places.get(key) or ())
    return words


def _listed_before(lows, k, vocab, key: str, window: int) -> bool:
    """One of the words of places.yaml ``key`` among the ``window`` words before token ``k``."""
    words = _word_set(vocab, key)
    return any(low in words for low in lows[max(0, k - window):k])


def _names_a_part(lows, k, vocab) -> bool:
    """'271 people were injured in the strikes, including those at Soroka': the place of a part the count
    includes, not of the count (places.yaml ``part_words``)."""
    return _listed_before(lows, k, vocab, "part_words", 2)


def _after_departure(lows, k, vocab) -> bool:
    """'killed while driving after leaving a warehouse in Deir al-Balah': where the victims set out from, not
    where they were hit (places.yaml ``departure_words``)."""
    return _listed_before(lows, k, vocab, "departure_words", 3)


def _after_care_word(lows, k, vocab) -> bool:
    """'rushed to hospitals in Pahalgam', 'being treated for burn injuries at the X Hospital': where the
    wounded were treated, not where they were hit. The care word stands up to three words before, or up
    to ``_CARE_REACH`` in the same clause (no comma between)."""
    if _listed_before(lows, k, vocab, "care_words", 3):
        return True
    words = _word_set(vocab, "care_words")
    for low in reversed(lows[max(0, k - _CARE_REACH):k]):
        if low in {",", ";", ":"}:
            return False
        if low in words:
            return True
    return False


_CARE_REACH = 5


def _died_at_care_site(tokens, lows, k, span, vocab) -> bool:
    """'died at Johnson City Medical Center': a hospital named after a death (places.yaml ``care_sites``,
    ``death_before_sites``) is where the wounded died, not where they were hit."""
    sites = _word_set(vocab, "care_sites")
    if not sites or not _listed_before(lows, k, vocab, "death_before_sites", 3):
        return False
    last = k + 1
    while last + 1 < len(tokens) and tokens[last + 1].start < span[1]:
        last += 1
    return lows[last] in sites or f"{lows[last - 1]} {lows[last]}" in sites


def _target_verbs(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.places.get("target_verbs") or ())


def _spoken_before(vocab: Vocabulary) -> frozenset[str]:
    places = vocab.places
    return frozenset(w.lower() for w in (places.get("spoken_verbs") or ()) + (places.get("spoken_nouns") or ()))


def _in_relative_clause(lows, k) -> bool:
    """', which oversees operations in the Middle East,': a place that describes someone else."""
    for j in range(k - 1, max(-1, k - 8), -1):
        if lows[j] in {",", ".", ";"}:
            return False
        if lows[j] in {"which", "who"} and j and lows[j - 1] == ",":
            return True
    return False


def _place_at(tokens, lows, j, vocab, kind_named: bool = False) -> tuple[int, int] | None:
    places = vocab.places
    after_article = j < len(lows) and lows[j] in vocab.words("place_articles", {"the"})
    if after_article:
        j += 1
    first = j
    if j < len(lows) and lows[j] in places["directions"]:
        j += 1
        if j + 1 < len(lows) and places.get("kind_joiners") and lows[j] in _kind_joiners(vocab):
            first = j = j + 1   # "en el norte de Siria", "dans le nord du Mali": the name after the joiner
    if j + 1 < len(tokens) and places.get("adjectives_before_towns") and _town_after_adjective(tokens, lows, j, vocab):
        first = j = j + 1   # German "im elsässischen Mulhouse": the region's adjective, then the town
    name_start = j
    if (inner := _after_possessive_name(tokens, j, places)) is not None:
        first = name_start = j = inner   # "in Pahalgam's Baisaran Valley": the second, inner place
    elif (inner := _after_possessive_adjectives(tokens, lows, j, vocab)) is not None:
        first = name_start = j = inner   # "in Manipur's volatile Jiribam district"
    while j < len(tokens) and is_name_word(tokens[j], places):
        if j > name_start and _suffix_length(lows, j, vocab) > 1:
            break   # "Kajuru Local Government Area": a place kind of several words, written capitalised
        j += 1
        if j + 1 < len(tokens) and lows[j] in {"of", "and", "al"} and is_name_word(tokens[j + 1], places):
            j += 1
    if j == name_start or (j == name_start + 1 and len(tokens[name_start].text) == 1):
        return None   # no name, or one letter ("in J&K's Rajouri": an abbreviation's first letter)
    j = _past_site_genitives(tokens, lows, j, places)   # "im Hauptgebäude der Philosophischen Fakultät der Karls-Universität"
    if j < len(lows) and tokens[j].is_digit and lows[j - 1] in places.get("numbered", ()):
        j += 1  # "Route 31", "Highway 9"
    end = tokens[j - 1].end
    kind_named = kind_named or _suffix_length(lows, j, vocab) > 0
    j = _past_kind_modifiers(tokens, lows, j, vocab)   # "the Kervale gold mine"
    while (length := _suffix_length(lows, j, vocab)):
        end, j = tokens[j + length - 1].end, j + length  # "Kramatorsk railway station", "Gaza City"
    if j > name_start and j + 1 < len(lows) and lows[j - 1] in _word_set(vocab, "institution_sites") \
            and lows[j] == "of" and (owner := _owner_end(tokens, lows, j + 1, vocab)) is not None:
        end, j = tokens[owner - 1].end, owner   # "the Afghanistan Ministry of Foreign Affairs"
    # a name with its place kind right after it ("in Jiribam district a day after") or before it ("the city
    # of Hodeida comes ...") is a place whatever follows; a name before a lower-case noun may be an
    # adjective ("in Israeli strikes", "in Texas chemical plant explosion")
    if not kind_named and j < len(lows) and tokens[j].is_word and not tokens[j].is_capitalised \
            and not (places.get("capitalised_nouns") and j - name_start > 1
                     and is_town_adjective(tokens[name_start].text, places)) \
            and lows[j] not in _not_qualified(vocab) and _is_adjectival(lows[j], vocab):   # "Prager Vorort willkürlich"
        if not _names_an_event_place(tokens, lows, name_start, j, vocab):
            return None  # "in Israeli strikes": a name used as an adjective
    if after_article and places.get("capitalised_nouns") and not _is_wide_place(tokens, first, j) \
            and not is_named_compound_site([t.text for t in tokens[name_start:j]], places) \
            and not (j - name_start > 1 and is_town_adjective(tokens[name_start].text, places)):
        return None  # German "auf der Bühne": after an article, a capitalised word is a noun ("in der Ukraine" is not)
    return tokens[first].start, end


def _town_after_adjective(tokens, lows, j, vocab) -> bool:
    """A lower-case adjective of a region or a people (places.yaml ``adjectives_before_towns``: its endings)
    before a place the gazetteer knows ('im elsässischen Mulhouse', 'im ostukrainischen Charkiw'); a common
    noun there ('im syrischen Bürgerkrieg') is no place."""
    token = tokens[j]
    if not token.is_word or token.is_capitalised or not lows[j].endswith(tuple(vocab.places["adjectives_before_towns"])):
        return False
    return is_name_word(tokens[j + 1], vocab.places) and _is_known_place(tokens, j + 1, j + 2)


def _past_site_genitives(tokens, lows, j, places) -> int:
    """German 'Hauptgebäude der Philosophischen Fakultät der Karls-Universität', 'Gelände des
    Max-Planck-Gymnasiums': a building or a part of a named site, then the site in the genitive (places.yaml
    ``genitive_articles``), is one place; the index after the site, or ``j`` when no named site follows."""
    articles = places.get("genitive_articles") or ()
    end = k = j
    while k + 1 < len(tokens) and lows[k] in articles and is_name_word(tokens[k + 1], places):
        after = _name_words_end(tokens, k + 1, places)
        if is_named_compound_site([t.text for t in tokens[k + 1:after]], places):
            end = after
        k = after
    return end


def is_named_compound_site(words: list[str], places) -> bool:
    """German 'Prager Karls-Universität', 'Albert-Schweitzer-Schule': a name whose last word is a compound
    ending in a site kind (places.yaml ``compound_kinds``), named by a hyphen or a word before it; a bare
    'Grundschule' or 'Hauptbahnhof' names no particular one."""
    kinds = tuple(places.get("compound_kinds") or ())
    if not kinds or not words:
        return False
    last = words[-1].lower()
    return last.endswith(kinds) and (len(words) > 1 or "-" in last) and last not in kinds


def is_town_adjective(word: str, places) -> bool:
    """German 'Prager', 'Kölner' before a noun ('in einem Prager Vorort'): a town the gazetteer knows with
    the adjective ending (places.yaml ``town_adjective_endings``) taken off."""
    from tollbook import gazetteer
    for ending in places.get("town_adjective_endings") or ():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 4:
            found = gazetteer.resolve(stem)
            return found is not None and found.precision == "city"
    return False


def _named_compound_site(tokens, lows, j, vocab) -> bool:
    """'an der Prager Karls-Universität': the words after a preposition that names a site only (``kind_locative``)."""
    if j < len(lows) and lows[j] in vocab.words("place_articles", {"the"}):
        j += 1
    end = j
    while end < len(tokens) and is_name_word(tokens[end], vocab.places):
        end += 1
    return is_named_compound_site([t.text for t in tokens[j:end]], vocab.places)


def _not_qualified(vocab: Vocabulary) -> frozenset[str]:
    """Lower-case words after a name that are no noun it qualifies ('in Kharkiv a day after', 'in Manipur
    last year'), places.yaml not_qualified."""
    return vocab.derived("not_qualified", lambda v: frozenset(v.places.get("not_qualified") or ()))


def _is_wide_place(tokens, first, end) -> bool:
    from tollbook import gazetteer
    place = gazetteer.resolve(" ".join(t.text for t in tokens[first:end]))
    return place is not None and place.precision in {"country", "admin1"}


def _past_kind_modifiers(tokens, lows, j, vocab) -> int:
    """'Kervale gold mine', 'Aldmoor river bridge': one or two lower-case words before a place kind."""
    for gap in (1, 2):
        words = tokens[j:j + gap]
        if j + gap < len(lows) and all(t.is_word and not t.is_capitalised and t.low not in STOP_WORDS for t in words) \
                and _suffix_length(lows, j + gap, vocab):
            return j + gap
    return j


def _names_an_event_place(tokens, lows, start, j, vocab) -> bool:
    """'in Dunmore house fire': a town's name before the kind of event is where it happened; a
    people's name before it ('in Israeli strikes', 'in Houthi attacks') is not."""
    name = lows[start]
    attack_nouns = vocab.places["attack_nouns"]
    if tokens[j - 1].is_digit:   # "in Route 9 crash"
        return lows[j] in attack_nouns
    if j - start != 1 or name in vocab.demonyms or name.endswith(("i", "ian", "ese", "ish", "ean")):
        return False
    return any(w in attack_nouns for w in lows[j:j + 2]) and lows[j] not in attack_nouns


def _suffix_length(lows, j, vocab: Vocabulary) -> int:
    """Tokens of the place-kind word at j ('region', 'railway station'), 0 when there is none."""
    if j >= len(lows):
        return 0
    for words in _suffixes_by_first_word(vocab).get(lows[j], ()):
        if tuple(lows[j:j + len(words)]) == words:
            return len(words)
    return 0


def _suffixes_by_first_word(vocab: Vocabulary) -> dict[str, tuple[tuple[str, ...], ...]]:
    """places.yaml ``suffixes`` as word tuples keyed by their first word, in their listed order (the first
    listed that matches wins): a token is tried against the few kinds it can open, not all hundred."""
    def build(v: Vocabulary) -> dict[str, tuple[tuple[str, ...], ...]]:
        table: dict[str, list[tuple[str, ...]]] = {}
        for suffix in v.places["suffixes"]:
            if words := tuple(suffix.split()):
                table.setdefault(words[0], []).append(words)
        return {first: tuple(kinds) for first, kinds in table.items()}
    return vocab.derived("suffixes_by_first_word", build)


def is_name_word(token: Token, places) -> bool:
    """Can ``token`` be a word of a place's name (capitalised or 'al-Sharji', no stop word, no possessive)?
    The answer depends on the word alone: it is kept per word, per places vocabulary (bounded)."""
    known = _NAME_WORDS.get(id(places))
    if known is None or known[0] is not places or len(known[1]) > 100_000:
        known = _NAME_WORDS[id(places)] = (places, {})
    answer = known[1].get(token.text)
    if answer is None:
        answer = known[1][token.text] = bool(
            token.is_word and (token.is_capitalised or _particle_name(token, places))
            and token.text not in places["not_places"]
            and token.low not in STOP_WORDS and not token.low.endswith(("’s", "'s")))
    return answer


_NAME_WORDS: dict[int, tuple[dict, dict[str, bool]]] = {}


def _particle_name(token: Token, places) -> bool:
    """'al-Sharji' of 'Bab al-Sharji', 'el-Fasher': a name written after a lower-case article particle and a
    hyphen (places.yaml ``name_particles``)."""
    particle, hyphen, name = token.text.partition("-")
    return bool(hyphen) and name[:1].isupper() and particle in (places.get("name_particles") or ())


def _after_possessive_name(tokens, j, places) -> int | None:
    """'Pahalgam's' before 'Baisaran Valley', 'Himachal Pradesh's' before 'Kinnaur district': the index of
    the inner place's name after a possessive name of up to three words, else None."""
    k = j
    while k < len(tokens) and k - j < 2 and is_name_word(tokens[k], places):
        k += 1   # the name's words before its possessive last one
    if k + 1 >= len(tokens) or not is_name_word(tokens[k + 1], places):
        return None
    token = tokens[k]
    if token.is_word and token.is_capitalised and token.low.endswith(("’s", "'s")) \
            and token.text[:-2] not in places["not_places"]:
        return k + 1
    return None


def _after_possessive_adjectives(tokens, lows, j, vocab) -> int | None:
    """'Manipur's volatile Jiribam district', 'Nigeria's northwestern Katsina state': a possessive place, one
    or two lower-case words and an inner place; the index of the inner place's name. The inner name must
    be a place: one the gazetteer knows or one with a place kind after it ('Russia's defence minister
    Sergei Shoigu' is none)."""
    places = vocab.places
    if not (j + 2 < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised
            and lows[j].endswith(("’s", "'s")) and tokens[j].text[:-2] not in places["not_places"]):
        return None
    for gap in (1, 2):
        words = tokens[j + 1:j + 1 + gap]
        if len(words) < gap or not all(t.is_word and not t.is_capitalised and t.low not in STOP_WORDS
                                       for t in words):
            return None
        name = j + 1 + gap
        if name < len(tokens) and is_name_word(tokens[name], places):
            end = _name_words_end(tokens, name, places)
            if _suffix_length(lows, end, vocab) or _is_known_place(tokens, name, end):
                return name
    return None


def _is_known_place(tokens, first, end) -> bool:
    from tollbook import gazetteer
    return gazetteer.resolve(" ".join(t.text for t in tokens[first:end])) is not None


def _is_adjectival(low: str, vocab: Vocabulary) -> bool:
    """A lower-case noun right after the name ('in Israeli strikes'), not a verb or an adverb: a toll
    verb ('the death toll in Myanmar stands at 1,644', 'rose to') continues the sentence after a place."""
    return (low not in vocab.words("stop_words", STOP_WORDS) and low not in vocab.places["suffixes"] and not low.endswith(("ed", "ly", "ing"))
            and low not in vocab.words("toll_verbs", frozenset())
            and vocab.triggers.match([low], 0) is None and vocab.reporting_verbs.match([low], 0) is None)


# -- date -------------------------------------------------------------------------------------------------------

def parse_published(published: str | None) -> tuple[int, int, int | None] | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None


def find_date(tokens: list[Token], vocab: Vocabulary, published, announcements: bool = False,
              trigger: int | None = None) -> str | None:
    """The first incident date the sentence gives, resolved against the publication date; the day of a
    statement ('said on Tuesday') counts only with ``announcements`` (the as-of date of a running total).
    With ``trigger`` (the first outcome word's index) a date outside the outcome's relative clause is
    skipped: 'searched on Thursday for a man who killed 18' dates the search, not the deaths."""
    lows = [t.low for t in tokens]
    dates, starters = vocab.dates, _date_starters(vocab)
    for named in (True, False):
        # a named day first ("who enlisted 10 years ago, was killed on 15 March"), then the time elapsed
        # ("today marks two years since ..."), then a relative day ("yesterday")
        for k, low in enumerate(lows):
            if low not in starters:
                continue
            found = _date_at(tokens, lows, k, dates, published, relative_only=not named)
            if found is None or (not announcements and _is_announcement(lows, k, vocab)) \
                    or _opens_period(lows, k, vocab):
                continue
            if trigger is not None and k < trigger and _relative_between(lows, k, trigger, vocab):
                continue
            if _after_publication(found, published) and (_is_future(lows, vocab) or
                                                         _after_publication(found, published, UPDATE_GRACE)):
                continue   # 'trains will run again on November 14': a timetable, no past event
            return found.isoformat()
        if named and published and published[2] and (elapsed := _elapsed(tokens, lows, vocab, published)):
            return elapsed
    return None


def _after_publication(day: date, published, grace: int = 0) -> bool:
    """A day more than ``grace`` days after the publication (to the month, when that is all the page gives).
    A page reports what has happened: such a day is a schedule or a forecast ('services resume on 16
    November'), unless the page was updated after it was stamped ('On 28 June, 18 died' on a page of the
    27th), which the grace allows in a sentence that tells no future."""
    if not published:
        return False
    year, month, published_day = published
    if published_day is None:
        return (day.year, day.month) > (year, month)
    return day > date(year, month, published_day) + timedelta(days=grace)


_PERIOD_WINDOW = 2   # words before a date: 'since 7 October', 'desde el 7 de octubre', 'from July 8 to 12'


def _opens_period(lows: list[str], k: int, vocab: Vocabulary) -> bool:
    """The date whose month or weekday is at ``k`` starts a period ('killed since 7 October', 'from 8-12
    July'): it dates neither an incident nor the day a total counts up to (dates.yaml period_start_words)."""
    words = vocab.derived("period_start_words", lambda v: frozenset(v.dates.get("period_start_words") or ()))
    joiners = vocab.dates.get("day_month_joiners") or ()
    start = k - 1 if k > 1 and lows[k - 1] in joiners else k
    while start > 0 and (lows[start - 1][:1].isdigit() or lows[start - 1] in {"-", "–"}):
        start -= 1   # the day before the month: '7 October', '8-12 July'
    return any(low in words for low in lows[max(0, start - _PERIOD_WINDOW):start])


def names_period(tokens: list[Token], vocab: Vocabulary, published) -> bool:
    """The sentence dates its deaths by a period ('killed from July 8 to 12', 'since 7 October'): they keep
    no single incident day, nor the page's."""
    lows = [t.low for t in tokens]
    starters = _date_starters(vocab)
    return any(low in starters and _opens_period(lows, k, vocab)
               and _date_at(tokens, lows, k, vocab.dates, published) is not None for k, low in enumerate(lows))


def _is_future(lows: list[str], vocab: Vocabulary) -> bool:
    """The sentence tells of what is to come ('will resume', 'is scheduled to'): dates.yaml future_words."""
    words = vocab.derived("future_words", lambda v: frozenset(v.dates.get("future_words") or ()))
    return any(low in words for low in lows)


def _date_starters(vocab: Vocabulary) -> frozenset[str]:
    """The words a date can start with (``_date_at``): a weekday, a month, the first word of a relative day.
    The date readers skip any other token with one set test (most of a sentence's tokens are none)."""
    return vocab.derived("date_starters", lambda v: frozenset(v.dates["weekdays"]) | frozenset(v.dates["months"])
                         | _first_words(v.dates["relative"]))


def _date_at(tokens, lows, k, dates, published, relative_only: bool = False) -> date | None:
    low = lows[k]
    if low in dates["weekdays"]:
        return None if relative_only else _weekday(dates["weekdays"].index(low), published)
    if low in dates["months"] and (low not in {"may", "mar"} or tokens[k].is_capitalised):
        return None if relative_only else _month_day(tokens, lows, k, dates["months"][low], published,
                                                     dates.get("day_month_joiners") or ())
    if not relative_only:
        return None
    hit = _relative(lows, k, dates["relative"])
    if hit is not None and published and published[2]:
        return date(*published) + timedelta(days=hit)
    return None


def is_past_event(text: str, vocab: Vocabulary) -> bool:
    """The sentence tells of an earlier event ('died of wounds sustained in a previously reported bombing'),
    so the page's incident date is not its date."""
    low = text.lower()
    return any(cue in low for cue in vocab.dates.get("past_event_cues") or ())


def _relative_between(lows, k, trigger, vocab) -> bool:
    relatives = vocab.words("relative_pronouns", {"who", "which", "whom"})
    return any(low in relatives for low in lows[k + 1:trigger])


def find_statement_date(tokens: list[Token], vocab: Vocabulary, published) -> str | None:
    """The day a statement was made ('the ministry on Wednesday revealed ...'): any date of a sentence
    with a reporting verb. Only the as-of date of a running total is taken from it."""
    lows = [t.low for t in tokens]
    if not any(vocab.reporting_verbs.match(lows, k) for k in range(len(lows))):
        return None
    return find_date(tokens, vocab, published, announcements=True)


def _elapsed(tokens, lows, vocab, published) -> str | None:
    """'two years since he was kidnapped', 'three days ago': the publication date minus that span."""
    units, after = vocab.dates.get("elapsed_units") or {}, set(vocab.dates.get("elapsed_after") or ())
    if not published or not published[2]:
        return None
    for k in range(1, len(lows) - 1):
        if lows[k] in units and lows[k + 1] in after:
            number = _small_number(tokens[k - 1], vocab)
            if number is not None:
                return _minus(date(*published), number, units[lows[k]])
    return None


def _small_number(token, vocab) -> int | None:
    if token.is_digit and token.text.isdigit():
        return int(token.text)
    return vocab.numbers["units"].get(token.low) or ({"a": 1, "an": 1}.get(token.low))


def _minus(day: date, number: int, unit: str) -> str | None:
    try:
        if unit == "year":
            return day.replace(year=day.year - number).isoformat()
        return (day - timedelta(days=number * {"day": 1, "week": 7}[unit])).isoformat()
    except (ValueError, KeyError):
        return None  # 29 February of a year without one; months are too vague to resolve


def _is_announcement(lows, k, vocab) -> bool:
    """'said on Tuesday', 'wrote on social media on Tuesday': the day of the statement, not of the deaths.
    'As noted, on April 8 ...' is a discourse marker, not a statement."""
    for j in range(max(0, k - _ANNOUNCEMENT_WINDOW), k):
        if vocab.reporting_verbs.match(lows, j) and not (j and lows[j - 1] == "as"):
            return True
    return False


def _weekday(weekday: int, published) -> date | None:
    if not published or not published[2]:
        return None  # a weekday needs a full publication date (NOTES item 15)
    day = date(*published)
    return day - timedelta(days=(day.weekday() - weekday) % 7)


_MONTH_ABBREVIATION = 4   # letters at most of a month written short ("Oct.", "Sept.")


def _month_day(tokens, lows, k, month, published, joiners=()) -> date | None:
    """'March 5', '5 March', '5 March 2021', and with the language's joiners (dates.yaml day_month_joiners)
    '29 de febrero de 2024'."""
    day_text = None
    before = k - 2 if k > 1 and lows[k - 1] in joiners else k - 1
    after = k + 1
    if after < len(tokens) and tokens[after].text == "." and tokens[after].start == tokens[k].end \
            and len(lows[k]) <= _MONTH_ABBREVIATION:
        after += 1   # "Oct. 7": the full stop of an abbreviated month
    if after < len(tokens) and tokens[after].is_digit and len(tokens[after].text) <= 2:
        day_text, year_at = tokens[after].text, after + 1
    elif before >= 0 and tokens[before].is_digit and len(tokens[before].text) <= 2:
        day_text, year_at = tokens[before].text, k + 1
    if day_text is None:
        return None
    if year_at < len(lows) and (lows[year_at] == "," or lows[year_at] in joiners):
        year_at += 1
    year = int(lows[year_at]) if year_at < len(lows) and re.fullmatch(r"(19|20)\d\d", lows[year_at]) else None
    if year is None:
        if not published:
            return None
        year = year_of(month, int(day_text), published)
        if _is_coming(month, int(day_text), published):
            year = published[0]   # 'departs on 18 November' on a page of 10 November: this year's timetable
    try:
        return date(year, month, int(day_text))
    except ValueError:
        return None


_COMING_DAYS = 31   # days: a day and month this soon after publication are this year's, still to come


def _is_coming(month: int, day: int, published) -> bool:
    year, published_month, published_day = published
    if published_day is None:
        return False
    try:
        ahead = date(year, month, day) - date(year, published_month, published_day)
    except ValueError:
        return False
    return timedelta(0) < ahead <= timedelta(days=_COMING_DAYS)


UPDATE_GRACE = 7   # days: a page updated after it was stamped ("Upd. as of 28 June" on a page of 27 June)


def year_of(month: int, day: int, published: tuple[int, int, int | None]) -> int:
    """The year of a day and month written without one: the publication year, or the year before when the
    day would fall more than UPDATE_GRACE days after publication ("on 28 December" on a page of 3 January)."""
    year, published_month, published_day = published
    if published_day is None:
        return year - 1 if month > published_month else year
    try:
        late = date(year, month, day) - date(year, published_month, published_day) > timedelta(days=UPDATE_GRACE)
    except ValueError:
        return year   # "30 February": no such day; the caller finds out
    return year - 1 if late else year


def _relative(lows, k, relative: dict) -> int | None:
    if lows[k] not in _first_words(relative):
        return None
    for phrase, offset in relative.items():
        words = phrase.split()
        if lows[k:k + len(words)] == words:
            return offset
    return None


_FIRST_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}


def _first_words(phrases: dict) -> frozenset[str]:
    """The first words of a language's relative-day phrases, computed once per vocabulary."""
    entry = _FIRST_WORDS.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        entry = _FIRST_WORDS[id(phrases)] = (phrases, frozenset(p.split()[0] for p in phrases))
    return entry[1]


# -- scope ------------------------------------------------------------------------------------------------------

def find_scope(text: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """('cumulative', as-of year end or None) when the sentence gives a running total, else ('incident', None).
    An ``incident`` cue of scope.yaml overrides the running-total cues: 'missing since Monday's attack'
    counts one event."""
    # the same test as "an incident cue, or no cumulative cue", asked in the cheaper order: most sentences hold
    # no cumulative cue, and then the incident cues need not be searched
    if not any(p.search(text) for p in vocab.cumulative) or any(p.search(text) for p in vocab.incident_cues):
        return "incident", None
    m = vocab.year_end.search(text)
    return "cumulative", (f"{m.group(1)}-12-31" if m and "all of" in m.group(0).lower() else None)


# -- reported_by ------------------------------------------------------------------------------------------------

def find_reporter(text: str, tokens: list[Token], vocab: Vocabulary, busy: set[int]) -> str | None:
    """The source the sentence names: 'according to X', 'X said', ', said X'. ``busy``: token indices
    of counts and outcome words, which a source never contains."""
    lows = [t.low for t in tokens]
    attribution = vocab.attribution
    present = set(lows)
    for words in vocab.derived("reporter_prefix_words", lambda v: [
            p.split() for p in v.attribution["prefixes"] + v.attribution.get("agent_prefixes", [])]):
        if words and words[0] not in present:
            continue   # most sentences hold none of the prefixes: one set test each, not a scan
        for k in range(len(lows) - len(words)):
            if lows[k:k + len(words)] == words:
                start = _past_carrier(lows, k + len(words), vocab)
                verb = vocab.reporting_verbs.match(lows, start) if start < len(lows) else None
                if verb:
                    start += verb[0]   # "según confirmó el alcalde": the verb stands between prefix and source
                span = _name_after(tokens, lows, start, vocab, busy)
                if span:
                    return _clean(text, tokens, span, vocab)
    postpositions = attribution.get("postpositions", ())
    for k in range(1, len(lows)) if postpositions and present & set(postpositions) else ():
        if lows[k] in postpositions and (span := _source_before_postposition(tokens, lows, k, vocab, busy)):
            return _clean(text, tokens, span, vocab)   # German "Dem Gouverneur zufolge", "Angaben der Polizei zufolge"
    verb_starts = vocab.reporting_verbs.by_first
    candidates = [k for k, low in enumerate(lows) if low in verb_starts]
    participles = attribution.get("participles", ())
    for n, k in enumerate(candidates):
        hit = vocab.reporting_verbs.match(lows, k)
        if not hit or k in busy or (k and lows[k - 1] in {"was", "were", "been", "be", "is", "are"}):
            continue
        if k and lows[k - 1] == "," and lows[k] in participles and any(
                lows[j] not in participles and j not in busy and lows[j - 1] not in {"was", "were", "been", "be", "is", "are"}
                and vocab.reporting_verbs.match(lows, j) for j in candidates[n + 1:]):
            continue   # "Another resident, confirming the attack, said": the aside's participle is not the verb
        if _is_negated(lows, k, vocab):
            continue   # "we can't say how many": a verb denied states nothing
        span = _subject_before(tokens, lows, k, vocab, busy) or _name_after_verb(tokens, lows, k, hit[0], vocab, busy)
        if span is None and k and lows[k - 1] == "," and lows[k] in attribution.get("participles", ()):
            span = _opening_subject(tokens, lows, k, vocab)  # "Russia disclosed little, saying that ..."
        if span:
            return _clean(text, tokens, span, vocab)
    return None


def _source_before_postposition(tokens, lows, k, vocab, busy) -> tuple[int, int] | None:
    """The source that ends before a postposition at k (attribution.yaml ``postpositions``): back to the clause's
    start, a comma or a count; a carrier noun that opens it ('Angaben der Polizei zufolge', ``carrier_nouns``)
    is left out."""
    start = k
    while start > 0 and tokens[start - 1].is_word and start - 1 not in busy and k - start < 2 * _NAME_TOKENS \
            and lows[start - 1] not in vocab.words("clause_end", frozenset()):
        start -= 1
    carriers = vocab.attribution.get("carrier_nouns", ())
    if lows[k - 1] in carriers:
        return None   # "den Angaben zufolge", "Berichten zufolge": no one named
    while start < k - 1 and (lows[start] in carriers or lows[start] in vocab.words("place_prepositions", frozenset())):
        start += 1   # "Nach Angaben der Polizei zufolge" is rare; "Medienberichten zufolge" names no one
    if start >= k or lows[start] in carriers:
        return None
    return _valid_source(tokens, lows, start, k, vocab)


def _is_negated(lows, k, vocab) -> bool:
    """The reporting verb at ``k`` follows a negation of one or two words ('cannot say', 'did not confirm',
    'declined to say'; attribution.yaml ``negated_by``), compared with straight apostrophes."""
    negators = vocab.derived("negated_by", lambda v: frozenset(v.attribution.get("negated_by", ())))
    if not negators or k == 0:
        return False
    before = [low.replace("’", "'") for low in lows[max(0, k - 2):k]]
    return before[-1] in negators or " ".join(before) in negators


def _past_carrier(lows, j, vocab) -> int:
    """'according to data released by the X', 'citing remarks by authorities': the source is who released
    the data or made the remarks (attribution.yaml ``carrier_verbs``, ``carrier_nouns``)."""
    nouns = vocab.attribution.get("carrier_nouns", ())
    for k in range(j, min(len(lows), j + 5)):
        carried_by = lows[k] == "by" and k > j and (lows[k - 1] in vocab.attribution.get("carrier_verbs", ())
                                                    or lows[k - 1] in nouns)
        if carried_by or (k == j + 1 and lows[k] == "from" and lows[j] in nouns):
            return k + 1
        if lows[k] in {",", "."}:
            break
    return j


def sentence_subject(text: str, tokens: list[Token], vocab: Vocabulary) -> str | None:
    """The noun phrase that opens the sentence, when it can be a source ('Authorities carried out ...')."""
    span = _opening_subject(tokens, [t.low for t in tokens], len(tokens), vocab)
    return _clean(text, tokens, span, vocab) if span else None


def _opening_subject(tokens, lows, limit, vocab) -> tuple[int, int] | None:
    start = _after_dateline(tokens)
    end = start
    while end < limit and tokens[end].is_word and (tokens[end].is_capitalised or lows[end] in {"the", "a", "an"}
                                                   or lows[end] in vocab.attribution["source_nouns"]):
        end += 1
    while end > start and lows[end - 1] in {"the", "a", "an"}:
        end -= 1
    return _valid_source(tokens, lows, start, end, vocab) if end > start else None


def _after_dateline(tokens) -> int:
    """'LEWISTON, Maine (AP) — Authorities said': where the sentence starts after its dateline."""
    if not tokens or not tokens[0].text.isupper() or len(tokens[0].text) < 3:
        return 0
    dash = next((k for k, t in enumerate(tokens[:12]) if t.text in {"—", "–", "-"}), None)
    return dash + 1 if dash is not None else 0


def subject_span(tokens, lows, k, vocab) -> tuple[int, int] | None:
    """Token range of the source before the reporting verb at k."""
    return _subject_before(tokens, lows, k, vocab, set())


def _subject_before(tokens, lows, k, vocab, busy) -> tuple[int, int] | None:
    end = _skip_between(lows, k, vocab)
    if end > 0 and lows[end - 1] in {"-", "–", "—"}:
        return None   # "... na Ucrânia - anunciou o presidente": the subject follows the verb
    if end > 0 and lows[end - 1] == ",":
        return _appositive_subject(tokens, lows, end - 1, vocab, busy)
    start = _phrase_start(tokens, lows, end, busy)
    if start < end and lows[start] in vocab.attribution.get("verb_final_openers", ()):
        return _name_after(tokens, lows, start + 1, vocab, busy)   # "wie Kadyrow auf Telegram bekannt gab"
    speaker = _before_participle(tokens, lows, start, end, busy, vocab)
    if speaker is not None:
        return speaker
    return _valid_source(tokens, lows, start, end, vocab)


def _before_participle(tokens, lows, start, end, busy, vocab) -> tuple[int, int] | None:
    """'Commissioner Ada Rein speaking to reporters said': the name before a participle phrase that
    stands between it and the verb ("speaking", "giving accounts of ...")."""
    at = next((j for j in range(start, end) if lows[j].endswith("ing") and tokens[j].is_word
               and not tokens[j].is_capitalised), None)
    if at is None:
        return None
    if at == start:   # the phrase reader stopped at the participle: the name may stand further back
        name = at
        while name > 0 and name - 1 not in busy and tokens[name - 1].is_word and tokens[name - 1].is_capitalised:
            name -= 1
        return (name, at) if at - name >= 2 else None
    if all(t.is_capitalised for t in tokens[start:at]) and at - start >= 2:
        return start, at
    if at - start <= 2 and lows[at - 1] in vocab.attribution["source_nouns"]:
        return start, at   # "Officials speaking on condition of anonymity said"
    return None


def _skip_between(lows, end, vocab) -> int:
    between = vocab.attribution["between"]
    while end > 0 and (lows[end - 1] in between or (lows[end - 1] == "," and end > 1 and lows[end - 2] in between)):
        end -= 1
        if end > 1 and lows[end - 1] == "," and lows[end] in between and lows[end + 1:end + 2] == [","]:
            end -= 1  # "Ukraine, however, claims": a word set off by commas
    return end


def _phrase_start(tokens, lows, end, busy) -> int:
    start = end
    while start > 0 and end - start < _NAME_TOKENS:
        token = tokens[start - 1]
        if start - 1 in busy or not (token.is_word or token.text in {".", "(", ")", "-"}) \
                or token.low in {"that", "who", "which", "and"} and not _inside_name(tokens, start - 1):
            break
        if token.text == "-" and start < len(tokens) and tokens[start].start > token.end:
            break   # "URUAPAN, MICH.- Autoridades ...": a dash before a space ends a dateline, not inside a name
        start -= 1
    return start


def _inside_name(tokens, k) -> bool:
    """'Dagestan and Kalmykia': 'and' between two capitalised words belongs to the name."""
    return tokens[k].low == "and" and k > 0 and k + 1 < len(tokens) and tokens[k - 1].is_capitalised \
        and tokens[k + 1].is_capitalised


def _appositive_subject(tokens, lows, comma, vocab, busy) -> tuple[int, int] | None:
    """'X, which runs the camp, said' -> X; 'the mayor, Ivo Brandt, said' -> the name of the two;
    'Ivo Brandt, head of the aid group, based in Tarn, said' -> the name that opens the sentence."""
    opening = _opening_name(tokens, comma, busy, vocab)
    if opening is not None:
        return opening
    inner_start = _phrase_start(tokens, lows, comma, busy)
    if inner_start > 1 and lows[inner_start - 1] in {"which", "who"} and lows[inner_start - 2] == ",":
        outer_end = inner_start - 2  # a relative clause between subject and verb
        return _valid_source(tokens, lows, _phrase_start(tokens, lows, outer_end, busy), outer_end, vocab)
    if inner_start == 0 or lows[inner_start - 1] != ",":
        return None
    outer_end = inner_start - 1
    outer = _valid_source(tokens, lows, _phrase_start(tokens, lows, outer_end, busy), outer_end, vocab)
    inner = _valid_source(tokens, lows, inner_start, comma, vocab)
    if inner and _is_proper_name(tokens, *inner) and not (outer and _is_proper_name(tokens, *outer)):
        return inner
    return outer


def _opening_name(tokens, comma, busy, vocab) -> tuple[int, int] | None:
    """A name of two to four capitalised words that opens the sentence and is followed by a comma, with
    only asides (no count, no outcome word) between it and the comma before the verb."""
    start = _after_dateline(tokens)
    while start < comma and tokens[start].low in vocab.attribution["between"]:
        start += 1   # "Later Irma Vale, head of ..., said"
    end = start
    while end < comma and tokens[end].is_word and tokens[end].is_capitalised and tokens[end].text.isalpha():
        end += 1
    if not 2 <= end - start <= 4 or end >= comma or tokens[end].text != "," or any(start <= k < comma for k in busy):
        return None
    return start, end


def _is_proper_name(tokens, start, end) -> bool:
    return all(t.is_capitalised for t in tokens[start:end] if t.is_word)


def _name_after_verb(tokens, lows, k, length, vocab, busy=frozenset()) -> tuple[int, int] | None:
    """', said the mayor', '— told X', and after a word that opens a verb-second clause ('Heute meldet die
    Polizei'; attribution.yaml ``not_subjects``): the subject follows the verb."""
    if k == 0 or (lows[k - 1] not in {",", "”", '"', "’", "'", "-", "–", "—"}
                  and lows[k - 1] not in vocab.attribution.get("not_subjects", ())):
        return None
    return _name_after(tokens, lows, k + length, vocab, busy)


def _name_after(tokens, lows, j, vocab, busy=frozenset()) -> tuple[int, int] | None:
    """The source that starts at token j; it ends before a count or outcome word (``busy``: 'Laut Polizei kamen
    vier Menschen ums Leben') and before a reporting verb ('wie die Polizei mitteilte')."""
    j = _past_day(tokens, lows, j, vocab)   # "informó el lunes la policía", "sagte am Montag ein Sprecher"
    end = j
    while end < len(tokens) and end - j < 2 * _NAME_TOKENS and (tokens[end].is_word or tokens[end].text in "()"):
        if lows[end] in vocab.words("name_breaks", _NAME_BREAKS) or end in busy or (
                end > j and (vocab.reporting_verbs.match(lows, end) or lows[end] in vocab.attribution["between"])):
            break
        end += 1
    return _trailing_name(tokens, j, end) or _valid_source(tokens, lows, j, end, vocab)


_DAY_LEAD = 2   # short words before a weekday that open a day phrase: "am", "el", "este", "nesta", "na"


def _day_words(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("source_day_words", lambda v: frozenset(
        w.lower() for w in v.dates.get("weekdays", ())) | frozenset(v.attribution.get("day_parts", ())))


def _past_day(tokens, lows, j, vocab) -> int:
    """After a day phrase that opens at j ('el lunes', 'am Montag', 'nesta segunda-feira', 'lunedì sera'): a few
    short lower-case words, a weekday, then parts of the day (attribution.yaml ``day_parts``)."""
    days = _day_words(vocab)
    weekdays = {w.lower() for w in vocab.dates.get("weekdays", ())}
    for k in range(j, min(j + _DAY_LEAD + 1, len(lows))):
        if lows[k] in weekdays:
            if any(tokens[m].is_capitalised and m > 0 or len(lows[m]) > 5 or not tokens[m].is_word for m in range(j, k)):
                return j
            k += 1
            while k < len(lows) and lows[k] in days:
                k += 1
            return k
    return j


def _trailing_name(tokens, start, end) -> tuple[int, int] | None:
    """'the spokeswoman of the regional administration Tetyana Ignatchenko': the name that ends a description."""
    name = end
    while name > start and tokens[name - 1].is_word and tokens[name - 1].is_capitalised and end - name < 3:
        name -= 1
    if end - name < 2 or name - start < 2 or tokens[name - 1].is_capitalised \
            or not (tokens[name - 1].is_word or tokens[name - 1].text == ")"):   # 'of police (operations) Ram Lal'
        return None
    return name, end


def _valid_source(tokens, lows, start, end, vocab) -> tuple[int, int] | None:
    while start < end - 1 and lows[start] in vocab.attribution["between"]:
        start += 1  # "Later Pavlo Kyrylenko, head of ..., said": the adverb opens the sentence, not the name
    while end > start + 1 and (lows[end - 1] in vocab.attribution["between"] or lows[end - 1] in _day_words(vocab)):
        end -= 1    # "Le ministère de l'Intérieur a, de son côté, confirmé": the auxiliary ends no name; nor a day
    if end <= start or end - start > _NAME_TOKENS or (end - start == 1 and lows[start] in vocab.attribution["between"]):
        return None   # too long for a name, or only an adverb ("Earlier, ...")
    words = lows[start:end]
    attribution = vocab.attribution
    if words[0] in attribution.get("not_subjects", ()):
        return None   # "Se informó que ...", German "Heute meldet die Polizei ...": no one named before the verb
    adjectives = attribution.get("adjectives_in_ed", ())
    if words[0] in STOP_WORDS - {"the", "a", "an", "he", "she", "it", "they", "we", "i"} \
            or any(w.endswith("ed") and w not in attribution["source_nouns"] and w not in adjectives
                   for w in words if w.isalpha() and not tokens[start + words.index(w)].is_capitalised):
        return None  # "In a statement", "the vessel appeared": not a source
    if any(t.is_capitalised for t in tokens[start + 1:end]) or tokens[start].is_capitalised and start > 0:
        return start, end
    nouns = set(attribution["source_nouns"]) | set(attribution.get("organisation_nouns", ())) \
        | set(attribution.get("title_nouns", ()))   # "o presidente checheno": a person's office
    if set(words) & nouns or (len(words) == 1 and words[0] in attribution["pronouns"]):
        return start, end
    if start == 0 and tokens[0].is_capitalised and len(words) <= 3:
        return start, end
    return None


def _clean(text, tokens, span, vocab) -> str:
    """Drop titles before a name and a trailing 'of <country>'."""
    start, end = span
    titles = set(vocab.attribution["titles"])
    last_title = max((k for k in range(start, end - 1) if tokens[k].text in titles), default=None)
    if last_title is not None and tokens[last_title + 1].is_capitalised:
        start = last_title + 1
    countries = set(vocab.demonyms.values())
    if end - start > 2 and tokens[end - 2].low == "of" and tokens[end - 1].text in countries:
        end -= 2
    return _slice(text, tokens, start, end)


def _slice(text, tokens, start, end) -> str:
    return text[tokens[start].start:tokens[end - 1].end]


def named_for(description: str, document_text: str, vocab: Vocabulary) -> str:
    """'the city's police chief' -> 'William Benny' when the page writes 'Police Chief William Benny'."""
    words = description.split()
    if len(words) < 2 or words[0].lower() not in {"the", "a", "an"} \
            or words[-1].lower() not in vocab.attribution["title_nouns"]:
        return description
    title = "".join(f"[{c.upper()}{c}]" if c.isalpha() else re.escape(c) for c in words[-1].lower())
    m = re.search(r"\b" + title + r"\.? ((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+)", document_text)
    return m.group(1) if m else description


def is_pronoun(source: str | None, vocab: Vocabulary) -> bool:
    return source is not None and source.lower() in vocab.attribution["pronouns"]


def fullest_name(name: str, document_text: str, vocab: Vocabulary, at: int | None = None) -> str:
    """'Kadyrov' -> 'Ramzan Kadyrov' when the document gives the longer form somewhere; with ``at`` (where
    the sentence starts) the full form named nearest before it, so that of two Aliyus the one just
    introduced speaks. Words that open a sentence ('Segundo Kadyrov', 'According Kadyrov') are no name."""
    if " " in name or not name[:1].isupper():
        return name
    titles = set(vocab.attribution["titles"])
    not_names = set(vocab.demonyms) | {w.lower() for w in vocab.attribution.get("organisation_words", ())}
    openers = _opening_words(vocab)
    found = []   # (position, fuller form)
    for m in re.finditer(r"((?:[A-Z][\w’'-]+\.? ){1,2})" + re.escape(name) + r"\b", document_text):
        words = m.group(1).split()
        titled = [k for k, w in enumerate(words) if w in titles or w.rstrip(".") in titles]
        words = words[titled[-1] + 1:] if titled else words  # "Chechen President Kadyrov" -> "Kadyrov"
        while words and words[0].lower() in openers:
            words = words[1:]
        if words and not any(w.lower() in not_names for w in words):
            found.append((m.start(), " ".join(words + [name])))
    if not found:
        return name
    before = [form for position, form in found if at is not None and position < at]
    return before[-1] if before else max((form for _, form in found), key=len)


_OPENING_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}


def _opening_words(vocab: Vocabulary) -> frozenset[str]:
    """First words of the language's source prefixes ('según', 'segundo', 'according') and the adverbs that
    may open a sentence before a name ('Later'), computed once."""
    entry = _OPENING_WORDS.get(id(vocab.attribution))
    if entry is None or entry[0] is not vocab.attribution:
        words = frozenset(p.split()[0].lower() for p in vocab.attribution["prefixes"] if p.split()) \
            | frozenset(w.lower() for w in vocab.attribution["between"])   # "Later Kemi Moro"
        entry = _OPENING_WORDS[id(vocab.attribution)] = (vocab.attribution, words)
    return entry[1]


def find_person_name(tokens: list[Token], text: str) -> str | None:
    """The last 'Firstname Lastname' pair in a sentence (two capitalised words not opening it)."""
    for k in range(len(tokens) - 1, 1, -1):
        a, b = tokens[k - 1], tokens[k]
        if a.is_word and b.is_word and a.is_capitalised and b.is_capitalised and a.text.isalpha() \
                and b.text.isalpha() and len(a.text) > 1 and tokens[k - 2].text not in {".", "The", "the"}:
            return text[a.start:b.end]
    return None
