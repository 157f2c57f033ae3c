"""Plain helpers shared by the figure test files (imported: tests/ is on the path)."""

from __future__ import annotations

from reconcile.models import Claim, DurationValue, QuantityValue


def nominal(claim: Claim) -> float | str | None:
    """The claim's nominal minutes or count; a score's unit (« score 2-1 »)."""
    v = claim.value
    if isinstance(v, DurationValue):
        return v.nominal_minutes
    if isinstance(v, QuantityValue):
        return v.nominal if v.nominal is not None else v.unit
    return None
