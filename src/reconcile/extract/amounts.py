"""Figures with their hedge, found in plain French or English text (no spaCy).

``find_amounts`` returns every duration ("près de trois heures", "a 90-minute
meeting", "2h45") and every count ("deux ministres", "78 000 spectateurs",
"at least 12 dead") with the hedge as written and the interval it stands for.
The words — hedges, duration units, clock and date cues — live in
``data/amounts.yaml``; this module only knows the shape of a figure:

    [hedge] number [fraction] [scale] [de|of] [inside-hedge] [unit] [fraction | minutes] [hedge]

What is *not* a duration, and is dropped altogether:

- clock times: a clock cue before ("à", "vers", "at", "until") or after ("du
  matin", "p.m.", "GMT"), or an hour figure in digits between 13 and 24 —
  unless a duration cue says otherwise ("à deux heures de route", "pendant
  14 heures", "14 heures de négociations");
- elapsed or offset times: "il y a trois heures", "dans deux heures", "three
  hours ago", "deux heures plus tard";
- digits glued to ':' '/' '.' '-' (11:26, 15/08/2025, 2025-08-15, 2-1), ordinals (1er, 21st),
  a day next to a month or weekday (le 15 août, August 15, vendredi 15), and
  a bare four-digit year 1800–2100 ("2018"; "plus de 2000 manifestants" stays).

« depuis deux heures » is kept as a duration (an ongoing one): "depuis" is a
duration cue. An hour figure of 13–24 after it is still read as a clock time
only when hedged with nothing and without a cue ("depuis 14 heures" → clock).

Articles ("un", "une", "a", "an") alone are not counts; they are 1 before a
duration unit ("une heure", "an hour") or a scale ("a million").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from text_to_num import text2num

from reconcile.safe_yaml import load_data
from reconcile.settings import HedgeBands

Kind = Literal["duration", "count"]

HEDGE_CLASSES = (
    "near",
    "over",
    "about",
    "rough",
    "more_than",
    "less_than",
    "at_least",
    "at_most",
    "barely",
    "full",
)

_WS = r"[\s\u00a0\u202f]"
_HS = r"[^\S\r\n]"  # whitespace within a line
_DEFAULT_BANDS = HedgeBands()


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    kind: Kind
    nominal: float
    low: float | None
    high: float | None
    hedge: str | None
    hedge_class: str | None
    unit: str | None
    unit_start: int | None
    unit_end: int | None
    measures: str | None = None  # what a fixed phrase measures ("après prolongation": match)


def interval(
    nominal: float, hedge_class: str | None, bands: HedgeBands
) -> tuple[float | None, float | None]:
    """The interval a hedged figure stands for; ``None`` is an open bound.

    Strict bounds ("nearly", "more than") sit ``bands.strict_step`` inside the
    figure, but never more than half the band, so a small figure ("près de
    deux") still gets a non-empty interval.
    """
    x = nominal
    near_step = min(bands.strict_step, abs(x) * bands.near / 2)
    over_step = min(bands.strict_step, abs(x) * bands.over / 2)
    cap = x * bands.more_than_factor if bands.more_than_factor is not None else None
    if hedge_class is None:
        return x * (1 - bands.bare), x * (1 + bands.bare)
    if hedge_class == "near":
        return x * (1 - bands.near), x - near_step
    if hedge_class == "over":
        return x + over_step, x * (1 + bands.over)
    if hedge_class == "about":
        return x * (1 - bands.about), x * (1 + bands.about)
    if hedge_class == "rough":
        return x * (1 - bands.rough), x * (1 + bands.rough)
    if hedge_class == "more_than":
        return x + over_step, cap
    if hedge_class == "at_least":
        return x, cap
    if hedge_class == "less_than":
        return 0.0, x - near_step
    if hedge_class == "at_most":
        return 0.0, x
    if hedge_class == "barely":
        return x * (1 - bands.near), x
    if hedge_class == "full":
        return x, x * (1 + bands.over)
    raise ValueError(f"unknown hedge class {hedge_class!r}; expected one of {HEDGE_CLASSES}")


# --------------------------------------------------------------------------- lexicon


def _phrase(text: str, sep: str = _WS + "+") -> str:
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


def _alt(phrases: Iterable[str], sep: str = _WS + "+") -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(_phrase(p, sep) for p in ordered) + ")" if ordered else "(?!)"


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("-", " ").split())


def _words(value: Any) -> list[str]:
    return str(value or "").split()


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
    return re.compile(rf"(?<!\w)(?P<p>{_alt(_elided(phrases))}){_WS}*\Z", re.I)


def _after(phrases: Iterable[str], lead: str = _WS + "+", sep: str = _WS + "+") -> re.Pattern[str]:
    """Matches a phrase that starts at a position, after ``lead``."""
    return re.compile(rf"{lead}(?P<p>{_alt(phrases, sep)})(?!\w)", re.I)


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    data: Mapping[str, Any]
    number: re.Pattern[str]
    word: re.Pattern[str]
    hedge_before: re.Pattern[str]
    hedge_after: re.Pattern[str]
    unit: re.Pattern[str]
    fraction_before: re.Pattern[str]
    fraction_after: re.Pattern[str]
    scale: re.Pattern[str]
    glued_scale: re.Pattern[str]
    de: re.Pattern[str]
    minutes_joiner: re.Pattern[str]
    minute_unit: re.Pattern[str]
    second_unit: re.Pattern[str]
    abbrev_minutes: re.Pattern[str]
    clock_before: re.Pattern[str]
    clock_after: re.Pattern[str]
    duration_before: re.Pattern[str]
    duration_after: re.Pattern[str]
    elapsed_before: re.Pattern[str]
    elapsed_after: re.Pattern[str]
    date_before: re.Pattern[str]
    date_after: re.Pattern[str]
    ordinal: re.Pattern[str]
    glued: re.Pattern[str]
    percent: re.Pattern[str]
    noun: re.Pattern[str]
    not_numbers: re.Pattern[str]
    countdown_after: re.Pattern[str]
    proximity_before: re.Pattern[str]
    proximity_after: re.Pattern[str]
    noun_before: re.Pattern[str]
    noun_glued: re.Pattern[str]
    unit_glued: re.Pattern[str]
    lasting_before: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    since_start: re.Pattern[str]

    tables: Mapping[str, Mapping[str, Any]]

    def lookup(self, table: str, text: str) -> Any:
        return self.tables[table][_key(text)]


@cache
def _lexicon(lang: str) -> _Lexicon:
    raw = load_data(
        resources.files("reconcile.extract").joinpath("data/amounts.yaml").read_text("utf-8")
    )
    if lang not in raw:
        raise ValueError(f"no amounts vocabulary for language {lang!r}; have {sorted(raw)}")
    d: dict[str, Any] = raw[lang]
    word = rf"{_alt(_words(d['number_words']))}(?!\w)"
    joiners = _alt(_words(d["number_joiners"]))
    thousands = "[" + "".join(re.escape(s) for s in d["thousands"]) + "]"
    dec = re.escape(d["decimal"])
    digits = rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?!\d)(?:{dec}\d+)?|\d+(?:{dec}\d+)?"
    number = re.compile(
        rf"(?<![\w:/])(?:(?P<fixed>{_alt(d['fixed_durations'])})(?!\w)"
        rf"|(?P<approx>{_alt(d['approx'])})(?!\w)"
        rf"|(?P<digits>{digits})"
        rf"|(?P<words>{word}(?:(?:[\s-]+|{_WS}+{joiners}{_WS}+){word})*)"
        rf"|(?P<article>{_alt(_words(d['articles']))})(?!\w))",
        re.I,
    )
    hedge_inside = _alt(d["hedges_inside"])
    # "les douze prochaines années": a word between the figure and its unit that is no hedge
    inside_words = _alt(_words(" ".join(d.get("inside_words", []))))
    units = _alt(d["duration_units"])
    months = _words(d["months"])
    return _Lexicon(
        lang=lang,
        data=d,
        tables={k: {_key(p): v for p, v in t.items()} for k, t in d.items() if isinstance(t, dict)},
        number=number,
        word=re.compile(word, re.I),
        hedge_before=_before(d["hedges_before"]),
        hedge_after=_after(d["hedges_after"]),
        unit=re.compile(
            rf"[\s\u00a0\u202f-]*(?:(?:(?P<inside>{hedge_inside})|{inside_words}){_WS}+)?"
            rf"(?P<unit>{units})(?![^\W\d_])",
            re.I,
        ),
        fraction_before=_after(d["fraction_before"], r"[\s-]*", r"[\s-]+"),
        fraction_after=_after(d["fraction_after"]),
        scale=_after(d["scales"]),
        # "$4.9bn", "€450m": a scale glued to the digits of a sum of money
        glued_scale=re.compile(rf"(?P<p>{_alt(d.get('glued_scales', {}))})(?![^\W\d_])"),
        de=re.compile(rf"{_WS}+(?:de{_WS}+|d['’]|of{_WS}+)", re.I),
        minutes_joiner=re.compile(rf"{_WS}*,?{_WS}+(?:{joiners}{_WS}+)?", re.I),
        minute_unit=_after(_words(d["minute_units"]), r"[\s\u00a0\u202f-]*"),
        second_unit=_after(_words(d.get("second_units", "")), r"[\s\u00a0\u202f-]*"),
        abbrev_minutes=re.compile(rf"{_WS}?(?P<p>[0-5]\d)(?!\d)(?:{_WS}?(?:min|mn)\b)?"),
        clock_before=_before(d["clock_before"]),
        clock_after=_after(d["clock_after"], _WS + "*"),
        duration_before=_before(d["duration_before"]),
        duration_after=re.compile(rf"{_WS}*(?P<p>{_alt(d['duration_after'])})(?!\w)", re.I),
        elapsed_before=_before(d["elapsed_before"]),
        elapsed_after=_after(d["elapsed_after"]),
        date_before=re.compile(rf"(?<!\w){_alt(months + _words(d['weekdays']))}\.?{_WS}+\Z", re.I),
        date_after=re.compile(rf"{_WS}+{_alt(months)}(?!\w)", re.I),
        ordinal=re.compile(rf"{_alt(_words(d['ordinal_suffixes']))}(?!\w)", re.I),
        glued=re.compile(r"[:/.-]\d"),
        percent=re.compile(rf"{_WS}*(?P<p>{_alt(d['percent'])})(?!\w)", re.I),
        noun=re.compile(rf"{_HS}*(?P<p>[^\W\d_]+(?:-[^\W\d_]+)*)(?!['’\w])"),
        not_numbers=re.compile(rf"(?<!\w){_alt(d['not_numbers'])}(?!\w)", re.I),
        countdown_after=re.compile(
            rf"{_WS}+(?:(?:of|de|d['’])(?:{_WS}*[^\W\d_]+){{1,3}}{_WS}+)?"
            rf"(?P<p>{_alt(d['countdown_after'])})(?!\w)",
            re.I,
        ),
        proximity_before=_before(d["proximity_before"]),
        proximity_after=_after(d["proximity_after"]),
        noun_before=re.compile(
            rf"(?<!\w)(?P<p>{_alt(d['nouns_before'])})"
            rf"(?:{_WS}+(?:of|at|de|à|du|was|is|est))?(?:{_WS}+|{_WS}+d['’])\Z",
            re.I,
        ),
        noun_glued=re.compile(rf"-(?P<p>{_alt(d['nouns_before'])})(?!\w)", re.I),
        unit_glued=re.compile(rf"-(?P<p>{_alt(d['glued_units'])})(?![\w-])"),
        lasting_before=_before(d["lasting_before"]),
        since_start=re.compile(
            rf"{_WS}+(?:after|après){_WS}+(?:[^\W\d_]+{_WS}+){{0,3}}(?:{_alt(d['since_start'])})(?!\w)",
            re.I,
        ),
        currency_before=re.compile(rf"(?P<p>{_alt(d['currency_before'], '')})\Z"),
        # « 4,2 Md€ », « 4,2 milliards € »: the sign after the scale
        currency_after=re.compile(rf"{_HS}?(?P<p>{_alt(d['currency_before'], '')})(?!\w)"),
    )


# --------------------------------------------------------------------------- finder


@dataclass
class _Figure:
    """A number as found: its span, value and how it was written."""

    start: int
    end: int
    value: float
    how: str  # fixed | approx | digits | words | article
    approx_class: str | None = None
    measures: str | None = None


def _read_number(lex: _Lexicon, text: str, m: re.Match[str]) -> _Figure | None:
    how = m.lastgroup or ""
    s, e = m.span()
    if how == "fixed":
        fixed = lex.lookup("fixed_durations", m.group())
        if isinstance(fixed, list):
            return _Figure(s, e, float(fixed[0]), how, measures=str(fixed[1]))
        return _Figure(s, e, float(fixed), how)
    if how == "approx":
        value, cls = lex.lookup("approx", m.group())
        return _Figure(s, e, float(value), how, cls)
    if how == "article":
        return _Figure(s, e, 1.0, how)
    if how == "digits":
        raw = m.group()
        for sep in lex.data["thousands"]:
            raw = raw.replace(sep, "")
        return _Figure(s, e, float(raw.replace(lex.data["decimal"], ".")), how)
    # a run of number words: the longest prefix text2num reads
    ends = [w.end() for w in lex.word.finditer(text, s, e)]
    for end in reversed(ends):
        try:
            value = text2num(" ".join(text[s:end].split()), lex.lang)
        except ValueError:
            continue
        return _Figure(s, end, float(value), how)
    return None


def _ends(rx: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    return rx.search(text, max(0, pos - 80), pos)


def find_amounts(text: str, lang: str, bands: HedgeBands = _DEFAULT_BANDS) -> list[Amount]:
    """Every duration and count in ``text``, in order, with its hedge and interval."""
    lex = _lexicon(lang)
    blocked = [m.span() for m in lex.not_numbers.finditer(text)]
    found: list[Amount] = []
    # "2:07:32", « 2:24:10 »: hours, minutes and seconds are a time taken (a race, a
    # record), never a time of day (no clock is read to the second in the news)
    for hms in _HMS.finditer(text):
        minutes = int(hms.group(1)) * 60 + int(hms.group(2)) + int(hms.group(3)) / 60
        half_second = 0.5 / 60
        found.append(Amount(hms.start(), hms.end(), "duration", round(minutes, 4),
                            round(minutes - half_second, 4), round(minutes + half_second, 4),
                            None, None, None, None, None))
        blocked.append(hms.span())
    pos = 0
    while m := lex.number.search(text, pos):
        pos = m.end()
        fig = _read_number(lex, text, m)
        if fig is None or any(a < fig.end and fig.start < b for a, b in blocked):
            continue
        amount, end = _amount(lex, text, fig, bands)
        pos = max(pos, end)
        if amount is not None:
            found.append(amount)
    return sorted(found, key=lambda a: a.start)


_HMS = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")


@dataclass
class _Phrase:
    """A figure grown into a phrase: hedge before, fraction, scale, "de"/"of"."""

    start: int
    end: int  # after the number, its fraction and scale
    after_de: int  # where a unit or counted noun may start
    value: float
    hedge: str | None
    hedge_class: str | None
    scaled: bool


def _amount(lex: _Lexicon, text: str, fig: _Figure, bands: HedgeBands) -> tuple[Amount | None, int]:
    """The amount a figure starts (or None when it is no amount), and where it ends."""
    ph = _Phrase(fig.start, fig.end, fig.end, fig.value, None, fig.approx_class, False)
    # "$4.9 billion", "about $4.9 billion": the sign is the unit, the hedge comes before it
    currency = None
    cur = lex.currency_before.search(text, max(0, fig.start - 4), fig.start)
    if fig.how == "digits" and cur is not None:
        currency = cur
        ph.start = cur.start()
    if h := _ends(lex.hedge_before, text, ph.start):
        ph.hedge, ph.start = h.group("p"), h.start()
        ph.hedge_class = lex.lookup("hedges_before", _deelide(h))
    if fig.how in ("digits", "words", "article") and (f := lex.fraction_before.match(text, ph.end)):
        ph.value, ph.end = ph.value + lex.lookup("fraction_before", f.group("p")), f.end()
    # "1,5 million", "a million", "two dozen" (a number word before a scale word it
    # does not read itself)
    if fig.how in ("digits", "article", "words") and (sc := lex.scale.match(text, ph.end)):
        ph.value, ph.end = ph.value * lex.lookup("scales", sc.group("p")), sc.end()
        ph.scaled = True
    elif (sc := lex.glued_scale.match(text, ph.end)) and (
        currency is not None or lex.currency_after.match(text, sc.end())
    ):
        ph.value, ph.end = ph.value * lex.lookup("glued_scales", sc.group("p")), sc.end()
        ph.scaled = True
    last_word = _key(text[fig.start : fig.end]).split()[-1] if fig.how == "words" else ""
    ph.after_de = ph.end
    takes_de = ph.scaled or fig.how == "approx" or last_word in _scale_words(lex)
    if takes_de and (de := lex.de.match(text, ph.end)):
        ph.after_de = de.end()
    if ph.hedge is None and fig.how == "approx":
        ph.hedge = text[fig.start : ph.after_de].strip()

    if fig.how == "fixed":
        return _as_duration(lex, text, fig, ph, (ph.value, fig.start, fig.end, fig.end), bands)
    if currency is None and (duration := _duration_unit(lex, text, ph.value, ph.after_de)):
        return _as_duration(lex, text, fig, ph, duration, bands)
    return _as_count(lex, text, fig, ph, bands, currency)


def _as_duration(
    lex: _Lexicon,
    text: str,
    fig: _Figure,
    ph: _Phrase,
    duration: tuple[float, int, int, int],
    bands: HedgeBands,
) -> tuple[Amount | None, int]:
    minutes, unit_start, unit_end, end = duration
    hedge, hedge_class = ph.hedge, ph.hedge_class
    inside = lex.unit.match(text, ph.after_de) if fig.how != "fixed" else None
    if hedge is None and inside and inside.group("inside"):
        hedge = inside.group("inside")
        hedge_class = lex.lookup("hedges_inside", hedge)
    if hedge is None and (ha := lex.hedge_after.match(text, end)):
        hedge, hedge_class, end = ha.group("p"), lex.lookup("hedges_after", ha["p"]), ha.end()
    if _not_a_duration(lex, text, fig, ph.start, end, unit_start, unit_end, hedge_class):
        return None, end
    low, high = interval(minutes, hedge_class, bands)
    amount = Amount(
        ph.start, end, "duration", minutes, low, high, hedge, hedge_class, "minutes",
        unit_start, unit_end, fig.measures,
    )  # fmt: skip
    return amount, end


def _as_count(
    lex: _Lexicon,
    text: str,
    fig: _Figure,
    ph: _Phrase,
    bands: HedgeBands,
    currency: re.Match[str] | None = None,
) -> tuple[Amount | None, int]:
    hedge, hedge_class, end = ph.hedge, ph.hedge_class, ph.end
    is_article = fig.how == "article" or (
        fig.how == "words" and _key(text[fig.start : fig.end]) in _words(lex.data["articles"])
    )
    if is_article and not ph.scaled:
        return None, fig.end
    if fig.how == "approx" and _key(text[fig.start : fig.end]) in _vague(lex):
        return None, ph.after_de  # "des milliers d'interventions": no figure to compare
    # "a 6.8-magnitude quake", "a 2.8-tonne satellite", "a 12-km front"
    glued = lex.noun_glued.match(text, fig.end) or lex.unit_glued.match(text, fig.end)
    if glued is None and _not_a_count(lex, text, fig, hedge_class, end):
        return None, end
    unit: str | None = None
    unit_start: int | None = None
    unit_end: int | None = None
    before = _ends(lex.noun_before, text, ph.start)  # "magnitude 6.8", "a crowd of 78,412"
    if currency is not None:
        unit, unit_start, unit_end = currency.group("p"), currency.start(), currency.end()
    elif glued is not None:
        unit, unit_start, unit_end, end = glued["p"], glued.start("p"), glued.end("p"), glued.end()
    elif before is not None:
        unit, unit_start, unit_end = before["p"], before.start("p"), before.end("p")
    elif ph.scaled and (c := lex.currency_after.match(text, end)):
        unit, unit_start, unit_end, end = c.group("p"), c.start("p"), c.end("p"), c.end()
    elif p := lex.percent.match(text, end):
        unit, unit_start, unit_end, end = "%", p.start("p"), p.end("p"), p.end()
    elif (n := lex.noun.match(text, ph.after_de)) and n.group("p").lower() not in _not_units(lex):
        unit, unit_start, unit_end, end = n.group("p"), n.start("p"), n.end("p"), n.end()
    elif hedge is None and ph.value <= 24 and _ends(lex.clock_before, text, fig.start):
        return None, end  # "at 3", "à 9": an hour of the clock
    if hedge is None and (ha := lex.hedge_after.match(text, end)):
        hedge, hedge_class, end = ha.group("p"), lex.lookup("hedges_after", ha["p"]), ha.end()
    low, high = interval(ph.value, hedge_class, bands)
    if hedge_class is None and low is not None and high is not None:
        # "6.8", "4,2 milliards": a decimal says its own precision — the figure is
        # within under half its last digit, which is narrower than the bare band
        written = text[fig.start : fig.end]
        if fig.how == "digits" and lex.data["decimal"] in written:
            decimals = len(written.rsplit(lex.data["decimal"], 1)[1])
            step = 0.45 * 10**-decimals * (ph.value / fig.value if fig.value else 1.0)
            low, high = max(low, ph.value - step), min(high, ph.value + step)
    amount = Amount(
        ph.start, end, "count", ph.value, low, high, hedge, hedge_class, unit, unit_start, unit_end
    )
    return amount, end


def _deelide(m: re.Match[str]) -> str:
    """The table key of a hedge written elided ("près d'" → "près de")."""
    written = _key(m.group("p"))
    return written[:-2] + "de" if written.endswith("d'") else written


@cache
def _scale_words_cached(lang: str) -> frozenset[str]:
    lex = _lexicon(lang)
    return frozenset(_key(k) for k in lex.data["scales"])


def _scale_words(lex: _Lexicon) -> frozenset[str]:
    return _scale_words_cached(lex.lang)


@cache
def _vague_cached(lang: str) -> frozenset[str]:
    return frozenset(_key(p) for p in _lexicon(lang).data.get("vague_counts", []))


def _vague(lex: _Lexicon) -> frozenset[str]:
    return _vague_cached(lex.lang)


@cache
def _not_units_cached(lang: str) -> frozenset[str]:
    lex = _lexicon(lang)
    words = _words(lex.data["not_units"]) + _words(lex.data["months"])
    return frozenset(w.lower() for w in words + _words(lex.data["weekdays"]))


def _not_units(lex: _Lexicon) -> frozenset[str]:
    return _not_units_cached(lex.lang)


def _duration_unit(
    lex: _Lexicon, text: str, value: float, pos: int
) -> tuple[float, int, int, int] | None:
    """(minutes, unit start, unit end, phrase end) when a duration unit follows ``pos``."""
    u = lex.unit.match(text, pos)
    if u is None:
        return None
    unit = u.group("unit")
    factor = float(lex.lookup("duration_units", unit))
    minutes, end = value * factor, u.end()
    if _key(unit) in _words(lex.data["hour_units"]):
        if len(unit) <= 2 and (ab := lex.abbrev_minutes.match(text, end)):  # 2h45, 2 h 30
            return minutes + int(ab.group("p")), u.start("unit"), u.end("unit"), ab.end()
        if extra := _trailing_minutes(lex, text, end):
            return minutes + extra[0], u.start("unit"), u.end("unit"), extra[1]
    if _key(unit) in _words(lex.data["minute_units"]) and (
        extra := _trailing_minutes(lex, text, end, lex.second_unit)
    ):
        # "10 minutes and 21 seconds": one figure
        return minutes + extra[0] / 60, u.start("unit"), u.end("unit"), extra[1]
    if fa := lex.fraction_after.match(text, end):
        minutes, end = minutes + factor * lex.lookup("fraction_after", fa.group("p")), fa.end()
    return minutes, u.start("unit"), u.end("unit"), end


def _trailing_minutes(
    lex: _Lexicon, text: str, pos: int, sub_unit: re.Pattern[str] | None = None
) -> tuple[float, int] | None:
    """Minutes after an hour unit: "et quinze minutes", ", 20 minutes", "and 5 minutes"
    (or seconds after a minute unit, with ``sub_unit``)."""
    j = lex.minutes_joiner.match(text, pos)
    if j is None or not (m := lex.number.match(text, j.end())):
        return None
    fig = _read_number(lex, text, m)
    if fig is None or fig.how not in ("digits", "words"):
        return None
    unit = (sub_unit or lex.minute_unit).match(text, fig.end)
    return (fig.value, unit.end()) if unit else None


def _not_a_duration(
    lex: _Lexicon,
    text: str,
    fig: _Figure,
    start: int,
    end: int,
    unit_start: int,
    unit_end: int,
    hedge_class: str | None,
) -> bool:
    """A clock time or an elapsed time, not the length of anything."""
    if _ends(lex.elapsed_before, text, start):
        return True
    if (
        lex.elapsed_after.match(text, end)
        and not lex.since_start.match(text, end)
        and not _ends(lex.lasting_before, text, start)
    ):
        # "three hours later"; but "five hours after they first sat down" and "the
        # flight lasted 38 minutes before splashdown" are lengths
        return True
    if lex.countdown_after.match(text, end):
        return True  # "with seven minutes of extra time remaining"
    if _ends(lex.proximity_before, text, start) and lex.proximity_after.match(text, end):
        return True  # "within seven minutes of a shoot-out", "à deux heures de route"
    if _key(text[unit_start:unit_end]) not in _words(lex.data["hour_units"]):
        return False
    if lex.clock_after.match(text, end):
        return True
    if lex.duration_after.match(text, end) or _ends(lex.duration_before, text, start):
        return False
    if _ends(lex.clock_before, text, start):
        return True
    return fig.how == "digits" and 13 <= fig.value <= 24 and hedge_class in (None, "about", "rough")


def _not_a_count(lex: _Lexicon, text: str, fig: _Figure, hedge_class: str | None, end: int) -> bool:
    """A clock time, a date, a year, an ordinal or a compound written with a number."""
    if fig.how == "digits":
        if lex.glued.match(text, fig.end) or lex.ordinal.match(text, fig.end):
            return True  # 11:26, 15/08, 2025-08-15, 2-1, 1er, 21st
        raw = text[fig.start : fig.end]
        if hedge_class is None and raw.isdigit() and len(raw) == 4 and 1800 <= fig.value <= 2100:
            return True
    if re.match(r"\w-", text[max(0, fig.start - 2) : fig.start]) or re.match(
        r"-[^\W\d_]", text[fig.end : fig.end + 2]
    ):
        return True  # part of a compound: "one-on-one", "three-year-old", "utf-8"
    if lex.clock_after.match(text, end):
        return True
    return bool(lex.date_after.match(text, fig.end) or _ends(lex.date_before, text, fig.start))
