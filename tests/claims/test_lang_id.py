"""Indonesian claims through the word-order reader (sentences written for these tests)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims, summary


claims_of = partial(checked_claims, language="id")


@pytest.mark.parametrize("text, expected", [
    ("Tujuh orang tewas dalam kecelakaan bus.", [("killed", 7)]),
    ("Banjir itu menewaskan 3 orang dan melukai 10 lainnya.", [("killed", 3), ("injured", 10)]),
    ("Sedikitnya 8 polisi terluka dan 2 pelaku tewas.", [("injured", 8), ("killed", 2)]),
    ("Ratusan korban tewas akibat gempa.", [("killed", None)]),
    ("Puluhan warga luka-luka akibat ledakan.", [("injured", None)]),
    ("Seorang tentara gugur dalam baku tembak.", [("killed", 1)]),
    ("Sebanyak 1.250 orang mengalami luka-luka.", [("injured", 1250)]),
    ("Dua puluh tiga penumpang meninggal dunia.", [("killed", 23)]),
    ("Kelompok bersenjata menculik empat pekerja.", [("captured", 4)]),
    ("Dua nelayan dinyatakan hilang.", [("missing", 2)]),
    ("Jumlah korban tewas sejak Januari telah mencapai lebih dari 2.000 orang.", [("killed", 2000)]),
    ("Tidak ada korban jiwa dalam kebakaran itu.", [("killed", 0)]),
    # not claims
    ("Serangan itu bisa menewaskan ribuan orang.", []),
    ("Polisi membantah bahwa dua orang tewas.", []),
    ("Dua orang tidak terluka.", []),
    ("Banjir merendam 300 rumah di tiga desa.", []),
    ("Pemerintah menyiapkan 50 truk bantuan untuk 2.000 warga.", []),
    ("Dia dijatuhi hukuman mati pada 2019.", []),
    ("Keluarga korban tewas menggelar doa bersama.", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Setidaknya 50 orang tewas.", {"kind": "at_least", "best": 50, "count_text": "Setidaknya 50"}),
    ("Sedikitnya 12 orang terluka.", {"kind": "at_least", "best": 12}),
    ("Lebih dari 100 orang terluka.", {"kind": "at_least", "best": 100}),
    ("Sekitar 200 orang tewas.", {"kind": "approx", "best": 200}),
    ("Hampir 40 orang terluka.", {"kind": "at_most", "best": 40}),
    ("Puluhan orang tewas.", {"kind": "vague", "best": None, "count_text": "Puluhan"}),
])
def test_count_kinds(text, expected):
    assert summary(claims_of(text)[0], expected) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lima tentara Israel tewas.", {"victims": "tentara Israel", "role": "military", "side": "Israel"}),
    ("Sebanyak 760 warga sipil lainnya mengalami luka-luka.", {"victims": "warga sipil", "role": "civilian"}),
    ("Empat militan tewas dalam baku tembak.", {"victims": "militan", "role": "armed_group"}),
    ("Ratusan korban tewas akibat gempa.", {"victims": None, "role": "unspecified"}),
    ("Tiga warga desa terluka.", {"victims": "warga desa", "role": "unspecified"}),
])
def test_victims(text, expected):
    assert summary(claims_of(text)[0], expected) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Menurut polisi, tujuh orang tewas.", None, {"reported_by": "polisi"}),
    ("Dua pelaku tewas, kata juru bicara polisi Budi Santoso.", None, {"reported_by": "Budi Santoso"}),
    ("Lima orang tewas dalam serangan di Rafah.", None, {"location": "Rafah"}),
    ("Lima orang tewas pada hari Selasa.", "2024-03-03", {"date": "2024-02-27"}),
    ("Tujuh orang tewas pada 12 Januari 2024.", None, {"date": "2024-01-12"}),
    ("Sejak awal perang, 500 tentara tewas.", None, {"scope": "cumulative"}),
])
def test_context(text, published, expected):
    assert summary(claims_of(text, published)[0], expected) == expected


# A toll across a long phrase (grammar.yaml toll_heads, toll_prepositions, toll_verbs): 'jumlah ... yang tewas' is the
# toll noun; a thing counted in between ('rumah') takes the figure away.
@pytest.mark.parametrize("text, expected", [
    ("Jumlah warga sipil yang tewas akibat serangan sejak bulan lalu telah mencapai lebih dari 2.000 orang.",
     [("killed", 2000)]),
    ("Jumlah korban tewas akibat gempa di Sulawesi bertambah menjadi 120 orang.", [("killed", 120)]),
    ("Jumlah penonton yang datang akibat promosi telah mencapai 2.000 orang.", []),
    ("Jumlah warga yang tewas akibat banjir sejak Senin, dan rumah yang rusak mencapai 300.", []),
])
def test_long_toll_phrases(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected
