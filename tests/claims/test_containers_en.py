"""English: people counted by the group they belong to ('Three members of a family were killed'), and nouns
that name no people. Sentences written for these tests; negatives beside the constructions they guard."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims


def outcomes(text: str) -> list[tuple[str, int | None]]:
    return [(str(c.outcome), c.count.best) for c in checked_claims(text)]


@pytest.mark.parametrize("text, expected", [
    # the count after "of" names who the people before it belong to: the figure is the first count's
    ("Three members of a family were killed in the fire.", [("killed", 3)]),
    ("Five members of two rival clans died in the clash.", [("killed", 5)]),
    ("Two relatives of a soldier were wounded.", [("injured", 2)]),
    ("A member of a gang was shot dead.", [("killed", 1)]),
    # ... the figure after "of" stays the victims' when nothing is counted before it
    ("The deaths of two soldiers were confirmed.", [("killed", 2)]),
    ("The bodies of three women were found.", [("killed", 3)]),
    # a collective noun counts no people
    ("Four men were killed in clashes between armed men of two rival clans.", [("killed", 4)]),
    ("Clashes between two gangs left five people dead.", [("killed", 5)]),
    ("Fighting between two communities was reported.", []),
    # "a youth" is one person; "five youth" five
    ("Last week a youth was shot dead by a gunman.", [("killed", 1)]),
    ("Five youth were injured in the stampede.", [("injured", 5)]),
])
def test_people_counted_by_their_group(text, expected):
    assert outcomes(text) == expected
