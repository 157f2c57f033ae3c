"""The vocabulary of one language compiled into the patterns the readers match.

Grouped by what they read: the figure itself (``FigurePatterns``), hedges around it
(``HedgePatterns``), a duration unit and what may follow it (``UnitPatterns``), the cues that
make a figure with a time unit no length (``TimeCues``), and what a count counts
(``CountPatterns``). Every word comes from ``data/amounts.yaml``; this module only knows how
a phrase is written (spaces, apostrophes, elision).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from reconcile.extract.amounts.vocabulary import Vocabulary, vocabulary

WS = r"[\s\u00a0\u202f]"
HS = r"[^\S\r\n]"  # whitespace within a line
_UNIT_LEAD = r"[\s\u00a0\u202f-]*"


def key(text: str) -> str:
    """How a phrase is looked up in a table: lower case, one space, ’ as ', - as a space."""
    return " ".join(text.lower().replace("’", "'").replace("-", " ").split())


def ends(rx: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """A match of a ``_before`` pattern ending at ``pos`` (looked for in the 80 characters
    before it)."""
    return rx.search(text, max(0, pos - 80), pos)


def _phrase(text: str, sep: str = WS + "+") -> str:
    """A phrase as a regex: spaces match ``sep``, apostrophes match ' and ’."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(sep)
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(phrases: Iterable[str], sep: str = WS + "+") -> str:
    """Any of the phrases, the longest first; a list with none matches nothing."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(_phrase(p, sep) for p in ordered) + ")" if ordered else "(?!)"


def _elided(phrases: Iterable[str]) -> list[str]:
    """'près de' also as 'près d'' (before a vowel)."""
    out = []
    for p in phrases:
        out.append(p)
        if p.endswith(" de"):
            out.append(p[:-3] + " d'")
        elif p == "de":
            out.append("d'")
    return out


def _before(phrases: Iterable[str]) -> re.Pattern[str]:
    """Matches a phrase that ends right before a position (search up to it)."""
    return re.compile(rf"(?<!\w)(?P<p>{_alt(_elided(phrases))}){WS}*\Z", re.I)


def _after(phrases: Iterable[str], lead: str = WS + "+", sep: str = WS + "+") -> re.Pattern[str]:
    """Matches a phrase that starts at a position, after ``lead``."""
    return re.compile(rf"{lead}(?P<p>{_alt(phrases, sep)})(?!\w)", re.I)


@dataclass(frozen=True)
class FigurePatterns:
    """A figure as written — digits, number words, an approximate noun (« une dizaine »), a
    fixed phrase — and what grows it: a fraction, a scale, the "de"/"of" after a scale."""

    number: re.Pattern[str]
    word: re.Pattern[str]
    not_numbers: re.Pattern[str]
    fraction_before: re.Pattern[str]
    scale: re.Pattern[str]
    glued_scale: re.Pattern[str]
    of: re.Pattern[str]
    ordinal: re.Pattern[str]
    glued: re.Pattern[str]


def _figure_patterns(v: Vocabulary) -> FigurePatterns:
    """How a number is written in the language: its digits (decimal sign, thousands
    separators), its number words and their joiners, and the phrases that stand for one."""
    word = rf"{_alt(v.number_words)}(?!\w)"
    joiners = _alt(v.number_joiners)
    thousands = "[" + "".join(re.escape(s) for s in v.thousands) + "]"
    dec = re.escape(v.decimal)
    digits = rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?!\d)(?:{dec}\d+)?|\d+(?:{dec}\d+)?"
    number = re.compile(
        rf"(?<![\w:/])(?:(?P<fixed>{_alt(v.fixed_durations)})(?!\w)"
        rf"|(?P<approx>{_alt(v.approx)})(?!\w)"
        rf"|(?P<digits>{digits})"
        rf"|(?P<words>{word}(?:(?:[\s-]+|{WS}+{joiners}{WS}+){word})*)"
        rf"|(?P<article>{_alt(v.articles)})(?!\w))",
        re.I,
    )
    return FigurePatterns(
        number=number,
        word=re.compile(word, re.I),
        not_numbers=re.compile(rf"(?<!\w){_alt(v.not_numbers)}(?!\w)", re.I),
        fraction_before=_after(v.fraction_before, r"[\s-]*", r"[\s-]+"),
        scale=_after(v.scales),
        # "$4.9bn", "€450m": a scale glued to the digits of a sum of money
        glued_scale=re.compile(rf"(?P<p>{_alt(v.glued_scales)})(?![^\W\d_])"),
        of=re.compile(rf"{WS}+(?:{_alt(v.of_words)}{WS}+|{_alt(v.elisions)})", re.I),
        ordinal=re.compile(rf"{_alt(v.ordinal_suffixes)}(?!\w)", re.I),
        glued=re.compile(r"[:/.-]\d"),
    )


