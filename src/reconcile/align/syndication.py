"""Syndication: near-identical texts (the same wire copy) count as one voice.

Candidate pairs come from MinHash LSH over word 5-grams: two texts are only ever compared
when they share a band of their signatures. The signatures are datasketch's (``MinHash``,
its default ``affine32`` scheme, seed 1, crc32 of each 5-gram), computed here in bulk with
numpy; ``tests/test_syndication_sketch.py`` checks them, and the buckets, against
datasketch's own ``MinHash`` and ``MinHashLSH``.

The exact check on a candidate pair is rapidfuzz's ratio against the threshold, as before;
what makes thousands of copies cheap is that a pair is never checked when bounds already
decide it. Each text hangs on a *center* (itself, or the nearest text it was measured
against within ``CENTER_RADIUS``, whatever its group) at a known Indel distance, its slack;
the Indel distance is a metric, so the distance between two centers, less the slack of
each text, bounds every pair of texts hanging on them. Two groups met in a bucket are
compared center by center first, then text by text where the centers cannot tell (through
the text's center to each text of the other group), and only the pairs the bounds leave
open are checked. What is found between two whole groups is kept — apart (no pair of
theirs passes) or linked (one does) — and carries over when groups join, so two groups of
a thousand copies each are compared once, not again in every band they share.

The groups are the connected parts of the graph of the candidate pairs that pass the exact
check, whatever the order. ``syndicated_pairs`` checks every candidate pair (for scoring
pairs on small labelled sets); ``syndication`` returns the checked pairs that joined two
groups.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from reconcile.models import Source

#: signature length and LSH bands × rows: a pair of texts sharing half of their 5-grams is
#: a candidate with probability 0.9999, a third 0.95, a twentieth 0.08
NUM_PERM = 64
BANDS = (32, 2)
#: datasketch's default seed: the signatures are those of ``MinHash(num_perm=64)``
SEED = 1
_WORD = re.compile(r"\w+")

Pair = tuple[str, str, float]


def _grams(text: str) -> list[bytes]:
    """The text's word 5-grams (all its words, when fewer than five): what is signed."""
    words = _WORD.findall(text.casefold())
    if len(words) < 5:
        return [" ".join(words).encode()]
    return _windows(words)


def _windows(words: list[str]) -> list[bytes]:
    return [" ".join(g).encode() for g in zip(*(words[i:] for i in range(5)), strict=False)]


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations ``h -> a·h + b mod 2³²`` (``MinHash
    ._init_permutations``): the same draws from numpy's ``RandomState``, whose stream
    numpy keeps stable."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to each hash first."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = hv ^ (hv >> np.uint32(16))
    return mixed


#: texts signed at once
_BLOCK = 512


