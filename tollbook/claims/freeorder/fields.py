"""Steps 4 and 5: who was hit (victims, role, side, origin), where, when, on whose word, and the scope.

Inflected-language versions of GUIDELINE conventions 15-21: places are put in the
nominative (``morphology.nominative``); sources are copied as written, in the case the
text uses, in the fullest form the page gives them (NOTES item 17).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tollbook import gazetteer
from tollbook.claims.context import UPDATE_GRACE, parse_published, year_of
from tollbook.claims.dates import solar_hijri_to_gregorian, solar_hijri_year
from tollbook.claims.morphology import has_dictionary, known_nominative, nominative
from tollbook.claims.phrases import Phrase
from tollbook.rules import load_yaml

from tollbook.claims.freeorder.lexicon import Lexicon
from tollbook.claims.freeorder.sentence import Sentence

_TRAILING = 5          # tokens after the head read for "из Бурятии", "из пермского ОМОНа"
_PARTY_WINDOW = 5      # tokens either side of a loss word read for whose losses they are
_SOURCE_WORDS = 8      # longest source read
_DASHES = {"—", "–", "-"}
QUOTES_OPEN, _QUOTES_CLOSE = "«„“", "»“”"

__all__ = ["Group", "read_group", "find_places", "find_date", "find_scope", "find_reporter", "fullest_name",
           "parse_published"]


# -- victims ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Group:
    text: str | None
    role: str
    side: str | None
    origin: str | None


def read_group(text: str, s: Sentence, phrase: Phrase, lex: Lexicon) -> Group:
    if phrase.empty:
        return Group(None, "unspecified", None, None)
    stems = s.stems[phrase.first:phrase.last]
    trailing = s.stems[phrase.last:phrase.last + _TRAILING]
    role = _role(stems, trailing, lex)
    origin = _origin(stems + trailing, lex)
    side = None if role == "civilian" else _demonym(stems, lex)  # a home region alone sets none (NOTES item 12)
    return Group(text[s.tokens[phrase.first].start:s.tokens[phrase.last - 1].end], role, side, origin)


def _role(stems: list[str], trailing: list[str], lex: Lexicon) -> str:
    role, k = "unspecified", 0
    while k < len(stems):
        hit = lex.roles.match(stems, k)
        if hit:
            role = hit[1]  # the last listed noun of the phrase is its head
        k += hit[0] if hit else 1   # "غیر نظامی" (non-military) is read whole, not its "نظامی"
    words = set(stems) | (set(trailing) if trailing[:1] and trailing[0] in lex.origin_words else set())
    if role == "unspecified" and words & lex.modifiers["military"]:
        return "military"   # "ребят из пермского ОМОНа": the unit names their role (NOTES item 11)
    if role in ("unspecified", "military") and set(stems) & lex.modifiers["armed_group"]:
        return "armed_group"
    if role == "unspecified" and set(stems) & lex.modifiers["civilian"]:
        return "civilian"
    return role


def loss_party(s: Sentence, trigger: int, lex: Lexicon, reporting_party: str | None) -> str | None:
    """The party whose losses a loss word states: 'потери ВСУ', 'украинская сторона потеряла', 'потери
    противника' (the enemy: the party opposite the one reporting, ``common/parties.yaml``). The party
    word nearest the loss word within a few tokens, not one after a preposition ('в украинском городе')."""
    if s.stems[trigger] not in lex.loss_words:
        return None
    for distance in range(1, _PARTY_WINDOW + 1):
        for k in (trigger + distance, trigger - distance):
            if not 0 <= k < len(s.stems) or (k and s.stems[k - 1] in lex.locative):
                continue
            if s.stems[k] in lex.demonyms:
                return lex.demonyms[s.stems[k]]
            if s.stems[k] in lex.enemy_words:
                return opponent_of(reporting_party)
    return None


def opponent_of(party: str | None) -> str | None:
    """The other party of a two-sided war ('Russia' -> 'Ukraine'), from ``common/parties.yaml``."""
    return (load_yaml("common/parties.yaml").get("opponents") or {}).get(party) if party else None


def _demonym(stems: list[str], lex: Lexicon) -> str | None:
    return next((lex.demonyms[w] for w in stems if w in lex.demonyms), None)


def _origin(stems: list[str], lex: Lexicon) -> str | None:
    for k in range(len(stems)):
        hit = lex.regions.match(stems, k)
        if hit:
            return hit[1][0]
    return None


# -- place ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    at: int            # token index of the preposition
    name: str          # in the nominative
    rank: int          # 2 a named facility, 1 a town or region, 0 a country
    item: int | None = None   # its position in a list the sentence matches to its figures ("соответственно")


def find_places(s: Sentence, lex: Lexicon) -> list[Place]:
    """Places after a locative preposition ('в Херсонской области') or an attack noun ('удар по вокзалу в X'),
    and before a locative postposition ('کوئٹہ ریلوے اسٹیشن پر')."""
    out = _places_before_postpositions(s, lex) if lex.postpositions else []
    if lex.glued_postpositions:
        out += _sites_before_glued_postpositions(s, lex)
    if lex.locative_suffixes:
        out += _places_in_locative(s, lex)
    for k in range(len(s.stems) - 1):
        if s.stems[k] in lex.area_agents and not (k and (s.stems[k - 1] in lex.area_nouns
                                                         or s.stems[k - 1] in lex.area_links)):
            out += _agent_areas(s, k, lex)   # not "в зоне действий группировки": the area itself, read below
            continue
        target = s.stems[k] in lex.target and k and s.stems[k - 1] in lex.attack_nouns
        before_kind = s.stems[k] in lex.kind_locative and (_opens_kind(s, k + 1, lex)   # "لمبنى", "على قرية"
                                                            or _apposed_name(s, k + 1, lex) > k + 1)
        near = s.stems[k] in lex.near_words
        if s.stems[k] not in lex.locative and not target and not before_kind and not near:
            continue
        if before_kind and any(s.stems[n] in lex.source_nouns for n in range(max(0, k - 2), k)):
            continue   # "مصدر طبي بمستشفى العودة": where a source spoke, not where it happened
        j = k + 1
        while j + 1 < len(s.stems) and s.stems[j] in lex.near_words:
            j += 1   # "شمال غربي مدينة الفاشر", "في وسط قطاع غزة"
        j = _apposed_name(s, j, lex)
        listed = _plural_areas(s, j, lex)
        if listed:
            out += listed
            continue
        place = _place_at(s, j, lex)
        if place is not None and not any(p.at < k <= p.at + len(p.name.split()) for p in out):   # inside one
            name, rank = place
            out.append(Place(k, name, max(0, rank - 1) if near or j > k + 1 else rank))   # near the scene
    return out


def _apposed_name(s: Sentence, j: int, lex: Lexicon) -> int:
    """'في العاصمة الأوكرانية كييف', 'على العاصمة دمشق': the place is the name after the noun that stands for
    it (places.yaml ``apposition``) and its adjectives; ``j`` itself when no place follows them."""
    if j >= len(s.stems) or s.stems[j] not in lex.apposition:
        return j
    k = j + 1
    while k < len(s.stems) and k - j <= 2 and s.words[k].endswith(lex.adjective_endings) \
            and _place_at(s, k, lex) is None:
        k += 1   # "الأوكرانية" (Ukrainian)
    return k if k < len(s.stems) and _place_at(s, k, lex) is not None else j


def _opens_kind(s: Sentence, j: int, lex: Lexicon) -> bool:
    return j < len(s.stems) and (s.stems[j] in lex.place_nouns.by_first or s.stems[j] in lex.place_suffixes)


def _place_at(s: Sentence, j: int, lex: Lexicon) -> tuple[str, int] | None:
    area = _area_at(s, j, lex)
    if area is not None:
        return area, 1
    noun = lex.place_nouns.match(s.stems, j)
    if not noun and (past := _past_adjectives(s, j, lex)) > j:
        j, noun = past, lex.place_nouns.match(s.stems, past)   # "u pravoslavnoj crkvi Svetog Ilije"
    if noun and _is_caseless_word(s, j):
        return _caseless_site(s, j, j + noun[0], lex)
    if noun:
        end = j + noun[0]
        if end + 1 < len(s.tokens) and s.stems[end] in lex.locative and _is_name(s, end + 1, lex):
            name_end = _name_end(s, end + 1, lex)
            words = _nominative(s, j, end, lex) + [s.tokens[end].text] + [t.text for t in s.tokens[end + 1:name_end]]
            return " ".join(words), 2
        if end < len(s.tokens) and _is_name(s, end, lex):
            return " ".join(_nominative(s, j, end, lex) + [t.text for t in s.tokens[end:_name_end(s, end, lex)]]), 2
        return None
    caseless_end = _caseless_place_end(s, j, lex)
    if caseless_end:
        name = " ".join(t.text for t in s.tokens[j:caseless_end])
        return name, 0 if name in lex.places.get("countries", ()) else 1
    if s.stems[j] in lex.place_suffixes and _is_kind_name(s, j, j + 1, lex):
        return _written(s, j, j + 2), 1   # "مديرية الحوك": a district kind and its name
    if not _is_name(s, j, lex):
        return None
    end = _name_end(s, j, lex)
    if end == j + 1 and s.words[j].endswith(lex.adjective_endings) and end < len(s.tokens) \
            and s.tokens[end].is_word and not s.tokens[end].is_capitalised:
        return None  # "на Попаснянском направлении": a name used as an adjective
    name = " ".join(_nominative(s, j, end, lex))
    return name, 0 if name in lex.places.get("countries", ()) else 1


_SITE_ADJECTIVES = 2   # "u staroj pravoslavnoj crkvi": adjectives read before a site noun


def _past_adjectives(s: Sentence, j: int, lex: Lexicon) -> int:
    """The index of the site noun after one or two lower-case adjectives from ``j`` ('u pravoslavnoj crkvi
    Svetog Ilije' -> 'crkvi'); ``j`` when no site noun follows them. The adjectives are left out of the
    place: the name after the noun says which site it is."""
    for n in range(1, _SITE_ADJECTIVES + 1):
        k = j + n - 1
        if k >= len(s.tokens) or not s.tokens[k].is_word or not s.tokens[k].text[:1].islower() \
                or not s.words[k].endswith(lex.adjective_endings):
            return j
        if lex.place_nouns.match(s.stems, k + 1):
            return k + 1
    return j


def _area_at(s: Sentence, j: int, lex: Lexicon) -> str | None:
    """'в зоне группировки «Север»' -> 'зона группировки «Север»', 'в зоне ответственности группировки
    «Днепр»', 'в зоне СВО', 'в зоне специальной военной операции': an area noun (written as places.yaml
    ``area_noun`` gives its nominative singular, else put in the nominative), the
    genitives that link it (places.yaml ``area_links``), then a quoted name, an abbreviation or a listed
    name (``area_names``), the rest as written."""
    if j >= len(s.tokens) or s.stems[j] not in lex.area_nouns:
        return None
    k = j + 1
    while k < len(s.tokens) and s.stems[k] in lex.area_links:
        k += 1
    end = _area_name_end(s, k, lex)
    if end is None:
        return None
    rest = "".join((" " if n and s.tokens[n].start > s.tokens[n - 1].end else "") + s.tokens[n].text
                   for n in range(j + 1, end))
    noun = lex.places.get("area_noun") or " ".join(_nominative(s, j, j + 1, lex))   # "в зонах «Юг»": one area
    return str(noun) + rest


def _plural_areas(s: Sentence, j: int, lex: Lexicon) -> list[Place]:
    """'В зонах «Юг» и «Центр» ликвидировано до 200 и более 490 ... соответственно': an area noun in the plural
    (places.yaml ``area_plurals``) before quoted names joined by a conjunction, one area each, numbered in
    the order of the list."""
    if j >= len(s.words) or s.words[j] not in lex.area_plurals:
        return []
    noun, out, k = lex.places.get("area_noun") or "", [], j + 1
    while k < len(s.tokens) and s.tokens[k].text in QUOTES_OPEN + '"' and (end := _area_name_end(s, k, lex)):
        out.append(Place(k, f"{noun} " + "".join(t.text for t in s.tokens[k:end]), 1, item=len(out)))
        if not (end < len(s.tokens) and lex.coordination.match(s.stems, end)):
            break
        k = end + 1
    return out if len(out) > 1 else []


def _agent_areas(s: Sentence, k: int, lex: Lexicon) -> list[Place]:
    """'Действиями группировок «Южной» и «Центр» уничтожено до 200 и более 490 военнослужащих соответственно':
    the forces a bulletin credits with the losses (places.yaml ``area_agents``, then ``area_links``), each a
    quoted name, are the areas where the losses were ('зона группировок «Южная»', the name in the
    nominative), numbered in the order of the list."""
    j = k + 1
    while j < len(s.tokens) and s.stems[j] in lex.area_links:
        j += 1
    if j == k + 1:
        return []
    links = " ".join(t.text for t in s.tokens[k + 1:j])
    noun = lex.places.get("area_noun") or ""
    out: list[Place] = []
    def area(at: int, end: int, item: int | None) -> Place:
        name = " ".join(_nominative(s, at + 1, end - 1, lex))
        return Place(at, f"{noun} {links} {s.tokens[at].text}{name}{s.tokens[end - 1].text}", 1, item=item)

    while j < len(s.tokens) and s.tokens[j].text in QUOTES_OPEN + '"' and (end := _area_name_end(s, j, lex)):
        out.append(area(j, end, len(out)))
        j = end
        if not (end < len(s.tokens) and lex.coordination.match(s.stems, end)):
            break
        j += 1
    # the list goes on with bare names, each before its figure: "..., «Центр» — более 385 и «Днепр» — свыше 65"
    for n in range(j, len(s.tokens) - 1):
        if s.stems[n] in lex.clause_end and s.stems[n] != ",":
            break
        if s.tokens[n].text in QUOTES_OPEN + '"' and lex.coordination.match(s.stems, n - 1) \
                and (end := _area_name_end(s, n, lex)) and end < len(s.tokens) and s.stems[end] in lex.item_marks:
            out.append(area(n, end, None))
    return out


def _area_name_end(s: Sentence, k: int, lex: Lexicon) -> int | None:
    if k >= len(s.tokens):
        return None
    token = s.tokens[k]
    if token.text in QUOTES_OPEN + '"':
        close = next((n for n in range(k + 1, min(len(s.tokens), k + 6)) if s.tokens[n].text in _QUOTES_CLOSE + '"'),
                     None)
        return close + 1 if close is not None and close > k + 1 else None
    if token.is_word and token.text.isupper() and len(token.text) >= 2 \
            and token.text not in lex.places.get("not_places", ()):
        return k + 1   # "в зоне СВО"
    named = lex.area_names.match(s.stems, k) if lex.area_names is not None else None
    return k + named[0] if named else None


def _places_before_postpositions(s: Sentence, lex: Lexicon) -> list[Place]:
    """'کوئٹہ میں', 'کوئٹہ ریلوے اسٹیشن پر': a name, then place nouns, then the postposition (Urdu)."""
    out = []
    for k in range(1, len(s.stems)):
        if s.stems[k] not in lex.postpositions:
            continue
        first = k
        while first > 0 and k - first < 4 and (s.stems[first - 1] in lex.place_nouns.by_first
                                               or s.stems[first - 1] in lex.place_suffixes):
            first -= 1
        if first == 0 or not _is_name(s, first - 1, lex):
            continue
        name = " ".join(t.text for t in s.tokens[first - 1:k])
        rank = 2 if first < k else (0 if name in lex.places.get("countries", ()) else 1)
        out.append(Place(first - 1, name, rank))
    return out


_GLUED_SITE_NAME_WORDS = 3   # "सेंट मार एलियास चर्चमध्ये": the name words read before a site noun


def _sites_before_glued_postpositions(s: Sentence, lex: Lexicon) -> list[Place]:
    """Marathi 'सेंट मार एलियास चर्चमध्ये': a site noun (places.yaml ``place_nouns``) with a locative postposition
    written onto it (``glued_postpositions``), after the words of its name: the site, its noun in the form
    the vocabulary lists. A word with a case ending or a determiner (places.yaml ``site_name_breaks``: 'भागातील',
    'एका') ends the name words before it, and a site noun with no name word ('एका चर्चमध्ये') is no named site."""
    breaks = lex.site_name_breaks
    out = []
    for k, word in enumerate(s.words):
        suffix = next((p for p in lex.glued_postpositions if word.endswith(p) and len(word) > len(p)), None)
        if suffix is None or not _is_caseless_word(s, k):
            continue
        hit = lex.place_nouns.match(list(lex.stems(s.tokens[k].text[:len(s.tokens[k].text) - len(suffix)])), 0)
        if not hit:
            continue
        noun = str(hit[1])   # as the vocabulary writes it: "मंदिरात" is "मंदिर" (GUIDELINE convention 19)
        first = k
        while first > 0 and k - first < _GLUED_SITE_NAME_WORDS and _is_caseless_word(s, first - 1) \
                and s.words[first - 1] not in breaks and not s.words[first - 1].endswith(breaks):
            first -= 1
        if first < k:
            out.append(Place(first, " ".join([t.text for t in s.tokens[first:k]] + [noun]), 2))
    return out


def _places_in_locative(s: Sentence, lex: Lexicon) -> list[Place]:
    """Turkish: a name with a locative suffix ("Mardin'de" -> Mardin) or before a place noun in the locative
    ("Savur ilçesinde" -> Savur); a name in another case ("Mardin'in") is not where it happened."""
    out = []
    for k, token in enumerate(s.tokens):
        if not _is_name(s, k, lex):
            continue
        word = s.words[k]
        glued = "'" in word and word.endswith(lex.locative_suffixes)
        before_noun = k + 1 < len(s.tokens) and s.stems[k + 1] in lex.place_suffixes \
            and s.words[k + 1].endswith(tuple(x.lstrip("'") for x in lex.locative_suffixes))
        if glued or before_noun:
            first = k
            while first > 0 and _is_name(s, first - 1, lex) and "'" not in s.words[first - 1]:
                first -= 1   # "Beşiktaş Dolmabahçe'de"? no: only a name of several words ("Yeni Mahalle'de")
            name = " ".join([t.text for t in s.tokens[first:k]] + [re.split("['’]", token.text)[0]])
            out.append(Place(first, name, 0 if name in lex.places.get("countries", ()) else 1))
    return out


_CASELESS_NAME_WORDS = 3   # "مدينة ديار بكر": a kind word and a name of two words
_CASED_NAME_WORDS = 3      # "Кривой Рог", "Нова Каховка": a town's name of several words


def _caseless_place_end(s: Sentence, j: int, lex: Lexicon) -> int | None:
    """In a script without capitals (Arabic), where the longest run of words from ``j`` the gazetteer knows
    as one place ends: "ديار بكر" is Diyarbakir where "ديار" alone is a village in Iran, and a kind word
    before the name ("مدينة الموصل", "محافظة حلب") is part of it. None for a cased word or no place."""
    if not _is_caseless_word(s, j):
        return None
    for end in range(min(len(s.tokens), j + _CASELESS_NAME_WORDS), j + 1, -1):
        if all(_is_caseless_word(s, k) for k in range(j, end)) \
                and gazetteer.is_place(" ".join(t.text for t in s.tokens[j:end]), lex.language):
            return end
    return None


def _caseless_site(s: Sentence, j: int, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """'دوار النابلسي', 'مبنى الإذاعة بمديرية الحوك': a site kind and its name, in a script without capitals,
    with the district it stands in when a glued preposition and a place kind follow; as written."""
    if not _is_kind_name(s, j, end, lex) and not (end + 1 < len(s.tokens) and _is_caseless_word(s, end + 1) and
                                                 gazetteer.is_place(f"{s.tokens[end].text} {s.tokens[end + 1].text}",
                                                                    lex.language)):
        return None
    last = end + 1
    if last < len(s.tokens) and _is_caseless_word(s, last) \
            and gazetteer.is_place(f"{s.tokens[end].text} {s.tokens[last].text}", lex.language):
        last += 1   # "مخيم خان يونس": a name of two words the gazetteer knows
    if last + 1 < len(s.tokens) and s.stems[last] in lex.kind_locative \
            and s.stems[last + 1] in lex.place_suffixes and _is_kind_name(s, last + 1, last + 2, lex):
        last += 3
    return _written(s, j, last), 2


def _is_kind_name(s: Sentence, kind: int, j: int, lex: Lexicon) -> bool:
    """The word after a place kind is its name: a definite noun ('دوار النابلسي', 'مبنى الإذاعة'), a place the
    gazetteer knows, or after a kind with agreement endings a bare word that is no adjective agreeing with it
    ('قرية قرني', not 'قرية مجاورة')."""
    if not _is_caseless_word(s, j) or s.tokens[j].text in lex.places.get("not_places", ()):
        return False
    word = s.words[j]
    if any(word.startswith(p) and len(word) > len(p) + 1 for p in lex.definite_prefixes):
        return True
    endings = lex.agreement_endings.get(s.stems[kind])
    if endings is not None and not word.endswith(endings) and s.stems[j] not in lex.locative \
            and s.stems[j] not in lex.near_words and s.stems[j] not in lex.clause_end:
        return True
    return gazetteer.is_place(s.tokens[j].text, lex.language)


def _written(s: Sentence, first: int, end: int) -> str:
    """Tokens as the text writes them: a glued clitic stays glued ('بمديرية')."""
    return "".join((" " if n > first and s.tokens[n].start > s.tokens[n - 1].end else "") + s.tokens[n].text
                   for n in range(first, end))


def _is_caseless_word(s: Sentence, j: int) -> bool:
    token = s.tokens[j] if j < len(s.tokens) else None
    return token is not None and token.is_word and not token.is_capitalised and not token.text[0].islower()


def _is_name(s: Sentence, j: int, lex: Lexicon) -> bool:
    """A capitalised word; in a script without capitals (Perso-Arabic) a word the gazetteer knows as a place."""
    token = s.tokens[j] if j < len(s.tokens) else None
    if token is None or not token.is_word or len(token.text) < 2 or token.text in lex.places.get("not_places", ()):
        return False
    if s.stems[j] in lex.source_nouns:
        return False   # "в Министерстве обороны сообщили": where a source spoke is no place of the casualties
    if token.is_capitalised:
        return True
    return not token.text[0].islower() and gazetteer.is_place(token.text, lex.language)


def _name_end(s: Sentence, j: int, lex: Lexicon) -> int:
    """One name, or adjectives with the noun they agree with ('Херсонской области', 'Миколаївській ОДА'); a
    town of several words the gazetteer lists ('в Кривом Роге') whatever their endings."""
    for end in range(min(len(s.tokens), j + _CASED_NAME_WORDS), j + 1, -1):
        if all(s.tokens[k].is_word and s.tokens[k].is_capitalised for k in range(j, end)) \
                and known_nominative([t.text for t in s.tokens[j:end]], lex.language, lex.grammar):
            return end
    end = j + 1
    if not s.words[j].endswith(lex.adjective_endings):
        return end
    while end < len(s.tokens) and s.tokens[end].is_word and s.tokens[end].is_capitalised \
            and s.words[end - 1].endswith(lex.adjective_endings):
        end += 1
    if end < len(s.tokens) and s.stems[end] in lex.place_suffixes:
        end += 1
    return end


def _nominative(s: Sentence, first: int, end: int, lex: Lexicon) -> list[str]:
    words = [t.text for t in s.tokens[first:end]]
    dictionary = str(lex.grammar.get("dictionary") or lex.language)
    if not has_dictionary(dictionary):   # no dictionary: a town the gazetteer lists is spelt as it lists it
        known = known_nominative(words, lex.language, lex.grammar)
        if known is not None:
            return known.split()
    return nominative(words, dictionary, lex.grammar.get("nominative") or [])


# -- date -------------------------------------------------------------------------------------------------------

def find_date(s: Sentence, lex: Lexicon, published, cumulative: bool) -> str | None:
    """The first date the sentence gives for the casualties; a statement's or as-of date only for totals."""
    for k in range(len(s.stems)):
        found = _date_at(s, k, lex, published)
        if found and cumulative and _after_since(s, k, lex):
            continue   # "منذ بداية الحرب في 7 أكتوبر": where a running total starts, not the day it counts to
        if found and (cumulative or not (_after_as_of(s, k, lex) or _near_reporting(s, k, lex))):
            return found.isoformat()
    return None


