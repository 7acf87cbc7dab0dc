"""The ``tollbook`` command: thin commands, one library call each.

Data goes to stdout (a table on a terminal, JSON Lines or CSV for pipes);
messages, warnings and the progress bar go to stderr.
"""
from __future__ import annotations

import itertools
import json
import os
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.text import Text

from tollbook import __version__, exports
from tollbook.errors import SourceError, TollbookError, internal_error, printable

if TYPE_CHECKING:  # the pipeline loads trafilatura, numpy and every rule set: only the commands that read pages import it
    from tollbook import pipeline

# Start-up is most of a query command's time, so what only some commands use is imported in them:
# rich's tables where a table is printed, its progress bar in the commands that read pages.

# A table piped to a file or a pager gets room to breathe; a terminal keeps its own width.
stdout = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True, highlight=False)
MAX_EXIT_CODE = 125  # exit codes above this mean other things to a shell

db_option = click.option("--db", envvar="TOLLBOOK_DB", default="tollbook.db", show_default=True,
                         help="Database: a SQLite path or a SQLAlchemy URL (env TOLLBOOK_DB).")


def say(line: str) -> None:
    """One message line on stderr: plain text, never wrapped, no rich markup or :emoji: codes."""
    line = printable(line)
    if stderr.is_terminal:  # a progress bar may be live: let rich place the line above it
        stderr.print(Text(line), soft_wrap=True)
    else:
        click.echo(line, err=True)


