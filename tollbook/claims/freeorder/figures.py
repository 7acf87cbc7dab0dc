"""Step 2: count expressions of an inflected language ("по меньшей мере 50", "шестеро", "24,7 тисяч",
"1 351", "несколько десятков", "никто"; "20 سے زائد", "20'den fazla" with the qualifier after the number;
"بیست و پنج" with a joiner between number words).

Number words are matched on plain folded words, every case form listed ("двух", "тысячах"):
their stems are too short to tell apart ("стали" is not "ста"). Qualifiers and vague words
are matched on stems. Figures that are not counts of people (dates, times, years, money,
units) are dropped.
"""
from __future__ import annotations

import re

from tollbook.claims.counts import APPROX, AT_LEAST, EXACT, MAX_PEOPLE, UNKNOWN, VAGUE, Count

from tollbook.claims.freeorder.lexicon import Lexicon
from tollbook.claims.freeorder.sentence import Sentence

_DECIMAL_SEPARATORS = {",", "."}
_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")       # "1.250" (compiled once: read for every figure)
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{2,3})+")


def find_figures(s: Sentence, lex: Lexicon) -> list[Count]:
    """Every count candidate in order; a token belongs to the first reader that takes it."""
    counts, i = [], 0
    while i < len(s.tokens):
        if not s.tokens[i].is_digit and s.stems[i] not in lex.count_starts and s.words[i] not in lex.count_starts:
            i += 1  # most words start no count: skip the readers
            continue
        count = _read(s, i, lex)
        if count is None:
            i += 1
            continue
        if _counts_people(s, count, lex) and _article_ok(s, count, lex):
            counts.append(count)
        i = max(count.last, i + 1)
    return counts


def _article_ok(s: Sentence, count: Count, lex: Lexicon) -> bool:
    """'bir' is "one" and "a": it counts only before a person ("bir asker") or as "one of them" ("biri")."""
    if count.last != count.first + 1 or s.words[count.first] not in lex.articles:
        return True
    after = range(count.last, min(len(s.stems), count.last + 3))
    if count.last < len(s.stems) and s.stems[count.last] in lex.not_people:
        return False   # "یک پاسگاه پلیس": a police post, no policeman
    return any(s.stems[k] in lex.person_nouns for k in after) or (
        count.last < len(s.words) and s.words[count.last] in lex.partitive) or (
        count.last < len(s.stems) and lex.triggers.match(s.stems, count.last) is not None)   # "یک مصدوم", "bir ölü"


def read_count(s: Sentence, i: int, lex: Lexicon) -> Count | None:
    """The count expression that starts at token i, if any (before its checks of what it counts)."""
    return _read(s, i, lex)


def _read(s: Sentence, i: int, lex: Lexicon) -> Count | None:
    for reader in (_unknown, _range, _qualified, _zero, _vague, _single):
        count = reader(s, i, lex)
        if count is not None:
            return count
    return None


def _unknown(s, i, lex):
    hit = lex.unknown.match(s.stems, i)
    return Count(i, i + hit[0], None, UNKNOWN) if hit else None


def _zero(s, i, lex):
    """'никто не пострадал': a zero word counts only before a negated outcome."""
    hit = lex.zero.match(s.stems, i)
    if not hit:
        return None
    after = s.stems[i + hit[0]:i + hit[0] + 3]
    if not any(w in lex.negation for w in after):
        return None
    return Count(i, i + hit[0], 0, EXACT, zero=True)


def _range(s, i, lex):
    """'от 10 до 15', '10-15' -> best 10, at_least (GUIDELINE convention 14)."""
    start = i + 1 if s.stems[i] in lex.range_start else i
    if start == i and not s.tokens[i].is_digit:
        return None
    low = read_number(s, start, lex)
    if low is None or low[0] >= len(s.stems) or s.stems[low[0]] not in lex.range_join:
        return None
    high = read_number(s, low[0] + 1, lex)
    return Count(i, high[0], int(low[1]), AT_LEAST) if high else None


