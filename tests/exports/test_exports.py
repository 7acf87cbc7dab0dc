"""Exports: every format from a stored ledger, corrections applied, dataset columns loadable."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from tests.web.ledger_data import build_ledger
from tollbook import exports
from tollbook.cli import main
from tollbook.errors import ExportError
from tollbook.exports.datasets import ACLED_COLUMNS, UCDP_GED_COLUMNS
from tollbook.exports.places import locate
from tollbook.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(build_ledger(tmp_path / "ledger.db")) as opened:
        yield opened


def exported(store, fmt: str) -> str:
    out = io.StringIO()
    exports.export_claims(store.claims(), fmt, out=out)
    return out.getvalue()


def test_acled_export_loads_with_pandas_with_acled_columns_and_types(store):
    frame = pd.read_csv(io.StringIO(exported(store, "acled")), parse_dates=["event_date"])
    assert tuple(frame.columns) == ACLED_COLUMNS
    assert len(frame) == 3   # the killed claims
    assert str(frame["event_date"].dtype).startswith("datetime64")
    for column in ("year", "time_precision", "fatalities", "timestamp"):
        assert frame[column].dtype == "int64", column
    for column in ("latitude", "longitude", "iso"):   # blank where tollbook cannot tell: NaN
        assert frame[column].dtype == "float64", column
    convoy = frame[frame["location"] == "Eastford, Ukraine"].iloc[0]
    assert (convoy["country"], convoy["iso"], convoy["fatalities"], convoy["year"]) == ("Ukraine", 804, 2, 2024)


def test_ucdp_export_has_ged_columns_and_figures(store):
    frame = pd.read_csv(io.StringIO(exported(store, "ucdp")))
    assert tuple(frame.columns) == UCDP_GED_COLUMNS
    civilians = frame[frame["source_original"] == "regional governor"].iloc[0]
    assert (civilians["best"], civilians["low"], civilians["high"], civilians["deaths_civilians"]) == (4, 4, 4, 4)
    assert civilians["date_start"] == civilians["date_end"] == "2024-03-04"


def test_a_correction_and_a_rejection_show_in_every_export(store):
    killed = next(s for s in store.claims() if s.claim.count.best == 4)
    store.review(killed.id, "correct", "ana", {"count_best": 5})
    store.review(next(s.id for s in store.claims() if s.claim.count.best == 2), "reject", "ana")
    rows = [json.loads(line) for line in exported(store, "jsonl").splitlines()]
    assert sorted(r["count_best"] for r in rows if r["outcome"] == "killed") == [5, 6]
    assert {r["review"] for r in rows} == {None, "corrected"}
    assert sorted(pd.read_csv(io.StringIO(exported(store, "acled")))["fatalities"]) == [5, 6]


def test_parquet_round_trip(store, tmp_path):
    path = tmp_path / "claims.parquet"
    assert exports.export_claims(store.claims(), "parquet", path=str(path)) == 5
    frame = pd.read_parquet(path)
    assert tuple(frame.columns) == exports.EXPORT_COLUMNS and frame["count_best"].sum() == 37


@pytest.mark.parametrize("fmt, path, message", [
    ("xlsx", None, "unknown format"),
    ("parquet", None, "give a file"),
])
def test_unusable_export_requests_are_export_errors(store, fmt, path, message):
    with pytest.raises(ExportError, match=message):
        exports.export_claims(store.claims(), fmt, out=io.StringIO(), path=path)


def test_parquet_without_pyarrow_names_the_extra(store, tmp_path, monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ExportError, match=r"tollbook\[parquet\]"):
        exports.export_claims(store.claims(), "parquet", path=str(tmp_path / "x.parquet"))


@pytest.mark.parametrize("location, country, iso, admin1, precision", [
    ("Kherson region, Ukraine", "Ukraine", 804, "Khersonska oblast", "admin1"),
    ("Bucha", "Ukraine", 804, "Kyivska oblast", "city"),
    ("Харків", "Ukraine", 804, "Kharkivska oblast", "city"),
    ("Rafah", "Palestine", 275, "Rafah", "city"),
    ("Eastford, Ukraine", "Ukraine", 804, None, "country"),   # a town the gazetteer lacks: the country it names
    ("Northtown", None, None, None, None),
    ("in", None, None, None, None),
    (None, None, None, None, None),
])
def test_locations_become_canonical_places_with_codes_and_points(location, country, iso, admin1, precision):
    place = locate(location)
    assert (place.country, place.iso, place.admin1) == (country, iso, admin1)
    assert (place.place.precision if place.place else None) == precision
    assert place.located == (iso is not None)


@pytest.mark.parametrize("args, expected_header", [
    ([], "id,scope,date,date_precision"),                       # incidents by default
    (["--format", "csv", "--what", "claims"], "claim_id,document,url"),
    (["--format", "acled"], "event_id_cnty,event_date,year"),
    (["--format", "ucdp"], "id,relid,year"),
])
def test_export_command(tmp_path, args, expected_header):
    db = build_ledger(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["export", "--db", db, *args])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(expected_header)


def test_export_command_writes_a_file(tmp_path):
    db = build_ledger(tmp_path / "ledger.db")
    out = tmp_path / "claims.jsonl"
    args = ["export", "--db", db, "--format", "jsonl", "--what", "claims", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert len(out.read_text().splitlines()) == 5


@pytest.fixture
def grouped(store):
    """The ledger as ingest leaves it: its claims grouped into incidents."""
    return store


def incident_export(store, fmt: str) -> pd.DataFrame:
    out = io.StringIO()
    exports.export_incidents(exports.incident_details(store), fmt, out=out)
    return pd.read_csv(io.StringIO(out.getvalue()))


def test_incidents_export_with_figures_per_outcome_and_sources(grouped):
    frame = incident_export(grouped, "csv")
    assert tuple(frame.columns) == exports.INCIDENT_COLUMNS
    assert len(frame) == len(grouped.incidents())
    eastford = frame[frame["location"] == "Eastford, Ukraine"].iloc[0]
    assert (eastford["killed_low"], eastford["killed_best"], eastford["killed_high"]) == (2, 2, 2)
    assert "wire.example" in eastford["sources"] and "the army" in eastford["sources"]


@pytest.mark.parametrize("fmt, columns, figure", [
    ("acled", ACLED_COLUMNS, "fatalities"),
    ("ucdp", UCDP_GED_COLUMNS, "best"),
])
def test_incident_dataset_exports_count_each_incident_once(grouped, fmt, columns, figure):
    frame = incident_export(grouped, fmt)
    assert tuple(frame.columns) == columns
    killed = [i.outcome("killed").best for i in grouped.incidents() if i.outcome("killed")]
    assert sorted(frame[figure]) == sorted(killed)


def test_export_command_exports_one_row_per_incident(tmp_path):
    db = build_ledger(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "ucdp"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("id,relid,year")
    assert len(result.stdout.splitlines()) == 1 + 2   # the market strike (two outlets) and the convoy


# -- canonical places, dates and vague counts in the incident exports -------------------------------------

@pytest.fixture
def placed(tmp_path):
    from tests.web.ledger_data import placed_pages
    with Store.open(build_ledger(tmp_path / "placed.db", placed_pages())) as opened:
        yield opened


def test_incident_rows_carry_iso_code_coordinates_and_precision(placed):
    frame = incident_export(placed, "acled")
    assert len(frame) == 7                                  # one row per incident with a death toll
    located = frame.dropna(subset=["iso", "latitude", "longitude"])
    assert len(located) == 6                                # all but Northtown, no place the gazetteer knows
    kharkiv = frame[frame["location"] == "Kharkiv"].iloc[0]
    assert (kharkiv["iso"], kharkiv["country"], kharkiv["admin1"], kharkiv["geo_precision"]) == (
        804, "Ukraine", "Kharkivska oblast", 1)
    assert round(kharkiv["latitude"], 1) == 50.0 and round(kharkiv["longitude"], 1) == 36.3
    # reports of 3 (the day) and then 5 (the day after): ACLED's conservative figure is the latest day's lowest
    assert (kharkiv["fatalities"], kharkiv["time_precision"], kharkiv["event_date"]) == (5, 1, "2024-05-14")
    sumy = frame[frame["admin1"] == "Sumska oblast"].iloc[0]
    assert sumy["geo_precision"] == 3                       # a region: coarser than a town
    ucdp = incident_export(placed, "ucdp")
    goma = ucdp[ucdp["where_coordinates"] == "Goma"].iloc[0]
    assert (goma["where_prec"], goma["date_prec"], goma["deaths_civilians"]) == (1, 1, 9)
    assert goma["geom_wkt"].startswith("POINT (29.2")


def test_tally_by_country_counts_each_incident_once_under_its_canonical_country(placed):
    rows = {(r.key, r.outcome): (r.incidents, r.best) for r in exports.tally_by_place(placed, "country")}
    assert rows[("Ukraine", "killed")] == (3, 2 + 5 + 2)    # Kharkiv, the Sumy region, "Eastford, Ukraine"
    assert rows[("unknown", "killed")] == (1, 6)           # Northtown
    result = CliRunner().invoke(main, ["tally", "--db", placed.url.removeprefix("sqlite:///"), "--by", "country"])
    assert result.exit_code == 0, result.output
    total = next(line for line in result.stdout.splitlines() if "all incidents" in line and "killed" in line)
    assert [cell.strip() for cell in total.split("│")][3:8] == ["7", "7", "38", "42", "42"], total


def test_an_undated_incident_is_dated_by_its_first_report_as_a_range_and_a_vague_toll_is_no_zero(tmp_path):
    from tests.web.ledger_data import _claim
    from tollbook.model import CountKind, Document, Outcome
    text = "Fighting near Kherson\n\nDozens of soldiers were killed in fighting near Kherson, officials said."
    page = (Document(id="vague", text=text, source="pages/vague.txt", url="https://news.example/vague",
                     site="news.example", title="Fighting near Kherson", published="2024-06-10", language="en"),
            [_claim(text, "Dozens of soldiers were killed", Outcome.KILLED, None, "Dozens", kind=CountKind.VAGUE,
                    location="Kherson")])
    with Store.open(build_ledger(tmp_path / "vague.db", [page])) as opened:
        frame = incident_export(opened, "acled")
        ucdp = incident_export(opened, "ucdp")
    row = frame[frame["location"] == "Kherson"].iloc[0]
    assert pd.isna(row["fatalities"]) and 'not given as a number: "Dozens"' in row["tags"]
    assert (row["event_date"], row["time_precision"]) == ("2024-06-10", 2)
    assert "date of the first report" in row["tags"]
    dated = ucdp[ucdp["where_coordinates"] == "Kherson"].iloc[0]
    assert (dated["date_prec"], dated["date_start"], dated["date_end"]) == (3, "2024-06-03", "2024-06-10")
    assert pd.isna(dated["best"]) and pd.isna(dated["deaths_unknown"])


def test_the_incident_command_names_the_canonical_place(placed):
    import json as json_module
    kharkiv = next(i.id for i in placed.incidents() if i.report.location == "Kharkiv")
    db = placed.url.removeprefix("sqlite:///")
    shown = json_module.loads(CliRunner().invoke(main, ["incident", kharkiv, "--db", db, "--format", "json"]).stdout)
    assert {k: shown["place"][k] for k in ("name", "iso", "admin1", "precision")} == {
        "name": "Kharkiv", "iso": 804, "admin1": "Kharkivska oblast", "precision": "city"}
    assert "canonical place: Kharkiv, Kharkivska oblast, Ukraine (city" in CliRunner().invoke(
        main, ["incident", kharkiv, "--db", db]).stdout
