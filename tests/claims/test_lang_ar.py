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
