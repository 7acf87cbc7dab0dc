"""Step 2: count expressions in a sentence ("at least 14", "two", "dozens", "an undisclosed number", "No").

A count is only a candidate here; it becomes a claim when linking finds its outcome.
Figures that are not counts of people (years, ages, dates, times, money, units,
ordinals) are dropped here.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from text_to_num import text2num

from tollbook.claims.persons import list_items, names_one_person, read_name, unit_name_end
from tollbook.claims.phrases import age_length, noun_words
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

EXACT, AT_LEAST, AT_MOST, APPROX, VAGUE, UNKNOWN = "exact", "at_least", "at_most", "approx", "vague", "unknown"
# Tokens just before a figure that make it something else than a count of people.
_NOT_COUNT_BEFORE = {"aged", "age", "ages", "$", "€", "£", "no.", "#", "number", "route", "highway", "page",
                     "flight", "-", "/", "article", "resolution", "since", "till", "until", "by"}
# "stands at 1,644", "put the number at five": after "at" a figure is a toll's only when a word follows it
# ("at 10, two men ..." and "at five." are times); `toll_only` counts link to a casualty noun before them.
_TIME_AFTER = {"am", "pm", "a.m.", "p.m.", "o'clock", "hours", "hrs", "gmt", "utc", "local"}
_NOT_COUNT_AFTER = {"%", "-", "year-old", "year-olds", "am", "pm", "a.m.", "p.m.", ":", "/", "°", "gmt", "utc",
                    "bn", "m", "million-dollar", "th"}


@dataclass(frozen=True)
class Count:
    first: int            # token index of the first token of the count text
    last: int             # token index after the count text
    best: int | None
    kind: str
    single: bool = False  # one person named by a determiner or a bare noun ("a soldier", "suspect")
    zero: bool = False
    name: bool = False    # a named person ("Ravi Malhotra"): the name is both the count and the victims
    toll_only: bool = False   # "stands at 40": links only to a toll noun before it


def find_counts(tokens: list[Token], vocab: Vocabulary, outcome_at: frozenset[int] | None = None) -> list[Count]:
    """Every count candidate, in order; tokens are consumed by the first reader that takes them.

    ``outcome_at``: where the sentence's outcome words start, when known; a name is read as a count only
    before one of them (or in a list of victims)."""
    lows = [t.low for t in tokens]
    names = bool(vocab.person_verbs.by_first) and outcome_at != frozenset()
    items = list_items(tokens, lows, vocab) if names else frozenset()
    last_outcome = max(outcome_at) if outcome_at else len(tokens)
    # The tokens a reader below can start at, found in one pass: any other token is skipped by every
    # reader, and most tokens of a sentence are (a third of the time of this step went to asking each).
    starters = _count_starting_words(vocab)
    readable = [k for k, (token, low) in enumerate(zip(tokens, lows))
                if token.text[0].isdigit() or _starts_count(low, vocab, starters) or low in vocab.age_words
                or low == "from" or (names and ((token.text[0].isupper() and k < last_outcome) or k in items))]
    counts, at = [], 0
    while at < len(readable):
        i = readable[at]
        if lows[i] in vocab.age_words:
            i = _past_ages(tokens, lows, i + 1, vocab)   # "two children, ages 3 and 9": no counts
        elif _is_old_figure(tokens, lows, i, vocab):
            i += 2   # "the toll rose from 12 to 15": 12 is the figure it was, 15 the claim
        else:
            i = _read_at(tokens, lows, i, vocab, names, items, last_outcome, counts)
        at = bisect_left(readable, i, at + 1)
    return counts


def _read_at(tokens, lows, i, vocab, names, items, last_outcome, counts: list[Count]) -> int:
    """Read the count (or the named victim) at token ``i`` into ``counts``; the token to go on from."""
    starts = tokens[i].is_digit or _starts_count(lows[i], vocab, _count_starting_words(vocab))
    count = _read_count(tokens, lows, i, vocab) if starts else None
    if count is not None and tokens[i].is_digit and (aged := _aged_person(tokens, lows, i, vocab)) is not None:
        counts.append(aged)   # "49enne muore"
        return aged.last
    if count is not None and not _is_count_of_people(tokens, lows, count, vocab):
        if (person := _named_or_listed(tokens, lows, i, vocab, items) if names else None) is not None:
            counts.append(person)   # "Also killed was 26-year-old Navy officer X": the noun is the count
            return person.last
        return max(count.last, i + 1)
    if count is None:
        person = _named_or_listed(tokens, lows, i, vocab, items) if names and (
            (tokens[i].is_capitalised and i < last_outcome) or i in items) else None
        if person is not None:
            counts.append(person)
        return person.last if person is not None else i + 1
    counts.append(_after_at(tokens, lows, count))
    counts.extend(_bare_partner(tokens, lows, count, vocab))
    return max(count.last, i + 1)


def _count_starting_words(vocab: Vocabulary) -> dict[str, bool]:
    """Lower-cased words known to start (True) or not to start (False) a count: filled as words are met, once
    per vocabulary, and emptied when it holds ``_COUNT_WORDS_KEPT`` words, so a crawl's vocabulary does not
    grow it without end."""
    known = vocab.derived("count_starting_words", lambda v: {})
    if len(known) > _COUNT_WORDS_KEPT:
        known.clear()
    return known


_COUNT_WORDS_KEPT = 100_000


def _starts_count(low: str, vocab: Vocabulary, known: dict[str, bool]) -> bool:
    """Can a count start at this (non-digit) word: a count starter, its first part before a hyphen, or a
    one-word compound number ('fünfunddreißig')? Kept per word in ``known``."""
    starts = known.get(low)
    if starts is None:
        starters = vocab.count_starters
        starts = known[low] = low in starters or low.split("-", 1)[0] in starters \
            or _compound_number(low, vocab) is not None
    return starts


def _named_or_listed(tokens, lows, i, vocab, items) -> Count | None:
    """A named victim ("Ravi Malhotra was shot dead"), or a list item with no determiner whose head names one
    person ("Also killed was 26-year-old Navy officer X": the count is the noun)."""
    end = read_name(tokens, lows, i, vocab, items)
    if end is not None:
        return Count(i, end, 1, EXACT, single=True, name=True)
    if i in items and _is_bare_item(tokens, lows, i, vocab):
        end = noun_words(tokens, lows, i, vocab)[1]
        return Count(i, end, 1, EXACT, single=True, name=True)   # the phrase is both count and victims
    return None


def _is_bare_item(tokens, lows, i, vocab) -> bool:
    """A list item with no determiner whose head names one person ('26-year-old Navy officer')."""
    start, end = noun_words(tokens, lows, i, vocab)
    return end > start and lows[end - 1] in vocab.singular_nouns


def _is_old_figure(tokens, lows, i, vocab) -> bool:
    if lows[i] != "from" or not i or lows[i - 1] not in vocab.words("change_verbs", frozenset()):
        return False
    number = read_number(tokens, lows, i + 1, vocab)
    return number is not None and number[0] < len(lows) and lows[number[0]] in vocab.range_join


def _past_ages(tokens, lows, j, vocab) -> int:
    """After the figures of an age phrase: 'aged 4 and 7', 'ages 3, 5 and 9', 'aged between 18 and 25'."""
    joiners = {",", "and", "to", "-", "–", "or", "between", "of", "from"}
    while j < len(lows):
        number = read_number(tokens, lows, j, vocab)
        if number is not None:
            j = number[0]
        elif lows[j] in joiners and read_number(tokens, lows, j + 1, vocab) is not None:
            j += 1
        else:
            break
    return j


def _after_at(tokens, lows, count: Count) -> Count:
    if count.first == 0 or lows[count.first - 1] != "at" or count.best is None:
        return count
    after = count.last
    if after < len(tokens) and tokens[after].is_word and lows[after] not in _TIME_AFTER:
        return count          # "at about 30 uniformed bodies": a count of people after all
    return Count(count.first, count.last, count.best, count.kind, count.single, count.zero, toll_only=True)


def _read_count(tokens, lows, i, vocab) -> Count | None:
    """The count starting at token i, trying the readers from most to least specific."""
    for reader in (_read_unknown, _read_range, _read_qualified, _read_zero, _read_vague, _read_single):
        count = reader(tokens, lows, i, vocab)
        if count is not None:
            return count
    return None


def _read_unknown(tokens, lows, i, vocab):
    hit = vocab.unknown.match(lows, i)
    return Count(i, i + hit[0], None, UNKNOWN) if hit else None


def _read_zero(tokens, lows, i, vocab):
    hit = vocab.zero.match(lows, i)
    return Count(i, i + hit[0], 0, EXACT, zero=True) if hit else None


def _read_range(tokens, lows, i, vocab):
    """'between 10 and 15', '50 to 70', '100-200' -> best 10, at_least (GUIDELINE convention 14); after a
    verb of change 'from 12 to 15' is the new figure, read by the count reader from 15 on."""
    start = i + 1 if lows[i] in vocab.range_start else i
    if start == i and not any(w in vocab.range_join for w in lows[i + 1:i + 5]):
        return None   # quick test: no "to"/"-" soon after, no range
    low = read_number(tokens, lows, start, vocab)
    if low is None or low[0] + 1 >= len(lows) or lows[low[0]] not in vocab.range_join:
        return None
    if start == i and lows[low[0]] == "and":
        return None   # "19 civilians and 3 soldiers" is two counts; only "between" makes "and" a range
    high = read_number(tokens, lows, low[0] + 1, vocab)
    if high is None or (start == i and high[1] <= low[1]):
        return None   # "5 to 1": no range of people
    return Count(i, high[0], low[1], AT_LEAST)


def _read_qualified(tokens, lows, i, vocab):
    kind, start = EXACT, i
    hit = vocab.qualifiers.match(lows, i)
    if hit:
        kind, start = hit[1], i + hit[0]
    number = read_number(tokens, lows, start, vocab)
    if number is None:
        return None
    end = number[0]
    if kind == EXACT and vocab.collective.match(lows, start):
        kind = APPROX  # "une cinquantaine", "una decena": a collective numeral is approximate (convention 14)
    if lows[end:end + 2] == ["or", "so"]:
        kind, end = APPROX, end + 2
    return Count(i, end, number[1], kind)


def _read_vague(tokens, lows, i, vocab):
    hit = vocab.vague.match(lows, i)
    if not hit:
        return None
    end = i + hit[0]
    if i and lows[i - 1] in {"how", "so", "too"}:
        return None  # "how many died": a question, not a figure
    if lows[i] == "some" and (end >= len(lows) or not _starts_person_phrase(tokens, lows, end, vocab)):
        return None  # "some" counts people only before them ("some residents"), not "some time"
    return Count(i, end, None, VAGUE)


def _read_single(tokens, lows, i, vocab):
    """One person: 'a soldier', 'the suspect', 'another', 'a third', or a bare 'suspect' before its outcome."""
    low = lows[i]
    if low in vocab.numbers.get("partitive_one", ()) and i + 1 < len(lows) and (
            lows[i + 1] in vocab.words("partitive", {"of"}) or lows[i + 1] in vocab.words("partitive_articles", ())
            or lows[i + 1] in vocab.words("partitive_pronouns", ())):
        return Count(i, i + 1, 1, EXACT)   # "uno de los músicos", "um dos passageiros", "um deles": one of a group
    if low in vocab.numbers["single"] or low in vocab.possessives:
        another = vocab.words("another_words", {"another"})
        if i + 1 < len(lows) and lows[i + 1] in another and low not in another:
            later = _read_single(tokens, lows, i + 1, vocab)   # "un'altra persona", "un autre gendarme": one count
            return Count(i, later.last, 1, EXACT, single=True) if later is not None else None
        if i + 1 < len(lows) and (tokens[i + 1].is_digit or (lows[i + 1] in vocab.count_starters and (
                read_number(tokens, lows, i + 1, vocab) or vocab.vague.match(lows, i + 1)))) \
                and not (tokens[i + 1].is_digit and age_length(lows, i + 2, vocab)) \
                and not _glued_ordinal(tokens, lows, i + 1, vocab):
            return None   # "the six victims": the figure is the count ("a 25-year-old man" is one)
        after = _past_adverbs(lows, i + 1, vocab)
        if low in vocab.words("another_words", {"another"}) and (_next_is_verb_or_trigger(lows, after, vocab) and not (
                after < len(lows) and lows[after] in vocab.words("wound_nouns", frozenset()))
                or _after_outcome_verb(lows, i, vocab) and (after >= len(lows) or not tokens[after].is_word)):
            return Count(i, i + 1, 1, EXACT, single=True)   # "another was injured", "otro resultó herido", "en a blessé un autre"
        if low in vocab.words("indefinite_articles", frozenset()) and _casualty_noun_at(lows, i + 1, vocab):
            return Count(i, i + 1, 1, EXACT, single=True)   # "un herido", "un mort", "um morto", "ein Toter"
        if i + 1 < len(lows) and (lows[i + 1] in vocab.numbers["ordinals"] or _glued_ordinal(tokens, lows, i + 1, vocab)) \
                and low not in vocab.possessives:
            return Count(i, i + 1, 1, EXACT, single=True)   # "un troisième", "un 15e gendarme"
        if names_one_person(tokens, lows, i, vocab) and not (
                i and lows[i - 1] in vocab.words("predicative_words", frozenset())) \
                and not _plural_article(tokens, lows, i, vocab):
            return Count(i, i + 1, 1, EXACT, single=True)   # not "of being a police informer"
        return None
    if _is_bare_singular(tokens, lows, i, vocab) or _bare_after_inverted(lows, i, vocab):
        return Count(i, i + 1, 1, EXACT, single=True)
    return None


def _bare_after_inverted(lows, i, vocab) -> bool:
    """A headline's 'Morre homem atingido por bala perdida', 'Muore donna': a singular person noun with no
    article right after an intransitive outcome verb that opens the clause."""
    if lows[i] not in vocab.singular_nouns or i == 0:
        return False
    for start in range(max(0, i - 3), i):
        hit = vocab.triggers.match(lows, start)
        if hit and start + hit[0] == i and any("inverted" in forms for _, forms in hit[1]):
            return start == 0 or lows[start - 1] in {",", ";", ":", "-", "–", "—"}
    return False


def _after_outcome_verb(lows, i, vocab) -> bool:
    """'a tué un officier et en a blessé un autre': an outcome verb right before 'another' (and its article,
    grammar.yaml ``count_openers``) takes it as its object."""
    k = i
    while k > 0 and lows[k - 1] in vocab.words("count_openers", frozenset()):
        k -= 1
    for start in range(max(0, k - 3), k):
        hit = vocab.triggers.match(lows, start)
        if hit and start + hit[0] == k:
            return any(forms & {"verb", "active"} for _, forms in hit[1])
    return False


def _glued_ordinal(tokens, lows, k, vocab) -> bool:
    """Token k is a figure with an ordinal or age ending written against it ('15e', '3ème', Italian '63enne';
    numbers.yaml ``ordinal_suffixes``, ``age_suffixes``)."""
    suffixes = vocab.derived("glued_suffixes", lambda v: frozenset(v.numbers.get("ordinal_suffixes") or ())
                             | frozenset(v.numbers.get("age_suffixes") or ()))
    return bool(suffixes) and k + 1 < len(lows) and tokens[k].is_digit and lows[k + 1] in suffixes \
        and tokens[k + 1].start == tokens[k].end


def _aged_person(tokens, lows, i, vocab) -> Count | None:
    """'49enne muore': a figure with an age ending that opens its clause and is the subject of an outcome
    verb names one person (numbers.yaml ``age_suffixes``; the singular ending, the first listed)."""
    suffixes = vocab.numbers.get("age_suffixes") or ()
    if not suffixes or i + 1 >= len(lows) or lows[i + 1] != suffixes[0] or not _glued_ordinal(tokens, lows, i, vocab):
        return None
    if i and lows[i - 1] not in {",", ";", ":", "(", "-", "–", "—"} and tokens[i - 1].is_word:
        return None   # "una 63enne" is read from its article
    k = i + 2
    while k < len(lows) and k - i <= 4 and lows[k] in vocab.words("passive_aux", frozenset()):
        k += 1
    hit = vocab.triggers.match(lows, k) if k < len(lows) else None
    if hit and any(forms & {"verb", "predicate"} for _, forms in hit[1]):
        return Count(i, i + 2, 1, EXACT, single=True)
    return None


def _plural_article(tokens, lows, i, vocab) -> bool:
    """German "die" is the feminine singular and every plural: before a noun whose plural is written as its
    singular ("die Schüler", "die Täter") it counts one only when the noun is feminine ("die Fahrerin",
    "die 80-Jährige", "die Frau"; numbers.yaml ``feminine_articles``, ``feminine_nouns`` and
    ``feminine_endings``)."""
    if lows[i] not in vocab.numbers.get("feminine_articles", ()):
        return False
    start, end = noun_words(tokens, lows, i + 1, vocab)
    if end == start:
        return False
    head = lows[end - 1]
    feminine = vocab.derived("feminine", lambda v: (
        frozenset(str(w).lower() for w in v.numbers.get("feminine_nouns", ())),
        tuple(v.numbers.get("feminine_endings", ()))))
    return not (head in feminine[0] or (feminine[1] and head.endswith(feminine[1])))


def _bare_partner(tokens, lows, count, vocab) -> list[Count]:
    """'a father and son were killed': the bare second noun is a count of its own."""
    if not count.single:
        return []
    head = _person_noun_ahead(tokens, lows, count.last, vocab)
    if head is None or head + 2 >= len(lows) or lows[head + 1] != "and":
        return []
    partner = head + 2
    if lows[partner] in vocab.singular_nouns:
        return [Count(partner, partner + 1, 1, EXACT, single=True)]
    return []


def read_number(tokens, lows, i, vocab) -> tuple[int, int] | None:
    """(token after the number, value) for digits, number words or number phrases at token i."""
    if i >= len(tokens):
        return None
    hit = vocab.number_phrases.match(lows, i)
    if hit:
        return i + hit[0], hit[1]
    if tokens[i].is_digit:
        value = _digits_value(tokens[i].text, "thousands_dot" in vocab.flags)
        if value is None:
            return None
        return _with_rest(lows, _with_scale(lows, i + 1, value, vocab), vocab)
    number = _words_value(lows, i, vocab)
    return _with_rest(lows, number, vocab) if number is not None else None


def _with_rest(lows, number: tuple[int, int], vocab) -> tuple[int, int]:
    """'seis mil 955', '45 mil 97 personas': digits right after a scale of thousands are the rest of the number."""
    j, value = number
    scale = vocab.numbers["scales"].get(lows[j - 1]) if j > 0 else None
    if not scale or scale < 1000 or j >= len(lows) or not lows[j].isdigit() or int(lows[j]) >= scale:
        return number
    return j + 1, value + int(lows[j])


MAX_PEOPLE = 1e10   # more than everyone alive: a figure this large counts something else


def _digits_value(text: str, thousands_dot: bool = False) -> float | None:
    if text[-2:].isalpha():  # 58th
        return None
    if thousands_dot and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        text = text.replace(".", "")  # "4.700" where the language groups thousands with a dot
    plain = text.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "").replace("’", "")
    try:
        value = float(plain)
    except ValueError:
        return None
    return value if value < MAX_PEOPLE else None   # a 309-digit "number" is no count of people (and no float)


def _with_scale(lows, i, value, vocab) -> tuple[int, int]:
    scales = vocab.numbers["scales"]
    while i < len(lows) and lows[i] in scales:
        value *= scales[lows[i]]
        i += 1
    return i, int(round(value))


def _compound_number(low: str, vocab) -> int | None:
    """A number written as one word that the lists do not hold ('fünfunddreißig', 'trentacinque',
    'quatre-vingt-dix-sept'), read by text2num where numbers.yaml names its language code (``text2num``).
    Only a word that contains a tens or scale word of the language is tried: the library is not asked
    about every token."""
    language = vocab.numbers.get("text2num")
    if not language or len(low) < 6 or not _compound_parts(vocab).search(low):
        return None   # the part test first: it turns away nearly every word
    if low in vocab.numbers["units"] or low in vocab.numbers["tens"] or vocab.vague.match([low], 0):
        return None   # "hundreds", "Tausende": vague, not 100
    try:
        return text2num(low, language)
    except ValueError:
        return None


_COMPOUND_PARTS: dict[int, tuple[dict, re.Pattern]] = {}


def _compound_parts(vocab) -> re.Pattern:
    entry = _COMPOUND_PARTS.get(id(vocab.numbers))
    if entry is None or entry[0] is not vocab.numbers:
        parts = sorted({*vocab.numbers["tens"], *vocab.numbers["scales"]}, key=len, reverse=True)
        pattern = re.compile(".(?:%s)|(?:%s)." % ("|".join(map(re.escape, parts)), "|".join(map(re.escape, parts))))
        entry = _COMPOUND_PARTS[id(vocab.numbers)] = (vocab.numbers, pattern)
    return entry[1]


def _words_value(lows, i, vocab) -> tuple[int, int] | None:
    """'twenty-three', 'one hundred and five', 'two thousand' -> value; one-word compounds by text2num."""
    compound = _compound_number(lows[i], vocab)
    if compound is not None:
        return _with_scale(lows, i + 1, compound, vocab)
    units, tens, scales = vocab.numbers["units"], vocab.numbers["tens"], vocab.numbers["scales"]
    if lows[i] not in units and lows[i] not in tens and "-" not in lows[i]:
        return None   # the loop below would stop at once: most words are no number
    joiners = vocab.numbers.get("joiners", ("and",))   # "one hundred and five", "treinta y dos"
    total, current, j, seen = 0, 0, i, False
    while j < len(lows):
        parts = [lows[j]] if lows[j] in units or lows[j] in tens else lows[j].split("-")
        if all(p in units or p in tens for p in parts) and len(parts) <= 2:
            current += sum(units.get(p, tens.get(p, 0)) for p in parts)
        elif lows[j] in scales and seen:
            current = max(current, 1) * scales[lows[j]]
            if scales[lows[j]] >= 1000:
                total, current = total + current, 0
        elif lows[j] in joiners and seen and _joins_one_number(lows, j, vocab):
            pass
        else:
            break
        seen, j = True, j + 1
    if not seen or lows[j - 1] in joiners:
        return None
    return j, total + current


def _joins_one_number(lows, j, vocab) -> bool:
    """'one hundred and five', 'treinta y dos': the joiner follows a scale or a tens word; in
    'between four and six' it joins two numbers."""
    units, tens, scales = vocab.numbers["units"], vocab.numbers["tens"], vocab.numbers["scales"]
    if j + 1 >= len(lows) or not (lows[j + 1] in units or lows[j + 1] in tens):
        return False
    return lows[j - 1] in scales or (lows[j - 1] in tens and lows[j + 1] in units)


def _is_count_of_people(tokens, lows, count, vocab) -> bool:
    """Drop years, ages, dates, times, money, units and other figures that do not count people."""
    if count.best is None or count.single or count.zero:
        return True
    before = lows[count.first - 1] if count.first else ""
    after = lows[count.last] if count.last < len(lows) else ""
    if count.first and _glued_to_code(tokens[count.first - 1], tokens[count.first]):
        return False  # "auf der A7", "the M4 highway", "an F16": a road or model code, not a count
    if count.last < len(lows) and lows[count.last] == "s" and tokens[count.last].start == tokens[count.last - 1].end:
        return False  # "a man in his 40s": a decade of age
    if _glued_ordinal(tokens, lows, count.last - 1, vocab):
        return False  # "un 15e gendarme", "le 3ème": an ordinal
    if count.last < len(lows) and lows[count.last] == "h" and tokens[count.last].start == tokens[count.last - 1].end \
            and tokens[count.last - 1].is_digit:
        return False  # "à 02H00", "vers 20h30": a time of day
    if count.first >= 2 and lows[count.first - 1] == "h" and tokens[count.first - 1].end == tokens[count.first].start \
            and tokens[count.first - 2].is_digit and tokens[count.first - 2].end == tokens[count.first - 1].start:
        return False  # the minutes of "12h30"
    if before in {"-", "/"} and tokens[count.first - 1].end != tokens[count.first].start:
        before = ""  # a dash between words ("DALLAS (Reuters) - Two people"), not "Su-25"
    if after in vocab.case_nouns and lows[count.last + 1:count.last + 2] == ["of"]:
        return True   # "32 cases of enforced disappearance"
    if before == "of" and count.first > 1 and lows[count.first - 2] in vocab.not_count_before:
        return False  # "a population of over 332,000"
    if before in _NOT_COUNT_BEFORE or before in vocab.not_count_before or after in _NOT_COUNT_AFTER:
        return False
    if after in vocab.not_people and not (count.last + 1 < len(lows) and lows[count.last + 1] in vocab.person_nouns):
        return False  # "three ships"; not "three village elders"
    if _joined_before_unit(tokens, lows, count.last, vocab):
        return False  # "duas mulheres, de 35 e 14 anos", "minori, di 16, 11 e 7 anni": figures of one unit
    if before in vocab.dates["months"] or after in vocab.dates["months"]:
        return False  # "May 14", "14 March"
    if after and after in (vocab.dates.get("day_month_joiners") or ()) and count.last + 1 < len(lows) \
            and lows[count.last + 1] in vocab.dates["months"]:
        return False  # "am 3. Mai": a day of the month, written with its joiner
    if _in_date_pair(tokens, lows, count, vocab):
        return False  # "on May 2 and 3", "on 2 and 3 May"
    if _day_after_weekday(tokens, lows, count, vocab):
        return False  # "nesta quarta-feira (11)": the day of the month
    if unit_name_end(tokens, lows, count.last, vocab) is not None:
        return False  # "of 38 Rashtriya Rifles": the figure numbers a unit
    if after in vocab.more_words and count.last + 1 < len(lows) and lows[count.last + 1] in vocab.not_people:
        return False
    if _is_age_after_name(tokens, lows, count):
        return False
    text = tokens[count.last - 1].text
    return not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100)  # a year


def _joined_before_unit(tokens, lows, j, vocab) -> bool:
    """From token j after a figure: joiners (',', 'and', 'to', an article) and more figures, then a word that is
    no people ('anos', 'years'): the figures are all that unit's."""
    joiners = vocab.words("and_words", {"and"}) | vocab.range_join | vocab.words("place_articles", frozenset()) | {","}
    if j >= len(lows) or lows[j] not in joiners:
        return False   # "Drei 20 Jahre alte Männer": the second figure is the age of the first's people
    k, figures = j, 0
    while k < len(lows) and k - j < 8 and (lows[k] in joiners or tokens[k].is_digit):
        figures += tokens[k].is_digit
        k += 1
    return figures > 0 and k < len(lows) and tokens[k - 1].is_digit and lows[k] in vocab.not_people