@dataclass(frozen=True)
class HedgePatterns:
    """A hedge before the figure (« près de », "nearly") or after its unit ("or so")."""

    before: re.Pattern[str]
    after: re.Pattern[str]


@dataclass(frozen=True)
class UnitPatterns:
    """A duration unit after the figure (with a hedge or another word between: « trois
    bonnes heures »), and what may follow it: a fraction, minutes after hours, seconds
    after minutes."""

    unit: re.Pattern[str]
    fraction_after: re.Pattern[str]
    minutes_joiner: re.Pattern[str]
    minute_unit: re.Pattern[str]
    second_unit: re.Pattern[str]
    abbrev_minutes: re.Pattern[str]


def _unit_patterns(v: Vocabulary) -> UnitPatterns:
    """Which words are duration units, and what may stand between a figure and its unit."""
    hedge_inside = _alt(v.hedges_inside)
    # "les douze prochaines années": a word between the figure and its unit that is no hedge
    inside_words = _alt(w for phrase in v.inside_words for w in phrase.split())
    joiners = _alt(v.number_joiners)
    return UnitPatterns(
        unit=re.compile(
            rf"{_UNIT_LEAD}(?:(?:(?P<inside>{hedge_inside})|{inside_words}){WS}+)?"
            rf"(?P<unit>{_alt(v.duration_units)})(?![^\W\d_])",
            re.I,
        ),
        fraction_after=_after(v.fraction_after),
        minutes_joiner=re.compile(rf"{WS}*,?{WS}+(?:{joiners}{WS}+)?", re.I),
        minute_unit=_after(v.minute_units, _UNIT_LEAD),
        second_unit=_after(v.second_units, _UNIT_LEAD),
        abbrev_minutes=re.compile(
            rf"{WS}?(?P<p>[0-5]\d)(?!\d)(?:{WS}?{_alt(v.abbrev_minute_units)}\b)?"
        ),
    )


@dataclass(frozen=True)
class TimeCues:
    """Words around a figure with a time unit that make it a clock time, a date, an elapsed
    time, a countdown or a distance in time — or, against those, plainly a length."""

    clock_before: re.Pattern[str]
    clock_after: re.Pattern[str]
    duration_before: re.Pattern[str]
    duration_after: re.Pattern[str]
    elapsed_before: re.Pattern[str]
    elapsed_after: re.Pattern[str]
    lasting_before: re.Pattern[str]
    since_start: re.Pattern[str]
    countdown_after: re.Pattern[str]
    proximity_before: re.Pattern[str]
    proximity_after: re.Pattern[str]
    date_before: re.Pattern[str]
    date_after: re.Pattern[str]


