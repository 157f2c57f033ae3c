"""Syndication: near-identical texts (the same wire copy) count as one voice.

Candidate pairs come from MinHash LSH over word 5-grams (``datasketch``): two texts are
only ever compared when they share a band of their signatures. The exact check on a
candidate pair is rapidfuzz's ratio against the threshold, as before; what makes thousands
of copies cheap is that a candidate pair is never checked when the answer is already
known:

* both texts are already in one group (a chain of checked pairs joins them), or
* the Indel distance between the two groups' representatives, less how far each text can
  be from its representative, already puts the pair under the threshold (the Indel
  distance is a metric, so the triangle inequality bounds every pair of two groups).

Neither shortcut changes the groups: they are the connected parts of the graph of the
candidate pairs that pass the exact check, whatever the order. ``syndicated_pairs`` checks
every candidate pair (for scoring pairs on small labelled sets); ``syndication`` returns the
checked pairs that joined two groups.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from reconcile.models import Source

#: signature length and LSH bands × rows: a pair of texts sharing half of their 5-grams is
#: a candidate with probability 0.9999, a third 0.95, a twentieth 0.08
NUM_PERM = 64
BANDS = (32, 2)
_WORD = re.compile(r"\w+")

Pair = tuple[str, str, float]


def _grams(text: str) -> list[bytes]:
    words = _WORD.findall(text.casefold())
    return [" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))]


def signatures(sources: list[Source]) -> list[MinHash]:
    """The MinHash of each text's word 5-grams (crc32: fast, and the same in every run)."""
    signed: list[MinHash] = MinHash.bulk(
        (set(_grams(s.text)) for s in sources), num_perm=NUM_PERM, hashfunc=zlib.crc32
    )
    return signed


def candidate_buckets(signatures: list[MinHash]) -> Iterator[list[int]]:
    """The LSH buckets holding two texts or more, as sorted lists of indices into
    ``signatures``, in a fixed order (it depends on the texts, never on their order)."""
    lsh = MinHashLSH(num_perm=NUM_PERM, params=BANDS)
    for i, signature in enumerate(signatures):
        lsh.insert(i, signature, check_duplication=False)
    for table in lsh.hashtables:
        # a datasketch storage, not a dict: keys() is its interface
        buckets = [sorted(table.get(key)) for key in table.keys()]  # noqa: SIM118
        yield from sorted(b for b in buckets if len(b) > 1)


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100


def _pair(a: Source, b: Source, score: float) -> Pair:
    first, second = sorted((a.id, b.id))
    return first, second, round(score, 3)


def syndicated_pairs(sources: list[Source], threshold: float) -> list[Pair]:
    """Every candidate pair of source ids whose texts are near-identical, with their
    similarity (0–1). Quadratic in the size of a group of copies: for small sets."""
    ordered = sorted(sources, key=lambda s: s.id)
    candidates = {(a, b) for bucket in candidate_buckets(signatures(ordered))
                  for x, a in enumerate(bucket) for b in bucket[x + 1 :]}
    out = []
    for a, b in sorted(candidates):
        score = _ratio(ordered[a].text, ordered[b].text)
        if score >= threshold:
            out.append(_pair(ordered[a], ordered[b], score))
    return sorted(out)


#: a text this close to a pivot (3 % of the two lengths, in Indel distance) is measured
#: through it: copies of one wire story that differ by a credit line share a pivot
PIVOT_RADIUS = 0.03


@dataclass
class _Groups:
    """Union-find over texts. Each text hangs on a *pivot* (itself, or a text of its group
    within ``PIVOT_RADIUS``) at a known Indel distance, its slack; a text is measured once
    against each pivot of a group, and the triangle inequality bounds its distance to every
    text hanging there (the Indel distance is a metric)."""

    texts: list[str]
    threshold: float
    signed: list[np.ndarray]  # the MinHash values of each text, to meet likely groups first
    root: list[int] = field(init=False)
    pivot: list[int] = field(init=False)
    slack: list[int] = field(init=False)  # the Indel distance to the pivot's text
    members: dict[int, list[int]] = field(init=False)
    #: root → pivot → (largest slack, longest text) of the texts hanging on that pivot
    pivots: dict[int, dict[int, tuple[int, int]]] = field(init=False)
    scores: dict[tuple[int, int], float] = field(default_factory=dict)
    joined: list[tuple[int, int, float]] = field(default_factory=list)
    #: (root, root) → whether no pair of their texts can pass, and the groups' sizes then
    apart: dict[tuple[int, int], tuple[bool, int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n = len(self.texts)
        self.root, self.pivot, self.slack = list(range(n)), list(range(n)), [0] * n
        self.members = {i: [i] for i in range(n)}
        self.pivots = {i: {i: (0, len(t))} for i, t in enumerate(self.texts)}

    def score(self, a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in self.scores:
            self.scores[key] = _ratio(self.texts[a], self.texts[b])
        return self.scores[key]

    def distance(self, a: int, b: int) -> int:
        """The Indel distance, from the ratio (1 − distance ÷ the two lengths)."""
        return round((1 - self.score(a, b)) * (len(self.texts[a]) + len(self.texts[b])))

    def _under(self, gap: int, length: int) -> bool:
        """Is a pair whose distance is at least ``gap`` under the threshold?"""
        return gap > (1 - self.threshold) * length + 1e-6

    def _union(self, x: int, y: int) -> None:
        if len(self.members[self.root[x]]) == 1:  # a lone text hangs on y's pivot if close
            p = self.pivot[y]
            reach = self.distance(x, p)
            if reach <= PIVOT_RADIUS * (len(self.texts[x]) + len(self.texts[p])):
                self.pivot[x], self.slack[x] = p, reach
                self.pivots[x] = {p: (reach, len(self.texts[x]))}
        ra, rb = self.root[x], self.root[y]
        if (len(self.members[ra]), -ra) < (len(self.members[rb]), -rb):
            ra, rb = rb, ra  # the smaller group joins the larger
        for m in self.members[rb]:
            self.root[m] = ra
        self.members[ra].extend(self.members.pop(rb))
        mine = self.pivots[ra]
        for p, (slack, length) in self.pivots.pop(rb).items():
            old = mine.get(p, (0, 0))
            mine[p] = max(old[0], slack), max(old[1], length)
        self.joined.append((x, y, self.score(x, y)))

    def _far(self, x: int, p: int, slack: int, length: int) -> bool:
        """Is every text hanging on pivot ``p`` (at most ``slack`` from it, at most
        ``length`` long) too far from ``x``? Measured through ``x``'s own pivot first (one
        distance for all the texts hanging there), then from ``x`` itself."""
        own = self.pivot[x]
        gap = self.distance(own, p) - self.slack[x] - slack
        if self._under(gap, len(self.texts[x]) + length):
            return True
        return self._under(self.distance(x, p) - slack, len(self.texts[x]) + length)

    def meet(self, x: int, ys: dict[int, list[int]]) -> bool:
        """Check ``x`` against the texts of another group met in one bucket (by pivot),
        until a pair passes; the pairs the bounds put under the threshold are not checked."""
        ry = self.root[next(iter(ys.values()))[0]]
        if self.root[x] == ry:
            return True
        wide = self.pivots[ry]
        for p, hanging in sorted(ys.items()):
            if self._far(x, p, *wide[p]):
                continue
            reach = self.distance(x, p)
            for y in hanging:
                gap = reach - self.slack[y]
                if self._under(gap, len(self.texts[x]) + len(self.texts[y])):
                    continue
                if self.score(x, y) >= self.threshold:
                    self._union(x, y)
                    return True
        return False

    def _alike(self, x: int, r: int) -> int:
        return int(np.count_nonzero(self.signed[x] == self.signed[r]))

    def _apart(self, ra: int, rb: int) -> bool:
        """Do the bounds between the two groups' pivots put every pair of their texts under
        the threshold? (Decided again only when a group has grown.)"""
        sizes = len(self.members[ra]), len(self.members[rb])
        known = self.apart.get((ra, rb))
        if known is not None and known[1:] == sizes:
            return known[0]
        far = all(
            self._under(self.distance(pa, pb) - sa - sb, la + lb)
            for pa, (sa, la) in self.pivots[ra].items()
            for pb, (sb, lb) in self.pivots[rb].items()
        )
        self.apart[(ra, rb)] = far, *sizes
        return far

    def bucket(self, members: list[int]) -> None:
        """Every candidate pair of one bucket, decided."""
        roots = sorted({self.root[x] for x in members})
        if all(self._apart(a, b) for i, a in enumerate(roots) for b in roots[i + 1 :]):
            return  # one group, or groups that the bounds already keep apart
        # root → pivot → the texts of the bucket in that group, so far
        seen: dict[int, dict[int, list[int]]] = {}
        for x in members:
            # the group most like x first: once x is in its group of copies, it is measured
            # through that group's pivot, with distances already known
            likely = sorted(seen, key=lambda r: (-self._alike(x, r), r))
            hit = [r for r in likely if self.meet(x, seen[r])]
            parts = sorted((seen.pop(r) for r in hit), key=len, reverse=True)
            merged: dict[int, list[int]] = parts[0] if parts else {}
            for part in parts[1:]:
                for p, texts in part.items():
                    merged.setdefault(p, []).extend(texts)
            merged.setdefault(self.pivot[x], []).append(x)
            seen[self.root[x]] = merged


def syndication(sources: list[Source], threshold: float) -> list[Pair]:
    """The checked pairs of near-identical texts that join their groups (a spanning forest
    of each group of copies), with their similarity; same groups as ``syndicated_pairs``."""
    ordered = sorted(sources, key=lambda s: s.id)
    signed = signatures(ordered)
    groups = _Groups([s.text for s in ordered], threshold, [m.hashvalues for m in signed])
    for bucket in candidate_buckets(signed):
        groups.bucket(bucket)
    return sorted(_pair(ordered[a], ordered[b], score) for a, b, score in groups.joined)


def voices(sources: list[Source], pairs: list[tuple[str, str, float]]) -> dict[str, str]:
    """Source id → the id of its voice (the smallest id of its syndication group)."""
    voice = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while voice[x] != x:
            x = voice[x]
        return x

    for a, b, _ in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            voice[max(ra, rb)] = min(ra, rb)
    return {s.id: find(s.id) for s in sources}