def _in_date_pair(tokens, lows, count, vocab) -> bool:
    """The second day of 'May 2 and 3' or the first of '2 and 3 May': a day of a month, not a count."""
    first, last, months = count.first, count.last, vocab.dates["months"]
    if last - first != 1 or not tokens[first].is_digit:
        return False   # "Jul 2 – At least 39 people": a dateline, then the count
    joiners = vocab.words("and_words", {"and"}) | vocab.words("date_pair_joiners", frozenset())
    if first >= 3 and lows[first - 1] in joiners and tokens[first - 2].is_digit and lows[first - 3] in months:
        return True
    return last + 2 < len(lows) and lows[last] in joiners and tokens[last + 1].is_digit and lows[last + 2] in months


def _day_after_weekday(tokens, lows, count, vocab) -> bool:
    """'nesta quarta-feira (11)', 'el martes (14)': a day of the month in brackets after its weekday."""
    first, last = count.first, count.last
    return last - first == 1 and tokens[first].is_digit and first >= 2 and lows[first - 1] == "(" \
        and lows[first - 2] in vocab.dates["weekdays"] and last < len(lows) and lows[last] == ")"


def _glued_to_code(before: Token, figure: Token) -> bool:
    """Capital Latin letters written against the figure: 'A7', 'M4', 'B96' name a road or a model."""
    text = before.text
    return before.end == figure.start and 0 < len(text) <= 3 and text.isascii() and text.isalpha() and text.isupper()


