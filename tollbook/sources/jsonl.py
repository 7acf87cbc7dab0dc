"""JSON Lines: one page per line, ``{"url", "html" | "text", "date", "id"?}``.

A bad line does not stop the file: the good lines are read, and one error at
the end says which lines were skipped and why, grouped by reason and capped
("line 2, 3, 5, ... and 199,990 more: not valid JSON"), however many there are.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from tollbook.errors import SourceError
from tollbook.model import RawPage
from tollbook.sources.decoding import storable
from tollbook.sources.text import too_large

_FIRST_OBJECT = re.compile(rb'\A\s*\{\s*"')
_PAGE_KEY = re.compile(rb'"(?:html|text)"\s*:')
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_LINES_SHOWN = 10  # line numbers named per reason; the rest are counted


def looks_like_jsonl(head: bytes) -> bool:
    return bool(_FIRST_OBJECT.match(head)) and bool(_PAGE_KEY.search(head))


def read_jsonl(stream: BinaryIO, source: str, name: str, max_bytes: int) -> Iterator[RawPage]:
    problems = _Problems()
    for number, line in _numbered_lines(stream, max_bytes, source, problems):
        try:
            record = json.loads(line)
        except RecursionError:
            problems.add(number, "JSON nested too deep")
            continue
        except ValueError as error:
            problems.add(number, _reason(error))
            continue
        try:
            yield _page_of(record, source, name, number)
        except (ValueError, TypeError) as error:
            problems.add(number, _reason(error))
    if problems:
        raise SourceError(source, str(problems))


class _Problems:
    """Skipped lines by reason: the first line numbers of each, and how many in all."""

    def __init__(self):
        self._lines: dict[str, list[int]] = {}
        self._counts: dict[str, int] = {}

    def add(self, number: int, reason: str) -> None:
        shown = self._lines.setdefault(reason, [])
        if len(shown) < _LINES_SHOWN:
            shown.append(number)
        self._counts[reason] = self._counts.get(reason, 0) + 1

    def __bool__(self) -> bool:
        return bool(self._counts)

    def __str__(self) -> str:
        parts = []
        for reason, shown in self._lines.items():
            more = self._counts[reason] - len(shown)
            lines = ", ".join(map(str, shown)) + (f" and {more:,} more" if more else "")
            parts.append(f"line{'s' if len(shown) > 1 else ''} {lines}: {reason}")
        return "; ".join(parts)


def _numbered_lines(stream: BinaryIO, max_bytes: int, source: str, problems: _Problems):
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line) + _rest_of_line_size(stream)
            problems.add(number, too_large(source, size, max_bytes).reason)
        elif line.strip():
            yield number, line


def _rest_of_line_size(stream: BinaryIO) -> int:
    """Read to the end of an over-long line, keeping only its length."""
    size = 0
    while chunk := stream.readline(1 << 20):
        size += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return size


def _page_of(record, source: str, name: str, number: int) -> RawPage:
    if not isinstance(record, dict):
        raise TypeError("not a JSON object")
    markup, text = record.get("html"), record.get("text")
    body = markup if isinstance(markup, str) and markup.strip() else text
    if not isinstance(body, str) or not body.strip():
        raise TypeError('no "html" or "text" field')
    page_format = "html" if body is markup else "text"
    body = storable(body.replace("\r\n", "\n").replace("\r", "\n"))
    record_id = record.get("id")
    url = record.get("url")
    return RawPage(
        source=f"{source}#line-{number}",
        name=storable(str(record_id)) if record_id else f"{name}#{number}",
        body=body, format=page_format,
        url=storable(url) or None if isinstance(url, str) else None,
        date=_iso_date(record.get("date")), encoding="utf-8",
    )


def _iso_date(value) -> str | None:
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    return match.group() if match else None


def _reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg})"
    return str(error)
