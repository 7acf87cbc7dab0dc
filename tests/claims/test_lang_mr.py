"""Marathi claims through the free-order reader (sentences written for these tests): case endings glued to the
noun ("जणांचा", "नागरिकांचा") are stemmed off; the figure stands before the outcome ("२० नागरिक ठार झाले")."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims, summary

claims_of = partial(checked_claims, language="mr")


@pytest.mark.parametrize("text, expected", [
    ("या हल्ल्यात कमीत कमी २० नागरिक ठार झाले.", [("killed", 20)]),
    ("अपघातात पाच जणांचा मृत्यू झाला.", [("killed", 5)]),
    ("स्फोटात ५० पेक्षा जास्त लोक जखमी झाले.", [("injured", 50)]),
    ("गोळीबारात पाच जण ठार झाले.", [("killed", 5)]),
    ("आठ कामगारांचा खाणीत मृत्यू झाला.", [("killed", 8)]),
    ("४० जण जखमी झाले.", [("injured", 40)]),
    ("तीन मच्छीमार बेपत्ता आहेत.", [("missing", 3)]),
    ("हल्ल्यात एक जवान शहीद झाला.", [("killed", 1)]),
    ("तीन भारतीय जवान शहीद झाले.", [("killed", 3)]),
    ("३० जणांचा मृत्यू झाला.", [("killed", 30)]),
    ("हल्ल्यात तीन जण ठार झाले, असे पोलिसांनी सांगितले.", [("killed", 3)]),
    ("किमान ५० जणांचा मृत्यू झाला.", [("killed", 50)]),
    ("सुमारे २०० जण जखमी झाले.", [("injured", 200)]),
    ("अनेकजण जखमी झाल्याची माहिती समोर आली आहे.", [("injured", None)]),
    ("एका तरुणाचा मृत्यू झाला.", [("killed", 1)]),
    ("दोघांचा जागीच मृत्यू झाला तर तिघे गंभीर जखमी झाले.", [("killed", 2), ("injured", 3)]),
    ("मृतांचा आकडा २५ वर पोहोचला आहे.", [("killed", 25)]),
    ("या अपघातात कोणीही जखमी झाले नाही.", [("injured", 0)]),
    ("बसच्या अपघातात १२ प्रवाशांचा मृत्यू झाला आणि ३० जण जखमी झाले.", [("killed", 12), ("injured", 30)]),
    ("चकमकीत चार नक्षलवादी ठार झाले.", [("killed", 4)]),
    ("दहशतवाद्यांनी १५ प्रवाशांचे अपहरण केले.", [("captured", 15)]),
    ("पुरानंतर ३५ जण बेपत्ता आहेत.", [("missing", 35)]),
    ("आगीत होरपळून तीन मुलांचा मृत्यू झाला.", [("killed", 3)]),
    ("भूकंपात मृतांची संख्या वाढून १,२०० झाली आहे.", [("killed", 1200)]),
    ("या हल्ल्यात सात सैनिक जखमी झाले, त्यापैकी दोघांची प्रकृती गंभीर आहे.", [("injured", 7), ("injured", 2)]),
    ("या दुर्घटनेत दोन महिलांचा मृत्यू झाला.", [("killed", 2)]),
    ("हल्ल्यात अनेक जण ठार झाले.", [("killed", None)]),
    ("युद्धात आतापर्यंत १० हजार सैनिकांचा मृत्यू झाला आहे.", [("killed", 10000)]),
    ("एका महिलेचा रुग्णालयात मृत्यू झाला.", [("killed", 1)]),
    ("स्फोटात सुमारे ६० जण जखमी झाले.", [("injured", 60)]),
    # not claims: modals, threats, denials, sentences, sports, animals, property, arrests, condolences
    ("हल्ल्यात शेकडो लोक ठार होऊ शकतात.", []),
    ("त्याला जीवे मारण्याची धमकी देण्यात आली.", []),
    ("मृतांच्या कुटुंबियांना श्रद्धांजली वाहिली.", []),
    ("पुरात ५०० जनावरांचा मृत्यू झाला.", []),
    ("भारताने सामन्यात पाकिस्तानचा ५ विकेटने पराभव केला.", []),
    ("न्यायालयाने आरोपीला फाशीची शिक्षा सुनावली.", []),
    ("पोलिसांनी १२ जणांना ताब्यात घेतले.", []),
    ("आगीत ४० दुकाने जळून खाक झाली.", []),
    ("सरकारने मृत्यूच्या बातमीचे खंडन केले.", []),
    ("या अपघातात २० प्रवासी थोडक्यात बचावले.", []),
    ("त्याने सामन्यात ५० धावा केल्या.", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("या हल्ल्यात कमीत कमी २० नागरिक ठार झाले.", {"kind": "at_least", "best": 20, "count_text": "कमीत कमी २०"}),
    ("स्फोटात ५० पेक्षा जास्त लोक जखमी झाले.", {"kind": "at_least", "best": 50, "count_text": "५० पेक्षा जास्त"}),
    ("सुमारे २०० जण जखमी झाले.", {"kind": "approx", "best": 200}),
    ("अनेकजण जखमी झाले.", {"kind": "vague", "best": None, "count_text": "अनेकजण"}),
])
def test_count_kinds(text, expected):
    assert summary(claims_of(text)[0], expected) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("या हल्ल्यात कमीत कमी २० नागरिक ठार झाले.", None, {"victims": "नागरिक", "role": "civilian"}),
    ("तीन भारतीय जवान शहीद झाले.", None, {"role": "military", "side": "India"}),
    ("चकमकीत चार नक्षलवादी ठार झाले.", None, {"role": "armed_group"}),
    ("३० जणांचा मृत्यू झाला.", None, {"victims": "जणांचा", "role": "unspecified"}),
    ("रविवारी दोन जणांचा मृत्यू झाला.", "2022-03-01", {"date": "2022-02-27"}),
    ("पुणे येथे अपघातात दोन जण ठार झाले.", None, {"location": "पुणे"}),
    # a named site with its postposition glued on: its name words, the noun as listed
    ("सेंट मेरी चर्चमध्ये झालेल्या स्फोटात २० नागरिक ठार झाले.", None, {"location": "सेंट मेरी चर्च"}),
    ("दुर्गा मंदिरात झालेल्या स्फोटात तीन जण जखमी झाले.", None, {"location": "दुर्गा मंदिर"}),
    # a site noun with no name before it, a case ending before the noun: no named site
    ("एका चर्चमध्ये झालेल्या स्फोटात २० नागरिक ठार झाले.", None, {"location": None}),
    ("शहरातील मंदिरात झालेल्या स्फोटात तीन जण जखमी झाले.", None, {"location": None}),
    ("युद्धात आतापर्यंत १० हजार सैनिकांचा मृत्यू झाला आहे.", None, {"scope": "cumulative", "best": 10000}),
])
def test_fields(text, published, expected):
    assert summary(claims_of(text, published)[0], expected) == expected
