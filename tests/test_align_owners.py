"""Owners named across sources (``align.owners``): a vehicle described by role and side
in one article gets the person other sources give that role and side."""

from __future__ import annotations

from reconcile.align.owners import resolve_owners
from reconcile.models import Claim, ParticipantValue, VehicleValue
from reconcile.settings import Settings


def _person(source: str, name: str, role: str | None, side: str | None, at: int = 0) -> Claim:
    value = ParticipantValue(
        name=name, as_written=name, role=role, side=side, presence="present"
    )
    return Claim(
        id=f"{source}:p{at}", source=source, slot="event.participants", subject=name,
        value=value, text=name, quote=name, start=at, end=at + len(name),
    )


def _described(source: str, role: str = "president", side: str = "russia") -> Claim:
    value = VehicleValue(name="limousine", owner_role=role, owner_side=side)
    return Claim(
        id=f"{source}:v", source=source, slot="event.vehicle", subject="ride", value=value,
        text=value.readable(), quote="the limousine", start=100, end=113,
    )


def _owner(claims: list[Claim]) -> VehicleValue:
    vehicle = next(c for c in claims if c.slot == "event.vehicle")
    assert isinstance(vehicle.value, VehicleValue)
    return vehicle.value


def test_the_one_holder_named_elsewhere_owns_it_and_the_sources_are_recorded() -> None:
    claims = [
        _described("ledger"),
        _person("ledger", "Ivan Petrov", None, None),
        _person("wire", "Ivan Petrov", "president", "russia"),
        _person("afp", "Ivan Petrov", "president", "russia"),
        _person("afp", "John Miller", "president", "united_states", at=20),
    ]
    value = _owner(resolve_owners(claims, Settings()))
    assert value.owner == "Ivan Petrov"
    assert value.owner_from == ["afp", "wire"]
    vehicle = next(c for c in resolve_owners(claims, Settings()) if c.slot == "event.vehicle")
    assert "as named by afp, wire" in vehicle.text


def test_spellings_across_languages_are_one_holder() -> None:
    claims = [
        _described("ledger"),
        _person("wire", "Yuri Chistyakov", "president", "russia"),
        _person("afp", "Iouri Tchistiakov", "president", "russia"),
    ]
    assert _owner(resolve_owners(claims, Settings())).owner is not None


def test_two_holders_named_by_as_many_sources_leave_it_described() -> None:
    claims = [
        _described("ledger"),
        _person("wire", "Ivan Petrov", "president", "russia"),
        _person("afp", "Oleg Sokolov", "president", "russia"),
    ]
    value = _owner(resolve_owners(claims, Settings()))
    assert value.owner is None and value.owner_from == []


def test_a_holder_more_sources_name_outvotes_one_slip() -> None:
    claims = [
        _described("ledger"),
        _person("wire", "Ivan Petrov", "president", "russia"),
        _person("afp", "Ivan Petrov", "president", "russia"),
        _person("tribune", "Oleg Sokolov", "president", "russia"),
    ]
    assert _owner(resolve_owners(claims, Settings())).owner == "Ivan Petrov"


def test_no_one_of_that_side_or_role_leaves_it_described() -> None:
    claims = [
        _described("ledger"),
        _person("wire", "Ivan Petrov", "foreign_minister", "russia"),
        _person("afp", "John Miller", "president", "united_states"),
    ]
    assert _owner(resolve_owners(claims, Settings())).owner is None


def test_a_named_owner_is_never_replaced() -> None:
    named = _described("ledger").model_copy(
        update={"value": VehicleValue(name="limousine", owner="Oleg Sokolov")}
    )
    claims = [named, _person("wire", "Ivan Petrov", "president", "russia")]
    assert resolve_owners(claims, Settings()) == claims
