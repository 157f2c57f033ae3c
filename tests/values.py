"""Plain helpers shared by the figure test files (imported: tests/ is on the path)."""

from __future__ import annotations

from typing import Any

from reconcile.models import Claim, DurationValue, QuantityValue


def nominal(claim: Claim) -> float | str | None:
    """The claim's nominal minutes or count; a score's unit (« score 2-1 »)."""
    v = claim.value
    if isinstance(v, DurationValue):
        return v.nominal_minutes
    if isinstance(v, QuantityValue):
        return v.nominal if v.nominal is not None else v.unit
    return None


def check_presence(participants_of: Any, case_id: str, lang: str, text: str,
                   find: dict[str, str], not_find: list[str]) -> None:
    """A participants case: each subject of ``find`` claimed with that presence, none of
    ``not_find`` claimed."""
    got = presences(participants_of, lang, text)
    for subject, presence in find.items():
        assert subject in got, f"{case_id}: no claim for {subject}; got {got}"
        assert got[subject] == presence, f"{case_id}: {subject} {got[subject]} ≠ {presence}"
    for subject in not_find:
        assert subject not in got, f"{case_id}: unexpected claim {subject}"


def presences(participants_of: Any, lang: str, text: str) -> dict[str, str]:
    """Subject → presence of the participant claims of a one-body article."""
    return {s: c.value.presence for s, c in participants_of(lang, text).items()}
