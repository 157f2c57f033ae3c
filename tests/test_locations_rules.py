"""Venue rules, must-find / must-not-find, on articles written for these tests
(a hurricane, a rugby final, a bank's results, a ministerial meeting, a flood)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reconcile.extract import extract_claims
from reconcile.extract.nlp import load_pipeline
from reconcile.ingest import read_source
from reconcile.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Any:
    for lang in ("fr", "en"):
        load_pipeline(lang, tuple(SETTINGS.models[lang]))
    folder = tmp_path_factory.mktemp("places")
    counter = iter(range(10_000))

    def run(text: str, lang: str) -> dict[str, Any]:
        path: Path = folder / f"p{next(counter)}.md"
        path.write_text(f"---\nlang: {lang}\ndate: 2025-08-16\n---\n{text}", encoding="utf-8")
        claims = extract_claims(read_source(path, path.stem), SETTINGS)
        return {c.value.name: c for c in claims if c.slot == "event.location"}  # type: ignore[union-attr]

    return run


def test_fr_named_stadium_without_preposition(places: Any) -> None:
    got = places("Finale\n\nLe XV de Lorvane a battu Castelnau 21-18. Son demi d'ouverture a "
                 "fait exploser le stade Duval dans les dernières secondes.\n", "fr")
    assert got["stade Duval"].value.kind == "site"


def test_en_named_stadium_object(places: Any) -> None:
    got = places("Final\n\nLorvane beat Castelnau 21-18 on Saturday. A crowd of 60,000 packed "
                 "the Duval Stadium.\n", "en")
    assert got["Duval Stadium"].value.kind == "site"


def test_fr_organisation_site(places: Any) -> None:
    got = places("Résultats\n\nLe directeur financier a présenté les comptes au siège de la "
                 "banque, à Lyon, devant les analystes.\n", "fr")
    assert got["siège de la banque"].value.within == ["Lyon"]


def test_organisation_named_like_a_site_is_not_a_venue(places: Any) -> None:
    got = places("Crue\n\nLa crue a frappé la vallée mardi. L'Institut météorologique Varenne a "
                 "estimé les pluies à 200 mm.\n", "fr")
    assert not any("Institut" in name for name in got)


def test_en_disaster_places_are_the_epicentre(places: Any) -> None:
    got = places("Hurricane hits coast\n\nThe fishing town of Porto Verde was flattened when the "
                 "hurricane made landfall across Sierra province on Friday.\n", "en")
    assert got["town of Porto Verde"].subject == "epicentre"
    assert got["Sierra province"].value.kind == "region"


def test_fr_direction_of_a_country_after_a_strike_verb(places: Any) -> None:
    got = places("Séisme\n\nUn séisme a secoué vendredi soir le nord du Chili, sans faire de "
                 "victimes.\n", "fr")
    assert got["Chili"].quote == "nord du Chili"


def test_fr_host_city_subject_and_not_metonymy(places: Any) -> None:
    got = places("Lisbonne a accueilli la réunion des ministres\n\nLes ministres se sont "
                 "réunis vendredi. Madrid a salué l'accord.\n", "fr")
    assert "Lisbonne" in got
    assert "Madrid" not in got


def test_en_apposition_names_the_site(places: Any) -> None:
    got = places("Talks\n\nThe ministers met at the Palazzo Verde, the government's "
                 "headquarters in Rome, on Friday.\n", "en")
    assert got["Palazzo Verde"].value.kind == "site"
    assert got["Palazzo Verde"].value.within == ["Rome"]


def test_coordinated_offices_are_not_venues(places: Any) -> None:
    got = places("Fusion\n\nLes deux groupes ont annoncé leur fusion à Paris. L'opération attend "
                 "le feu vert des régulateurs à Berlin et à Madrid.\n", "fr")
    assert set(got) == {"Paris"}


def test_mountain_range_and_person_after_comma_are_not_venues(places: Any) -> None:
    got = places("Un séisme frappe les Alpes\n\nÀ Grenoble, Martin et Dupuis ont senti la "
                 "secousse dans les Alpes samedi.\n", "fr")
    assert "Alpes" not in got
    assert "Martin" not in got
