"""sources: format detection by content, decoding, and one clear error per bad input."""
from __future__ import annotations

import os

import pytest

from tests.sources.builders import (ARTICLE_HTML, ARTICLE_TEXT, RUSSIAN_TEXT, gz, jsonl_bytes, warc_bytes,
                                    write)
from tollbook.errors import SourceError
from tollbook.sources import discover, page_name, read_input
from tollbook.sources.decoding import looks_binary

ONE_PAGE_WARC = [("https://example.org/2022/03/05/flood", ARTICLE_HTML)]
THREE_PAGE_WARC = [(f"https://example.org/story-{n}", ARTICLE_HTML) for n in range(3)]


@pytest.mark.parametrize("file_name, data, expected_format, expected_names", [
    ("crawl.txt", ARTICLE_TEXT.encode(), "text", ["crawl"]),
    ("page.html", ARTICLE_HTML.encode(), "html", ["page"]),
    ("page.txt", ARTICLE_HTML.encode(), "html", ["page"]),                  # content decides, not the name
    ("crawl.txt.gz", gz(ARTICLE_TEXT.encode()), "text", ["crawl"]),
    ("noext", gz(ARTICLE_HTML.encode()), "html", ["noext"]),                # gzip found by its magic bytes
    ("x.warc", warc_bytes(ONE_PAGE_WARC, compress=False), "html", ["x#1"]),
    ("x.warc.gz", warc_bytes(THREE_PAGE_WARC, compress=True), "html", ["x#1", "x#2", "x#3"]),
    ("feed.jsonl", jsonl_bytes([{"id": "a1", "url": "u", "html": ARTICLE_HTML}, {"text": ARTICLE_TEXT}]),
     "html", ["a1", "feed#2"]),
    ("tagged.txt", b"<img src='x.png'> A crawl dump that keeps one stray tag.\nMore text.\n", "text", ["tagged"]),
])
def test_format_is_detected_by_content(tmp_path, file_name, data, expected_format, expected_names):
    pages = list(read_input(write(tmp_path, file_name, data)))
    assert [page.name for page in pages] == expected_names
    assert pages[0].format == expected_format


def test_warc_page_has_url_and_date(tmp_path):
    page, = read_input(write(tmp_path, "x.warc.gz", warc_bytes(ONE_PAGE_WARC, compress=True)))
    assert (page.url, page.date) == ("https://example.org/2022/03/05/flood", "2022-03-05")


@pytest.mark.parametrize("data, expected_body, expected_notes", [
    (b"line one\r\nline two\rline three\n", "line one\nline two\nline three\n", ()),   # universal newlines
    ("\ufeffquoted \u201cas is\u201d caf\u00e9".encode(), "\ufeffquoted \u201cas is\u201d caf\u00e9", ()),  # no ftfy
    (RUSSIAN_TEXT.encode("cp1251"), RUSSIAN_TEXT, ("not UTF-8: read as windows-1251",)),
    ("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e na\u00efve r\u00e9sum\u00e9.".encode() + b"\xff\xfe\xfa ok\n",
     "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e na\u00efve r\u00e9sum\u00e9.\ufffd\ufffd\ufffd ok\n", ("invalid UTF-8: 3 bytes replaced",)),
])
def test_decoding(tmp_path, data, expected_body, expected_notes):
    page, = read_input(write(tmp_path, "page.txt", data))
    assert page.body == expected_body
    assert page.notes == expected_notes


def test_text_is_exactly_what_read_text_gives(tmp_path):
    path = write(tmp_path, "page.txt", "a\r\nb \u00a0 \u2019c\u2019\r".encode())
    page, = read_input(path)
    assert page.body == open(path, encoding="utf-8").read()


def _fifty_megabytes(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b"word " * (10 * 1024 * 1024))
    return str(path)


def _truncated_warc(tmp_path):
    data = warc_bytes(THREE_PAGE_WARC, compress=True)
    return write(tmp_path, "cut.warc.gz", data[:len(data) - 200])


