"""JSON Lines: one page per line, ``{"url", "html" | "text", "date", "id"?}``.

A bad line does not stop the file: the good lines are read, and one error at
the end names every line that was skipped and why.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from tollbook.errors import SourceError
from tollbook.model import RawPage
from tollbook.sources.text import too_large

_FIRST_OBJECT = re.compile(rb'\A\s*\{\s*"')
_PAGE_KEY = re.compile(rb'"(?:html|text)"\s*:')
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def looks_like_jsonl(head: bytes) -> bool:
    return bool(_FIRST_OBJECT.match(head)) and bool(_PAGE_KEY.search(head))


def read_jsonl(stream: BinaryIO, source: str, name: str, max_bytes: int) -> Iterator[RawPage]:
    problems: list[str] = []
    for number, line in _numbered_lines(stream, max_bytes, source, problems):
        try:
            yield _page_of(json.loads(line), source, name, number)
        except (ValueError, TypeError) as error:
            problems.append(f"line {number}: {_reason(error)}")
    if problems:
        raise SourceError(source, "; ".join(problems))


def _numbered_lines(stream: BinaryIO, max_bytes: int, source: str, problems: list[str]):
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line) + _rest_of_line_size(stream)
            problems.append(f"line {number}: {too_large(source, size, max_bytes).reason}")
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
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    record_id = record.get("id")
    return RawPage(
        source=f"{source}#line-{number}", name=str(record_id) if record_id else f"{name}#{number}",
        body=body, format="html" if body is markup else "text",
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        date=_iso_date(record.get("date")), encoding="utf-8",
    )


def _iso_date(value) -> str | None:
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    return match.group() if match else None


def _reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg})"
    return str(error)
