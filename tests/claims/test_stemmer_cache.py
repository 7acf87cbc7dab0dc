"""A stemmer's cache of words stays within ``morphology.CACHED_WORDS`` and never changes a stem."""
from __future__ import annotations

import pytest

from tollbook.claims import morphology


@pytest.mark.parametrize("bound", [1, 3, 50])
def test_the_cache_keeps_at_most_its_bound_and_stems_as_without_it(monkeypatch, bound):
    monkeypatch.setattr(morphology, "CACHED_WORDS", bound)
    stemmer = morphology.Stemmer(["ами", "ого", "ов", "а", "и"], min_stem=3, folds={"ё": "е"})
    words = ["городами", "людей", "ребёнка", "Харькова", "домов", "городами", "сёла", "ребёнка"] * 5
    stems = [stemmer(word) for word in words]
    assert len(stemmer._cache) <= bound
    assert stems == [stemmer._strip(stemmer.fold(word)) for word in words]
    assert stems[:5] == ["город", "людей", "ребенк", "харьков", "дом"]
