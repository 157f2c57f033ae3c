"""The polarity lexicons are installed and read on one scale (−1…1), keyed by folded form."""

from __future__ import annotations

import pytest

from reconcile.lang.polarity import polarity


@pytest.mark.parametrize(("lang", "good", "bad"), [
    ("en", "wonderful", "horrible"),
    ("fr", "magnifique", "horrible"),
])
def test_a_lexicon_rates_good_and_bad_words_on_one_scale(lang: str, good: str, bad: str) -> None:
    rated = polarity(lang)
    assert len(rated) > 1000, f"{lang}: the polarity lexicon is not installed"
    assert 0 < rated[good] <= 1 and -1 <= rated[bad] < 0
    assert all(-1 <= v <= 1 for v in rated.values())


def test_forms_are_folded() -> None:
    rated = polarity("fr")
    assert all(k == k.lower() and "é" not in k for k in rated)


def test_a_language_without_a_lexicon_has_none() -> None:
    assert polarity("xx") == {}
