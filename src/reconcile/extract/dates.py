"""Date mentions in article text: where they are, and which day they name.

Pure text in, typed dates out. :func:`find_dates` finds explicit dates
(« le 15 août 2025 », « samedi 16 août », "Aug. 15", "2025-08-15"), relative
ones (« ce vendredi », « hier », "last week", "three days ago") and, after a
preposition, bare months and years ("in March", « depuis 2018 »), and resolves
each against the publication date. It does not decide which mention is *the
event's* date: the ``event.date`` extractor does.

Spans: the determiner or preposition that belongs to the expression is kept
(« ce vendredi », « ce samedi 14 mars », "on Friday", "on 8 March", "late on
Saturday"), and so is a part of day after a weekday (« samedi soir », "Sunday
morning"); « le » before a date and other prepositions ("by", « depuis ») are
not.

How a mention is resolved (``published`` is the publication date):

* **Explicit with a year** — that day (or month / year). Anchor ``"explicit"``.
* **Explicit without a year** (« 16 août », "March 9") — the publication
  year, except around the new year: when that day is more than half a year
  from publication and the same day in the adjacent year is within three
  months of it, the adjacent year (« 28 décembre » in an article of 3 January
  is the previous December). Bare months ("in March") follow the same rule.
  Without a publication date: ``date=None``, anchor
  ``"no publication date: year unknown (--08-16)"`` — unless a weekday is
  written with it (« mardi 21 avril »): then the latest year, on or before the
  run date and at most 12 years back, in which that day is that weekday, the
  anchor saying so.
* **A written weekday next to a day-month** (« samedi 16 août ») is kept in
  ``weekday`` as written and never used to move the date; when it does not
  match the resolved day the anchor says so.
* **A bare or "this" weekday** (« vendredi », « ce vendredi », "on Friday",
  "this Friday") — by the tense of its clause, ``tense_at(start)``:
  past → the latest such weekday on or before publication; future → the first
  on or after publication; present / unknown → the occurrence nearest to the
  publication date (at most three days before or after; the publication day
  itself when it is that weekday). Nearest rather than "Monday-to-Sunday
  week" because news copy says « dimanche » on a Monday for the day before.
* **"last" / « dernier »** weekday — strictly before publication (a week back
  when published on that weekday); **"next" / « prochain »** — strictly after.
* **hier / yesterday / today / demain / ...** — fixed day offsets.
* **Weeks** ("last week", « cette semaine ») — precision ``week``, the date is
  the Monday of that week (ISO weeks). **Months** — precision ``month``, the
  first day. **Years** — precision ``year``, 1 January.
* **Weekends** — precision ``week`` (the week holding that Saturday): "last
  weekend" is the previous week's, "next weekend" the next week's, "this
  weekend" the publication week's, or with a past-tense clause the one of the
  latest Saturday on or before publication.
* **"N days / weeks ago"** (« il y a trois jours ») — publication minus N days
  (day precision) or N weeks (week precision).
* **Without a publication date** every relative mention keeps ``date=None``;
  a weekday mention keeps ``weekday`` and the anchor
  ``"no publication date: weekday only"``.

Never returned: clock times (« 14 h », « trois heures »), durations (« trois
jours », "for two weeks"), numbers (« 78 000 », "1,200"), bare years without a
preposition. Candidates are found with our own regular expressions built from
``data/dates.yaml``; dateparser only parses the spans of explicit month-name
dates, its result checked against the day number we captured.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

import dateparser
import yaml

Tense = Literal["past", "present", "future"]
Precision = Literal["day", "week", "month", "year"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


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


def _no_tense(_: int) -> Tense | None:
    return None


# --------------------------------------------------------------------------- data

# Same-length replacements only, so offsets in the normalised text are the
# offsets in the original text.
_NORMALISE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
    }
)

_YEAR = r"(?:1[89]|20)\d\d"
# a bare year followed by one of these counts something, it is not a year
_COUNT_AFTER = (
    r"(?!\s*(?:%|€|\$|euros?\b|dollars?\b|personnes\b|people\b|km\b|kilom|miles?\b"
    r"|habitants\b|soldats\b|troops\b|hommes\b|men\b|mètres\b|meters\b|exemplaires\b"
    r"|copies\b|voitures\b|cars\b|units?\b|unités\b))"
)


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("reconcile.extract").joinpath("data/dates.yaml").read_text("utf-8")
    loaded = yaml.safe_load(text)
    assert isinstance(loaded, dict)
    return loaded


def _phrase(words: str) -> str:
    """A word or phrase as a regex: spaces stretch, hyphens are optional."""
    out = []
    for part in re.split(r"(\s+|-)", words):
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif part == "-":
            out.append(r"[-\s]?")
        else:
            out.append(re.escape(part))
    return "".join(out)


def _alt(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(_phrase(w) for w in ordered) + ")" if ordered else "(?!x)x"


@dataclass(frozen=True)
class _Lang:
    code: str
    weekday_of: dict[str, int]
    month_of: dict[str, int]
    full_months: frozenset[str]
    ambiguous: frozenset[str]
    this_words: frozenset[str]
    last_words: frozenset[str]
    next_words: frozenset[str]
    on_words: frozenset[str]
    days: dict[str, int]
    periods: dict[str, tuple[str, int]]
    ago_units: dict[str, str]
    numbers: dict[str, int]
    explicit: tuple[re.Pattern[str], ...]
    month_year: re.Pattern[str]
    month_prep: re.Pattern[str]
    year_prep: re.Pattern[str]
    weekday_re: re.Pattern[str]
    days_re: re.Pattern[str]
    periods_re: re.Pattern[str]
    ago_re: re.Pattern[str]


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower().rstrip("."))


@functools.cache
def _lang(code: str) -> _Lang:
    d = _data()[code]
    weekday_of = {w.lower(): WEEKDAYS.index(k) for k, ws in d["weekdays"].items() for w in ws}
    month_of = {w.lower(): int(k) for k, ws in d["months"].items() for w in ws}
    full_months = frozenset(month_of)
    abbreviations = d.get("month_abbreviations") or {}
    month_of |= {w.lower(): int(k) for k, ws in abbreviations.items() for w in ws}
    abbrevs = [w for w in month_of if w not in full_months]
    # an abbreviation may carry its dot; a full name never takes the sentence's
    mon = (
        "(?:"
        + "|".join(
            [_phrase(w) for w in sorted(full_months, key=len, reverse=True)]
            + [_phrase(w) + r"\.?" for w in sorted(abbrevs, key=len, reverse=True)]
        )
        + r")(?![\w])"
    )
    wd = _alt(list(weekday_of))
    day = r"(?<![\d.,/-])(?P<day>[0-3]?\d)(?!\d)(?![.,/:]\d)"
    year = rf"(?P<year>{_YEAR})(?![\d])"
    fl = re.IGNORECASE
    # "ce samedi 14 mars", "on 8 March": the determiner / preposition is kept in the span
    pre = rf"(?:{_alt(list(d['this_before']) + list(d['on_before']))}\s+)?"
    explicit: list[re.Pattern[str]] = []
    if code == "fr":
        explicit.append(
            re.compile(
                rf"(?<![\w]){pre}(?:(?P<wd>{wd})\s+(?:le\s+)?)?{day}(?:er|ᵉʳ)?\s+(?P<mon>{mon})"
                rf"(?:\s+{year})?",
                fl,
            )
        )
    else:
        explicit.append(
            re.compile(
                rf"(?<![\w]){pre}(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+{day}"
                rf"(?:st|nd|rd|th)?(?![\w])(?:,?\s+{year})?",
                fl,
            )
        )
        explicit.append(
            re.compile(
                rf"(?<![\w]){pre}(?:(?P<wd>{wd}),?\s+(?:the\s+)?)?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                rf"(?P<mon>{mon})(?:,?\s+{year})?",
                fl,
            )
        )
    month_year = re.compile(rf"(?<![\w])(?P<mon>{mon})\s+{year}", fl)
    month_prep = re.compile(
        rf"(?<![\w])(?:{_alt(d['month_prepositions'])})(?:\s+|-)(?P<mon>{_alt(list(full_months))})"
        r"(?![\w])",
        fl,
    )
    year_prep = re.compile(
        rf"(?<![\w])(?:{_alt(d['year_prepositions'])})(?:\s+|-)(?P<year>{_YEAR})"
        rf"(?![\w])(?!\s?\d)(?![.,/-]\d){_COUNT_AFTER}",
        fl,
    )
    before = list(d["this_before"]) + list(d["last_before"]) + list(d["next_before"])
    before += list(d["on_before"])
    after = list(d["this_after"]) + list(d["last_after"]) + list(d["next_after"])
    part = rf"(?:\s+{_alt(d.get('parts_of_day') or [])}(?![\w]))?"
    lead = rf"(?:{_alt(d.get('lead_before') or [])}\s+)?"
    weekday_re = re.compile(
        rf"(?<![\w]){lead}(?:(?P<pre>{_alt(before)})\s+)?(?P<wd>{wd})(?![\w])"
        rf"{part}(?:\s+(?P<post>{_alt(after)})(?![\w]))?{part}",
        fl,
    )
    days = {_key(k): int(v) for k, v in d["days"].items()}
    periods = {_key(k): (str(v["unit"]), int(v["offset"])) for k, v in d["periods"].items()}
    numbers = {k.lower(): int(v) for k, v in d["numbers"].items()}
    units = {k.lower(): str(v) for k, v in d["ago"]["units"].items()}
    n_alt = rf"(?P<n>\d{{1,2}}|{_alt(list(numbers))})"
    ago_alts = []
    for pattern in d["ago"]["patterns"]:
        head, _, rest = pattern.partition("{n}")
        mid, _, tail = rest.partition("{unit}")
        ago_alts.append(
            (_phrase(head.strip()) + r"\s+" if head.strip() else "")
            + n_alt
            + r"\s+"
            + rf"(?P<unit>{_alt(list(units))})"
            + (r"\s+" + _phrase(tail.strip()) if tail.strip() else "")
        )
        assert not mid.strip(), pattern
    if len(ago_alts) != 1:
        raise ValueError(f"dates.yaml: one 'ago' pattern per language expected ({code})")
    return _Lang(
        code=code,
        weekday_of=weekday_of,
        month_of=month_of,
        full_months=full_months,
        ambiguous=frozenset(w.lower() for w in d.get("ambiguous_months") or []),
        this_words=frozenset(_key(w) for w in d["this_before"] + d["this_after"]),
        last_words=frozenset(_key(w) for w in d["last_before"] + d["last_after"]),
        next_words=frozenset(_key(w) for w in d["next_before"] + d["next_after"]),
        on_words=frozenset(_key(w) for w in d["on_before"]),
        days=days,
        periods=periods,
        ago_units=units,
        numbers=numbers,
        explicit=tuple(explicit),
        month_year=month_year,
        month_prep=month_prep,
        year_prep=year_prep,
        weekday_re=weekday_re,
        days_re=re.compile(rf"(?<![\w])(?P<w>{_alt(list(d['days']))})(?![\w])", fl),
        periods_re=re.compile(rf"(?<![\w])(?P<w>{_alt(list(d['periods']))})(?![\w])", fl),
        ago_re=re.compile(rf"(?<![\w]){ago_alts[0]}(?![\w])", fl),
    )


def supported_languages() -> tuple[str, ...]:
    return tuple(_data())


# --------------------------------------------------------------------------- resolution


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


# --------------------------------------------------------------------------- finders


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


_UNIT_PRECISION: dict[str, Precision] = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "year": "year",
}


def _select(mentions: list[DateMention], blocked: list[tuple[int, int]]) -> list[DateMention]:
    """Longest mention wins where mentions overlap; then text order.

    ``blocked`` spans (impossible dates such as « 31 juin 2025 ») hide what
    overlaps them, so « juin 2025 » is not reported out of a wrong date.
    """
    chosen: list[DateMention] = []
    taken: list[tuple[int, int]] = list(blocked)
    for mention in sorted(mentions, key=lambda x: (-(x.end - x.start), x.start)):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        chosen.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda x: (x.start, x.end))


def find_dates(
    text: str,
    lang: str,
    published: datetime.date | None,
    tense_at: Callable[[int], Tense | None] = _no_tense,
) -> list[DateMention]:
    """Every date mention in ``text``, in text order, resolved as the module doc says.

    ``lang`` is "fr" or "en" (a region suffix such as "fr-FR" is ignored); any
    other language is searched with the words of every supported language.
    ``tense_at(offset)`` gives the tense of the clause at a character offset.
    """
    code = lang.lower().replace("_", "-").split("-")[0] if lang else ""
    codes = [code] if code in supported_languages() else list(supported_languages())
    norm = text.translate(_NORMALISE)
    found: list[DateMention] = []
    blocked: list[tuple[int, int]] = []
    for c in codes:
        spec = _lang(c)
        found.extend(_explicit(norm, spec, published, blocked))
        found.extend(_numeric(norm, spec))
        found.extend(_months_years(norm, spec, published))
        found.extend(_relative(norm, spec, published, tense_at))
    return _select(found, blocked)
