"""Bytes -> RawPage: find the inputs, open them, tell their format by content.

    discover(paths)   files, folders (recursive), glob patterns and "-" (stdin); a path
                      that exists is read as it is, even with glob characters in it
    read_input(path)  one RawPage per page in the input: a text or HTML file,
                      every page record of a WARC, every line of a JSON Lines file;
                      gzip is undone first, whatever the file is called

Every problem with an input is one ``SourceError(source, reason)``, never a
traceback; a container yields its good pages before raising about the bad ones.
A page's ``source`` and ``name`` are printable (``tollbook.errors.printable``):
a file name that is not UTF-8, or holds an escape sequence, is opened by its
real name and shown with escapes.
"""
from __future__ import annotations

import glob
import io
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from tollbook.errors import SourceError, printable
from tollbook.model import RawPage
from tollbook.sources.decoding import looks_binary
from tollbook.sources.streams import GZIP_MAGIC, Rewound, Unclosable, TolerantGunzip
from tollbook.sources.jsonl import looks_like_jsonl, read_jsonl
from tollbook.sources.text import read_page
from tollbook.sources.warc import read_warc

__all__ = ["MAX_PAGE_BYTES", "discover", "page_name", "read_input"]

MAX_PAGE_BYTES = 20 * 1024 * 1024   # one page (a file, a WARC record, a JSON line)
_SNIFF_BYTES = 64 * 1024            # enough to tell the format, never the whole file
STDIN = "-"


def discover(paths: list[str]) -> tuple[list[str], list[SourceError]]:
    """Expand paths into concrete inputs, in a stable order, with an error per bad path."""
    inputs: list[str] = []
    errors: list[SourceError] = []
    for path in paths:
        found, error = _expand(path)
        inputs.extend(item for item in found if item not in inputs)
        if error is not None:
            errors.append(error)
    return inputs, errors


def _expand(path: str) -> tuple[list[str], SourceError | None]:
    if path == STDIN:
        return [path], None
    if glob.has_magic(path) and not os.path.lexists(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            return [], SourceError(path, "no file matches the pattern")
        found = [item for match in matches for item in _expand(match)[0]]
        return found, None
    if os.path.isdir(path):
        files = _files_under(Path(path))
        return (files, None) if files else ([], SourceError(path, "folder holds no pages"))
    if os.path.exists(path):
        return [path], None
    return [], SourceError(path, "no such file or directory")


def _files_under(folder: Path) -> list[str]:
    """Every non-hidden file below a folder, sorted; hidden folders are not entered."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
    return found


def page_name(path: str) -> str:
    """The document id of a file: its name without any extension (``x.warc.gz`` -> ``x``)."""
    if path == STDIN:
        return "stdin"
    file_name = Path(path).name
    return file_name.split(".")[0] or file_name


def read_input(path: str, max_page_bytes: int = MAX_PAGE_BYTES) -> Iterator[RawPage]:
    """Yield every page of one input; raise SourceError when it cannot be (fully) read."""
    label = printable(path)
    name = page_name(label)
    with _opened(path) as (stream, known_size, was_cut):
        head = stream.read(_SNIFF_BYTES)
        if not head.strip():
            raise SourceError(path, "truncated or damaged gzip data" if was_cut() else "empty file")
        stream = io.BufferedReader(Rewound(head, stream))
        if head.startswith(b"WARC/"):
            yield from read_warc(stream, label, name, max_page_bytes, was_cut)
        elif looks_binary(head[:4096]):
            raise SourceError(path, "binary content, not a page")
        elif looks_like_jsonl(head):
            yield from read_jsonl(stream, label, name, max_page_bytes)
            _check_not_cut(path, was_cut)
        else:
            page = read_page(stream, label, name, max_page_bytes, known_size)
            _check_not_cut(path, was_cut)
            yield page


def _check_not_cut(path: str, was_cut) -> None:
    if was_cut():
        raise SourceError(path, "truncated or damaged gzip data")


@contextmanager
def _opened(path: str):
    """The input as a binary stream (gunzipped if gzip), its size when known, and "was it cut?"."""
    if path == STDIN:
        yield _gunzipped(io.BufferedReader(Unclosable(sys.stdin.buffer)), None)
        return
    with _open_file(path) as raw:
        yield _gunzipped(raw, os.fstat(raw.fileno()).st_size)


def _gunzipped(stream: io.BufferedReader, size: int | None):
    if stream.peek(2)[:2] != GZIP_MAGIC:
        return stream, size, lambda: False
    gunzip = TolerantGunzip(stream)
    return io.BufferedReader(gunzip), None, lambda: gunzip.truncated


def _open_file(path: str) -> io.BufferedReader:
    try:
        kind = os.stat(path).st_mode
        if not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
            # Opening a FIFO would wait for a writer; a device could read forever.
            raise SourceError(path, f"not a regular file ({_file_kind(kind)}), skipped")
        return open(path, "rb")
    except FileNotFoundError as error:
        raise SourceError(path, "no such file or directory") from error
    except IsADirectoryError as error:
        raise SourceError(path, "is a folder, not a page") from error
    except PermissionError as error:
        raise SourceError(path, "permission denied") from error
    except OSError as error:
        raise SourceError(path, f"cannot be read ({error.strerror or error})") from error


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device")):
        if test(mode):
            return kind
    return "not a file"