def _is_age_after_name(tokens, lows, count) -> bool:
    """'Darnell Finch, 41, was pronounced dead', 'Mohan Lal (60)': a figure set off by commas or brackets
    after a name is an age."""
    first, last = count.first, count.last
    if first < 2 or last >= len(lows) or (lows[first - 1], lows[last]) not in {(",", ","), ("(", ")")}:
        return False
    return count.kind == EXACT and tokens[first].is_digit and tokens[first - 2].is_capitalised


def _starts_person_phrase(tokens, lows, i, vocab) -> bool:
    return _person_noun_ahead(tokens, lows, i, vocab) is not None or (i < len(lows) and lows[i] == "of")


_NP_STOP = {"of", "in", "at", "on", "from", "with", "by", "for", "to", "and", "or", "who", "that", "which",
            "was", "were", "is", "are", "has", "have", "had", "been", "be"}


def _person_noun_ahead(tokens, lows, i, vocab) -> int | None:
    """Index of the head of the phrase from i when it names people ('a gun-wielding suspect', 'an Alabama police
    officer'); the head is the phrase's last noun, or its first where nouns come before adjectives."""
    if "noun_before_adjective" not in vocab.flags:
        start, end = noun_words(tokens, lows, i, vocab)
        if end > start and lows[end - 1] in vocab.person_nouns and not _is_modifier_of_casualty_noun(lows, end - 1, vocab):
            return end - 1
        return None
    for j in range(i, min(i + 6, len(lows))):
        if lows[j] in vocab.person_nouns:
            return None if _is_modifier_of_casualty_noun(lows, j, vocab) else j
        if lows[j] in vocab.words("np_stop", _NP_STOP) or lows[j] in vocab.numbers["single"] or not (lows[j][0].isalnum() or lows[j] == "-"):
            return None
    return None


