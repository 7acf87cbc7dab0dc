"""Step 5a: who was hit: victims text, role, side and origin (GUIDELINE conventions 15-18)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tollbook.claims.phrases import Phrase
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

_WORD = re.compile(r"[\w.’'-]+")
_TRAILING_WINDOW = 8   # tokens after the head read for "from Chechnya", "of the Armed Forces of Ukraine"


@dataclass(frozen=True)
class Group:
    text: str | None
    role: str
    side: str | None
    origins: tuple[str | None, ...]   # one claim per origin ("one soldier from each region")
    origin_country: str | None


def read_group(text: str, tokens: list[Token], phrase: Phrase, vocab: Vocabulary, sentence_lows: list[str]) -> Group:
    """Fields of the victims named by ``phrase`` (possibly empty: casualty noun only)."""
    lows = sentence_lows
    if phrase.empty:
        return Group(None, "unspecified", None, (None,), None)
    words = lows[phrase.first:phrase.last]
    role = role_of(words, vocab)
    head = text[tokens[phrase.first].start:tokens[phrase.last - 1].end]
    if words[-1] not in vocab.person_nouns and (vocab.triggers.match(lows, phrase.last - 1) or len(words) == 0):
        head = None
    trailing = lows[phrase.last:phrase.last + _TRAILING_WINDOW]
    origins, country = _origins(words, trailing, lows, vocab)
    side = _side(words, trailing, role, vocab) or (country if role in ("military", "armed_group") else None)
    return Group(head, role, side, origins, country)


def role_of(words: list[str], vocab: Vocabulary) -> str:
    """Role from the words naming the victims: the head noun decides, some modifiers override it."""
    role = _head_role(words, vocab)
    modifiers = set(words[:-1])
    if role in ("military", "armed_group", "unspecified") and modifiers & vocab.modifiers["armed_group"] \
            and words[-1] not in {"soldiers", "soldier", "troops"}:
        return "armed_group"  # "Hamas fighters"
    if role in ("armed_group", "unspecified") and modifiers & vocab.modifiers["military"] \
            and words[-1] in {"fighters", "fighter", "militants", "militant", "members", "forces"}:
        return "military"     # "Chechen militants" of a state's forces (NOTES item 11)
    if role == "unspecified" and modifiers & vocab.modifiers["civilian"]:
        return "civilian"
    return role


def _head_role(words: list[str], vocab: Vocabulary) -> str:
    if "noun_before_adjective" in vocab.flags:  # "soldados chechenos", "civili ucraini": the noun comes first
        for k in range(len(words)):
            hit = vocab.roles.match(words, k)
            if hit:
                return hit[1]
    for k in range(len(words)):  # the longest listed phrase that ends at the head noun
        hit = vocab.roles.match(words, k)
        if hit and k + hit[0] == len(words):
            return hit[1]
    return "unspecified"


def _side(words: list[str], trailing: list[str], role: str, vocab: Vocabulary) -> str | None:
    """A party named by a nationality word in the phrase; civilians never get one (convention 17)."""
    if role == "civilian":
        return None
    modifiers = words if "noun_before_adjective" in vocab.flags else words[:-1]
    for word in modifiers + _of_phrase(trailing):
        if word in vocab.demonyms:
            return vocab.demonyms[word]
    return None


def sentence_side(lows: list[str], vocab: Vocabulary) -> str | None:
    """The one party a sentence names for its losses: 'killed on the Ukrainian side', 'Soviet losses of
    15,000 troops' (``side_nouns`` of victims.yaml). Two parties named so give none."""
    nouns = vocab.side_nouns
    before = "noun_before_adjective" in vocab.flags
    found = {vocab.demonyms[lows[k + (1 if before else 0)]] for k in range(len(lows) - 1)
             if lows[k + (0 if before else 1)] in nouns and lows[k + (1 if before else 0)] in vocab.demonyms}
    return found.pop() if len(found) == 1 else None


def page_army(text: str, vocab: Vocabulary) -> str | None:
    """The one state whose forces the page names ('the Burkinabe army', 'Congolese troops', 'l'armée
    burkinabè'): soldiers the page counts with no party named are its own (GUIDELINE convention 17).
    A page that names the forces of two states (a war between them) gives none, and so does one where
    the other parties' nationality words together are as many as the state's own: the forces it names
    may be the ones who did the killing.
    """
    pattern = _army_pattern(vocab)
    if pattern is None:
        return None
    found = {vocab.demonyms[(m.group("party") or m.group("party2")).lower()] for m in pattern.finditer(text)}
    if len(found) != 1:
        return None
    state = found.pop()
    mentions: Counter = Counter()
    for word in _WORD.findall(text.lower()):
        if word in vocab.demonyms:
            mentions[vocab.demonyms[word]] += 1
        elif (region := vocab.regions.match([word], 0)) and region[1][1]:
            mentions[region[1][1]] += 1   # "Chechen fighters" are Russia's
    return state if 2 * mentions[state] > sum(mentions.values()) else None


_ARMY_PATTERNS: dict[int, tuple[object, re.Pattern | None]] = {}


def _army_pattern(vocab: Vocabulary) -> re.Pattern | None:
    """'<nationality> [one word] <state noun>' or, where the noun comes first, '<state noun> <nationality>'."""
    entry = _ARMY_PATTERNS.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        nouns = vocab.state_nouns
        pattern = None
        if nouns and vocab.demonyms:
            party = "|".join(re.escape(d) for d in sorted(vocab.demonyms, key=len, reverse=True))
            noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
            pattern = re.compile(rf"\b(?:(?P<party>{party})\s+(?:\w+\s+)?(?:{noun})|(?:{noun})\s+(?P<party2>{party}))\b"
                                 if "noun_before_adjective" in vocab.flags else
                                 rf"\b(?P<party>{party})(?:’s|'s)?\s+(?:\w+\s+)?(?:{noun})\b(?P<party2>)", re.IGNORECASE)
        entry = _ARMY_PATTERNS[id(vocab)] = (vocab, pattern)
    return entry[1]


def _of_phrase(trailing: list[str]) -> list[str]:
    """'servicemen of the Armed Forces of Ukraine' -> the words of the 'of' phrase."""
    if not trailing or trailing[0] != "of":
        return []
    out = []
    for word in trailing[1:]:
        if not word[:1].isalpha():
            break
        out.append(word)
    return out


def _origins(words, trailing, lows, vocab) -> tuple[tuple[str | None, ...], str | None]:
    """Home regions named in the phrase ('Chechen fighters', 'soldiers from Dagestan', 'from each region')."""
    found = _regions_in(words + _from_phrase(trailing) + _of_phrase(trailing), vocab)
    if not found and _is_distributive(trailing):
        found = _regions_in(lows, vocab)
    if not found:
        return (None,), None
    return tuple(name for name, _ in found), found[0][1]


def _from_phrase(trailing: list[str]) -> list[str]:
    if not trailing or trailing[0] != "from":
        return []
    return [w for w in trailing[1:5] if w[:1].isalpha()]


def _is_distributive(trailing: list[str]) -> bool:
    return trailing[:2] == ["from", "each"] or trailing[:2] == ["from", "both"]


def _regions_in(words: list[str], vocab: Vocabulary) -> list[tuple[str, str | None]]:
    found, k = [], 0
    while k < len(words):
        hit = vocab.regions.match(words, k)
        if hit:
            if hit[1] not in found:
                found.append(hit[1])
            k += hit[0]
        else:
            k += 1
    return found
