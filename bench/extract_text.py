"""Throughput of text -> claims on crawl-text pages, one core.

Usage: python bench/extract_text.py [--pages 3000]

Two corpora, read at run time from ../shared (their text is not copied into the
project): casualty news (the crawl-text pages of ../shared/eval/dev/docs and the
bundled examples, dense in claims) and ordinary news (the 181 article bodies of
../shared/bench/article-extraction, as plain crawl text). Each is cycled to
--pages pages; tollbook's per-page function runs on each page: documents per
second and the process's peak resident memory, for the reading step alone and
for reading plus claim extraction.
"""
from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))   # this checkout's tollbook, not an installed one

from tollbook import documents  # noqa: E402
from tollbook.model import RawPage  # noqa: E402
from tollbook.pipeline import process_page  # noqa: E402
from tollbook.rules import load_rules  # noqa: E402

CORPORA = [REPO.parent / "shared" / "eval" / "dev" / "docs", REPO / "examples"]


ARTICLES = REPO.parent / "shared" / "bench" / "article-extraction" / "ground-truth.json"


def casualty_pages() -> list[RawPage]:
    """Crawl-text pages dense in casualty reports: the dev set and the bundled examples."""
    pages = []
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            pages.append(RawPage(source=str(path), name=path.stem, body=text, format="text"))
    return pages


def ordinary_pages() -> list[RawPage]:
    """Ordinary news pages: the article bodies of the article-extraction set, as plain crawl text."""
    if not ARTICLES.exists():
        return []
    truth = json.loads(ARTICLES.read_text(encoding="utf-8"))
    return [RawPage(source=key, name=key[:12], body=f"{item.get('headline') or ''}\n\n{item['articleBody']}",
                    format="text") for key, item in sorted(truth.items())]


def measure(label: str, work, pages: list[RawPage]) -> None:
    started, cpu_started = time.perf_counter(), time.process_time()
    for page in pages:
        work(page)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    # CPU seconds too: on a shared machine wall time measures the neighbours as well
    print(f"{label:<28} {len(pages):>6} pages  {len(pages) / elapsed:>8.1f} docs/s  "
          f"{len(pages) / cpu:>8.1f} docs/CPU-s  peak RSS {peak:6.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=3000)
    args = parser.parse_args()
    rules = load_rules()
    for label, distinct in (("casualty news", casualty_pages()), ("ordinary news", ordinary_pages())):
        if not distinct:
            print(f"{label}: no pages found under {REPO.parent / 'shared'}")
            continue
        pages = list(itertools.islice(itertools.cycle(distinct), args.pages))
        # Vocabularies, models and the gazetteer load once per process, on a language's first page: timed
        # apart (one pass over the distinct pages), so the rates below are the steady state of a long crawl.
        started = time.process_time()
        for page in distinct:
            process_page(page, rules)
        print(f"{label}: start-up and first pass over {len(distinct)} pages: "
              f"{time.process_time() - started:.1f} CPU s")
        kilobytes = sum(len(p.body) for p in distinct) / len(distinct) / 1000
        print(f"{label}: {len(distinct)} distinct pages (mean {kilobytes:.1f} k characters), cycled to {len(pages)}")
        measure("  documents (read + split)", documents.build_document, pages)
        measure("  text -> claims (all)", lambda page: process_page(page, rules), pages)


if __name__ == "__main__":
    main()