def _time_cues(v: Vocabulary) -> TimeCues:
    """The words before or after a time figure that say what kind of time it is."""
    return TimeCues(
        clock_before=_before(v.clock_before),
        clock_after=_after(v.clock_after, WS + "*"),
        duration_before=_before(v.duration_before),
        duration_after=re.compile(rf"{WS}*(?P<p>{_alt(v.duration_after)})(?!\w)", re.I),
        elapsed_before=_before(v.elapsed_before),
        elapsed_after=_after(v.elapsed_after),
        lasting_before=_before(v.lasting_before),
        since_start=re.compile(
            rf"{WS}+{_alt(v.since_after)}{WS}+(?:[^\W\d_]+{WS}+){{0,3}}"
            rf"(?:{_alt(v.since_start)})(?!\w)",
            re.I,
        ),
        countdown_after=re.compile(
            rf"{WS}+(?:{_alt((*v.of_words, *v.elisions))}(?:{WS}*[^\W\d_]+){{1,3}}{WS}+)?"
            rf"(?P<p>{_alt(v.countdown_after)})(?!\w)",
            re.I,
        ),
        proximity_before=_before(v.proximity_before),
        proximity_after=_after(v.proximity_after),
        date_before=re.compile(rf"(?<!\w){_alt(v.months + v.weekdays)}\.?{WS}+\Z", re.I),
        date_after=re.compile(rf"{WS}+{_alt(v.months)}(?!\w)", re.I),
    )


@dataclass(frozen=True)
class CountPatterns:
    """What a count counts: the noun after it, a noun before it (« un bilan de 12 »), a unit
    glued by a hyphen ("a 12-km front"), a currency sign, a percent."""

    noun: re.Pattern[str]
    noun_before: re.Pattern[str]
    noun_glued: re.Pattern[str]
    unit_glued: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    percent: re.Pattern[str]


def _count_patterns(v: Vocabulary) -> CountPatterns:
    """Where a count's counted noun or unit may be written, around the figure."""
    return CountPatterns(
        noun=re.compile(rf"{HS}*(?P<p>[^\W\d_]+(?:-[^\W\d_]+)*)(?!['’\w])"),
        noun_before=re.compile(
            rf"(?<!\w)(?P<p>{_alt(v.nouns_before)})"
            rf"(?:{WS}+{_alt(v.noun_links)})?{WS}+(?:{_alt(v.elisions)})?\Z",
            re.I,
        ),
        noun_glued=re.compile(rf"-(?P<p>{_alt(v.nouns_before)})(?!\w)", re.I),
        unit_glued=re.compile(rf"-(?P<p>{_alt(v.glued_units)})(?![\w-])"),
        currency_before=re.compile(rf"(?P<p>{_alt(v.currency_before, '')})\Z"),
        # « 4,2 Md€ », « 4,2 milliards € »: the sign after the scale
        currency_after=re.compile(rf"{HS}?(?P<p>{_alt(v.currency_before, '')})(?!\w)"),
        percent=re.compile(rf"{WS}*(?P<p>{_alt(v.percent)})(?!\w)", re.I),
    )


@dataclass(frozen=True)
class Lexicon:
    """One language's vocabulary (``words``), its tables keyed for lookup, its compiled
    patterns and the word sets the readers test."""

    lang: str
    words: Vocabulary
    tables: Mapping[str, Mapping[str, Any]]
    figures: FigurePatterns
    hedges: HedgePatterns
    units: UnitPatterns
    cues: TimeCues
    counted: CountPatterns
    scale_words: frozenset[str]
    vague: frozenset[str]
    not_units: frozenset[str]

    def lookup(self, table: str, text: str) -> Any:
        """The value of a phrase as written in one of the vocabulary's tables."""
        return self.tables[table][key(text)]


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (a ValueError for a language with no vocabulary)."""
    v = vocabulary(lang)
    return Lexicon(
        lang=lang,
        words=v,
        tables={k: {key(p): value for p, value in t.items()} for k, t in v.tables().items()},
        figures=_figure_patterns(v),
        hedges=HedgePatterns(before=_before(v.hedges_before), after=_after(v.hedges_after)),
        units=_unit_patterns(v),
        cues=_time_cues(v),
        counted=_count_patterns(v),
        scale_words=frozenset(key(k) for k in v.scales),
        vague=frozenset(key(p) for p in v.vague_counts),
        not_units=frozenset(w.lower() for w in v.not_units + v.months + v.weekdays),
    )
