"""How two places relate (`reconcile.lang.places.relate_places`): the same place with and
without its generic or type word, a room or town within what contains it, known countries and
regions disjoint, an unknown region neither disjoint nor the same."""

from __future__ import annotations

import pytest

from reconcile.lang.places import relate_places
from reconcile.models import LocationValue


@pytest.mark.parametrize(("a", "b"), [
    (("the Health Ministry", "other"), ("the Health Ministry building", "site")),
    (("palais de l'Élysée", "site"), ("l'Élysée", "site")),
    (("the Invalides", "site"), ("l'hôtel des Invalides", "site")),
    (("Senegal", "country"), ("au Sénégal", "country")),
    (("Gironde département", "region"), ("département de la Gironde", "region")),
])
def test_same_site_with_and_without_its_generic_noun(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    la = LocationValue(name=a[0], kind=a[1], within=[])  # type: ignore[arg-type]
    lb = LocationValue(name=b[0], kind=b[1], within=[])  # type: ignore[arg-type]
    assert relate_places(la, lb) == "same"
    assert relate_places(lb, la) == "same"


def test_two_countries_are_disjoint() -> None:
    a = LocationValue(name="Senegal", kind="country", within=[])
    b = LocationValue(name="Mali", kind="country", within=[])
    assert relate_places(a, b) == "disjoint"


@pytest.mark.parametrize(("a", "b"), [
    # a region the gazetteer does not know may lie inside or across another: not disjoint
    (LocationValue(name="Var", kind="region"),
     LocationValue(name="Provence-Alpes-Côte d'Azur", kind="region")),
    (LocationValue(name="Maures hills", kind="region"), LocationValue(name="Var", kind="region")),
    (LocationValue(name="Var", kind="region"), LocationValue(name="Marseille", kind="city")),
])
def test_an_unknown_region_is_not_disjoint(a: LocationValue, b: LocationValue) -> None:
    assert relate_places(a, b) == "unknown"
    assert relate_places(b, a) == "unknown"


def test_a_room_without_its_building_is_no_other_sites_contrary() -> None:
    room = LocationValue(name="Salle des Fêtes", kind="site")
    assert relate_places(room, LocationValue(name="Élysée", kind="site")) == "unknown"
    hotel = LocationValue(name="Hôtel Captain Cook", kind="site", within=["Anchorage"])
    assert relate_places(hotel, LocationValue(name="Kremlin", kind="site")) == "disjoint"


def test_an_overseas_department_is_in_france() -> None:
    a = LocationValue(name="Kourou", kind="city", within=["French Guiana"])
    assert relate_places(a, LocationValue(name="France", kind="country")) == "within"


def test_two_known_regions_stay_disjoint() -> None:
    a = LocationValue(name="Alaska", kind="region")
    b = LocationValue(name="Texas", kind="region")
    assert relate_places(a, b) == "disjoint"


@pytest.mark.parametrize(("a", "b"), [
    ("Esterel hills", "massif de l'Esterel"),
    ("Alpilles mountains", "Alpilles"),
    ("Aude valley", "vallée de l'Aude"),
    ("Ardèche department", "Ardèche"),
    ("Guyane", "French Guiana"),
])
def test_a_type_word_is_not_the_name(a: str, b: str) -> None:
    la = LocationValue(name=a, kind="region", within=[])
    lb = LocationValue(name=b, kind="region", within=[])
    assert relate_places(la, lb) == "same"