def _after_since(s: Sentence, k: int, lex: Lexicon) -> bool:
    """A "since" word (dates.yaml ``since``) a few words before the date, in the same clause."""
    for j in range(k - 1, max(-1, k - _SINCE_WINDOW), -1):
        if s.stems[j] in lex.clause_end:
            return False
        if s.words[j] in lex.since:
            return True
    return False


def _date_at(s: Sentence, k: int, lex: Lexicon, published) -> date | None:
    stem = s.stems[k]
    if lex.numeric_dates and s.tokens[k].text[:1].isdigit():
        return _numeric_date(s, k)
    # "в воскресенье"; a language with postpositions lists no locatives and names the day alone ("रविवार को")
    if stem in lex.weekdays and (not lex.locative or k and s.stems[k - 1] in lex.locative):
        if not published or not published[2]:
            return None  # a weekday needs a full publication date (NOTES item 15)
        day = date(*published)
        return day - timedelta(days=(day.weekday() - lex.weekdays[stem]) % 7)
    if stem in lex.months and k and s.tokens[k - 1].is_digit and len(s.tokens[k - 1].text) <= 2:
        return _day_month(s, k, lex.months[stem], published)
    if stem in lex.solar_months and k and s.tokens[k - 1].is_digit and len(s.tokens[k - 1].text) <= 2:
        return _solar_day_month(s, k, lex.solar_months[stem], published)
    hit = lex.relative.match(s.stems, k)
    if hit and published and published[2]:
        return date(*published) + timedelta(days=hit[1])
    return None


