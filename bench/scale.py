"""The whole `tollbook` process: start-up, `--jobs 2` against one job, peak memory against batch size.

Usage: python bench/scale.py [--pages 600] [--small 300] [--large 3000]

- start-up: `tollbook --help` and a query command (`tollbook claims` on an empty
  database), best of five, wall and CPU seconds;
- `--jobs`: `tollbook extract --jobs 1` and `--jobs 2` on --pages casualty-text pages
  (the dev set's crawl text and examples/, cycled, as JSON Lines): wall seconds, CPU
  seconds of all processes, and the speed-up. The load average is printed first:
  the speed-up means something only when two cores are free;
- memory: peak RSS of `tollbook extract --jobs 1` on --small and on --large pages.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_text import casualty_pages  # noqa: E402

TOLLBOOK = [sys.executable, "-c", "from tollbook.cli import main; main()"]
# The same, saying on stderr how much CPU the command's own process and its workers took.
SPLIT = [sys.executable, "-c", "import json, resource, sys\nfrom tollbook.cli import main\ntry:\n    main()\n"
         "except SystemExit:\n    pass\nown = resource.getrusage(resource.RUSAGE_SELF)\n"
         "workers = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
         "print(json.dumps([own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime]), file=sys.stderr)"]


def run(arguments: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of one process and the workers it waited for."""
    started = time.perf_counter()
    child = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def split_cpu(arguments: list[str]) -> tuple[float, float]:
    """CPU seconds of the command's own process and of its workers (``SPLIT``)."""
    done = subprocess.run(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    own, workers = json.loads(done.stderr.strip().splitlines()[-1])
    return own, workers


def pages_file(count: int, folder: str) -> str:
    path = os.path.join(folder, f"pages-{count}.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for n, page in enumerate(itertools.islice(itertools.cycle(casualty_pages()), count)):
            out.write(json.dumps({"id": f"{page.name}-{n}", "url": f"https://bench.example/{n}", "text": page.body},
                                 ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--small", type=int, default=300)
    parser.add_argument("--large", type=int, default=3000)
    parser.add_argument("--skip", nargs="*", default=[], choices=["startup", "jobs", "memory"])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        if "startup" not in args.skip:
            db = os.path.join(folder, "empty.db")
            # Only ingest creates a database (the query commands refuse a missing one): make it at head.
            subprocess.run([sys.executable, "-c", "import sys\nfrom tollbook.store import Store\n"
                            "Store.open(sys.argv[1], create=True).close()", db], check=True)
            for label, command in (("tollbook --help", ["--help"]),
                                   ("tollbook claims (empty db)", ["claims", "--db", db, "--format", "jsonl"])):
                # Best of five by CPU: on the shared machine the neighbours' load lengthens wall time.
                best = min((run(TOLLBOOK + command) for _ in range(5)), key=lambda r: r[1])
                print(f"start-up  {label:<28} {best[0]:6.2f} s wall  {best[1]:6.2f} s CPU")
        if "jobs" not in args.skip:
            path = pages_file(args.pages, folder)
            one = run(TOLLBOOK + ["extract", "--jobs", "1", path])
            two = run(TOLLBOOK + ["extract", "--jobs", "2", path])
            for label, (wall, cpu, _) in (("--jobs 1", one), ("--jobs 2", two)):
                print(f"extract {label}  {args.pages} pages  {wall:6.1f} s wall  {cpu:6.1f} s CPU  "
                      f"{args.pages / wall:6.1f} pages/s")
            print(f"speed-up --jobs 2 / --jobs 1: {one[0] / two[0]:.2f}x wall "
                  f"(CPU of all processes {two[1] / one[1]:.2f}x one job's); load average now "
                  f"{os.getloadavg()[0]:.2f}")
            own, workers = split_cpu(SPLIT + ["extract", "--jobs", "2", path])
            # Two free cores run the two workers side by side and the reader/writer between them:
            # the run takes at least half of all the CPU, and at least the busiest process's share.
            floor = max((own + workers) / 2, own, workers / 2)
            print(f"--jobs 2 CPU: reader/writer process {own:.1f} s, workers {workers:.1f} s; on two free "
                  f"cores at best {floor:.1f} s, a speed-up of at most {one[1] / floor:.2f}x over one job's CPU")
        if "memory" not in args.skip:
            peaks = {}
            for count in (args.small, args.large):
                wall, cpu, peaks[count] = run(TOLLBOOK + ["extract", "--jobs", "1", pages_file(count, folder)])
                print(f"extract --jobs 1  {count:>5} pages  peak RSS {peaks[count]:6.1f} MiB  ({cpu:.1f} s CPU)")
            print(f"peak RSS {args.large} / {args.small} pages: {peaks[args.large] / peaks[args.small]:.3f}")


if __name__ == "__main__":
    main()
