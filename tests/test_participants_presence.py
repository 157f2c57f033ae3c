"""Presence model and person filter of event.participants, on sentences written for
these tests (other events, other wording): must-find and must-not-find cases."""

from __future__ import annotations

from typing import Any

import pytest
from values import check_presence

# (id, lang, text, {subject: presence}, subjects that must not be claimed)
CASES: list[tuple[str, str, str, dict[str, str], list[str]]] = [
    ("en-agent-of-action", "en",
     "Midfielder Tomas Varga curled in a free kick before half-time.",
     {"Tomas Varga": "present"}, []),
    ("fr-agent-of-action", "fr",
     "La cheffe de la délégation, Ingrid Solberg, a quitté la salle vers minuit.",
     {"Ingrid Solberg": "present"}, []),
    ("en-speech-only", "en",
     "The finance minister, Oskar Lind, said the budget would be balanced next year.",
     {"Oskar Lind": "mentioned"}, []),
    ("fr-speech-only", "fr",
     "Le plan sera présenté en juin, a indiqué la porte-parole Nadia Ferhat.",
     {"Nadia Ferhat": "mentioned"}, []),
    ("fr-speech-at-the-exit", "fr",
     "« Rien n'est réglé », a lâché le négociateur Hugo Brenner à la sortie de la réunion.",
     {"Hugo Brenner": "present"}, []),
    ("en-speech-at-whistle", "en",
     "Coach Maria Ostrova said at the final whistle that her team had earned it.",
     {"Maria Ostrova": "present"}, []),
    ("en-from-elsewhere", "en",
     "Speaking from Oslo, Henrik Dahl told reporters that the deal was fragile.",
     {"Henrik Dahl": "mentioned"}, []),
    ("fr-future", "fr",
     "Le ministre de l'Industrie Paul Garnier signera l'accord la semaine prochaine.",
     {"Paul Garnier": "expected"}, []),
    ("en-relative-clause", "en",
     "It was Lena Kovac, who came off the bench, who scored the decisive penalty.",
     {"Lena Kovac": "present"}, []),
    ("fr-deed-noun", "fr",
     "Le stade a explosé sur une frappe de Karim Benali en fin de match.",
     {"Karim Benali": "present"}, []),
    ("en-deed-possessive", "en",
     "Tomas Varga's header in the 80th minute sealed the win.",
     {"Tomas Varga": "present"}, []),
    ("fr-own-staff-talk", "fr",
     "Avant la conférence, la présidente a échangé avec son porte-parole, Marc Delorme.",
     {"Marc Delorme": "mentioned"}, []),
    ("fr-negated-trip", "fr",
     "La ministre de la Santé, Irène Vasseur, n'a pas fait le déplacement.",
     {"Irène Vasseur": "absent"}, []),
    ("en-expected", "en",
     "The delegation is expected to be joined on Friday by Deputy Minister Aldo Ferri.",
     {"Aldo Ferri": "expected"}, []),
    # non-persons
    ("en-dateline-and-outlet", "en",
     "OSLO (Nordic Press) - Prime Minister Eva Lund met union leaders on Monday.",
     {"Eva Lund": "present"}, ["OSLO", "Nordic Press"]),
    ("en-company-words", "en",
     "Brightwell Holdings agreed to buy Tessan for 2 billion dollars. Brightwell shares rose.",
     {}, ["Brightwell Holdings", "Tessan", "Brightwell"]),
    ("fr-sentence-start-word", "fr",
     "Surprise générale, Léon Marchetti a assisté à la séance.",
     {"Léon Marchetti": "present"}, ["Surprise"]),
    ("en-thing-qualified", "en",
     "The minister arrived in a black Volta Regent limousine.",
     {}, ["Volta Regent"]),
    # role groups: claimed only when the article names nobody who fills them
    ("fr-group-named", "fr",
     "Le ministre Jan Novak a rencontré la presse. Les ministres ont ensuite siégé.",
     {"Jan Novak": "present"}, ["role:minister"]),
    ("en-group-unnamed", "en",
     "The summit took place in the presence of the foreign ministers.",
     {"role:foreign_minister": "present"}, []),
]


@pytest.mark.parametrize(("case_id", "lang", "text", "find", "not_find"), CASES,
                         ids=[c[0] for c in CASES])
def test_presence(participants_of: dict[str, Any], case_id: str, lang: str, text: str,
                  find: dict[str, str], not_find: list[str]) -> None:
    check_presence(participants_of, case_id, lang, text, find, not_find)
