"""Align: the claims of a story grouped into topics, as a stage with an output.

``align(claims, sources, settings) -> Alignment`` does all the grouping — vehicle owners
named across sources, syndicated copies counted as one voice, topics built from frames,
the pairs of topics that are only possibly the same — and the judge only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reconcile.align.owners import resolve_owners
from reconcile.align.syndication import syndication, voices
from reconcile.align.topics import Topic, build_topics
from reconcile.models import Claim, PossibleMatch, Source
from reconcile.settings import Settings


@dataclass(frozen=True)
class Alignment:
    claims: list[Claim]  # with owners resolved across sources
    topics: list[Topic]
    voice: dict[str, str]  # source id → the id of its syndication group's first source
    syndicated: list[tuple[str, str, float]]
    possible: list[PossibleMatch] = field(default_factory=list)

    def groups(self) -> list[list[str]]:
        """Syndication groups of two sources or more, each sorted, in order."""
        members: dict[str, list[str]] = {}
        for source, voice in sorted(self.voice.items()):
            members.setdefault(voice, []).append(source)
        return sorted(g for g in members.values() if len(g) > 1)


def align(claims: list[Claim], sources: list[Source], settings: Settings) -> Alignment:
    resolved = resolve_owners(claims, settings)
    pairs = syndication(sources, settings.syndication_threshold)
    topics, possible = build_topics(resolved, settings)
    return Alignment(
        claims=resolved, topics=topics, voice=voices(sources, pairs), syndicated=pairs,
        possible=sorted(possible, key=lambda p: (p.slot, p.subjects)),
    )
