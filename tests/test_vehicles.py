"""Vehicle claims: owners (possessives, role + side, organisations, operators), nicknames,
means of transport, families beyond limousines, and what is no claim. Must-find and
must-not-find cases written for these tests (other events, other wording)."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.align.vehicles import relate_vehicles
from reconcile.models import Claim, VehicleValue


@pytest.fixture(scope="module")
def extract(article_claims: Any) -> Any:
    def run(text: str) -> list[Claim]:
        return list(article_claims(text, "event.vehicle"))

    return run


def test_fr_side_adjective_names_the_president_of_that_side(extract: Any) -> None:
    claims = extract(
        "Sommet de Vienne\n\nLes présidents turc et français, Kemal Arslan et Julien Morel, "
        "se sont retrouvés mardi à Vienne.\n\nLa voiture présidentielle française est arrivée "
        "la première devant le palais.\n"
    )
    assert len(claims) == 1
    assert claims[0].value.owner == "Julien Morel"


def test_fr_possessive_in_participial_clause(extract: Any) -> None:
    claims = extract(
        "Sommet de Vienne\n\nLes présidents turc et français, Kemal Arslan et Julien Morel, "
        "se sont retrouvés mardi à Vienne.\n\nDescendu de sa berline blindée, le dirigeant "
        "turc a salué la foule.\n"
    )
    assert claims and claims[0].value.owner == "Kemal Arslan"


def test_en_side_without_a_named_person_gives_no_owner(extract: Any) -> None:
    claims = extract(
        "Visit\n\nThe French presidential car arrived at the palace before noon.\n"
    )
    assert claims and claims[0].value.owner is None


def test_en_nickname_and_possessive(extract: Any) -> None:
    claims = extract(
        "Visit\n\nPrime Minister Ana Duarte arrived in her armoured sedan, known to her "
        "staff as the \"Tortoise\", shortly after nine.\n"
    )
    value = claims[0].value
    assert value.nickname == "Tortoise"
    assert value.owner is not None and "Duarte" in value.owner


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


# ---------------------------------------------------------------- owners described, then named


def test_en_described_owner_is_kept_when_nobody_here_is_named(extract: Any) -> None:
    claims = extract(
        "Oslo talks\n\nPresidents Ivan Petrov and John Miller met in Oslo on Friday.\n\n"
        "The first delegation arrived at the venue in the Russian presidential limousine.\n"
    )
    assert len(claims) == 1
    value = claims[0].value
    assert value.owner is None
    assert (value.owner_role, value.owner_side) == ("president", "russia")
    assert "of the president russia" in claims[0].text


def test_fr_model_side_describes_the_owner_of_du_president(extract: Any) -> None:
    claims = extract(
        "Sommet d'Oslo\n\nLes présidents Ivan Petrov et John Miller se sont vus vendredi.\n\n"
        "Le cortège, emmené par la lourde Aurus du président, a traversé le port.\n"
    )
    assert len(claims) == 1
    assert claims[0].value.owner is None
    assert (claims[0].value.owner_role, claims[0].value.owner_side) == ("president", "russia")


def test_fr_unlisted_nationality_wins_over_a_side_word_elsewhere_in_the_sentence(
    extract: Any,
) -> None:
    claims = extract(
        "Visite d'État\n\nLe président de l'Ouzbékistan, Timour Rakhimov, est arrivé lundi à "
        "Paris. Côté ouzbek, le ministre des Affaires étrangères, Aziz Karimov, était du "
        "voyage.\n\nLe cortège a rejoint l'Élysée à bord de la limousine présidentielle "
        "ouzbèke.\n"
    )
    assert len(claims) == 1
    assert claims[0].value.owner == "Timour Rakhimov"


def test_en_hyphenated_model_with_nickname_in_an_apposition(extract: Any) -> None:
    claims = extract(
        "State visit\n\nThe Uzbek president rode from the station, where Mayor Ann Lee had "
        "greeted him, to the palace in his own armoured Mercedes-Benz, a car his guards call "
        '"Falcon".\n'
    )
    assert len(claims) == 1
    value = claims[0].value
    assert value.name == "Mercedes-Benz"
    assert value.nickname == "Falcon"
    assert "Ann Lee" not in value.riders and value.owner != "Ann Lee"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("A Zenit-3 rocket lifted off from the coast on Monday night, launch operator Polar "
         "Launch said.", "Polar Launch"),
        ("Une fusée Vega a décollé lundi soir de la base, a annoncé l'opérateur Spacelift.",
         "Spacelift"),
    ],
)
def test_operator_named_elsewhere_in_the_sentence_owns_the_vehicle(
    extract: Any, text: str, owner: str
) -> None:
    claims = extract(f"Launch\n\n{text}\n")
    assert len(claims) == 1
    assert claims[0].value.owner == owner
    assert owner not in claims[0].value.riders
