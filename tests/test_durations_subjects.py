"""What a duration measures and what a figure counts: must-find / must-not-find cases.

Texts are written for these tests (other events, other wording than the corpus).
Each case: language, text, the (subject, nominal) pairs it must give, and the
phrases that must give no claim of that slot.
"""

from __future__ import annotations

from typing import Any

import pytest
from values import nominal

from reconcile.extract.durations import extract_durations
from reconcile.models import Claim


def claims(body_article: Any, lang: str, text: str) -> list[Claim]:
    return list(extract_durations(body_article(lang, text)))



DURATIONS = [
    # (lang, text, must find {subject: minutes}, must not find [phrase])
    ("en", "The ministers met for three hours. The afternoon session lasted 90 minutes.",
     {"talks": 180, "talks.afternoon": 90}, []),
    ("en", "Envoys held a working dinner that lasted about two hours.",
     {"talks.evening": 120}, []),
    ("fr", "Les ministres ont discuté pendant trois heures. Dans la matinée, la réunion "
           "technique a duré une heure.", {"talks": 180, "talks.morning": 60}, []),
    ("fr", "Un déjeuner de travail d'une heure et demie a suivi.", {"talks.lunch": 90}, []),
    ("en", "The two leaders first spoke one-on-one for 25 minutes.", {"talks.part": 25}, []),
    ("fr", "Le président a décrété deux jours de deuil national.",
     {"national mourning": 2880}, []),
    ("en", "The ground shook for about 20 seconds.", {"shaking": 20 / 60}, []),
    ("en", "The union said the layoffs would be spread over two years.",
     {"job cuts period": 2 * 525600}, []),
    ("fr", "Il aura fallu patienter plus de deux ans pour ce nouveau rendez-vous.", {},
     ["deux ans"]),
    ("en", "After eight weeks of talks, the two firms agreed.", {"negotiations": 8 * 10080}, []),
    ("en", "Lyon beat Porto 3-2 after extra time in the semi-final.", {"match": 120}, []),
    ("fr", "Lens s'est imposé 1-0 après prolongation face à Nice.", {"match": 120}, []),
    ("en", "Porto were within five minutes of a shoot-out when Lyon scored.", {},
     ["five minutes"]),
    ("en", "He equalised with three minutes of stoppage time remaining.", {},
     ["three minutes"]),
    ("fr", "Ils menaient à cinq minutes de la fin du match.", {}, ["cinq minutes"]),
    ("en", "The delegates emerged nearly six hours after the talks began.", {"talks": 360}, []),
    ("en", "Rescuers arrived two days after the flood hit the town.", {}, ["two days"]),
]


@pytest.mark.parametrize(("lang", "text", "find", "not_find"), DURATIONS)
def test_duration_subjects(body_article: dict[str, Any], lang: str, text: str,
                           find: dict[str, float], not_find: list[str]) -> None:
    got = [c for c in claims(body_article, lang, text) if c.slot == "event.duration"]
    by_subject = {c.subject: nominal(c) for c in got}
    for subject, minutes in find.items():
        assert subject in by_subject, (subject, by_subject)
        assert abs(float(by_subject[subject] or 0) - minutes) < 0.01, (subject, by_subject)
    for phrase in not_find:
        assert not any(phrase in c.quote for c in got), (phrase, [c.quote for c in got])


QUANTITIES = [
    ("en", "The storm killed at least 45 people and left some 200 injured.",
     {"deaths": 45, "injured": 200}, []),
    ("fr", "Environ 2 000 personnes ont été évacuées et 300 maisons détruites.",
     {"displaced": 2000}, []),
    ("en", "Nearly 80 homes were destroyed by the fire.", {"homes destroyed": 80}, []),
    ("en", "In the town of Arles alone, officials counted 12 victims.",
     {"deaths in Arles": 12}, []),
    ("en", "The retailer employs 4,000 people and will cut 300 jobs.",
     {"employees": 4000, "jobs": 300}, []),
    ("en", "Orion shares fell 7% while Vega shares rose 4%.",
     {"Orion share price fall": 7, "Vega share price rise": 4}, []),
    ("fr", "Le titre Orion a reculé de 7 % à la Bourse de Paris.",
     {"Orion share price fall": 7}, []),
    ("en", "The deal values the firm at 3.1 billion euros ($3.6 billion).", {"price": 3.1e9}, []),
    ("en", "A magnitude 5.4 earthquake shook the coast.", {"magnitude": 5.4}, []),
    ("fr", "L'institut a estimé la magnitude à 5,6.", {"magnitude": 5.6}, []),
    ("en", "An attendance of 41,230 watched the game.", {"spectators": 41230}, []),
    ("en", "About 6,000 Porto fans made the trip.", {"Porto supporters": 6000}, []),
    ("en", "Lyon won the final 3-2.", {"score": "score 3-2"}, []),
    ("en", "Analysts at one Paris bank were cautious.", {}, ["one Paris"]),
    ("en", "Two presidents met in Vienna.", {}, ["Two presidents"]),
    ("fr", "Le plan s'étalera sur trois ans.", {}, ["trois ans"]),
    ("en", "The party gained 3 points in the poll, 2-1 among young voters.", {}, ["2-1"]),
]


@pytest.mark.parametrize(("lang", "text", "find", "not_find"), QUANTITIES)
def test_quantity_subjects(body_article: dict[str, Any], lang: str, text: str,
                           find: dict[str, float | str], not_find: list[str]) -> None:
    got = [c for c in claims(body_article, lang, text) if c.slot == "quantity"]
    by_subject: dict[str, list[float | str | None]] = {}
    for c in got:
        by_subject.setdefault(c.subject, []).append(nominal(c))
    for subject, value in find.items():
        assert subject in by_subject, (subject, by_subject)
        assert value in by_subject[subject], (subject, by_subject)
    for phrase in not_find:
        assert not any(phrase in c.quote for c in got), (phrase, [c.quote for c in got])


def test_same_price_in_two_currencies_is_not_compared(body_article: dict[str, Any]) -> None:
    from reconcile.align.compare import compare

    got = [c for c in claims(body_article, "en", "The deal values the firm at 3.1 billion euros "
                             "($3.6 billion).") if c.subject == "price"]
    assert len(got) == 2
    assert compare(got[0], got[1]).compatible


def test_decimal_figures_are_precise(body_article: dict[str, Any]) -> None:
    from reconcile.align.compare import compare

    a = claims(body_article, "en", "A magnitude 5.4 earthquake shook the coast.")
    b = claims(body_article, "fr", "Un séisme de magnitude 5,5 a frappé la côte.")
    c = claims(body_article, "fr", "Un séisme de magnitude 5,4 a frappé la côte.")
    assert not compare(a[0], b[0]).compatible
    assert compare(a[0], c[0]).compatible
