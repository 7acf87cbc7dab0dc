"""Vocabulary data and its loader.

The extraction vocabularies (trigger words, number words, role nouns, reporting
verbs, vetoes, boilerplate words) live as YAML files beside this module, keyed by
language (``rules/en/...``); code holds the mechanism only.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from tollbook.errors import RuleError

RULES_DIR = Path(__file__).parent


@cache
def load_yaml(relative_path: str) -> Any:
    """Load one vocabulary file, e.g. ``load_yaml("en/outcomes.yaml")``."""
    path = RULES_DIR / relative_path
    try:
        with path.open(encoding="utf-8") as f:
            return yaml.safe_load(f)
    except FileNotFoundError as e:
        raise RuleError(f"{relative_path}: no such vocabulary file") from e
    except yaml.YAMLError as e:
        raise RuleError(f"{relative_path}: not valid YAML: {e}") from e