class _Signer:
    """MinHash signatures, line by line: copies of a wire story share most of their lines,
    and no word runs across a line end, so the 5-grams inside a line are hashed and
    reduced once per distinct line (its *line minimum*); a text's signature is the minimum
    of its lines' and of the 5-grams across its line ends (those, too, kept by the words
    around the line end)."""

    def __init__(self) -> None:
        self.a, self.b = _permutations()
        self.lines: dict[str, int] = {}  # a line's text → its index
        self.words: list[list[str]] = []  # each line's words
        self.row: list[int] = []  # each line's row in ``table``; -1: no 5-gram inside
        self.table = np.empty((1024, NUM_PERM), dtype=np.uint32)
        self.rows = 0
        self.across: dict[tuple[int, tuple[str, ...]], list[int]] = {}

    def permuted(self, hashes: list[int]) -> np.ndarray:
        hv = _fmix(np.array(hashes, dtype=np.uint32))
        out: np.ndarray = hv[:, None] * self.a[None, :] + self.b[None, :]  # mod 2³²
        return out

    def line(self, text: str, fresh: list[int]) -> int:
        known = self.lines.get(text)
        if known is None:
            known = self.lines[text] = len(self.words)
            self.words.append(_WORD.findall(text.casefold()))
            self.row.append(-1)
            fresh.append(known)
        return known

    def _crossing(self, words: list[str], starts: list[int]) -> list[int]:
        """The crc32 of the 5-grams that cross a line end (all the words when fewer than
        five), each line end's kept by the words around it."""
        if len(words) < 5:
            return [zlib.crc32(" ".join(words).encode())]
        out: list[int] = []
        for c in sorted({c for c in starts if 0 < c < len(words)}):  # blank lines: one end
            low, high = max(0, c - 4), min(len(words), c + 4)
            key = (c - low, tuple(words[low:high]))
            known = self.across.get(key)
            if known is None:
                known = self.across[key] = [
                    zlib.crc32(" ".join(words[s : s + 5]).encode())
                    for s in range(low, min(c, len(words) - 4))]
            out.extend(known)
        return out

    def _fill(self, fresh: list[int]) -> None:
        """The line minimum of each new line that holds a 5-gram."""
        grams = [(i, [zlib.crc32(g) for g in _windows(self.words[i])]) for i in fresh]
        grams = [(i, h) for i, h in grams if h]
        if not grams:
            return
        offsets = np.cumsum([0] + [len(h) for _, h in grams[:-1]])
        mins = np.minimum.reduceat(self.permuted([x for _, h in grams for x in h]), offsets,
                                   axis=0)
        while self.rows + len(grams) > len(self.table):
            self.table = np.concatenate([self.table, np.empty_like(self.table)])
        self.table[self.rows : self.rows + len(grams)] = mins
        for k, (i, _) in enumerate(grams):
            self.row[i] = self.rows + k
        self.rows += len(grams)

    def block(self, texts: list[str]) -> np.ndarray:
        fresh: list[int] = []
        lines: list[list[int]] = []
        crossing: list[list[int]] = []
        for text in texts:
            ids = [self.line(t, fresh) for t in text.split("\n")]
            words: list[str] = []
            starts: list[int] = []
            for i in ids:
                starts.append(len(words))
                words.extend(self.words[i])
            lines.append(ids)
            crossing.append(self._crossing(words, starts))
        self._fill(fresh)
        rows = [[self.row[i] for i in ids if self.row[i] >= 0] for ids in lines]
        stacked = np.concatenate([self.table[[r for own in rows for r in own]],
                                  self.permuted([h for own in crossing for h in own])])
        owner = np.repeat(np.arange(len(texts)), [len(r) for r in rows])
        owner = np.concatenate([owner, np.repeat(np.arange(len(texts)),
                                                 [len(c) for c in crossing])])
        order = np.argsort(owner, kind="stable")
        firsts = np.searchsorted(owner[order], np.arange(len(texts)))
        out: np.ndarray = np.minimum.reduceat(stacked[order], firsts, axis=0)
        return out


def signatures(texts: list[str]) -> np.ndarray:
    """The MinHash signature of each text's word 5-grams, one row a text (crc32: fast,
    and the same in every run)."""
    signer = _Signer()
    out = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    for start in range(0, len(texts), _BLOCK):
        out[start : start + _BLOCK] = signer.block(texts[start : start + _BLOCK])
    return out


def candidate_buckets(signed: np.ndarray) -> Iterator[list[int]]:
    """The LSH buckets holding two texts or more, as sorted lists of indices into
    ``signed``, band after band, each band's in a fixed order (they depend on the texts,
    never on their order): the buckets of datasketch's ``MinHashLSH(params=BANDS)``."""
    bands, rows = BANDS
    for band in range(bands):
        keys = np.ascontiguousarray(signed[:, band * rows : (band + 1) * rows])
        keys = keys.view(np.dtype((np.void, keys.dtype.itemsize * rows))).ravel()
        order = np.argsort(keys, kind="stable")
        cuts = np.flatnonzero(keys[order][1:] != keys[order][:-1]) + 1
        buckets = [b.tolist() for b in np.split(order, cuts) if len(b) > 1]
        yield from sorted(buckets)


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100


def _pair(a: Source, b: Source, score: float) -> Pair:
    first, second = sorted((a.id, b.id))
    return first, second, round(score, 3)


def syndicated_pairs(sources: list[Source], threshold: float) -> list[Pair]:
    """Every candidate pair of source ids whose texts are near-identical, with their
    similarity (0–1). Quadratic in the size of a group of copies: for small sets."""
    ordered = sorted(sources, key=lambda s: s.id)
    candidates = {(a, b) for bucket in candidate_buckets(signatures([s.text for s in ordered]))
                  for x, a in enumerate(bucket) for b in bucket[x + 1 :]}
    out = []
    for a, b in sorted(candidates):
        score = _ratio(ordered[a].text, ordered[b].text)
        if score >= threshold:
            out.append(_pair(ordered[a], ordered[b], score))
    return sorted(out)


#: a text this close to a center (1 % of the two lengths, in Indel distance) hangs on it:
#: copies of one wire story that differ by a credit line share a center
CENTER_RADIUS = 0.01
#: distances are measured exactly up to this share of the two lengths past the
#: threshold's; beyond, that bound stands for the distance (it decides every bound it enters)
_REACH = 0.1


@dataclass
class _Centers:
    """Some texts, by the center each hangs on: the texts, with their slack (as when they
    were summed up: still true later, a text's distance to that center does not change)
    and length, the index of each one's center, and per center the largest slack and the
    longest text hanging there."""

    texts: np.ndarray
    slack: np.ndarray
    length: np.ndarray
    which: np.ndarray
    centers: np.ndarray
    reach: np.ndarray
    longest: np.ndarray

    def __add__(self, other: _Centers) -> _Centers:
        k = int(np.searchsorted(self.centers, other.centers[0]))
        if len(other.texts) == 1 and k < len(self.centers) and self.centers[k] == other.centers[0]:
            # a lone text on one of these centers: most of what joins a group of copies
            reach, longest = self.reach.copy(), self.longest.copy()
            reach[k] = max(reach[k], other.slack[0])
            longest[k] = max(longest[k], other.length[0])
            return _Centers(np.append(self.texts, other.texts), np.append(self.slack, other.slack),
                            np.append(self.length, other.length), np.append(self.which, k),
                            self.centers, reach, longest)
        centers, index = np.unique(np.concatenate([self.centers, other.centers]),
                                   return_inverse=True)
        which = np.concatenate([index[self.which], index[len(self.centers) + other.which]])
        reach = np.zeros(len(centers), dtype=np.int64)
        longest = np.zeros(len(centers), dtype=np.int64)
        np.maximum.at(reach, index, np.concatenate([self.reach, other.reach]))
        np.maximum.at(longest, index, np.concatenate([self.longest, other.longest]))
        return _Centers(np.concatenate([self.texts, other.texts]),
                        np.concatenate([self.slack, other.slack]),
                        np.concatenate([self.length, other.length]),
                        which, centers, reach, longest)


