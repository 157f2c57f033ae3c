"""A source's publication date as the file gives it → ``YYYY-MM-DD``, or a reason why not.

Read when unambiguous: ISO dates (``2026-11-29``, ``2026-11-29T10:00:00+01:00``),
day-first or month-first numeric dates whose order is beyond doubt (``29/11/2026``:
no month 29), and dates with a month name in French or English (``29 novembre 2026``,
``Nov. 29, 2026``). ``11/12/2026`` (November or December?) and ``yesterday`` (of
when?) are not guessed: the source gets no date and the run a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


@dataclass(frozen=True)
class PublicationDate:
    date: str | None
    problem: str | None = None  # why ``date`` is None, or what is odd about it


def publication_date(value: str | None, today: dt.date | None = None) -> PublicationDate:
    """The ISO date of ``value``; a problem instead when it cannot be read for sure, and a
    warning with the date when it lies after ``today`` and the day after (a typo, or a page
    dated ahead)."""
    if value is None or not value.strip():
        return PublicationDate(None)
    text = " ".join(value.split())
    date, problem = _read(text)
    if date is None:
        return PublicationDate(None, problem)
    # a day's slack: a page dated in a time zone ahead of ours is not from the future
    if date > (today or dt.date.today()) + dt.timedelta(days=1):
        return PublicationDate(date.isoformat(), f"publication date {text!r} is in the future")
    return PublicationDate(date.isoformat())


def _read(text: str) -> tuple[dt.date | None, str]:
    unreadable = f"publication date {text!r} is not a date (give YYYY-MM-DD)"
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _valid(year, month, day, text)
    if match := _NUMERIC.match(text):
        first, second, year = (int(g) for g in match.groups())
        if first > 12 >= second:
            return _valid(year, second, first, text)
        if second > 12 >= first:
            return _valid(year, first, second, text)
        if first == second:
            return _valid(year, first, first, text)
        return None, (f"publication date {text!r} is ambiguous (day or month first?): "
                      "give YYYY-MM-DD")
    if not re.search(r"\d{4}", text) or not re.search(r"[^\W\d_]{3}", text):
        return None, unreadable  # no year, or no month name: "yesterday", "12/11"
    return _with_month_name(text) or (None, unreadable)


def _valid(year: int, month: int, day: int, text: str) -> tuple[dt.date | None, str]:
    try:
        return dt.date(year, month, day), ""
    except ValueError as exc:
        return None, f"publication date {text!r} does not exist ({exc})"


def _with_month_name(text: str) -> tuple[dt.date, str] | None:
    import dateparser  # heavy import, only for dates written out

    # absolute dates only: a relative one ("3 days ago") is relative to an unknown day
    parsed = dateparser.parse(
        text, languages=["fr", "en"],
        settings={"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
                  "STRICT_PARSING": True},
    )
    return (parsed.date(), "") if parsed is not None else None
