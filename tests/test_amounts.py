"""``reconcile.extract.amounts``: hedged durations and counts in French and English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.extract.amounts import HEDGE_CLASSES, Amount, find_amounts, interval
from reconcile.extract.amounts.vocabulary import Vocabulary, vocabulary
from reconcile.settings import HedgeBands

BANDS = HedgeBands()


def only(text: str, lang: str, phrase: str) -> Amount:
    """The one amount whose span is exactly ``phrase`` in ``text``."""
    found = [a for a in find_amounts(text, lang) if text[a.start : a.end] == phrase]
    assert len(found) == 1, (phrase, [(text[a.start : a.end], a) for a in find_amounts(text, lang)])
    return found[0]


# lang, sentence, the whole phrase, kind, nominal (minutes for durations), hedge class, unit
MUST_FIND = [
    # --- French durations
    ("fr", "Les pourparlers ont duré près de trois heures.", "près de trois heures",
     "duration", 180, "near", "minutes"),
    ("fr", "L'entretien a duré un peu plus de trois heures.", "un peu plus de trois heures",
     "duration", 180, "over", "minutes"),
    ("fr", "Le conseil a siégé deux heures et demie sans pause.", "deux heures et demie",
     "duration", 150, None, "minutes"),
    ("fr", "Il a fallu trois quarts d'heure pour évacuer la salle.", "trois quarts d'heure",
     "duration", 45, None, "minutes"),
    ("fr", "Le trajet prend une heure et quart en car.", "une heure et quart",
     "duration", 75, None, "minutes"),
    ("fr", "La finale s'est jouée en 2h45 de match.", "2h45", "duration", 165, None, "minutes"),
    ("fr", "Le débat a été coupé après 2 h 30 d'antenne.", "2 h 30",
     "duration", 150, None, "minutes"),
    ("fr", "Une audition de 90 minutes devant la commission.", "90 minutes",
     "duration", 90, None, "minutes"),
    ("fr", "Ils ont marché trois heures pleines sous la pluie.", "trois heures pleines",
     "duration", 180, "full", "minutes"),
    ("fr", "Comptez trois bonnes heures de route.", "trois bonnes heures",
     "duration", 180, "full", "minutes"),
    ("fr", "L'orage a duré à peine vingt minutes.", "à peine vingt minutes",
     "duration", 20, "barely", "minutes"),
    ("fr", "La séance a duré environ quarante-cinq minutes.", "environ quarante-cinq minutes",
     "duration", 45, "about", "minutes"),
    ("fr", "Le vol a duré plus d'une heure.", "plus d'une heure",
     "duration", 60, "more_than", "minutes"),
    ("fr", "La coupure a duré un peu moins de deux heures.", "un peu moins de deux heures",
     "duration", 120, "near", "minutes"),
    ("fr", "Le juré a délibéré une demi-heure.", "une demi-heure", "duration", 30, None, "minutes"),
    ("fr", "Le siège dure depuis deux heures.", "deux heures", "duration", 120, None, "minutes"),
    ("fr", "La réunion a duré deux heures et quinze minutes.", "deux heures et quinze minutes",
     "duration", 135, None, "minutes"),
    ("fr", "Une grève de trois jours au moins.", "trois jours au moins",
     "duration", 3 * 1440, "at_least", "minutes"),
    # --- French counts
    ("fr", "Le stade a accueilli 78 000 spectateurs.", "78 000 spectateurs",
     "count", 78000, None, "spectateurs"),
    ("fr", "Près de 1 500 manifestants ont défilé.", "Près de 1 500 manifestants",
     "count", 1500, "near", "manifestants"),
    ("fr", "La région compte 1,5 million d'habitants.", "1,5 million d'habitants",
     "count", 1_500_000, None, "habitants"),
    ("fr", "Deux ministres de chaque camp étaient présents.", "Deux ministres",
     "count", 2, None, "ministres"),
    ("fr", "Une douzaine de pompiers sont intervenus.", "Une douzaine de pompiers",
     "count", 12, "rough", "pompiers"),
    ("fr", "une quarantaine de villages ont été évacués", "une quarantaine de villages",
     "count", 40, "rough", "villages"),
    ("fr", "Une centaine de familles attendent.", "Une centaine de familles",
     "count", 100, "rough", "familles"),
    ("fr", "Pas moins de 300 gendarmes ont été mobilisés.", "Pas moins de 300 gendarmes",
     "count", 300, "at_least", "gendarmes"),
    ("fr", "Au moins soixante-quinze blessés.", "Au moins soixante-quinze blessés",
     "count", 75, "at_least", "blessés"),
    ("fr", "Quelque 3 000 bénévoles se sont inscrits.", "Quelque 3 000 bénévoles",
     "count", 3000, "about", "bénévoles"),
    ("fr", "Le taux atteint 12,5 % cette année.", "12,5 %", "count", 12.5, None, "%"),
    ("fr", "Moins de vingt et un candidats restent.", "Moins de vingt et un candidats",
     "count", 21, "less_than", "candidats"),
    # --- English durations
    ("en", "The hearing lasted nearly three hours.", "nearly three hours",
     "duration", 180, "near", "minutes"),
    ("en", "They spoke for about 2½ hours.", "about 2½ hours", "duration", 150, "about", "minutes"),
    ("en", "The vote took a little over three hours.", "a little over three hours",
     "duration", 180, "over", "minutes"),
    ("en", "a two-and-a-half-hour flight", "two-and-a-half-hour",
     "duration", 150, None, "minutes"),
    ("en", "after 2 1/2 hours of questioning", "2 1/2 hours", "duration", 150, None, "minutes"),
    ("en", "The drive is 2.5 hours each way.", "2.5 hours", "duration", 150, None, "minutes"),
    ("en", "The jury deliberated for an hour and a half.", "an hour and a half",
     "duration", 90, None, "minutes"),
    ("en", "Wait half an hour, then swim.", "half an hour",
     "duration", 30, None, "minutes"),
    ("en", "They held a 90-minute meeting.", "90-minute", "duration", 90, None, "minutes"),
    ("en", "The outage lasted just over 40 minutes.", "just over 40 minutes",
     "duration", 40, "over", "minutes"),
    ("en", "It took roughly twenty minutes.", "roughly twenty minutes",
     "duration", 20, "about", "minutes"),
    ("en", "They stayed less than an hour.", "less than an hour",
     "duration", 60, "less_than", "minutes"),
    ("en", "The storm raged for a full three hours.", "a full three hours",
     "duration", 180, "full", "minutes"),
    ("en", "Queues of two hours or so formed.", "two hours or so",
     "duration", 120, "about", "minutes"),
    ("en", "a set of 2h45 at the festival", "2h45", "duration", 165, None, "minutes"),
    ("en", "The session ran three hours and 12 minutes.", "three hours and 12 minutes",
     "duration", 192, None, "minutes"),
    ("en", "The fire burned for up to two days.", "up to two days",
     "duration", 2 * 1440, "at_most", "minutes"),
    # --- English counts
    ("en", "Police said 1,200 protesters gathered.", "1,200 protesters",
     "count", 1200, None, "protesters"),
    ("en", "The city has 1.5 million residents.", "1.5 million residents",
     "count", 1_500_000, None, "residents"),
    ("en", "Seventy-five delegates voted.", "Seventy-five delegates",
     "count", 75, None, "delegates"),
    ("en", "At least 12 dead after the landslide.", "At least 12 dead",
     "count", 12, "at_least", "dead"),
    ("en", "Two dozen guests attended.", "Two dozen guests", "count", 24, None, "guests"),
    ("fr", "Deux douzaines de bateaux ont quitté le port.", "Deux douzaines de bateaux",
     "count", 24, None, "bateaux"),
    ("en", "It carried a 2.8-tonne satellite.", "2.8-tonne", "count", 2.8, None, "tonne"),
    ("en", "Fire crews held a 12-km line.", "12-km", "count", 12, None, "km"),
    ("fr", "Le vol a duré 38 minutes avant l'amerrissage.", "38 minutes",
     "duration", 38, None, "minutes"),
    ("en", "The ascent lasted nine minutes before the engines cut out.", "nine minutes",
     "duration", 9, None, "minutes"),
    ("en", "The launch was delayed by two hours.", "two hours", "duration", 120, None, "minutes"),
    ("en", "A dozen officials resigned.", "A dozen officials", "count", 12, "rough", "officials"),
    ("en", "Some 3,000 troops were deployed.", "Some 3,000 troops",
     "count", 3000, "about", "troops"),
    ("en", "Almost 40 percent of voters abstained.", "Almost 40 percent",
     "count", 40, "near", "%"),
    ("en", "Fewer than 500 tickets remain.", "Fewer than 500 tickets",
     "count", 500, "less_than", "tickets"),
    ("en", "More than a million people signed.", "More than a million people",
     "count", 1_000_000, "more_than", "people"),
    ("en", "There were barely 30 seats left.", "barely 30 seats",
     "count", 30, "barely", "seats"),
    ("en", "Several hundred tractors blocked the road.", "Several hundred tractors",
     "count", 200, "at_least", "tractors"),
    ("en", "The tremor lasted about 30 seconds.", "about 30 seconds",
     "duration", 0.5, "about", "minutes"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "kind", "nominal", "hedge_class", "unit"),
                         MUST_FIND)  # fmt: skip
def test_must_find(
    lang: str, text: str, phrase: str, kind: str, nominal: float, hedge_class: str | None,
    unit: str | None,
) -> None:  # fmt: skip
    amount = only(text, lang, phrase)
    assert (amount.kind, amount.hedge_class, amount.unit) == (kind, hedge_class, unit)
    assert amount.nominal == pytest.approx(nominal)
    assert text[amount.start : amount.end] == phrase
    if amount.hedge is not None:
        assert amount.hedge in phrase
    if amount.unit_start is not None and amount.unit_end is not None:
        assert amount.start <= amount.unit_start < amount.unit_end <= amount.end
    if kind == "count" and unit is not None and unit != "%":
        assert text[amount.unit_start : amount.unit_end] == unit


# lang, sentence, a phrase in it, the kind that must not be found there ("any": nothing at all)
MUST_NOT_FIND = [
    # vague plurals: an order of magnitude, not a figure to compare
    ("en", "Dozens of reporters waited outside.", "Dozens", "count"),
    ("en", "Rescuers answered thousands of calls.", "thousands", "count"),
    ("fr", "Les pompiers ont mené des milliers d'interventions.", "des milliers", "count"),
    ("fr", "Des centaines de curieux se sont massés sur la plage.", "Des centaines", "count"),
    # "before"/"after" is an offset, unless a verb of lasting comes first
    ("en", "Two hours before the vote, the hall was empty.", "Two hours", "duration"),
    ("fr", "Le sommet s'ouvrira à trois heures.", "trois heures", "duration"),
    ("fr", "Rendez-vous à 15 h 30 devant la mairie.", "15 h 30", "any"),
    ("fr", "Les délégations sont arrivées vers 14 heures.", "14 heures", "any"),
    ("fr", "L'explosion a eu lieu il y a trois heures.", "trois heures", "any"),
    ("fr", "Le train part dans deux heures.", "deux heures", "any"),
    ("fr", "Deux heures plus tard, tout était fini.", "Deux heures", "any"),
    ("fr", "La loi votée en 2018 reste en vigueur.", "2018", "any"),
    ("fr", "La rencontre a eu lieu le 15 août.", "15", "any"),
    ("fr", "C'est le 1er mai.", "1er", "any"),
    ("fr", "Elle a terminé à la troisième place.", "troisième", "any"),
    ("fr", "Une voiture noire attendait.", "Une", "any"),
    ("fr", "La séance reprendra à 9 heures du matin.", "9 heures", "any"),
    ("fr", "Le décret du 15/08/2025 est paru.", "15/08/2025", "any"),
    ("fr", "Ils se sont vus vendredi 15 au soir.", "15", "any"),
    ("en", "The summit opens at 11:26 a.m. local time.", "11:26", "any"),
    ("en", "Talks resume at 3 p.m. on Friday.", "3 p.m.", "any"),
    ("en", "The blast happened three hours ago.", "three hours", "any"),
    ("en", "Two hours later the road reopened.", "Two hours", "any"),
    ("en", "The law passed in 2018.", "2018", "any"),
    ("en", "It happened on August 15.", "15", "any"),
    ("en", "The 21st century began.", "21st", "any"),
    ("en", "A car pulled up and an aide got out.", "A car", "any"),
    ("en", "No one answered the door.", "one", "any"),
    ("en", "Doors open at 7 o'clock.", "7", "any"),
    ("en", "The market closes at 16 hours GMT.", "16 hours", "any"),
    ("en", "We will meet until 5 tomorrow.", "5", "any"),
    ("en", "They held a one-on-one meeting.", "one-on-one", "any"),
    ("en", "The score was 2-1 at half-time.", "2-1", "any"),
    ("en", "A second round is planned.", "second", "duration"),
    ("fr", "Une seconde réunion est prévue.", "seconde", "duration"),
    ("fr", "La finale, le 2025-05-30, à Marseille.", "2025-05-30", "any"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "kind"), MUST_NOT_FIND)
def test_must_not_find(lang: str, text: str, phrase: str, kind: str) -> None:
    start = text.index(phrase)
    end = start + len(phrase)
    hits = [
        a
        for a in find_amounts(text, lang)
        if a.start < end and start < a.end and (kind == "any" or a.kind == kind)
    ]
    assert hits == []


def test_duration_cue_overrides_clock_cue() -> None:
    # "à deux heures de route" is a distance in time, not a clock time
    text = "Le village est à deux heures de route."
    assert only(text, "fr", "deux heures").nominal == 120
    assert only("They talked for 14 hours.", "en", "14 hours").nominal == 14 * 60


def test_several_amounts_in_order() -> None:
    text = (
        "Selon Reuters, les deux présidents ont parlé près de trois heures, dont 40 minutes "
        "en tête-à-tête, devant 300 journalistes."
    )
    found = [(text[a.start : a.end], a.kind) for a in find_amounts(text, "fr")]
    assert found == [
        ("deux présidents", "count"),
        ("près de trois heures", "duration"),
        ("40 minutes", "duration"),
        ("300 journalistes", "count"),
    ]


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="language"):
        find_amounts("drei Stunden", "de")


# --------------------------------------------------------------------------- SPEC intervals


def span(text: str, lang: str) -> tuple[float | None, float | None]:
    (amount,) = find_amounts(text, lang)
    return amount.low, amount.high


def overlap(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    lo_a, hi_a = a[0] or 0.0, a[1] if a[1] is not None else float("inf")
    lo_b, hi_b = b[0] or 0.0, b[1] if b[1] is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


def test_spec_pres_de_and_un_peu_plus_de_are_disjoint() -> None:
    under = span("près de trois heures", "fr")
    above = span("un peu plus de trois heures", "fr")
    assert under[1] is not None and under[1] < 180
    assert above[0] is not None and above[0] > 180
    assert not overlap(under, above)


def test_spec_about_two_and_a_half_and_nearly_three_are_disjoint() -> None:
    assert not overlap(span("about 2½ hours", "en"), span("nearly three hours", "en"))


def test_spec_bare_and_about_overlap() -> None:
    assert overlap(span("three hours", "en"), span("about three hours", "en"))
    assert overlap(span("trois heures", "fr"), span("environ trois heures", "fr"))


def test_bare_figure_gets_bare_band() -> None:
    assert span("deux ministres", "fr") == pytest.approx((2 * 0.95, 2 * 1.05))


def test_strict_bounds_one_step_inside() -> None:
    assert span("nearly three hours", "en")[1] == 179
    assert span("just over three hours", "en")[0] == 181
    assert span("more than three hours", "en") == (181, None)
    assert span("au moins trois heures", "fr") == (180, None)


def test_more_than_factor_closes_open_bounds() -> None:
    bands = HedgeBands(more_than_factor=2.0)
    assert interval(180, "more_than", bands) == (181, 360)
    assert interval(180, "at_least", bands) == (180, 360)


def test_unknown_hedge_class() -> None:
    with pytest.raises(ValueError, match="hedge class"):
        interval(10, "roughly", BANDS)


def test_every_hedge_class_in_the_data_is_known() -> None:
    for lang in ("fr", "en"):
        words = vocabulary(lang)
        classes = {*words.hedges_before.values(), *words.hedges_after.values()}
        classes |= {*words.hedges_inside.values(), *(c for _, c in words.approx.values())}
        assert classes <= set(HEDGE_CLASSES), lang


def test_a_misspelt_or_unknown_entry_in_the_vocabulary_is_an_error() -> None:
    """The data file is validated on load: a misspelt key or a hedge of no known class
    fails, it does not become an empty list."""
    good = vocabulary("en").model_dump()
    with pytest.raises(ValueError, match="hedges_befor"):
        Vocabulary.model_validate({**good, "hedges_befor": {"nearly": "near"}})
    with pytest.raises(ValueError, match="hedges_before"):
        Vocabulary.model_validate({**good, "hedges_before": {"nearly": "close"}})
    assert Vocabulary.model_validate({**good, "months": "may june"}).months == ("may", "june")


# --------------------------------------------------------------------------- properties

figures = st.floats(min_value=0.5, max_value=1e7, allow_nan=False, allow_infinity=False)


@given(figures, st.sampled_from([None, *HEDGE_CLASSES]))
def test_interval_is_ordered_and_placed(x: float, cls: str | None) -> None:
    low, high = interval(x, cls, BANDS)
    if low is not None and high is not None:
        assert low <= high
    if cls in ("near", "less_than"):
        assert high is not None and high < x
    elif cls in ("over", "more_than"):
        assert low is not None and low > x
    else:
        assert (low is None or low <= x) and (high is None or x <= high)


@given(figures)
def test_hedge_classes_keep_their_order(x: float) -> None:
    def iv(cls: str | None) -> tuple[float, float]:
        low, high = interval(x, cls, BANDS)
        return (low if low is not None else 0.0), (high if high is not None else float("inf"))

    rough = iv("rough")
    assert rough[0] < iv("about")[0] and iv("about")[1] < rough[1]  # « une vingtaine » is wider
    near, over, about = iv("near"), iv("over"), iv("about")
    assert near[1] < x < over[0]  # under and over the figure never meet
    assert about[0] <= near[1] and over[0] <= about[1]  # "about" reaches both sides
    assert iv("less_than")[1] == near[1] and iv("more_than")[0] == over[0]
    assert iv("at_most")[1] == x == iv("at_least")[0]


FR_HEDGES = sorted(vocabulary("fr").hedges_before.items())
EN_HEDGES = sorted(vocabulary("en").hedges_before.items())


@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(FR_HEDGES))
def test_any_french_hedged_count_is_found(n: int, hedge: tuple[str, str]) -> None:
    written = f"{n:,}".replace(",", "\u00a0")
    text = f"Hier, {hedge[0]} {written} personnes sont venues."
    (amount,) = find_amounts(text, "fr")
    assert (amount.nominal, amount.hedge_class, amount.unit) == (n, hedge[1], "personnes")
    assert text[amount.start : amount.end] == f"{hedge[0]} {written} personnes"


@given(st.integers(min_value=2, max_value=500), st.sampled_from(EN_HEDGES))
def test_any_english_hedged_duration_is_found(n: int, hedge: tuple[str, str]) -> None:
    text = f"The talks lasted {hedge[0]} {n} minutes, officials said."
    (amount,) = find_amounts(text, "en")
    assert (amount.kind, amount.nominal, amount.hedge_class) == ("duration", n, hedge[1])
    assert amount.hedge is not None and amount.hedge.lower() == hedge[0]


@given(st.text(max_size=200), st.sampled_from(["fr", "en"]))
def test_never_crashes_and_spans_are_sound(text: str, lang: str) -> None:
    previous_end = 0
    for amount in find_amounts(text, lang):
        assert previous_end <= amount.start < amount.end <= len(text)
        previous_end = amount.end
        assert amount.low is None or amount.high is None or amount.low <= amount.high
