"""Judging and syndication stay exact when they stop enumerating pairs.

The clash search (``judge._clashes``) finds the first incompatible pair, the one the reason
names and whether a source contradicts itself without listing every pair; the syndication
groups (``align.syndication.syndication``) skip the candidate pairs whose answer is known.
Both are checked here against the plain enumeration on random inputs.
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.align.syndication import syndicated_pairs, syndication, voices
from reconcile.judge import _clashes, _every_pair, _summary, _Topic
from reconcile.models import Claim, Qualifiers, Source, claim_id

CITIES = [("Genève", "city"), ("Lausanne", "city"), ("Lyon", "city"), ("Suisse", "country"),
          ("InterContinental", "site")]


def _claim(n: int, source: str, slot: str, value: dict[str, Any], modality: str) -> Claim:
    return Claim(
        id=claim_id(source, slot, "x", n, n + 1), source=source, slot=slot, subject="x",
        value=value, text=str(value), quote="x", start=n, end=n + 1,
        qualifiers=Qualifiers(modality=modality),  # type: ignore[arg-type]
    )


def _topic(rows: list[tuple[str, int, str]], slot: str) -> list[Claim]:
    claims = []
    for n, (source, v, modality) in enumerate(rows):
        if slot == "event.location":
            name, kind = CITIES[v % len(CITIES)]
            value: dict[str, Any] = {"type": "location", "name": name, "kind": kind}
        else:
            value = {"type": "duration", "min_minutes": v * 10, "max_minutes": v * 10 + 5,
                     "nominal_minutes": v * 10}
        claims.append(_claim(n, source, slot, value, modality))
    return sorted(claims, key=lambda c: (c.source, c.start, c.id))  # as topics are


def _as_tuple(found: Any) -> tuple[Any, ...]:
    def pair(c: Any) -> Any:
        return None if c is None else (c.a.id, c.b.id, c.why.rule)

    return pair(found.first), pair(found.shown), found.self_contradiction


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("abcdefg"), st.integers(0, 4),
                  st.sampled_from(["asserted", "asserted", "denied", "expected"])),
        min_size=1, max_size=30,
    ),
    st.sampled_from(["event.duration", "event.location"]),
)
def test_the_clash_search_finds_what_the_enumeration_finds(
    rows: list[tuple[str, int, str]], slot: str
) -> None:
    claims = _topic(rows, slot)
    topic = _Topic(claims)
    assert _as_tuple(_clashes(claims)) == _as_tuple(_summary(topic, _every_pair(topic)))


def test_an_unplaced_site_confirms_no_city() -> None:
    claims = _topic([("a", 0, "asserted"), ("a", 4, "asserted"), ("b", 1, "asserted")],
                    "event.location")
    found = _clashes(claims)
    assert found.first is not None
    assert {found.first.a.value.name, found.first.b.value.name} == {  # type: ignore[union-attr]
        "Genève", "Lausanne"}


WORDS = ["talks", "summit", "minister", "lisbon", "geneva", "hours", "agreement", "delegation",
         "press", "treaty", "border", "trade", "energy", "tariffs", "night", "morning"]


def _texts(rnd: random.Random, bases: int, copies: int) -> list[Source]:
    """Near-copies of a few base texts: words changed at random, some far, some close."""
    out = []
    for b in range(bases):
        base = [rnd.choice(WORDS) for _ in range(120)]
        for c in range(copies):
            words = base[:]
            for _ in range(rnd.choice([0, 2, 15, 40])):
                words[rnd.randrange(len(words))] = rnd.choice(WORDS)
            sid = f"s{b}_{c}"
            out.append(Source(id=sid, path=f"{sid}.txt", text=" ".join(words),
                              content_hash=sid, lang="en"))
    return out


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 4), st.integers(1, 8),
       st.sampled_from([0.6, 0.8, 0.9]))
def test_syndication_groups_are_those_of_every_checked_pair(
    seed: int, bases: int, copies: int, threshold: float
) -> None:
    rnd = random.Random(seed)
    sources = _texts(rnd, bases, copies)
    every = syndicated_pairs(sources, threshold)
    spanning = syndication(sources, threshold)
    assert voices(sources, spanning) == voices(sources, every)
    assert set(spanning) <= set(every)  # only checked pairs, with the same similarity
    shuffled = sources[:]
    rnd.shuffle(shuffled)
    assert syndication(shuffled, threshold) == spanning


def _wire(rnd: random.Random, versions: int, copies: int) -> list[Source]:
    """Versions of one wire story (a few words changed each: some versions near the
    threshold of each other), each picked up by many outlets (a credit line appended)."""
    base = [rnd.choice(WORDS) for _ in range(150)]
    out = []
    for v in range(versions):
        words = base[:]
        for _ in range(rnd.choice([3, 20, 35, 50])):
            words[rnd.randrange(len(words))] = rnd.choice(WORDS)
        for c in range(copies):
            sid = f"v{v}_{c:03d}"
            text = " ".join(words) + f"\n\n— Outlet {rnd.randrange(1000)}, with agencies\n"
            out.append(Source(id=sid, path=f"{sid}.txt", text=text, content_hash=sid,
                              lang="en"))
    return out


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.8, 0.9]))
def test_syndication_of_many_copies_keeps_the_groups_of_every_checked_pair(
    seed: int, threshold: float
) -> None:
    """Groups of dozens of copies (centers, whole groups found apart, groups a bucket
    holds only part of), against checking every candidate pair."""
    rnd = random.Random(seed)
    sources = _wire(rnd, versions=5, copies=40)
    every = syndicated_pairs(sources, threshold)
    spanning = syndication(sources, threshold)
    assert voices(sources, spanning) == voices(sources, every)
    assert set(spanning) <= set(every)
    shuffled = sources[:]
    rnd.shuffle(shuffled)
    assert syndication(shuffled, threshold) == spanning
