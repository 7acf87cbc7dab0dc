"""`extract`'s lines encoded before the labels are known (``record_line_pieces``) read as ``write_records`` writes."""
from __future__ import annotations

import io

import pytest

from tollbook import exports
from tollbook.model import Claim, Count, CountKind, Document, Outcome, Place, Role, Victims, document_record

DOCUMENT = Document(id="p-1", source="pages.jsonl#line-1", text='Zwei Tote in "Nordstadt".\nTwo dead, police said.',
                    language="de", url="https://news.example/1", published="2024-05-02", title="Zwei Tote")


def _claim(best: int, evidence: str, **fields) -> Claim:
    return Claim(outcome=Outcome.KILLED, count=Count(best, CountKind.EXACT, str(best)), evidence=evidence,
                 span=(0, len(evidence)), victims=Victims("people", Role.CIVILIAN), **fields)


CLAIMS = [
    _claim(2, 'Zwei Tote in "Nordstadt"', location="Nordstadt",
           place=Place("Nordstadt", "DE", "Hessen", 50.1, 8.6, "city", 1)),
    _claim(2, 'Two dead, "incident": null, police said', reported_by="police"),  # the key's own words in a value
    _claim(3, "drei Tote \\ ein Verletzter\n\u0000 Ende"),                     # what JSON escapes
]


@pytest.mark.parametrize("claims, labels", [
    ([], []),
    (CLAIMS[:1], ["2024-05-02-nordstadt-killed-0a1b2c3d"]),
    (CLAIMS[:1], [None]),
    (CLAIMS, ["i-1", None, "i-1"]),
    (CLAIMS, [None, "i-2", "i-3"]),
])
@pytest.mark.parametrize("with_text", [False, True])
def test_a_line_from_pieces_is_the_line_write_records_writes(claims, labels, with_text):
    labelled = [claim.with_incident(label) for claim, label in zip(claims, labels)]
    written = io.StringIO()
    exports.write_records([document_record(DOCUMENT, labelled, with_text=with_text)], written)
    pieces = exports.record_line_pieces(document_record(DOCUMENT, claims, with_text=with_text))
    assert len(pieces) == len(claims) + 1
    assert exports.record_line(pieces, labels) == written.getvalue()


def test_each_label_goes_to_its_own_claim():
    pieces = exports.record_line_pieces(document_record(DOCUMENT, CLAIMS))
    line = exports.record_line(pieces, ["first", None, "third"])
    assert line.index('"incident": "first"') < line.index('"incident": null') < line.index('"incident": "third"')
    assert exports.record_line(pieces, ["first", None, "third"]) != exports.record_line(pieces, ["third", None, "first"])
