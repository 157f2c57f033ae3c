"""Vehicles beyond limousines: rockets, helicopters, planes; organisation owners, quoted
nicknames with digits, nationalities outside the side list; generic mentions that say
neither which nor whose (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.align.vehicles import relate_vehicles
from reconcile.models import Claim, VehicleValue
from reconcile.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def extract(article_claims: Any) -> Any:
    def run(text: str) -> list[Claim]:
        return list(article_claims(text, "event.vehicle"))

    return run


def _v(claim: Claim) -> VehicleValue:
    assert isinstance(claim.value, VehicleValue)
    return claim.value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lancement\n\nUne fusée Vega a décollé lundi soir de Kourou.\n", "Vega"),
        ("Launch\n\nAn Ariane 6 rocket lifted off from French Guiana on Tuesday.\n", "Ariane 6"),
        ("Lancement\n\nLe lanceur Longue Marche 5 a décollé dans la nuit.\n", "Longue Marche 5"),
    ],
)
def test_named_rockets(extract: Any, text: str, name: str) -> None:
    claims = extract(text)
    assert [(_v(c).name, c.subject) for c in claims] == [(name, "ride.rocket")]


def test_fr_helicopter_with_organisation_owner_and_numbered_nickname(extract: Any) -> None:
    claims = extract(
        "Secours\n\nLe randonneur a été hélitreuillé par l'hélicoptère de la Sécurité civile "
        "surnommé « Dragon 12 » en fin de journée.\n"
    )
    assert len(claims) == 1
    v = _v(claims[0])
    assert v.nickname == "Dragon 12" and v.owner == "Sécurité civile"
    assert claims[0].quote.endswith("»")


def test_en_organisation_possessive_owner(extract: Any) -> None:
    claims = extract("Rescue\n\nThe Air Force's helicopter airlifted the two sailors to safety.\n")
    assert [_v(c).owner for c in claims] == ["Air Force"]


def test_en_quoted_nickname_of_several_words(extract: Any) -> None:
    claims = extract(
        "Rescue\n\nThe coast guard helicopter, nicknamed \"Sky Lion 3\", winched the crew "
        "aboard.\n"
    )
    assert [_v(c).nickname for c in claims] == ["Sky Lion 3"]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue\n\nThe injured climber was flown to hospital in a helicopter.\n",
        "Visit\n\nHe arrived in a car shortly after noon.\n",
        "Accident\n\nUne voiture a percuté un arbre et le conducteur a été transporté à "
        "l'hôpital.\n",
        "Visite\n\nLe cortège présidentiel a traversé la ville sous escorte.\n",
        "Visit\n\nThe motorcade swept through the city centre.\n",
    ],
)
def test_generic_vehicles_and_motorcades_are_not_claims(extract: Any, text: str) -> None:
    assert extract(text) == []


def test_named_vehicle_wins_over_generic(extract: Any) -> None:
    claims = extract(
        "Visit\n\nThe president landed aboard Air Force One, then took a car to the hotel.\n"
    )
    assert [_v(c).name for c in claims] == ["Air Force One"]
    assert claims[0].subject == "ride.aircraft"


def test_fr_nationality_outside_side_list(extract: Any) -> None:
    claims = extract(
        "Visite\n\nLe président kazakh Nurlan Abenov et le président français Julien Morel se "
        "sont retrouvés à Paris.\n\nLa limousine présidentielle kazakhe est arrivée la "
        "première.\n"
    )
    assert [_v(c).owner for c in claims] == ["Nurlan Abenov"]


def test_en_nationality_outside_side_list(extract: Any) -> None:
    claims = extract(
        "Visit\n\nBrazilian President Marcos Lima met Chancellor Erik Lund in Berlin.\n\n"
        "The Brazilian presidential jet landed shortly before noon.\n"
    )
    assert [_v(c).owner for c in claims] == ["Marcos Lima"]


def test_fr_presidential_plane_is_a_claim(extract: Any) -> None:
    claims = extract("Visite\n\nL'avion présidentiel a atterri à Dakar vers midi.\n")
    assert len(claims) == 1 and claims[0].subject == "ride.aircraft"


def test_categories_align_across_languages() -> None:
    assert relate_vehicles(VehicleValue(name="hélicoptère"), VehicleValue(name="helicopter")) \
        == "same"
    assert relate_vehicles(VehicleValue(name="fusée"), VehicleValue(name="launcher")) == "same"
    assert relate_vehicles(VehicleValue(name="fusée"), VehicleValue(name="helicopter")) \
        == "different"
