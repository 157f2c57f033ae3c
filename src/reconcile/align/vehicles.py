"""Vehicles: "Air Force One" ~ « l'avion présidentiel américain » (less precise, agreeing).

``data/vehicles.yaml`` lists well-known vehicles (their names and nicknames),
vehicle categories (car ⊃ limousine, aircraft ⊃ helicopter) and owners (the US
president ⊂ the United States). A :class:`VehicleValue` is read as

* a *specific* vehicle when its name or nickname contains one of a known
  vehicle's names ("The Beast", « Aurus »);
* else a *generic* description: the most specific category word in its name
  ("limousine" over "voiture") and the owner named in its owner field or its
  name (« de Donald Trump », « américaine »; the longest owner phrase wins).

:func:`relate_vehicles`:

``same``          the same known vehicle, or two generic descriptions with the
                  same category and owner;
``less_precise``  one is a generic description that fits the other (its category
                  is the same or broader, its owner the same or broader, or not
                  said): they agree;
``different``     two different known vehicles, two makes ("a Mercedes" is not "a
                  Range Rover"), two models of one make ("Airbus A330" is not
                  "Airbus A340"), or a category or owner that cannot fit (an
                  aircraft is not a car; Putin's car is not the US president's);
``unknown``       nothing comparable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from reconcile.lang.folding import fold
from reconcile.lang.people import fold_name
from reconcile.models import VehicleValue
from reconcile.safe_yaml import load_data

VehicleRelation = Literal["same", "less_precise", "different", "unknown"]


def _tokens(text: str) -> tuple[str, ...]:
    """Folded words; numbers kept (Il-96, VC-25), apostrophes split (Trump's)."""
    bare = fold(text.replace("’", "'"))
    out: list[str] = []
    for word in re.findall(r"[^\W_]+", bare):
        out.append(word if not word.isalpha() else (fold_name(word) or word))
    return tuple(out)


@dataclass(frozen=True)
class _Phrases:
    """Phrase (token tuple) -> key, longest phrases first."""

    items: tuple[tuple[tuple[str, ...], str], ...]

    def find(self, tokens: tuple[str, ...]) -> str | None:
        for phrase, key in self.items:
            n = len(phrase)
            for start in range(len(tokens) - n + 1):
                if tokens[start : start + n] == phrase:
                    return key
        return None

    def find_all(self, tokens: tuple[str, ...]) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for phrase, key in self.items:
            n = len(phrase)
            for start in range(len(tokens) - n + 1):
                if tokens[start : start + n] == phrase:
                    found.append((n, key))
        return found


@dataclass(frozen=True)
class _VehicleData:
    category_parent: dict[str, str | None]
    owner_parent: dict[str, str | None]
    vehicle_category: dict[str, str]
    vehicle_owner: dict[str, str | None]
    categories: _Phrases
    owners: _Phrases
    names: _Phrases
    makes: _Phrases


def _phrases(pairs: list[tuple[str, str]]) -> _Phrases:
    items = {(_tokens(text), key) for text, key in pairs if _tokens(text)}
    return _Phrases(tuple(sorted(items, key=lambda item: (-len(item[0]), item))))


@cache
def _data() -> _VehicleData:
    text = resources.files("reconcile.align").joinpath("data", "vehicles.yaml").read_text("utf-8")
    raw: Any = load_data(text)

    def words(entry: dict[str, Any], *fields: str) -> list[str]:
        return [str(w) for f in fields for w in (entry.get(f) or [])]

    cats, owners, names = [], [], []
    makes = [(str(w), str(key)) for key, ws in (raw.get("makes") or {}).items() for w in ws]
    for key, entry in raw["categories"].items():
        cats += [(w, str(key)) for w in words(entry, "fr", "en")]
    for key, entry in raw["owners"].items():
        owners += [(w, str(key)) for w in words(entry, "fr", "en")]
    for key, entry in raw["vehicles"].items():
        names += [(w, str(key)) for w in words(entry, "names")]
    return _VehicleData(
        category_parent={str(k): v.get("parent") for k, v in raw["categories"].items()},
        owner_parent={str(k): v.get("in") for k, v in raw["owners"].items()},
        vehicle_category={str(k): str(v["category"]) for k, v in raw["vehicles"].items()},
        vehicle_owner={str(k): v.get("owner") for k, v in raw["vehicles"].items()},
        categories=_phrases(cats),
        owners=_phrases(owners),
        names=_phrases(names),
        makes=_phrases(makes),
    )


def _chain(key: str, parents: dict[str, str | None]) -> list[str]:
    out: list[str] = []
    current: str | None = key
    while current is not None and current not in out:
        out.append(current)
        current = parents.get(current)
    return out


@dataclass(frozen=True)
class VehicleDescription:
    specific: str | None  # a known vehicle's key
    category: str | None
    owner: str | None
    text: tuple[str, ...]  # folded words of name + nickname
    make: str | None = None  # the maker ("audi"), and its model designation ("a8")
    model: str | None = None

    @property
    def empty(self) -> bool:
        return (self.specific is None and self.category is None and self.owner is None
                and self.make is None)


def _most_specific(found: list[tuple[int, str]], parents: dict[str, str | None]) -> str | None:
    """Of the keys found, the one the others contain (ties: the longest phrase)."""
    if not found:
        return None
    keys = [key for _, key in sorted(found, key=lambda f: -f[0])]
    for key in keys:
        chain = _chain(key, parents)
        if all(other in chain for other in keys):
            return key
    return keys[0]


@cache
def describe_vehicle(
    name: str | None, owner: str | None = None, nickname: str | None = None
) -> VehicleDescription:
    data = _data()
    named = _tokens(" ".join(p for p in (name, nickname) if p))
    specific = data.names.find(named)
    if specific is not None:
        return VehicleDescription(
            specific, data.vehicle_category[specific], data.vehicle_owner[specific], named,
            *_make_model(_tokens(name or "")),
        )
    category = _most_specific(data.categories.find_all(named), data.category_parent)
    owner_key = _most_specific(data.owners.find_all(_tokens(owner or "")), data.owner_parent)
    if owner_key is None:
        owner_key = _most_specific(data.owners.find_all(named), data.owner_parent)
    make, model = _make_model(_tokens(name or ""))
    return VehicleDescription(None, category, owner_key, named, make, model)


def _make_model(tokens: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The make a name gives, and the designation right after it that has a digit in it
    ("Airbus A330": airbus, a330; "Audi A8": audi, a8; "Mercedes" alone: mercedes, None)."""
    for phrase, key in _data().makes.items:
        n = len(phrase)
        for start in range(len(tokens) - n + 1):
            if tokens[start : start + n] == phrase:
                rest = tokens[start + n : start + n + 1]
                model = rest[0] if rest and any(c.isdigit() for c in rest[0]) else None
                return key, model
    return None, None


def vehicle_key(
    name: str | None, owner: str | None = None, nickname: str | None = None
) -> str | None:
    """A known vehicle's key, else ``category@owner`` / ``category`` / ``vehicle@owner``."""
    desc = describe_vehicle(name, owner, nickname)
    if desc.specific is not None:
        return desc.specific
    if desc.category and desc.owner:
        return f"{desc.category}@{desc.owner}"
    if desc.category:
        return desc.category
    if desc.owner:
        return f"vehicle@{desc.owner}"
    return None


def _fits(general: str | None, specific: str | None, parents: dict[str, str | None]) -> bool:
    """``general`` is ``specific`` or broader (or not said)."""
    return general is None or specific is None or general in _chain(specific, parents)


def _compatible(x: str | None, y: str | None, parents: dict[str, str | None]) -> bool:
    return _fits(x, y, parents) or _fits(y, x, parents)


def relate_vehicles(a: VehicleValue, b: VehicleValue) -> VehicleRelation:
    """How two vehicle claims relate (see the module doc). Symmetric."""
    data = _data()
    da = describe_vehicle(a.name, a.owner, a.nickname)
    db = describe_vehicle(b.name, b.owner, b.nickname)
    if da.empty or db.empty:
        if da.text and da.text == db.text:
            return "same"
        return "unknown"
    if da.specific and db.specific:
        return "same" if da.specific == db.specific else "different"
    if da.make and db.make and (
        da.make != db.make or (da.model and db.model and da.model != db.model)
    ):
        return "different"
    if not _compatible(da.category, db.category, data.category_parent):
        return "different"
    if not _compatible(da.owner, db.owner, data.owner_parent):
        return "different"
    if da.specific or db.specific:
        return "less_precise"
    if da.category == db.category and da.owner == db.owner:
        return "same"
    return "less_precise"


def same_vehicle_name(a: str, b: str) -> bool:
    """Two names for one vehicle: the same known vehicle (« Aurus » = "Aurus Senat"), or
    two bare category words in two languages (« hélicoptère » = "helicopter"). A model
    name is never the same as a bare category word ("Mercedes-Maybach" ≠ "car")."""
    data = _data()
    ta, tb = _tokens(a), _tokens(b)
    if ta == tb:
        return True
    sa, sb = data.names.find(ta), data.names.find(tb)
    if sa or sb:
        return sa == sb

    def bare(tokens: tuple[str, ...]) -> str | None:
        found = data.categories.find_all(tokens)
        return next((key for n, key in found if n == len(tokens)), None)

    ca, cb = bare(ta), bare(tb)
    return ca is not None and ca == cb
