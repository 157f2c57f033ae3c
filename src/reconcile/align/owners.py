"""Owners named across sources: "the Russian presidential limousine" is Kuznetsov's.

An article may say whose a vehicle is only by role and side (« la limousine
présidentielle russe », "the Russian presidential limousine") while naming two
presidents and never saying which one is Russian. Other sources of the same
story often do (« le président russe Andreï Kouznetsov »). :func:`resolve_owners`
gives such a vehicle claim the owner those sources name, when their participant
claims give that role and side to one person (spellings and languages clustered
with ``align.people``; when they name several, the one strictly more sources name),
and records which sources named them
(``owner_from``), so the report shows where the name comes from. Several people
fitting, or none: the claim keeps its described owner and is compared as such.

Nationality is never guessed from the form of a name: the side must be written
in some source next to the person.
"""

from __future__ import annotations

from collections import Counter

from reconcile.lang.people import match_people
from reconcile.lang.roles import role_fits
from reconcile.models import Claim, ParticipantValue, VehicleValue
from reconcile.settings import Settings


def _holders(
    people: list[tuple[Claim, ParticipantValue]], role: str, side: str, settings: Settings
) -> list[list[tuple[Claim, ParticipantValue]]]:
    """The people (clusters of claims) that participant claims give ``role`` and ``side``."""
    fits = [
        (c, v) for c, v in people
        if v.side == side and v.role is not None and role_fits(role, v.role)
    ]
    clusters: list[list[tuple[Claim, ParticipantValue]]] = []
    for claim, value in sorted(fits, key=lambda cv: (cv[0].source, cv[0].start, cv[0].id)):
        assert value.name is not None
        home = next(
            (
                cluster for cluster in clusters
                if any(
                    match_people(value.name, v.name or "", settings.name_fuzzy_threshold)
                    for _, v in cluster
                )
            ),
            None,
        )
        if home is None:
            clusters.append([(claim, value)])
        else:
            home.append((claim, value))
    return clusters


def resolve_owners(claims: list[Claim], settings: Settings) -> list[Claim]:
    """The claims, with described owners named where the sources allow it (new claim
    objects; the others are returned as they are)."""
    people = [
        (c, c.value)
        for c in claims
        if isinstance(c.value, ParticipantValue) and c.value.name and not c.value.plural
    ]
    holders: dict[tuple[str, str], list[list[tuple[Claim, ParticipantValue]]]] = {}
    out: list[Claim] = []
    for claim in claims:
        value = claim.value
        if (
            not isinstance(value, VehicleValue)
            or value.owner
            or not (value.owner_role and value.owner_side)
        ):
            out.append(claim)
            continue
        wanted = (value.owner_role, value.owner_side)
        if wanted not in holders:  # once per role and side, not once per vehicle claim
            holders[wanted] = _holders(people, *wanted, settings)
        clusters = holders[wanted]
        # one holder, or one that strictly more sources name than any other (a source
        # that gives the role to the wrong name in a long sentence is outvoted)
        support = sorted(
            ((len({c.source for c, _ in cluster}), cluster) for cluster in clusters),
            key=lambda sc: -sc[0],
        )
        if not support or (len(support) > 1 and support[0][0] == support[1][0]):
            out.append(claim)
            continue
        holder = support[0][1]
        written = Counter(v.name for _, v in holder)
        name = sorted(written, key=lambda n: (-written[n], n or ""))[0]
        named = value.model_copy(
            update={"owner": name, "owner_from": sorted({c.source for c, _ in holder})}
        )
        out.append(claim.model_copy(update={"value": named, "text": named.readable()}))
    return out
