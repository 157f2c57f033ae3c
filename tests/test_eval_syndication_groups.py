"""The evaluator scores a gold syndication group of three copies as its three pairs."""

from __future__ import annotations

from reconcile.commands.evaluate.syndication import score_syndication
from reconcile.models import Source

WIRE = (
    "The ferry left the harbour at dawn with forty passengers on board and reached the "
    "island two hours later, the operator said, after a crossing slowed by fog and a swell "
    "that kept the smaller boats in port for most of the morning. "
) * 3
OTHER = (
    "A council vote on the new library was postponed to next month after members asked for "
    "a fuller costing of the building work and of the staff it would need to open daily. "
) * 3


def _source(name: str, text: str) -> Source:
    return Source(id=name, path=f"story/{name}", text=text, content_hash=name, lang="en")


def test_a_group_of_three_copies_is_three_gold_pairs() -> None:
    sources = [_source("wire.txt", WIRE), _source("agg.html", WIRE + " Read more."),
               _source("regional.md", WIRE), _source("council.txt", OTHER)]
    gold = {"syndication": [["wire.txt", "agg.html", "regional.md"]]}
    score = score_syndication("story", gold, sources, threshold=0.9)
    assert (score.gold, score.found, score.extra) == (3, 3, [])


def test_a_pair_the_gold_does_not_list_is_reported() -> None:
    sources = [_source("wire.txt", WIRE), _source("copy.txt", WIRE)]
    score = score_syndication("story", {"syndication": []}, sources, threshold=0.9)
    assert (score.gold, score.found) == (0, 0)
    assert score.extra == ["story: copy.txt ~ wire.txt"]
