"""Format, tone, outcome and follow-up meetings on phrasings of other events
(written for these tests; no seed or corpus sentence)."""

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


def test_fr_away_from_cameras_is_closed_doors(extract: Any) -> None:
    claims = extract(
        "Rencontre à Rome\n\nLa Première ministre italienne Giulia Ferri et le chancelier "
        "Lukas Brenner se sont entretenus jeudi à l'abri des regards, au palais Chigi.\n",
        "event.format",
    )
    assert [(c.value.label, c.subject) for c in claims] == [("closed_doors", "talks")]


def test_en_format_subjects(extract: Any) -> None:
    claims = extract(
        "Tokyo talks\n\nThe two prime ministers met away from the cameras, first one-on-one "
        "and then in an expanded format.\n",
        "event.format",
    )
    assert {c.value.label: c.subject for c in claims} == {
        "closed_doors": "talks", "one_on_one": "talks.part", "expanded": "talks.expanded",
    }


def test_fr_two_speakers_two_tones(extract: Any) -> None:
    claims = extract(
        "Rome\n\nGiulia Ferri a parlé d'une réunion « fructueuse », tandis que Lukas Brenner "
        "évoquait un entretien « difficile ».\n",
        "event.tone",
    )
    got = sorted((c.value.label, c.qualifiers.claimant or "") for c in claims)
    assert [g[0] for g in got] == ["negative", "positive"]
    assert any("Brenner" in g[1] for g in got if g[0] == "negative")


def test_en_quoted_tone_word_without_talk_noun(extract: Any) -> None:
    claims = extract(
        "Oslo\n\nThe Norwegian minister, for her part, spoke of a \"fruitful\" afternoon.\n",
        "event.tone",
    )
    assert [c.value.label for c in claims] == ["positive"]


def test_en_unquoted_praise_elsewhere_is_not_a_tone(extract: Any) -> None:
    claims = extract(
        "Oslo\n\nThe minister spoke of a fruitful harvest season for the farmers.\n",
        "event.tone",
    )
    assert claims == []


def test_fr_negated_signing_is_no_deal(extract: Any) -> None:
    claims = extract(
        "Bruxelles\n\nAprès dix heures de discussions, aucune déclaration commune n'a été "
        "adoptée par les Vingt-Sept.\n",
        "event.outcome",
    )
    assert [c.value.agreement for c in claims] == [False]


def test_en_board_approval_is_a_deal(extract: Any) -> None:
    claims = extract(
        "Merger\n\nThe sale of the brewery, approved by both boards on Monday, values it at "
        "$2bn.\n",
        "event.outcome",
    )
    assert [c.value.agreement for c in claims] == [True]


def test_fr_reported_agreement_is_reported_not_expected(extract: Any) -> None:
    claims = extract(
        "Pêche\n\nSelon le quotidien Ouest Matin, un accord aurait été trouvé sur les quotas "
        "de cabillaud.\n",
        "event.outcome",
    )
    assert [(c.value.agreement, c.qualifiers.modality) for c in claims] == [(True, "reported")]


def test_title_repeating_the_lead_is_one_outcome(extract: Any) -> None:
    claims = extract(
        "Fishing talks end without agreement\n\nNorway and Iceland failed to reach a deal on "
        "mackerel quotas on Friday. \"There is no agreement,\" a negotiator said.\n",
        "event.outcome",
    )
    assert len(claims) == 1
    assert claims[0].part != "title"
    assert claims[0].value.agreement is False


def test_fr_next_meeting_pair_and_not_the_announcer(extract: Any) -> None:
    claims = extract(
        "Rencontre au sommet\n\nJeudi, Giulia Ferri et Lukas Brenner se sont retrouvés à Rome.\n\n"
        "Les deux dirigeants sont convenus de se revoir à Berlin en mai, a indiqué "
        "Paolo Conti.\n",
        "event.next",
    )
    assert len(claims) == 1
    value = claims[0].value
    assert value.place == "Berlin"
    assert sorted(value.participants) == ["Giulia Ferri", "Lukas Brenner"]
    assert claims[0].subject == "talks"


def test_en_next_meeting_once_with_its_place(extract: Any) -> None:
    claims = extract(
        "Ferri and Brenner agree to meet again\n\nItalian Prime Minister Giulia Ferri and "
        "German Chancellor Lukas Brenner met in Rome on Thursday. A spokesman said the next "
        "meeting would take place in Berlin.\n",
        "event.next",
    )
    assert [c.value.place for c in claims] == ["Berlin"]
