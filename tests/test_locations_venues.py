"""The event's venue is found in body text, of any kind of story, with its kind and what
contains it; places that are not the event's (a future trip, an absent person's, an origin,
an earlier meeting, a comparison region, a speaker's employer) are not. The tables are in
tests/location_cases.py; articles written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from location_cases import OTHER_STORIES, SITE_NOUNS, TABLES, UNKNOWN_NAMES

# (date, lang, title, body, place that must be found, its kind or None)
MUST_FIND = [(t.published, *case) for t in TABLES for case in t.find]
# (date, lang, title, body, place found, place no found name may contain)
MUST_NOT = [(t.published, *case) for t in TABLES for case in t.not_find]


@pytest.mark.parametrize(("date", "lang", "title", "body", "name", "kind"), MUST_FIND)
def test_must_find(
    places: Any, date: str, lang: str, title: str, body: str, name: str, kind: str | None
) -> None:
    got = places(title, body, lang, date)
    assert name in got, sorted(got)
    if kind is not None:
        assert got[name].value.kind == kind


@pytest.mark.parametrize(("date", "lang", "title", "body", "found", "absent"), MUST_NOT)
def test_must_not_find(
    places: Any, date: str, lang: str, title: str, body: str, found: str, absent: str
) -> None:
    got = places(title, body, lang, date)
    assert found in got, sorted(got)
    assert not any(absent in name for name in got), sorted(got)


def test_an_organisations_plant_is_not_a_named_venue(places: Any) -> None:
    got = places("Merger", "The deal was announced on Monday. \"Workers pay,\" said a union "
                 "official at Harwick's Derby plant.", "en", SITE_NOUNS.published)
    assert not any("plant" in name for name in got)


def test_name_does_not_end_on_a_weekday(places: Any) -> None:
    got = places("Visite", "Le président a visité l'usine de Tremonde lundi.", "fr",
                 SITE_NOUNS.published)
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
    got = places(title, body, lang, SITE_NOUNS.published)
    assert got and {c.subject for c in got.values()} == {subject}


def test_worst_hit_is_not_a_comparison(places: Any) -> None:
    got = places("Earthquake", "The worst-hit locality is the village of Tarma, close to the "
                 "epicentre.", "en", OTHER_STORIES.published)
    assert "village of Tarma" in got


def test_a_nominal_title_place_is_claimed(places: Any) -> None:
    assert "Gard" in places("Inondations dans le Gard", "Les secours sont mobilisés.", "fr",
                            OTHER_STORIES.published)


def test_a_split_area_name_contains_the_town(places: Any) -> None:
    got = places("Launch", "The rocket took off from Kourou, French Guiana, on Monday night.",
                 "en", UNKNOWN_NAMES.published)
    assert got["Kourou"].value.within == ["French Guiana"]


def test_a_possessor_contains_its_room(places: Any) -> None:
    got = places("State visit", "A state banquet was held in the Hofburg's Ceremonial Hall.",
                 "en", UNKNOWN_NAMES.published)
    assert got["Ceremonial Hall"].value.within == ["Hofburg"]


def test_the_container_of_an_origin_is_no_venue(places: Any) -> None:
    got = places("Launch", "The rocket lifted off from Kourou. The mission is run from "
                 "Darmstadt, in Germany, by the satellite's operator.", "en",
                 UNKNOWN_NAMES.published)
    assert "Kourou" in got
    assert "Darmstadt" not in got and "Germany" not in got, sorted(got)
