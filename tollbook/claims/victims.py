"""Step 5a: who was hit: victims text, role, side and origin (GUIDELINE conventions 15-18)."""
from __future__ import annotations

from dataclasses import dataclass

from tollbook.claims.phrases import Phrase
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

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
