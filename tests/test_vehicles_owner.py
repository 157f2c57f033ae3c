"""Vehicle owners from possessives, role complements and role + side adjectives
(written for these tests; other events, other wording)."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.models import Claim
from reconcile.settings import Settings

SETTINGS = Settings()


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
