"""Composition of the stages: the one per-page entry point, a streaming batch, evaluation.

``process_page`` is shared by the CLI, the evaluator and Spark, so it stays pure:
no database, no printing, no global state.
"""
from __future__ import annotations

import gc
import pickle
import signal
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from tollbook import claims, documents, evaluate, exports, incidents, sources, workers
from tollbook.claims.freeorder import is_free_order
from tollbook.errors import SourceError, internal_error
from tollbook.incidents.names import recurring_names, recurring_words
from tollbook.incidents.profile import DATE_SLACK_DAYS, REPORT_DELAY_DAYS, Profile, profile
from tollbook.model import Claim, ClaimRecord, Document, Incident, RawPage, document_record
from tollbook.rules import language_name

Progress = Callable[[int, int], None]  # (inputs done, inputs in all)
# Seconds one page may take from raw page to claims. Ordinary pages take milliseconds and
# a 20 MB one a few seconds; past this, the page is an error line and the batch goes on.
# A process's first page has no budget: it loads the language models and the gazetteer,
# which on a busy machine takes longer than any page should.
PAGE_TIME_BUDGET_S = 60.0
_warmed_up = False


def process_page(raw: RawPage, rules) -> tuple[Document, list[Claim]]:
    """One raw page in, the document and its claims out."""
    # an HTML page no sentence of which can hold a claim skips the date search of its metadata
    document = documents.build_document(raw, partial(claims.may_hold_claims, rules=rules))
    return document, claims.extract_claims(document, rules)


@dataclass(frozen=True)
class PageResult:
    """What became of one page of a batch: a document with claims, or an error."""
    source: str
    document: Document | None = None
    claims: tuple[Claim, ...] = ()
    error: SourceError | None = None
    notes: tuple[str, ...] = ()
    records: tuple[ClaimRecord, ...] = ()   # the claims as grouping reads them, when asked for
    profiles: tuple[Profile, ...] = ()      # with records: what linking compares of each (``incidents.profile``)
    line: tuple[str, ...] = ()              # the document record's JSON line, cut where each claim's incident
                                            # label goes (``exports.record_line_pieces``), when asked for


@dataclass(frozen=True)
class _InputDone:
    """Marks the end of an input in the stream of pages, for the progress count."""
    number: int


def process_paths(paths: Iterable[str], rules, progress: Progress | None = None,
                  time_budget: float | None = PAGE_TIME_BUDGET_S, jobs: int = 1,
                  grouping: bool = False, record_lines: bool = False, with_text: bool = False) -> Iterator[PageResult]:
    """Stream a result for every page under the given paths; a bad input never stops the batch.

    Any exception while reading an input or one of its pages, planned for or not,
    becomes that page's (or input's) error result, ``internal error: ...`` when
    it was not a SourceError; a page over ``time_budget`` seconds is an error too.

    ``jobs`` worker processes read the pages (``tollbook.workers``); results come in
    input order whatever their number. ``grouping`` adds each page's claim records
    (``records_for_document``) and their profiles, read in the workers too: what is left
    to this process of grouping is comparing claims across pages. ``record_lines`` adds
    each page's document record encoded as its JSON line (``PageResult.line``; the document
    text in it with ``with_text``), so that this process only writes strings.
    """
    inputs, errors = sources.discover(list(paths))
    for error in errors:
        yield PageResult(error.source, error=error)
    if inputs and (time_budget or jobs > 1):
        _warm_up(rules)
    task = partial(_process_item, rules=rules, time_budget=time_budget, grouping=grouping,
                   record_lines=record_lines, with_text=with_text)
    for item in workers.ordered_map(task, _read_inputs(inputs), jobs):
        if isinstance(item, _InputDone):
            if progress:
                progress(item.number, len(inputs))
        else:
            yield item


# Written for the warm-up, in the shape of a news page: headline, date, a toll, a source.
_WARM_UP_PAGE = ("<html><head><title>Two killed in Northtown blast</title></head><body><article>"
                 "<h1>Two killed in Northtown blast</h1><time datetime='2024-05-02'>2 May 2024</time>"
                 "<p>Two people were killed and five injured when a gas cylinder exploded in Northtown "
                 "on Thursday, police said.</p><p>The Northtown fire service said the toll could rise.</p>"
                 "</article></body></html>")


