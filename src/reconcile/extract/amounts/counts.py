"""A figure read as a count: what it counts (the noun after it, a noun before it, a unit
glued to it, a currency sign, a percent), how precise it is as written — and what makes a
figure no count: an article alone, a vague plural, a year, a date, an ordinal, a clock
hour, a compound word."""

from __future__ import annotations

import re
from typing import NamedTuple

from reconcile.extract.amounts.hedges import hedge_after
from reconcile.extract.amounts.intervals import Amount, interval
from reconcile.extract.amounts.numbers import Figure, Phrase
from reconcile.extract.amounts.patterns import Lexicon, ends, key
from reconcile.settings import HedgeBands


class _Counted(NamedTuple):
    """What a count counts as written (None: nothing named), and where its phrase ends."""

    unit: str | None
    unit_start: int | None
    unit_end: int | None
    end: int


def as_count(
    lex: Lexicon,
    text: str,
    fig: Figure,
    ph: Phrase,
    bands: HedgeBands,
    currency: re.Match[str] | None = None,
) -> tuple[Amount | None, int]:
    """The count a figure starts (None when it is no count), and where it ends."""
    resume = _no_figure(lex, text, fig, ph)
    if resume is not None:
        return None, resume
    # "a 6.8-magnitude quake", "a 2.8-tonne satellite", "a 12-km front"
    glued = lex.counted.noun_glued.match(text, fig.end) or lex.counted.unit_glued.match(
        text, fig.end
    )
    if glued is None and _not_a_count(lex, text, fig, ph.hedge_class, ph.end):
        return None, ph.end
    counted = _counted(lex, text, fig, ph, currency, glued)
    if counted is None:
        return None, ph.end  # "at 3", "à 9": an hour of the clock
    hedge, hedge_class, end = hedge_after(lex, text, ph.hedge, ph.hedge_class, counted.end)
    low, high = interval(ph.value, hedge_class, bands)
    if hedge_class is None and low is not None and high is not None:
        low, high = _written_precision(lex, text, fig, ph.value, low, high)
    amount = Amount(
        ph.start, end, "count", ph.value, low, high, hedge, hedge_class,
        counted.unit, counted.unit_start, counted.unit_end,
    )  # fmt: skip
    return amount, end


def _no_figure(lex: Lexicon, text: str, fig: Figure, ph: Phrase) -> int | None:
    """Where to read on when the figure is a word with no figure to compare: an article
    alone ("une voiture"; before a scale it is 1: "a million"), or a vague plural (« des
    milliers d'interventions »). None when it is a figure."""
    written = key(text[fig.start : fig.end])
    is_article = fig.how == "article" or (fig.how == "words" and written in lex.words.articles)
    if is_article and not ph.scaled:
        return fig.end
    if fig.how == "approx" and written in lex.vague:
        return ph.after_de
    return None


def _counted(
    lex: Lexicon,
    text: str,
    fig: Figure,
    ph: Phrase,
    currency: re.Match[str] | None,
    glued: re.Match[str] | None,
) -> _Counted | None:
    """What the count counts, the first found of: the currency sign before it, a noun or
    unit glued to it, a noun right before it ("magnitude 6.8", "a crowd of 78,412"), a
    currency sign after its scale, a percent, the noun after it. None when it counts
    nothing and is an hour of the clock ("at 3")."""
    c = lex.counted
    end = ph.end
    if currency is not None:
        return _Counted(currency.group("p"), currency.start(), currency.end(), end)
    if glued is not None:
        return _Counted(glued["p"], glued.start("p"), glued.end("p"), glued.end())
    if before := ends(c.noun_before, text, ph.start):
        return _Counted(before["p"], before.start("p"), before.end("p"), end)
    if ph.scaled and (sign := c.currency_after.match(text, end)):
        return _Counted(sign.group("p"), sign.start("p"), sign.end("p"), sign.end())
    if p := c.percent.match(text, end):
        return _Counted("%", p.start("p"), p.end("p"), p.end())
    if (n := c.noun.match(text, ph.after_de)) and n.group("p").lower() not in lex.not_units:
        return _Counted(n.group("p"), n.start("p"), n.end("p"), n.end())
    if ph.hedge is None and ph.value <= 24 and ends(lex.cues.clock_before, text, fig.start):
        return None
    return _Counted(None, None, None, end)


def _written_precision(
    lex: Lexicon, text: str, fig: Figure, value: float, low: float, high: float
) -> tuple[float, float]:
    """The bare interval narrowed by a decimal figure's own precision ("6.8", « 4,2
    milliards »): within under half its last digit, narrower than the bare band."""
    written = text[fig.start : fig.end]
    if fig.how != "digits" or lex.words.decimal not in written:
        return low, high
    decimals = len(written.rsplit(lex.words.decimal, 1)[1])
    step = 0.45 * 10**-decimals * (value / fig.value if fig.value else 1.0)
    return max(low, value - step), min(high, value + step)


def _not_a_count(lex: Lexicon, text: str, fig: Figure, hedge_class: str | None, end: int) -> bool:
    """A clock time, a date, a year, an ordinal or a compound written with a number."""
    if fig.how == "digits":
        if lex.figures.glued.match(text, fig.end) or lex.figures.ordinal.match(text, fig.end):
            return True  # 11:26, 15/08, 2025-08-15, 2-1, 1er, 21st
        raw = text[fig.start : fig.end]
        if hedge_class is None and raw.isdigit() and len(raw) == 4 and 1800 <= fig.value <= 2100:
            return True
    if re.match(r"\w-", text[max(0, fig.start - 2) : fig.start]) or re.match(
        r"-[^\W\d_]", text[fig.end : fig.end + 2]
    ):
        return True  # part of a compound: "one-on-one", "three-year-old", "utf-8"
    if lex.cues.clock_after.match(text, end):
        return True
    return bool(
        lex.cues.date_after.match(text, fig.end) or ends(lex.cues.date_before, text, fig.start)
    )
