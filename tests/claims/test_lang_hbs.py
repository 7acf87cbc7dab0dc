"""Croatian, Serbian and Bosnian claims: one rule set (rules/hbs/) read in Latin and Cyrillic letters, through the
free-order reader (sentences written for these tests). Each row names the language code py3langid gives."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims, summary


def outcomes(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(str(c.outcome), c.count.best) for c in checked_claims(text, language=language)]


@pytest.mark.parametrize("language, text, expected", [
    ("hr", "U napadu dronom na autobus poginulo je najmanje devet ljudi, a četrnaest ih je ranjeno.",
     [("killed", 9), ("injured", 14)]),
    ("sr", "Dve osobe su poginule, a 11 je povređeno u eksploziji.", [("killed", 2), ("injured", 11)]),
    ("hr", "Jedna osoba je smrtno stradala, dok su četiri osobe zadobile ozljede.", [("killed", 1), ("injured", 4)]),
    ("sr", "U pucnjavi u selu ubijeno je osmoro ljudi.", [("killed", 8)]),
    ("hr", "Broj poginulih porastao je na 27.", [("killed", 27)]),
    ("bs", "Ima poginulih i ranjenih.", [("killed", None), ("injured", None)]),
    ("hr", "Poginuo je 34-godišnjak iz Osijeka.", [("killed", 1)]),
    ("hr", "Nitko nije ozlijeđen u požaru.", [("injured", 0)]),
    ("sr", "У нападу на пијацу погинуло је 12 цивила, а више од 40 је рањено.", [("killed", 12), ("injured", 40)]),
    ("sr", "Седам војника је погинуло, а двојица су заробљена.", [("killed", 7), ("captured", 2)]),
    ("bs", "Sedam vojnika je poginulo, a dvojica su zarobljena.", [("killed", 7), ("captured", 2)]),
    ("hr", "Policija je priopćila da je ranjeno pet osoba, među kojima troje djece.", [("injured", 5), ("injured", 3)]),
    ("sr", "Od početka rata poginulo je više od 10.000 civila.", [("killed", 10000)]),
    ("hr", "Tri ribara vode se kao nestali nakon oluje.", [("missing", 3)]),
    ("bs", "Teroristi su oteli 15 putnika.", [("captured", 15)]),
    ("sr", "Broj žrtava zemljotresa popeo se na 1.350.", [("killed", 1350)]),
    ("hr", "Desetine ljudi su ranjene u prosvjedu.", [("injured", None)]),
    ("bs", "U sudaru dva automobila povrijeđeno je šest osoba.", [("injured", 6)]),
    ("sr", "Nema povređenih, rekli su vatrogasci.", [("injured", 0)]),
    ("hr", "Hospitalizirano je 18 osoba.", [("injured", 18)]),
    ("sr", "Рањен је један полицајац.", [("injured", 1)]),
    ("hr", "Napadač je ubijen.", [("killed", 1)]),
    ("bs", "Ubio je troje ljudi i ranio dvoje.", [("killed", 3), ("injured", 2)]),
    ("hr", "Poginulo je pet Palestinaca, uključujući dvoje djece.", [("killed", 5), ("killed", 2)]),
    ("sr", "Власти су потврдиле смрт двојице војника.", [("killed", 2)]),
    ("sr", "Mladi muškarac je teško ranjen.", [("injured", 1)]),
    ("hr", "U nesreći 5. svibnja poginulo je dvoje ljudi.", [("killed", 2)]),
    ("sr", "Pet rudara izgubilo je život u rudniku.", [("killed", 5)]),
    ("hr", "Desetak ljudi je lakše ozlijeđeno.", [("injured", 10)]),
    ("bs", "Poginulo je 1.200 pripadnika vojske.", [("killed", 1200)]),
    ("hr", "U ruševinama su pronađena tijela petero ljudi.", [("killed", 5)]),
    ("hr", "Tijekom noći ranjeno je troje ljudi.", [("injured", 3)]),
    # not claims: threats, plans, denials, condolences, sports, animals, power cuts, sentences
    ("hr", "Hamas je zaprijetio da će ubiti taoce.", []),
    ("sr", "Ministarstvo je demantovalo da je poginulo 20 vojnika.", []),
    ("hr", "Dinamo je ubio Hajduk s tri gola.", []),
    ("bs", "U požaru na farmi uginulo je 200 svinja.", []),
    ("sr", "Poginulo je 30 ovaca.", []),
    ("hr", "Ako se napad ponovi, moglo bi poginuti na stotine ljudi.", []),
    ("sr", "Izražavamo saučešće porodicama poginulih.", []),
    ("hr", "Osuđen je na smrtnu kaznu 2019. godine.", []),
    ("hr", "Hajduk je izgubio pet utakmica zaredom.", []),
    ("sr", "Nestalo je struje u 300 kuća.", []),
    ("sr", "Премијер је изјавио да неће бити жртава.", []),
    ("bs", "Ubijeno je 15 pasa lutalica.", []),
])
def test_outcomes_and_counts(language, text, expected):
    assert outcomes(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("Najmanje 50 osoba je poginulo.", {"kind": "at_least", "best": 50, "count_text": "Najmanje 50"}),
    ("Više od 100 osoba je ranjeno.", {"kind": "at_least", "best": 100}),
    ("Oko 200 ljudi je poginulo.", {"kind": "approx", "best": 200}),
    ("Gotovo 40 osoba je ranjeno.", {"kind": "at_most", "best": 40}),
    ("Poginulo je nekoliko desetina vojnika.", {"kind": "vague", "best": None}),
    ("Погинуло је око 200 људи.", {"kind": "approx", "best": 200, "count_text": "око 200"}),
])
def test_count_kinds(text, expected):
    assert summary(checked_claims(text, language="hr")[0], expected) == expected


@pytest.mark.parametrize("language, text, published, expected", [
    ("hr", "Poginula su tri ruska vojnika.", None, {"victims": "ruska vojnika", "role": "military", "side": "Russia"}),
    ("sr", "Погинула су три руска војника.", None, {"victims": "руска војника", "role": "military", "side": "Russia"}),
    ("bs", "Ranjeno je pet civila.", None, {"role": "civilian", "side": None}),
    ("hr", "Poginule su tri osobe, priopćila je policija.", None, {"reported_by": "policija"}),
    ("sr", "Погинуле су три особе, саопштила је полиција.", None, {"reported_by": "полиција"}),
    ("hr", "U Zagrebu su poginule tri osobe.", None, {"location": "Zagreb"}),
    ("sr", "U pucnjavi kod Mladenovca ubijeno je osmoro ljudi.", None, {"location": "Mladenovac"}),
    ("sr", "U Harkovu su ranjene tri osobe.", None, {"location": "Harkov"}),
    # a site noun after its adjectives, with its name: the site ("u pravoslavnoj crkvi Svetog Marka")
    ("hr", "U pravoslavnoj crkvi Svetog Marka poginule su tri osobe.", None, {"location": "crkvi Svetog Marka"}),
    ("hr", "U staroj pravoslavnoj crkvi Svetog Marka ranjeno je pet osoba.", None,
     {"location": "crkvi Svetog Marka"}),
    # an adjective before no site noun, a site noun with no name: no place
    ("hr", "U pravoslavnoj zajednici Svetog Marka poginule su tri osobe.", None, {"location": None}),
    ("hr", "U pravoslavnoj crkvi poginule su tri osobe.", None, {"location": None}),
    ("hr", "U nedjelju su poginule dvije osobe.", "2022-03-01", {"date": "2022-02-27"}),
    ("sr", "Od početka rata poginulo je 5 hiljada ljudi.", None, {"scope": "cumulative", "best": 5000}),
    ("sr", "Од почетка рата погинуло је 5 хиљада људи.", None, {"scope": "cumulative", "best": 5000}),
])
def test_fields(language, text, published, expected):
    assert summary(checked_claims(text, published, language=language)[0], expected) == expected
