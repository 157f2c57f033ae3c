"""Text folding: one place, one fast way (``str.translate`` over a table of each character's
folded form, filled the first time a character is met), and the few variants whose
differences matter.

- :func:`fold` — accents away (compatibility decomposition, combining marks dropped:
  « é » → "e", "ﬁ" → "fi"), case folded unless ``keep_case``; with ``ascii_only`` every
  character left outside ASCII is dropped too (« ø » → ""), which is how town names are
  indexed (``world.world_fold``).
- :func:`fold_chars` — one character for one character, so that offsets found in the folded
  text hold in the original: the base letter of each character (« é » → "e", but "ﬁ" stays),
  the curly apostrophes, backtick and acute accent as "'", lowercase unless ``keep_case``.

Lowercasing, apostrophes and spaces beyond these are the callers' own (``str.lower`` keeps
« ß » where ``str.casefold`` makes it "ss"; one caller lowercases before folding, another
after): each says which it wants, in one line over these.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

#: read as "'" by :func:`fold_chars`
APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"


class _Table(dict[int, str]):
    """A ``str.translate`` table that folds each character once, when first met."""

    def __init__(self, fold_one: Callable[[str], str]) -> None:
        super().__init__()
        self._fold_one = fold_one

    def __missing__(self, code: int) -> str:
        folded = self[code] = self._fold_one(chr(code))
        return folded


def _without_marks(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def _base(ch: str) -> str:
    return "'" if ch in APOSTROPHES else unicodedata.normalize("NFD", ch)[0]


def _base_lower(ch: str) -> str:
    base = _base(ch)
    return base.lower()[:1] or base


_MARKS = _Table(_without_marks)
_BASE = _Table(_base)
_BASE_LOWER = _Table(_base_lower)


def fold(text: str, *, keep_case: bool = False, ascii_only: bool = False) -> str:
    """``text`` without accents (NFKD, combining marks dropped), case folded unless
    ``keep_case``; ``ascii_only`` drops what is still not ASCII."""
    if not keep_case:
        text = text.casefold()
    if text.isascii():
        return text
    if ascii_only:  # the codec drops them faster than a table
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.translate(_MARKS)


def fold_chars(text: str, *, keep_case: bool = False) -> str:
    """``text`` one character for one (the length is kept): base letters, curly apostrophes
    as "'", lowercase unless ``keep_case``."""
    if text.isascii() and "`" not in text:
        return text if keep_case else text.lower()
    return text.translate(_BASE if keep_case else _BASE_LOWER)
