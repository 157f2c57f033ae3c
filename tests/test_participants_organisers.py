"""People who run or attend an event (appositions to a role, dated clauses), places and
companies that are no people, and surnames spelt another way: sentences written for
these tests (other events, other wording), with must-find and must-not-find cases."""

from __future__ import annotations

from typing import Any

import pytest


def claims(participants_of: Any, lang: str, text: str) -> dict[str, str]:
    found = participants_of(lang, text).items()
    return {s: c.value.presence for s, c in found}  # type: ignore[union-attr]


# (id, lang, text, {subject: presence}, subjects that must not be claimed)
CASES: list[tuple[str, str, str, dict[str, str], list[str]]] = [
    # 1. the role phrase, then the name in apposition, then the action at the event
    ("fr-passive-agent-apposed", "fr",
     "Les opérations ont été dirigées par le commandant des pompiers, Éric Marchal.",
     {"Éric Marchal": "present"}, []),
    ("fr-passive-agent-apposed-2", "fr",
     "Les secours ont été coordonnés par le préfet, Marc Dantec, toute la nuit.",
     {"Marc Dantec": "present"}, []),
    ("en-passive-agent-apposed", "en",
     "The launch was authorised by the range director, Paul Meyer, shortly after 10 p.m.",
     {"Paul Meyer": "present"}, []),
    ("fr-bare-director", "fr",
     "La directrice Inès Vautrin a donné le feu vert peu avant minuit.",
     {"Inès Vautrin": "present"}, []),
    # a full date of the story's own year does not date the action away
    ("fr-dated-this-year", "fr",
     "Le maire de Vallouise, Jean Ardent, a ordonné l'évacuation du hameau le 14 mars 2026.",
     {"Jean Ardent": "present"}, []),
    ("en-dated-this-year", "en",
     "On March 14, 2026, Mayor Patrick Healy ordered the evacuation of the village.",
     {"Patrick Healy": "present"}, []),
    ("en-earlier-year", "en",
     "Floods hit the valley in March 2026. In 2019, Mayor Patrick Healy had ordered a "
     "similar evacuation.",
     {"Patrick Healy": "mentioned"}, []),
    # 2. only quoted in a later paragraph: no presence
    ("fr-quoted-mayor", "fr",
     "Le feu a détruit trois granges.\n\n« Nous avons eu de la chance », a confié le maire, "
     "Gérard Lemoine.",
     {"Gérard Lemoine": "mentioned"}, []),
    ("en-quoted-mayor", "en",
     "The storm flattened the pier.\n\n\"We were lucky,\" the mayor, Alan Pierce, told a "
     "local radio station.",
     {"Alan Pierce": "mentioned"}, []),
    # 3. places and companies are no people
    ("en-place-compound", "en",
     "The probe was launched from French Guiana on Tuesday. Engineers in Kourou cheered.",
     {}, ["Guiana", "French Guiana", "Kourou"]),
    ("en-company-first-word", "en",
     "Orbis Launch confirmed the date. Orbis told investors the rocket was ready.",
     {}, ["Orbis", "Orbis Launch"]),
    ("fr-company-first-word", "fr",
     "Orbis Launch a confirmé la date. Orbis a assuré que la fusée était prête.",
     {}, ["Orbis", "Orbis Launch"]),
    ("fr-company-after-selon", "fr",
     "Selon Arvana Spatial, le vol s'est déroulé sans incident. Arvana prévoit un second tir.",
     {}, ["Arvana", "Arvana Spatial"]),
    ("en-company-by", "en",
     "The satellite was built by Halden Aerospace. Halden said the launch was flawless.",
     {}, ["Halden", "Halden Aerospace"]),
    # 4. a surname spelt another way links to the full name
    ("fr-surname-transliterated", "fr",
     "Le ministre Nurlan Kassymov a signé l'accord. M. Kasymov a ensuite quitté la salle.",
     {"Nurlan Kassymov": "present"}, ["Kasymov"]),
    ("en-surname-transliterated", "en",
     "Minister Nurlan Kassymov signed the accord. Later, Kasymov said it was a good day.",
     {"Nurlan Kassymov": "present"}, ["Kasymov"]),
    ("en-different-surnames-stay-apart", "en",
     "Ambassador Karl Weiss met the envoys. Weber said the talks went well.",
     {"Karl Weiss": "present"}, []),
]


@pytest.mark.parametrize(("case_id", "lang", "text", "expected", "absent"), CASES,
                         ids=[c[0] for c in CASES])
def test_organisers(participants_of: dict[str, Any], case_id: str, lang: str, text: str,
                    expected: dict[str, str], absent: list[str]) -> None:
    got = claims(participants_of, lang, text)
    for subject, presence in expected.items():
        assert got.get(subject) == presence, (case_id, got)
    for subject in absent:
        assert subject not in got, (case_id, got)
