"""One person named without a numeral: "her son", "killed a trader", "Ravi Malhotra was shot dead".

GUIDELINE convention 1 counts a singular noun or an article naming one person; convention 7 makes it a
claim only when an outcome word states what happened to that person. Three readings, all from vocabulary:
  - a determiner or possessive before a singular person noun (victims.yaml): "a soldier", "her son";
  - a determiner before any singular noun that is the object or the subject of a verb only people undergo
    (outcomes.yaml ``person_verbs``): "killed a trader", "the village headman was shot dead";
  - a name (a run of capitalised words) that is the subject of an outcome verb ("Tomas Ferreira, 52, died"),
    or an item of a list of the dead ("Among the dead were A and B", "the bodies of A and B").
A pronoun is no count ("they killed him"), except as the object of an outcome verb with a person named
before it in the same sentence (linking reads that one).
"""
from __future__ import annotations

from tollbook.claims.phrases import STOP_WORDS, noun_words, skip_aside
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

_AUX = frozenset({"was", "were", "been", "be", "being", "is", "are", "got", "get", "gets"})
_PERFECT = frozenset({"has", "had", "have"})
_NAME_LINKS = frozenset({"bin", "bint", "ibn", "abu", "al", "el", "ul", "ud", "ur", "de", "da", "van", "von", "der"})
_MAX_NAME = 6
_DESCRIPTION = 6     # tokens of a description between "killed was" and the name ("26-year-old Navy officer")


def names_one_person(tokens: list[Token], lows: list[str], det: int, vocab: Vocabulary) -> bool:
    """A determiner or possessive at ``det`` before a phrase naming one person."""
    if det + 1 < len(lows) and f"{lows[det]} {lows[det + 1]}" in vocab.words("institutions", frozenset()):
        return False   # Spanish "la policía" is the force; "el policía" is one officer
    start, end = noun_words(tokens, lows, det + 1, vocab)
    if end == start:
        return False
    head = end - 1
    if lows[head] in vocab.singular_nouns or (head > start and f"{lows[head - 1]} {lows[head]}" in vocab.singular_nouns):
        return not _modifies_casualty_noun(lows, head, vocab)   # "a soldier", "the village head"
    return _any_singular_noun(tokens[head], vocab) and (
        person_verb_before(lows, det, vocab) or victim_verb_after(tokens, lows, end, vocab, person_only=True))


def _any_singular_noun(token: Token, vocab: Vocabulary) -> bool:
    """A word that may name one person when a person verb says so: not a listed thing, idiom or plural."""
    low = token.low
    if not token.is_word or token.is_capitalised or low in STOP_WORDS or low in vocab.not_people:
        return False
    if low in vocab.idiom_objects or low in vocab.case_nouns or low in vocab.person_nouns:
        return False   # a listed person noun that is not singular ("the police") is a plural
    if low in vocab.derived("event_nouns", lambda v: frozenset(w.lower() for w in v.places.get("attack_nouns") or ())):
        return False   # "injured in the blast died": an event is no one (places.yaml attack_nouns)
    return not (low.endswith("s") and not low.endswith("ss"))


def _modifies_casualty_noun(lows, j, vocab) -> bool:
    """'suffered a minor injury': a person word right before a casualty noun is an adjective."""
    hit = vocab.triggers.match(lows, j + 1) if j + 1 < len(lows) else None
    return bool(hit) and all(forms == {"noun"} for _, forms in hit[1])


def person_verb_before(lows: list[str], k: int, vocab: Vocabulary) -> bool:
    """A verb only people undergo ends at token k and takes the phrase after it as its object."""
    n = vocab.person_verbs.ends_at(lows, k)
    if not n or (k - n > 0 and lows[k - n - 1] in _AUX):
        return False   # "was killed the ...": passive, no object
    hit = vocab.triggers.match(lows, k - n)
    return bool(hit) and hit[0] == n and any(forms & {"verb", "active"} for _, forms in hit[1])


def victim_verb_after(tokens: list[Token], lows: list[str], j: int, vocab: Vocabulary,
                      person_only: bool) -> bool:
    """From token j (after a subject): an aside, adverbs, then a passive outcome verb or a predicate
    ("was shot dead", ", who was not named, died", "had been killed", "is also dead")."""
    j = skip_aside(tokens, lows, j, vocab)
    fillers = vocab.words("verb_fillers", frozenset())
    endings = tuple(vocab.words("adverb_endings", frozenset()))
    passive = False
    while j < len(lows):
        low = lows[j]
        if low in _AUX:
            passive = True
        elif not (low in _PERFECT or low in fillers or (endings and low.endswith(endings) and len(low) > 4)):
            break
        j += 1
    if j >= len(lows) or (person_only and not vocab.person_verbs.match(lows, j)):
        return False
    hit = vocab.triggers.match(lows, j)
    if hit is None or vocab.cancels.match(lows, j):
        return False
    forms = frozenset().union(*(f for _, f in hit[1]))
    return "predicate" in forms or (passive and "verb" in forms)


