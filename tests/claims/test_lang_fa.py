"""Persian claims through the free-order reader, verb-final: the count and its classifier noun before the
outcome participle ("۵ نفر کشته شدند"), the negation prefix on the verb after it ("کشته نشد"), "و" joining
number words ("بیست و پنج", "دو هزار و ۳۰۰"), Persian digits and the zero-width non-joiner inside words
("کشته‌شدگان") (sentences written for these tests)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims, summary

claims_of = partial(checked_claims, language="fa")


@pytest.mark.parametrize("text, expected", [
    ("در این انفجار پنج نفر کشته شدند.", [("killed", 5, "exact")]),
    ("در این حمله ۳ سرباز کشته و ۷ نفر زخمی شدند.", [("killed", 3, "exact"), ("injured", 7, "exact")]),
    ("۸ نفر جان خود را از دست دادند.", [("killed", 8, "exact")]),
    ("در تیراندازی در یک مدرسه ۲ دانش‌آموز جان باختند و ۵ نفر مجروح شدند.",
     [("killed", 2, "exact"), ("injured", 5, "exact")]),
    ("در این حمله ۶ نیروی امنیتی به شهادت رسیدند.", [("killed", 6, "exact")]),
    ("شمار کشته‌شدگان به ۲۴ نفر رسید.", [("killed", 24, "exact")]),
    ("شمار کشته‌ شدگان به 24 نفر رسید.", [("killed", 24, "exact")]),                 # Latin digits, loose ZWNJ
    ("تعداد زخمی‌ها به ۶۰ نفر افزایش یافت.", [("injured", 60, "exact")]),
    ("شمار شهدا به ۵۳ هزار و ۲۷۲ تن رسید.", [("killed", 53272, "exact")]),
    ("زخمی شدن دو هزار و ۳۰۰ تن گزارش شد.", [("injured", 2300, "exact")]),
    ("بیست و پنج نفر زخمی شدند.", [("injured", 25, "exact")]),
    ("در این حادثه ١٤ نفر زخمی شدند.", [("injured", 14, "exact")]),                   # Arabic-Indic digits
    ("در این حادثه ۱٬۲۰۰ نفر زخمی شدند.", [("injured", 1200, "exact")]),              # Arabic thousands separator
    ("دست‌کم ۲۰ نفر کشته شدند.", [("killed", 20, "at_least")]),
    ("بیش از ۱۰۰ نفر زخمی شدند.", [("injured", 100, "at_least")]),
    ("حدود ۵۰ نفر زخمی شدند.", [("injured", 50, "approx")]),
    ("نزدیک به ۳۰ نفر کشته شدند.", [("killed", 30, "at_most")]),
    ("ده‌ها نفر در این انفجار زخمی شدند.", [("injured", None, "vague")]),
    ("ده‌ها نفر کشته و زخمی شدند.", [("casualties", None, "vague")]),
    ("وزارت بهداشت از کشته شدن دستکم ۴۱۳ فلسطینی از جمله ۷۸ کودک و ۴۱ زن خبر داد.",
     [("killed", 413, "at_least"), ("killed", 78, "exact"), ("killed", 41, "exact")]),
    ("افراد مسلح ۴ کارگر را ربودند.", [("captured", 4, "exact")]),
    ("سه کودک در این سیل ناپدید شدند.", [("missing", 3, "exact")]),
    ("۱۲ مسافر در این تصادف مصدوم شدند.", [("injured", 12, "exact")]),
    ("یک سرباز در درگیری کشته شد.", [("killed", 1, "exact")]),
    ("یک حمله در شهر رخ داد و ۳ نفر زخمی شدند.", [("injured", 3, "exact")]),         # "یک" as the article
    ("در این حمله هیچ کس کشته نشد.", [("killed", 0, "exact")]),
    ("این حادثه تلفات جانی نداشت.", [("killed", 0, "exact")]),
    ("از آغاز جنگ تاکنون ۵۰۰ سرباز کشته شده‌اند.", [("killed", 500, "exact")]),
    ("به گزارش خبرگزاری فارس، ۵ نفر کشته شدند.", [("killed", 5, "exact")]),
    ("در کابل ۴ نفر کشته شدند.", [("killed", 4, "exact")]),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text", [
    "این گروه تهدید کرد که صدها نفر کشته خواهند شد.",                          # a threat
    "کارشناسان می‌گویند در زلزله احتمالی هزاران نفر ممکن است کشته شوند.",        # a possibility
    "ارتش کشته شدن ۲۰ سرباز را تکذیب کرد.",                                     # a denial, verb last
    "در این حمله ۵ سرباز کشته نشدند.",                                          # negated
    "در این حادثه ۴۰ راس دام تلف شدند.",                                        # animals
    "در آتش‌سوزی ۳۰ گوسفند کشته شدند.",
    "در این مسابقه فوتبال دو بازیکن مصدوم شدند.",                               # sports
    "پلیس ۱۰ مظنون را بازداشت کرد.",                                            # arrests are no claims
    "این زلزله به ۲۰۰ خانه آسیب زد.",                                           # property
    "در سال ۲۰۲۳ دولت ۵ بیمارستان ساخت.",
    "دادگاه برای این مرد حکم اعدام صادر کرد.",                                  # a death sentence
])
def test_not_claims(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("در این حمله سه سرباز کشته شدند.", {"victims": "سرباز", "role": "military"}),
    ("در بمباران ۶ کودک کشته شدند.", {"victims": "کودک", "role": "civilian"}),
    ("در درگیری ۴ شورشی کشته شدند.", {"role": "armed_group"}),
    ("در این حادثه ۹ نفر زخمی شدند.", {"victims": "نفر", "role": "unspecified"}),
    ("به گزارش خبرگزاری فارس، ۵ نفر کشته شدند.", {"reported_by": "خبرگزاری فارس"}),
    ("به گفته پلیس، ۳ نفر زخمی شدند.", {"reported_by": "پلیس"}),
    ("وزارت بهداشت از کشته شدن ۱۲ نفر خبر داد.", {"reported_by": "وزارت بهداشت"}),
    ("در کابل ۴ نفر کشته شدند.", {"location": "کابل"}),
    ("از آغاز جنگ تاکنون ۵۰۰ سرباز کشته شده‌اند.", {"scope": "cumulative"}),
    ("دیروز در این انفجار ۳ نفر کشته شدند.", {"date": "2024-03-01", "scope": "incident"}),
])
def test_fields(text, expected):
    claim = claims_of(text, published="2024-03-02")[0]
    assert summary(claim, expected) == expected


# The Solar Hijri calendar (tollbook/claims/dates.py) against known pairs: Nowruz of several years, leap and
# common years' last day, and days of the year's second half.
@pytest.mark.parametrize("solar, gregorian", [
    ((1403, 1, 1), "2024-03-20"),
    ((1402, 1, 1), "2023-03-21"),
    ((1399, 1, 1), "2020-03-20"),
    ((1396, 1, 1), "2017-03-21"),
    ((1395, 12, 30), "2017-03-20"),     # 1395 is a leap year
    ((1402, 12, 29), "2024-03-19"),     # 1402 is not
    ((1403, 12, 30), "2025-03-20"),
    ((1403, 7, 15), "2024-10-06"),
    ((1402, 10, 1), "2023-12-22"),
    ((1357, 11, 22), "1979-02-11"),
])
def test_solar_hijri_to_gregorian(solar, gregorian):
    from tollbook.claims.dates import solar_hijri_to_gregorian
    assert solar_hijri_to_gregorian(*solar).isoformat() == gregorian


@pytest.mark.parametrize("solar", [(1402, 12, 30), (1403, 7, 31), (1403, 13, 1), (1403, 1, 0)])
def test_no_such_solar_hijri_day(solar):
    from tollbook.claims.dates import solar_hijri_to_gregorian
    with pytest.raises(ValueError):
        solar_hijri_to_gregorian(*solar)


# A Solar Hijri date in a claim's sentence dates the claim (dates.yaml solar_months); its day and year are no counts.
@pytest.mark.parametrize("text, published, expected", [
    ("در انفجار ۱۵ مهر ۱۴۰۳ در کرمان ۵ نفر کشته شدند.", "2024-10-08", [(5, "2024-10-06")]),
    ("در حمله ۲۹ اسفند ۵ نفر کشته شدند.", "2024-10-08", [(5, "2024-03-19")]),      # no year: the last one
    ("در حمله ۲ فروردین ۵ نفر کشته شدند.", "2024-03-18", [(5, "2024-03-21")]),      # days after: the new year
    ("در حمله ۲۹ اسفند ۵ نفر کشته شدند.", None, [(5, None)]),                      # no publication, no year
    ("در این حادثه ۵ نفر کشته شدند.", "2024-10-08", [(5, None)]),
])
def test_solar_hijri_dates(text, published, expected):
    assert [(c.count.best, c.date) for c in checked_claims(text, published=published, language="fa")] == expected


@pytest.mark.parametrize("text, expected", [
    # a subgroup aside between the figure and its verb, "ازجمله" written as one word
    ("در این حمله ۵ نفر، ازجمله سه کودک، کشته شدند.", [("killed", 5), ("killed", 3)]),
    # "شمار کلی شهدای": the ezafe form, "کلی" between the toll word and its noun
    ("شمار کلی شهدای این حمله به ۴۰ نفر رسید.", [("killed", 40)]),
])
def test_fresh_constructions(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "یک" before a place where people are is no count of them
    ("در یک ایستگاه پلیس، ۴ کشته و ۱۰ زخمی برجای ماند.", [("killed", 4, None), ("injured", 10, None)]),
    # "غیر نظامی" (non-military) is read whole: civilians
    ("در این حمله ۱۲ غیر نظامی کشته شدند.", [("killed", 12, "civilian")]),
    # "جراحت" (wounding) as the noun of the injured
    ("این حمله منجر به جراحت ۲۰ نفر شد.", [("injured", 20, "unspecified")]),
    ("دو عضو خانواده کشته شدند.", [("killed", 2, "unspecified")]),
])
def test_fresh_fields(text, expected):
    got = [(str(c.outcome), c.count.best, str(c.victims.role) if c.victims.text else None) for c in claims_of(text)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "یک" before a casualty word is one person; before a vehicle it is "a"
    ("برخورد یک پژو با یک تیبا ۴ کشته و یک مصدوم در پی داشت.", [("killed", 4), ("injured", 1)]),
    ("برخورد یک خودرو با دو موتورسیکلت یک کشته برجای گذاشت.", [("killed", 1)]),
    # a dead-and-injured pair: one figure for both, the qualifier's first word ("در") no figure
    ("هشت کشته و مصدوم در تصادف جاده.", [("casualties", 8)]),
    # nouns of the outcome: "جان‌باختن", "مصدومیت"
    ("این تصادف باعث جان‌باختن سه نفر و مصدومیت ۵ نفر شد.", [("killed", 3), ("injured", 5)]),
    # a list with ages after the nouns; a subgroup after "دیگر"
    ("یک نوجوان ۱۵ ساله و یک زن ۳۰ ساله جان باختند.", [("killed", 1), ("killed", 1)]),
    ("سه نفر دیگر از جمله یک کودک مصدوم شدند.", [("injured", 3), ("injured", 1)]),
])
def test_road_accident_reports(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "N نفر از آنها" (N of them): a subgroup of the figure before, no single person after it
    ("حداقل 20 نفر زخمی شدند که شش نفر از آنها کودک بودند.", [("injured", 20), ("injured", 6)]),
    # "کشته‌شدن" written with a zero-width non-joiner
    ("منابع محلی از کشته‌شدن ۱۲ نفر خبر دادند.", [("killed", 12)]),
])
def test_drone_strike_reports(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # after a qualifier a scale word alone is one of it; "هزاران" stays vague
    ("بیش از هزار نفر کشته شدند.", [("killed", 1000, "at_least")]),
    ("هزاران نفر مجروح شدند.", [("injured", None, "vague")]),
    ("دو هزار نفر کشته شدند.", [("killed", 2000, "exact")]),
])
def test_a_thousand_after_a_qualifier(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "no one was hurt / killed" opened by the zero word
    ("هیچ‌کس آسیب ندید.", [("injured", 0)]),
    ("در این حادثه کسی کشته نشد.", [("killed", 0)]),
    ("کسی کشته شد.", []),
])
def test_no_one_was_hurt(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected
