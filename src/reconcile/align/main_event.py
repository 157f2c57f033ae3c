"""The story's main event, decided across sources, for its place and its date.

An article names many places and dates: the event's, and those of what surrounds it (where
a minister spoke from, where a detainee was held, the town a local paper writes for, the
evening a summit opened). The extractors keep the ones a sentence ties to the event, but a
single article cannot always tell. Across sources it can: the main event's place is the one
most sources name (a value, with every value compatible with it: the airport, its city, its
country). A source that names it too and also names a place that does not fit it is saying
something about another thing there, not contradicting the others; only a source whose every
place is incompatible with the main event's contradicts it.

Values are compared once per distinct value, not per pair of claims, so a story of thousands
of sources costs what its distinct places cost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from reconcile.align.frames import ValueKey, value_key
from reconcile.models import Claim

Compatible = Callable[[Claim, Claim], bool]


def split_main_event(
    claims: list[Claim], related: Compatible, compatible: Compatible
) -> tuple[list[Claim], list[Claim]]:
    """(claims about the main event, claims of sources that name it and something else).

    ``related``: the two values are known to be one place or date, or one within the other
    (an unplaced site relates to nothing); ``compatible``: both can be true. The main event's
    value is the distinct value the most sources name or relate to; ties go to the value most
    often in a title or lead, then to the value's text, so the order of sources never
    changes the choice."""
    keys = [value_key(claim) for claim in claims]  # one dump per claim (a hot path at scale)
    by_value: dict[ValueKey, list[Claim]] = defaultdict(list)
    for claim, key in zip(claims, keys, strict=True):
        by_value[key].append(claim)
    if len(by_value) < 2:
        return claims, []
    values = sorted(by_value)
    sample = {v: by_value[v][0] for v in values}
    fits = {
        v: {w for w in values if w == v or related(sample[v], sample[w])} for v in values
    }

    def support(v: ValueKey) -> tuple[int, int, ValueKey]:
        sources = {c.source for w in fits[v] for c in by_value[w]}
        leads = sum(1 for w in fits[v] for c in by_value[w] if c.part in ("title", "lead"))
        return (-len(sources), -leads, v)

    main = min(values, key=support)
    naming_main = {c.source for w in fits[main] for c in by_value[w]}
    off = {v for v in values if not compatible(sample[main], sample[v])}
    kept: list[Claim] = []
    elsewhere: list[Claim] = []
    for claim, key in zip(claims, keys, strict=True):
        if key in off and claim.source in naming_main:
            elsewhere.append(claim)
        else:
            kept.append(claim)
    return kept, elsewhere
