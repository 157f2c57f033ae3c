"""What a duration measures and what a figure counts: the subject key of each (the talks,
a session, another event, a service life, a contract, a race and each runner's time, a
deliberation; the dead, the evacuated, a price, a score and not a score during play), the
same key in French and English, units normalised; phrases that are no figure give no claim.

Texts are written for these tests (other events, other wording than the corpus: rocket
launches, wildfires, strikes, banquets, unions...). Each case: language, text, the
(subject, nominal) pairs it must give, and the phrases that must give no claim of that slot.
"""

from __future__ import annotations

from typing import Any

import pytest
from values import nominal

from reconcile.extract.durations import extract_durations
from reconcile.models import Claim, DurationValue, QuantityValue


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


def test_a_length_and_a_count_are_not_compared() -> None:
    from reconcile.models import Claim, QuantityValue

    def figure(n: float, unit: str | None) -> Claim:
        return Claim(id=f"a:{n}", source="a", slot="quantity", subject="residents",
                     value=QuantityValue(min=n, max=n, nominal=n, unit=unit),
                     text=str(n), quote=str(n), start=0, end=1)

    from reconcile.align.compare import compare

    assert compare(figure(5, "km"), figure(12000, None)).compatible  # two things
    # a sum with its currency left out is still that sum
    assert not compare(figure(5, "eur"), figure(12000, None)).compatible
    assert not compare(figure(5, "km"), figure(8, "km")).compatible


def test_decimal_figures_are_precise(body_article: dict[str, Any]) -> None:
    from reconcile.align.compare import compare

    a = claims(body_article, "en", "A magnitude 5.4 earthquake shook the coast.")
    b = claims(body_article, "fr", "Un séisme de magnitude 5,5 a frappé la côte.")
    c = claims(body_article, "fr", "Un séisme de magnitude 5,4 a frappé la côte.")
    assert not compare(a[0], b[0]).compatible
    assert compare(a[0], c[0]).compatible


YEAR = 525600

# by class: what a length belongs to (another event, a service life, a contract, a delay...)
DURATION_CLASSES = [
    # class 1: other events' lengths are their own subject, never the main event's
    ("fr", "Le vol a duré trente-huit minutes avant l'amerrissage.", {"flight": 38}, []),
    ("fr", "Le vol vers la station s'est déroulé sans encombre. Trente-huit minutes.",
     {"flight": 38}, []),
    ("en", "The ascent took about 9 minutes, the agency said.", {"flight": 9}, []),
    ("en", "The probe is designed to operate for at least ten years.",
     {"mission": 10 * YEAR}, []),
    ("fr", "La sonde doit fonctionner pendant au moins dix ans.", {"mission": 10 * YEAR}, []),
    ("en", "The club signed a contract over five years with the goalkeeper.",
     {"contract": 5 * YEAR}, []),
    ("fr", "Le club a signé un contrat sur cinq ans avec le gardien.",
     {"contract": 5 * YEAR}, []),
    ("en", "The launch was delayed by two days because of high winds.",
     {"delay": 2 * 1440}, []),
    ("en", "The talks were delayed by two hours.", {"delay": 120}, []),
    ("en", "The 12-day strike ended on Monday.", {"strike": 12 * 1440}, []),
    ("fr", "Le trafic a repris après onze jours de grève.", {"strike": 11 * 1440}, []),
    ("en", "The summit opened with talks. The state banquet lasted three hours.",
     {"ceremony": 180}, []),
    ("fr", "Les ministres se sont rencontrés. La cérémonie a duré deux heures.",
     {"ceremony": 120}, []),
    ("en", "The envoys negotiated all day. The dinner lasted three hours.", {"dinner": 180}, []),
    ("fr", "Un dîner de travail de deux heures a clos la journée.", {"talks.evening": 120}, []),
    ("fr", "Trois heures plus tard, le vol a décollé.", {}, ["Trois heures"]),
]