def full_date(s: Sentence, lex: Lexicon) -> date | None:
    """The first date the sentence writes with its year ('4 квітня 2025 року', '30-05-2024')."""
    for k in range(len(s.stems)):
        found = _date_at(s, k, lex, None)
        if found:
            return found
    return None


def statement_date(s: Sentence, lex: Lexicon, published) -> str | None:
    """The day a sentence dates a statement on ('2 марта Минобороны озвучило …'): a date beside a reporting verb."""
    for k in range(len(s.stems)):
        found = _date_at(s, k, lex, published)
        if found and _near_reporting(s, k, lex):
            return found.isoformat()
    return None


def _day_month(s: Sentence, k: int, month: int, published) -> date | None:
    after = s.tokens[k + 1].text if k + 1 < len(s.tokens) else ""
    year = int(after) if re.fullmatch(r"(19|20)\d\d", after) else None
    day = int(s.tokens[k - 1].text)
    if year is None:
        if not published:
            return None
        year = year_of(month, day, published)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _solar_day_month(s: Sentence, k: int, month: int, published) -> date | None:
    """'۱۵ مهر ۱۴۰۳' -> 2024-10-06; with no year, the latest such day no more than a week after the publication
    (as ``year_of`` does for Gregorian months; near Nowruz that may be in the next Solar Hijri year)."""
    after = s.tokens[k + 1].text if k + 1 < len(s.tokens) else ""
    day = int(s.tokens[k - 1].text)   # int() reads Persian and Arabic-Indic digits too
    try:
        if after.isdigit() and len(after) == 4 and 1300 <= int(after) <= 1500:
            return solar_hijri_to_gregorian(int(after), month, day)
        if not published or not published[2]:
            return None
        today = date(*published)
        year = solar_hijri_year(today)
        for candidate in (year + 1, year, year - 1):   # the latest that is not more than a week ahead
            found = solar_hijri_to_gregorian(candidate, month, day)
            if found - today <= timedelta(days=UPDATE_GRACE):
                return found
        return None
    except ValueError:
        return None


