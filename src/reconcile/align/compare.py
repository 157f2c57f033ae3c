"""Pairwise compatibility of two claims' values, by the value's type.

Never by raw string equality: intervals overlap, places contain one another,
a less precise vehicle agrees with a precise one. Each answer carries the
rule that decided it, so a finding can explain itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reconcile.align.vehicles import relate_vehicles
from reconcile.lang.places import relate_places
from reconcile.models import (
    Claim,
    DateValue,
    DurationValue,
    LabelValue,
    LocationValue,
    OutcomeValue,
    ParticipantValue,
    QuantityValue,
    VehicleValue,
)
from reconcile.safe_yaml import load_data


@dataclass(frozen=True)
class Comparison:
    compatible: bool
    rule: str
    timezone_hint: bool = False


def interval(claim: Claim) -> tuple[float | None, float | None]:
    value = claim.value
    if isinstance(value, DurationValue):
        return value.min_minutes, value.max_minutes
    if isinstance(value, QuantityValue):
        return value.min, value.max
    raise TypeError(claim.slot)


def fmt_interval(low: float | None, high: float | None, unit: str = "") -> str:
    lo = "…" if low is None else f"{low:g}"
    hi = "…" if high is None else f"{high:g}"
    return f"[{lo}–{hi}{unit}]"


@cache
def _label_conflicts() -> dict[str, set[frozenset[str]]]:
    raw = load_data(
        resources.files("reconcile.align").joinpath("data", "label_conflicts.yaml").read_text()
    )
    return {slot: {frozenset(p) for p in pairs} for slot, pairs in raw.items()}


def compare(a: Claim, b: Claim) -> Comparison:
    """Can both values be true? By the values' type; the rule that decided says why."""
    va, vb = a.value, b.value
    figures = DurationValue | QuantityValue
    if isinstance(va, QuantityValue) and isinstance(vb, QuantityValue) and va.unit != vb.unit:
        units = _compare_units(va, vb)
        if units is not None:
            return units
    if isinstance(va, figures) and isinstance(vb, figures):
        return _compare_intervals(a, b)
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        return _compare_dates(va, vb)
    if isinstance(va, ParticipantValue) and isinstance(vb, ParticipantValue):
        clash = {va.presence, vb.presence} == {"present", "absent"}
        return Comparison(not clash, f"presence {va.presence} vs {vb.presence}")
    if isinstance(va, LocationValue) and isinstance(vb, LocationValue):
        place = relate_places(va, vb)
        return Comparison(place != "disjoint", f"places {va.name} / {vb.name}: {place}")
    if isinstance(va, VehicleValue) and isinstance(vb, VehicleValue):
        ride = relate_vehicles(va, vb)
        return Comparison(ride != "different", f"vehicles: {ride}")
    if isinstance(va, OutcomeValue) and isinstance(vb, OutcomeValue):
        return _compare_outcomes(a.slot, va, vb)
    if isinstance(va, LabelValue) and isinstance(vb, LabelValue):
        return _compare_labels(a.slot, "labels", va.label, vb.label)
    return Comparison(True, "no rule sets these values against each other")


def _compare_units(va: QuantityValue, vb: QuantityValue) -> Comparison | None:
    """Figures in two units: two scores differ; two other units are not compared; a measure
    (a length, an area, a share) against a bare count is not compared either — five
    kilometres and 12,000 residents are two things; money against a bare figure is compared
    as figures (None): "62 million" is often the same sum with its currency left out."""
    units = (va.unit or "", vb.unit or "")
    if all(u.startswith("score ") for u in units):
        # a score is the same whichever team is named first ("2-1" = "1-2")
        return Comparison(False, f"scores {units[0][6:]} and {units[1][6:]} differ")
    if all(units):
        return Comparison(True, f"units {units[0]} and {units[1]} differ: figures not compared")
    unit = units[0] or units[1]
    if not _currency(unit):
        return Comparison(True, f"a figure in {unit} and a bare count: figures not compared")
    return None


def _currency(unit: str) -> bool:
    """An ISO 4217 code (CLDR's list, via Babel), as the amount extractor writes money."""
    return unit.upper() in _currencies()


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _compare_intervals(a: Claim, b: Claim) -> Comparison:
    (la, ha), (lb, hb) = interval(a), interval(b)
    overlap = (la is None or hb is None or la <= hb) and (lb is None or ha is None or lb <= ha)
    unit = " min" if isinstance(a.value, DurationValue) else ""
    word = "overlap" if overlap else "are disjoint"
    return Comparison(
        overlap, f"intervals {fmt_interval(la, ha, unit)} and {fmt_interval(lb, hb, unit)} {word}"
    )


def _compare_outcomes(slot: str, va: OutcomeValue, vb: OutcomeValue) -> Comparison:
    if {va.agreement, vb.agreement} == {True, False}:
        return Comparison(False, f"agreement {va.agreement} vs {vb.agreement}")
    if va.label and vb.label and va.label != vb.label:
        # a launch's success vs failure, a bill adopted vs rejected (data: label_conflicts)
        return _compare_labels(slot, "outcomes", va.label, vb.label)
    return Comparison(True, f"agreement {va.agreement} vs {vb.agreement}")


def _compare_labels(slot: str, what: str, a: str, b: str) -> Comparison:
    clash = frozenset((a, b)) in _label_conflicts().get(slot, set())
    verb = "exclude each other" if clash else "are compatible"
    return Comparison(not clash, f"{what} {a} and {b} {verb}")


def _compare_dates(a: DateValue, b: DateValue) -> Comparison:
    if a.date and b.date:
        da, db = dt.date.fromisoformat(a.date), dt.date.fromisoformat(b.date)
        if da == db:
            return Comparison(True, f"same day {da.isoformat()}")
        for wide, day in ((a, db), (b, da)):
            if wide.precision != "day" and wide.date:
                start = dt.date.fromisoformat(wide.date)
                span = {"week": 7, "month": 31, "year": 366}[wide.precision]
                if start <= day < start + dt.timedelta(days=span):
                    return Comparison(True, f"{day} falls within the {wide.precision} of {start}")
        gap = abs((da - db).days)
        if gap == 1:
            return Comparison(
                False,
                f"{da} vs {db}: one day apart (a time-zone difference between outlets is possible)",
                timezone_hint=True,
            )
        return Comparison(False, f"{da} vs {db}: {gap} days apart")
    if a.weekday and b.weekday:
        same = a.weekday == b.weekday
        return Comparison(same, f"weekdays {a.weekday} / {b.weekday} (a date unresolved)")
    for known, loose in ((a, b), (b, a)):
        if known.date and loose.weekday:
            weekday = dt.date.fromisoformat(known.date).strftime("%A").lower()
            return Comparison(
                weekday == loose.weekday,
                f"{known.date} is a {weekday}; the other says {loose.weekday} "
                f"({loose.anchor or 'no anchor'})",
            )
    return Comparison(True, "a date could not be resolved; nothing to compare")
