"""The world map: Natural Earth's countries decoded from world-atlas's TopoJSON, projected, shaded by a
figure, with a title each; the pages that show one also show the same figures in a table."""

import re

import pytest

from observatory.portal import world_map
from tests.profiles.test_coverage import reports  # noqa: F401 (a fixture)

KENYA, PERU, FRANCE = 404, 604, 250


def test_the_atlas_is_installed_and_decoded():
    shapes = world_map.shapes()
    assert len(shapes) > 170 and world_map.ANTARCTICA not in shapes
    assert {KENYA, PERU, FRANCE} <= set(shapes)
    for shape in shapes.values():
        numbers = [float(n) for n in re.findall(r"-?\d+\.\d", shape.path)]
        assert shape.path.startswith("M") and shape.path.endswith("Z")
        # No segment runs across the map (a ring crossing the 180th meridian is broken, not drawn over).
        for segment in re.findall(r"(-?\d+\.\d),-?\d+\.\dL(-?\d+\.\d)", shape.path):
            assert abs(float(segment[0]) - float(segment[1])) < world_map.WIDTH / 2
        xs, ys = numbers[0::2], numbers[1::2]
        assert min(xs) >= 0 and max(xs) <= world_map.WIDTH and min(ys) >= 0 and max(ys) <= world_map.HEIGHT


def test_countries_lie_where_they_are():
    def centre(code):
        numbers = [float(n) for n in re.findall(r"-?\d+\.\d", world_map.shapes()[code].path)]
        return sum(numbers[0::2]) / len(numbers[0::2]), sum(numbers[1::2]) / len(numbers[1::2])

    kenya, peru, france = centre(KENYA), centre(PERU), centre(FRANCE)
    assert peru[0] < france[0] < kenya[0]  # west to east
    assert france[1] < kenya[1] < peru[1]  # north to south (the equator crosses Kenya; Peru is south)


def test_a_map_shades_the_figures_and_leaves_the_others_plain():
    drawn = world_map.world_map({KENYA: ("many", "Kenya: 12 articles")})
    by_code = {country.m49: country for country in drawn.countries}
    assert by_code[KENYA].shade == "many" and by_code[KENYA].title == "Kenya: 12 articles"
    assert by_code[PERU].shade == "none" and by_code[PERU].title == ""


def test_without_the_atlas_there_is_no_map(settings, tmp_path):
    world_map.shapes.cache_clear()
    settings.OBSERVATORY_WORLD_ATLAS = tmp_path / "missing.json"
    try:
        assert world_map.world_map({KENYA: ("many", "x")}) is None
    finally:
        world_map.shapes.cache_clear()


@pytest.mark.parametrize("address", ["/en/coverage/", "/ar/coverage/", "/en/convention/articles/8/"])
def test_pages_draw_the_map_beside_their_table(client, reports, address):
    page = client.get(address).content.decode()
    assert page.count('class="country shade-') > 170
    assert re.search(r'class="country shade-(few|recent|older|old)"><title>[^<]*(Kenya|كينيا)', page)
    assert "<table" in page