def _warm_up(rules) -> None:
    """Read one page before the batch: the models and tables a first page loads (seconds of CPU,
    over a minute on a loaded machine) are then no page's time budget, and workers forked
    later share them instead of loading them once each."""
    document, found = process_page(RawPage(source="warm-up", name="warm-up", body=_WARM_UP_PAGE,
                                           format="html"), rules)
    incidents.records_for_document(document, found)
    # What is loaded now (rules, models, the gazetteer: millions of objects) stays for the whole process:
    # the cyclic collector leaves it out of its passes from here on, which it walked at every full
    # collection, and forked workers then never write to its pages, so they share them with this process.
    gc.freeze()


def _read_inputs(inputs: list[str]) -> Iterator[RawPage | PageResult | _InputDone]:
    """Every raw page of the inputs in order, an error result where an input breaks off, an end mark per input."""
    for number, path in enumerate(inputs, 1):
        yield from _raw_pages(path)
        yield _InputDone(number)


def _raw_pages(path: str) -> Iterator[RawPage | PageResult]:
    pages = sources.read_input(path)
    while True:
        try:
            raw = next(pages)
        except StopIteration:
            return
        except SourceError as error:
            yield PageResult(path, error=error)
            return
        except Exception as error:  # a reader's bug ends this input, never the batch
            yield PageResult(path, error=internal_error(path, error))
            return
        yield raw


def _process_item(item: RawPage | PageResult | _InputDone, rules, time_budget: float | None,
                  grouping: bool, record_lines: bool, with_text: bool) -> PageResult | _InputDone:
    """What a worker does with one item of ``_read_inputs``: a page is read, the rest passes."""
    if not isinstance(item, RawPage):
        return item
    result = _process_raw(item, rules, time_budget)
    if result.document is None:
        return result
    if grouping:
        records = tuple(incidents.records_for_document(result.document, result.claims))
        result = replace(result, records=records, profiles=tuple(profile(record) for record in records))
    if record_lines:
        record = document_record(result.document, list(result.claims), with_text=with_text)
        result = replace(result, line=exports.record_line_pieces(record))
    return result


def _process_raw(raw: RawPage, rules, time_budget: float | None) -> PageResult:
    global _warmed_up
    try:
        with _time_limit(raw.source, time_budget if _warmed_up else None):
            document, found = process_page(raw, rules)
            _warmed_up = True
    except SourceError as error:
        return PageResult(raw.source, error=error, notes=raw.notes)
    except Exception as error:  # one page's bug costs that page only
        return PageResult(raw.source, error=internal_error(raw.source, error), notes=raw.notes)
    return PageResult(raw.source, document, tuple(found), notes=raw.notes)


class _PageTimeout(SourceError):
    pass


@contextmanager
def _time_limit(source: str, seconds: float | None):
    """Raise a SourceError in the page's work once it has taken ``seconds`` (a SIGALRM timer).

    Only where signals can be had: the main thread on a system with setitimer.
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expired(_signum, _frame):
        raise _PageTimeout(source, f"took over {seconds:g} s (the time budget of one page), skipped")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def label_incidents(pages: list[tuple[Document, list[Claim]]]) -> list[tuple[Document, list[Claim]]]:
    """Group the claims of a batch of pages into incidents and give each claim its incident label."""
    records = [incidents.records_for_document(document, found) for document, found in pages]
    labels = incidents.incident_labels(incidents.group_claims(r for page in records for r in page))
    return [(document, [claim.with_incident(labels.get(record.key)) for claim, record in zip(found, page_records)])
            for (document, found), page_records in zip(pages, records)]


class LabelledRecords:
    """The document records of a batch as JSON lines, given their ``incident`` labels once the last page is in.

    Labels need every claim of the batch, but only as grouping reads it (``ClaimRecord``):
    the records' lines (the text too, with ``with_text``), encoded where the page was read,
    wait in a spill file, so that memory holds the claims and not the pages. Each page's
    claims are linked into the incident index as the page is added (``IncidentIndex.link``),
    so with workers reading pages the comparisons run beside them; the groups are formed
    once, after the last page.

        with LabelledRecords() as batch:
            for result in process_paths(paths, rules, grouping=True, record_lines=True):
                batch.add(result)
            out.writelines(batch.lines())
    """

    def __init__(self):
        self._spill = tempfile.TemporaryFile()
        self._index = incidents.IncidentIndex()

    def __enter__(self) -> LabelledRecords:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._spill.close()

    def add(self, result: PageResult) -> None:
        """A page's record; ``result`` must come from ``process_paths(..., grouping=True, record_lines=True)``."""
        pickle.dump((result.document.id, result.line), self._spill, protocol=pickle.HIGHEST_PROTOCOL)
        self._index.link(result.records, result.profiles)

    def lines(self) -> Iterator[str]:
        """The records' lines in the order they were added, each claim with its incident label."""
        labels = incidents.incident_labels(self._index.incidents())
        self._index = incidents.IncidentIndex()
        self._spill.seek(0)
        while True:
            try:
                document_id, pieces = pickle.load(self._spill)
            except EOFError:
                return
            yield exports.record_line(pieces, (labels.get(f"{document_id}#{n}") for n in range(len(pieces) - 1)))


