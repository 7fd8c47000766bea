"""The world map of the portal's pages: countries shaded by a figure, as shapes a template turns into
SVG. No JavaScript, no tiles, no network: the geometry is Natural Earth's, 1:110 million, from the npm
package ``world-atlas`` (TopoJSON, countries keyed by their M49 code), read once from the folder the
setting ``OBSERVATORY_WORLD_ATLAS`` names. Every map on a page comes with a table of the same figures,
which also lists the States too small to draw at this scale.

TopoJSON (https://github.com/topojson/topojson-specification): arcs are shared polylines, delta-encoded
on an integer grid (``transform``); a ring lists arc indices, ``~i`` (``-i - 1``) for arc ``i`` reversed.
The projection is equirectangular, cropped to 58° S – 84° N (Antarctica is left out).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.conf import settings

WIDTH = 960
NORTH, SOUTH = 84.0, -58.0
HEIGHT = round(WIDTH * (NORTH - SOUTH) / 360)
ANTARCTICA = 10


@dataclass(frozen=True)
class Shape:
    m49: int
    path: str


@dataclass
class Country:
    """One country drawn: its shape, its shade (a CSS class) and what hovering or a screen reader says."""

    m49: int
    path: str
    shade: str
    title: str


@dataclass
class WorldMap:
    countries: list[Country] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT


def _atlas_path() -> Path:
    return Path(getattr(settings, "OBSERVATORY_WORLD_ATLAS", ""))


def _decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point: keep it once.
        points.extend(arc[1:] if points else arc)
    return points


def _project(lon: float, lat: float) -> tuple[float, float]:
    lat = min(max(lat, SOUTH), NORTH)
    return (lon + 180) * WIDTH / 360, (NORTH - lat) * HEIGHT / (NORTH - SOUTH)


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        previous = None
        for x, y in (_project(lon, lat) for lon, lat in ring):
            # A ring that crosses the 180th meridian (Fiji, Russia) jumps across the map: move, not draw.
            jump = previous is None or abs(x - previous) > WIDTH / 2
            parts.append(f"{'M' if jump else 'L'}{x:.1f},{y:.1f}")
            previous = x
        parts.append("Z")
    return "".join(parts)


@cache
def shapes() -> dict[int, Shape]:
    """M49 code → the country's shape, for every country of the atlas (none when it is not installed)."""
    path = _atlas_path()
    if not path.is_file():
        return {}
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decoded_arcs(topology)
    found = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if not code or not str(code).isdigit() or int(code) == ANTARCTICA:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        found[int(code)] = Shape(int(code), _path(rings))
    return found


def world_map(figures: dict[int, tuple[str, str]]) -> WorldMap | None:
    """A map shading each country of ``figures`` (M49 code → (shade, title)); the others are drawn
    unshaded. None when the atlas is not installed (the page then shows its table only)."""
    drawn = shapes()
    if not drawn:
        return None
    countries = []
    for code, shape in drawn.items():
        shade, title = figures.get(code, ("none", ""))
        countries.append(Country(code, shape.path, shade, title))
    return WorldMap(countries)
