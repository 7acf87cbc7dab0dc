"""What the pages compute: honest totals, a timeline window that fits the data, the offline map."""
from __future__ import annotations

from tollbook.model import Outcome
from tollbook.web import views, worldmap


def test_a_long_timeline_shows_the_stretch_that_holds_most_incidents():
    lone_old_report = [("2008-10-23", Outcome.KILLED, 3)]
    spring = [(f"2024-{month:02d}-{day:02d}", Outcome.KILLED, 2) for month in (3, 4, 5) for day in (1, 10, 20)]
    chart = views.timeline(lone_old_report + spring)
    assert (chart.first, chart.last, chart.per, chart.outside) == ("2024-03-01", "2024-05-20", "day", 1)


def test_a_timeline_of_years_is_drawn_per_month():
    points = [(f"{year}-{month:02d}-15", Outcome.KILLED, 1) for year in (2022, 2023, 2024) for month in (1, 6, 11)]
    chart = views.timeline(points)
    assert (chart.per, chart.first, chart.last, chart.outside) == ("month", "2022-01-01", "2024-11-01", 0)
    assert {bar.period[8:] for bar in chart.bars} == {"01"}


def test_a_short_timeline_is_whole():
    points = [("2024-03-04", Outcome.KILLED, 4), ("2024-03-09", Outcome.INJURED, 2)]
    chart = views.timeline(points)
    assert (chart.first, chart.last, chart.per, chart.outside, chart.peak) == ("2024-03-04", "2024-03-09", "day", 0, 4)


def test_the_world_outline_is_every_country_but_antarctica_drawn_from_the_shipped_data():
    paths = worldmap.outline()
    assert 170 < len(paths) < 180
    assert all(path.startswith("M") and path.endswith("Z") for path in paths)
    xs = [float(part.split()[0].lstrip("ML")) for path in paths for part in path.split(" L")[:1]]
    assert all(-180 <= x <= 180 for x in xs)


def test_the_map_fits_the_incidents_and_places_them_by_longitude_and_latitude():
    kharkiv = worldmap.MapPoint("a", "Kharkiv", 49.98, 36.25, 5)
    goma = worldmap.MapPoint("b", "Goma", -1.68, 29.22, 9, coarse=True)
    chart = worldmap.incident_map([kharkiv, goma], unplaced=2)
    x, y, width, height = map(float, chart.view_box.split())
    assert abs(width - 2 * height) < 0.02 and width < 360
    assert x <= 29.22 and x + width >= 36.25 and y <= -49.98 and y + height >= 1.68
    assert {(d.incident, d.x, d.y, d.coarse) for d in chart.dots} == {("a", 36.25, -49.98, False), ("b", 29.22, 1.68, True)}
    assert chart.unplaced == 2
    big, small = sorted(chart.dots, key=lambda d: -d.r)
    assert (big.incident, small.incident) == ("b", "a")          # area follows the toll
    spread = worldmap.incident_map([kharkiv, worldmap.MapPoint("c", "Apia", -13.83, -171.76, 1),
                                    worldmap.MapPoint("d", "Fiji", -17.7, 178.0, 1)])
    assert spread.view_box.startswith("-180.00")                  # spread over the world: the whole world