def _qualified(s, i, lex):
    approx = lex.approx_phrases.match(s.words, i)
    if approx:
        return Count(i, i + approx[0], approx[1], APPROX)  # "полтора десятка", "около десятка"
    kind, start = EXACT, i
    hit = lex.qualifiers.match(s.stems, i)
    if hit and not (i and s.stems[i - 1] in lex.rise_words):  # "возросло до 33" is 33 exactly
        kind, start = hit[1], i + hit[0]
        while start < len(s.stems) and s.stems[start] in lex.more_words:
            start += 1
    approx = lex.approx_phrases.match(s.words, start)
    if approx:
        return Count(i, start + approx[0], approx[1], APPROX if kind == EXACT else kind)
    if kind != EXACT and start < len(s.words) and s.words[start] in lex.after_qualifier:
        return Count(i, start + 1, lex.after_qualifier[s.words[start]], kind)   # "более сотни": over a hundred
    number = read_number(s, start, lex)
    if number is None:
        return None
    end = number[0]
    after = lex.qualifiers_after.match(s.stems, end) if end < len(s.stems) and kind == EXACT else None
    if after:   # a postposition language puts the qualifier after the number ("20 سے زائد")
        kind, end = after[1], end + after[0]
    elif kind == EXACT and lex.grammar.get("qualifier_after_noun") and end + 1 < len(s.stems) \
            and s.tokens[end].is_word and (late := lex.qualifiers_after.match(s.stems, end + 1)):
        kind = late[1]   # "54 شخصا على الأقل": the noun between; the count text stays the number
    return Count(i, end, int(round(number[1])), kind)


def _vague(s, i, lex):
    hit = lex.vague.match(s.stems, i)
    if not hit:
        return None
    return Count(i, i + hit[0], None, VAGUE)


def _single(s, i, lex):
    """'один из них', 'одна женщина': one person named by the numeral 'one'."""
    if s.words[i] not in lex.single or s.tokens[i].is_digit:
        return None
    return Count(i, i + 1, 1, EXACT, single=True)


def read_number(s: Sentence, i: int, lex: Lexicon) -> tuple[int, float] | None:
    """(token after the number, value) for digits, number words or number phrases at token i."""
    if i >= len(s.tokens):
        return None
    hit = lex.number_phrases.match(s.words, i)
    if hit:
        return i + hit[0], hit[1]
    if s.tokens[i].is_digit:
        return _digits(s, i, lex)
    return _words(s, i, lex)


def _digits(s: Sentence, i: int, lex: Lexicon) -> tuple[int, float] | None:
    text = s.tokens[i].text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    text = text.replace(",", "").replace("٬", "")   # "1,200", "۱۲٬۵۰۰": the tokenizer groups only thousands
    j = i + 1
    if j + 1 < len(s.tokens) and s.tokens[j].text == "," and s.tokens[j + 1].is_digit \
            and len(s.tokens[j + 1].text) <= 2 and s.tokens[j].end == s.tokens[j + 1].start \
            and j + 2 < len(s.tokens) and s.words[j + 2] in lex.scales:
        text, j = f"{text}.{s.tokens[j + 1].text}", j + 2   # "24,7 тысяч": a decimal comma before a scale
    if lex.grammar.get("thousands_dot") and _THOUSANDS_DOT.fullmatch(text):
        text = text.replace(".", "")  # "1.200" where the language groups thousands with a dot
    elif lex.grammar.get("thousands_comma") and _THOUSANDS_COMMA.fullmatch(text):
        text = text.replace(",", "")  # "1,200", "1,20,000" (Hindi and Marathi group with commas)
    try:
        value = float(text)
    except ValueError:
        return None
    if value >= MAX_PEOPLE:
        return None   # a 309-digit "number" is no count of people (and no float)
    scaled = _scaled(s, j, value, lex)
    if scaled[0] == j and value != int(value):
        return None  # "21.55": a time or a decimal, not a count
    return scaled


