"""Composition of the stages: the one per-page entry point, a streaming batch, evaluation.

``process_page`` is shared by the CLI, the evaluator and Spark, so it stays pure:
no database, no printing, no global state.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tollbook import claims, documents, evaluate, incidents, sources
from tollbook.errors import SourceError
from tollbook.model import Claim, Document, RawPage, document_record

Progress = Callable[[int, int], None]  # (inputs done, inputs in all)


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


def process_paths(paths: Iterable[str], rules, progress: Progress | None = None) -> Iterator[PageResult]:
    """Stream a result for every page under the given paths; a bad input never stops the batch."""
    inputs, errors = sources.discover(list(paths))
    for error in errors:
        yield PageResult(error.source, error=error)
    for done, path in enumerate(inputs, 1):
        yield from _process_input(path, rules)
        if progress:
            progress(done, len(inputs))


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


def label_incidents(pages: list[tuple[Document, list[Claim]]]) -> list[tuple[Document, list[Claim]]]:
    """Group the claims of a batch of pages into incidents and give each claim its incident label."""
    records = [incidents.records_for_document(document, found) for document, found in pages]
    labels = incidents.incident_labels(incidents.group_claims(r for page in records for r in page))
    return [(document, [claim.with_incident(labels.get(record.key)) for claim, record in zip(found, page_records)])
            for (document, found), page_records in zip(pages, records)]


def evaluate_extractor(gold_dir: Path, rules, language: str | None = None) -> dict[str, Any]:
    """Run the extractor over ``gold_dir/docs`` and score it against ``gold_dir/gold.jsonl``."""
    pages = [(result.document, list(result.claims))
             for result in process_paths([str(gold_dir / "docs")], rules) if result.document]
    records = [document_record(document, found) for document, found in label_incidents(pages)]
    return evaluate.score(gold_dir, records, language)
