"""Explicit dates: a day and a month name (« samedi 16 août », "Aug. 15"), numeric dates
("2025-08-15", "15/08/2025"), a month with its year, and a bare month or year after a
preposition ("in March", « depuis 2018 »)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from reconcile.extract.dates.resolve import (
    DateMention,
    _dateparser_day,
    _month_start,
    _safe_date,
    _year_from_weekday,
    infer_year,
)
from reconcile.extract.dates.words import _YEAR, WEEKDAYS, _key, _Lang


def _explicit(
    norm: str, lang: _Lang, published: datetime.date | None, blocked: list[tuple[int, int]]
) -> Iterator[DateMention]:
    """Day-month(-year) dates with a month name; impossible ones go to ``blocked``."""
    for pattern in lang.explicit:
        for m in pattern.finditer(norm):
            mon_word = m.group("mon")
            mon_key = _key(mon_word)
            if mon_key in lang.ambiguous and not mon_word[:1].isupper():
                continue
            wd_word = m.group("wd")
            start = m.start()
            end = m.end()
            core = norm[min(m.start("day"), m.start("mon")) : end]
            day_n = int(m.group("day"))
            month_n = lang.month_of.get(mon_key)
            if month_n is None or not 1 <= day_n <= 31:
                blocked.append((start, end))
                continue
            written_year = m.group("year")
            parsed = _dateparser_day(
                core if written_year else f"{core} 2000", "fr" if lang.code == "fr" else "en"
            )
            if parsed is not None and parsed[2] == day_n:
                month_n = parsed[1]
            weekday = WEEKDAYS[lang.weekday_of[_key(wd_word)]] if wd_word else None
            resolved: datetime.date | None
            if written_year:
                resolved = _safe_date(int(written_year), month_n, day_n)
                if resolved is None:
                    blocked.append((start, end))
                    continue
                anchor = "explicit"
            elif published is not None:
                resolved, why = infer_year(month_n, day_n, published)
                if resolved is None:
                    blocked.append((start, end))
                    continue
                anchor = f"publication date {published.isoformat()} ({why})"
            else:
                if _safe_date(2000, month_n, day_n) is None:
                    blocked.append((start, end))
                    continue
                resolved = None
                anchor = f"no publication date: year unknown (--{month_n:02d}-{day_n:02d})"
                if weekday is not None:
                    resolved, anchor = _year_from_weekday(month_n, day_n, weekday, anchor)
                    if resolved is not None:  # the weekday matches by construction
                        yield DateMention(start, end, resolved, "day", weekday, anchor, False)
                        continue
            if weekday and resolved is not None and WEEKDAYS[resolved.weekday()] != weekday:
                anchor += (
                    f"; written weekday {weekday} does not match {resolved.isoformat()}"
                    f" ({WEEKDAYS[resolved.weekday()]})"
                )
            yield DateMention(start, end, resolved, "day", weekday, anchor, False)


def _numeric(norm: str, lang: _Lang) -> Iterator[DateMention]:
    for m in re.finditer(r"(?<![\w.,/-])(\d{4})-(\d{2})-(\d{2})(?![\w]|[-/.]\d)", norm):
        try:
            day = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        yield DateMention(m.start(), m.end(), day, "day", None, "explicit", False)
    for m in re.finditer(
        rf"(?<![\w.,/-])(\d{{1,2}})([/.])(\d{{1,2}})\2({_YEAR})(?![\w]|[-/.]\d)", norm
    ):
        a, b, year = int(m[1]), int(m[3]), int(m[4])
        anchor = "explicit"
        day_n, month_n = a, b  # day/month, the French and European order
        if lang.code == "en" and m[2] == "/" and a <= 12:
            day_n, month_n = b, a  # month/day, the US order, unless the first can't be a month
            if b <= 12 and a != b:
                anchor = "explicit (numeric order ambiguous: read as month/day)"
        try:
            day = datetime.date(year, month_n, day_n)
        except ValueError:
            continue
        yield DateMention(m.start(), m.end(), day, "day", None, anchor, False)


def _months_years(norm: str, lang: _Lang, published: datetime.date | None) -> Iterator[DateMention]:
    for m in lang.month_year.finditer(norm):
        word = m.group("mon")
        if _key(word) in lang.ambiguous and not word[:1].isupper():
            continue
        month_n = lang.month_of[_key(word)]
        day = datetime.date(int(m.group("year")), month_n, 1)
        yield DateMention(m.start(), m.end(), day, "month", None, "explicit", False)
    for m in lang.month_prep.finditer(norm):
        word = m.group("mon")
        if _key(word) in lang.ambiguous and not word[:1].isupper():
            continue
        month_n = lang.month_of[_key(word)]
        if published is None:
            yield DateMention(
                m.start("mon"),
                m.end("mon"),
                None,
                "month",
                None,
                f"no publication date: year unknown (--{month_n:02d})",
                False,
            )
            continue
        best, why = infer_year(month_n, 1, _month_start(published.year, published.month))
        yield DateMention(
            m.start("mon"),
            m.end("mon"),
            best,
            "month",
            None,
            f"publication date {published.isoformat()} ({why})",
            False,
        )
    for m in lang.year_prep.finditer(norm):
        day = datetime.date(int(m.group("year")), 1, 1)
        yield DateMention(m.start("year"), m.end("year"), day, "year", None, "explicit", False)
