"""When a predicted value agrees with a gold one: text folded, people by name, places by name
or by `reconcile.lang.places`, then one rule a slot (see the package docstring)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

from reconcile.align.vehicles import same_vehicle_name
from reconcile.lang.folding import fold as lang_fold
from reconcile.models import (
    Claim,
    DateValue,
    DurationValue,
    LabelValue,
    LocationValue,
    NextValue,
    OutcomeValue,
    ParticipantValue,
    QuantityValue,
    VehicleValue,
)

if TYPE_CHECKING:
    from reconcile.commands.evaluate.gold import GoldClaim

Agreement = tuple[bool, str]  # agrees, and why not


def fold(text: object) -> str:
    """Lower case, accents and typographic apostrophes/dashes folded, spaces collapsed."""
    s = lang_fold(str(text), keep_case=True)  # lowered last
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def fold_hedge(text: object) -> str:
    s = fold(text)
    s = re.sub(r"\bd'\s*", "de ", s)
    s = re.sub(r"\s+(de|of|d')$", "", s.strip())
    return s.strip()


# a leading article or preposition: a whole word (« au siège » must not lose just its « a »)
_LEADING = re.compile(
    r"^(?:(?:(?:the|an|a|in|at|of|le|la|les|du|des|de|aux|au|en|dans|sur)\s+)|l'|d')+"
)


def _place_key(text: object) -> str:
    return _LEADING.sub("", fold(text).strip(" .,;:\"'«»")).strip()


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    match_people = _optional("reconcile.lang.people", "match_people")
    if match_people is not None:
        return match_people(a, b) is not None
    sa, sb = fold(a).split(), fold(b).split()
    return bool(sa and sb) and sa[-1] == sb[-1]


def same_place(
    predicted: str | LocationValue | None,
    gold: str | None,
    gold_quotes: Sequence[str] = (),
    gold_kind: str | None = None,
) -> bool:
    """The same place: folded names, the gold quote itself, or ``relate_places`` says same."""
    if predicted is None or not gold:
        return False
    pred_value = predicted if isinstance(predicted, LocationValue) else LocationValue(
        name=predicted)
    key = _place_key(pred_value.name)
    if key and (key == _place_key(gold) or any(key == _place_key(q) for q in gold_quotes)):
        return True
    relate = _optional("reconcile.lang.places", "relate_places")
    if relate is None:
        return False
    kind = gold_kind if gold_kind in ("site", "city", "region", "country") else "other"
    try:
        relation = relate(pred_value, LocationValue(name=gold, kind=kind))
    except Exception:  # an optional helper: a failure there is "not the same"
        return False
    return bool(relation == "same")


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _duration(pred: Claim, gold: GoldClaim) -> Agreement:
    g, v = gold.value, pred.value
    if not isinstance(v, DurationValue):
        return False, "not a duration"
    minutes = v.nominal_minutes
    if minutes is None and v.min_minutes is not None and v.max_minutes is not None:
        minutes = (v.min_minutes + v.max_minutes) / 2
    if minutes is None or abs(minutes - float(g["minutes"])) > 1:
        return False, f"minutes {minutes} ≠ {g['minutes']}"
    hedge = g.get("hedge")
    if hedge and fold_hedge(hedge) != fold_hedge(pred.qualifiers.hedge or ""):
        return False, f"hedge {pred.qualifiers.hedge!r} ≠ {hedge!r}"
    return True, ""


def _quantity(pred: Claim, gold: GoldClaim) -> Agreement:
    g, v = gold.value, pred.value
    if "nominal" in g:
        if not isinstance(v, QuantityValue) or v.nominal is None:
            return False, "no nominal figure"
        want = float(g["nominal"])
        if abs(v.nominal - want) > 1e-6 * max(1.0, abs(want)):
            return False, f"nominal {v.nominal:g} ≠ {want:g}"
        return True, ""
    if "score" in g:
        score = fold(g["score"]).replace(" ", "")
        seen = (fold(pred.text) + " " + fold(pred.quote)).replace(" ", "")
        return (score in seen), f"score {g['score']} not in {pred.text!r}"
    return True, ""


def _date(pred: Claim, gold: GoldClaim) -> Agreement:
    v = pred.value
    if not isinstance(v, DateValue):
        return False, "not a date"
    want_date = _iso(gold.value.get("date"))
    return v.date == want_date, f"date {v.date} ≠ {want_date}"


def _location(pred: Claim, gold: GoldClaim) -> Agreement:
    g, v = gold.value, pred.value
    if not isinstance(v, LocationValue):
        return False, "not a location"
    ok = same_place(v, g.get("name"), gold.quotes, g.get("kind"))
    return ok, f"place {v.name!r} ≠ {g.get('name')!r}"


def _participant(pred: Claim, gold: GoldClaim) -> Agreement:
    g, v = gold.value, pred.value
    if not isinstance(v, ParticipantValue):
        return False, "not a participant"
    name = v.name or v.as_written
    if not same_person(name, g.get("name") or gold.subject):
        return False, f"person {name!r} ≠ {g.get('name')!r}"
    want_presence = g.get("presence")
    if want_presence and v.presence != want_presence:
        return False, f"presence {v.presence} ≠ {want_presence}"
    return True, ""


_BY_SLOT: dict[str, Callable[[Claim, GoldClaim], Agreement]] = {
    "event.duration": _duration,
    "quantity": _quantity,
    "event.date": _date,
    "event.location": _location,
    "event.participants": _participant,
}


def value_agrees(pred: Claim, gold: GoldClaim) -> Agreement:
    """Does the predicted value agree with the gold one on the slot's key fields?"""
    rule = _BY_SLOT.get(gold.slot)
    if rule is not None:
        return rule(pred, gold)
    return _fields_agree(pred.value, gold.value, gold.quotes)


