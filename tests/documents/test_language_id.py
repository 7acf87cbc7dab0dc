"""language_id: py3langid's scores computed over the whole text at once, bit for bit the library's own.

The texts are written for these tests, in many scripts; a seeded generator adds strings that mix them.
"""
from __future__ import annotations

import random

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from tollbook.language_id import WINDOW, Identifier

TEXTS = [
    "Three people were killed and five injured when a bus overturned near the border on Sunday.",
    "Bei einem Unfall auf der Autobahn sind am Montag zwei Menschen ums Leben gekommen.",
    "Dans la nuit de samedi, un incendie a fait quatre morts dans un immeuble du centre-ville.",
    "Al menos seis personas murieron tras las fuertes lluvias que azotaron la región.",
    "В результате обстрела погибли два человека, ещё семеро получили ранения.",
    "Унаслідок удару загинули троє людей, повідомила обласна адміністрація.",
    "W wypadku na drodze krajowej zginęły dwie osoby, a trzy zostały ranne.",
    "قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار وقع صباح اليوم.",
    "हादसे में चार लोगों की मौत हो गई और छह घायल हुए।",
    "حادثے میں تین افراد جاں بحق اور پانچ زخمی ہو گئے۔",
    "事故で3人が死亡し、5人がけがをした。",
    "这起事故造成三人死亡，五人受伤。",
    "사고로 세 명이 숨지고 다섯 명이 다쳤다.",
    "Στο δυστύχημα σκοτώθηκαν τρεις άνθρωποι.",
    "בתאונה נהרגו שלושה אנשים ונפצעו חמישה.",
    "อุบัติเหตุทำให้มีผู้เสียชีวิตสามคน",
    "Kazada üç kişi hayatını kaybetti, beş kişi yaralandı.",
    "THREE DEAD IN CRASH ON COASTAL ROAD",   # all capitals: py3langid lower-cases it first
    "Man dies",                             # a few features only
    "a",
    "2024-03-05 12:30",                     # figures and marks
    "!!!",                                  # no feature at all: every score at the floor
    "",
]


def _mixed_strings(count: int) -> list[str]:
    """Seeded strings mixing the scripts of TEXTS, cut at random places (short, long, mid-word)."""
    alphabet = "".join(sorted(set("".join(TEXTS)))) + "\u00a0\t\n"
    generator = random.Random(12)
    strings = ["".join(generator.choice(alphabet) for _ in range(generator.randrange(1, 400))) for _ in range(count)]
    joined = " ".join(TEXTS)
    for _ in range(count):
        start = generator.randrange(len(joined))
        strings.append(joined[start:start + generator.randrange(1, 1500)])
    return strings


@pytest.fixture(scope="module")
def library() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE)


@pytest.fixture(scope="module")
def identifier(library) -> Identifier:
    return Identifier(library)


@pytest.mark.parametrize("text", TEXTS + _mixed_strings(60), ids=lambda text: repr(text[:16]))
def test_scores_are_the_librarys_bit_for_bit(library, identifier, text):
    assert identifier.classify(text) == library.classify(text)[0]
    assert identifier.rank(text) == library.rank(text)
    expected = library._decide(text)
    scores = identifier.scores(text)
    assert scores.dtype == expected.dtype and np.array_equal(scores, expected)


def test_a_text_without_features_scores_the_floor_everywhere(library, identifier):
    assert len(set(identifier.scores("!!!").tolist())) == 1
    assert len(set(identifier.scores("Man dies").tolist())) > 1


def _walk(identifier: Identifier, state: np.ndarray, text: np.ndarray, starts: np.ndarray, length: int) -> np.ndarray:
    """The states after ``length`` bytes of ``text`` from each offset in ``starts``, one walk per offset."""
    for offset in range(length):
        state = identifier._next_state.take(identifier._row_start.take(state) + text.take(starts + offset))
    return state


def test_after_the_window_the_walk_has_forgotten_where_it_started(identifier):
    """What the whole-text walk rests on: the state at a position is the walk over the WINDOW bytes
    that end there, from any state, the start state among them."""
    generator = np.random.default_rng(5)
    text = np.frombuffer(" ".join(TEXTS).encode(), dtype=np.uint8)
    starts = generator.integers(0, len(text) - WINDOW, size=20000)
    from_anywhere = generator.integers(0, len(identifier._row_start), size=len(starts))
    from_start = np.zeros(len(starts), dtype=np.intp)
    assert np.array_equal(_walk(identifier, from_anywhere, text, starts, WINDOW),
                          _walk(identifier, from_start, text, starts, WINDOW))


def test_the_window_is_as_long_as_the_deepest_state(identifier):
    """A state WINDOW bytes deep (the longest n-gram prefix the model tracks): a walk over one byte
    fewer, from the start, does not reach it, so a narrower window would count other features."""
    states = len(identifier._row_start)
    parent, byte = np.full(states, -1, dtype=np.intp), np.zeros(states, dtype=np.uint8)
    parent[0] = 0
    frontier = np.zeros(1, dtype=np.intp)
    while len(frontier):   # breadth first: each state is reached first by its shortest path
        deepest = frontier
        targets = identifier._next_state.reshape(-1, 256)[identifier._row_start.take(frontier) >> 8].ravel()
        first = np.flatnonzero(parent[targets] < 0)   # a state reached twice keeps either way there
        parent[targets[first]], byte[targets[first]] = frontier[first // 256], first % 256
        frontier = np.unique(targets[first])
    path, state = [], int(deepest[0])
    while state != 0:
        path.append(int(byte[state]))
        state = int(parent[state])
    path = np.array(path[::-1], dtype=np.uint8)
    assert len(path) == WINDOW
    full, shortened = (_walk(identifier, np.zeros(1, dtype=np.intp), path, np.array([skip]), WINDOW - skip)
                       for skip in (0, 1))
    assert full[0] == deepest[0] and shortened[0] != deepest[0]
