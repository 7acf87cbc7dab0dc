"""documents: a short sentence in Turkish, Persian or Urdu is detected as its language (each has a rule folder)."""
from __future__ import annotations

import pytest

from tollbook.documents import detect_language


@pytest.mark.parametrize("text, expected", [
    ("Saldırıda iki asker şehit oldu, üç asker yaralandı.", "tr"),
    ("در این حمله پنج نفر کشته و ده نفر زخمی شدند.", "fa"),
    ("دھماکے میں چار افراد جاں بحق ہو گئے۔", "ur"),
])
def test_short_sentence_is_detected(text, expected):
    assert detect_language(text) == expected
