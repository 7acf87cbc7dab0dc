"""One attack reported in Turkish, English and Arabic is one incident, end to end (pages written for this test).

The three pages name the town in their own script and inflection ("Diyarbakır'da", "Diyarbakir",
"في مدينة ديار بكر"); extraction reads each as written and grouping meets them at the canonical place.
"""
from __future__ import annotations

import pytest

from tollbook import pipeline
from tollbook.model import RawPage
from tollbook.rules import load_rules

# An invented car bomb in a real town, told three times.
PAGES = {
    "tr": ("Diyarbakır'da bombalı saldırı: 3 polis şehit oldu\n\n"
           "Diyarbakır'ın Bağlar ilçesinde bir polis kontrol noktası yakınında bomba yüklü bir araç infilak etti. "
           "Diyarbakır Valiliği, saldırıda 3 polisin şehit olduğunu, 9 kişinin yaralandığını açıkladı."),
    "en": ("Car bomb kills three police officers in Turkey's Diyarbakir\n\n"
           "A car packed with explosives blew up near a police checkpoint in the Baglar district of Diyarbakir, "
           "in south-eastern Turkey, on Friday. Three police officers were killed and nine people were wounded, "
           "the governor's office said."),
    "ar": ("مقتل ثلاثة شرطيين في تفجير سيارة مفخخة في ديار بكر\n\n"
           "انفجرت سيارة مفخخة قرب نقطة تفتيش للشرطة في مدينة ديار بكر جنوب شرقي تركيا يوم الجمعة. "
           "وقالت ولاية ديار بكر إن ثلاثة من رجال الشرطة قتلوا وأصيب تسعة أشخاص بجروح."),
}


@pytest.fixture(scope="module")
def labelled():
    rules = load_rules()
    pages = [pipeline.process_page(RawPage(source=lang, name=f"car-bomb-{lang}", body=body, format="text",
                                           date="2025-03-14"), rules)
             for lang, body in PAGES.items()]
    return pipeline.label_incidents(pages)


def test_each_page_reads_its_language_and_its_claims(labelled):
    for (document, claims), language in zip(labelled, PAGES):
        assert document.language == language
        assert {(str(c.outcome), c.count.best) for c in claims} == {("killed", 3), ("injured", 9)}, language


def test_every_page_places_the_attack_in_diyarbakir(labelled):
    from tollbook import gazetteer
    for document, claims in labelled:
        places = {gazetteer.resolve(c.location, document.language) for c in claims}
        assert {(p.country, p.admin1) for p in places if p} == {("TR", gazetteer.resolve("Diyarbakır").admin1)}, \
            [c.location for c in claims]


def test_the_three_reports_are_one_incident(labelled):
    labels = {claim.incident for _, claims in labelled for claim in claims}
    assert len(labels) == 1 and None not in labels, labels
