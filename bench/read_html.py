"""The HTML reading path on 181 real article pages, beside trafilatura alone.

Usage: python bench/read_html.py [--limit N]

For every page of ../shared/bench/article-extraction/html/*.html.gz (read at run
time, never copied into the project) it runs, each in a fresh child process so
that peak memory is that variant's own:

- tollbook: ``sources.read_input(path)`` then ``documents.build_document(raw, step 0)`` as
  ``pipeline.process_page`` calls it (the claims stage's step 0 decides the date search);
- tollbook extract: the same, plus claim extraction (``pipeline.process_page``);
- trafilatura: gunzip the same file, then ``trafilatura.extract(html)``.

It prints documents per CPU-second (one core), the child's peak resident memory,
and the body-text token-shingle F1 against the benchmark's ``articleBody``
(4-word shingles, as in the Scrapinghub/Zyte article-extraction benchmark).
"""
from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import re
import resource
import sys
import time
from collections import Counter
from functools import cache, partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))   # this checkout's tollbook, not an installed one
CORPUS = REPO.parent / "shared" / "bench" / "article-extraction"
SHINGLE = 4


def tollbook_text(path: Path) -> str:
    """The reading path of `tollbook extract`: read, understand, with the claims stage's step 0 as
    its date-search test (pipeline.process_page), without the claims themselves."""
    from tollbook.documents import build_document
    from tollbook.errors import SourceError
    from tollbook.sources import read_input
    try:
        return "\n".join(build_document(raw, _step_zero()).text for raw in read_input(str(path)))
    except SourceError:
        return ""


@cache
def _step_zero():
    from tollbook.claims import may_hold_claims
    from tollbook.rules import load_rules
    return partial(may_hold_claims, rules=load_rules())


def tollbook_extract(path: Path) -> str:
    """The whole per-page path of `tollbook extract`: read, understand, extract claims."""
    from tollbook.errors import SourceError
    from tollbook.pipeline import process_page
    from tollbook.rules import load_rules
    from tollbook.sources import read_input
    rules = load_rules()
    try:
        return "\n".join(process_page(raw, rules)[0].text for raw in read_input(str(path)))
    except SourceError:
        return ""


def trafilatura_text(path: Path) -> str:
    import trafilatura
    return trafilatura.extract(gzip.decompress(path.read_bytes())) or ""


VARIANTS = {"tollbook read_input+build_document": tollbook_text,
            "tollbook extract (with claims)": tollbook_extract,
            "trafilatura.extract alone": trafilatura_text}


def shingles(text: str) -> Counter:
    tokens = re.findall(r"\w+", text.lower())
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(len(tokens) - SHINGLE + 1, 1)))


def shingle_f1(predicted: str, expected: str) -> float:
    found, wanted = shingles(predicted), shingles(expected)
    overlap = sum((found & wanted).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(found.values()), overlap / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)


def run_variant(name: str, pages: list[tuple[Path, str]], results) -> None:
    """In a child process: warm up, time the loop, then score (scoring is not timed)."""
    work = VARIANTS[name]
    work(pages[0][0])  # imports and models load outside the timed loop
    started = time.process_time()   # CPU seconds: on a shared machine wall time measures the neighbours
    texts = [work(path) for path, _ in pages]
    elapsed = time.process_time() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    f1 = sum(shingle_f1(text, body) for text, (_, body) in zip(texts, pages)) / len(pages)
    results.put((name, len(pages) / elapsed, peak_mib, f1, sum(1 for t in texts if not t)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args()
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(CORPUS / "html" / f"{key}.html.gz", item["articleBody"]) for key, item in sorted(truth.items())]
    pages = pages[:args.limit] if args.limit else pages
    context = multiprocessing.get_context("fork")
    print(f"{len(pages)} pages from {CORPUS}")
    print(f"{'variant':<36} {'docs/CPU-s':>10} {'peak RSS':>10} {'body F1':>8} {'empty':>6}")
    for name in VARIANTS:
        results = context.Queue()
        child = context.Process(target=run_variant, args=(name, pages, results))
        child.start()
        name, rate, peak, f1, empty = results.get()
        child.join()
        print(f"{name:<36} {rate:>10.1f} {peak:>7.1f} MiB {f1:>8.3f} {empty:>6}")


if __name__ == "__main__":
    main()
