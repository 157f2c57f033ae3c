"""A figure as written — digits, number words, an approximate noun, a fixed phrase — and
the phrase it grows into: a currency sign and a hedge before it, a fraction and a scale
after it, and the "de"/"of" between a scale and what it counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from reconcile.extract.amounts.hedges import hedge_before
from reconcile.extract.amounts.patterns import Lexicon, key


@dataclass
class Figure:
    """A number as found: its span, value and how it was written."""

    start: int
    end: int
    value: float
    how: str  # fixed | approx | digits | words | article
    approx_class: str | None = None
    measures: str | None = None


@dataclass
class Phrase:
    """A figure grown into a phrase: hedge before, fraction, scale, "de"/"of"."""

    start: int
    end: int  # after the number, its fraction and scale
    after_de: int  # where a unit or counted noun may start
    value: float
    hedge: str | None
    hedge_class: str | None
    scaled: bool


def read_number(lex: Lexicon, text: str, m: re.Match[str]) -> Figure | None:
    """The figure a match of the number pattern stands for, by how it is written; None for
    a run of number words no prefix of which text2num reads."""
    how = m.lastgroup or ""
    s, e = m.span()
    if how == "fixed":
        fixed = lex.lookup("fixed_durations", m.group())
        if isinstance(fixed, tuple):
            return Figure(s, e, float(fixed[0]), how, measures=str(fixed[1]))
        return Figure(s, e, float(fixed), how)
    if how == "approx":
        value, cls = lex.lookup("approx", m.group())
        return Figure(s, e, float(value), how, cls)
    if how == "article":
        return Figure(s, e, 1.0, how)
    if how == "digits":
        raw = m.group()
        for sep in lex.words.thousands:
            raw = raw.replace(sep, "")
        return Figure(s, e, float(raw.replace(lex.words.decimal, ".")), how)
    return _read_words(lex, text, s, e)


def _read_words(lex: Lexicon, text: str, s: int, e: int) -> Figure | None:
    """A run of number words: the longest prefix text2num reads."""
    ends = [w.end() for w in lex.figures.word.finditer(text, s, e)]
    for end in reversed(ends):
        try:
            value = text2num(" ".join(text[s:end].split()), lex.lang)
        except ValueError:
            continue
        return Figure(s, end, float(value), "words")
    return None


def grow(lex: Lexicon, text: str, fig: Figure) -> tuple[Phrase, re.Match[str] | None]:
    """The phrase a figure starts, and the currency sign written before its digits ("$4.9
    billion": the sign is the unit, a hedge comes before it)."""
    ph = Phrase(fig.start, fig.end, fig.end, fig.value, None, fig.approx_class, False)
    currency = None
    cur = lex.counted.currency_before.search(text, max(0, fig.start - 4), fig.start)
    if fig.how == "digits" and cur is not None:
        currency = cur
        ph.start = cur.start()
    if h := hedge_before(lex, text, ph.start):
        ph.hedge, ph.hedge_class, ph.start = h
    if fig.how in ("digits", "words", "article") and (
        f := lex.figures.fraction_before.match(text, ph.end)
    ):
        ph.value, ph.end = ph.value + lex.lookup("fraction_before", f.group("p")), f.end()
    _scale(lex, text, fig, ph, currency)
    ph.after_de = ph.end
    last_word = key(text[fig.start : fig.end]).split()[-1] if fig.how == "words" else ""
    takes_de = ph.scaled or fig.how == "approx" or last_word in lex.scale_words
    if takes_de and (de := lex.figures.of.match(text, ph.end)):
        ph.after_de = de.end()
    if ph.hedge is None and fig.how == "approx":
        ph.hedge = text[fig.start : ph.after_de].strip()
    return ph, currency


def _scale(
    lex: Lexicon, text: str, fig: Figure, ph: Phrase, currency: re.Match[str] | None
) -> None:
    """Multiplies the phrase by the scale after it: a scale word ("1,5 million", "a
    million", "two dozen": a number word before a scale word it does not read itself), or
    one glued to the digits of a sum of money ("$4.9bn", « 450M€ »)."""
    if fig.how in ("digits", "article", "words") and (sc := lex.figures.scale.match(text, ph.end)):
        ph.value, ph.end = ph.value * lex.lookup("scales", sc.group("p")), sc.end()
        ph.scaled = True
    elif (sc := lex.figures.glued_scale.match(text, ph.end)) and (
        currency is not None or lex.counted.currency_after.match(text, sc.end())
    ):
        ph.value, ph.end = ph.value * lex.lookup("glued_scales", sc.group("p")), sc.end()
        ph.scaled = True
