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


def _relative(
    norm: str,
    lang: _Lang,
    published: datetime.date | None,
    tense_at: Callable[[int], Tense | None],
) -> Iterator[DateMention]:
    unresolved = "no publication date: relative mention unresolved"
    pub_anchor = f"publication date {published.isoformat()}" if published else None

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
        yield DateMention(m.start(), m.end(), day, "day", name, f"{pub_anchor} ({rule})", True)

    for m in lang.days_re.finditer(norm):
        offset = lang.days[_key(m.group("w"))]
        if published is None:
            yield DateMention(m.start(), m.end(), None, "day", None, unresolved, True)
            continue
        day = published + datetime.timedelta(days=offset)
        yield DateMention(m.start(), m.end(), day, "day", None, pub_anchor, True)

    for m in lang.periods_re.finditer(norm):
        unit, offset = lang.periods[_key(m.group("w"))]
        precision = _UNIT_PRECISION[unit]
        if published is None:
            yield DateMention(m.start(), m.end(), None, precision, None, unresolved, True)
            continue
        anchor = pub_anchor
        if unit == "week":
            day = _monday(published) + datetime.timedelta(weeks=offset)
        elif unit == "month":
            day = _month_start(published.year, published.month, offset)
        elif unit == "year":
            day = datetime.date(published.year + offset, 1, 1)
        else:  # weekend: the week holding its Saturday
            if offset == 0 and tense_at(m.start()) == "past":
                saturday, _ = resolve_weekday(5, "tense", published, "past")
                day = _monday(saturday)
                anchor = f"{pub_anchor} (past tense: weekend on or before)"
            else:
                day = _monday(published) + datetime.timedelta(weeks=offset)
                anchor = f"{pub_anchor} (weekend, week of its Saturday)"
        yield DateMention(m.start(), m.end(), day, precision, None, anchor, True)

    for m in lang.ago_re.finditer(norm):
        n_word = m.group("n").lower()
        n = int(n_word) if n_word.isdigit() else lang.numbers[_key(n_word)]
        unit = lang.ago_units[_key(m.group("unit"))]
        if n == 0:
            continue
        if published is None:
            yield DateMention(
                m.start(), m.end(), None, "day" if unit == "day" else "week", None, unresolved, True
            )
        elif unit == "day":
            day = published - datetime.timedelta(days=n)
            yield DateMention(m.start(), m.end(), day, "day", None, pub_anchor, True)
        else:
            day = _monday(published - datetime.timedelta(weeks=n))
            yield DateMention(m.start(), m.end(), day, "week", None, pub_anchor, True)
