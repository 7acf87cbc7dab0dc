"""Builders for the inputs the sources tests read, all written into tmp_path."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE_TEXT = (" date 2022-03-05\nStorm floods the valley town\n\n"
                "Two people were injured when the river rose on Saturday, the mayor said.\n")
ARTICLE_HTML = ("<!DOCTYPE html><html><head><title>Storm floods the valley town</title></head>"
                "<body><article><h1>Storm floods the valley town</h1>"
                "<p>Two people were injured when the river rose on Saturday, the mayor said. "
                "Rescue teams worked through the night to reach the houses cut off by the water.</p>"
                "<p>The town council will meet on Monday to count the damage to roads and bridges.</p>"
                "</article></body></html>")
RUSSIAN_TEXT = "Два человека погибли и пятеро ранены при пожаре на складе, сообщили спасатели.\n"


def warc_bytes(pages: list[tuple[str, str]], compress: bool) -> bytes:
    """A WARC holding one request and one response record per (url, html) pair."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, html in pages:
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n")))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                           http_headers=headers)
        record.rec_headers.replace_header("WARC-Date", "2022-03-05T10:00:00Z")
        writer.write_record(record)
    return buffer.getvalue()


def jsonl_bytes(records: list[dict | str]) -> bytes:
    lines = [record if isinstance(record, str) else json.dumps(record, ensure_ascii=False) for record in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def gz(data: bytes) -> bytes:
    return gzip.compress(data)
