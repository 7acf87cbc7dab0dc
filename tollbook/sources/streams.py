"""Small stream adapters: gunzip that survives a cut, sniffed bytes given back, stdin left open."""
from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"


class TolerantGunzip(io.RawIOBase):
    """Gunzip that ends quietly where the data is cut and remembers it did.

    A plain GzipFile raises on the read that meets the cut and loses the bytes
    of that read, so a WARC reader would lose the records before the cut too.
    """

    def __init__(self, compressed: BinaryIO):
        self._gzip = gzip.GzipFile(fileobj=compressed, mode="rb")
        self.truncated = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.truncated:
            return 0
        try:
            data = self._gzip.read1(len(buffer))
        except (EOFError, zlib.error, gzip.BadGzipFile):
            self.truncated = True
            return 0
        buffer[:len(data)] = data
        return len(data)


class Rewound(io.RawIOBase):
    """A stream whose first bytes were already read to sniff the format: give them back first."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class Unclosable(io.RawIOBase):
    """Standard input, read through but never closed by us."""

    def __init__(self, stream: BinaryIO):
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        read = getattr(self._stream, "read1", self._stream.read)
        data = read(len(buffer))
        buffer[:len(data)] = data
        return len(data)