_NUMERIC_DATE = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
_AS_OF_WINDOW = 6   # "по состоянию на 7 утра 28 июня": the cue, an hour, then the date


def _numeric_date(s: Sentence, k: int) -> date | None:
    """'30-05-2024', '4.04.2025': day first, as every language read here writes it (dates.yaml ``numeric``)."""
    if k and s.tokens[k - 1].end == s.tokens[k].start:
        return None   # the middle of a number
    end = k + 1
    while end < len(s.tokens) and end - k < 6 and s.tokens[end].start == s.tokens[end - 1].end:
        end += 1
    m = _NUMERIC_DATE.match("".join(t.text for t in s.tokens[k:end]))
    if m is None:
        return None
    try:
        return date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    except ValueError:
        return None


_SINCE_WINDOW = 6   # "منذ بداية الحرب في 7 أكتوبر": "since" and its date


def _after_as_of(s: Sentence, k: int, lex: Lexicon) -> bool:
    return any(lex.as_of.match(s.stems, j) for j in range(max(0, k - _AS_OF_WINDOW), k))


def _near_reporting(s: Sentence, k: int, lex: Lexicon) -> bool:
    """'2 марта Минобороны сообщило': the day of the statement, not of the deaths."""
    return any(lex.reporting_verbs.match(s.stems, j) for j in range(max(0, k - 4), min(len(s.stems), k + 5)))