@pytest.mark.parametrize("make_input, pages_before_error, reason", [
    (lambda tmp: write(tmp, "empty.txt", b""), 0, "empty file"),
    (lambda tmp: write(tmp, "blank.txt", b"  \n\n"), 0, "empty file"),
    (lambda tmp: write(tmp, "empty.txt.gz", gz(b"")), 0, "empty file"),
    (lambda tmp: write(tmp, "image.txt", bytes(range(256)) * 64), 0, "binary content, not a page"),
    (lambda tmp: write(tmp, "cut.txt.gz", gz(ARTICLE_TEXT.encode() * 50)[:-30]), 0,
     "truncated or damaged gzip data"),
    (_truncated_warc, 2, "truncated WARC after 2 records"),
    (_fifty_megabytes, 0, "page too large: 50.0 MB (limit 20 MB)"),
    (lambda tmp: write(tmp, "bad.jsonl", jsonl_bytes([{"text": ARTICLE_TEXT}, "{not json", {"url": "u"},
                                                      {"text": ARTICLE_TEXT}])),
     2, 'line 2: not valid JSON (Expecting property name enclosed in double quotes); '
        'line 3: no "html" or "text" field'),
    (lambda tmp: str(tmp / "missing.txt"), 0, "no such file or directory"),
])
def test_bad_input_gives_one_clear_error(tmp_path, make_input, pages_before_error, reason):
    path = make_input(tmp_path)
    pages = []
    with pytest.raises(SourceError) as caught:
        for page in read_input(path):
            pages.append(page)
    assert len(pages) == pages_before_error
    assert caught.value.reason == reason
    assert str(caught.value) == f"{path}: {reason}"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", ARTICLE_TEXT.encode())
    os.chmod(path, 0)
    with pytest.raises(SourceError, match="permission denied"):
        list(read_input(path))


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    good = write(tmp_path, "batch/a.txt", ARTICLE_TEXT.encode())
    write(tmp_path, "batch/b.txt", b"")
    write(tmp_path, "batch/c.bin", bytes(range(256)) * 8)
    last = write(tmp_path, "batch/d.html", ARTICLE_HTML.encode())
    (tmp_path / "empty_folder").mkdir()
    inputs, errors = discover([str(tmp_path / "batch"), str(tmp_path / "empty_folder"), str(tmp_path / "nope")])
    read, failed = [], []
    for path in inputs:
        try:
            read.extend(page.name for page in read_input(path))
        except SourceError as error:
            failed.append(error.reason)
    assert read == ["a", "d"] and good in inputs and last in inputs
    assert failed == ["empty file", "binary content, not a page"]
    assert [error.reason for error in errors] == ["folder holds no pages", "no such file or directory"]


def test_discover_expands_folders_and_patterns_and_skips_hidden(tmp_path):
    for name in ["b/2.txt", "b/1.txt", "a.html", ".hidden.txt", ".git/x.txt", "b/.cache/y.txt"]:
        write(tmp_path, name, ARTICLE_TEXT.encode())
    inputs, errors = discover([str(tmp_path), str(tmp_path / "*.html"), "-", str(tmp_path / "*.none")])
    relative = [os.path.relpath(path, tmp_path) if path != "-" else path for path in inputs]
    assert relative == ["a.html", "b/1.txt", "b/2.txt", "-"]
    assert [error.reason for error in errors] == ["no file matches the pattern"]


@pytest.mark.parametrize("path, name", [
    ("docs/d-0001.txt", "d-0001"), ("x.warc.gz", "x"), ("/a/b/page.html", "page"), ("-", "stdin"),
])
def test_page_name(path, name):
    assert page_name(path) == name


@pytest.mark.parametrize("head, binary", [
    (b"Plain text\twith a tab,\r\na form feed\x0c and an escape \x1b[0m.\n" * 4, False),  # text's own controls
    (b"A page with one stray control \x07 in it." * 4, False),                     # under 5% of the bytes
    (b"abc\x01\x02\x03\x04\x05\x06defghijklmnopqrst", True),                       # over 5%
    (b"abc\x00def", True),                                                       # a NUL is never text
    (b"\xff\xfeU\x00T\x00F\x00-\x001\x006\x00", False),                          # UTF-16 with its mark
    (bytes(range(32)) * 3 + bytes(range(128, 256)) * 2, True),
    (b"", False),
])
def test_looks_binary(head, binary):
    assert looks_binary(head) == binary
