"""Venues in body text of other kinds of stories (a flood, a rally, a state visit, a fire, a
court hearing), and places that are not the event's (watched from, a comparison region, an
absent person's whereabouts). Articles written for these tests; the test sentence follows a
neutral lead sentence, so only the article's own event words make it about the event."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.lang.places import relate_places
from reconcile.models import LocationValue

PUBLISHED = "2025-09-20"  # the articles' date (the `places` fixture in conftest.py)


# (lang, title, body, place that must be found, its kind or None)
MUST_FIND = [
    # a nominal title names the event: its noun makes body sentences about the event
    ("fr", "Inondations dans le Gard", "Les eaux ont envahi le centre d'Alès dimanche.",
     "Alès", None),
    ("fr", "Crues", "Les pompiers ont évacué le hameau des Granges dans la nuit.",
     "hameau des Granges", "city"),
    ("en", "Flash floods", "Rescuers reached the village of Marnley by boat.",
     "village of Marnley", "city"),
    ("en", "Storm", "In the Gironde département, 2,000 homes lost power.",
     "Gironde département", "region"),
    ("fr", "Tempête", "Dans le département de la Gironde, 2 000 foyers ont été privés "
     "d'électricité.", "département de la Gironde", "region"),
    # a rally: possessive place, streets, squares
    ("en", "Nurses rally", "Ontario's striking nurses gathered outside the legislature.",
     "Ontario", "region"),
    ("en", "Teachers rally", "Thousands rallied on Rue Sainte-Catherine before noon.",
     "Rue Sainte-Catherine", "site"),
    ("fr", "Manifestation", "Le cortège a défilé sur le boulevard Voltaire jusqu'à la place de "
     "la Nation.", "boulevard Voltaire", "site"),
    ("en", "Pension protests", "Police said 12,000 protesters gathered on Place Bellecour.",
     "Place Bellecour", "site"),
    # a state visit: destination, institutional sites, dinners
    ("en", "State visit", "The king arrived for the first state visit to Portugal in twenty "
     "years.", "Portugal", "country"),
    ("fr", "Visite d'État", "Le roi est arrivé pour la première visite d'État en Norvège depuis "
     "vingt ans.", "Norvège", "country"),
    ("fr", "Visite d'État", "Un dîner a été servi dans la salle des fêtes de l'Élysée.",
     "salle des fêtes de l'Élysée", "site"),
    ("en", "State visit", "A banquet was held at the Invalides in the evening.", "Invalides",
     "site"),
    ("fr", "Visite officielle", "La présidente a été accueillie au palais présidentiel.",
     "palais présidentiel", "site"),
    ("en", "State visit", "She laid a wreath at the Thiaroye Memorial.", "Thiaroye Memorial",
     "site"),
    # a fire: a port with its town, a town named with its article
    ("en", "Warehouse fire", "The fire destroyed a warehouse in the port of Le Havre.",
     "port of Le Havre", "site"),
    ("fr", "Incendie", "Le feu a détruit un entrepôt sur le port du Havre.", "port du Havre",
     "site"),
    # a court hearing
    ("fr", "Procès", "Le procès de l'ancien maire s'est ouvert mardi devant le tribunal "
     "correctionnel de Rennes.", "tribunal correctionnel de Rennes", "site"),
    ("en", "Trial", "The trial of the former mayor opened on Tuesday at the Rennes criminal "
     "court.", "Rennes", "city"),
    # a list of places shares its first preposition
    ("en", "Pension protests", "Tens of thousands marched in Lyon and Marseille on Saturday.",
     "Marseille", "city"),
    ("fr", "Manifestations", "Des cortèges ont défilé à Toulouse, Nantes et Rennes jeudi.",
     "Rennes", "city"),
    # a country the word lists do not hold, named bare
    ("fr", "Sommet", "Les ministres se sont réunis au Sénégal pendant deux jours.", "Sénégal",
     "country"),
]




# (lang, title, body, place found, place that must not be found)
MUST_NOT = [
    # watched from elsewhere
    ("en", "Rocket launch", "The rocket lifted off from Kourou. Engineers followed the launch "
     "from Toulouse.", "Kourou", "Toulouse"),
    ("en", "Pension protests", "Thousands marched in Lyon. Union leaders watched the march from "
     "their offices in Paris.", "Lyon", "Paris"),
    ("fr", "Manifestation", "Des milliers de personnes ont défilé à Nantes. Les dirigeants "
     "syndicaux ont suivi le cortège depuis Paris.", "Nantes", "Paris"),
    # a comparison region
    ("en", "Wildfire", "The blaze burned 4,000 acres near Calvera. It was the worst fire "
     "season across the Mediterranean.", "Calvera", "Mediterranean"),
    ("fr", "Incendie", "Le feu a parcouru 3 000 hectares près de Lagrasse. C'est la pire saison "
     "des feux en Méditerranée.", "Lagrasse", "Méditerranée"),
    ("en", "Trial", "The trial opened at the Rennes courthouse. It is the biggest corruption "
     "case in Brittany since 2005.", "Rennes courthouse", "Brittany"),
    # where an absent person was
    ("en", "Nurses rally", "Nurses rallied in Quebec City. The premier, who was in Brussels "
     "for a summit, did not comment.", "Quebec City", "Brussels"),
    ("fr", "Tempête", "La tempête a frappé la côte près de Lorient. Le ministre, qui se "
     "trouvait à Madrid, a écourté son séjour.", "Lorient", "Madrid"),
    ("en", "Trial", "The hearing took place in Rennes. The defendant, who lives in Brest, "
     "denied the charges.", "Rennes", "Brest"),
    # a place's conjunct that is a clause's subject is not in the list
    ("en", "Talks", "The envoys met in Oslo and Washington said it was satisfied.", "Oslo",
     "Washington"),
    ("fr", "Visite", "Les délégations se sont réunies à Lisbonne, puis Madrid a salué "
     "l'accord.", "Lisbonne", "Madrid"),
]




def test_worst_hit_is_not_a_comparison(places: Any) -> None:
    got = places("Earthquake", "The worst-hit locality is the village of Tarma, close to the "
                 "epicentre.", "en")
    assert "village of Tarma" in got


def test_a_nominal_title_place_is_claimed(places: Any) -> None:
    assert "Gard" in places("Inondations dans le Gard", "Les secours sont mobilisés.", "fr")


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
