"""The syndication sketch is datasketch's, computed in bulk.

``align.syndication`` computes MinHash signatures and LSH buckets with numpy (datasketch
loads scipy on import, a second of every cold judging); these tests hold them to
datasketch's own ``MinHash`` (affine32, seed 1, crc32 of each 5-gram) and ``MinHashLSH``
on the development articles and on random texts (lines of every length: the 5-grams inside
one line are kept by line), so the candidate pairs, and with them the syndication groups,
are the same.
"""

from __future__ import annotations

import importlib
import random
import zlib
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

syndication = importlib.import_module("reconcile.align.syndication")

CORPUS = Path(__file__).parent / "corpus"


def _datasketch(texts: list[str]) -> tuple[np.ndarray, list[list[int]]]:
    signed = MinHash.bulk(
        (set(syndication._grams(t)) for t in texts), num_perm=syndication.NUM_PERM,
        hashfunc=zlib.crc32,
    )
    lsh = MinHashLSH(num_perm=syndication.NUM_PERM, params=syndication.BANDS)
    for i, signature in enumerate(signed):
        lsh.insert(i, signature, check_duplication=False)
    buckets = []
    for table in lsh.hashtables:
        found = [sorted(table.get(key)) for key in table.keys()]  # noqa: SIM118
        buckets.extend(sorted(b for b in found if len(b) > 1))
    return np.array([m.hashvalues for m in signed]), buckets


def _same(texts: list[str]) -> None:
    signed, buckets = _datasketch(texts)
    ours = syndication.signatures(texts)
    assert ours.dtype == signed.dtype
    assert np.array_equal(ours, signed)
    assert list(syndication.candidate_buckets(ours)) == buckets


def test_the_development_articles_sign_and_bucket_as_with_datasketch() -> None:
    texts = [p.read_text("utf-8") for p in sorted(CORPUS.glob("*/*.*"))
             if p.suffix in {".txt", ".md", ".html"}]
    assert len(texts) > 20
    # near-copies too (a credit line appended), so that buckets hold several texts
    _same(texts + [t + f"\n\n— Outlet {i}, with agencies\n" for i, t in enumerate(texts)])


WORDS = ["talks", "Genève", "l'été", "hours", "accord", "délégation", "press", "night", "à",
         "2 500", "x", "\n", "\n\n", "Straße\n", "— AFP\n"]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 40))
def test_random_texts_sign_and_bucket_as_with_datasketch(seed: int, n: int) -> None:
    rnd = random.Random(seed)
    base = [rnd.choice(WORDS) for _ in range(rnd.randrange(0, 60))]
    texts = []
    for _ in range(n):
        words = base[:]
        for _ in range(rnd.choice([0, 1, 5, 30])):
            if words:
                words[rnd.randrange(len(words))] = rnd.choice(WORDS)
        texts.append(" ".join(words[: rnd.randrange(len(words) + 1)] if rnd.random() < 0.2
                              else words))
    _same(texts)
