"""Date mentions: explicit and relative dates in French and English."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from reconcile.extract.dates import DateMention, Tense, find_dates, resolve_weekday

FRI = dt.date(2025, 8, 15)  # a Friday
SAT = dt.date(2025, 8, 16)
SUN = dt.date(2025, 8, 17)
MON = dt.date(2025, 8, 18)


def tense(value: Tense | None) -> Callable[[int], Tense | None]:
    return lambda _offset: value


def spans(text: str, lang: str, published: dt.date | None = FRI) -> list[str]:
    return [text[m.start : m.end] for m in find_dates(text, lang, published)]


def only(
    text: str,
    lang: str,
    published: dt.date | None = FRI,
    tense_at: Callable[[int], Tense | None] | None = None,
) -> DateMention:
    tense_at = tense_at or tense(None)
    found = find_dates(text, lang, published, tense_at)
    assert len(found) == 1, [(text[m.start : m.end], m) for m in found]
    mention = found[0]
    assert text[mention.start : mention.end] == text[mention.start : mention.end].strip()
    return mention


def quote(text: str, mention: DateMention) -> str:
    return text[mention.start : mention.end]


# --------------------------------------------------------------------------- explicit

EXPLICIT = [
    # (lang, text, published, span, date, weekday)
    (
        "fr",
        "Ils se sont vus le 15 août 2025 à Anchorage.",
        None,
        "15 août 2025",
        "2025-08-15",
        None,
    ),
    ("fr", "Rendez-vous samedi 16 août.", SAT, "samedi 16 août", "2025-08-16", "saturday"),
    ("fr", "La trêve court depuis le 1er mars.", FRI, "1er mars", "2025-03-01", None),
    ("fr", "Signé le 3 janv. 2024 à Genève.", FRI, "3 janv. 2024", "2024-01-03", None),
    ("fr", "Un accord daté du 12 févr. dernier.", FRI, "12 févr.", "2025-02-12", None),
    (
        "fr",
        "Le Vendredi 15 Août 2025, le sommet.",
        None,
        "Vendredi 15 Août 2025",
        "2025-08-15",
        "friday",
    ),
    ("fr", "Il arrive le 2 aout.", FRI, "2 aout", "2025-08-02", None),
    ("fr", "Publié le 15/08/2025.", None, "15/08/2025", "2025-08-15", None),
    (
        "en",
        "The summit took place on August 15, 2025.",
        None,
        "on August 15, 2025",
        "2025-08-15",
        None,
    ),
    ("en", "They met on 15 August in Alaska.", FRI, "on 15 August", "2025-08-15", None),
    ("en", "The call came on Aug. 15.", FRI, "on Aug. 15", "2025-08-15", None),
    ("en", "A vote is planned on March 9.", FRI, "on March 9", "2025-03-09", None),
    ("en", "Filed 2025-08-15 by our correspondent.", None, "2025-08-15", "2025-08-15", None),
    ("en", "It was signed on the 4th of July, 2024.", FRI, "4th of July, 2024", "2024-07-04", None),
    ("en", "Talks on Friday, Aug. 15 ran long.", SUN, "on Friday, Aug. 15", "2025-08-15", "friday"),
    ("en", "Posted 08/15/2025 at noon.", None, "08/15/2025", "2025-08-15", None),
]


@pytest.mark.parametrize(("lang", "text", "published", "span", "day", "weekday"), EXPLICIT)
def test_explicit_dates(
    lang: str, text: str, published: dt.date | None, span: str, day: str, weekday: str | None
) -> None:
    mention = only(text, lang, published)
    assert quote(text, mention) == span
    assert mention.date == dt.date.fromisoformat(day)
    assert mention.precision == "day"
    assert mention.weekday == weekday
    assert mention.relative is False


def test_explicit_with_year_anchor_is_explicit() -> None:
    assert only("le 15 août 2025", "fr", FRI).anchor == "explicit"


def test_day_month_without_year_takes_the_nearest_year() -> None:
    # an article of 3 January speaking of 28 December means the December just gone
    mention = only("Le cessez-le-feu du 28 décembre a tenu.", "fr", dt.date(2025, 1, 3))
    assert mention.date == dt.date(2024, 12, 28)
    assert mention.anchor is not None and "publication date 2025-01-03" in mention.anchor


def test_day_month_without_year_stays_in_the_publication_year_otherwise() -> None:
    # 12 February is 184 days before 15 August and 181 after: still this year's
    assert only("le 12 février", "fr", FRI).date == dt.date(2025, 2, 12)
    assert only("on January 3", "en", dt.date(2025, 12, 29)).date == dt.date(2026, 1, 3)
    december = only("in December", "en", dt.date(2025, 1, 10))
    assert (december.date, december.precision) == (dt.date(2024, 12, 1), "month")


def test_day_month_without_year_nor_publication_date_stays_unresolved() -> None:
    text = "Rendez-vous le 16 août."
    mention = only(text, "fr", None)
    assert mention.date is None
    assert mention.anchor == "no publication date: year unknown (--08-16)"


@pytest.mark.parametrize(
    ("lang", "text", "run_date", "day"),
    [
        # 16 August is a Saturday in 2025, before that in 2014
        ("fr", "Rendez-vous samedi 16 août.", dt.date(2026, 11, 22), "2025-08-16"),
        ("fr", "Rendez-vous samedi 16 août.", dt.date(2025, 8, 15), "2014-08-16"),
        ("en", "They met on Tuesday, April 21.", dt.date(2026, 11, 22), "2026-04-21"),
        ("en", "They met on Wednesday 3 June.", dt.date(2026, 7, 1), "2026-06-03"),
    ],
)
def test_written_weekday_gives_the_year_without_publication_date(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str, run_date: dt.date, day: str
) -> None:
    import reconcile.extract.dates.resolve as dates

    monkeypatch.setattr(dates, "today", lambda: run_date)
    mention = only(text, lang, None)
    assert mention.date == dt.date.fromisoformat(day)
    assert mention.anchor is not None and "written weekday" in mention.anchor


def test_written_weekday_that_never_matches_stays_unresolved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reconcile.extract.dates.resolve as dates

    monkeypatch.setattr(dates, "today", lambda: dt.date(2030, 1, 1))
    # 29 February is a Monday in 2016 and 2044: neither in the twelve years looked at
    mention = only("lundi 29 février", "fr", None)
    assert mention.date is None


def test_written_weekday_is_kept_not_used_to_move_the_date() -> None:
    # 16 August 2025 is a Saturday: the source's « vendredi » is kept as written, flagged
    mention = only("Ce vendredi 16 août 2025, rien.", "fr", None)
    assert mention.date == dt.date(2025, 8, 16)
    assert mention.weekday == "friday"
    assert mention.anchor is not None and "does not match" in mention.anchor


def test_impossible_day_is_not_a_date() -> None:
    assert spans("le 31 juin 2025 et le 30 février", "fr") == []


def test_ambiguous_us_numeric_date_is_flagged() -> None:
    mention = only("Posted 03/04/2025.", "en", None)
    assert mention.date == dt.date(2025, 3, 4)
    assert mention.anchor is not None and "ambiguous" in mention.anchor


def test_month_and_year_mentions() -> None:
    text = "Prévu en mars, puis fin juillet 2024, et depuis 2018."
    found = find_dates(text, "fr", FRI)
    assert [(quote(text, m), m.precision, m.date) for m in found] == [
        ("mars", "month", dt.date(2025, 3, 1)),
        ("juillet 2024", "month", dt.date(2024, 7, 1)),
        ("2018", "year", dt.date(2018, 1, 1)),
    ]


def test_english_month_words_that_are_also_verbs() -> None:
    assert spans("They may march on 5 May, in May 2024.", "en") == ["on 5 May", "May 2024"]
    assert spans("the march 9 protesters may 5 times", "en") == []


# --------------------------------------------------------------------------- relative


def test_ce_vendredi_on_a_friday_is_that_friday() -> None:
    text = "Les présidents se sont retrouvés ce vendredi à Anchorage."
    tenses: list[Tense | None] = ["past", "present", "future", None]
    for t in tenses:
        mention = only(text, "fr", FRI, tense(t))
        assert quote(text, mention) == "ce vendredi"
        assert mention.date == FRI
        assert mention.weekday == "friday"
        assert mention.relative is True
        assert mention.anchor is not None
        assert mention.anchor.startswith("publication date 2025-08-15")


def test_on_friday_published_sunday_past_tense() -> None:
    text = "The two leaders met on Friday in Alaska."
    mention = only(text, "en", SUN, tense("past"))
    assert quote(text, mention) == "on Friday"
    assert mention.date == dt.date(2025, 8, 15)


def test_on_friday_published_sunday_future_tense() -> None:
    mention = only("The two leaders will meet on Friday.", "en", SUN, tense("future"))
    assert mention.date == dt.date(2025, 8, 22)


def test_weekday_without_tense_is_the_nearest_one() -> None:
    assert only("Friday", "en", SUN).date == dt.date(2025, 8, 15)  # two days back
    assert only("Tuesday", "en", SUN).date == dt.date(2025, 8, 19)  # two days ahead
    assert only("dimanche", "fr", MON).date == dt.date(2025, 8, 17)  # the day before


@pytest.mark.parametrize(
    ("lang", "text", "span", "published", "day"),
    [
        ("fr", "Le séisme a secoué samedi soir le sud du pays.", "samedi soir", SUN, "2025-08-16"),
        (
            "fr",
            "Arrivé vendredi soir dernier, il est reparti.",
            "vendredi soir dernier",
            MON,
            "2025-08-15",
        ),
        (
            "en",
            "The quake struck late on Saturday, killing dozens.",
            "late on Saturday",
            SUN,
            "2025-08-16",
        ),
        (
            "en",
            "Hospitals were overwhelmed by Sunday morning.",
            "Sunday morning",
            SUN,
            "2025-08-17",
        ),
        ("en", "They flew home on Sunday afternoon.", "on Sunday afternoon", MON, "2025-08-17"),
    ],
)
def test_weekday_with_part_of_day(
    lang: str, text: str, span: str, published: dt.date, day: str
) -> None:
    mention = only(text, lang, published, tense("past"))
    assert quote(text, mention) == span
    assert mention.date == dt.date.fromisoformat(day)


def test_weekday_without_publication_date() -> None:
    mention = only("Ils se sont vus ce vendredi.", "fr", None, tense("past"))
    assert mention.date is None
    assert mention.weekday == "friday"
    assert mention.anchor == "no publication date: weekday only"
    assert mention.relative is True


@pytest.mark.parametrize(
    ("lang", "text", "published", "day"),
    [
        ("fr", "vendredi dernier", FRI, "2025-08-08"),
        ("fr", "vendredi passé", SUN, "2025-08-15"),
        ("fr", "vendredi prochain", FRI, "2025-08-22"),
        ("en", "last Friday", SUN, "2025-08-15"),
        ("en", "next Friday", MON, "2025-08-22"),
        ("en", "next Monday", MON, "2025-08-25"),
    ],
)
def test_last_and_next_weekday(lang: str, text: str, published: dt.date, day: str) -> None:
    mention = only(text, lang, published, tense("past"))
    assert quote(text, mention) == text
    assert mention.date == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("lang", "text", "offset"),
    [
        ("fr", "hier", -1),
        ("fr", "aujourd’hui", 0),
        ("fr", "demain", 1),
        ("fr", "avant-hier", -2),
        ("fr", "hier soir", -1),
        ("en", "yesterday", -1),
        ("en", "today", 0),
        ("en", "tomorrow", 1),
        ("en", "last night", -1),
        ("fr", "il y a trois jours", -3),
        ("en", "two days ago", -2),
    ],
)
def test_day_words(lang: str, text: str, offset: int) -> None:
    mention = only(f"« {text} »", lang, FRI)
    assert quote(f"« {text} »", mention) == text
    assert mention.date == FRI + dt.timedelta(days=offset)
    assert mention.precision == "day"
    assert mention.relative is True


@pytest.mark.parametrize(
    ("lang", "text", "precision", "day"),
    [
        ("fr", "la semaine dernière", "week", "2025-08-04"),
        ("en", "last week", "week", "2025-08-04"),
        ("en", "this week", "week", "2025-08-11"),
        ("fr", "la semaine prochaine", "week", "2025-08-18"),
        ("fr", "le mois dernier", "month", "2025-07-01"),
        ("en", "next month", "month", "2025-09-01"),
        ("fr", "l'année dernière", "year", "2024-01-01"),
        ("en", "this weekend", "week", "2025-08-11"),
        ("en", "three weeks ago", "week", "2025-07-21"),
    ],
)
def test_periods(lang: str, text: str, precision: str, day: str) -> None:
    mention = only(text, lang, FRI)
    assert quote(text, mention) == text
    assert mention.precision == precision
    assert mention.date == dt.date.fromisoformat(day)
    assert mention.weekday is None


def test_weekend_in_the_past_on_a_monday() -> None:
    mention = only("Ce week-end, les négociateurs ont avancé.", "fr", MON, tense("past"))
    assert mention.date == dt.date(2025, 8, 11)  # week of Saturday 16 August


def test_relative_period_without_publication_date() -> None:
    mention = only("last week", "en", None)
    assert mention.date is None
    assert mention.precision == "week"
    assert mention.anchor == "no publication date: relative mention unresolved"


def test_tense_is_asked_at_the_mention_start() -> None:
    text = "Il est arrivé jeudi. Il repartira samedi."
    asked: list[int] = []

    def tense_at(offset: int) -> Tense | None:
        asked.append(offset)
        return "past" if offset < text.index("Il repartira") else "future"

    found = find_dates(text, "fr", FRI, tense_at)
    assert [m.date for m in found] == [dt.date(2025, 8, 14), dt.date(2025, 8, 16)]
    assert asked == [text.index("jeudi"), text.index("samedi")]


# --------------------------------------------------------------------------- never dates


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les discussions ont duré près de trois heures."),
        ("fr", "Elles ont duré un peu plus de trois heures, dont deux heures à huis clos."),
        ("fr", "Rendez-vous à 14 h 30, puis à 18h."),
        ("fr", "Quelque 78 000 personnes et 1 200 soldats."),
        ("fr", "Le convoi a roulé pendant trois jours et deux semaines."),
        ("fr", "Il y a trois heures, le cortège est parti."),
        ("fr", "En 2018 exemplaires, sept ministres."),
        ("en", "The talks lasted nearly three hours, ending at 3 p.m. or 15:00."),
        ("en", "Some 1,200 people and 2018 protesters; for two weeks."),
        ("en", "The Aurus, a model he has used for 12 minutes."),
    ],
)
def test_not_dates(lang: str, text: str) -> None:
    assert spans(text, lang) == []


def test_bare_year_needs_a_preposition() -> None:
    assert spans("une berline qu'il utilise depuis 2018", "fr") == ["2018"]
    assert spans("le modèle 2018 de la berline", "fr") == []
    assert spans("worth 2018 dollars in 2018 dollars", "en") == []


# --------------------------------------------------------------------------- misc


def test_mentions_come_in_text_order_and_do_not_overlap() -> None:
    text = (
        "Hier, avant-hier et ce vendredi 15 août 2025 ; vendredi dernier, "
        "la semaine dernière et il y a deux jours."
    )
    assert spans(text, "fr") == [
        "Hier",
        "avant-hier",
        "ce vendredi 15 août 2025",
        "vendredi dernier",
        "la semaine dernière",
        "il y a deux jours",
    ]


def test_offsets_are_exact_with_typographic_apostrophes_and_spaces() -> None:
    text = "Aujourd\u2019hui\u00a0: l\u2019an dernier, le 15\u202faoût."
    found = find_dates(text, "fr", FRI)
    assert [quote(text, m) for m in found] == [
        "Aujourd\u2019hui",
        "l\u2019an dernier",
        "15\u202faoût",
    ]


def test_language_codes() -> None:
    assert spans("ce vendredi", "fr-FR") == ["ce vendredi"]
    # an unsupported language is searched with every language's words
    assert spans("hier et yesterday", "de") == ["hier", "yesterday"]


def test_resolve_weekday_rules() -> None:
    assert resolve_weekday(4, "tense", SUN, "past")[0] == dt.date(2025, 8, 15)
    assert resolve_weekday(4, "tense", SUN, "future")[0] == dt.date(2025, 8, 22)
    assert resolve_weekday(6, "tense", SUN, "past")[0] == SUN
    assert resolve_weekday(6, "last", SUN, None)[0] == dt.date(2025, 8, 10)


def test_speed_on_a_400_word_article() -> None:
    sentence = (
        "Les discussions entre les deux délégations ont duré près de trois heures "
        "à Anchorage, en Alaska, devant 78 000 spectateurs selon les organisateurs. "
    )
    words = (sentence * 40).split()[:380]
    article = (
        " ".join(words)
        + " Ils se sont retrouvés ce vendredi 15 août 2025, après une réunion le 3 mars, "
        "et se reverront vendredi prochain ou la semaine prochaine, depuis 2018."
    )
    find_dates(article, "fr", FRI)  # warm-up: data, regexes, dateparser
    runs = 20
    t0 = time.perf_counter()
    for _ in range(runs):
        found = find_dates(article, "fr", FRI)
    elapsed_ms = (time.perf_counter() - t0) / runs * 1000
    assert len(found) == 5
    assert elapsed_ms < 20, elapsed_ms
