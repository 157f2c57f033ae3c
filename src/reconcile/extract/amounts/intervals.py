"""What a figure is once read: an ``Amount``, and the interval its hedge stands for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from reconcile.settings import HedgeBands

Kind = Literal["duration", "count"]

HedgeClass = Literal[
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
]
HEDGE_CLASSES: tuple[str, ...] = get_args(HedgeClass)


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
