import pytest

from tests.incidents.helpers import record
from tollbook.incidents import cumulative_series, group_claims, incident_summary

EVIDENCE = "figures for the Dnipro strike"


def _summary(figures, outcome="killed"):
    """Summary of one incident whose pages give these (page, best, kind, published) figures."""
    records = [record(f"{page}#{n}", EVIDENCE, best, kind=kind, published=published, location="Dnipro",
                      date="2023-05-09", outcome=outcome)
               for n, (page, best, kind, published) in enumerate(figures)]
    [incident] = group_claims(records)
    [by_outcome] = incident_summary(incident).outcomes
    return by_outcome


@pytest.mark.parametrize("figures, low, best, high, disagreement", [
    # a rising toll: the latest day's repeated figure is best
    ([("a", 27, "exact", "2023-05-09"), ("b", 30, "at_least", "2023-05-09"),
      ("c", 50, "exact", "2023-05-10"), ("d", 50, "exact", "2023-05-10")], 27, 50, 50, True),
    # "at least 30" and 32 can both be right
    ([("a", 30, "at_least", "2023-05-10"), ("b", 32, "exact", "2023-05-10")], 30, 30, 32, False),
    # nothing repeated on the latest day: its lower median
    ([("a", 9, "exact", "2023-05-10"), ("b", 11, "exact", "2023-05-10"), ("c", 40, "exact", "2023-05-10")],
     9, 11, 40, True),
    # vague figures are listed but give no number
    ([("a", None, "vague", "2023-05-10"), ("b", None, "unknown", "2023-05-10")], None, None, None, False),
])
def test_low_best_high(figures, low, best, high, disagreement):
    summary = _summary(figures)
    assert (summary.low, summary.best, summary.high, summary.disagreement) == (low, best, high, disagreement)
    assert len(summary.sources) == len(figures)


def test_a_subgroup_is_listed_but_not_counted():
    total = record("a#0", "At least 20 people, including five children, were killed in Dnipro.", 20,
                   kind="at_least", location="Dnipro", date="2023-05-09", span=(100, 170))
    children = record("a#1", total.claim.evidence, 5, location="Dnipro", date="2023-05-09", span=(100, 170),
                      role="civilian")
    [incident] = group_claims([total, children])
    [killed] = incident_summary(incident).outcomes
    assert (killed.low, killed.best, killed.high) == (20, 20, 20)
    assert [s.subgroup for s in killed.sources] == [False, True]


def test_first_and_latest_report():
    summary = _summary([("a", 3, "exact", "2023-05-09"), ("b", 3, "exact", "2023-05-11")])
    assert (summary.first_report, summary.latest_report) == ("2023-05-09", "2023-05-11")


def test_running_totals_line_up_per_source():
    totals = [record(f"{page}#0", "The ministry said soldiers have died so far.", best, scope="cumulative",
                     reported_by="the Defence Ministry", date=as_of)
              for page, best, as_of in [("a", 1420, "2023-04-02"), ("b", 1351, "2023-03-25"),
                                        ("c", 1351, "2023-03-25")]]
    series = cumulative_series(group_claims(totals))
    [points] = series.values()
    assert [(p.as_of, p.best) for p in points] == [("2023-03-25", 1351), ("2023-04-02", 1420)]
