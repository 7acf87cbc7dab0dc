"""Arabic claims through the free-order reader: glued clitics, duals, Arabic-Indic digits (own sentences)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims


claims_of = partial(checked_claims, language="ar")


@pytest.mark.parametrize("text, expected", [
    ("سقط قتيلان في الهجوم.", [("killed", 2, "exact")]),
    ("ارتفعت الحصيلة لشهيدين وعشرة جرحى.", [("killed", 2, "exact"), ("injured", 10, "exact")]),
    ("أسفر الانفجار عن سقوط قتيل واحد.", [("killed", 1, "exact")]),
    ("أصيب ١٢ شخصا في الحادث.", [("injured", 12, "exact")]),
    ("أصيب نحو 760 شخصا.", [("injured", 760, "approx")]),
    ("قتل أكثر من 50 شخصا.", [("killed", 50, "at_least")]),
    ("أسفر القصف عن سقوط عدد من الجرحى.", [("injured", None, "vague")]),
    ("ما أدى إلى استشهاد وإصابة العشرات.", [("casualties", None, "vague")]),
    ("أسفر الحادث عن مقتل 7 أشخاص.", [("killed", 7, "exact")]),
    # two verbs joined by "و", each with its own figure: two clauses, not one figure of dead and wounded
    ("وقال المحافظ إن أربعة جنود قتلوا وأصيب ستة آخرون.", [("killed", 4, "exact"), ("injured", 6, "exact")]),
    ("قتل وأصيب 20 شخصا في الغارة.", [("casualties", 20, "exact")]),      # one figure for both
    # not claims
    ("قد يؤدي إلى مقتل المئات.", []),
    ("نفى الجيش مقتل 5 جنود.", []),
    ("دمرت الغارات 40 منزلا.", []),
    ("واحد من المباني انهار.", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, count_text", [
    ("ارتفعت الحصيلة لشهيدين.", "شهيدين"),     # the dual is its own count text
    ("وعشرة جرحى في القصف.", "عشرة"),          # the glued "و" is not part of the count
])
def test_count_text_as_written(text, count_text):
    assert claims_of(text)[0].count.text == count_text


# Verb, doer, object (grammar.yaml agents); dual nouns and dual verbs; a road code is no count.
@pytest.mark.parametrize("text, expected", [
    ("قتلت قوات الاحتلال ثلاثة شبان في المخيم.", [("killed", 3, "شبان")]),
    ("اختطف مسلحون مجهولون عشرة تجار.", [("captured", 10, "تجار")]),
    ("أصاب القصف سبعة مدنيين.", [("injured", 7, "مدنيين")]),
    ("قتلت الشرطة خمسة مسلحين.", [("killed", 5, "مسلحين")]),
    ("استشهد شابان في الغارة.", [("killed", 2, "شابان")]),
    ("قتل مواطنان برصاص القناصة.", [("killed", 2, "مواطنان")]),
    ("نقل المسعفون جريحَين إلى المستشفى.", [("injured", 2, None)]),     # a short vowel on the dual
    ("شابين فلسطينيين قتلا في الهجوم.", [("killed", 2, "شابين فلسطينيين")]),
    ("قتل 3 أشخاص على الطريق M4.", [("killed", 3, "أشخاص")]),
    # not claims: things destroyed, games won
    ("دمرت قوات الاحتلال خمسة منازل.", []),
    ("فازت قوات الجيش بثلاث مباريات.", []),
])
def test_agents_and_duals(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims_of(text)] == expected


# The source ends before a weekday, a split-off preposition or "أن"; a quoted name after a source noun is kept.
@pytest.mark.parametrize("text, source", [
    ('وقالت جمعية "أطباء بلا قيود" إن 8 أشخاص قتلوا.', 'جمعية "أطباء بلا قيود"'),
    ("أعلنت السلطات أن 4 أشخاص قتلوا.", "السلطات"),
    ("وأفادت وزارة الصحة بمقتل 12 شخصا.", "وزارة الصحة"),
    ("قالت الشرطة الخميس إن 6 أشخاص أصيبوا.", "الشرطة"),
])
def test_source_ends(text, source):
    assert [c.reported_by for c in claims_of(text)] == [source]


# One person with no numeral: a singular noun before or after its verb (also in the accusative), "another"
# (آخر, dual آخران) in the second clause of a pair, an indefinite singular casualty noun (قتيل, مصاب); "قد"
# before a past verb affirms; a channel's number is no count.
@pytest.mark.parametrize("text, expected", [
    ("قالت الشرطة إن شخصا قتل في الانفجار.", [("killed", 1)]),
    ("قتل رجل وأصيب آخر في الانفجار.", [("killed", 1), ("injured", 1)]),
    ("قال مصدر إن شخصا قتل وأصيب آخران بجروح.", [("killed", 1), ("injured", 2)]),
    ("قتيل ومصاب في إطلاق نار قرب المدينة", [("killed", 1), ("injured", 1)]),
    ("أطلق الحراس النار على المهاجم فأردوه قتيلا.", [("killed", 1)]),
    ("سقط قتيل واحد في الانفجار.", [("killed", 1)]),
    ("وقد قتل شخصان في الانفجار.", [("killed", 2)]),
    ("قتل شخصان وأصيب عدد آخر في الانفجار.", [("killed", 2), ("injured", None)]),
    ("قالت القناة 12 إن رجلا قتل.", [("killed", 1)]),
    # not claims: the definite noun, bare plurals, a modal before a present verb, threats and sports
    ("تم التعرف على هوية القتيل.", []),
    ("أصيب آخرون في الانفجار.", []),
    ("قتل مسلحين في الاشتباك.", []),
    ("قد يقتل المئات إذا استمر القصف.", []),
    ("هدد المسلحون بقتل رجل.", []),
    ("أصيب لاعب في مباراة الدوري.", []),
])
def test_one_person_and_others(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # compound numbers: a unit before its ten, thousands and the rest joined by "و"
    ("أصيب ثلاثة وثلاثون شخصا.", [("injured", 33, "exact")]),
    ("خلفت الحرب 48 ألفًا و305 شهداء.", [("killed", 48305, "exact")]),
    ("قتل خمسة وأصيب ستة.", [("killed", 5, "exact"), ("injured", 6, "exact")]),   # two figures
    # "the lives of": the doer may stand between the verb and the noun
    ("أزهقت المجاعة أرواح 40 شخصا.", [("killed", 40, "exact")]),
    ("ساعد المسعفون في إنقاذ أرواح 9 أشخاص.", []),
    # a subgroup of one, named by a singular noun
    ("قتل 4 مواطنين بينهم طفلة.", [("killed", 4, "exact"), ("killed", 1, "exact")]),
])
def test_fresh_constructions(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, location, source", [
    # "the capital" before the name: the place is the name
    ("قتل 6 أشخاص في غارة على العاصمة دمشق.", "دمشق", None),
    ("قتل 6 أشخاص في العاصمة الأوكرانية كييف.", "كييف", None),
    # the document a source's figures come in is no part of the source
    ("قتل 4 مدنيين، وفقًا لإحصاءات وزارة الصحة.", None, "وزارة الصحة"),
    ("وبحسب بيانات وزارة الصحة، قتل 4 مدنيين.", None, "وزارة الصحة"),
    ("أفاد الدفاع المدني بمقتل 4 أشخاص.", None, "الدفاع المدني"),
])
def test_fresh_fields(text, location, source):
    claim = claims_of(text)[0]
    assert (claim.location, claim.reported_by) == (location, source)


@pytest.mark.parametrize("text, expected", [
    # "لقي X مصرعه" (X met his death), the doer between the verb and its possessed noun; "مصرع" (death of)
    ("لقي شاب مصرعه في حادث سير.", [("killed", 1, "شاب")]),
    ("لقي رجل وامرأة مصرعيهما في حادث.", [("killed", 1, "رجل"), ("killed", 1, "امرأة")]),
    ("مصرع شخص وإصابة 6 آخرين في حادث تصادم.", [("killed", 1, "شخص"), ("injured", 6, "شخص")]),
    ("أسفر الحادث عن وفاة فتاة.", [("killed", 1, "فتاة")]),
    # a subgroup with no comma before it is attributive: the verb after it is the whole figure's
    ("إن 200 شخص بينهم 40 طفلا لقوا مصارعهم.", [("killed", 200, "شخص"), ("killed", 40, "طفلا")]),
    # the hamza left off the alif
    ("أصيب اكثر من 12 شخصا واصابة 3 آخرين.", [("injured", 12, "شخصا"), ("injured", 3, "شخصا")]),
])
def test_accident_reports(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a subgroup figure before a comma and the next clause's verb belongs to the figure before it
    ("قتل 8 أشخاص بينهم طفلان، وأصيب 20 آخرون.", [("killed", 8, "exact"), ("killed", 2, "exact"),
                                                ("injured", 20, "exact")]),
    ("قتل 8 أشخاص بينهم 3 أطفال، وأصيب 20 آخرون.", [("killed", 8, "exact"), ("killed", 3, "exact"),
                                                  ("injured", 20, "exact")]),
    # a qualifier after the number's noun
    ("قالت الوزارة إن 30 شخصا على الأقل قتلوا.", [("killed", 30, "at_least")]),
    # an aside between the verb and its object figure
    ("قتلت قوات الدعم السريع، مساء الإثنين، 12 مدنيا.", [("killed", 12, "exact")]),
    # "عشرات آلاف" is one vague figure; "تصفية" (liquidation) is a killing
    ("خلفت الحرب عشرات آلاف القتلى.", [("killed", None, "vague")]),
    ("اتهمت الشبكة المسلحين بتصفية 40 مدنيا.", [("killed", 40, "exact")]),
    ("صدر حكم بالإعدام على 3 أشخاص.", []),
])
def test_sudan_reports(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare singular casualty noun before a second outcome with its own figure: one dead, not one figure of both
    ("أدت الغارة إلى سقوط شهيد وإصابة 9 أشخاص.", [("killed", 1), ("injured", 9)]),
    ("ما أدى إلى استشهاد وإصابة العشرات.", [("casualties", None)]),
    # "راح ضحيتها" (fell victim to it)
    ("راح ضحيتها 20 شخصا وأصيب 300 آخرين.", [("killed", 20), ("injured", 300)]),
    # a subgroup of one, then a figure of the same subgroup list
    ("أصيب 24 شخصا من بينهم ممرضة و3 مسعفين.", [("injured", 24), ("injured", 1), ("injured", 3)]),
])
def test_lebanon_reports(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "a third one" in the second clause of a pair
    ("قال الجيش إن جنديين قتلا وأصيب ثالث.", [("killed", 2), ("injured", 1)]),
    # a subgroup figure before "و" + the next clause's verb is the figure before it's
    ("قتل خمسة اشخاص من بينهم ثلاثة مدنيين وجرح ثمانية.", [("killed", 5), ("killed", 3), ("injured", 8)]),
])
def test_roadside_bomb_reports(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "two" after its noun
    ("أسفر القصف عن مقتل مدنيين اثنين.", [("killed", 2, "مدنيين")]),
    ("قتل طفلين اثنين.", [("killed", 2, "طفلين")]),
])
def test_two_after_its_noun(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a dual verb after a noun whose "-ين" may be plural or dual: two
    ("قالت الوزارة إن مواطنين استشهدا في الغارة.", [("killed", 2, "مواطنين")]),
    ("إن شخصين استشهدا في القصف.", [("killed", 2, "شخصين")]),
    ("قتلا في الهجوم.", []),
])
def test_dual_verbs(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims_of(text)] == expected


def test_a_running_totals_start_date_is_no_date_of_the_claim():
    text = "ارتفعت حصيلة الضحايا منذ بداية الحرب في 7 أكتوبر 2023 إلى 43,985 قتيلًا."
    assert [(c.count.best, str(c.scope), c.date) for c in claims_of(text)] == [(43985, "cumulative", None)]


@pytest.mark.parametrize("text, location", [
    # a site kind and a name of two words the gazetteer knows
    ("قتل 20 شخصاً في غارات على منازل في مخيم خان يونس.", "مخيم خان يونس"),
    ("قتل 5 أشخاص في مخيم جباليا.", "مخيم جباليا"),
])
def test_site_with_a_two_word_name(text, location):
    assert [c.location for c in claims_of(text)] == [location]


@pytest.mark.parametrize("text, expected", [
    # kin with a possessive, feminine singular verbs: one person
    ("قتل ابنه في الغارة.", [("killed", 1, "ابنه")]),
    ("أصيبت ابنتها بجروح خطيرة.", [("injured", 1, "ابنتها")]),
    ("قتلت طفلة في القصف.", [("killed", 1, "طفلة")]),
    ("قتلت قوات الاحتلال ثلاثة شبان.", [("killed", 3, "شبان")]),
])
def test_kin_and_feminine_verbs(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims_of(text)] == expected
