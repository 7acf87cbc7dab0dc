"""Whole crawls on Spark: ``tollbook spark`` (needs ``pip install 'tollbook[spark]'`` and Java 17+).

    from tollbook import spark
    summary = spark.run_job(["crawl/*.warc.gz"], "out/", master="local[2]")
    for document, claims in spark.read_output("out/"):     # what `tollbook ingest out/` stores
        ...

``job`` is the Spark job (stage 1: pages -> Parquet documents and claims by
publication month; stage 2: incidents per block of region x week); ``rows`` the
flat rows it writes; ``output`` reads them back with pyarrow alone, no Spark.
``submit.py`` is the script to give ``spark-submit`` on a cluster (README).
"""
from __future__ import annotations

from tollbook.spark.output import is_job_output, read_output

__all__ = ["is_job_output", "read_output", "run_job"]


def run_job(paths, output: str, master: str | None = None, spark_session=None):
    """Run both stages; ``spark_session`` reuses a session (tests), else one starts on ``master``."""
    from tollbook.spark import job
    spark_session = spark_session or job.session(master)
    return job.run(paths, output, spark_session)
