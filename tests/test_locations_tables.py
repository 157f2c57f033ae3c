"""The must-find / must-not-find place tables of every round, checked by one pair of tests.

Each table stays in its round's file with the publication date its articles were
written for (``PUBLISHED``); the checks are written once, here."""

from __future__ import annotations

from typing import Any

import pytest
import test_locations_generalise as generalise
import test_locations_round3 as round3
import test_locations_round4 as round4

# (date, lang, title, body, place that must be found, its kind or None)
MUST_FIND = [
    *((generalise.PUBLISHED, *case) for case in generalise.MUST_FIND),
    *((round3.PUBLISHED, *case) for case in round3.MUST_FIND),
    *((round4.PUBLISHED, *case) for case in round4.SITES + round4.REGIONS + round4.TOWNS),
]
# (date, lang, title, body, place found, place no found name may contain)
MUST_NOT = [
    *((generalise.PUBLISHED, *case) for case in generalise.MUST_NOT),
    *((round3.PUBLISHED, *case) for case in round3.MUST_NOT),
    *((round4.PUBLISHED, *case) for case in round4.MUST_NOT),
]


@pytest.mark.parametrize(("date", "lang", "title", "body", "name", "kind"), MUST_FIND)
def test_must_find(
    places: Any, date: str, lang: str, title: str, body: str, name: str, kind: str | None
) -> None:
    got = places(title, body, lang, date)
    assert name in got, sorted(got)
    if kind is not None:
        assert got[name].value.kind == kind


@pytest.mark.parametrize(("date", "lang", "title", "body", "found", "absent"), MUST_NOT)
def test_must_not_find(
    places: Any, date: str, lang: str, title: str, body: str, found: str, absent: str
) -> None:
    got = places(title, body, lang, date)
    assert found in got, sorted(got)
    assert not any(absent in name for name in got), sorted(got)
