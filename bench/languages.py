"""Throughput of text -> claims for each language the rules cover, one core (issue 11: >= 300 pages/s).

Usage: python bench/languages.py [--pages 300]

Two corpora per language, both cycled to --pages pages and run through tollbook's per-page function
(`pipeline.process_page`: reading, language detection, claims):
- "examples": one page made of the language's own example sentences (the `examples:` of every
  rules/<folder>/*.yaml, written for the project), one sentence a line: dense in claims, the
  slow case;
- "dev": the language's crawl-text pages of ../shared/eval/dev (read at run time, never copied),
  where the dev set has any.
Rates are pages per CPU-second of this process (on a shared machine wall time measures the
neighbours too); the first pass over the distinct pages (rule and model loading) is timed apart.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))   # this checkout's tollbook, not an installed one

from tollbook.model import RawPage  # noqa: E402
from tollbook.pipeline import process_page  # noqa: E402
from tollbook.rules import load_rules  # noqa: E402

RULES = REPO / "tollbook" / "rules"
DEV = REPO.parent / "shared" / "eval" / "dev"
TARGET = 300.0   # pages per CPU-second (issue 11)


def example_page(folder: Path) -> RawPage | None:
    """The rule folder's example sentences as one page."""
    sentences = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        sentences += [item["text"] for item in data.get("examples") or () if item.get("text")]
    if not sentences:
        return None
    return RawPage(source=str(folder), name=f"examples-{folder.name}", body="\n".join(sentences), format="text")


def dev_pages() -> dict[str, list[RawPage]]:
    """The dev set's crawl-text pages by their gold language."""
    gold = DEV / "gold.jsonl"
    if not gold.exists():
        return {}
    by_language: dict[str, list[RawPage]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        path = DEV / "docs" / doc["file"]
        by_language.setdefault(doc.get("language") or "?", []).append(
            RawPage(source=str(path), name=path.stem, body=path.read_text(encoding="utf-8"), format="text"))
    return by_language


def rate(distinct: list[RawPage], rules, pages: int) -> tuple[float, float]:
    """(first-pass CPU seconds, steady pages per CPU-second) over ``distinct`` cycled to ``pages``."""
    started = time.process_time()
    for page in distinct:
        process_page(page, rules)
    first = time.process_time() - started
    cycled = list(itertools.islice(itertools.cycle(distinct), pages))
    started = time.process_time()
    for page in cycled:
        process_page(page, rules)
    return first, len(cycled) / max(time.process_time() - started, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    rules = load_rules()
    dev = dev_pages()
    folders = sorted(p for p in RULES.iterdir() if p.is_dir() and p.name != "common")
    print(f"{'rules':<6} {'corpus':<9} {'pages':>5} {'chars/page':>10} {'first pass':>10} {'pages/CPU-s':>12} "
          f"{'vs 300':>7}")
    slowest = None
    for folder in folders:
        codes = [folder.name] if folder.name != "hbs" else ["hr", "sr", "bs"]
        corpora = [("examples", [page] if (page := example_page(folder)) else [])]
        corpora.append(("dev", [p for code in codes for p in dev.get(code, [])]))
        for label, distinct in corpora:
            if not distinct:
                continue
            first, pages_per_s = rate(distinct, rules, args.pages)
            chars = sum(len(p.body) for p in distinct) / len(distinct)
            print(f"{folder.name:<6} {label:<9} {len(distinct):>5} {chars:>10.0f} {first:>9.2f}s "
                  f"{pages_per_s:>12.0f} {pages_per_s / TARGET:>6.2f}x")
            if slowest is None or pages_per_s < slowest[0]:
                slowest = (pages_per_s, folder.name, label)
    if slowest:
        print(f"slowest: {slowest[1]} {slowest[2]} at {slowest[0]:.0f} pages/CPU-s "
              f"({'meets' if slowest[0] >= TARGET else 'below'} the {TARGET:.0f} pages/s of issue 11)")


if __name__ == "__main__":
    main()
