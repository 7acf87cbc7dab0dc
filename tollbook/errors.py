"""The errors tollbook raises. The library raises; only the CLI talks to people.

    TollbookError
    ├── SourceError     an input cannot be read or holds no page (names the input and the reason)
    ├── RuleError       a vocabulary file is missing, malformed or has a pattern that does not compile
    ├── StoreError      the database cannot be opened, migrated or written
    │   └── NotFoundError   no stored record answers to that key
    └── ExportError     an export format or destination is not usable

``internal_error(source, exception)`` turns an exception nobody planned for into
a SourceError, so one page's bug costs that page, never the batch;
``printable(text)`` makes any message safe for a one-line terminal or pipe.
"""
from __future__ import annotations

import re

_MAX_REASON = 300  # characters of an unexpected exception's message kept in its line
# Control characters (ANSI escapes included) and lone surrogates, which a file
# name that is not UTF-8 carries (os.fsdecode's surrogateescape).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


class TollbookError(Exception):
    """Base of every error tollbook raises on purpose."""


class SourceError(TollbookError):
    """An input that cannot become a page. ``str()`` is the one line the CLI prints."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # travels between worker processes (tollbook.workers) with both fields
        return SourceError, (self.source, self.reason)


class RuleError(TollbookError):
    pass


class StoreError(TollbookError):
    pass


class NotFoundError(StoreError):
    """No stored document, claim or incident answers to the key asked for."""


class ExportError(TollbookError):
    pass


def internal_error(source: str, error: BaseException) -> SourceError:
    """``error: SOURCE: internal error: KindOfError: first line of its message``."""
    message = str(error).strip().splitlines()
    reason = f"{type(error).__name__}: {message[0]}" if message else type(error).__name__
    if len(reason) > _MAX_REASON:
        reason = reason[:_MAX_REASON] + "..."
    return SourceError(source, f"internal error: {reason}")


def printable(text: str) -> str:
    """One printable line: control characters and undecodable bytes as escapes (``\\x1b``, ``\\xff``).

    A name that was not UTF-8 comes back as its bytes (``bad\\xff.txt``), so the
    line names the file as ``ls -b`` would, and encodes under any locale.
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:           # a byte that surrogateescape kept
        return f"\\x{code - 0xDC00:02x}"
    if code >= 0xD800:                     # any other lone surrogate
        return f"\\u{code:04x}"
    return f"\\x{code:02x}"
