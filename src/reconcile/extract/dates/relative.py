"""Relative dates, resolved against the publication date: weekdays (« ce vendredi », "last
Friday"), days ("yesterday"), weeks, months, years and weekends ("last week"), and "N days
ago"."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from typing import Literal

from reconcile.extract.dates.resolve import (
    _UNIT_PRECISION,
    DateMention,
    Tense,
    _monday,
    _month_start,
    resolve_weekday,
)
from reconcile.extract.dates.words import WEEKDAYS, _key, _Lang

_UNRESOLVED = "no publication date: relative mention unresolved"


def _pub_anchor(published: datetime.date | None) -> str | None:
    return f"publication date {published.isoformat()}" if published else None


def _weekdays(
    norm: str,
    lang: _Lang,
    published: datetime.date | None,
    tense_at: Callable[[int], Tense | None],
) -> Iterator[DateMention]:
    """ "ce vendredi", "last Friday", "on Friday": by its "last" / "next" word, else by the
    tense of its clause."""
    for m in lang.weekday_re.finditer(norm):
        weekday = lang.weekday_of[_key(m.group("wd"))]
        pre = _key(m.group("pre") or "")
        post = _key(m.group("post") or "")
        mode: Literal["tense", "last", "next"] = "tense"
        if pre in lang.last_words or post in lang.last_words:
            mode = "last"
        elif pre in lang.next_words or post in lang.next_words:
            mode = "next"
        name = WEEKDAYS[weekday]
        if published is None:
            yield DateMention(
                m.start(), m.end(), None, "day", name, "no publication date: weekday only", True
            )
            continue
        tense = tense_at(m.start()) if mode == "tense" else None
        day, rule = resolve_weekday(weekday, mode, published, tense)
        anchor = f"{_pub_anchor(published)} ({rule})"
        yield DateMention(m.start(), m.end(), day, "day", name, anchor, True)


def _days(norm: str, lang: _Lang, published: datetime.date | None) -> Iterator[DateMention]:
    """ "yesterday", « avant-hier »: a fixed number of days from publication."""
    for m in lang.days_re.finditer(norm):
        offset = lang.days[_key(m.group("w"))]
        if published is None:
            yield DateMention(m.start(), m.end(), None, "day", None, _UNRESOLVED, True)
            continue
        day = published + datetime.timedelta(days=offset)
        yield DateMention(m.start(), m.end(), day, "day", None, _pub_anchor(published), True)


def _period_start(
    unit: str, offset: int, published: datetime.date, past: bool
) -> tuple[datetime.date, str | None]:
    """The first day of a week, month, year or weekend ``offset`` of them from publication,
    and what the anchor adds."""
    if unit == "week":
        return _monday(published) + datetime.timedelta(weeks=offset), None
    if unit == "month":
        return _month_start(published.year, published.month, offset), None
    if unit == "year":
        return datetime.date(published.year + offset, 1, 1), None
    # weekend: the week holding its Saturday
    if offset == 0 and past:
        saturday, _ = resolve_weekday(5, "tense", published, "past")
        return _monday(saturday), "past tense: weekend on or before"
    return _monday(published) + datetime.timedelta(weeks=offset), "weekend, week of its Saturday"


def _periods(
    norm: str,
    lang: _Lang,
    published: datetime.date | None,
    tense_at: Callable[[int], Tense | None],
) -> Iterator[DateMention]:
    """ "last week", « ce mois-ci », "next year", "this weekend"."""
    for m in lang.periods_re.finditer(norm):
        unit, offset = lang.periods[_key(m.group("w"))]
        precision = _UNIT_PRECISION[unit]
        if published is None:
            yield DateMention(m.start(), m.end(), None, precision, None, _UNRESOLVED, True)
            continue
        # a weekend (not a week, month or year) of the publication week: by its tense
        weekend = unit not in ("week", "month", "year")
        past = weekend and offset == 0 and tense_at(m.start()) == "past"
        day, why = _period_start(unit, offset, published, past)
        anchor = f"{_pub_anchor(published)} ({why})" if why else _pub_anchor(published)
        yield DateMention(m.start(), m.end(), day, precision, None, anchor, True)


def _agos(norm: str, lang: _Lang, published: datetime.date | None) -> Iterator[DateMention]:
    """ "three days ago", « il y a deux semaines »."""
    for m in lang.ago_re.finditer(norm):
        n_word = m.group("n").lower()
        n = int(n_word) if n_word.isdigit() else lang.numbers[_key(n_word)]
        unit = lang.ago_units[_key(m.group("unit"))]
        if n == 0:
            continue
        if published is None:
            yield DateMention(
                m.start(), m.end(), None, "day" if unit == "day" else "week", None, _UNRESOLVED,
                True,
            )
        elif unit == "day":
            day = published - datetime.timedelta(days=n)
            yield DateMention(m.start(), m.end(), day, "day", None, _pub_anchor(published), True)
        else:
            day = _monday(published - datetime.timedelta(weeks=n))
            yield DateMention(m.start(), m.end(), day, "week", None, _pub_anchor(published), True)


def _relative(
    norm: str,
    lang: _Lang,
    published: datetime.date | None,
    tense_at: Callable[[int], Tense | None],
) -> Iterator[DateMention]:
    yield from _weekdays(norm, lang, published, tense_at)
    yield from _days(norm, lang, published)
    yield from _periods(norm, lang, published, tense_at)
    yield from _agos(norm, lang, published)
