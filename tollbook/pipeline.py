"""Composition of the stages: the one per-page entry point and a streaming batch.

``process_page`` is shared by the CLI, the evaluator and Spark, so it stays pure:
no database, no printing, no global state.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from tollbook import claims, documents, sources
from tollbook.errors import SourceError
from tollbook.model import Claim, Document, RawPage


def process_page(raw: RawPage, rules) -> tuple[Document, list[Claim]]:
    """One raw page in, the document and its claims out."""
    document = documents.build_document(raw)
    return document, claims.extract_claims(document, rules)


@dataclass(frozen=True)
class PageResult:
    """What became of one page of a batch: a document with claims, or an error."""
    source: str
    document: Document | None = None
    claims: tuple[Claim, ...] = ()
    error: SourceError | None = None
    notes: tuple[str, ...] = ()


def process_paths(paths: Iterable[str], rules) -> Iterator[PageResult]:
    """Stream results for every page under the given paths; a bad input never stops the batch."""
    inputs, errors = sources.discover(list(paths))
    for error in errors:
        yield PageResult(error.source, error=error)
    for path in inputs:
        yield from _process_input(path, rules)


def _process_input(path: str, rules) -> Iterator[PageResult]:
    try:
        for raw in sources.read_input(path):
            try:
                document, found = process_page(raw, rules)
            except SourceError as error:
                yield PageResult(raw.source, error=error, notes=raw.notes)
                continue
            yield PageResult(raw.source, document, tuple(found), notes=raw.notes)
    except SourceError as error:
        yield PageResult(path, error=error)
