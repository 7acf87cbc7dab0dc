"""Vocabulary data and its loader.

The extraction vocabularies (trigger words, number words, role nouns, reporting
verbs, vetoes, boilerplate words) live as YAML files beside this module, keyed by
language (``rules/en/...``); code holds the mechanism only. Languages that share one rule set
(Croatian, Serbian and Bosnian read with ``rules/hbs/``) are listed in ``common/shared_rules.yaml``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from tollbook.errors import RuleError

RULES_DIR = Path(__file__).parent
# libyaml's parser when PyYAML was built with it: five times faster than PyYAML's own (the rules are
# most of a command's start-up), and the same data from every rule file (tests/rules/test_integrity.py).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_yaml(relative_path: str) -> Any:
    """Load one vocabulary file, e.g. ``load_yaml("en/outcomes.yaml")``."""
    path = RULES_DIR / relative_path
    try:
        with path.open(encoding="utf-8") as f:
            return yaml.load(f, Loader=YAML_LOADER)  # a safe loader, C or Python
    except FileNotFoundError as e:
        raise RuleError(f"{relative_path}: no such vocabulary file") from e
    except yaml.YAMLError as e:
        raise RuleError(f"{relative_path}: not valid YAML: {e}") from e


@dataclass(frozen=True, eq=False)
class LanguageRules:
    """The vocabularies of one language: file stem -> parsed YAML (``outcomes`` -> {...}).

    Compared and hashed by identity, so that a stage can cache what it compiles from it.
    """
    language: str
    files: Mapping[str, Any]
    folder: str = ""   # the rules/<folder>/ the files come from, when not the language's own ("hbs" for hr)

    def get(self, name: str) -> Any:
        try:
            return self.files[name]
        except KeyError as e:
            raise RuleError(f"{self.language}/{name}.yaml: no such vocabulary file") from e

    @property
    def is_claim_language(self) -> bool:
        """A folder with outcome words is a language claims can be read in (``common/`` is not)."""
        return "outcomes" in self.files

    @property
    def name(self) -> str:
        """The language's English name (``common/languages.yaml``), else its code."""
        return language_name(self.language)

    def vocabulary_entries(self) -> int:
        """How many words, phrases and patterns the folder lists (inline examples not counted)."""
        return sum(_entries(data) for data in self.files.values())


@dataclass(frozen=True, eq=False)
class RuleSet:
    """Every language folder under ``tollbook/rules/``."""
    by_language: Mapping[str, LanguageRules]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.by_language))

    def covers(self, language: str | None) -> bool:
        return language is not None and language in self.by_language

    def for_language(self, language: str) -> LanguageRules:
        if not self.covers(language):
            raise RuleError(f"language {language!r}: no vocabulary folder")
        return self.by_language[language]


def language_name(code: str) -> str:
    """English name of a language code ("pl" -> "Polish"), from ``common/languages.yaml``; else the code."""
    return str((load_yaml("common/languages.yaml") or {}).get(code, code))


def _entries(data: Any) -> int:
    if isinstance(data, Mapping):
        return sum(_entries(value) if isinstance(value, (Mapping, list)) else 1
                   for key, value in data.items() if key != "examples")
    if isinstance(data, list):
        return sum(_entries(item) if isinstance(item, (Mapping, list)) else 1 for item in data)
    return 1


@cache
def load_rules() -> RuleSet:
    """Load every ``rules/<lang>/*.yaml`` (cached: rules are read once per process).

    A folder named in ``common/shared_rules.yaml`` ("hbs") is no language of its own: each code
    listed for it (hr, sr, bs) gets its files."""
    by_folder = {}
    for folder in sorted(p for p in RULES_DIR.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        files = {path.stem: load_yaml(f"{folder.name}/{path.name}") for path in sorted(folder.glob("*.yaml"))}
        if files:
            by_folder[folder.name] = MappingProxyType(files)
    shared = load_yaml("common/shared_rules.yaml") or {}
    codes = {folder: [folder] for folder in by_folder if folder not in shared.values()}
    for code, folder in shared.items():
        if folder not in by_folder:
            raise RuleError(f"common/shared_rules.yaml: {code}: no folder {folder!r}")
        codes.setdefault(folder, []).append(code)
    by_language = {code: LanguageRules(code, by_folder[folder], folder) for folder, names in codes.items()
                   for code in names}
    return RuleSet(MappingProxyType(dict(sorted(by_language.items()))))
