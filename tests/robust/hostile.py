"""Hostile inputs for the robustness tests, written for them (no publisher's text).

Each builder writes one file into a folder and returns its path (as the CLI
would get it from argv: a file name that is not UTF-8 arrives surrogate-escaped).
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

GOOD_TEXT = (" date 2022-03-05\nStorm floods the valley town\n\n"
             "Two people were killed when the river rose on Saturday, the mayor said.\n")


def good_page(folder: Path, name: str = "good.txt", text: str = GOOD_TEXT) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def warc_without_target_uri(folder: Path) -> str:
    """A WARC response record (an HTML page) whose WARC-Target-URI header is missing."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    html = f"<html><body><h1>Storm floods the valley town</h1><p>{GOOD_TEXT}</p></body></html>"
    record = writer.create_warc_record("http://news.example/a", "response",
                                       payload=io.BytesIO(html.encode()), http_headers=headers)
    record.rec_headers.remove_header("WARC-Target-URI")
    writer.write_record(record)
    path = folder / "no-uri.warc"
    path.write_bytes(buffer.getvalue())
    return str(path)


def deeply_nested_jsonl(folder: Path, depth: int = 5000) -> str:
    """A JSON Lines file whose first line nests arrays ``depth`` deep; its second line is a good page."""
    path = folder / "deep.jsonl"
    path.write_text('{"text": ' + "[" * depth + "]" * depth + "}\n" + json.dumps({"text": GOOD_TEXT}) + "\n")
    return str(path)


def lone_surrogate_jsonl(folder: Path) -> str:
    r"""A JSON Lines page whose text, url and id hold ``\ud800`` (valid JSON, not encodable UTF-8)."""
    record = json.dumps({"id": "live\ud800", "url": "https://news.example/\udc00", "text": GOOD_TEXT + " \ud800"})
    path = folder / "surrogate.jsonl"
    path.write_text(record + "\n")
    return str(path)


def non_utf8_name(folder: Path) -> str:
    raw = os.fsencode(folder) + b"/bad-\xff\xfe.txt"
    with open(raw, "wb") as file:
        file.write(GOOD_TEXT.encode())
    return os.fsdecode(raw)


def escape_sequence_name(folder: Path) -> str:
    return good_page(folder, "red-\x1b[31m-:warning:.txt", GOOD_TEXT.replace("Two", "Three"))


def huge_number(folder: Path, digits: int = 400) -> str:
    return good_page(folder, "digits.txt", GOOD_TEXT.replace("Two", "1" * digits))


def figure_over_int64(folder: Path) -> str:
    return good_page(folder, "int64.txt", GOOD_TEXT.replace("Two", str(2**63)))


def figure_over_int32(folder: Path) -> str:
    return good_page(folder, "int32.txt", GOOD_TEXT.replace("Two", str(2**31)))


def nul_in_text(folder: Path) -> str:
    """NUL bytes past the first 4 KB (so the page is no binary file) and in a JSON string."""
    text = GOOD_TEXT + ("The road stayed closed for the night.\n" * 120) + "\x00Five people were hurt.\x00\n"
    return good_page(folder, "nul.txt", text)


def nul_in_jsonl(folder: Path) -> str:
    path = folder / "nul.jsonl"
    path.write_text(json.dumps({"text": GOOD_TEXT.replace("Two", "Six") + "\u0000 x"}) + "\n")
    return str(path)
