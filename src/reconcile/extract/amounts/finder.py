"""``find_amounts``: every figure of a text, read as a duration or a count."""

from __future__ import annotations

from reconcile.extract.amounts.counts import as_count
from reconcile.extract.amounts.durations import as_duration, duration_unit, race_times
from reconcile.extract.amounts.intervals import Amount
from reconcile.extract.amounts.numbers import Figure, grow, read_number
from reconcile.extract.amounts.patterns import Lexicon, lexicon
from reconcile.settings import HedgeBands

_DEFAULT_BANDS = HedgeBands()


def find_amounts(text: str, lang: str, bands: HedgeBands = _DEFAULT_BANDS) -> list[Amount]:
    """Every duration and count in ``text``, in order, with its hedge and interval."""
    lex = lexicon(lang)
    blocked = [m.span() for m in lex.figures.not_numbers.finditer(text)]
    found = race_times(text)
    blocked.extend((a.start, a.end) for a in found)
    pos = 0
    while m := lex.figures.number.search(text, pos):
        pos = m.end()
        fig = read_number(lex, text, m)
        if fig is None or any(a < fig.end and fig.start < b for a, b in blocked):
            continue
        amount, end = _amount(lex, text, fig, bands)
        pos = max(pos, end)
        if amount is not None:
            found.append(amount)
    return sorted(found, key=lambda a: a.start)


def _amount(lex: Lexicon, text: str, fig: Figure, bands: HedgeBands) -> tuple[Amount | None, int]:
    """The amount a figure starts (or None when it is no amount), and where it ends: a
    duration when a duration unit follows its phrase (a fixed phrase is one), else a count."""
    ph, currency = grow(lex, text, fig)
    if fig.how == "fixed":
        return as_duration(lex, text, fig, ph, (ph.value, fig.start, fig.end, fig.end), bands)
    if currency is None and (duration := duration_unit(lex, text, ph.value, ph.after_de)):
        return as_duration(lex, text, fig, ph, duration, bands)
    return as_count(lex, text, fig, ph, bands, currency)
