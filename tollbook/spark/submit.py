"""The script to give ``spark-submit``: the same job as ``tollbook spark``, on a cluster.

    spark-submit --master spark://head:7077 tollbook/spark/submit.py \
        crawl.paths --output /shared/out

(README, "Scale": tollbook and its dependencies installed on the executors, or shipped as a packed environment.)
"""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="submit.py", description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="WARC, WARC.gz, JSON Lines files, folders, globs or listing files")
    parser.add_argument("--output", required=True, help="folder to write documents/, claims/, errors/, incidents/")
    args = parser.parse_args(argv)
    from tollbook.spark import run_job
    summary = run_job(args.inputs, args.output)
    print(f"{summary.documents} documents, {summary.claims} claims, {summary.incidents} incidents, "
          f"{summary.errors} errors -> {summary.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