def _scaled(s: Sentence, j: int, value: float, lex: Lexicon) -> tuple[int, float]:
    scale = 0
    while j < len(s.words) and s.words[j] in lex.scales:
        scale = lex.scales[s.words[j]]
        value *= scale
        j += 1
    if scale and j + 1 < len(s.words) and s.words[j] in lex.number_joiners:
        rest = read_number(s, j + 1, lex)   # "دو هزار و ۳۰۰", "۵۳ هزار و ۲۷۲": thousands and the rest
        if rest is not None and rest[1] < scale:
            return rest[0], value + rest[1]
    if scale and j < len(s.tokens) and s.tokens[j].is_digit and s.tokens[j].text.isdigit() \
            and int(s.tokens[j].text) < scale:
        return j + 1, value + int(s.tokens[j].text)   # "3 bin 500 kişi": thousands and the rest in digits
    return j, value


def _words(s: Sentence, i: int, lex: Lexicon) -> tuple[int, float] | None:
    """'двадцать три' = 23 (words in a row add up), 'полторы тысячи' = 1500 (a scale multiplies)."""
    total, j = 0.0, i
    while j < len(s.words) and s.words[j] in lex.units:
        total += lex.units[s.words[j]]
        j += 1
        if j + 1 < len(s.words) and s.words[j] in lex.number_joiners and s.words[j + 1] in lex.units \
                and _compound(lex.units[s.words[j - 1]], lex.units[s.words[j + 1]]):
            j += 1   # "بیست و پنج": 20 and 5; Arabic "ثلاثة وثلاثين": 3 and 30
    if j == i:
        return None
    return _scaled(s, j, total, lex)


def _compound(left: float, right: float) -> bool:
    """Two number words joined by "و" are one number only when their orders differ ("بیست و پنج", "ثلاثة
    وثلاثين", "صد و بیست"); "خمسة وستة" (five and six) or "عشرة وعشرين" are two figures."""
    def tens(v: float) -> bool:
        return v >= 20 and v % 10 == 0 and v < 100
    return (left < 10 and tens(right)) or (tens(left) and right < 10) or (left >= 100 and left % 100 == 0 and right < 100)


def _counts_people(s: Sentence, count: Count, lex: Lexicon) -> bool:
    """Drop dates, years, times, money and units; keep words that are always counts of people."""
    if count.best is None or count.single or count.zero:
        return True
    before = s.stems[count.first - 1] if count.first else ""
    after = s.stems[count.last] if count.last < len(s.stems) else ""
    if after == "-" and s.tokens[count.last].start > s.tokens[count.last - 1].end:
        after = "—"   # "и до 60 - в зоне «Днепр»": a spaced hyphen is a dash, not "60-летний"
    if after in lex.not_people and (role := lex.roles.match(s.stems, count.last)) and role[0] > 1:
        after = ""   # "490 единиц живой силы": a listed phrase of people that opens with a unit word
    if before in lex.not_count_before or after in lex.not_count_after or after in lex.not_people:
        return False
    if count.first and before in {"-", "/"} and s.tokens[count.first - 1].end == s.tokens[count.first].start:
        return False  # "М-5", "24/7": part of a name or a code
    if count.first > 1 and before in {":", "."} and s.tokens[count.first - 1].end == s.tokens[count.first].start \
            and s.tokens[count.first - 2].is_digit and s.tokens[count.first - 2].end == s.tokens[count.first - 1].start:
        return False  # "около 13:30 травмы ...": the minutes of a time
    if before in lex.months or after in lex.months:
        return False  # "2 марта", "28 июня"
    if after in lex.solar_months or (before in lex.solar_months and 1300 <= count.best <= 1500):
        return False  # the day and the year of "۱۵ مهر ۱۴۰۳"
    if after == "." and count.last + 1 < len(s.stems) and s.stems[count.last + 1] in lex.months:
        return False  # "5. svibnja": a day written as an ordinal
    last = s.tokens[count.last - 1].text
    return not (len(last) == 4 and last.isdigit() and 1900 <= int(last) <= 2100)
