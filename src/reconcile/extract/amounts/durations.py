"""A figure read as a length of time: its unit in minutes, minutes after hours ("2h45"),
seconds after minutes, a race time ("2:07:32") — and what makes a figure with a time unit
no length at all: a clock time, an elapsed time, a countdown, a distance in time."""

from __future__ import annotations

import re

from reconcile.extract.amounts.hedges import hedge_after
from reconcile.extract.amounts.intervals import Amount, interval
from reconcile.extract.amounts.numbers import Figure, Phrase, read_number
from reconcile.extract.amounts.patterns import Lexicon, ends, key
from reconcile.settings import HedgeBands

#: (minutes, unit start, unit end, phrase end)
Duration = tuple[float, int, int, int]

_HMS = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")


def race_times(text: str) -> list[Amount]:
    """Hours, minutes and seconds ("2:07:32", « 2:24:10 »): a time taken (a race, a
    record), never a time of day (no clock is read to the second in the news)."""
    found = []
    for hms in _HMS.finditer(text):
        minutes = int(hms.group(1)) * 60 + int(hms.group(2)) + int(hms.group(3)) / 60
        half_second = 0.5 / 60
        found.append(Amount(hms.start(), hms.end(), "duration", round(minutes, 4),
                            round(minutes - half_second, 4), round(minutes + half_second, 4),
                            None, None, None, None, None))  # fmt: skip
    return found


def duration_unit(lex: Lexicon, text: str, value: float, pos: int) -> Duration | None:
    """(minutes, unit start, unit end, phrase end) when a duration unit follows ``pos``."""
    u = lex.units.unit.match(text, pos)
    if u is None:
        return None
    unit = u.group("unit")
    factor = float(lex.lookup("duration_units", unit))
    minutes, end = value * factor, u.end()
    if key(unit) in lex.words.hour_units:
        if len(unit) <= 2 and (ab := lex.units.abbrev_minutes.match(text, end)):  # 2h45, 2 h 30
            return minutes + int(ab.group("p")), u.start("unit"), u.end("unit"), ab.end()
        if extra := _trailing_minutes(lex, text, end):
            return minutes + extra[0], u.start("unit"), u.end("unit"), extra[1]
    if key(unit) in lex.words.minute_units and (
        extra := _trailing_minutes(lex, text, end, lex.units.second_unit)
    ):
        # "10 minutes and 21 seconds": one figure
        return minutes + extra[0] / 60, u.start("unit"), u.end("unit"), extra[1]
    if fa := lex.units.fraction_after.match(text, end):
        minutes, end = minutes + factor * lex.lookup("fraction_after", fa.group("p")), fa.end()
    return minutes, u.start("unit"), u.end("unit"), end


def _trailing_minutes(
    lex: Lexicon, text: str, pos: int, sub_unit: re.Pattern[str] | None = None
) -> tuple[float, int] | None:
    """Minutes after an hour unit: "et quinze minutes", ", 20 minutes", "and 5 minutes"
    (or seconds after a minute unit, with ``sub_unit``)."""
    j = lex.units.minutes_joiner.match(text, pos)
    if j is None or not (m := lex.figures.number.match(text, j.end())):
        return None
    fig = read_number(lex, text, m)
    if fig is None or fig.how not in ("digits", "words"):
        return None
    unit = (sub_unit or lex.units.minute_unit).match(text, fig.end)
    return (fig.value, unit.end()) if unit else None


def as_duration(
    lex: Lexicon, text: str, fig: Figure, ph: Phrase, duration: Duration, bands: HedgeBands
) -> tuple[Amount | None, int]:
    """The duration a figure and its unit make, with the hedge inside (« trois bonnes
    heures ») or after it; None when it is a clock or an elapsed time. And where it ends."""
    minutes, unit_start, unit_end, end = duration
    hedge, hedge_class = ph.hedge, ph.hedge_class
    inside = lex.units.unit.match(text, ph.after_de) if fig.how != "fixed" else None
    if hedge is None and inside and inside.group("inside"):
        hedge = inside.group("inside")
        hedge_class = lex.lookup("hedges_inside", hedge)
    hedge, hedge_class, end = hedge_after(lex, text, hedge, hedge_class, end)
    if _not_a_duration(lex, text, fig, ph.start, end, unit_start, unit_end, hedge_class):
        return None, end
    low, high = interval(minutes, hedge_class, bands)
    amount = Amount(
        ph.start, end, "duration", minutes, low, high, hedge, hedge_class, "minutes",
        unit_start, unit_end, fig.measures,
    )  # fmt: skip
    return amount, end


def _not_a_duration(
    lex: Lexicon,
    text: str,
    fig: Figure,
    start: int,
    end: int,
    unit_start: int,
    unit_end: int,
    hedge_class: str | None,
) -> bool:
    """A clock time or an elapsed time, not the length of anything."""
    cues = lex.cues
    if ends(cues.elapsed_before, text, start):
        return True
    if (
        cues.elapsed_after.match(text, end)
        and not cues.since_start.match(text, end)
        and not ends(cues.lasting_before, text, start)
    ):
        # "three hours later"; but "five hours after they first sat down" and "the
        # flight lasted 38 minutes before splashdown" are lengths
        return True
    if cues.countdown_after.match(text, end):
        return True  # "with seven minutes of extra time remaining"
    if ends(cues.proximity_before, text, start) and cues.proximity_after.match(text, end):
        return True  # "within seven minutes of a shoot-out", "à deux heures de route"
    if key(text[unit_start:unit_end]) not in lex.words.hour_units:
        return False
    if cues.clock_after.match(text, end):
        return True
    if cues.duration_after.match(text, end) or ends(cues.duration_before, text, start):
        return False
    if ends(cues.clock_before, text, start):
        return True
    return fig.how == "digits" and 13 <= fig.value <= 24 and hedge_class in (None, "about", "rough")
