"""Read a Spark job's output back, with pyarrow alone: the pages and claims ``tollbook ingest`` stores.

Month by month (the partitions of ``documents/`` and ``claims/``), so that memory
holds one month's claims, never the crawl's.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tollbook.errors import SourceError
from tollbook.model import Claim, Document
from tollbook.spark import rows


def is_job_output(path: str) -> bool:
    """A folder the Spark job wrote: ``documents/`` and ``claims/`` with Spark's success marks."""
    folder = Path(path)
    return all((folder / part / "_SUCCESS").is_file() for part in ("documents", "claims"))


def read_output(path: str) -> Iterator[tuple[Document, list[Claim]]]:
    """Every page of the job's output with its claims, month after month."""
    try:
        import pyarrow.parquet as pq
    except ImportError as error:
        raise SourceError(path, "reading Spark output needs pyarrow: pip install 'tollbook[parquet]'") from error
    folder = Path(path)
    for month in sorted(p for p in (folder / "documents").glob("month=*") if p.is_dir()):
        claims_folder = folder / "claims" / month.name
        by_document: dict[str, list[tuple[int, Claim]]] = {}
        if claims_folder.is_dir():
            table = pq.read_table(claims_folder, columns=["key", "document", "claim"])
            for row in table.to_pylist():
                number = int(row["key"].rsplit("#", 1)[1])
                by_document.setdefault(row["document"], []).append((number, rows.claim_of(row)))
        for batch in _batches(pq, month):
            for row in batch.to_pylist():
                found = [claim for _, claim in sorted(by_document.get(row["id"], ()), key=lambda item: item[0])]
                yield rows.document_of(row), found


def _batches(pq, month: Path):
    for part in sorted(month.glob("*.parquet")):
        yield from pq.ParquetFile(part).iter_batches(batch_size=256)