# -- scope ------------------------------------------------------------------------------------------------------

def find_scope(text: str, reporter: str | None, lex: Lexicon) -> str:
    """cumulative for running totals: a cue in the sentence, or a war ministry's count (NOTES item 16).
    The cues are matched on the folded text (grammar.yaml ``folds``: Cyrillic Serbian as Latin)."""
    text = lex.stem.fold(text)
    if any(p.search(text) for p in lex.daily):
        return "incident"
    if any(p.search(text) for p in lex.cumulative):
        return "cumulative"
    said = " ".join(lex.stems(f"{text} {reporter or ''}"))
    return "cumulative" if any(f" {source} " in f" {said} " for source in lex.cumulative_sources) else "incident"


# -- reported_by ------------------------------------------------------------------------------------------------

def find_reporter(text: str, s: Sentence, lex: Lexicon, busy: set[int]) -> str | None:
    """The source the sentence names: 'по словам X', 'X сообщил', ', — заявил X', '… — X' at the end, 'X: …'."""
    finders = (_after_prefix, _around_verb, _after_final_dash, _before_colon)
    for finder in finders + ((_sentence_subject,) if lex.verb_final else ()):
        span = finder(s, lex, busy)
        if span is not None:
            return _clean(text, s, span, lex)
    return None


def _sentence_subject(s, lex, busy):
    """Verb-final: 'Valilik, saldırıda 3 kişinin öldüğünü açıkladı' - the source opens the sentence, the
    reporting verb closes it, the figure is between."""
    verb = next((k for k in range(1, len(s.stems)) if k not in busy and lex.reporting_verbs.match(s.stems, k)), None)
    named = s.stems[0] in lex.source_nouns or s.stems[0] in lex.titles or s.tokens[0].text.isupper() \
        or (len(s.tokens) > 1 and s.tokens[0].is_capitalised and s.tokens[1].is_capitalised)
    if verb is None or not s.tokens[0].is_word or not named:   # any sentence opens with a capital
        return None
    end = 0
    while end < verb and end not in busy and s.tokens[end].is_word and end < _SOURCE_WORDS \
            and (end == 0 or _opens_source(s, end, lex) or s.tokens[end - 1].is_capitalised
                 or (_caseless(s.tokens[end].text) and s.stems[end - 1] in lex.source_nouns)):   # "وزارت بهداشت"
        end += 1
        if end < len(s.tokens) and s.tokens[end].text in {",", "،"}:
            break
    return (0, end) if end else None


