"""claims.vocab: the quick test that lets sentences without any trigger word be skipped."""
from __future__ import annotations

import re

import pytest

from tollbook.claims.vocab import WordTest, vocabulary
from tollbook.rules import load_rules

WORDS = ["kill", "killed", "killing", "wounded", "wound", "taken hostage", "dead", "deaths"]
FLAT = re.compile(r"\b(?:%s)" % "|".join(re.escape(w) for w in WORDS), re.I)
WHOLE = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in WORDS), re.I)


CASES = [
    ("Two people were killed on Sunday.", True, True),
    ("KILLING FIELDS", True, True),
    ("Three were wounded.", True, True),
    ("Nine were taken hostage at the farm.", True, True),
    ("Nine were taken to hospital.", False, False),
    ("Skilled workers rebuilt the bridge.", False, False),   # a word that only contains a trigger word
    ("The deadline passed.", True, False),                    # a word start, not a whole word
    ("The killer fled.", True, False),
    ("Bodies were found; the dead", True, True),
    ("İki kişi killed", True, True),        # lower-casing lengthens "İ": matched as re.I would
    ("", False, False),
]


@pytest.mark.parametrize("text, starts, whole", CASES)
def test_word_test_on_word_starts(text, starts, whole):
    assert WordTest(WORDS, prefixes=True).search(text) is starts
    assert bool(FLAT.search(text)) is starts  # the same answer as the plain list of words with re.I


@pytest.mark.parametrize("text, starts, whole", CASES)
def test_word_test_on_whole_words(text, starts, whole):
    assert WordTest(WORDS).search(text) is whole
    assert bool(WHOLE.search(text)) is whole


@pytest.mark.parametrize("text, start, end, found", [
    ("They were killed. Nobody was hurt.", 18, 34, False),
    ("They were killed. Nobody was hurt.", 0, 17, True),
    ("xkilled", 1, 7, True),    # a slice starts a word where it starts
])
def test_word_test_on_a_slice(text, start, end, found):
    assert WordTest(WORDS).search(text, start, end) is found


def test_word_starts_drop_words_a_shorter_one_covers():
    assert "killed" not in WordTest(WORDS, prefixes=True).pattern
    assert "killed" not in WordTest(["kill", "killed"]).pattern.replace("kill(?:ed)?", "")


@pytest.fixture(scope="module")
def english():
    return vocabulary(load_rules().for_language("en"))


@pytest.mark.parametrize("text, found", [
    ("Two fishermen lost their lives off the coast.", True),     # through "lost", a trigger of its own
    ("The villagers sold their goats at the market.", False),   # "their" alone starts no claim
    ("Four hikers were reported missing on Friday.", True),
    ("The mayor reported strong sales this spring.", False),
])
def test_english_quick_test(english, text, found):
    assert bool(english.trigger_words.search(text)) is found


@pytest.mark.parametrize("text", [
    "Since the war began, 4,200 soldiers have died.",
    "So far 61 people have been reported missing.",
    "Three people were killed in the crash.",
    "Five people have been missing since Monday's attack on the village.",
    "The death toll in Gaza rose to 30.",
    "",
])
def test_scope_cues_as_one_alternation_answer_as_each_cue_alone(text):
    from tollbook.claims.vocab import any_of, compile_patterns
    rules = load_rules()
    for language in rules.languages:
        if "scope" not in rules.by_language[language].files:
            continue
        scope = rules.by_language[language].get("scope")
        for cues in (scope.get("cumulative") or [], scope.get("incident") or []):
            alone = compile_patterns("scope", cues)
            assert bool(any(p.search(text) for p in any_of(alone))) is bool(any(p.search(text) for p in alone))
