"""py3langid's language identification, computed over the whole text at once.

py3langid (pinned in pyproject.toml) scores a text with a naive Bayes model over byte n-grams, which a
byte automaton (DFA) finds. Its own code walks the automaton one byte at a time in Python, casts each
feature row it needs from float16 to float32 (numpy's float16 cast is slow) and folds labels that
have two columns (script variants) one pair at a time: about a millisecond for the 1,200-character
sample ``documents`` gives it, a tenth of reading a page. ``Identifier`` gives the same scores from
the same model, bit for bit (tests/documents/test_language_id.py compares the two on texts of many
scripts), in whole-array steps:

- the walk: after any ``WINDOW`` bytes the automaton is in the same state whatever state it started
  in (it tracks the longest n-gram prefix the text ends with, at most ``WINDOW`` bytes long; checked
  for py3langid 0.4.0's model over all of its 104,583 states). So the state after byte i is the
  state reached from the start over bytes i-5..i: six gathers over every position at once;
- the feature counts in the order py3langid's ``Counter`` holds them (first occurrence): the order
  of the sum decides the last bit of a float32 score, and a near tie between two languages with it;
- the weights cast to float32 once, at load (the cast py3langid's matrix product makes of the rows it
  needs, each time): 57 MB instead of the model's 28 MB of float16, for a fifth of reading a page;
- the label fold as one maximum over all pairs.
"""
from __future__ import annotations

import unicodedata
from operator import itemgetter

import numpy as np
from py3langid.langid import MODEL_FILE, RAW_FLOOR, LanguageIdentifier

WINDOW = 6   # bytes after which the automaton's state no longer depends on where it started


class Identifier:
    """classify() and rank() of py3langid's LanguageIdentifier (raw scores, all languages)."""

    def __init__(self, model: LanguageIdentifier):
        self.labels = model.nb_classes
        self._next_state = np.frombuffer(model.tk_nextmove, dtype=f"u{model.tk_nextmove.itemsize}")
        self._row_start = np.asarray(model.tk_row, dtype=np.intp) << 8
        self._feature = np.asarray(model.tk_output, dtype=np.intp)   # -1: the state counts no feature
        self._weights = model.nb_ptc.astype(np.float32)               # feature x label
        self._prior = model.nb_pc
        first_column: dict[str, int] = {}
        pairs = [(first_column.setdefault(label, column), column) for column, label in enumerate(self.labels)]
        pairs = [(first, column) for first, column in pairs if first != column]
        self._kept = np.array([first for first, _ in pairs], dtype=np.intp)
        self._folded = np.array([column for _, column in pairs], dtype=np.intp)

    @classmethod
    def load(cls) -> Identifier:
        return cls(LanguageIdentifier.from_model_file(MODEL_FILE))

    def classify(self, text: str) -> str:
        """The best-scoring language."""
        return self.labels[int(self.scores(text).argmax())]

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Every language with its score, best first; a label with two columns once."""
        merged: dict[str, float] = {}
        for label, score in zip(self.labels, self.scores(text).tolist()):
            merged.setdefault(label, score)
        return sorted(merged.items(), key=itemgetter(1), reverse=True)

    def scores(self, text: str) -> np.ndarray:
        """The model's log score of every column, the folded columns at the floor."""
        features, counts = self._feature_counts(_encode(text))
        if len(features):
            scores = np.log1p(counts) @ self._weights.take(features, axis=0) + self._prior
        else:
            scores = np.full(len(self.labels), RAW_FLOOR, dtype=np.float32)
        if len(self._kept):
            np.maximum.at(scores, self._kept, scores[self._folded])
            scores[self._folded] = RAW_FLOOR
        return scores

    def _feature_counts(self, data: bytes) -> tuple[np.ndarray, np.ndarray]:
        """The features the walk over ``data`` meets and how often, in the order it first meets them."""
        text = np.frombuffer(data, dtype=np.uint8)
        size = len(text)
        states = np.zeros(size, dtype=np.intp)
        for lag in range(min(WINDOW, size) - 1, -1, -1):   # position i reads byte i - lag
            moving = states[lag:]
            moving[:] = self._next_state.take(self._row_start.take(moving) + text[:size - lag])
        found = self._feature.take(states)
        found = found[found >= 0]
        if not len(found):
            return found, np.zeros(0, dtype=np.float32)
        by_feature = np.argsort(found, kind="stable")
        ordered = found.take(by_feature)
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        counts = np.diff(np.append(starts, len(ordered)))
        first_seen = np.argsort(by_feature.take(starts))
        return ordered.take(starts).take(first_seen), counts.take(first_seen).astype(np.float32)


def _encode(text: str) -> bytes:
    """The bytes py3langid reads: an all-capitals text lower-cased, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
