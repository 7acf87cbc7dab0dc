"""Turkish claims through the free-order reader: words read by stem and suffix ("yaralandı", "yaralananların",
"yaralandığını" are one outcome), suffixed numbers ("5'i", "ikisi": N of them), the article "bir", qualifiers
after the number ("30'dan fazla"), negation in the verb's suffix (sentences written for these tests)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims, summary

claims_of = partial(checked_claims, language="tr")


@pytest.mark.parametrize("text, expected", [
    ("Saldırıda iki asker şehit oldu.", [("killed", 2, "exact")]),
    ("Bombalı saldırıda 4 asker şehit olurken 2 asker yaralandı.", [("killed", 4, "exact"), ("injured", 2, "exact")]),
    ("Kazada 3 kişi hayatını kaybetti.", [("killed", 3, "exact")]),
    ("Depremde yaşamını yitiren 8 kişinin kimliği belirlendi.", [("killed", 8, "exact")]),
    ("Operasyonda 5 terörist etkisiz hale getirildi.", [("killed", 5, "exact")]),
    ("Patlamada ölü sayısı 24'e yükseldi.", [("killed", 24, "exact")]),
    ("ŞEHİT SAYISI 12'YE YÜKSELDİ", [("killed", 12, "exact")]),                  # capitals: İ and I fold
    ("Yaralı sayısı ise 40.", [("injured", 40, "exact")]),
    ("Depremde ölenlerin sayısı 1.250'ye ulaştı.", [("killed", 1250, "exact")]),
    ("Hain saldırıda 7 polis şehit oldu, 13'ü polis 27 kişi de yaralandı.",
     [("killed", 7, "exact"), ("injured", 13, "exact"), ("injured", 27, "exact")]),
    ("Saldırıda 38 vatandaşımız şehit olurken 17'si ağır 155 vatandaşımız yaralandı.",
     [("killed", 38, "exact"), ("injured", 17, "exact"), ("injured", 155, "exact")]),
    ("Yaralılardan 5'inin durumu ağır.", [("injured", 5, "exact")]),                # "5 of the injured"
    ("Ölenlerin ikisi çocuk.", [("killed", 2, "exact")]),                         # "two of the dead"
    ("12 kişi yaralandı, bunlardan 3'ü ağır.", [("injured", 12, "exact"), ("injured", 3, "exact")]),
    ("Kazada bir kişi öldü.", [("killed", 1, "exact")]),
    ("Bir saldırıda 3 kişi öldü.", [("killed", 3, "exact")]),                      # "bir" as the article
    ("Çatışmada bir astsubay ile bir uzman çavuş şehit düştü.", [("killed", 1, "exact"), ("killed", 1, "exact")]),
    ("Uzman Çavuş Ahmet Yılmaz şehit oldu.", [("killed", 1, "exact")]),            # one named soldier
    ("Patlamada 30'dan fazla kişi yaralandı.", [("injured", 30, "at_least")]),
    ("Saldırıda yirmiden fazla kişi yaralandı.", [("injured", 20, "at_least")]),
    ("Saldırıda en az 20 kişi öldü.", [("killed", 20, "at_least")]),
    ("Yaklaşık 50 kişi yaralandı.", [("injured", 50, "approx")]),
    ("Patlamada yirmi beş kişi yaralandı.", [("injured", 25, "exact")]),
    ("Depremde binlerce kişi hayatını kaybetti.", [("killed", None, "vague")]),
    ("Olayda kimse yaralanmadı.", [("injured", 0, "exact")]),
    ("Olayda ölen olmadı.", [("killed", 0, "exact")]),
    ("Valilik, saldırıda 3 kişinin öldüğünü açıkladı.", [("killed", 3, "exact")]),
    ("İçişleri Bakanı Ali Veli, patlamada 6 kişinin yaralandığını söyledi.", [("injured", 6, "exact")]),
    ("Köyde çıkan yangında 2 çocuk hayatını kaybetti, 5 kişi dumandan etkilenerek hastaneye kaldırıldı.",
     [("killed", 2, "exact"), ("injured", 5, "exact")]),
    ("Silahlı kişiler 4 işçiyi kaçırdı.", [("captured", 4, "exact")]),
    ("Selde 3 kişi kayboldu.", [("missing", 3, "exact")]),
    ("Kazada 2 kişi ölürken 10 kişi yaralandı.", [("killed", 2, "exact"), ("injured", 10, "exact")]),
    ("Patlamada ölen ve yaralananların sayısı 30'u aştı.", [("casualties", 30, "exact")]),
    ("Saldırıda ölü ve yaralılar var.", [("killed", None, "unknown"), ("injured", None, "unknown")]),
    ("Enkaz altında 6 kişinin cesedi bulundu.", [("killed", 6, "exact")]),
    ("Hakkari'de teröristlerle çıkan çatışmada 1 korucu şehit oldu, 2 korucu yaralandı.",
     [("killed", 1, "exact"), ("injured", 2, "exact")]),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text", [
    "Örgüt yüzlerce kişiyi öldürmekle tehdit etti.",                # a threat
    "Bakanlık 10 askerin şehit olduğu iddialarını yalanladı.",      # a denial
    "Uzmanlara göre büyük bir depremde binlerce kişi ölebilir.",     # a possibility, in the suffix
    "Saldırıda 5 asker yaralanmadı.",                               # negated in the suffix
    "Yangında 40 koyun öldü.",                                      # animals
    "Selde 300 büyükbaş hayvan telef oldu ve 20 koyun öldü.",
    "Derbi maçında iki futbolcu yaralandı.",                        # sports
    "Beşiktaş maçta rakibini 3-1 yendi.",
    "Bakan, şehit olan askerler için başsağlığı diledi.",           # no figure
    "Mahkeme sanığa ölüm cezası verdi.",                            # a death sentence
    "Askerler 10 köyü boşalttı.",
    "Şehit ailelerine 50 konut teslim edildi.",                     # families of the fallen
])
def test_not_claims(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Çatışmada 2 asker şehit oldu.", {"victims": "asker", "role": "military"}),
    ("Saldırıda 3 sivil hayatını kaybetti.", {"role": "civilian"}),
    ("Hava saldırısında 12 PKK'lı terörist etkisiz hale getirildi.", {"role": "armed_group"}),
    ("Ölenlerin ikisi çocuk.", {"victims": "çocuk", "role": "civilian"}),
    ("Diyarbakır'da düzenlenen saldırıda 3 polis yaralandı.", {"location": "Diyarbakır"}),
    ("Mardin'in Savur ilçesinde 4 asker şehit oldu.", {"location": "Savur"}),
    ("Valilik, saldırıda 3 kişinin öldüğünü açıkladı.", {"reported_by": "Valilik"}),
    ("AFAD, depremde 14 kişinin öldüğünü duyurdu.", {"reported_by": "AFAD"}),
    ("2015'ten bu yana 500 sivil hayatını kaybetti.", {"scope": "cumulative"}),
    ("23 Ekim'de düzenlenen saldırıda 5 kişi öldü.", {"date": "2024-10-23", "scope": "incident"}),
])
def test_fields(text, expected):
    claim = claims_of(text, published="2024-10-26")[0]
    assert summary(claim, expected) == expected


def test_count_text_is_the_number_without_its_suffix():
    assert [c.count.text for c in claims_of("Yaralılardan 5'inin durumu ağır.")] == ["5"]
    assert [c.count.text for c in claims_of("Ölenlerin ikisi çocuk.")] == ["iki"]


@pytest.mark.parametrize("text, expected", [
    ("Patlamada 3'ü ağır olmak üzere 8 asker yaralanmıştır.", [("injured", 3), ("injured", 8)]),
    ("Genelkurmay, 3 askerin şehit olduğunu, 5 asker ve 1 polisin yaralandığını bildirdi.",
     [("killed", 3), ("injured", 5), ("injured", 1)]),
    ("Şehitlerden 20'si polis, 6'sı sivil.", [("killed", 20), ("killed", 6)]),
    ("İkisi çocuk 5 kişi öldü.", [("killed", 2), ("killed", 5)]),          # capital İ: the number is "İki"
    ("3 ÖLÜ 12 YARALI", [("killed", 3), ("injured", 12)]),
])
def test_subgroups_and_headlines(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


def test_victims_stop_at_the_noun():
    claim, = claims_of("Kazada yaralanan 4 kişi hastaneye kaldırıldı.")
    assert (claim.count.best, claim.victims.text, str(claim.victims.role)) == (4, "kişi", "unspecified")


@pytest.mark.parametrize("text, expected", [
    # the verbal noun before "neden" / "yol" (caused): a death or a wounding; the negated past is none
    ("Kazada 2 kişinin ölmesine neden olan sürücü yakalandı.", [("killed", 2)]),
    ("Patlama 4 kişinin yaralanmasına yol açtı.", [("injured", 4)]),
    ("Olayda kimse hayatını kaybetmedi.", [("killed", 0)]),
    # thousands and the rest in digits
    ("Depremde 4 bin 200 kişi hayatını kaybetti.", [("killed", 4200)]),
    # a headline in capitals: the outcome words are no name after the noun
    ("3 YOLCU HAYATINI KAYBETTİ", [("killed", 3)]),
    # bullets are no people
    ("Vücuduna çok sayıda kurşun isabet eden iki genç yaralandı.", [("injured", 2)]),
])
def test_fresh_constructions(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the light verb's participle between the outcome and its figure
    ("Çatışmada şehit olan 7 asker anıldı.", [("killed", 7, "asker", "incident")]),
    # two names joined by a slash before the head noun
    ("Irak'ın kuzeyinde 4 PKK/YPG'li terörist etkisiz hale getirildi.",
     [("killed", 4, "PKK/YPG'li terörist", "incident")]),
    # counted from a year on: a running total
    ("1990 yılından 2010'a kadar 300 personel şehit oldu.", [("killed", 300, "personel", "cumulative")]),
])
def test_fresh_fields(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text, str(c.scope)) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case headline before a colon is no source; a source noun or an acronym before it is
    ("Minibüs Devrildi: 3 Ölü, 4 Yaralı", [None, None]),
    ("Valilik: 2 asker şehit oldu", ["Valilik"]),
])
def test_headline_colon_source(text, expected):
    assert [c.reported_by for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "N'i" (N of them) with a description, not a person noun, before the whole figure
    ("Kazalarda 2'si aynı aileden 5 kişi yaşamını yitirdi.", [("killed", 2), ("killed", 5)]),
    ("Kazada 2'si çocuk 4 kişi öldü.", [("killed", 2), ("killed", 4)]),
])
def test_partitive_before_its_figure(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a count of places is no count of people
    ("Sel nedeniyle 3 ilde toplam can kaybı sayısı 40'a yükseldi.", [("killed", 40)]),
    ("2 ilçede 5 kişi öldü.", [("killed", 5)]),
])
def test_places_are_no_people(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an injured participle before the figure and a killed verb after it: they died
    ("Kazada ağır yaralanan 3 kişi hastanede hayatını kaybetti.", [("killed", 3, "kişi")]),
    ("Yaralanan 5 kişi hastaneye kaldırıldı.", [("injured", 5, "kişi")]),
    # demonyms name the victims
    ("Saldırılarda 20 Filistinli hayatını kaybetti.", [("killed", 20, "Filistinli")]),
])
def test_participles_and_demonyms(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "X'ten yapılan (son) açıklamaya göre": the source is X (as written, the scorer compares stems)
    ("Sağlık Bakanlığı'ndan yapılan açıklamaya göre 12 kişi yaralandı.", ["Sağlık Bakanlığı'ndan"]),
    ("AFAD'dan yapılan son açıklamaya göre 40 kişi hayatını kaybetti.", ["AFAD'dan"]),
])
def test_statement_made_by(text, expected):
    assert [c.reported_by for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "could not be saved" is a death; "was rescued" is none
    ("Ağır yaralanan yolcu kurtarılamadı.", [("killed", 1)]),
    ("Yaralı 2 kişi hastanede kurtarılamadı.", [("killed", 2)]),
    ("Enkaz altından 3 kişi kurtarıldı.", []),
])
def test_could_not_be_saved(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected
