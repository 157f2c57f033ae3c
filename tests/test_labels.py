"""Format, tone, outcome and next-step claims: phrasings in both languages, per-speaker
tone, outcomes of other kinds of event, next steps of other kinds. Must-find and
must-not-find cases written for these tests (other events, other wording)."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.models import Claim, LabelValue, NextValue, OutcomeValue


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


def _outcomes(claims: list[Claim]) -> list[tuple[bool | None, str | None]]:
    return [(c.value.agreement, c.value.label) for c in claims]  # type: ignore[union-attr]


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
        ("Launch\n\nAfter two scrubs, the probe is finally in orbit.\n", None, "success"),
        ("Lancement\n\nAprès deux reports, la sonde est enfin en orbite.\n", None, "success"),
        ("Strike\n\nThe provisional agreement between the city and the drivers ends a "
         "nine-day strike.\n", True, "deal"),
        ("Visite\n\nLa présidente a signé avec Rome plus d'une vingtaine d'accords "
         "commerciaux.\n", True, "deal"),
        ("Peace\n\nThe two sides signed a permanent ceasefire in Nairobi on Friday.\n",
         True, "ceasefire"),
        ("Paix\n\nLes deux camps ont paraphé un cessez-le-feu durable vendredi.\n",
         True, "ceasefire"),
        ("Trial\n\nThe jury found the former mayor guilty of fraud after two days.\n",
         None, "convicted"),
        ("Trial\n\nHis brother was cleared of all charges.\n", None, "acquitted"),
        ("Procès\n\nLa cour d'assises a condamné l'ancien notaire à douze ans de réclusion.\n",
         None, "convicted"),
        ("Procès\n\nSa sœur, poursuivie pour recel, est acquittée.\n", None, "acquitted"),
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


# ------------------------------------------------------- next steps and outcomes, round 4


def test_a_scheduled_next_flight_wins_over_a_passing_mention(extract: Any) -> None:
    claims = extract(
        "Launch\n\nThe chief engineer said there was nothing to fix before the next flight.\n\n"
        "The next Kestrel-4 flight is scheduled for June, the company said.\n",
        "event.next",
    )
    assert len(claims) == 1
    assert claims[0].quote.startswith("next Kestrel-4 flight") and claims[0].start > 80
    assert isinstance(claims[0].value, NextValue) and claims[0].value.when == "for June"


@pytest.mark.parametrize(
    "text",
    [
        "Floods\n\nThe prime minister is expected to visit the area on Sunday.\n",
        "Storm\n\nThe governor plans to visit survivors in the shelters on Monday.\n",
    ],
)
def test_an_expected_visit_to_the_scene_is_no_next_step(extract: Any, text: str) -> None:
    assert extract(text, "event.next") == []


def test_a_visit_elsewhere_is_still_a_next_step(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe chancellor is expected to visit Warsaw in the spring.\n", "event.next"
    )
    assert len(claims) == 1 and claims[0].subject == "visit"


def test_an_untyped_surname_accepting_an_invitation_is_the_participant(extract: Any) -> None:
    claims = extract(
        "Visit\n\nPresident Ana Costa received her guest at the palace. Later, Costa accepted "
        "an invitation to visit Accra next year.\n",
        "event.next",
    )
    assert len(claims) == 1
    assert isinstance(claims[0].value, NextValue) and claims[0].value.participants == ["Ana Costa"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('Trial\n\n"This verdict is unjust," the defence lawyer told reporters.\n', "negative"),
        ("Procès\n\n« Une décision injuste », a réagi l'avocat de la défense.\n", "negative"),
        ('Peace\n\n"Today is a historic day," the president said after the signing.\n',
         "positive"),
    ],
)
def test_tone_of_other_events(extract: Any, text: str, label: str) -> None:
    claims = extract(text, "event.tone")
    assert [c.value.label for c in claims if isinstance(c.value, LabelValue)] == [label]


def test_verdicts_of_two_defendants_are_two_topics(extract: Any) -> None:
    claims = extract(
        "Trial\n\nThe jury found Paul Marchetti guilty of fraud. His co-defendant, Anna "
        "Lindqvist, was cleared of all charges.\n",
        "event.outcome",
    )
    assert sorted(c.subject for c in claims) == ["event · lindqvist", "event · marchetti"]