# -- names ------------------------------------------------------------------------------------------------------

def read_name(tokens: list[Token], lows: list[str], i: int, vocab: Vocabulary, items: frozenset[int]) -> int | None:
    """Token index after a named victim starting at i, or None: the name of a subject of an outcome verb,
    or an item of a list of victims (``items``: where list_items says items start)."""
    if not _starts_name(tokens, lows, i, vocab, listed=i in items) or _introduced(lows, i, vocab):
        return None
    end = _name_end(tokens, lows, i, vocab)
    if end is None:
        return None
    if i in items:
        return end
    after = _past_unit(tokens, lows, _past_list(tokens, lows, end, vocab), vocab)
    return end if victim_verb_after(tokens, lows, after, vocab, person_only=False) else None


def _past_unit(tokens, lows, j, vocab) -> int:
    """Past the unit a named soldier serves in: 'Ram Lal of 38 Rashtriya Rifles died', 'of the Rajput
    Regiment', with the commas around it."""
    units = vocab.words("unit_nouns", frozenset())
    k = j + (j < len(lows) and lows[j] == ",")
    if not units or k >= len(lows) or lows[k] not in vocab.words("partitive", {"of"}):
        return j
    k += 1
    if k < len(lows) and (lows[k] in vocab.words("determiners", {"the"}) or tokens[k].is_digit):
        k += 1
    end = unit_name_end(tokens, lows, k, vocab)
    return j if end is None else end + (end < len(lows) and lows[end] == ",")


def unit_name_end(tokens, lows, j, vocab) -> int | None:
    """The index after a capitalised name from token j that ends in a unit noun ('Rashtriya Rifles',
    'Para Regiment'; grammar.yaml ``unit_nouns``), else None."""
    units = vocab.words("unit_nouns", frozenset())
    for k in range(j, min(j + 4, len(tokens))):
        if not (tokens[k].is_word and tokens[k].is_capitalised):
            return None
        if lows[k] in units:
            return k + 1
    return None


def _introduced(lows, i, vocab) -> bool:
    """'identified as Marta Olsen', 'a tourist named N Ramachandran': the name of a person counted already
    (dev NOTES: names apposed to a counted phrase stay one claim)."""
    return vocab.phrases("name_introducers").ends_at(lows, i) > 0


def list_items(tokens: list[Token], lows: list[str], vocab: Vocabulary) -> frozenset[int]:
    """Where the items of a list of victims start: after 'Among the dead were', 'Those killed were',
    'Also killed was', 'the bodies of', 'the killing of', and after each ',' / 'and' of that list. An item
    is a name (read by read_name) or a phrase; words of a place ('from Kochi, Lviv and Odesa') are no items."""
    heads = vocab.phrases("copulas").by_last.keys() | vocab.words("partitive", {"of"})
    starts = [k for k in range(1, len(lows)) if lows[k - 1] in heads and _opens_list(lows, k, vocab)]
    if not starts:
        return frozenset()
    items: set[int] = set()
    and_words = vocab.words("and_words", {"and"})
    articles = vocab.words("determiners", {"a", "an", "the"})
    for start in starts:
        items.add(start)
        in_place, k = False, start
        while k < min(len(lows), start + 40):
            low = lows[k]
            if low != "," and (after := skip_aside(tokens, lows, k, vocab)) > k + 1:
                k = after   # "three women –– A, B and C –– and three children": names in an aside are no items
                continue
            if low in {".", ";", "!", "?", "who", "which", "that", "when", "after", "while"} or \
                    (k > start and vocab.triggers.match(lows, k) and not tokens[k - 1].is_word):
                break
            if low in vocab.words("item_prepositions", frozenset()):
                in_place = True      # "from Karnataka", "of the Meitei community"
            elif low == "," or low in and_words:
                oxford = low == "," and k + 1 < len(lows) and lows[k + 1] in and_words
                nxt = k + 2 if oxford else k + 1
                in_place = in_place and not oxford   # "a teacher from Kollam, and Sunita Rao"
                if nxt < len(lows) and not in_place:
                    items.add(nxt)
                if nxt < len(lows) and not (tokens[nxt].is_capitalised and tokens[nxt].is_word):
                    in_place = False  # "from Kochi, an IB official": the place ended at the comma
            elif low in articles or low in vocab.possessives:
                in_place = False
            k += 1
    return frozenset(items)


def _opens_list(lows, k, vocab) -> bool:
    if lows[k - 1] in vocab.words("partitive", {"of"}) and k >= 2:
        forms = _trigger_ending_at(lows, k - 1, vocab)
        return bool(forms) and "noun" in forms      # "the bodies of A and B"
    copulas = vocab.phrases("copulas")
    n = copulas.ends_at(lows, k) if copulas.by_first else 0
    if not n:
        return False
    forms = _trigger_ending_at(lows, k - n, vocab)
    return bool(forms) and not forms <= {"active"}   # "Among the dead were", "Also killed was"


