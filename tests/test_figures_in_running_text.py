"""Durations and figures in running text, through the whole extraction, on events the corpus
does not have (rocket launches, space probes, supply deals, trade quarrels, wage disputes,
royal parades, quakes, wildfires, quotas): what each measures or counts, in both languages,
under one language-neutral subject key; phrases that are no figure of the slot give no
claim; a deal "over" years spans them, physical units stay in the value, two owners'
figures are never compared. Texts written for these tests. Each case: language, text, the
{subject: nominal} it must give, and phrases that must give no claim of the slot.
"""

from __future__ import annotations

from typing import Any

import pytest
from values import nominal

from reconcile.models import DurationValue, QuantityValue

YEAR = 525_600



DURATIONS = [
    # a flight or a climb, with a verb of lasting, "after", or a fragment
    ("en", "The rocket left the pad at dawn. According to the agency, the ascent to orbit "
     "lasted nearly nine minutes, a little longer than planned.", {"flight": 9}, []),
    ("fr", "La fusée a quitté le pas de tir à l'aube. Selon l'agence, l'ascension vers "
     "l'orbite a duré près de neuf minutes.", {"flight": 9}, []),
    ("fr", "La fusée a décollé sous un ciel clair et l'ascension s'est déroulée sans "
     "incident. Neuf minutes.", {"flight": 9}, []),
    ("en", "After a climb of eleven minutes, the capsule reached its parking orbit.",
     {"flight": 11}, []),
    ("fr", "Après onze minutes d'ascension, le second étage s'est éteint.", {"flight": 11}, []),
    # a service life, the thing named in the clause or just before it
    ("en", "The observatory will collect data for the next twelve years, engineers said.",
     {"mission": 12 * YEAR}, []),
    ("fr", "La sonde, qui pèse 2,8 tonnes, étudiera la Lune pendant les douze prochaines "
     "années.", {"mission": 12 * YEAR}, []),
    ("en", "The orbiter was launched in June. It is designed to operate for at least twelve "
     "years.", {"mission": 12 * YEAR}, []),
    ("fr", "La sonde a été lancée en juin. Elle doit fonctionner pendant au moins douze ans.",
     {"mission": 12 * YEAR}, []),
    # a contract or agreement term
    ("en", "The two firms signed a deal over three years to supply the engines.",
     {"contract": 3 * YEAR}, []),
    ("fr", "Les deux groupes ont conclu un accord sur trois ans pour la fourniture des "
     "moteurs.", {"contract": 3 * YEAR}, []),
    ("en", "The club handed its coach a new three-year deal on Monday.",
     {"contract": 3 * YEAR}, []),
    ("en", "Liftoff came at 6:02 a.m. The flight lasted 10 minutes and 21 seconds.",
     {"flight": 10.35}, []),
    ("fr", "Le vol suborbital a duré dix minutes et 21 secondes.", {"flight": 10.35}, []),
    ("en", "It took the rocket nine minutes to reach orbit.", {"flight": 9}, []),
    ("fr", "Il a fallu neuf minutes à la fusée pour atteindre l'orbite.", {"flight": 9}, []),
    ("en", "The probe was launched on Tuesday. The probe carries nine instruments. Scientists "
     "expect to receive data for the next twelve years.", {"mission": 12 * YEAR}, []),
    ("en", "The agreement, which will run for five years, covers 40 aircraft.",
     {"contract": 5 * YEAR}, []),
    ("fr", "Le partenariat, d'une durée de cinq ans, a été signé lundi.",
     {"contract": 5 * YEAR}, []),
    # must not: a wait is not the length of what was waited for
    ("en", "The talks ended. Diplomats had waited nearly three years for this meeting.", {},
     ["three years"]),
    ("fr", "Les diplomates ont attendu près de trois ans cette rencontre.", {}, ["trois ans"]),
    # must not: a state that began long ago
    ("fr", "Les deux voisins se disputent cette frontière depuis plus de dix ans.", {},
     ["depuis plus de dix ans"]),
    ("en", "The company has supplied the navy for more than twenty years.", {},
     ["more than twenty years"]),
    ("en", "Over the past fifteen years, the two agencies have shared the launch pad.", {},
     ["fifteen years"]),
    ("fr", "Au cours des dix dernières années, les deux agences ont partagé le pas de tir.",
     {}, ["dix dernières années"]),
    # must not: "sans accord" is no contract of five hours; "according to" is no accord
    ("fr", "Les ministres se sont séparés sans accord, après près de cinq heures de "
     "négociations.", {"talks": 300}, []),
    ("en", "The morning session, according to an aide, lasted two hours.",
     {"talks.morning": 120}, []),
]

