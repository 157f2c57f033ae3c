"""Whose a vehicle is decides which vehicle it is: different owners' vehicles are different
topics (never a conflict), the same owner's vehicle named two ways agrees, and two makes
for one owner's vehicle conflict. Generic vehicles count when a kind and an owner say
which (a fire service command vehicle, « sa voiture de fonction »). Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.align.topics import build_topics
from reconcile.align.vehicles import relate_vehicles
from reconcile.extract.vehicles import holder_of
from reconcile.models import Claim, VehicleValue
from reconcile.settings import Settings


@pytest.fixture(scope="module")
def vehicles(article_claims: Any) -> Any:
    def run(text: str, lang: str = "en", source: str | None = None) -> list[Claim]:
        claims = list(article_claims(text, "event.vehicle", lang=lang))
        if source is None:
            return claims
        return [c.model_copy(update={"source": source, "id": f"{source}:{c.id}"})
                for c in claims]

    return run


def _v(claim: Claim) -> VehicleValue:
    assert isinstance(claim.value, VehicleValue)
    return claim.value


def _topics(claims: list[Claim]) -> list[list[Claim]]:
    topics, _ = build_topics(claims, Settings())
    return [t.claims for t in topics if t.slot == "event.vehicle"]


def test_two_vehicles_in_one_sentence_are_two_claims(vehicles: Any) -> None:
    claims = vehicles(
        "Visit\n\nHealth Minister Claire Aubin arrives in her official car, a grey Volvo, "
        "then switches to a fire service command vehicle to tour the site.\n"
    )
    assert [(_v(c).name, _v(c).owner) for c in claims] == [
        ("Volvo", "Claire Aubin"), ("command vehicle", "fire service"),
    ]
    assert [c.frame.holder for c in claims if c.frame] == ["aubin", "fire_service"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Visite\n\nLa ministre de la Santé, Claire Aubin, est arrivée dans sa voiture de "
         "fonction.\n", "fr", "voiture de fonction"),
        ("Visite\n\nLe ministre a parcouru le site à bord d'un véhicule de commandement des "
         "pompiers.\n", "fr", "véhicule de commandement"),
        ("Visit\n\nThe minister toured the site in a fire service command vehicle.\n", "en",
         "command vehicle"),
    ],
)
def test_a_kind_is_part_of_a_generic_vehicle_name(
    vehicles: Any, text: str, lang: str, name: str
) -> None:
    assert [_v(c).name for c in vehicles(text, lang)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Attack\n\nA car bomb exploded near the convoy as the minister arrived.\n",
        "Visit\n\nThe minister arrived at the car park of the factory at noon.\n",
        "Visite\n\nLe train de vie du ministre a été critiqué à son arrivée.\n",
        "Visite\n\nDes hélicoptères de l'armée ont survolé la ville à l'arrivée du ministre.\n",
        "Business\n\nAirbus delivered forty jets in March, the company said.\n",
    ],
)
def test_vehicles_that_are_not_the_events_are_no_claims(vehicles: Any, text: str) -> None:
    lang = "fr" if "Visite" in text else "en"
    assert vehicles(text, lang) == []


def test_the_same_institution_in_two_languages_has_one_holder() -> None:
    assert holder_of("fr", "gouvernement suédois", False) == "government@sweden"
    assert holder_of("en", "Swedish government", False) == "government@sweden"
    assert holder_of("fr", "pompiers", False) == holder_of("en", "fire service", False)
    assert holder_of("en", "Anna Lindqvist", True) == holder_of("fr", "Anna Lindqvist", True)
    assert holder_of("en", None, False) is None


def test_the_hosts_car_and_the_guests_own_car_are_two_topics_without_conflict(
    vehicles: Any,
) -> None:
    wire = vehicles(
        "Visit\n\nPresident Ana Ruiz met Prime Minister Jonas Vik in Oslo on Monday.\n\n"
        "The two leaders rode to the castle in Vik's limousine. Ruiz's own armoured Audi, "
        "flown in the day before, followed empty.\n", source="wire",
    )
    paper = vehicles(
        "Visit\n\nPresident Ana Ruiz met Prime Minister Jonas Vik in Oslo on Monday.\n\n"
        "Ruiz's armoured Mercedes followed the convoy, while she rode in Jonas Vik's car.\n",
        source="paper",
    )
    topics = _topics(wire + paper)
    by_owner = {frozenset(_v(c).owner for c in t): t for t in topics}
    assert set(by_owner) == {frozenset({"Jonas Vik"}), frozenset({"Ana Ruiz"})}
    vik = by_owner[frozenset({"Jonas Vik"})]
    assert len({c.source for c in vik}) == 2
    # the guest's own car: an Audi in one source, a Mercedes in the other
    ruiz = by_owner[frozenset({"Ana Ruiz"})]
    assert relate_vehicles(_v(ruiz[0]), _v(ruiz[1])) == "different"


def test_one_governments_plane_named_two_ways_agrees(vehicles: Any) -> None:
    en = vehicles("Exchange\n\nThe envoys flew home on a Swedish government Airbus A321.\n",
                  source="en")
    fr = vehicles("Échange\n\nLes émissaires sont repartis à bord de l'avion du gouvernement "
                  "suédois.\n", lang="fr", source="fr")
    topics = _topics(en + fr)
    assert len(topics) == 1 and len(topics[0]) == 2
    assert relate_vehicles(_v(topics[0][0]), _v(topics[0][1])) != "different"


def test_makes_and_models_tell_vehicles_apart() -> None:
    assert relate_vehicles(VehicleValue(name="Audi A8"), VehicleValue(name="Mercedes")) \
        == "different"
    assert relate_vehicles(VehicleValue(name="Airbus A330"), VehicleValue(name="Airbus A340")) \
        == "different"
    assert relate_vehicles(VehicleValue(name="Airbus"), VehicleValue(name="Airbus A340")) \
        != "different"
    assert relate_vehicles(VehicleValue(name="Audi A8"), VehicleValue(name="limousine")) \
        != "different"