# by class: what is counted, its state, figures written other ways, and what is no figure
COUNT_CLASSES = [
    # class 2: one key in both languages
    ("en", "About 200 guests attended the banquet.", {"guests": 200}, []),
    ("fr", "Environ 200 invités ont assisté au banquet.", {"guests": 200}, []),
    ("fr", "Une quinzaine de convives étaient présents.", {"guests": 15}, []),
    ("fr", "L'incendie a parcouru 12 000 hectares.", {"area burned": 12000}, []),
    ("en", "The blaze has scorched 12,000 hectares.", {"area burned": 12000}, []),
    ("fr", "Plus de 900 pompiers sont mobilisés.", {"firefighters": 900}, []),
    ("en", "More than 900 firefighters were deployed.", {"firefighters": 900}, []),
    ("fr", "La commune compte 4 500 habitants.", {"residents": 4500}, []),
    ("en", "The town has 4,500 residents.", {"residents": 4500}, []),
    # class 3: the state of the counted things is part of the subject
    ("en", "Eleven firefighters were injured overnight.", {"firefighters injured": 11}, []),
    ("fr", "Onze pompiers ont été blessés dans la nuit.", {"firefighters injured": 11}, []),
    # class 4: figures written other ways
    ("en", "The rocket carried a 2.8-tonne satellite.", {"satellite": 2.8}, []),
    ("fr", "La fusée emportait un satellite de 2,8 tonnes.", {"satellite": 2.8}, []),
    ("en", "Flames advanced along a 12-km front.", {"front": 12}, []),
    ("fr", "Les flammes avancent sur un front de 12 kilomètres.", {"front": 12}, []),
    ("en", "The buyer agreed to pay €450 million.", {"price": 450e6}, []),
    ("en", "The deal is worth 4.5 billion euros.", {"price": 4.5e9}, []),
    ("fr", "Le syndicat réclame une hausse de 14,5 % des salaires.", {"pay rise": 14.5}, []),
    ("en", "The union wants a 20 per cent raise.", {"pay rise": 20}, []),
    ("fr", "Le syndicat revendique 32 000 membres.", {"members": 32000}, []),
    ("en", "Two dozen guests attended the ceremony.", {"guests": 24}, []),
    # class 5: not figures
    ("fr", "Les secours ont mené des milliers d'interventions.", {}, ["des milliers"]),
    ("en", "Crews answered thousands of calls overnight.", {}, ["thousands"]),
    ("en", "The two countries signed the accord in Oslo.", {}, ["two countries"]),
    ("fr", "Les deux pays ont signé l'accord à Oslo.", {}, ["deux pays"]),
]


def _check_classes(body_article: dict[str, Any], slot: str, lang: str, text: str,
           must: dict[str, float], must_not: list[str]) -> None:
    found = [c for c in claims(body_article, lang, text) if c.slot == slot]
    got = {c.subject: nominal(c) for c in found}
    for subject, value in must.items():
        assert subject in got, (text, got)
        assert got[subject] == pytest.approx(value), (text, got)
    for phrase in must_not:
        hits = [c for c in found if phrase in text[c.start : c.end]]
        assert not hits, (text, phrase, got)


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), DURATION_CLASSES)
def test_what_a_duration_measures(body_article: dict[str, Any], lang: str, text: str,
                                  must: dict[str, float], must_not: list[str]) -> None:
    _check_classes(body_article, "event.duration", lang, text, must, must_not)
    found = {c.subject for c in claims(body_article, lang, text) if c.slot == "event.duration"}
    if must:
        assert not {"talks", "event"} & found - set(must), (text, found)


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), COUNT_CLASSES)
def test_what_a_figure_counts(body_article: dict[str, Any], lang: str, text: str,
                              must: dict[str, float], must_not: list[str]) -> None:
    _check_classes(body_article, "quantity", lang, text, must, must_not)


def test_units_are_normalised(body_article: dict[str, Any]) -> None:
    units = {
        c.value.unit
        for lang, text in (("fr", "Le feu a parcouru 300 hectares."),
                           ("en", "The fire burned 300 hectares."))
        for c in claims(body_article, lang, text)
        if isinstance(c.value, QuantityValue)
    }
    assert units == {"ha"}
    pct = {
        c.value.unit
        for lang, text in (("fr", "Une hausse de 20 pour cent des salaires."),
                           ("en", "A 20 per cent pay rise."), ("en", "A 20% pay rise."))
        for c in claims(body_article, lang, text)
        if isinstance(c.value, QuantityValue)
    }
    assert pct == {"percent"}


