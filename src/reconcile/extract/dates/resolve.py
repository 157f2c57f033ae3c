"""Which day a mention names: the year of a day-month written without one, the day of a
weekday by its tense, and the calendar arithmetic of weeks and months."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from typing import Literal

import dateparser

from reconcile.extract.dates.words import WEEKDAYS

Tense = Literal["past", "present", "future"]

Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class DateMention:
    """One date mention: its exact span and the day it was resolved to."""

    start: int
    end: int
    date: datetime.date | None
    precision: Precision
    weekday: str | None
    anchor: str | None
    relative: bool


_UNIT_PRECISION: dict[str, Precision] = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "year": "year",
}


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, published: datetime.date) -> tuple[datetime.date | None, str]:
    """The year of a day-month written without one, and why.

    The publication year, unless the day is more than half a year from the
    publication date while the same day in the adjacent year is within three
    months of it (« 28 décembre » in an article of 3 January).
    """
    same = _safe_date(published.year, month, day)
    if same is None or abs((same - published).days) > 183:
        for year in (published.year - 1, published.year + 1):
            other = _safe_date(year, month, day)
            if other is not None and abs((other - published).days) <= 92:
                return other, "adjacent year, nearest across the new year"
    return same, "publication year"


def _month_start(year: int, month: int, offset: int = 0) -> datetime.date:
    index = year * 12 + (month - 1) + offset
    return datetime.date(index // 12, index % 12 + 1, 1)


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def resolve_weekday(
    weekday: int,
    mode: Literal["tense", "last", "next"],
    published: datetime.date,
    tense: Tense | None,
) -> tuple[datetime.date, str]:
    """The day a weekday mention names, and the rule used (see the module doc)."""
    name = WEEKDAYS[weekday]
    today = published.weekday()
    if mode == "last":
        back = (today - weekday) % 7 or 7
        return published - datetime.timedelta(days=back), f"'last': {name} before"
    if mode == "next":
        ahead = (weekday - today) % 7 or 7
        return published + datetime.timedelta(days=ahead), f"'next': {name} after"
    if tense == "past":
        back = (today - weekday) % 7
        return published - datetime.timedelta(days=back), f"past tense: {name} on or before"
    if tense == "future":
        ahead = (weekday - today) % 7
        return published + datetime.timedelta(days=ahead), f"future tense: {name} on or after"
    offset = (weekday - today) % 7
    if offset > 3:
        offset -= 7
    label = "present tense" if tense == "present" else "tense unknown"
    return published + datetime.timedelta(days=offset), f"{label}: nearest {name}"


@functools.lru_cache(maxsize=4096)
def _dateparser_day(text: str, lang: str) -> tuple[int, int, int] | None:
    """dateparser on one explicit-date span that carries a year."""
    parsed = dateparser.parse(
        text,
        languages=[lang],
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None:
        return None
    return parsed.year, parsed.month, parsed.day


def today() -> datetime.date:
    """The run date (a function, so that tests can fix it)."""
    return datetime.date.today()


def _year_from_weekday(
    month: int, day: int, weekday: str, unresolved: str
) -> tuple[datetime.date | None, str]:
    """« mardi 21 avril » with no year and no publication date: the latest year, up to
    the run date and at most ``_WEEKDAY_YEARS`` back, whose 21 April is a Tuesday."""
    now = today()
    for year in range(now.year, now.year - _WEEKDAY_YEARS, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= now and WEEKDAYS[candidate.weekday()] == weekday:
            return candidate, (
                f"no publication date: year from the written weekday (latest {weekday}"
                f" --{month:02d}-{day:02d} on or before the run date {now.isoformat()})"
            )
    return None, unresolved


# a weekday and a day-month repeat every 5, 6 or 11 years: look back at most this far
_WEEKDAY_YEARS = 12
