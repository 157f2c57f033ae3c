"""Outcome, next step and tone beyond summits and trade talks: launches, votes, trials,
rescues, strikes, state visits (sentences written for these tests; no corpus or seed
sentence)."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.models import Claim
from reconcile.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def extract(article_claims: Any) -> Any:
    def run(text: str, slot: str) -> list[Claim]:
        return list(article_claims(text, slot))

    return run


def _outcomes(claims: list[Claim]) -> list[tuple[bool | None, str | None]]:
    return [(c.value.agreement, c.value.label) for c in claims]  # type: ignore[union-attr]


# ------------------------------------------------------------------ outcome: agreements


@pytest.mark.parametrize(
    "text",
    [
        "Accord social\n\nAprès trois jours de grève, le syndicat et la direction ont signé "
        "un accord provisoire mercredi soir.\n",
        "Visite d'État\n\nLors de la visite, les deux pays ont signé onze accords de "
        "coopération.\n",
        "Port strike\n\nAfter a week of talks, the union reached a tentative agreement with the "
        "port operators on Sunday.\n",
        "Talks\n\nThe two parties struck a provisional deal early on Friday.\n",
        "Energy\n\nContracts worth $3bn were signed during the visit to Jakarta.\n",
    ],
)
def test_agreements_in_other_words(extract: Any, text: str) -> None:
    claims = extract(text, "event.outcome")
    assert [a for a, _ in _outcomes(claims)] == [True]


def test_ceasefire_agreed_passive(extract: Any) -> None:
    claims = extract("Frontier\n\nA truce was agreed late on Tuesday after mediation.\n",
                     "event.outcome")
    assert _outcomes(claims) == [(True, "ceasefire")]


def test_failed_to_reach_a_tentative_agreement_is_no_deal(extract: Any) -> None:
    claims = extract("Strike\n\nThe nurses' union failed to reach a tentative agreement with "
                     "the hospital board.\n", "event.outcome")
    assert _outcomes(claims) == [(False, "no_deal")]


# ------------------------------------------------------------------ outcome: other events


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Lancement\n\nLe satellite a été placé en orbite une heure après le décollage.\n",
         "success"),
        ("Launch\n\nThe probe was successfully placed into orbit 40 minutes after lift-off.\n",
         "success"),
        ("Mission\n\nPour l'agence, la mission est un franc succès.\n", "success"),
        ("Launch\n\nThe rocket exploded shortly after lift-off on Tuesday.\n", "failure"),
        ("Essai\n\nLe tir d'essai a échoué au-dessus de l'océan.\n", "failure"),
        ("Vote\n\nLe projet de loi a été adopté par 320 voix contre 210.\n", "adopted"),
        ("Senate\n\nThe bill passed the Senate by a narrow margin on Thursday.\n", "adopted"),
        ("Council\n\nThe budget amendment was rejected by the city council.\n", "rejected"),
        ("Trial\n\nThe former mayor was found guilty of fraud on Monday.\n", "convicted"),
        ("Procès\n\nL'ancien maire a été relaxé par le tribunal correctionnel.\n", "acquitted"),
        ("Sauvetage\n\nLes deux alpinistes ont été retrouvés sains et saufs au petit matin.\n",
         "success"),
    ],
)
def test_outcomes_of_other_events(extract: Any, text: str, label: str) -> None:
    claims = extract(text, "event.outcome")
    assert _outcomes(claims) == [(None, label)]
    assert claims[0].subject == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Lancement\n\nAprès l'échec du vol précédent, le lanceur a été placé en orbite.\n",
        "Launch\n\nThe satellite reached orbit, a year after the previous launch failed.\n",
    ],
)
def test_past_failure_is_background_not_the_outcome(extract: Any, text: str) -> None:
    claims = extract(text, "event.outcome")
    assert [label for _, label in _outcomes(claims)] == ["success"]


def test_no_outcome_in_a_plain_report(extract: Any) -> None:
    claims = extract("Launch\n\nThe launch window opens at 9 p.m. local time on Friday.\n",
                     "event.outcome")
    assert claims == []


# ------------------------------------------------------------------ next step


def test_fr_will_travel_to_a_place(extract: Any) -> None:
    claims = extract(
        "Visite\n\nLa présidente chilienne Ana Rojas se rendra à Séoul l'an prochain, a "
        "annoncé son porte-parole.\n", "event.next")
    assert len(claims) == 1 and claims[0].value.place == "Séoul"  # type: ignore[union-attr]


def test_en_accepted_invitation_to_visit(extract: Any) -> None:
    claims = extract(
        "Visit\n\nPrime Minister Helen Marsh accepted an invitation to visit Nairobi next "
        "spring.\n", "event.next")
    assert len(claims) == 1 and claims[0].value.place == "Nairobi"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Launch\n\nThe next flight is scheduled for March, the agency said.\n",
        "Lancement\n\nLe prochain vol est prévu en mars depuis la Guyane.\n",
        "Strike\n\nUnion members will vote on the deal next week.\n",
        "Grève\n\nLes adhérents seront appelés à voter sur le protocole lundi.\n",
    ],
)
def test_next_steps_without_a_meeting(extract: Any, text: str) -> None:
    claims = extract(text, "event.next")
    assert len(claims) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Visit\n\nLast year, the minister visited Nairobi for the first time.\n",
        "Launch\n\nThe rocket climbed to an altitude of 80 kilometres before splashing down.\n",
    ],
)
def test_past_visits_and_plain_facts_are_not_next_steps(extract: Any, text: str) -> None:
    assert extract(text, "event.next") == []


# ------------------------------------------------------------------ tone


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        ("Launch\n\n\"It was a textbook flight,\" said mission director Paula Grant.\n",
         "positive", "Grant"),
        ("Lancement\n\n« C'est un vol parfait », s'est félicité le directeur des opérations, "
         "Marc Lenoir.\n", "positive", "Lenoir"),
        ("Visite\n\nLe ministre Paul Arnaud a salué « un partenariat exemplaire » entre les "
         "deux pays.\n", "positive", "Arnaud"),
        ("Visit\n\nMinister Ana Ruiz spoke of \"a relationship of trust\" between the two "
         "capitals.\n", "positive", "Ruiz"),
        ("Launch\n\n\"This is a disappointing day for the whole team,\" admitted engineer "
         "Tom Lee.\n", "negative", "Lee"),
    ],
)
def test_tone_from_quoted_evaluations(extract: Any, text: str, label: str, speaker: str) -> None:
    claims = extract(text, "event.tone")
    assert [c.value.label for c in claims] == [label]  # type: ignore[union-attr]
    assert speaker in (claims[0].qualifiers.claimant or "")


def test_idiom_needs_no_event_noun(extract: Any) -> None:
    claims = extract("Launch\n\nEverything went by the book, the launch director said.\n",
                     "event.tone")
    assert [c.value.label for c in claims] == ["positive"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Weather\n\nThe weather was perfect for a picnic in the park.\n",
        "Match\n\nLe gardien a réalisé une parade parfaite en fin de match.\n",
        "Bourse\n\nLes investisseurs s'inquiétant de la dette, le titre a reculé.\n",
    ],
)
def test_tone_words_about_other_things(extract: Any, text: str) -> None:
    assert extract(text, "event.tone") == []