def _is_modifier_of_casualty_noun(lows, j, vocab) -> bool:
    """'suffered a minor injury': a person word right before a casualty noun is an adjective."""
    hit = vocab.triggers.match(lows, j + 1) if j + 1 < len(lows) else None
    return bool(hit) and all(forms == {"noun"} for _, forms in hit[1])


def _past_adverbs(lows, i, vocab) -> int:
    """'otro mal herido', 'un autre grièvement blessé': the token after a listed adverb of severity."""
    adverbs = vocab.words("severity_adverbs", frozenset())
    while i < len(lows) and lows[i] in adverbs:
        i += 1
    return i


def _casualty_noun_at(lows, i, vocab) -> bool:
    """A casualty word used as a noun right after an indefinite article: 'un herido', 'un blessé grave'."""
    j = _past_adverbs(lows, i, vocab)
    if j >= len(lows) or lows[j] in vocab.words("wound_nouns", frozenset()):
        return False   # "sufrió una herida": a wound, not a wounded person
    hit = vocab.triggers.match(lows, j)
    return bool(hit) and not vocab.cancels.match(lows, j)


def _next_is_verb_or_trigger(lows, i, vocab) -> bool:
    return i < len(lows) and (lows[i] in _NP_STOP or lows[i] in {"remains", "remained", "died", "suffered"}
                              or vocab.triggers.match(lows, i) is not None)


