"""Places the hand list does not know, compared through the world data (GeoNames towns,
CLDR country names): exonyms are one town, a town lies in its country, an ambiguous name
is left undecided, and extraction never reads the world data."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.lang import world
from reconcile.lang.places import normalise_place, relate_places
from reconcile.models import LocationValue


def _rel(a: str, b: str) -> str:
    return relate_places(LocationValue(name=a, kind="other"), LocationValue(name=b, kind="other"))


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Antwerp", "Anvers", "same"),  # English and French names of one town
        ("Liège", "Luik", "same"),
        ("Dunkirk", "Dunkerque", "same"),  # an exonym that is also a small town's own name
        ("Moncton", "Canada", "within"),  # a town the hand list lacks, in its country
        ("Canada", "Shediac", "contains"),
        ("Moncton", "Ottawa", "disjoint"),  # two towns
        ("Moncton", "Moncton, Canada", "same"),
        ("Saint John", "Saint-Jean", "unknown"),  # towns of both names on two continents
    ],
)
def test_towns_relate_through_the_world_data(a: str, b: str, relation: str) -> None:
    assert _rel(a, b) == relation
    assert _rel(b, a) == {"within": "contains", "contains": "within"}.get(relation, relation)


def test_a_name_many_towns_share_needs_its_country_from_the_text() -> None:
    assert world.likely_town("saint john") is None  # New Brunswick, Newfoundland, Antigua…
    alone, in_belgium = world.likely_town("lille"), world.likely_town("lille", ["BE"])
    assert alone is not None and alone.country == "FR"  # the town that dwarfs the others
    assert in_belgium is not None and in_belgium.country == "BE"


def test_extraction_does_not_read_the_world_data() -> None:
    # a surname may be some town's name: only comparison (world=True) reads the towns
    assert not normalise_place("Moncton").known
    assert normalise_place("Moncton", world=True).known


def test_countries_come_from_cldr_in_both_languages() -> None:
    names = world.country_names()
    assert names["belgique"] == names["belgium"] == "BE"
    assert names["etats unis"] == "US"


def test_the_index_is_rebuilt_when_the_cache_folder_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    world._index.cache_clear()
    try:
        assert world.likely_town("anvers") is not None
    finally:
        world._index.cache_clear()


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = world._cache_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    world._index.cache_clear()
    try:
        assert world.likely_town("anvers") is not None
        assert path.read_text().startswith('{"towns"')  # written again, whole
    finally:
        world._index.cache_clear()


def test_a_site_name_is_not_read_as_a_town_of_the_same_name() -> None:
    # a Paris district's alternate name is "Hôtel-de-Ville"; « l'Hôtel de Ville » is a site
    assert not normalise_place("Hôtel de Ville", world=True).key.startswith("geo:")
    assert normalise_place("Port Louis", world=True).key.startswith("geo:")


@pytest.mark.parametrize(("near", "far"), [("Mérignac", "Toulouse"), ("Villeurbanne", "Grenoble")])
def test_a_town_next_to_a_city_may_be_the_same_place_but_a_distant_one_is_not(
    near: str, far: str
) -> None:
    # a suburb and its city, an airport's town and the city it serves: not a contrary
    city = {"Mérignac": "Bordeaux", "Villeurbanne": "Lyon"}[near]
    assert relate_places(_city(city), _city(near)) == "unknown"
    assert relate_places(_city(city), _city(far)) == "disjoint"


def _city(name: str) -> LocationValue:
    return LocationValue(name=name, kind="city")