@dataclass(frozen=True)
class LanguageCoverage:
    """One language: what the rule set holds for it, and the claim scores on a gold set's documents in it."""
    code: str
    name: str
    reader: str                              # "word-order", "free-order", or "-" when not covered
    entries: int                             # vocabulary entries in rules/<code>/
    documents: int = 0                       # gold documents in the language
    claims: evaluate.Scores | None = None    # None without a gold set
    rules: str = "-"                         # the rules/ folder read ("hbs" for hr, sr, bs), "-" when not covered

    @property
    def covered(self) -> bool:
        return self.reader != "-"


def language_coverage(rules, gold_dir: Path | None = None) -> list[LanguageCoverage]:
    """The covered languages and, with a gold set, the claim P/R/F1 on its documents of each language
    (gold languages with no rules are listed too, with reader "-")."""
    rows = {}
    for code in rules.languages:
        language_rules = rules.for_language(code)
        if language_rules.is_claim_language:
            reader = "free-order" if is_free_order(language_rules) else "word-order"
            rows[code] = LanguageCoverage(code, language_rules.name, reader, language_rules.vocabulary_entries(),
                                          rules=language_rules.folder or code)
    if gold_dir is not None:
        records = gold_set_records(gold_dir, rules)
        for code, n in Counter(r.get("language") for r in evaluate.load_gold(gold_dir)).items():
            row = rows.get(code) or LanguageCoverage(code, language_name(code), "-", 0)
            report = evaluate.score(gold_dir, records, code)
            rows[code] = replace(row, documents=n, claims=evaluate.Scores(**report["claims"]))
    return sorted(rows.values(), key=lambda row: (not row.covered, -row.documents, row.code))


def evaluate_extractor(gold_dir: Path, rules, language: str | None = None) -> dict[str, Any]:
    """Run the extractor over the gold set's pages and score it against ``gold_dir/gold.jsonl``."""
    return evaluate.score(gold_dir, gold_set_records(gold_dir, rules), language)


def gold_set_records(gold_dir: Path, rules) -> list[dict[str, Any]]:
    """The extract records of a gold set's pages, as ``tollbook extract`` gives them: the pages as crawled,
    URLs included (``gold_dir/pages.jsonl``) when the set has them, else its document files
    (``gold_dir/docs``). ``evaluate`` and ``languages`` both score these, so their figures agree."""
    crawled = gold_dir / "pages.jsonl"
    source = crawled if crawled.is_file() else gold_dir / "docs"
    pages = [(result.document, list(result.claims))
             for result in process_paths([str(source)], rules) if result.document]
    return [document_record(document, found) for document, found in label_incidents(pages)]


# -- stored incidents: grouping composed with the store ----------------------------------


@dataclass(frozen=True)
class IncidentUpdate:
    """What one update of the stored incidents did."""
    grouped: int     # claims (re)grouped: those in no incident yet, and members of stale incidents
    compared: int    # stored claims read back to link them to (the incidents of their date window)
    written: int     # incidents written (new, grown, merged or re-summarised)
    removed: int     # stored incidents gone (merged into another, or left with no claim)


def update_incidents(store) -> IncidentUpdate:
    """Put the stored claims that are in no incident yet into incidents; re-write stale incidents.

    Only the incidents that can take the new claims are read back: those with a
    claim dated within reach of the new claims' dates (the vetoes of
    ``tollbook.incidents`` keep claims whose days cannot overlap apart). Links
    depend on two claims only, so this gives what ``rebuild_incidents`` gives.
    Claims a reviewer moved stay where the reviewer put them (``tollbook.store.incidents``).
    One process at a time updates a store's incidents (``Store.grouping_lock``).
    """
    with store.grouping_lock():
        return _update_incidents(store)


