"""Venues beyond the development corpus's phrasings: site nouns of any kind, unnamed
sites, places of residents and homes, regions, launches, and places that are not the
event's (a future trip, an absent person's, an origin). Articles written for these tests;
the test sentence is never the title or the lead's first sentence (a body sentence must
say it is about the event)."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-08-16"  # the articles' date (the `places` fixture in conftest.py)


# (lang, title, body, place that must be found, its kind or None)
MUST_FIND = [
    ("fr", "Concert", "Le chanteur s'est produit devant 15 000 personnes au palais des sports "
     "de Villeron.", "palais des sports de Villeron", "site"),
    ("fr", "Conseil municipal", "Les élus se sont réunis jeudi soir à l'hôtel de ville.",
     "hôtel de ville", "site"),
    ("fr", "Conseil", "Le vote a eu lieu dans la salle des fêtes de Montbrun.",
     "salle des fêtes de Montbrun", "site"),
    ("fr", "Procès", "Le procès s'est ouvert mardi au palais de justice de Corvalle.",
     "palais de justice de Corvalle", "site"),
    ("fr", "Rassemblement", "Des milliers de manifestants se sont rassemblés sur l'esplanade "
     "de la Libération.", "esplanade de la Libération", "site"),
    ("en", "Council", "The council met at the town hall on Tuesday evening.", "town hall",
     "site"),
    ("en", "Trial", "The trial opened on Monday at the Fenwick County Courthouse.",
     "Fenwick County Courthouse", "site"),
    ("en", "Convention", "Delegates gathered at the Harlow Convention Center for the vote.",
     "Harlow Convention Center", "site"),
    ("en", "Strike", "Dock workers walked out at the Port of Halvey on Monday.",
     "Port of Halvey", "site"),
    ("fr", "Lancement réussi", "La fusée a décollé mardi du Centre spatial Vernier.",
     "Centre spatial Vernier", "site"),
    ("en", "Launch", "The rocket blasted off from the Kestrel Launch Complex on Friday.",
     "Kestrel Launch Complex", "site"),
    ("fr", "Grève", "La grève des contrôleurs a paralysé le trafic en France samedi.",
     "France", "country"),
    ("fr", "Incendie", "Un violent incendie a parcouru 500 hectares dans le Var.", "Var",
     "region"),
    ("en", "Wildfire", "A wildfire forced evacuations in the Tarvena region on Monday.",
     "Tarvena region", "region"),
    ("fr", "Inondations", "Les habitants de Montclar ont été évacués dans la nuit.",
     "Montclar", None),
    ("fr", "Incendie", "Une maison incendiée de Castelnau a été retrouvée vide.", "Castelnau",
     None),
    ("en", "Floods", "Residents of the hamlet of Wexcombe were evacuated on Sunday.",
     "hamlet of Wexcombe", "city"),
    ("fr", "Incendie", "Le feu a parcouru 300 hectares au-dessus de Sainte-Livrade.",
     "Sainte-Livrade", None),
    ("en", "Fire", "The fire swept through the forest near Calvera overnight.", "Calvera", None),
    ("en", "Results", "The results were announced on Friday at the company's headquarters in "
     "Lyon.", "Lyon", "city"),
]




# (lang, title, body, place found, place that must not be found)
MUST_NOT = [
    ("fr", "Sommet", "Les dirigeants se sont rencontrés jeudi à Lisbonne. Le président se "
     "rendra à Oslo l'an prochain.", "Lisbonne", "Oslo"),
    ("en", "Summit", "The two leaders met in Vienna on Thursday. The president will travel to "
     "Oslo next year.", "Vienna", "Oslo"),
    ("fr", "Sommet", "Les dirigeants se sont réunis jeudi à Lisbonne. Le prochain sommet se "
     "tiendra à Varsovie.", "Lisbonne", "Varsovie"),
    ("en", "Talks", "Talks were held in Oslo. The finance minister was in Bergen for another "
     "meeting with bankers.", "Oslo", "Bergen"),
    ("fr", "Négociations", "Les ministres ont négocié à Vienne. Le ministre des Finances, "
     "retenu à Prague, n'a pas participé aux discussions.", "Vienne", "Prague"),
    ("en", "Talks", "The ministers met in Vienna on Friday after the envoy flew in from "
     "Cairo.", "Vienna", "Cairo"),
    ("fr", "Fusion", "Les deux groupes ont annoncé leur fusion à Paris. Le groupe digère "
     "encore une acquisition en Espagne.", "Paris", "Espagne"),
]




def test_an_organisations_plant_is_not_a_named_venue(places: Any) -> None:
    got = places("Merger", "The deal was announced on Monday. \"Workers pay,\" said a union "
                 "official at Harwick's Derby plant.", "en")
    assert not any("plant" in name for name in got)


def test_name_does_not_end_on_a_weekday(places: Any) -> None:
    got = places("Visite", "Le président a visité l'usine de Tremonde lundi.", "fr")
    assert "usine de Tremonde" in got


@pytest.mark.parametrize(("lang", "title", "subject"), [
    ("fr", "Un séisme frappe le nord du pays", "epicentre"),
    ("en", "Wildfire forces thousands to flee", "fire"),
    ("fr", "Lancement réussi pour la fusée", "launch"),
    ("en", "Ministers meet for trade talks", "venue"),
])
def test_subject_by_event_type(places: Any, lang: str, title: str, subject: str) -> None:
    body = ("Les secours sont arrivés à Montclar dans la soirée." if lang == "fr"
            else "Crews arrived in Calvera in the evening.")
    got = places(title, body, lang)
    assert got and {c.subject for c in got.values()} == {subject}
