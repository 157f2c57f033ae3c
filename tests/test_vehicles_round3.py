"""Vehicles, third round: operators of launchers, datelines, nicknames given by
"calls" / « appellent », means of transport, owners from a country named elsewhere or
from the usual forms of a name (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

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
    ("text", "owner"),
    [
        ("Launch\n\nKOUROU — An Ariane 6 rocket operated by Arianespace lifted off on "
         "Tuesday evening with two weather satellites.\n", "Arianespace"),
        ("Lancement\n\nKOUROU — Une fusée Ariane 6 exploitée par Arianespace a décollé "
         "mardi soir avec deux satellites.\n", "Arianespace"),
        ("Launch\n\nA Falcon 9 rocket owned by Orbital Freight blasted off from the coast "
         "at dawn.\n", "Orbital Freight"),
    ],
)
def test_operator_owns_the_launcher_and_dateline_rides_nothing(
    extract: Any, text: str, owner: str
) -> None:
    claims = extract(text)
    assert len(claims) == 1
    value = _v(claims[0])
    assert value.owner == owner
    assert "KOUROU" not in value.riders and value.owner != "KOUROU"


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('Visit\n\nThe president arrived in Dakar on Friday in an armoured car her '
         'security detail calls "the Baobab".\n', "Baobab"),
        ("Visite\n\nLa présidente est arrivée vendredi à Dakar à bord d'une berline "
         "blindée que ses gardes appellent « le Baobab ».\n", "Baobab"),
        ("Visite\n\nLe chef de l'État est monté dans un 4x4 blindé surnommé « la "
         "Forteresse ».\n", "Forteresse"),
    ],
)
def test_nickname_given_by_a_naming_verb(extract: Any, text: str, nickname: str) -> None:
    claims = extract(text)
    assert [_v(c).nickname for c in claims] == [nickname]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue\n\nThe injured hikers were flown to hospital by helicopter on Sunday.\n",
        "Secours\n\nLes deux randonneurs blessés ont été évacués en hélicoptère vers "
        "l'hôpital de Gap.\n",
    ],
)
def test_means_of_transport_is_a_claim(extract: Any, text: str) -> None:
    claims = extract(text)
    assert len(claims) == 1 and claims[0].subject == "ride.helicopter"


@pytest.mark.parametrize(
    "text",
    [
        "Rescue\n\nA helicopter circled over the valley all afternoon.\n",
        "Secours\n\nUn hélicoptère a survolé la vallée tout l'après-midi.\n",
        "Economy\n\nCar sales fell by a tenth in March.\n",
    ],
)
def test_a_vehicle_noun_saying_nothing_is_no_claim(extract: Any, text: str) -> None:
    assert extract(text) == []


def test_fr_nationality_from_a_country_named_after_the_person(extract: Any) -> None:
    claims = extract(
        "Visite\n\nNurlan Abenov, président du Kazakhstan, a reçu mardi son homologue "
        "Julien Morel à Astana.\n\nLa limousine présidentielle kazakhe a ensuite emmené "
        "les deux hommes au palais.\n"
    )
    assert [_v(c).owner for c in claims] == ["Nurlan Abenov"]


def test_en_side_is_never_guessed_from_the_form_of_a_name(extract: Any) -> None:
    # nothing in the text says which president is Russian: no owner, however "Russian"
    # a name may look
    claims = extract(
        "Visit\n\nTalks opened on Monday between Ivan Petrov and Mark Elston, the two "
        "presidents.\n\nThe Russian presidential limousine drove to the palace.\n"
    )
    assert [_v(c).owner for c in claims] == [None]


def test_fr_model_says_its_side(extract: Any) -> None:
    claims = extract(
        "Visite\n\nLe président russe Mikhaïl Sorokine et le président français Paul Garnier "
        "se sont retrouvés lundi.\n\nL'Aurus du président a rejoint le palais peu après "
        "midi.\n"
    )
    assert [_v(c).owner for c in claims] == ["Mikhaïl Sorokine"]


def test_name_forms_never_decide_between_two_matching_people(extract: Any) -> None:
    claims = extract(
        "Visit\n\nTalks opened on Monday between Ivan Petrov and Oleg Smirnov, the two "
        "ministers.\n\nThe Russian presidential limousine carried them to the palace.\n"
    )
    assert [_v(c).owner for c in claims] == [None]


def test_possessive_owner_when_the_parser_joins_two_paragraphs(extract: Any) -> None:
    # the parser hangs the second paragraph's verb on the first one: the subject of
    # « a été accueilli » still owns « sa limousine »
    claims = extract(
        "Sommet de Vienne\n\nLes présidents russe et américain, Igor Sedov et Jonas Weber, se "
        "sont retrouvés samedi à Vienne.\n\nArrivé peu avant midi à bord de sa limousine "
        "Mercedes, le dirigeant russe a été accueilli par son homologue.\n"
    )
    assert [_v(c).owner for c in claims] == ["Igor Sedov"]