def _update_incidents(store) -> IncidentUpdate:
    _read_page_names(store)
    stale = store.stale_incidents()
    new = _unique(store.claim_records(ungrouped=True) + store.claim_records(incident_ids=stale))
    if not new and not stale:
        return IncidentUpdate(0, 0, 0, 0)
    around = _neighbours(store, new)
    index = incidents.IncidentIndex()
    index.add(around)
    changed = index.add(new)
    replaced = stale | {r.claim.incident for i in changed for r in i.records if r.claim.incident}
    written = _with_pinned(changed, store.claim_records(pinned=True), replaced)
    store.save_incidents([(i, incidents.incident_summary(i)) for i in written], replaced)
    return IncidentUpdate(len(new), len(around), len(written), len(replaced - {i.id for i in written}))


def review_claim(store, claim_id: int, action: str, reviewer: str, changes: dict | None = None,
                 note: str | None = None):
    """A reviewer's accept, reject, correct or move, and the incidents it touches written again.

    ``Store.review`` records the verdict and the log line; the incidents the claim
    left, joined or changed are stale then, and ``update_incidents`` summarises them
    anew, so the web, the API, the CLI and the exports all read the reviewed figures.
    Returns the claim as it now reads.
    """
    store.review(claim_id, action, reviewer, changes, note)
    update_incidents(store)
    return store.claim(claim_id)


def rebuild_incidents(store) -> IncidentUpdate:
    """Forget the stored incidents and group every stored claim again (reviewers' moves are kept)."""
    with store.grouping_lock():
        store.clear_incidents()
        return _update_incidents(store)


def _read_page_names(store) -> None:
    """The names each new page repeats (``ClaimRecord.context``), read once and stored."""
    store.save_page_names({page.id: (recurring_names(page.text, page.title), recurring_words(page.text, page.title))
                           for page in store.pages_to_read()})


def _unique(records: list[ClaimRecord]) -> list[ClaimRecord]:
    return list({record.key: record for record in records}.values())


def _neighbours(store, new: list[ClaimRecord]) -> list[ClaimRecord]:
    """Whole stored incidents that have a claim the new claims could link to."""
    keys = {record.key for record in new}
    window = _date_window(new)
    if window is None:  # an undated claim can join any incident
        return [record for record in store.claim_records() if record.key not in keys]
    nearby = store.claim_records(since=window[0], until=window[1])
    touched = {record.claim.incident for record in nearby if record.key not in keys and record.claim.incident}
    return [record for record in store.claim_records(incident_ids=touched) if record.key not in keys]


def _date_window(new: list[ClaimRecord]) -> tuple[str, str] | None:
    """The days a stored claim's date (or page date) must fall in to link to a new claim; None: any."""
    days = [profile(record).days for record in new]
    if any(span is None for span in days):
        return None
    # A stored claim dated d can have happened on d - 1 .. d + 1; one known only by its
    # page date p, on p - REPORT_DELAY_DAYS .. p. Either must overlap a new claim's days.
    first = min(span[0] for span in days) - DATE_SLACK_DAYS
    last = max(span[1] for span in days) + REPORT_DELAY_DAYS
    return date.fromordinal(first).isoformat(), date.fromordinal(last).isoformat()


def _with_pinned(changed: list[Incident], pinned: list[ClaimRecord], replaced: set[str]) -> list[Incident]:
    """Claims a reviewer moved join the incident they were moved to, made for them when it is gone."""
    moved: dict[str, list[ClaimRecord]] = {}
    for record in pinned:
        moved.setdefault(record.claim.incident, []).append(record)
    written = [_joined(incident.id, incident.scope, [*incident.records, *moved.get(incident.id, ())])
               for incident in changed]
    ids = {incident.id for incident in written}
    written += [_joined(incident_id, records[0].claim.scope, records) for incident_id, records in moved.items()
                if incident_id not in ids and incident_id in replaced]
    return written


def _joined(incident_id: str, scope, records: list[ClaimRecord]) -> Incident:
    return Incident(id=incident_id, scope=scope, records=tuple(sorted(records, key=lambda r: r.key)))