def _caseless(word: str) -> bool:
    """A word of a script without capitals (Perso-Arabic): a name cannot be told by its first letter."""
    return not word[:1].isupper() and not word[:1].islower()


def _after_prefix(s, lex, busy):
    for k in range(len(s.stems)):
        hit = lex.source_prefixes.match(s.stems, k)
        if hit:
            return _phrase_after(s, k + hit[0], lex, busy)
    return None


def _around_verb(s, lex, busy):
    for k in range(len(s.stems)):
        hit = lex.reporting_verbs.match(s.stems, k)
        if not hit or k in busy:
            continue
        before = _subject_before(s, k, lex, busy)
        if before is not None:
            return before
        after = _phrase_after(s, _skip_channel(s, k + hit[0], lex), lex, busy)
        if after is not None:
            return after
    return None


def _subject_before(s, k, lex, busy) -> tuple[int, int] | None:
    k = _skip_between(s, k, lex)
    k = _skip_relative_clause(s, k, lex)
    start = k
    while start > 0 and k - start < _SOURCE_WORDS and start - 1 not in busy and s.tokens[start - 1].is_word \
            and (s.tokens[start - 1].is_capitalised or s.stems[start - 1] in lex.source_nouns
                 or s.stems[start - 1] in lex.source_pronouns
                 or (lex.coordination.match(s.stems, start - 1) and start - 1 > 0 and start < k)):
        start -= 1
    while start > 1 and k - start < _SOURCE_WORDS and s.tokens[start - 1].is_word and start - 1 not in busy \
            and _opens_source(s, start - 2, lex) and s.stems[start - 1] not in lex.locative:
        start -= 2  # "Министерство обороны …": a lower-case word inside the name
        while start > 0 and s.tokens[start - 1].is_word and _opens_source(s, start - 1, lex):
            start -= 1
    while start < k and s.stems[start] in lex.locative:
        start += 1  # "В Минобороны сообщили": the preposition is not part of the source
    while start < k - 1 and s.stems[start] in lex.source_between:
        start += 1  # "Позднее губернатор написал": the adverb that opens the sentence is no part of it
    if start == k or (start == 0 and k - start == 1 and s.stems[0] not in lex.source_nouns
                      and s.stems[0] not in lex.source_pronouns and not s.tokens[0].text.isupper()
                      and not _known_source(s.stems[0], lex)):
        return None
    return start, k


