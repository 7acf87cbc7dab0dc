"""WARC archives (plain or gzipped): one page per HTTP ``response`` record.

Records that are not pages (requests, metadata, images, scripts) are skipped
quietly, as any crawl holds them. A page record over the size limit is skipped
and named in one error at the end; a cut-off archive yields the records before
the cut, then raises.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tollbook.errors import SourceError
from tollbook.model import RawPage
from tollbook.sources.decoding import decode_page
from tollbook.sources.text import too_large

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# What a truncated or damaged archive raises from warcio or the gzip layer under it.
_CUT_ERRORS = (EOFError, zlib.error, OSError, ArchiveLoadFailed, ValueError)


def read_warc(stream: BinaryIO, source: str, name: str, max_bytes: int) -> Iterator[RawPage]:
    pages = 0
    skipped: list[str] = []
    try:
        for record in ArchiveIterator(stream):
            page = _page_of(record, source, name, pages + 1, max_bytes, skipped)
            if page is not None:
                pages += 1
                yield page
    except _CUT_ERRORS as error:
        raise SourceError(source, f"truncated WARC after {pages} records") from error
    if skipped:
        raise SourceError(source, "; ".join(skipped))
    if pages == 0:
        raise SourceError(source, "WARC holds no HTML or text responses")


def _page_of(record, source: str, name: str, number: int, max_bytes: int, skipped: list[str]) -> RawPage | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_PAGE_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        skipped.append(f"{url}: {too_large(source, len(payload), max_bytes).reason} or more")
        return None
    decoded = decode_page(payload)
    if not decoded.text.strip():
        return None
    return RawPage(
        source=f"{source}#record-{number}", name=f"{name}#{number}", body=decoded.text,
        format="text" if content_type.startswith("text/plain") else "html",
        url=url, date=_iso_date(record.rec_headers.get_header("WARC-Date")),
        encoding=decoded.encoding, notes=decoded.notes,
    )


def _iso_date(warc_date: str | None) -> str | None:
    """``2022-03-01T10:58:00Z`` -> ``2022-03-01``."""
    if not warc_date or len(warc_date) < 10:
        return None
    return warc_date[:10]