@pytest.mark.parametrize(
    ("lang", "text", "final", "in_play"),
    [
        ("fr", "La joueuse, menée à 6-5 dans le troisième set, a finalement remporté la finale "
         "6-4, 3-6, 7-5.", "6-4 3-6 7-5", "6-5"),
        ("en", "Rovers led 2-0 at half-time but City won the match 3-2 after a late goal.",
         "3-2", "2-0"),
        ("en", "At 6-5 in the deciding set she saved a match point, and won the final "
         "7-5.", "7-5", "6-5"),
        ("fr", "Le club, qui menait 1-0 à la pause, s'est imposé 3-1 en finale.", "3-1", "1-0"),
    ],
)
def test_a_score_during_play_is_not_the_result(
    body_article: Any, lang: str, text: str, final: str, in_play: str
) -> None:
    units = [c.value.unit for c in claims(body_article, lang, text)
             if isinstance(c.value, QuantityValue) and c.subject == "score"]
    assert f"score {final}" in units
    assert f"score {in_play}" not in units


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Elle a remporté la finale 6-3, 4-6, 7-6 (8-6) après trois heures de match."),
        ("en", "She won the final 6-3, 4-6, 7-6 (6) in just under three hours."),
        ("en", "He beat the top seed 6-3 4-6 7-6 on Sunday."),
    ],
)
def test_a_match_in_sets_is_one_score(body_article: Any, lang: str, text: str) -> None:
    units = [c.value.unit for c in claims(body_article, lang, text)
             if isinstance(c.value, QuantityValue) and c.subject == "score"]
    assert units == ["score 6-3 4-6 7-6"]


@pytest.mark.parametrize(
    ("lang", "text", "subject", "minutes"),
    [
        ("en", "Kamau won the marathon in 2:07:32, ahead of two team-mates.", "race", 127.53),
        ("fr", "La Kényane a bouclé la course en 2:24:10 sous la pluie.", "race", 144.17),
        ("en", "The jury deliberated for nearly seven hours before the verdict.", "deliberation",
         420),
        ("fr", "Après près de sept heures de délibéré, la cour a rendu son verdict.",
         "deliberation", 420),
    ],
)
def test_times_taken_and_deliberations(
    body_article: Any, lang: str, text: str, subject: str, minutes: float
) -> None:
    got = [(c.subject, round(float(nominal(c) or 0), 2)) for c in claims(body_article, lang, text)
           if isinstance(c.value, DurationValue)]
    assert got == [(subject, minutes)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Runners who missed the cut-off had to stop after six hours."),
        ("fr", "Le marathon de négociations a duré six heures."),
    ],
)
def test_no_negotiations_in_a_race_and_no_race_in_negotiations(
    body_article: Any, lang: str, text: str
) -> None:
    subjects = [c.subject for c in claims(body_article, lang, text)
                if isinstance(c.value, DurationValue)]
    assert "job cuts period" not in subjects
    assert "race" not in subjects or lang == "en"


def test_each_runners_time_is_their_own(body_article: Any) -> None:
    got = sorted(c.subject for c in claims(
        body_article, "en",
        "Joseph Kamau won the race in 2:07:32. Peter Novak finished second in 2:11:05.",
    ) if isinstance(c.value, DurationValue))
    assert got == ["race · kamau", "race · novak"]


def test_one_passing_talk_word_does_not_make_the_story_about_talks(body_article: Any) -> None:
    got = [c.subject for c in claims(
        body_article, "fr",
        "Le cyclone a frappé l'île dans la nuit. Une réunion de crise s'est tenue à la "
        "préfecture. Les rafales ont soufflé près de quatre heures sur le littoral.",
    ) if isinstance(c.value, DurationValue)]
    assert got == ["event"]
