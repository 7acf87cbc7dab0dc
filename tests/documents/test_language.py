"""documents: language detection keeps to the covered languages unless the text is clearly in another one."""
from __future__ import annotations

import pytest

from tollbook.documents import build_document, detect_language
from tollbook.model import RawPage
from tollbook.rules import RULES_DIR, load_rules, load_yaml


@pytest.mark.parametrize("text, expected", [
    # short texts in a covered language, where a neighbouring language of the model scores a little higher
    ("Gunmen kill 5 in village raid", "en"),           # Nigerian Pidgin by the full model
    ("Man dies in crash", "en"),                        # Afrikaans by the full model
    ("Три человека погибли.", "ru"),                    # Macedonian by the full model
    ("Drei Tote bei Anschlag", "de"),
    ("Tres muertos en un tiroteo", "es"),
    ("Dwie osoby zginęły w wypadku.", "pl"),
    ("U napadu su poginule dvije osobe.", "hr"),          # py3langid calls Croatian, Serbian and Bosnian
    ("U napadu su poginule dve osobe, saopštila je policija.", "bs"),   # apart by a hair: all three are
    ("У нападу су погинуле две особе.", "sr"),            # covered by one rule set (rules/hbs/)
    ("हमले में दो लोगों की मौत हो गई।", "hi"),
    ("हल्ल्यात दोन जणांचा मृत्यू झाला.", "mr"),
    # texts clearly in a language without rules stay that language (not covered)
    ("Dem kill three pipo for di village, police tok.", "pcm"),
    ("Kwa mujibu wa polisi, watu watatu wameuawa katika shambulio hilo.", "sw"),
    ("Kolme ihmistä kuoli onnettomuudessa.", "fi"),
    ("Тројца луѓе загинаа во нападот.", "mk"),
    ("Трима души загинаха при катастрофа на пътя край град Плевен, съобщи полицията.", "bg"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_blank_text_has_no_language():
    assert detect_language("  \n ") is None


def test_a_page_in_an_uncovered_language_is_not_covered():
    page = RawPage(source="t.txt", name="t", format="text",
                   body="Watu watatu wameuawa\n\nKwa mujibu wa polisi, watu watatu wameuawa katika shambulio hilo jana.")
    document = build_document(page)
    assert document.language == "sw" and not load_rules().covers(document.language)


def test_the_covered_languages_are_the_rule_folders_with_outcome_words():
    """A folder is its language, or the languages common/shared_rules.yaml reads with it (hbs: hr, sr, bs)."""
    from tollbook.documents import _covered_languages
    folders = {p.parent.name for p in RULES_DIR.glob("*/outcomes.yaml")}
    shared = load_yaml("common/shared_rules.yaml") or {}
    expected = (folders - set(shared.values())) | {code for code, folder in shared.items() if folder in folders}
    assert set(_covered_languages()) == expected and "en" in expected and "common" not in expected
