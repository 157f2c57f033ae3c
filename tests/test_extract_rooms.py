"""A room lies inside a site: the site behind "a room of/at" is the venue."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.extract import extract_claims
from reconcile.ingest import read_source
from reconcile.models import LocationValue
from reconcile.settings import Settings

CASES = [
    ("fr", "Les ministres se sont réunis mardi dans une salle du stade Vélodrome, à Marseille, "
     "pour une séance de travail.", "stade Vélodrome", ["Marseille"]),
    ("en", "The two chief executives met on Tuesday in a room at the Grand Harbour Hotel in "
     "Valletta, aides said.", "Grand Harbour Hotel", ["Valletta"]),
]


@pytest.mark.parametrize(("lang", "sentence", "site", "within"), CASES)
def test_site_behind_a_room_is_the_venue(
    tmp_path: Path, lang: str, sentence: str, site: str, within: list[str]
) -> None:
    path = tmp_path / f"{lang}.txt"
    path.write_text(f"Title\n\n{sentence}\n", encoding="utf-8")
    claims = extract_claims(read_source(path, lang), Settings())
    places = [c.value for c in claims if isinstance(c.value, LocationValue)]
    found = [p for p in places if site in p.name]
    assert found and found[0].kind == "site" and found[0].within == within


def test_a_room_without_a_locative_preposition_is_not_a_venue(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Title\n\nThe room of the Grand Harbour Hotel was booked by a charity "
                    "that organises concerts.\n", encoding="utf-8")
    claims = extract_claims(read_source(path, "en"), Settings())
    assert not [c for c in claims if c.slot == "event.location"]