def _skip_between(s, k, lex) -> int:
    """'Министерство … в среду впервые назвало': adverbs and a weekday between subject and verb."""
    while k > 0 and (s.stems[k - 1] in lex.source_between or s.stems[k - 1] in lex.weekdays):
        k -= 1
        if k > 0 and s.stems[k] in lex.weekdays and s.stems[k - 1] in lex.locative:
            k -= 1
    return k


def _skip_relative_clause(s, k, lex) -> int:
    """'Поліція та рятувальники, що працюють на місці, повідомляють': the clause is not the source."""
    if k < 2 or s.tokens[k - 1].text != ",":
        return k
    for j in range(k - 2, max(0, k - 10), -1):
        if s.tokens[j].text == "," and s.stems[j + 1] in lex.relative_words:
            return j
    return k


def _known_source(stem: str, lex: Lexicon) -> bool:
    return stem in lex.abbreviations


def _skip_channel(s, j, lex) -> int:
    """'написал в своем Instagram глава …', 'сообщил в соцсети …': the channel is not the source."""
    if j < len(s.stems) and s.stems[j] in lex.locative:
        for end in range(j + 1, min(j + 4, len(s.tokens))):
            if s.tokens[end].is_capitalised or s.stems[end] in lex.source_nouns or s.stems[end] in lex.titles:
                if end > j + 1 and (s.tokens[end - 1].is_capitalised and s.tokens[end - 1].text.isascii()):
                    return end
        return j
    return j


def _phrase_after(s, j, lex, busy) -> tuple[int, int] | None:
    if j + 1 < len(s.tokens) and s.tokens[j].text in QUOTES_OPEN + '"' and s.tokens[j + 1].is_capitalised:
        j += 1   # 'сообщает «Интерфакс»': a quoted name is the source
    while j + 1 < len(s.tokens) and s.stems[j] in lex.source_between:
        j += 1  # "priopćila je policija": the auxiliary is no part of the source
    if j + 1 < len(s.tokens) and s.stems[j] in lex.locative and _opens_source(s, j + 1, lex):
        j += 1  # "сообщили в Минобороны": the ministry is the source
    end = j
    while end < len(s.tokens) and end - j < _SOURCE_WORDS and end not in busy and s.tokens[end].is_word \
            and not (s.stems[end] in lex.reporting_verbs.by_first and end > j) \
            and not (s.stems[end] in lex.locative and not s.tokens[end].is_capitalised and end > j) \
            and not lex.coordination.match(s.stems, end) and s.stems[end] not in lex.clause_end \
            and not (end > j and _ends_source(s, end, lex)):
        end += 1
    if end == j or not any(_opens_source(s, k, lex) for k in range(j, min(j + 2, end))):
        return None  # "местные власти": a source noun may follow one modifier
    return j, _past_quoted_name(s, end, busy, lex)


_QUOTES = frozenset('"«“')
_CLOSING = frozenset('"»”')


def _past_quoted_name(s: Sentence, end: int, busy: set[int], lex: Lexicon) -> int:
    """'جمعية "أطباء بلا قيود"', 'قناة «النهار»': a source noun and the quoted name right after it are one
    source; a quote of more than a few words is what the source said, not its name."""
    if end >= len(s.tokens) or s.tokens[end].text not in _QUOTES or s.stems[end - 1] not in lex.source_nouns:
        return end   # 'слова Кадырова "РИА Новости"': a quoted name after a person is another source
    for k in range(end + 2, min(end + 6, len(s.tokens))):
        if s.tokens[k].text in _CLOSING:
            inside = range(end + 1, k)
            return k + 1 if all(s.tokens[i].is_word and i not in busy for i in inside) else end
    return end