def _not_names(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("not_names", _build_not_names)


def _build_not_names(vocab: Vocabulary) -> frozenset[str]:
    """Capitalised words that start no name of a person: vocabulary words, months, organisations."""
    words = set(vocab.person_nouns) | set(vocab.demonyms) | set(vocab.count_starters) | set(STOP_WORDS)
    words |= {w.lower() for w in vocab.places.get("not_places", ())}
    words |= {w.lower() for w in vocab.attribution.get("organisation_words", ())}
    words |= {w.lower() for w in vocab.dates.get("months", {})} | {w.lower() for w in vocab.dates.get("weekdays", ())}
    words |= set(vocab.words("not_names", frozenset()))
    return frozenset(words)


def _titles(vocab: Vocabulary) -> frozenset[str]:
    return vocab.derived("titles", lambda v: frozenset(str(t).rstrip(".").lower()
                                                        for t in v.attribution.get("titles", ())))


def _is_name_word(token: Token, vocab: Vocabulary) -> bool:
    if not (token.is_word and token.is_capitalised) or token.low.endswith(("’s", "'s")):
        return False
    if len(token.text) > 1 and token.text.isupper() and token.low.rstrip(".") not in _titles(vocab):
        return False   # "CRPF", "RSF": an acronym names a body, not a person
    return token.low not in _not_names(vocab) or token.low.rstrip(".") in _titles(vocab)


def _starts_name(tokens, lows, i, vocab, listed: bool = False) -> bool:
    if not _is_name_word(tokens[i], vocab) or vocab.triggers.match(lows, i):
        return False
    if not listed and i and lows[i - 1] in vocab.words("place_prepositions", frozenset()):
        return False   # "soldiers from Chechnya were killed": a name after a preposition is a place
    if not listed and i and tokens[i - 1].is_word and lows[i - 1] not in STOP_WORDS \
            and lows[i - 1] not in vocab.person_nouns and not lows[i - 1].endswith("year-old"):
        return False   # "the aid group World Central Kitchen": a name after a noun names it, not a victim
    return i == 0 or not _is_name_word(tokens[i - 1], vocab) or tokens[i - 1].low in _titles(vocab)


def _name_end(tokens, lows, i, vocab) -> int | None:
    """Token index after the name at i; None for a possessor ("Kadyrov's nephew") or a too-long run."""
    j = i
    while j < len(tokens) and j - i < _MAX_NAME:
        token = tokens[j]
        if token.low.endswith(("’s", "'s")) and token.is_capitalised:
            return None
        if _is_name_word(token, vocab) or (len(token.text) == 1 and token.text.isupper()):
            j += 1
        elif token.text == "." and j > i and (tokens[j - 1].low in _titles(vocab) or len(tokens[j - 1].text) == 1):
            j += 1   # "Lt. Vinay Narwal", "A. Rao"
        elif token.low in _NAME_LINKS and j + 1 < len(tokens) and _is_name_word(tokens[j + 1], vocab):
            j += 1
        else:
            break
    if j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised:
        return None   # runs on into words that are no name ("Kabul Police")
    if j < len(tokens) and tokens[j].is_word and lows[j] not in STOP_WORDS and not vocab.triggers.match(lows, j) \
            and lows[j] not in vocab.words("verb_fillers", frozenset()) and lows[j] not in _AUX | _PERFECT:
        return None   # "World Central Kitchen workers": a name before a noun modifies it
    if all(tokens[k].low.rstrip(".") in _titles(vocab) or tokens[k].text == "." for k in range(i, j)):
        return None   # a title alone
    if j > i and lows[j - 1] in vocab.words("unit_nouns", frozenset()):
        return None   # "Rashtriya Rifles", "Para Regiment": a unit, not a person
    return j if j > i else None


def _past_list(tokens, lows, j, vocab) -> int:
    """After the last name of 'A, B and C' (ages and asides between items included)."""
    while True:
        j = skip_aside(tokens, lows, j, vocab)
        k = j + 1 if j < len(lows) and lows[j] in {",", "and"} else j
        if k < len(lows) and lows[k] == "and" and lows[j] == ",":
            k += 1
        if k == j or k >= len(tokens) or not _starts_name(tokens, lows, k, vocab):
            return j
        end = _name_end(tokens, lows, k, vocab)
        if end is None:
            return j
        j = end


def _trigger_ending_at(lows, end, vocab) -> frozenset[str] | None:
    """The forms of an outcome phrase that ends just before token ``end``."""
    for start in range(max(0, end - 4), end):
        hit = vocab.triggers.match(lows, start)
        if hit and start + hit[0] == end:
            return frozenset().union(*(f for _, f in hit[1]))
    return None
