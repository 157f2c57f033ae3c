"""Syndication: near-identical texts (the same wire copy) count as one voice.

Candidate pairs come from a bottom-k sketch of word 5-grams (pairs that share
no sketch hash are never compared), then rapidfuzz confirms on the texts.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from rapidfuzz import fuzz

from reconcile.models import Source

_SKETCH = 8


def _sketch(text: str) -> set[int]:
    words = re.findall(r"\w+", text.casefold())
    grams = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    hashes = sorted(int(hashlib.md5(g.encode()).hexdigest()[:12], 16) for g in grams)
    return set(hashes[:_SKETCH])


def syndicated_pairs(sources: list[Source], threshold: float) -> list[tuple[str, str, float]]:
    """Pairs of source ids whose texts are near-identical, with their similarity (0–1)."""
    index: dict[int, list[int]] = defaultdict(list)
    for i, source in enumerate(sources):
        for h in _sketch(source.text):
            index[h].append(i)
    candidates = {(a, b) for ids in index.values() for a in ids for b in ids if a < b}
    out = []
    for a, b in sorted(candidates):
        score = fuzz.ratio(sources[a].text, sources[b].text) / 100
        if score >= threshold:
            pair = sorted((sources[a].id, sources[b].id))
            out.append((pair[0], pair[1], round(score, 3)))
    return sorted(out)


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