class TollbookGroup(click.Group):
    """Turns every error into one ``error: ...`` line on stderr and exit code 1, never a traceback
    (``TOLLBOOK_DEBUG=1`` shows the traceback of an unexpected one)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own (a usage error, --help, Ctrl-C): its message and exit code, not an internal error
        except TollbookError as error:
            say(f"error: {error}")
        except OSError as error:  # a file the command was told to write or read
            where = f"{error.filename}: " if error.filename else ""
            say(f"error: {where}{error.strerror or error}")
        except Exception as error:
            if os.environ.get("TOLLBOOK_DEBUG"):
                raise
            say(f"error: {internal_error(ctx.invoked_subcommand or 'tollbook', error)}")
        ctx.exit(1)


@click.group(cls=TollbookGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="tollbook")
def main() -> None:
    """Turn raw news pages into a sourced ledger of casualty claims."""


def _jobs_option(command):
    from tollbook.workers import available_cores
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=available_cores(), show_default=True,
                        help="Worker processes reading pages (default: the cores available).")(command)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@_jobs_option
def ingest(paths: tuple[str, ...], db: str, jobs: int) -> None:
    """Read pages (files, folders, globs, WARC, JSONL, - for stdin), store them and their claims.

    A folder `tollbook spark` wrote is stored as it is, its pages not read again.
    On a terminal the stored claims are shown as a table; to a pipe or file nothing is
    written to stdout (a crawl's worth of rows is no message).
    """
    from tollbook import pipeline
    from tollbook.claims import EXTRACTOR_VERSION
    from tollbook.rules import load_rules
    from tollbook.spark import is_job_output, read_output
    rules = load_rules()
    job_outputs = [path for path in paths if is_job_output(path)]
    pages = [path for path in paths if path not in job_outputs]
    shown, saved, found, failed = [], Counter(), 0, 0
    with _open_store(db, create=True) as store, _progress("ingesting") as progress:
        from_spark = (pipeline.PageResult(document.source, document, tuple(claims))
                      for path in job_outputs for document, claims in read_output(path))
        read = pipeline.process_paths(pages, rules, progress, jobs=jobs) if pages else ()
        for result in itertools.chain(from_spark, read):
            if not _report(result, rules):
                failed += 1
                continue
            status = _save(store, result, EXTRACTOR_VERSION)
            if status is None:
                failed += 1
                continue
            saved[status] += 1
            if status == "duplicate":  # the same text under another name: its claims are counted already
                continue
            found += len(result.claims)
            if stdout.is_terminal:
                shown.extend((claim, _provenance(result.document)) for claim in result.claims)
        say("grouping the stored claims into incidents ...")
        grouped = pipeline.update_incidents(store)
    if stdout.is_terminal:
        _print_claim_table(list(exports.iter_claim_rows(shown)))
    say(f"{sum(saved.values())} pages stored in {db} ({_counts(saved)}), {found} claims, {failed} failed")
    say(_grouped_line(grouped))
    sys.exit(min(failed, MAX_EXIT_CODE))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--with-text", is_flag=True, help="Add the document text that the claim offsets point into.")
@_jobs_option
def extract(paths: tuple[str, ...], fmt: str, with_text: bool, jobs: int) -> None:
    """Extract claims without a database: one gold-format document record per page on stdout.

    Claims reported by several pages of the batch share an ``incident`` label, so the
    records come out once the last page is read (in input order; they wait on disk).
    """
    from tollbook import pipeline
    from tollbook.rules import load_rules
    rules = load_rules()
    failed = 0
    with _progress("extracting") as progress, pipeline.LabelledRecords() as batch:
        for result in pipeline.process_paths(paths, rules, progress, jobs=jobs, grouping=True, record_lines=True,
                                             with_text=with_text):
            if _report(result, rules):
                batch.add(result)
            else:
                failed += 1
        sys.stdout.writelines(batch.lines())
    sys.exit(min(failed, MAX_EXIT_CODE))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False),
              help="Folder for documents/, claims/ (Parquet by publication month), errors/, incidents/.")
@click.option("--master", help="Spark master URL (default: local[*], all cores of this machine).")
def spark(paths: tuple[str, ...], output: str, master: str | None) -> None:
    """Run the Spark job over WARC, WARC.gz or JSON Lines files, folders, globs or listing files.

    Needs pip install 'tollbook[spark]' and Java 17+. `tollbook ingest OUTPUT` stores the result.
    """
    try:
        import pyspark  # noqa: F401
    except ImportError as error:
        raise click.ClickException("tollbook spark needs PySpark: pip install 'tollbook[spark]'") from error
    from tollbook.spark import run_job
    summary = run_job(paths, output, master=master)
    stderr.print(f"{summary.documents} documents, {summary.claims} claims, {summary.incidents} incidents, "
                 f"{summary.errors} errors in {summary.output}", markup=False)
    sys.exit(min(summary.errors, MAX_EXIT_CODE))


@main.command(name="claims")
@db_option
@click.option("--outcome", type=click.Choice(["killed", "injured", "captured", "missing", "casualties"]))
@click.option("--since", help="Claims dated on or after YYYY-MM-DD (the page date when the claim has none).")
@click.option("--until", help="Claims dated on or before YYYY-MM-DD.")
@click.option("--place", help="Location contains this text.")
@click.option("--reported-by", help="Source contains this text.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def list_claims(db: str, outcome, since, until, place, reported_by, fmt: str) -> None:
    """List stored claims, filtered."""
    with _open_store(db) as store:
        stored = store.claims(outcome=outcome, since=since, until=until, place=place, reported_by=reported_by)
        rows = exports.iter_claim_rows((s.claim, _stored_provenance(s)) for s in stored)
        if fmt == "table":
            _print_claim_table(list(rows))
        else:
            exports.write_rows(rows, sys.stdout, fmt)


@main.command()
@click.argument("key")
@db_option
def show(key: str, db: str) -> None:
    """Show one stored document (by name, id, url or hash prefix) with every claim's evidence highlighted."""
    with _open_store(db) as store:
        document, stored = store.document(key)
    stdout.print(f"[bold]{document.title or document.name}[/bold]  {document.url or document.source}"
                 f"  published {document.published or '?'}  language {document.language or '?'}",
                 highlight=False)
    stdout.print(_highlighted(document.text, [s.claim for s in stored]))
    _print_claim_table(list(exports.iter_claim_rows((s.claim, _stored_provenance(s)) for s in stored)))


@main.command()
@db_option
def stats(db: str) -> None:
    """Counts of stored documents and claims."""
    with _open_store(db) as store:
        figures = store.stats()
    stdout.print_json(json.dumps(figures, default=str))


OUTCOMES = ["killed", "injured", "captured", "missing", "casualties"]
INCIDENT_COLUMNS = ("id", "scope", "location", "date", "side", "origin", "first_report", "latest_report",
                    "claims", "documents", "outcome", "low", "best", "high", "disagreement")
TALLY_COLUMNS = ("key", "outcome", "incidents", "with_figure", "low", "best", "high")


@main.command(name="incidents")
@db_option
@click.option("--outcome", type=click.Choice(OUTCOMES), help="Incidents with figures for this outcome.")
@click.option("--since", help="Incidents on or after YYYY-MM-DD (the first report when the date is unknown).")
@click.option("--until", help="Incidents on or before YYYY-MM-DD.")
@click.option("--place", help="Location contains this text.")
@click.option("--side", help="The victims' side contains this text.")
@click.option("--role", type=click.Choice(["military", "civilian", "armed_group", "mixed", "unspecified"]),
              help="One of its claims names victims of this kind.")
@click.option("--scope", type=click.Choice(["incident", "cumulative"]), help="Incidents, or running totals.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--rebuild", is_flag=True, help="First group every stored claim again, from scratch.")
def list_incidents(db: str, outcome, since, until, place, side, role, scope, fmt: str, rebuild: bool) -> None:
    """List stored incidents: where, when, and per outcome the low / best / high reported figure."""
    with _open_store(db) as store:
        if rebuild:
            from tollbook import pipeline
            say(_grouped_line(pipeline.rebuild_incidents(store)))
        listed = store.incidents(outcome=outcome, since=since, until=until, place=place, side=side, role=role,
                                 scope=scope)
    if fmt == "table":
        _print_incident_table(listed)
    elif fmt == "jsonl":
        exports.write_records((stored.to_dict() for stored in listed), sys.stdout)
    else:
        exports.write_rows(_incident_rows(listed), sys.stdout, fmt, INCIDENT_COLUMNS)


@main.command(name="incident")
@click.argument("incident_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def show_incident(incident_id: str, db: str, fmt: str) -> None:
    """Show one incident: per outcome low / best / high, and every source with its figure and evidence."""
    with _open_store(db) as store:
        stored, members = store.incident(incident_id)
        place = exports.incident_place(store.place_mentions([stored.id])[stored.id])
    canonical = {"name": place.place.name, "country": place.country, "iso": place.iso, "admin1": place.admin1,
                 "lat": place.lat, "lon": place.lon, "precision": place.place.precision,
                 "from_page": place.from_page} if place.place else None
    if fmt == "json":
        stdout.print_json(json.dumps({**stored.to_dict(), "place": canonical}))
        return
    pages = {f"{m.document_name}@{m.document_id}": m for m in members}
    _print_incident(stored, pages)
    if canonical:
        where = ", ".join(dict.fromkeys(v for v in (place.place.name, place.admin1, place.country) if v))
        stdout.print(f"\ncanonical place: {where} ({place.place.precision}, {place.lat}, {place.lon})"
                     + (", named elsewhere on the page" if place.from_page else ""), highlight=False)


@main.command()
@db_option
@click.option("--by", type=click.Choice(["place", "country", "admin1", "origin", "side", "week"]), default="place",
              show_default=True, help="place: as written; country, admin1: the canonical place (gazetteer).")
@click.option("--outcome", type=click.Choice(OUTCOMES))
@click.option("--since", help="Incidents on or after YYYY-MM-DD.")
@click.option("--until", help="Incidents on or before YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def tally(db: str, by: str, outcome, since, until, fmt: str) -> None:
    """Totals of incidents by place, country, region, home region, side or week: each incident counted once.

    Running totals ("since the war began") are never added, nor subgroups ("five of them children").
    The table ends with the total over all incidents, per outcome.
    """
    with _open_store(db) as store:
        if by in ("country", "admin1"):
            found = exports.tally_by_place(store, by, outcome=outcome, since=since, until=until)
        else:
            found = store.tally(by, outcome=outcome, since=since, until=until)
        rows = [row.to_dict() for row in found]
    if fmt != "table":
        exports.write_rows(rows, sys.stdout, fmt, TALLY_COLUMNS)
        return
    if not rows:
        say("no incidents")
        return
    from rich.table import Table
    table = Table(header_style="bold")
    for column in (by, "outcome", "incidents", "with a figure", "low", "best", "high"):
        table.add_column(column, justify="left" if column in (by, "outcome") else "right", overflow="fold")
    for row in rows:
        table.add_row(row["key"], row["outcome"], *(str(row[k]) for k in TALLY_COLUMNS[2:]))
    table.add_section()
    for outcome_name, sums in _tally_totals(rows).items():
        table.add_row("all incidents", outcome_name, *(str(n) for n in sums), style="bold")
    stdout.print(table)


def _tally_totals(rows: list[dict]) -> dict[str, list[int]]:
    """Per outcome, the sums over every key: each incident has one key, so each is counted once."""
    totals: dict[str, list[int]] = {}
    for row in rows:
        sums = totals.setdefault(row["outcome"], [0] * len(TALLY_COLUMNS[2:]))
        for i, column in enumerate(TALLY_COLUMNS[2:]):
            sums[i] += row[column]
    return totals


def _grouped_line(update: pipeline.IncidentUpdate) -> str:
    return (f"incidents: {update.grouped} claims grouped, {update.written} incidents written, "
            f"{update.removed} merged away ({update.compared} stored claims compared)")


def _incident_rows(listed) -> list[dict]:
    """One flat row per (incident, outcome), for CSV."""
    rows = []
    for stored in listed:
        head = {k: v for k, v in stored.to_dict().items() if k != "outcomes"}
        for summary in stored.report.outcomes:
            rows.append({**head, "outcome": str(summary.outcome), "low": summary.low, "best": summary.best,
                         "high": summary.high, "disagreement": summary.disagreement})
    return rows


def _figures(summary) -> str:
    """"12 (10-14, sources disagree)" or "-" when no report gives a number."""
    if summary.best is None:
        return "-"
    spread = "" if summary.low == summary.high else f" ({summary.low}-{summary.high})"
    return f"{summary.best}{spread}" + (" disputed" if summary.disagreement else "")


def _print_incident_table(listed) -> None:
    if not listed:
        say("no incidents")
        return
    from rich.table import Table
    table = Table(header_style="bold")
    for column in ("incident", "place", "date", "side", *OUTCOMES, "reports", "first / latest report"):
        table.add_column(column, overflow="fold")
    for stored in listed:
        report = stored.report
        figures = [_figures(summary) if summary else "" for summary in map(stored.outcome, OUTCOMES)]
        scope = " (running total)" if report.scope == "cumulative" else ""
        table.add_row(report.id + scope, report.location or "", report.date or "", stored.side or "", *figures,
                      str(stored.claim_count), f"{report.first_report or '?'} / {report.latest_report or '?'}")
    stdout.print(table)


def _print_incident(stored, pages: dict) -> None:
    from rich.table import Table
    report = stored.report
    stdout.print(f"[bold]{report.id}[/bold]  {report.scope}  place {report.location or '?'}  "
                 f"date {report.date or '?'}  side {stored.side or '?'}  origin {stored.origin or '?'}", highlight=False)
    stdout.print(f"first report {report.first_report or '?'}, latest {report.latest_report or '?'}; "
                 f"{stored.claim_count} claims on {stored.document_count} pages", highlight=False)
    for summary in report.outcomes:
        flag = "  [red]sources disagree[/red]" if summary.disagreement else ""
        stdout.print(f"\n[bold]{summary.outcome}[/bold]: low {_or_dash(summary.low)}, best {_or_dash(summary.best)}, "
                     f"high {_or_dash(summary.high)}{flag}", highlight=False)
        table = Table(header_style="bold")
        for column in ("figure", "on whose word", "page", "published", "claim", "evidence"):
            table.add_column(column, overflow="fold")
        for source in summary.sources:
            page = pages.get(source.document)
            figure = source.count.text + (" (subgroup, not counted)" if source.subgroup else "")
            table.add_row(figure, source.reported_by or "", (page.url or page.document_name) if page else "",
                          source.published or "", source.key.rsplit("#", 1)[1], source.evidence)
        stdout.print(table)


def _or_dash(value) -> str:
    return "-" if value is None else str(value)


@main.command(name="export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "acled", "ucdp"]), default="csv",
              show_default=True, help="acled / ucdp: those datasets' columns, one row per incident with a death toll.")
@click.option("--what", type=click.Choice(["incidents", "claims"]), default="incidents", show_default=True,
              help="claims: one row per claim (every report its own row: never add them up).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
def export_command(db: str, fmt: str, what: str, output: str | None) -> None:
    """Export incidents, or claims (reviewers' corrections applied, rejected claims left out)."""
    with _open_store(db) as store:
        if what == "incidents":
            written = exports.export_incidents(exports.incident_details(store), fmt, out=sys.stdout, path=output)
        else:
            written = exports.export_claims(store.claims(), fmt, out=sys.stdout, path=output)
    say(f"{written} rows written, one per {what[:-1]}" + (f", to {output}" if output else ""))


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A host name browsers may reach the server by (repeatable); localhost and --host always.")
def serve(db: str, host: str, port: int, allow_hosts: tuple[str, ...]) -> None:
    """Browse and review the ledger in a web browser (read-only unless TOLLBOOK_TOKEN is set).

    Requests naming another host (a DNS-rebinding page) are refused.
    """
    from tollbook import web  # FastAPI and uvicorn load only for this command
    with _open_store(db) as store:
        token = os.environ.get("TOLLBOOK_TOKEN") or None
        from tollbook import gazetteer
        gazetteer.preload()   # incident places come from it: load it now, not on the first page
        if host not in LOOPBACK_HOSTS and not token:
            say(f"warning: --host {host} serves the ledger to the network, read-only (no TOLLBOOK_TOKEN)")
        say(f"tollbook on http://{host}:{port}/ ({'reviews on' if token else 'read-only'}), Ctrl-C stops")
        served = set(LOOPBACK_HOSTS) | set(allow_hosts) | ({host} - WILDCARD_HOSTS)
        app = web.create_app(store, token=token, exporter=exports.export_claims,
                             incident_exporter=exports.export_incidents, allowed_hosts=served)
        web.serve(app, host, port)


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
WILDCARD_HOSTS = {"0.0.0.0", "::", ""}


@main.command(name="evaluate")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", help="Only documents in this language; '!en' for all but English.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
def evaluate_command(gold_dir: Path, lang: str | None, as_json: bool) -> None:
    """Score the extractor against a gold set (GOLD_DIR/gold.jsonl and GOLD_DIR/docs/)."""
    from tollbook import pipeline
    from tollbook.rules import load_rules
    report = pipeline.evaluate_extractor(gold_dir, load_rules(), lang)
    if as_json:
        stdout.print_json(json.dumps(report))
        return
    for line in _report_lines(report):
        click.echo(line)


DEV_GOLD = Path("..") / "shared" / "eval" / "dev"   # beside the checkout, when it is there


@main.command(name="languages")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help=f"Gold set to score each language on (default: {DEV_GOLD} when it exists).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.argument("codes", nargs=-1)
def languages_command(gold_dir: Path | None, fmt: str, codes: tuple[str, ...]) -> None:
    """The languages claims are read in (or only CODES): reader, rule folder, vocabulary size, and claim
    P/R/F1 on a gold set. A language without rules says "language: xx, not covered" on stderr."""
    if gold_dir is None and (DEV_GOLD / "gold.jsonl").exists():
        gold_dir = DEV_GOLD
    from tollbook import pipeline
    from tollbook.rules import load_rules
    rows = [row for row in pipeline.language_coverage(load_rules(), gold_dir) if not codes or row.code in codes]
    for code in sorted({row.code for row in rows if not row.covered} | (set(codes) - {row.code for row in rows})):
        say(f"note: language: {code}, not covered")
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps({"code": row.code, "name": row.name, "reader": row.reader, "rules": row.rules,
                                   "entries": row.entries, "documents": row.documents,
                                   "claims": row.claims and row.claims.__dict__}, ensure_ascii=False))
        return
    if rows:
        _print_language_table(rows, gold_dir)


def _print_language_table(rows: list[pipeline.LanguageCoverage], gold_dir: Path | None) -> None:
    from rich.table import Table
    table = Table(header_style="bold", title=f"claims scored on {gold_dir}" if gold_dir else None)
    for column in ("code", "name", "reader", "rules", "entries") + (("docs", "P", "R", "F1") if gold_dir else ()):
        table.add_column(column, justify="right" if column in ("entries", "docs", "P", "R", "F1") else "left")
    for row in rows:
        scores = row.claims
        figures = ((str(row.documents), *(f"{getattr(scores, k):.3f}" for k in ("precision", "recall", "f1")))
                   if scores else ("-", "-", "-", "-"))
        table.add_row(row.code, row.name, row.reader if row.covered else "not covered", row.rules,
                      str(row.entries) if row.covered else "-", *(figures if gold_dir else ()))
    stdout.print(table)


def _report_lines(report: dict) -> list[str]:
    c, loose, inc = report["claims"], report["claims_ignoring_count"], report["incident_pairs"]
    attrs = report["attribute_accuracy_on_matched"]
    return [
        f"documents: {report['documents']}",
        f"claims:            P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}"
        f"  ({c['tp']} matched, {c['predicted']} predicted, {c['gold']} gold)",
        f"ignoring count:    P {loose['precision']:.3f}  R {loose['recall']:.3f}  F1 {loose['f1']:.3f}",
        "attributes on matched: " + "  ".join(f"{k} {'-' if v is None else f'{v:.2f}'}" for k, v in attrs.items()),
        "document fields: " + "  ".join(f"{k} {v:.2f}" for k, v in report["document_fields_accuracy"].items()),
        f"incident pairs:    P {inc['precision']:.3f}  R {inc['recall']:.3f}  F1 {inc['f1']:.3f}",
    ]


def _open_store(db: str, create: bool = False):
    """The store; only ``ingest`` creates a database, the other commands refuse a missing one."""
    # Imported here, not at the top: SQLAlchemy and Alembic take a while to load,
    # and `extract` and `evaluate` never touch the database.
    from tollbook.store import Store
    return Store.open(db, create=create)


def _save(store, result: pipeline.PageResult, extractor_version: str) -> str | None:
    """Store one page; its status ("new", "unchanged", ...), or None after an error line."""
    try:
        return str(store.save(result.document, list(result.claims), extractor_version))
    except TollbookError as error:
        say(f"error: {SourceError(result.source, str(error))}")
    except Exception as error:  # one page that cannot be saved never stops the batch
        say(f"error: {internal_error(result.source, error)}")
    return None


def _report(result: pipeline.PageResult, rules) -> bool:
    """Print a result's warnings and error on stderr; True when it holds a document."""
    for note in result.notes:
        say(f"warning: {result.source}: {note}")
    if result.error:
        say(f"error: {result.error}")
        return False
    if not rules.covers(result.document.language):
        say(f"note: {result.source}: language: {result.document.language}, not covered")
    return True


def _provenance(document) -> dict:
    return {"document": document.id, "url": document.url, "title": document.title,
            "published": document.published}


def _stored_provenance(stored) -> dict:
    return {"document": stored.document_name, "url": stored.url, "title": stored.title,
            "published": stored.published}


def _counts(counter: Counter) -> str:
    return ", ".join(f"{n} {what}" for what, n in sorted(counter.items())) or "none"


def _print_claim_table(rows: list[dict]) -> None:
    if not rows:
        say("no claims")
        return
    from rich.table import Table
    table = Table(show_lines=False, header_style="bold")
    for column in ("outcome", "count", "date", "source"):
        table.add_column(column, no_wrap=True)
    for column in ("victims", "place", "on whose word"):
        table.add_column(column, ratio=1)
    for row in rows:
        count = row["count_text"] if row["count_kind"] in ("vague", "unknown") else str(row["count_best"])
        qualifier = "" if row["count_kind"] in ("exact", "vague", "unknown") else f" ({row['count_kind']})"
        table.add_row(row["outcome"], count + qualifier, row["date"] or "", row["document"] or "",
                      _victims(row), row["location"] or "", row["reported_by"] or "")
    stdout.print(table)


def _victims(row: dict) -> str:
    return f"{row['victims'] or '-'} ({row['role']})"


def _highlighted(text: str, claims) -> Text:
    """The document text with each claim's evidence in colour and its number after it."""
    rich_text = Text(text)
    for n, claim in enumerate(claims, 1):
        start, end = claim.span
        rich_text.stylize("bold black on yellow", start, end)
    markers = sorted(((claim.span[1], n) for n, claim in enumerate(claims, 1)), reverse=True)
    for end, n in markers:
        rich_text = rich_text[:end] + Text(f"[{n}]", style="bold red") + rich_text[end:]
    return rich_text


@contextmanager
def _progress(label: str):
    """A progress bar with rate and ETA on a terminal; nothing when stderr is a pipe or file."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeRemainingColumn)

    class RateColumn(ProgressColumn):
        """Inputs per second, once there is a rate to show."""

        def render(self, task) -> Text:
            return Text(f"{task.speed:.1f} inputs/s" if task.speed else "", style="cyan")

    bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(),
                   RateColumn(),
                   TimeRemainingColumn(), console=stderr, disable=not stderr.is_terminal, transient=True)
    with bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


if __name__ == "__main__":  # `python -m tollbook.cli ...` runs this checkout's code, not the installed one
    main()
