"""The vocabulary data itself: every file loads, every pattern compiles, every inline example holds."""
from __future__ import annotations

import pytest

from tollbook.claims import extract_claims
from tollbook.claims.vocab import vocabulary
import yaml

from tollbook.rules import RULES_DIR, YAML_LOADER, load_rules, load_yaml
from tests.claims.helpers import make_document, summary

VOCABULARY_FILES = sorted(p.relative_to(RULES_DIR).as_posix() for p in RULES_DIR.glob("*/*.yaml"))
SHARED_RULES = load_yaml("common/shared_rules.yaml") or {}
EXAMPLES = [(name, example) for name in VOCABULARY_FILES
            for example in (load_yaml(name) or {}).get("examples", [])]


@pytest.mark.parametrize("name", VOCABULARY_FILES)
def test_vocabulary_file_loads_as_a_mapping(name):
    assert isinstance(load_yaml(name), dict)


@pytest.mark.parametrize("name", VOCABULARY_FILES)
def test_the_fast_loader_reads_the_same_data_as_pyyaml_itself(name):
    """Rules load with libyaml's parser when PyYAML has it: the same values, types and key order."""
    text = (RULES_DIR / name).read_text(encoding="utf-8")
    fast, own = yaml.load(text, Loader=YAML_LOADER), yaml.load(text, Loader=yaml.SafeLoader)
    assert fast == own and repr(fast) == repr(own)


def test_rule_set_covers_english_and_compiles():
    rules = load_rules()
    assert "en" in rules.languages and rules.covers("en") and not rules.covers(None)
    compiled = vocabulary(rules.for_language("en"))
    assert compiled.cumulative and compiled.trigger_words.search("five were killed")


def test_every_claim_vocabulary_has_examples():
    names = {name for name, _ in EXAMPLES}
    for stem in ("outcomes", "numbers", "qualifiers", "victims", "places", "attribution", "vetoes", "scope", "dates"):
        assert f"en/{stem}.yaml" in names


@pytest.mark.parametrize("name, example", EXAMPLES, ids=[f"{n}:{e['text'][:40]}" for n, e in EXAMPLES])
def test_inline_example_gives_its_value(name, example):
    document = make_document(example["text"], published=example.get("published"), language=_language_of(name.split("/")[0]))
    claims = extract_claims(document, load_rules())
    expect = dict(example["expect"])
    if "claims" in expect:
        assert len(claims) == expect.pop("claims")
    if expect:
        assert claims, f"{name}: no claim in {example['text']!r}"
        assert summary(claims[0], expect) == expect


def _language_of(folder: str) -> str:
    """The language a folder's examples are read in: "hbs" is read as the first code it serves (hr)."""
    return next((code for code, shared in SHARED_RULES.items() if shared == folder), folder)


def test_shared_rule_set_serves_each_of_its_languages():
    rules = load_rules()
    for code, folder in SHARED_RULES.items():
        assert rules.covers(code) and rules.for_language(code).language == code
        assert not rules.covers(folder)