@dataclass
class _Groups:
    """Union-find over texts, each hanging on a center (see the module's docstring), and
    what is known between groups: those none of whose pairs pass, those one of whose pairs
    does (not always a candidate pair)."""

    texts: list[str]
    threshold: float
    signed: np.ndarray  # the signatures: a bucket's groups are met, most alike first
    length: np.ndarray = field(init=False)
    root: list[int] = field(init=False)
    members: dict[int, list[int]] = field(init=False)
    center: np.ndarray = field(init=False)
    slack: np.ndarray = field(init=False)  # the Indel distance to the text's center
    #: (a, b), a < b → their Indel distance, or a lower bound of it past ``_REACH``
    distances: dict[tuple[int, int], int] = field(default_factory=dict)
    joined: list[tuple[int, int, float]] = field(default_factory=list)
    apart: dict[int, set[int]] = field(default_factory=dict)  # root → roots
    linked: dict[int, set[int]] = field(default_factory=dict)  # root → roots

    def __post_init__(self) -> None:
        n = len(self.texts)
        self.length = np.array([len(t) for t in self.texts], dtype=np.int64)
        self.root = list(range(n))
        self.members = {i: [i] for i in range(n)}
        self.center = np.arange(n, dtype=np.int64)
        self.slack = np.zeros(n, dtype=np.int64)

    def distance(self, a: int, b: int) -> int:
        """The Indel distance between two texts, exact up to the threshold's distance and
        ``_REACH`` more; past that, a lower bound (all the bounds need)."""
        if a == b:
            return 0
        key = (a, b) if a < b else (b, a)
        known = self.distances.get(key)
        if known is None:
            known = self.distances[key] = Indel.distance(
                self.texts[a], self.texts[b], score_cutoff=self._cap(a, b))
        return known

    def _cap(self, a: int, b: int) -> int:
        return int((1 - self.threshold + _REACH) * int(self.length[a] + self.length[b]))

    def passes(self, a: int, b: int) -> float | None:
        """The pair's similarity when it passes the threshold (rapidfuzz's ratio ÷ 100,
        the very figure of ``syndicated_pairs``), else None."""
        total = int(self.length[a] + self.length[b])
        distance = self.distance(a, b)
        gap = distance - (1 - self.threshold) * total
        if gap > 0.5 or distance > self._cap(a, b):
            return None  # farther than rounding could ever bring back
        if gap > -0.5:  # at the threshold: rapidfuzz decides, as in syndicated_pairs
            score = _ratio(self.texts[a], self.texts[b])
        else:  # rapidfuzz's own figure: (1 - distance / lengths) * 100, then ÷ 100
            score = (1 - distance / total) * 100 / 100
        return score if score >= self.threshold else None

    def _limit(self, lengths: np.ndarray) -> np.ndarray:
        """A pair of texts of these summed lengths whose Indel distance is over this is
        under the threshold."""
        return (1 - self.threshold) * lengths + 1e-6

    def _summary(self, texts: list[int]) -> _Centers:
        ax = np.array(texts, dtype=np.int64)
        slack, length = self.slack[ax], self.length[ax]
        if len(ax) == 1:  # a lone text: most of what a bucket meets first
            zero = np.zeros(1, dtype=np.int64)
            return _Centers(ax, slack, length, zero, self.center[ax], slack, length)
        centers, which = np.unique(self.center[ax], return_inverse=True)
        reach = np.zeros(len(centers), dtype=np.int64)
        longest = np.zeros(len(centers), dtype=np.int64)
        np.maximum.at(reach, which, slack)
        np.maximum.at(longest, which, length)
        return _Centers(ax, slack, length, which, centers, reach, longest)

    def _between(self, cx: _Centers, cy: _Centers) -> np.ndarray:
        """The distance of each center of ``cx`` to each of ``cy``; a text that hangs on
        nothing yet hangs on the nearest of them within the radius."""
        between = np.array([[self.distance(p, q) for q in cy.centers.tolist()]
                            for p in cx.centers.tolist()], dtype=np.int64)
        between = between.reshape(len(cx.centers), len(cy.centers))
        for i, p in enumerate(cx.centers.tolist()):
            if self.center[p] != p or not len(cy.centers):
                continue
            k = int(np.argmin(between[i]))
            q = int(cy.centers[k])
            if between[i, k] <= CENTER_RADIUS * int(self.length[p] + self.length[q]):
                self.center[p], self.slack[p] = q, between[i, k]
        return between

    def first_pass(self, cx: _Centers, cy: _Centers) -> tuple[int, int, float] | None:
        """The first pair (by ``cx.texts``, then by ``cy.texts``) of a text of each that
        passes the threshold, with its similarity, or None; the pairs the bounds put under
        it are not checked."""
        if len(cx.texts) == 1:
            decided, found = self._lone_first(cx, cy)
            if decided:
                return found
        between = self._between(cx, cy)
        wide = between - cx.reach[:, None] - cy.reach[None, :]
        open_centers = wide <= self._limit(cx.longest[:, None] + cy.longest[None, :])
        if not open_centers.any():
            return None
        through = between[cx.which]
        for i in np.flatnonzero(open_centers[cx.which].any(axis=1)).tolist():
            x, own, slack = int(cx.texts[i]), int(cx.centers[cx.which[i]]), int(cx.slack[i])
            limit = self._limit(cx.length[i] + cy.length)
            near = np.flatnonzero(through[i][cy.which] - slack - cy.slack <= limit)
            joins = self._first_near(x, own, slack, cy.texts, near, limit)
            if joins is not None:
                return x, *joins
        return None

    def _lone_first(self, cx: _Centers, cy: _Centers
                    ) -> tuple[bool, tuple[int, int, float] | None]:
        """``first_pass`` for a lone text, in plain Python (what most of a bucket of new
        copies is), when it is quickly decided: no center of ``cy`` near enough, or the
        first text not bounded away passes. (False, None): the general search decides."""
        x, own, slack = int(cx.texts[0]), int(cx.centers[0]), int(cx.slack[0])
        centers = cy.centers.tolist()
        between = [self.distance(own, q) for q in centers]
        if self.center[own] == own and centers:  # as _between: on the nearest, if close
            k = between.index(min(between))
            if between[k] <= CENTER_RADIUS * int(self.length[own] + self.length[centers[k]]):
                self.center[own], self.slack[own] = centers[k], between[k]
        t, lx = 1 - self.threshold, int(cx.length[0])
        reach, longest = cy.reach.tolist(), cy.longest.tolist()
        if all(between[k] - slack - reach[k] > t * (lx + longest[k]) + 1e-6
               for k in range(len(centers))):
            return True, None
        for j in range(len(cy.texts)):  # most often the first is the one
            y, ly = int(cy.texts[j]), int(cy.length[j])
            limit = t * (lx + ly) + 1e-6
            if between[cy.which[j]] - slack - cy.slack[j] > limit:
                continue  # bounded away through the two centers
            if own != x and self.distance(own, y) - slack > limit:
                return False, None
            score = self.passes(x, y)
            return (False, None) if score is None else (True, (x, y, score))
        return True, None

    def _first_near(self, x: int, own: int, slack: int, ay: np.ndarray, near: np.ndarray,
                    limit: np.ndarray) -> tuple[int, float] | None:
        """The first of ``ay[near]`` that passes with x, bounded first through x's center
        (``own``, at ``slack``) to each: in runs of doubling length, so that a text that
        joins at once is not bounded against a whole group first."""
        start, run = 0, 1
        while start < len(near):
            cols = near[start : start + run]
            if own != x:
                reach = np.array([self.distance(own, y) for y in ay[cols].tolist()],
                                 dtype=np.int64)
                cols = cols[reach - slack <= limit[cols]]
            for j in cols.tolist():
                score = self.passes(x, int(ay[j]))
                if score is not None:
                    return int(ay[j]), score
            start, run = start + run, run * 2
        return None

    def _union(self, x: int, y: int, score: float) -> None:
        """Joins the groups of x and y: the smaller joins the larger, and what is known
        of the two carries over (apart from a group: both were; linked: either was)."""
        ra, rb = self.root[x], self.root[y]
        if (len(self.members[ra]), -ra) < (len(self.members[rb]), -rb):
            ra, rb = rb, ra
        for m in self.members[rb]:
            self.root[m] = ra
        self.members[ra].extend(self.members.pop(rb))
        for known, keep in ((self.apart, set.intersection), (self.linked, set.union)):
            mine, theirs = known.pop(ra, set()), known.pop(rb, set())
            for r in (mine | theirs) - {ra, rb}:
                known[r] -= {ra, rb}
            merged = keep(mine, theirs) - {ra, rb}
            for r in merged:
                known[r].add(ra)
            if merged:
                known[ra] = merged
        self.joined.append((x, y, score))

    def _know(self, known: dict[int, set[int]], a: int, b: int) -> None:
        known.setdefault(a, set()).add(b)
        known.setdefault(b, set()).add(a)

    def _meet(self, fresh: _Centers, part: _Centers) -> tuple[int, int, float] | None:
        """The pair that joins the groups of ``fresh`` and ``part`` (their texts in the
        bucket), or None. When the bucket holds only some of them, the whole groups are
        compared first: found apart, they are not compared again."""
        ra, rb = self.root[int(fresh.texts[0])], self.root[int(part.texts[0])]
        if rb in self.apart.get(ra, ()):
            return None
        wa, wb = self.members[ra], self.members[rb]
        whole = len(wa) == len(fresh.texts) and len(wb) == len(part.texts)
        if not whole and rb not in self.linked.get(ra, ()):
            if self.first_pass(self._summary(wa), self._summary(wb)) is None:
                self._know(self.apart, ra, rb)
                return None
            self._know(self.linked, ra, rb)  # a pair passes, maybe none of this bucket
        found = self.first_pass(fresh, part)
        if found is None and whole:
            self._know(self.apart, ra, rb)
        return found

    def bucket(self, members: list[int]) -> None:
        """Every candidate pair of one bucket, decided: its texts by group, each group
        compared with those before it, most alike first (the likeliest to join: a text
        then hangs on a center near it before it is measured against the others)."""
        parts: dict[int, list[int]] = {}
        for x in members:
            parts.setdefault(self.root[x], []).append(x)
        if len(parts) < 2:
            return
        settled: list[_Centers] = []  # groups of the bucket so far, none joins another
        for texts in parts.values():
            alike = np.count_nonzero(
                self.signed[[int(p.texts[0]) for p in settled]] == self.signed[texts[0]], axis=1)
            order = sorted(range(len(settled)), key=lambda k: (-alike[k], k))
            # summed up again at each meeting: a text may have hung on a center at the last
            found = {k: self._meet(self._summary(texts), settled[k]) for k in order}
            whole = self._summary(texts)  # as it hangs now
            for k in order:
                pair = found[k]
                if pair is not None:
                    self._union(*pair)
                    whole = settled[k] + whole
            settled = [p for k, p in enumerate(settled) if found[k] is None] + [whole]


def syndication(sources: list[Source], threshold: float) -> list[Pair]:
    """The checked pairs of near-identical texts that join their groups (a spanning forest
    of each group of copies), with their similarity; same groups as ``syndicated_pairs``."""
    ordered = sorted(sources, key=lambda s: s.id)
    texts = [s.text for s in ordered]
    signed = signatures(texts)
    groups = _Groups(texts, threshold, signed)
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
