"""The date words of ``data/dates.yaml``, per language, as the regular expressions the
finders use (built once a language)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

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


def _months(d: dict[str, Any]) -> tuple[dict[str, int], frozenset[str], str]:
    """Month word → number (full names and abbreviations), the full names, and the month
    regex: an abbreviation may carry its dot; a full name never takes the sentence's."""
    month_of = {w.lower(): int(k) for k, ws in d["months"].items() for w in ws}
    full_months = frozenset(month_of)
    abbreviations = d.get("month_abbreviations") or {}
    month_of |= {w.lower(): int(k) for k, ws in abbreviations.items() for w in ws}
    abbrevs = [w for w in month_of if w not in full_months]
    mon = (
        "(?:"
        + "|".join(
            [_phrase(w) for w in sorted(full_months, key=len, reverse=True)]
            + [_phrase(w) + r"\.?" for w in sorted(abbrevs, key=len, reverse=True)]
        )
        + r")(?![\w])"
    )
    return month_of, full_months, mon


def _explicit_patterns(code: str, d: dict[str, Any], wd: str, mon: str) -> list[re.Pattern[str]]:
    """Day-month(-year) with a month name, in the language's orders (« samedi 16 août 2025 »,
    "Saturday, August 16", "16th of August")."""
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
    return explicit


def _weekday_pattern(d: dict[str, Any], wd: str) -> re.Pattern[str]:
    """A weekday with its "this" / "last" / "next" / "on" words and a part of day."""
    before = list(d["this_before"]) + list(d["last_before"]) + list(d["next_before"])
    before += list(d["on_before"])
    after = list(d["this_after"]) + list(d["last_after"]) + list(d["next_after"])
    part = rf"(?:\s+{_alt(d.get('parts_of_day') or [])}(?![\w]))?"
    lead = rf"(?:{_alt(d.get('lead_before') or [])}\s+)?"
    return re.compile(
        rf"(?<![\w]){lead}(?:(?P<pre>{_alt(before)})\s+)?(?P<wd>{wd})(?![\w])"
        rf"{part}(?:\s+(?P<post>{_alt(after)})(?![\w]))?{part}",
        re.IGNORECASE,
    )


def _ago_pattern(
    code: str, d: dict[str, Any], numbers: dict[str, int], units: dict[str, str]
) -> str:
    """ "N days ago", « il y a N jours »: the language's one pattern, as a regex."""
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
    return ago_alts[0]


@functools.cache
def _lang(code: str) -> _Lang:
    d = _data()[code]
    weekday_of = {w.lower(): WEEKDAYS.index(k) for k, ws in d["weekdays"].items() for w in ws}
    month_of, full_months, mon = _months(d)
    wd = _alt(list(weekday_of))
    fl = re.IGNORECASE
    month_year = re.compile(rf"(?<![\w])(?P<mon>{mon})\s+(?P<year>{_YEAR})(?![\d])", fl)
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
    days = {_key(k): int(v) for k, v in d["days"].items()}
    periods = {_key(k): (str(v["unit"]), int(v["offset"])) for k, v in d["periods"].items()}
    numbers = {k.lower(): int(v) for k, v in d["numbers"].items()}
    units = {k.lower(): str(v) for k, v in d["ago"]["units"].items()}
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
        explicit=tuple(_explicit_patterns(code, d, wd, mon)),
        month_year=month_year,
        month_prep=month_prep,
        year_prep=year_prep,
        weekday_re=_weekday_pattern(d, wd),
        days_re=re.compile(rf"(?<![\w])(?P<w>{_alt(list(d['days']))})(?![\w])", fl),
        periods_re=re.compile(rf"(?<![\w])(?P<w>{_alt(list(d['periods']))})(?![\w])", fl),
        ago_re=re.compile(rf"(?<![\w]){_ago_pattern(code, d, numbers, units)}(?![\w])", fl),
    )


def supported_languages() -> tuple[str, ...]:
    return tuple(_data())
