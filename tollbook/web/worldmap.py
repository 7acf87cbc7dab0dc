"""The incident map: a world outline and a dot per located incident, as SVG the templates draw.

The outline is Natural Earth's 1:110m countries, shipped with tollbook
(``web/world/countries-110m.json``, from the ``world-atlas`` package), decoded here
from TopoJSON and projected equirectangularly (x = longitude, y = -latitude), so a
point's place needs no projection library, the page needs no tile server, no CDN
and no script. The view fits the incidents (with a margin), not the whole world,
unless they are spread over it.

    chart = incident_map([(incident_id, label, lat, lon, killed, coarse), ...])
    chart.view_box, chart.outline, chart.dots      # what templates/_macros.html draws
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORLD = Path(__file__).parent / "world" / "countries-110m.json"
NORTH, SOUTH = 84.0, -58.0        # latitudes drawn when the whole world is shown (Antarctica left out)
MARGIN_DEGREES = 4.0              # around the incidents
MIN_SPAN_DEGREES = 24.0           # the narrowest view: a country with its neighbours
ASPECT = 2.0                      # width / height of the view
LEFT_OUT = {"Antarctica"}         # below the latitudes drawn


@dataclass(frozen=True)
class MapPoint:
    """One incident to place: where, how many were killed, and whether the place is coarse."""
    incident: str
    label: str                    # the tooltip: place, figure, id
    lat: float
    lon: float
    killed: int | None
    coarse: bool = False          # a region, a country, or the page's place rather than the incident's own


@dataclass(frozen=True)
class Dot:
    incident: str
    label: str
    x: float
    y: float
    r: float
    coarse: bool


@dataclass(frozen=True)
class IncidentMap:
    view_box: str                 # "x y width height" in degrees (x = lon, y = -lat)
    outline: tuple[str, ...]      # one SVG path per country
    dots: tuple[Dot, ...]
    stroke: float                 # outline width in view units: the same on screen at any zoom
    unplaced: int                 # incidents with no place the gazetteer knows: listed, not drawn


def incident_map(points: Iterable[MapPoint], unplaced: int = 0) -> IncidentMap:
    """The view around the points, the countries' outlines and one dot per point (area ~ killed)."""
    placed = list(points)
    x, y, width, height = _view(placed)
    unit = width / 360                # one degree when the whole world is shown: the same on screen at any zoom
    dots = tuple(Dot(p.incident, p.label, round(p.lon, 3), round(-p.lat, 3),
                     round(unit * (1.5 + min(math.sqrt(p.killed or 0), 15) * 0.9), 3), p.coarse)
                 for p in sorted(placed, key=lambda p: -(p.killed or 0)))   # small dots drawn last, on top
    return IncidentMap(view_box=f"{x:.2f} {y:.2f} {width:.2f} {height:.2f}", outline=outline(),
                       dots=dots, stroke=round(width / 1200, 4), unplaced=unplaced)


def _view(points: list[MapPoint]) -> tuple[float, float, float, float]:
    """x, y, width, height: the points' box with a margin, at least MIN_SPAN wide, ASPECT to 1."""
    if not points:
        return -180.0, -NORTH, 360.0, NORTH - SOUTH
    west = min(p.lon for p in points) - MARGIN_DEGREES
    east = max(p.lon for p in points) + MARGIN_DEGREES
    north = max(p.lat for p in points) + MARGIN_DEGREES
    south = min(p.lat for p in points) - MARGIN_DEGREES
    # 10% more room, so that the dots at the edges (a few degrees wide on a wide view) stay whole
    width = max(east - west, (north - south) * ASPECT, MIN_SPAN_DEGREES) * 1.1
    if width >= 360 - 2 * MARGIN_DEGREES:
        return -180.0, -NORTH, 360.0, NORTH - SOUTH
    height = width / ASPECT
    centre_x, centre_y = (west + east) / 2, -(north + south) / 2
    return centre_x - width / 2, centre_y - height / 2, width, height


@cache
def outline() -> tuple[str, ...]:
    """Each country of the shipped TopoJSON as an SVG path in degrees (x = lon, y = -lat)."""
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    arcs = _decoded_arcs(topology)
    paths = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("properties", {}).get("name") in LEFT_OUT:
            continue
        polygons = {"Polygon": [geometry.get("arcs", [])],
                    "MultiPolygon": geometry.get("arcs", [])}.get(geometry.get("type"), [])
        rings = [part for polygon in polygons for ring in polygon for part in _unwrapped(_ring(ring, arcs))]
        d = " ".join("M" + " L".join(f"{x:.2f} {-y:.2f}" for x, y in ring) + " Z" for ring in rings if ring)
        if d:
            paths.append(d)
    return tuple(paths)


def _unwrapped(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring cut where it runs along the antimeridian (Fiji, Chukotka): no line across the world."""
    parts, current = [], []
    for point in ring:
        if current and abs(point[0] - current[-1][0]) > 180:
            parts.append(current)
            current = []
        current.append(point)
    parts.append(current)
    return [part for part in parts if len(part) > 2]


def _decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are delta-encoded integers; the transform turns them into degrees."""
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        decoded.append(points)
    return decoded


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from its arcs; ~i is arc i reversed; each arc starts where the last one ended."""
    ring: list[tuple[float, float]] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring
