"""The rows of the Spark job without Spark: blocks, months, listing files."""
from __future__ import annotations

from tollbook.model import Claim, ClaimRecord, Count, CountKind, Outcome, Place
from tollbook.spark import job, rows


def _record(date=None, published=None, place=None) -> ClaimRecord:
    claim = Claim(outcome=Outcome.KILLED, count=Count(2, CountKind.EXACT, "two"), evidence="two", span=(0, 3),
                  date=date, place=place)
    return ClaimRecord(key="page#0", document="page", claim=claim, published=published)


LEEDS = Place(name="Leeds", country="GB", admin1="England", lat=53.8, lon=-1.5, precision="city")


def test_a_block_is_the_region_and_the_iso_week_of_the_claim_or_its_page():
    assert rows.block_of(_record(date="2024-05-02", place=LEEDS)) == "GB/England/2024-W18"
    assert rows.block_of(_record(published="2024-12-30", place=LEEDS)) == "GB/England/2025-W01"
    assert rows.block_of(_record(published="2024-05")) == "unknown/2024-05"
    assert rows.block_of(_record()) == "unknown/unknown"


def test_month_partition():
    assert rows.month_of("2024-05-02") == "2024-05"
    assert rows.month_of("2024-05") == "2024-05"
    assert rows.month_of(None) == rows.UNKNOWN


def test_a_listing_file_names_inputs_and_a_text_page_is_no_listing(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(b"\x1f\x8b")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("{}\n", encoding="utf-8")
    listing = tmp_path / "crawl.paths"
    listing.write_text(f"a.warc.gz\n{tmp_path / 'sub' / 'b.jsonl'}\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Two people were killed in a fire.\n", encoding="utf-8")
    inputs, errors = job.expand_inputs([str(listing), str(page)])
    assert inputs == [str(tmp_path / "a.warc.gz"), str(tmp_path / "sub" / "b.jsonl"), str(page)]
    assert errors == []