_EXPECTED_TYPE: dict[str, type] = {
    "label": LabelValue, "agreement": OutcomeValue, "nickname": VehicleValue,
    "owner": VehicleValue, "place": NextValue, "participants": NextValue,
}


def _fields_agree(v: object, g: dict[str, Any], quotes: Sequence[str]) -> Agreement:
    """Vehicle / format / tone / outcome / next: every field the gold gives is equal."""
    for key, want in g.items():
        if want is None or want == [] or want == "":
            continue
        got = getattr(v, key, None)
        # an outcome that is not a deal (a launch's success, a bill adopted) is a label
        # on the outcome value: {label: success} in the gold matches it
        outcome_label = key == "label" and isinstance(v, OutcomeValue)
        expected = _EXPECTED_TYPE.get(key)
        if expected is not None and not isinstance(v, expected) and not outcome_label:
            return False, f"not a {expected.__name__} value"
        if not _field_equal(key, got, want, v):
            return False, f"{key} {got!r} ≠ {want!r}"
    return True, ""


def _field_equal(key: str, got: Any, want: Any, v: object) -> bool:
    if key == "agreement":
        return bool(got == bool(want))
    if key in ("owner",):
        return isinstance(got, str) and (same_person(got, str(want)) or fold(got) == fold(want))
    if key == "name" and isinstance(v, VehicleValue):
        return isinstance(got, str) and same_vehicle_name(got, str(want))
    if key == "place":
        return isinstance(got, str) and same_place(got, str(want))
    if key == "date" and isinstance(v, NextValue):
        # YAML reads an unquoted 2027-04-14 as a date: compare the ISO text
        return isinstance(got, str) and got == str(want)
    if key in ("participants", "riders"):
        got_list = [str(x) for x in got or []]
        return all(any(same_person(w, x) for x in got_list) for w in want)
    return isinstance(got, str) and fold(got).strip("\"'«» ") == fold(want).strip("\"'«» ")