def _is_bare_singular(tokens, lows, i, vocab) -> bool:
    """A singular person noun with no determiner right before its outcome ('..., suspect killed')."""
    if lows[i] not in vocab.singular_nouns:
        return False
    j = i - 1
    modifiers = vocab.modifiers["military"] | vocab.modifiers["civilian"]
    while j >= 0 and (tokens[j].is_capitalised or lows[j] in modifiers) and lows[j] not in vocab.numbers["single"] \
            and lows[j] not in vocab.count_starters:
        j -= 1  # a name or a modifier; not a count word ("Puluhan warga": the noun is counted already)
    and_words = vocab.words("and_words", {"and"})
    if j >= 0 and lows[j] not in {",", "and", ";", ":"} | and_words:
        return False  # a determiner, a number or a verb before it: read elsewhere or not a subject
    if j >= 0 and lows[j] in and_words and not (j >= 1 and lows[j - 1] in vocab.singular_nouns
                                                 and (j == 1 or not tokens[j - 2].is_word)):
        return False  # only "Mãe e filha morreram": two bare nouns that open the clause
    k = i + 1
    if k + 1 < len(lows) and lows[k] in and_words and lows[k + 1] in vocab.singular_nouns and (j < 0 or not tokens[j].is_word):
        k += 2   # "Mãe e filha morreram": the first of two bare nouns before their verb
    if j < 0 and k < len(lows) and lows[k] in vocab.words("object_prepositions", frozenset()):
        # a headline's "Frau bei Brand schwer verletzt", "Radfahrer nach Zusammenstoß gestorben": a short
        # prepositional phrase between the noun that opens the line and its participle
        m = k + 1
        while m < len(lows) and m - k <= 3 and tokens[m].is_word and not vocab.triggers.match(lows, m):
            m += 1
        if m < len(lows) and vocab.triggers.match(lows, m):
            k = m
    while k < len(lows) and k - i <= 3 and lows[k] in vocab.words("bare_aux", frozenset()):
        k += 1   # "Kadyrov's nephew was killed"
    hit = vocab.triggers.match(lows, k) if k < len(lows) else None
    return bool(hit) and any("verb" in forms or "predicate" in forms for _, forms in hit[1])
