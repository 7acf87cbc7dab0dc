"""The errors tollbook raises. The library raises; only the CLI talks to people.

    TollbookError
    ├── SourceError     an input cannot be read or holds no page (names the input and the reason)
    ├── RuleError       a vocabulary file is missing, malformed or has a pattern that does not compile
    ├── StoreError      the database cannot be opened, migrated or written
    │   └── NotFoundError   no stored record answers to that key
    └── ExportError     an export format or destination is not usable
"""
from __future__ import annotations


class TollbookError(Exception):
    """Base of every error tollbook raises on purpose."""


class SourceError(TollbookError):
    """An input that cannot become a page. ``str()`` is the one line the CLI prints."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class RuleError(TollbookError):
    pass


class StoreError(TollbookError):
    pass


class NotFoundError(StoreError):
    """No stored document, claim or incident answers to the key asked for."""


class ExportError(TollbookError):
    pass
