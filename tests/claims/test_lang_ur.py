"""Urdu claims through the free-order reader, verb-final: the count and its noun before the outcome word,
negation, modals and denials after it, qualifiers after the number ("30 سے زائد"), Perso-Arabic digits and the
Urdu full stop (sentences written for these tests)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims, summary
from tests.documents.test_build_document import crawl_page
from tollbook.documents import build_document

claims_of = partial(checked_claims, language="ur")


@pytest.mark.parametrize("text, expected", [
    ("دھماکے میں چار افراد جاں بحق ہو گئے۔", [("killed", 4, "exact")]),
    ("حملے میں پانچ فوجی شہید ہو گئے جبکہ 12 زخمی ہوئے۔", [("killed", 5, "exact"), ("injured", 12, "exact")]),
    ("ضلع کرم میں فائرنگ کے واقعے میں تین افراد جاں بحق اور سات زخمی ہو گئے۔",
     [("killed", 3, "exact"), ("injured", 7, "exact")]),
    ("سڑک کنارے نصب بم پھٹنے سے دو سیکیورٹی اہلکار شہید ہو گئے۔", [("killed", 2, "exact")]),
    ("بازار میں ہونے والے دھماکے میں 15 افراد ہلاک اور 60 سے زائد زخمی ہوئے۔",
     [("killed", 15, "exact"), ("injured", 60, "at_least")]),
    ("کم از کم 20 افراد ہلاک ہو گئے۔", [("killed", 20, "at_least")]),
    ("کم سے کم 5 افراد ہلاک ہوئے۔", [("killed", 5, "at_least")]),
    ("تقریباً 200 افراد زخمی ہوئے۔", [("injured", 200, "approx")]),
    ("جنگ کے آغاز سے اب تک 2 ہزار سے زیادہ شہری ہلاک ہو چکے ہیں۔", [("killed", 2000, "at_least")]),
    ("دھماکے میں درجنوں افراد زخمی ہو گئے۔", [("injured", None, "vague")]),
    ("بم دھماکے میں ہلاکتوں کی تعداد 31 ہو گئی ہے۔", [("killed", 31, "exact")]),
    ("زخمیوں کی تعداد بڑھ کر 45 ہو گئی ہے۔", [("injured", 45, "exact")]),
    ("ریسکیو حکام کے مطابق ۱۸ لاشیں نکال لی گئی ہیں۔", [("killed", 18, "exact")]),      # Persian digits
    ("حادثے میں ٢٣ مسافر زخمی ہوئے۔", [("injured", 23, "exact")]),                     # Arabic-Indic digits
    ("مسلح افراد نے بس سے اتار کر 9 مسافروں کو قتل کر دیا۔", [("killed", 9, "exact")]),
    ("سیکیورٹی فورسز کی کارروائی میں 6 دہشت گرد مارے گئے۔", [("killed", 6, "exact")]),
    ("نامعلوم حملہ آوروں نے دو صحافیوں کو اغوا کر لیا۔", [("captured", 2, "exact")]),
    ("کشتی الٹنے سے 12 ماہی گیر لاپتہ ہو گئے۔", [("missing", 12, "exact")]),
    ("حادثے میں ڈرائیور جاں بحق ہو گیا۔", [("killed", 1, "exact")]),                  # one person: singular verb
    ("فائرنگ سے ایک پولیس اہلکار شہید ہو گیا۔", [("killed", 1, "exact")]),
    ("دہشت گردوں نے پولیس چوکی پر حملہ کیا جس میں ایک کانسٹیبل شہید اور دو زخمی ہو گئے۔",
     [("killed", 1, "exact"), ("injured", 2, "exact")]),
    ("زخمیوں میں سے 8 کی حالت تشویشناک ہے۔", [("injured", 8, "exact")]),             # severity subgroup
    ("ہلاک ہونے والوں میں چار بچے بھی شامل ہیں۔", [("killed", 4, "exact")]),
    ("آٹھ فوجیوں سمیت 11 افراد ہلاک ہوئے۔", [("killed", 8, "exact"), ("killed", 11, "exact")]),
    ("حملے میں ہلاک و زخمی ہونے والوں کی تعداد 30 ہے۔", [("casualties", 30, "exact")]),
    ("واقعے میں کوئی جانی نقصان نہیں ہوا۔", [("killed", 0, "exact")]),
    ("دھماکے میں کوئی زخمی نہیں ہوا۔", [("injured", 0, "exact")]),
    ("حملے میں کوئی ہلاک نہیں ہوا۔", [("killed", 0, "exact")]),
    ("آگ لگنے سے دو سو افراد متاثر ہوئے جبکہ پچیس زخمی ہوئے۔", [("injured", 25, "exact")]),
    ("جھڑپ میں 10 سے 15 جنگجو ہلاک ہوئے۔", [("killed", 10, "at_least")]),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text", [
    "کالعدم تنظیم نے مزید حملوں میں سینکڑوں افراد کو ہلاک کرنے کی دھمکی دی۔",   # a threat
    "ماہرین کا کہنا ہے کہ زلزلے میں ہزاروں افراد ہلاک ہو سکتے ہیں۔",            # could be killed
    "ترجمان نے 20 فوجیوں کی ہلاکت کی خبروں کی تردید کی۔",                        # a denial, verb last
    "مظاہرین نے کہا کہ وہ کسی کو ہلاک نہیں کریں گے۔",                             # negated
    "آتشزدگی میں 40 مویشی ہلاک ہو گئے۔",                                          # animals
    "گاڑی الٹنے سے 20 بکریاں ہلاک ہو گئیں۔",
    "فائنل میچ میں دو کھلاڑی زخمی ہو گئے۔",                                        # sports
    "ملزم کے خلاف قتل کا مقدمہ درج کر لیا گیا۔",                                  # a murder case, no toll
    "سیلاب سے 300 گھر تباہ ہو گئے۔",                                               # property
    "پولیس نے 5 ملزمان کو گرفتار کر لیا۔",                                         # arrests are no claims
    "حکومت نے 2023 میں 10 نئے ہسپتال بنائے۔",
])
def test_not_claims(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("حملے میں تین پولیس اہلکار شہید ہو گئے۔", {"victims": "پولیس اہلکار", "role": "military"}),
    ("دھماکے میں دو بچے زخمی ہوئے۔", {"victims": "بچے", "role": "civilian"}),
    ("مقابلے میں چار دہشت گرد ہلاک ہو گئے۔", {"victims": "دہشت گرد", "role": "armed_group"}),
    ("پولیس کے مطابق دھماکے میں 5 افراد ہلاک ہو گئے۔", {"reported_by": "پولیس", "role": "unspecified"}),
    ("کوئٹہ میں دھماکے سے 3 افراد ہلاک ہو گئے۔", {"location": "کوئٹہ"}),
    ("پشاور ریلوے اسٹیشن پر دھماکے میں 7 افراد زخمی ہوئے۔", {"location": "پشاور ریلوے اسٹیشن"}),
    ("جنگ کے آغاز سے اب تک 500 فوجی ہلاک ہو چکے ہیں۔", {"scope": "cumulative"}),
    ("گزشتہ روز دھماکے میں 3 افراد ہلاک ہوئے۔", {"date": "2024-03-01", "scope": "incident"}),
])
def test_fields(text, expected):
    claim, = claims_of(text, published="2024-03-02")
    assert summary(claim, expected) == expected


def test_urdu_full_stop_ends_a_sentence_without_a_space():
    document = build_document(crawl_page("دھماکے میں 4 افراد ہلاک ہو گئے۔پولیس کے مطابق حملہ آور فرار ہو گیا۔\n"))
    assert document.language == "ur"
    assert [document.text[s.start:s.end] for s in document.sentences] == [
        "دھماکے میں 4 افراد ہلاک ہو گئے۔", "پولیس کے مطابق حملہ آور فرار ہو گیا۔"]
