"""Shared fixtures: where the repo's fixtures and the shared evaluation folder are."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SHARED = REPO.parent / "shared"


def shared_dir(*parts: str) -> Path:
    """A folder of ../shared; skips the test when it is missing, except under CI where that fails."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"{path} is missing (the evaluation set lives beside the repo)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path
