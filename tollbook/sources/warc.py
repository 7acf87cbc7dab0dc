"""WARC archives (plain or gzipped): one page per HTTP ``response`` record.

Records that are not pages (requests, metadata, images, scripts) are skipped
quietly, as any crawl holds them. A page record over the size limit is skipped
and named in one error at the end; a cut-off archive yields the records before
the cut, then raises.
"""
from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader

from tollbook.errors import SourceError
from tollbook.model import RawPage
from tollbook.sources.decoding import decode_page, storable
from tollbook.sources.text import too_large

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# What a truncated or damaged archive raises from warcio or the gzip layer under it.
_CUT_ERRORS = (EOFError, zlib.error, OSError, ArchiveLoadFailed, ValueError)


def read_warc(stream: BinaryIO, source: str, name: str, max_bytes: int,
              was_cut: Callable[[], bool] = lambda: False) -> Iterator[RawPage]:
    """Yield the page records; ``was_cut`` tells whether the gzip layer met the end of a cut file."""
    pages, record = 0, None
    skipped: list[str] = []
    try:
        for record in _archive_records(stream):
            page = _page_of(record, source, name, pages + 1, max_bytes, skipped)
            if _is_short(record):  # the record ran into the cut: its payload is partial
                break
            if page is not None:
                pages += 1
                yield page
    except _CUT_ERRORS as error:
        raise SourceError(source, f"truncated WARC after {pages} records") from error
    if was_cut() or _is_short(record):
        raise SourceError(source, f"truncated WARC after {pages} records")
    if skipped:
        raise SourceError(source, "; ".join(skipped))
    if pages == 0:
        raise SourceError(source, "WARC holds no HTML or text responses")


class _UrlOptionalLoader(ArcWarcRecordLoader):
    """warcio's record loader, reading the HTTP headers of a record that names no WARC-Target-URI
    (warcio itself fails on ``None.startswith``); such a page is kept, with no url."""

    def load_http_headers(self, rec_type, uri, stream, length):
        return super().load_http_headers(rec_type, "http:" if uri is None else uri, stream, length)


def _archive_records(stream: BinaryIO) -> ArchiveIterator:
    records = ArchiveIterator(stream)
    records.loader = _UrlOptionalLoader()
    return records


def _is_short(record) -> bool:
    """A record whose stream ended before its declared length (only known once its payload was read)."""
    return record is not None and _is_page_record(record) and getattr(record.raw_stream, "limit", 0) > 0


def _is_page_record(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    return (record.http_headers.get_header("Content-Type") or "").lower().startswith(_PAGE_TYPES)


def _page_of(record, source: str, name: str, number: int, max_bytes: int, skipped: list[str]) -> RawPage | None:
    if not _is_page_record(record):
        return None
    content_type = record.http_headers.get_header("Content-Type").lower()
    url = storable(record.rec_headers.get_header("WARC-Target-URI") or "") or None
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
