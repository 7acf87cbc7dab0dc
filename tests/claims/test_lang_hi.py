"""Hindi claims through the free-order reader (sentences written for these tests): the figure and its noun stand
before the outcome ("12 लोग घायल हुए", "5 लोगों की मौत हो गई"), in Latin or Devanagari digits."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims, summary

claims_of = partial(checked_claims, language="hi")


@pytest.mark.parametrize("text, expected", [
    ("गोलाबारी में पांच लोगों की मौत हो गई।", [("killed", 5)]),
    ("हादसे में २३ लोग घायल हुए।", [("injured", 23)]),
    ("बस और ट्रक की टक्कर में 12 यात्रियों की मौत हो गई।", [("killed", 12)]),
    ("मुठभेड़ में दो आतंकवादी मारे गए।", [("killed", 2)]),
    ("आठ मजदूर खदान में मारे गए।", [("killed", 8)]),
    ("गोलीबारी में एक पुलिसकर्मी शहीद हो गया और दो घायल हो गए।", [("killed", 1), ("injured", 2)]),
    ("विस्फोट में १५ लोग मारे गए और ४० से ज्यादा घायल हुए।", [("killed", 15), ("injured", 40)]),
    ("आग में झुलसकर तीन बच्चों की मौत हो गई।", [("killed", 3)]),
    ("हादसे में करीब आधा दर्जन लोग घायल हो गए।", [("injured", 6)]),
    ("इस हमले में दर्जनों लोग हताहत हुए हैं।", [("casualties", None)]),
    ("नक्सलियों ने चार ग्रामीणों का अपहरण कर लिया।", [("captured", 4)]),
    ("आतंकियों ने 15 यात्रियों को अगवा कर लिया।", [("captured", 15)]),
    ("बाढ़ के बाद 30 लोग लापता हैं।", [("missing", 30)]),
    ("तीन मछुआरे लापता हैं।", [("missing", 3)]),
    ("मृतकों में पांच महिलाएं और तीन बच्चे शामिल हैं।", [("killed", 5), ("killed", 3)]),
    ("भूकंप में मरने वालों की संख्या बढ़कर 1,200 हो गई है।", [("killed", 1200)]),
    ("मृतकों की संख्या बढ़कर 20 हो गई है।", [("killed", 20)]),
    ("घायलों में 5 बच्चे शामिल हैं।", [("injured", 5)]),
    ("अधिकारियों ने बताया कि 8 लोग घायल हुए हैं।", [("injured", 8)]),
    ("एक महिला ने अस्पताल में दम तोड़ दिया।", [("killed", 1)]),
    ("दोनों की मौके पर ही मौत हो गई।", [("killed", 2)]),
    ("सड़क हादसे में तीनों की मौत हो गई।", [("killed", 3)]),
    ("हमले में 7 सैनिक घायल हुए, जिनमें 2 की हालत गंभीर है।", [("injured", 7), ("injured", 2)]),
    ("बमबारी में 200 से अधिक फिलिस्तीनी मारे गए।", [("killed", 200)]),
    ("दो कर्मियों की बम धमाके में मौत हो गई।", [("killed", 2)]),
    ("इस घटना में एक महिला की मौत हो गई और करीब 12 लोग घायल हो गए।", [("killed", 1), ("injured", 12)]),
    ("युवक की मौत हो गई।", [("killed", 1)]),
    ("कई लोग घायल हुए हैं।", [("injured", None)]),
    ("हमले में कोई घायल नहीं हुआ।", [("injured", 0)]),
    ("हमले में किसी की मौत नहीं हुई।", [("killed", 0)]),
    ("बाढ़ में 1,20,000 लोग घायल हो गए।", [("injured", 120000)]),
    # not claims: threats, modals, denials, sentences, sports, animals, property, arrests, the unhurt
    ("हमले में सैकड़ों लोग मारे जा सकते हैं।", []),
    ("धमाके में दर्जनों लोग घायल हो सकते हैं।", []),
    ("उसे जान से मारने की धमकी दी गई।", []),
    ("आतंकियों ने हमला करने की धमकी दी।", []),
    ("सरकार ने मौतों की खबर का खंडन किया।", []),
    ("उन्हें मौत की सजा सुनाई गई।", []),
    ("कोहली ने 50 रन बनाए।", []),
    ("भारत ने मैच में पाकिस्तान को 5 विकेट से हराया।", []),
    ("पांच गायों की करंट लगने से मौत हो गई।", []),
    ("बाढ़ में 200 मवेशियों की मौत हो गई।", []),
    ("सेना ने 40 ड्रोन मार गिराए।", []),
    ("मृतकों के परिजनों को मुआवजा दिया जाएगा।", []),
    ("पुलिस ने 12 लोगों को गिरफ्तार किया।", []),
    ("इस हादसे में 20 लोग बाल-बाल बचे।", []),
    ("इस आग में 50 दुकानें जलकर राख हो गईं।", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("हमले में कम से कम दो लोगों की मौत हो गई।", {"kind": "at_least", "best": 2, "count_text": "कम से कम दो"}),
    ("100 से ज्यादा लोग घायल हो गए।", {"kind": "at_least", "best": 100, "count_text": "100 से ज्यादा"}),
    ("करीब 200 लोग घायल हुए।", {"kind": "approx", "best": 200, "count_text": "करीब 200"}),
    ("कई लोग घायल हुए हैं।", {"kind": "vague", "best": None, "count_text": "कई"}),
    ("युद्ध में 5 हजार सैनिक मारे गए।", {"best": 5000}),
])
def test_count_kinds(text, expected):
    assert summary(claims_of(text)[0], expected) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("तीन भारतीय सैनिक शहीद हो गए।", None, {"victims": "भारतीय सैनिक", "role": "military", "side": "India"}),
    ("पांच नागरिक घायल हुए।", None, {"role": "civilian", "side": None}),
    ("मुठभेड़ में दो आतंकवादी मारे गए।", None, {"role": "armed_group"}),
    ("30 लोगों की मौत हो गई।", None, {"victims": "लोगों", "role": "unspecified"}),
    ("पुलिस ने बताया कि हमले में तीन लोगों की मौत हो गई।", None, {"reported_by": "पुलिस"}),
    ("रविवार को दो लोगों की मौत हो गई।", "2022-03-01", {"date": "2022-02-27"}),
    ("युद्ध शुरू होने से अब तक 5 हजार लोगों की मौत हो चुकी है।", None, {"scope": "cumulative", "best": 5000}),
    ("पिछले 24 घंटों में 12 लोग घायल हुए।", None, {"scope": "incident"}),
    ("दमिश्क में हुए हमले में 20 लोगों की मौत हो गई।", None, {"location": "दमिश्क"}),
    ("हमले में 5 लोगों की मौत हो गई।", None, {"location": None}),
])
def test_fields(text, published, expected):
    assert summary(claims_of(text, published)[0], expected) == expected
