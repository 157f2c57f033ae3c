"""Syndication scores: the gold's near-identical pairs against the pairs the judge detects
(`reconcile.align.syndication`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from reconcile.align.syndication import syndicated_pairs
from reconcile.models import Source


@dataclass
class SyndicationScore:
    gold: int = 0
    found: int = 0
    extra: list[str] = field(default_factory=list)

    def add(self, other: SyndicationScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.extra.extend(other.extra)


def score_syndication(
    event: str, gold: dict[str, Any], sources: list[Source], threshold: float
) -> SyndicationScore:
    # A gold entry is a group of copies of one text: every two of its members are a pair.
    gold_pairs = {
        frozenset((str(a), str(b)))
        for group in gold.get("syndication") or []
        for a, b in combinations(group, 2)
    }
    name_of = {s.id: Path(s.path).name for s in sources}
    found_pairs = {
        frozenset((name_of[a], name_of[b]))
        for a, b, _ in syndicated_pairs(sources, threshold)
    }
    return SyndicationScore(
        gold=len(gold_pairs),
        found=len(gold_pairs & found_pairs),
        extra=[f"{event}: {' ~ '.join(sorted(p))}"
               for p in sorted(found_pairs - gold_pairs, key=sorted)],
    )
