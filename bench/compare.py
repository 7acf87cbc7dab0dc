"""tollbook beside gdelt-regkg's count extractor and trafilatura alone, on the same pages, as ratios.

Usage: python bench/compare.py [--pages 1000] [--html-limit 0]

1. Casualty text (the crawl-text pages of ../shared/eval/dev/docs and examples/,
   cycled to --pages, read at run time): gdelt-regkg's ``analyze_counts`` in
   process; tollbook's ``pipeline.process_page`` in process (text -> claims);
   and the whole ``tollbook extract --jobs 1`` process on the same pages as JSON
   Lines (start-up, reading, claims, incident labels, output).
2. HTML (the 181 article pages of ../shared/bench/article-extraction): tollbook's
   HTML reading path (``sources.read_input`` + ``documents.build_document``) and
   ``trafilatura.extract`` alone on the same gzipped bytes, with the body-text
   shingle F1 against the benchmark's ``articleBody`` (bench/read_html.py).

Rates are pages per CPU-second of the measured process (``time.process_time``,
or the child's user + system time): on a shared machine wall time measures the
neighbours as much as the code. gdelt-regkg needs Python 3.12 as packaged; its
count extractor runs on 3.11 when imported alone (bench/README.md).
"""
from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_text import casualty_pages  # noqa: E402
from read_html import CORPUS, shingle_f1, tollbook_text, trafilatura_text  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TARGETS = {"extract process / gdelt-regkg": 3.0, "HTML path / trafilatura": 1.0, "text -> claims pages/s": 600}


def gdelt_counts():
    """gdelt-regkg's ``analyze_counts``, imported without the package's ``__init__`` (which needs 3.12)."""
    spec = importlib.util.find_spec("gdelt_regkg")
    if spec is None:
        return None
    root = spec.submodule_search_locations[0]
    for name, folder in (("gdelt_regkg", root), ("gdelt_regkg.fields", os.path.join(root, "fields"))):
        if name not in sys.modules:
            package = importlib.util.spec_from_file_location(name, os.path.join(folder, "__init__.py"),
                                                             submodule_search_locations=[folder])
            sys.modules[name] = importlib.util.module_from_spec(package)
    from gdelt_regkg.fields.counts import analyze_counts, default_count_rules
    rules = default_count_rules()
    return lambda text: analyze_counts(text, rules=rules)


def per_cpu_second(work, items) -> tuple[float, list]:
    work(items[0])  # imports, models and vocabularies load outside the timed loop
    started = time.process_time()
    out = [work(item) for item in items]
    return len(items) / (time.process_time() - started), out


def extract_process(pages) -> tuple[float, float]:
    """The whole `tollbook extract --jobs 1` process on the pages: (pages per CPU-second, wall seconds)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as spill:
        for n, page in enumerate(pages):
            spill.write(json.dumps({"id": f"{page.name}-{n}", "text": page.body}, ensure_ascii=False) + "\n")
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        search_path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
        environment = {**os.environ, "PYTHONPATH": search_path}   # the child runs this checkout's tollbook
        subprocess.run([sys.executable, "-c", "from tollbook.cli import main; main()", "extract", "--jobs", "1",
                        spill.name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=environment)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        os.unlink(spill.name)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return len(pages) / cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="casualty-text pages (cycled)")
    parser.add_argument("--html-limit", type=int, default=0, help="only the first N HTML pages")
    args = parser.parse_args()
    from tollbook.pipeline import process_page
    from tollbook.rules import load_rules
    rules = load_rules()
    ratios = {}

    pages = list(itertools.islice(itertools.cycle(casualty_pages()), args.pages))
    print(f"casualty text: {len(pages)} pages, pages per CPU-second")
    tollbook_rate, _ = per_cpu_second(lambda page: process_page(page, rules), pages)
    print(f"  tollbook process_page (text -> claims)   {tollbook_rate:8.1f}")
    process_rate, wall = extract_process(pages)
    print(f"  tollbook extract, whole process          {process_rate:8.1f}   ({wall:.1f} s wall)")
    counts = gdelt_counts()
    if counts is None:
        print("  gdelt-regkg: not installed (bench/README.md)")
    else:
        gdelt_rate, _ = per_cpu_second(lambda page: counts(page.body), pages)
        print(f"  gdelt-regkg analyze_counts, in process   {gdelt_rate:8.1f}")
        ratios["extract process / gdelt-regkg"] = process_rate / gdelt_rate
        print(f"  in process: tollbook / gdelt-regkg       {tollbook_rate / gdelt_rate:8.2f}x")
    ratios["text -> claims pages/s"] = tollbook_rate

    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    html = [(CORPUS / "html" / f"{key}.html.gz", item["articleBody"]) for key, item in sorted(truth.items())]
    html = html[:args.html_limit] if args.html_limit else html
    print(f"HTML: {len(html)} article pages, pages per CPU-second, body shingle F1")
    scores = {}
    for name, work in (("tollbook read_input + build_document", tollbook_text),
                       ("trafilatura.extract alone", trafilatura_text)):
        rate, texts = per_cpu_second(lambda item, work=work: work(item[0]), html)
        f1 = sum(shingle_f1(text, body) for text, (_, body) in zip(texts, html)) / len(html)
        scores[name] = rate
        print(f"  {name:<38} {rate:8.1f}   F1 {f1:.3f}")
    ratios["HTML path / trafilatura"] = scores["tollbook read_input + build_document"] / scores[
        "trafilatura.extract alone"]

    print("ratios (target):")
    for name, value in ratios.items():
        unit = "" if name.endswith("pages/s") else "x"
        print(f"  {name:<32} {value:8.2f}{unit}   ({TARGETS[name]}{unit})")


if __name__ == "__main__":
    main()