COUNTS = [
    # money and percentages whose noun is not a price: their own word and owner
    ("en", "The mission, costing €450 million, is funded by twelve member states.",
     {"mission cost": 450_000_000}, []),
    ("fr", "Une mission coûtant 450 millions d'euros a été approuvée par les États membres.",
     {"mission cost": 450_000_000}, []),
    ("en", "The group won contracts worth 4.5 billion euros last year.",
     {"contract value": 4_500_000_000}, []),
    ("fr", "Le groupe a remporté des contrats d'une valeur de 4,5 milliards d'euros.",
     {"contract value": 4_500_000_000}, []),
    ("en", "The programme, budgeted at €2.1 billion, was approved in May.",
     {"programme cost": 2_100_000_000}, []),
    ("fr", "Au départ, les syndicats réclamaient 20 %.", {"demand": 20}, []),
    ("en", "At first the unions had demanded 20 percent.", {"demand": 20}, []),
    ("en", "Unions are demanding a 20% pay increase.", {"pay rise": 20}, []),
    ("fr", "Les syndicats ont obtenu une hausse de 14,5 % des salaires après la grève.",
     {"pay rise": 14.5}, []),
    # no table word: the noun the figure hangs on, or the subject of a verb of amounting
    ("en", "The agency approved a €450 million mission to Venus.",
     {"mission value": 450_000_000}, []),
    ("en", "The group signed a 4.5 billion euro contract with the navy.",
     {"contract value": 4_500_000_000}, []),
    ("fr", "Le groupe a signé un contrat de 4,5 milliards d'euros avec la marine.",
     {"contract value": 4_500_000_000}, []),
    ("en", "Prices rose again. Inflation reached 4.2% in March, the statistics office said.",
     {"inflation": 4.2}, []),
    ("fr", "L'inflation a atteint 4,2 % en mars, selon l'institut.", {"inflation": 4.2}, []),
    ("en", "Turnout was 67 percent.", {"turnout": 67}, []),
    ("fr", "La participation s'est élevée à 67 %.", {"turnout": 67}, []),
    # must not: a figure that hangs on nothing measurable is not a claim of its unit
    ("en", "The ministers pledged €2 billion.", {}, ["€2 billion"]),
    # a scale glued to a sum of money
    ("en", "The mission will cost €450m over its lifetime.", {"mission cost": 450_000_000}, []),
    ("fr", "La mission coûtera 4,2 Md€ au total.", {"mission cost": 4_200_000_000}, []),
    # a number word + dozen, at the start of a sentence too
    ("en", "Two dozen mounted guards escorted the carriage to the palace.", {"guards": 24}, []),
    ("en", "The carriage was escorted by two dozen mounted guards.", {"guards": 24}, []),
    ("fr", "Deux douzaines de gardes à cheval escortaient le carrosse.", {"guards": 24}, []),
    # physical figures: the measured noun or the dimension, never the unit symbol
    ("en", "The beef quota was set at 99,000 t a year.", {"quota": 99_000}, []),
    ("fr", "Le quota de bœuf est fixé à 99 000 tonnes par an.", {"quota": 99_000}, []),
    ("en", "The quake struck at a depth of 10 km, the institute said.", {"depth": 10}, []),
    ("fr", "Le séisme s'est produit à une profondeur de 10 km.", {"depth": 10}, []),
    ("en", "The agency measured its depth at about 35 kilometres.", {"depth": 35}, []),
    ("en", "The fire has burnt 3,400 ha of forest since Sunday.", {"area burned": 3400}, []),
    ("fr", "Les flammes ont parcouru 3 400 ha de forêt depuis dimanche.",
     {"area burned": 3400}, []),
    ("en", "The tremor was felt 300 km away.", {"distance (feel)": 300}, []),
    ("en", "The blaze has scorched 12,000 hectares.", {"area burned": 12000}, []),
    ("fr", "Un satellite de 2,8 tonnes sera lancé en mai.", {"satellite": 2.8}, []),
    ("en", "A 2.8-tonne satellite will be launched in May.", {"satellite": 2.8}, []),
]


def _check(article_claims: Any, slot: str, lang: str, text: str,
           must: dict[str, float], must_not: list[str]) -> None:
    found = article_claims(text, slot=slot, lang=lang)
    got = {c.subject: nominal(c) for c in found}
    for subject, value in must.items():
        assert subject in got, (text, got)
        assert got[subject] == pytest.approx(value), (text, got)
    for phrase in must_not:
        assert not any(c.quote.strip() == phrase or phrase in c.quote for c in found), (
            text, [(c.subject, c.quote) for c in found])
    # no subject is ever a bare unit symbol
    assert not set(got) & {"t", "km", "ha", "m", "kg", "eur", "usd", "percent"}, (text, got)


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), DURATIONS)
def test_durations_in_running_text(article_claims: Any, lang: str, text: str,
                                   must: dict[str, float], must_not: list[str]) -> None:
    _check(article_claims, "event.duration", lang, text, must, must_not)


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), COUNTS)
def test_figures_in_running_text(article_claims: Any, lang: str, text: str,
                                 must: dict[str, float], must_not: list[str]) -> None:
    _check(article_claims, "quantity", lang, text, must, must_not)


def test_a_deal_over_years_spans_it_does_not_hedge(article_claims: Any) -> None:
    (deal,) = article_claims("The two firms signed a deal over three years.",
                             slot="event.duration", lang="en")
    assert deal.qualifiers.hedge is None
    assert isinstance(deal.value, DurationValue)
    assert deal.value.max_minutes is not None and deal.value.min_minutes is not None
    assert deal.value.min_minutes < 3 * YEAR < deal.value.max_minutes
    (talks,) = article_claims("The talks lasted over three hours.",
                              slot="event.duration", lang="en")
    assert talks.qualifiers.hedge == "over"


def test_physical_units_stay_in_the_value(article_claims: Any) -> None:
    for lang, text in (("en", "The quake struck at a depth of 10 km."),
                       ("fr", "Le séisme s'est produit à une profondeur de 10 km.")):
        (depth,) = article_claims(text, slot="quantity", lang=lang)
        assert isinstance(depth.value, QuantityValue)
        assert (depth.subject, depth.value.unit) == ("depth", "km")


def test_two_owners_are_never_compared(article_claims: Any) -> None:
    text = ("The mission, costing €450 million, was approved. The group also won contracts "
            "worth €450 million.")
    subjects = {c.subject for c in article_claims(text, slot="quantity", lang="en")}
    assert {"mission cost", "contract value"} <= subjects
