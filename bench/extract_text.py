"""Throughput of text -> claims on crawl-text pages, one core.

Usage: python bench/extract_text.py [--pages 3000]

Reads the crawl-text pages of ../shared/eval/dev/docs and the bundled examples at
run time (their text is not copied into the project), cycles through them until
--pages pages, and runs tollbook's per-page function on each: documents per
second and the process's peak resident memory, for the reading step alone and for reading plus
claim extraction.
"""
from __future__ import annotations

import argparse
import itertools
import resource
import time
from pathlib import Path

from tollbook import documents
from tollbook.model import RawPage
from tollbook.pipeline import process_page
from tollbook.rules import load_rules

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO.parent / "shared" / "eval" / "dev" / "docs", REPO / "examples"]


def load_pages() -> list[RawPage]:
    pages = []
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            pages.append(RawPage(source=str(path), name=path.stem, body=text, format="text"))
    if not pages:
        raise SystemExit("no crawl-text pages found under " + ", ".join(map(str, CORPORA)))
    return pages


def measure(label: str, work, pages: list[RawPage]) -> None:
    started = time.perf_counter()
    for page in pages:
        work(page)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(f"{label:<28} {len(pages):>6} pages  {len(pages) / elapsed:>8.1f} docs/s  peak RSS {peak:6.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=3000)
    args = parser.parse_args()
    distinct = load_pages()
    pages = list(itertools.islice(itertools.cycle(distinct), args.pages))
    rules = load_rules()
    process_page(pages[0], rules)  # load vocabularies and models outside the timed loop
    kilobytes = sum(len(p.body) for p in distinct) / len(distinct) / 1000
    print(f"{len(distinct)} distinct crawl-text pages (mean {kilobytes:.1f} k characters), cycled to {len(pages)}")
    measure("documents (read + split)", documents.build_document, pages)
    measure("text -> claims (all)", lambda page: process_page(page, rules), pages)


if __name__ == "__main__":
    main()
