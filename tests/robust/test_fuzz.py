"""A seeded run of generated hostile inputs mixed with good pages (issue 13).

Every input is one file of one batch given to ``tollbook extract`` (and, for a
smaller mix, ``tollbook ingest``). Whatever an input holds, it gives at most one
``error:`` line naming it, the good pages all come out with their claims, and
no traceback is ever printed. The seed fixes the inputs, so a failure reproduces.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.robust import hostile
from tollbook.cli import main

SEED = 1313
HOSTILE_INPUTS = 300
GOOD_PAGES = 30
TOWNS = ["Arvel", "Brisk", "Corran", "Dunmere", "Elsby", "Fennick", "Garrow", "Hollin", "Istra", "Jorvik"]
NASTY_STRINGS = ["\x00", "\ud800", "\udfff", "\x1b[2J", ":warning:", "[bold]x[/bold]", "\u202e", "\ufeff",
                 "=HYPERLINK(\"x\")", "\r", "\r\n\r\n", "<script>alert(1)</script>", "\u0301" * 50, "9" * 400,
                 str(2**63), "-1", "\t", "\x85", "\u2028", "«", "»", "“", "\"", "{" * 30, "ﷺ" * 20]


def good_text(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (f" date 2023-07-{n % 28 + 1:02d}\nFlood in {town} number {n}\n\n{n + 2} people were killed when "
            f"the river burst its banks in {town} on Tuesday, the mayor said.\n")


def _warc(records: list[tuple[str | None, bytes, str]], compress: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, payload, content_type in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
        record = writer.create_warc_record(url or "http://x.example/", "response", payload=io.BytesIO(payload),
                                           http_headers=headers)
        if url is None:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return buffer.getvalue()


def _nasty(rng: random.Random, length: int = 40) -> str:
    parts = []
    for _ in range(rng.randint(1, length)):
        roll = rng.random()
        if roll < 0.3:
            parts.append(rng.choice(NASTY_STRINGS))
        elif roll < 0.6:
            parts.append(chr(rng.randint(0, 0x2FFF)))
        else:
            parts.append(rng.choice(["killed", "died", "wounded", "people", "three", "the", ",", ".", " ", "\n"]))
    return "".join(parts)


def _json_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth > 3 or roll < 0.3:
        return rng.choice([None, True, 0, -1, 10**400 if rng.random() < 0.1 else 3.5, _nasty(rng), [], {}])
    if roll < 0.6:
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["text", "html", "url", "id", "date", "x"]): _json_value(rng, depth + 1)
            for _ in range(rng.randint(0, 4))}


def hostile_bytes(rng: random.Random, n: int) -> tuple[str, bytes]:
    """One generated hostile input: (file name, bytes)."""
    kind = rng.randrange(14)
    if kind == 0:
        return f"random-{n}.bin", rng.randbytes(rng.randint(1, 5000))
    if kind == 1:
        return f"empty-{n}.txt", rng.choice([b"", b"   \n\n", b"\xef\xbb\xbf"])
    if kind == 2:
        return f"nasty-{n}.txt", _nasty(rng, 400).encode("utf-8", "surrogatepass")
    if kind == 3:
        data = gzip.compress(good_text(n + 2000).encode() * rng.randint(1, 50))
        return f"cut-{n}.txt.gz", data[:rng.randint(1, max(1, len(data) - 1))]
    if kind == 4:
        lines = [json.dumps(_json_value(rng)) for _ in range(rng.randint(1, 20))]
        return f"records-{n}.jsonl", ('{"text": "x"}\n' + "\n".join(lines)).encode()
    if kind == 5:
        depth = rng.choice([100, 1000, 5000, 20000])
        return f"deep-{n}.jsonl", ('{"text": ' + "[" * depth + "]" * depth + "}\n").encode()
    if kind == 6:
        text = _nasty(rng, 60)
        return f"surrogate-{n}.jsonl", (json.dumps({"text": text, "url": _nasty(rng, 5), "id": _nasty(rng, 3)})
                                        + "\n").encode()
    if kind == 7:
        records = [(rng.choice([None, "javascript:alert(1)", "http://x.example/" + _nasty(rng, 3).encode("utf-8", "replace").decode()]),
                    _nasty(rng, 100).encode("utf-8", "surrogatepass"),
                    rng.choice(["text/html", "text/plain; charset=utf-8", "text/html; charset=bogus-8"]))
                   for _ in range(rng.randint(1, 4))]
        data = _warc(records, compress=rng.random() < 0.5)
        if rng.random() < 0.5:
            data = data[:rng.randint(10, len(data))]
        return f"archive-{n}.warc" + (".gz" if data[:2] == b"\x1f\x8b" else ""), data
    if kind == 8:
        html = "<html><body>" + "".join(f"<p>{_nasty(rng, 30)}</p>" for _ in range(rng.randint(1, 30))) + "</body>"
        return f"page-{n}.html", html.encode("utf-8", "surrogatepass")
    if kind == 9:
        return f"legacy-{n}.txt", _nasty(rng, 200).encode("cp1251", "replace")
    if kind == 10:  # one long paragraph of quotes and numbers
        words = [rng.choice(["“", "”", '"', "«", "»", "said", "killed", "12", "three", "the", "mayor"])
                 for _ in range(rng.randint(500, 3000))]
        return f"quotes-{n}.txt", (" date 2023-01-01\n\n" + " ".join(words)).encode()
    if kind == 11:
        return f"numbers-{n}.txt", (f" date 2023-01-01\n\n{rng.choice(['9' * 400, str(2**63), '1e309', '0' * 50])} "
                                    "people were killed, police said.\n").encode()
    if kind == 12:
        return f"utf16-{n}.txt", good_text(n + 1000).encode(rng.choice(["utf-16", "utf-32"]))
    name = "".join(rng.choice("ab\x1b[]*?:;'\" \t%$") for _ in range(8))
    return f"name-{n}-{name}.txt".replace("/", "_"), _nasty(rng, 80).encode("utf-8", "surrogatepass")


def build_batch(folder: Path, seed: int, hostile_count: int, good_count: int) -> tuple[list[str], list[str]]:
    """Write the inputs; returns (every path, in batch order; the good pages' document ids)."""
    rng = random.Random(seed)
    paths, good_ids = [], []
    raw = os.fsencode(folder)
    for n in range(hostile_count):
        name, data = hostile_bytes(rng, n)
        path = raw + b"/" + name.encode("utf-8", "surrogatepass").replace(b"\xed", b"\xff")
        with open(path, "wb") as file:
            file.write(data)
        paths.append(os.fsdecode(path))
    for n in range(good_count):
        paths.append(hostile.good_page(folder, f"good-{n}.txt", good_text(n)))
        good_ids.append(f"good-{n}")
    rng.shuffle(paths)
    return paths, good_ids


def _check_run(result, paths: list[str]) -> list[str]:
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert all(line.isprintable() for line in result.stderr.splitlines())
    # One line at most per input (per page for a container: "path#line-3"): every error line
    # names an input of the batch, and no input or page twice.
    named = []
    for line in errors:
        matches = [p for p in paths if line.startswith(f"error: {_shown(p)}:") or line.startswith(f"error: {_shown(p)}#")]
        assert matches, line
        shown = _shown(max(matches, key=len))
        page = line[len("error: ") + len(shown):].partition(": ")[0]  # "" or "#line-3"
        named.append(shown + page)
    assert len(named) == len(set(named)), sorted(named)
    assert result.exit_code == min(len(errors), 125)
    return errors


def _shown(path: str) -> str:
    from tollbook.errors import printable
    return printable(path)


def test_a_seeded_hostile_batch_through_extract(tmp_path):
    paths, good_ids = build_batch(tmp_path, SEED, HOSTILE_INPUTS, GOOD_PAGES)
    result = CliRunner().invoke(main, ["extract", *paths])
    errors = _check_run(result, paths)
    # split on "\n" only: JSON Lines may hold U+2028 or U+0085 unescaped, which splitlines() splits on
    records = {record["id"]: record for record in map(json.loads, result.stdout.split("\n")[:-1])}
    for n, document_id in enumerate(good_ids):
        assert [claim["count"]["best"] for claim in records[document_id]["claims"]] == [n + 2]
    assert errors  # the generator does make inputs that cannot be read
    _write_figures(tmp_path, "extract", len(paths), len(errors), len(records))


def test_a_seeded_hostile_batch_through_ingest(tmp_path):
    db = str(tmp_path / "ledger.db")
    folder = tmp_path / "in"
    folder.mkdir()
    paths, good_ids = build_batch(folder, SEED + 1, HOSTILE_INPUTS // 3, GOOD_PAGES // 3)
    result = CliRunner().invoke(main, ["ingest", "--db", db, *paths])
    errors = _check_run(result, paths)
    listed = CliRunner().invoke(main, ["claims", "--db", db, "--format", "jsonl"])
    stored = {row["document"] for row in map(json.loads, listed.stdout.split("\n")[:-1])}
    assert set(good_ids) <= stored
    stats = CliRunner().invoke(main, ["stats", "--db", db])
    assert stats.exit_code == 0
    _write_figures(tmp_path, "ingest", len(paths), len(errors), json.loads(stats.stdout)["documents"])


def _write_figures(tmp_path: Path, command: str, inputs: int, errors: int, pages: int) -> None:
    """The counts the issue's closing note asks for, printed with -s."""
    print(f"\nfuzz {command}: {inputs} inputs, {errors} error lines, {pages} pages out, 0 tracebacks")
