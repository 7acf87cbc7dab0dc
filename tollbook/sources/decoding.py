"""Bytes -> text, the way the evaluator reads a page.

Valid UTF-8 comes out exactly as ``Path.read_text(encoding="utf-8")`` gives it
(universal newlines, nothing else touched), because gold evidence and offsets
point into that exact text. Only bytes that are not UTF-8 are guessed at
(charset-normalizer) and repaired (ftfy's mojibake fixer, not its full
``fix_text``, which would also change quotes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

# A page whose bad bytes are fewer than this share of its non-ASCII bytes is
# UTF-8 with a few damaged characters; above it, another encoding wrote it.
_DAMAGED_UTF8_SHARE = 0.5
# Control characters other than tab/newline/carriage return/form feed: above
# this share of the first bytes, the input is not text.
_BINARY_SHARE = 0.05
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
# every byte but the control characters counted against a text: deleting them leaves those to count
_NOT_COUNTED = bytes(byte for byte in range(256) if byte >= 32 or byte in _TEXT_CONTROLS)
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def looks_binary(head: bytes) -> bool:
    """True when the first bytes hold NULs or many control characters."""
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_COUNTED))
    return controls / len(head) > _BINARY_SHARE


def decode_page(data: bytes) -> Decoded:
    """Decode page bytes: UTF-8 as is, else detect and repair, with a note saying so."""
    # Python's UTF-8 decoder refuses encoded surrogates (or replaces them), so its text holds none:
    # the scan for lone surrogates (half the cost of decoding a large page) is for the other codecs.
    try:
        return Decoded(_universal_newlines(data.decode("utf-8"), surrogates=False), "utf-8")
    except UnicodeDecodeError:
        pass
    bad = _count_bad_utf8_bytes(data)
    non_ascii = sum(1 for byte in data if byte >= 128)
    if bad / max(non_ascii, 1) < _DAMAGED_UTF8_SHARE:
        text = data.decode("utf-8", errors="replace")
        return Decoded(_universal_newlines(text, surrogates=False), "utf-8", (f"invalid UTF-8: {bad} bytes replaced",))
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> Decoded:
    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    text = data.decode(encoding, errors="replace")
    text = ftfy.fix_encoding(text)
    return Decoded(_universal_newlines(text), encoding, (f"not UTF-8: read as {_display_name(encoding)}",))


def _display_name(encoding: str) -> str:
    """charset-normalizer says "cp1251"; people say "windows-1251"."""
    if encoding.startswith("cp") and encoding[2:].isdigit() and encoding[2:].startswith("12"):
        return f"windows-{encoding[2:]}"
    return encoding


def _count_bad_utf8_bytes(data: bytes) -> int:
    """Bytes that are not part of a valid UTF-8 sequence (each becomes one lone surrogate)."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    return sum(1 for char in escaped if "\udc80" <= char <= "\udcff")


def _universal_newlines(text: str, surrogates: bool = True) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return storable(text, surrogates)


def storable(text: str, surrogates: bool = True) -> str:
    """Text every database and encoder takes: NULs dropped (PostgreSQL refuses them in text),
    lone surrogates (a JSON ``"\\ud800"``) as U+FFFD (UTF-8 cannot encode them); ``surrogates=False``
    when the text cannot hold any (Python's UTF-8 decoder made it)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return _LONE_SURROGATE.sub("\ufffd", text) if surrogates else text
