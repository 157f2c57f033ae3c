"""The hedge of a figure, before it (« près de », "nearly") or after it ("or so")."""

from __future__ import annotations

import re

from reconcile.extract.amounts.patterns import Lexicon, ends, key


def hedge_before(lex: Lexicon, text: str, pos: int) -> tuple[str, str, int] | None:
    """The hedge ending right before ``pos``: (as written, its class, where it starts)."""
    h = ends(lex.hedges.before, text, pos)
    if h is None:
        return None
    return h.group("p"), lex.lookup("hedges_before", _deelide(h)), h.start()


def hedge_after(
    lex: Lexicon, text: str, hedge: str | None, hedge_class: str | None, end: int
) -> tuple[str | None, str | None, int]:
    """A figure's hedge once the one after its unit is read: ("trois heures environ",
    "an hour or so"), only when none came before it; with the phrase's new end."""
    if hedge is None and (ha := lex.hedges.after.match(text, end)):
        return ha.group("p"), lex.lookup("hedges_after", ha["p"]), ha.end()
    return hedge, hedge_class, end


def _deelide(m: re.Match[str]) -> str:
    """The table key of a hedge written elided ("près d'" → "près de")."""
    written = key(m.group("p"))
    return written[:-2] + "de" if written.endswith("d'") else written
