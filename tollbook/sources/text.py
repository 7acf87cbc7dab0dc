"""One file, one page: crawl text (like the seed) or an HTML document."""
from __future__ import annotations

from typing import BinaryIO

from tollbook.errors import SourceError
from tollbook.model import RawPage
from tollbook.sources.decoding import decode_page
from tollbook.sources.html import looks_like_html

_CHUNK = 1 << 20
_MB = 1 << 20


def read_page(stream: BinaryIO, source: str, name: str, max_bytes: int, known_size: int | None) -> RawPage:
    """Read the whole page (refusing one over ``max_bytes``) and decide text or HTML."""
    if known_size is not None and known_size > max_bytes:
        raise too_large(source, known_size, max_bytes)
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(source, len(data) + _drain(stream), max_bytes)
    decoded = decode_page(data)
    if not decoded.text.strip():
        raise SourceError(source, "empty file")
    page_format = "html" if looks_like_html(decoded.text[:65536]) else "text"
    return RawPage(source=source, name=name, body=decoded.text, format=page_format,
                   encoding=decoded.encoding, notes=decoded.notes)


def too_large(source: str, size: int, max_bytes: int) -> SourceError:
    return SourceError(source, f"page too large: {size / _MB:.1f} MB (limit {max_bytes / _MB:g} MB)")


def _drain(stream: BinaryIO) -> int:
    """Count the bytes left without keeping them, to say how large a page was."""
    total = 0
    while chunk := stream.read(_CHUNK):
        total += len(chunk)
    return total