def _ends_source(s: Sentence, k: int, lex: Lexicon) -> bool:
    """A weekday, a split-off preposition ('وزارة الصحة بمقتل'), or a word that opens the reported clause
    (grammar.yaml ``complementizers``: 'أعلنت السلطات أن ...') ends the source named before it."""
    return s.stems[k] in lex.weekdays or s.tokens[k].low in lex.clitics or s.stems[k] in lex.complementizers


def _opens_source(s: Sentence, k: int, lex: Lexicon) -> bool:
    return s.tokens[k].is_capitalised or s.stems[k] in lex.source_nouns or s.stems[k] in lex.titles \
        or s.stems[k] in lex.source_pronouns


def _after_final_dash(s, lex, busy):
    """'… погибли 18 человек — МВД Украины', '… загинула 21 людина – ЗМІ'."""
    end = len(s.tokens)
    while end and not s.tokens[end - 1].is_word:
        end -= 1
    for k in range(end - 1, max(0, end - 5), -1):
        if s.tokens[k].text in _DASHES and s.tokens[k].start > s.tokens[k - 1].end:
            words = s.tokens[k + 1:end]
            if words and all(t.is_word for t in words) and not any(j in busy for j in range(k + 1, end)) \
                    and _opens_source(s, k + 1, lex):
                return k + 1, end
    return None


def _before_colon(s, lex, busy):
    """'Минобороны РФ: Во время спецоперации …' (a headline that names its source)."""
    for k in range(1, min(4, len(s.tokens))):
        if s.tokens[k].text == ":":
            if all(t.is_word and t.is_capitalised for t in s.tokens[:k]) and any(
                    s.tokens[j].text.isupper() or s.stems[j] in lex.source_nouns or s.stems[j] in lex.titles
                    for j in range(k)):
                return 0, k   # not a headline in title case ("Otomobil Sarampole Yuvarlandı: 2 Ölü")
            return None
    return None


def _clean(text: str, s: Sentence, span: tuple[int, int], lex: Lexicon) -> str:
    """A person's name without the titles before it ('губернатор региона Дмитрий Махонин' -> the name)."""
    start, end = span
    pair = _last_name_pair(s, start, end)
    if pair is not None:
        start, end = pair
    raw = text[s.tokens[start].start:s.tokens[end - 1].end]
    value = raw.strip("«»\"“” ")
    if value.count('"') % 2 or value.count("«") > value.count("»") or value.count("“") > value.count("”"):
        return raw.lstrip("«»\"“” ").rstrip()   # 'جمعية "أطباء بلا قيود"': the quoted name keeps its closing mark
    return value


def _last_name_pair(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Two capitalised words that are not at the start of the span: a first name and a surname."""
    for k in range(end - 1, start, -1):
        a, b = s.tokens[k - 1], s.tokens[k]
        if a.is_capitalised and b.is_capitalised and a.text.isalpha() and b.text.isalpha() \
                and not a.text.isupper() and not b.text.isupper() and k - 1 > start:
            return k - 1, k + 1
    return None


def is_pronoun(source: str | None, lex: Lexicon) -> bool:
    return source is not None and " ".join(lex.stems(source)) in lex.source_pronouns


def fullest_name(name: str, document_text: str, lex: Lexicon) -> str:
    """'Кадырова' -> 'Рамзан Кадыров'; 'Минобороны' -> 'Министерство обороны РФ' when the page spells it out."""
    words = name.split()
    expansions = lex.abbreviations.get(lex.stem(words[0]), ()) if words else ()
    best = name
    for expansion in expansions:
        found = _spelled_out(expansion, document_text)
        if found and len(found) > len(best):
            best = found
    if len(words) == 1:
        m = re.search(r"\b" + re.escape(words[0]) + r"((?:\s+[А-ЯЁІЇЄҐA-Z]{2,}\b){1,2})", document_text)
        if m and len(m.group(0)) > len(best):
            best = m.group(0)  # "Минобороны" -> "Минобороны РФ"
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() and len(words[0]) > 4 \
            and best == name:
        m = re.search(r"\b([А-ЯЁІЇЄҐA-Z][\w'’-]+) (" + re.escape(words[0][:-2]) + r"\w*)", document_text)
        if m and m.start(2) > 0:
            best = m.group(0)
    return best


def _spelled_out(expansion: str, document_text: str) -> str | None:
    """The expansion's words found by their first four letters, with the capitalised words after them."""
    pattern = r"\s+".join(re.escape(w[:4]) + r"\w*" for w in expansion.split())
    m = re.search(r"(?i:" + pattern + r")(?:\s+[А-ЯЁІЇЄҐA-Z][\w'’-]*){0,3}", document_text)
    return m.group(0) if m else None


def closes_quote(text: str) -> bool:
    """The sentence holds a closing quotation mark ('…вами», - говорится', '…вами", - написал')."""
    return any(c in text for c in _QUOTES_CLOSE if c != "“") or re.search(r'[^\s(«„]"', text) is not None


def last_person_name(text: str, s: Sentence) -> str | None:
    """The last 'Firstname Lastname' of a sentence ('… губернатор региона Дмитрий Махонин')."""
    pair = _last_name_pair(s, 0, len(s.tokens))
    return text[s.tokens[pair[0]].start:s.tokens[pair[1] - 1].end] if pair else None


def in_open_quote(text_before: str) -> bool:
    """The paragraph so far has opened a quotation that it has not closed."""
    opened = sum(text_before.count(c) for c in "«„")
    closed = text_before.count("»")
    return opened > closed or (opened == 0 and text_before.count('"') % 2 == 1)

