"""Next steps of other kinds (launch, visit) with when; outcomes in the active voice,
signatures with words between, agreements that still need ratifying (sentences written
for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.models import Claim, NextValue, OutcomeValue
from reconcile.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def extract(article_claims: Any) -> Any:
    def run(text: str, slot: str) -> list[Claim]:
        return list(article_claims(text, slot))

    return run


@pytest.mark.parametrize(
    ("text", "subject", "when"),
    [
        ("Launch\n\nThe next launch is scheduled for June from the same pad, the agency "
         "said.\n", "launch", "for June"),
        ("Lancement\n\nLe prochain tir est prévu en juin depuis la Guyane.\n", "launch",
         "en juin"),
        ("Summit\n\nBoth leaders agreed to meet again in Oslo in March.\n", "talks",
         "in March"),
    ],
)
def test_next_step_kind_and_when(extract: Any, text: str, subject: str, when: str) -> None:
    claims = extract(text, "event.next")
    assert len(claims) == 1
    assert claims[0].subject == subject
    assert isinstance(claims[0].value, NextValue) and claims[0].value.when == when


def test_invitation_carries_the_one_who_accepted(extract: Any) -> None:
    claims = extract(
        "Visit\n\nPresident Ana Costa accepted an invitation to visit Lisbon next year.\n",
        "event.next",
    )
    assert len(claims) == 1 and claims[0].subject == "visit"
    value = claims[0].value
    assert isinstance(value, NextValue)
    assert value.participants == ["Ana Costa"] and value.place == "Lisbon"


@pytest.mark.parametrize(
    "text",
    [
        "Tourism\n\nStudents lined the streets to visit the old cathedral, which reopened "
        "in May.\n",
        "Tourisme\n\nDes milliers de touristes sont venus pour visiter la cathédrale "
        "rénovée.\n",
    ],
)
def test_a_bare_to_visit_is_no_next_step(extract: Any, text: str) -> None:
    assert extract(text, "event.next") == []


@pytest.mark.parametrize(
    ("text", "agreement", "label"),
    [
        ("Launch\n\nThe rocket placed the satellite into orbit about nine minutes after "
         "lift-off.\n", None, "success"),
        ("Launch\n\nThe weather satellite is now in orbit.\n", None, "success"),
        ("Lancement\n\nLe lanceur a placé les deux satellites en orbite vingt minutes plus "
         "tard.\n", None, "success"),
        ("Visite\n\nLe président Kofi Mensah a signé mardi onze accords avec son "
         "homologue.\n", True, "deal"),
        ("Strike\n\nThe tentative agreement must still be ratified by union members.\n",
         True, "deal"),
        ("Grève\n\nL'accord de principe doit encore être ratifié par les adhérents.\n",
         True, "deal"),
    ],
)
def test_outcomes_in_other_words(
    extract: Any, text: str, agreement: bool | None, label: str
) -> None:
    claims = extract(text, "event.outcome")
    got = [(c.value.agreement, c.value.label) for c in claims if isinstance(c.value, OutcomeValue)]
    assert got == [(agreement, label)]


@pytest.mark.parametrize(
    "text",
    [
        "Launch\n\nThe satellite was shipped to the launch site in a container.\n",
        "Visite\n\nLe président a signé le livre d'or de la mairie.\n",
    ],
)
def test_no_outcome_without_orbit_or_agreement(extract: Any, text: str) -> None:
    assert extract(text, "event.outcome") == []
