"""Plural roles before a list of names, states to come, headings before the lead
(articles written for these tests; other events, other wording)."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.models import ParticipantValue


def _people(article_claims: Any, text: str) -> dict[str, ParticipantValue]:
    out: dict[str, ParticipantValue] = {}
    for claim in article_claims(text, "event.participants"):
        value = claim.value
        assert isinstance(value, ParticipantValue)
        if value.name:
            out[value.name] = value
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sommet\n\nLes présidents russe et américain, Andreï Kouznetsov et Daniel Whitcombe, "
         "se sont retrouvés samedi à Genève.\n",
         {"Andreï Kouznetsov": ("president", "russia"),
          "Daniel Whitcombe": ("president", "united_states")}),
        ("Talks\n\nThe French and German ministers, Paul Garnier and Jonas Weber, met in Lyon "
         "on Monday.\n",
         {"Paul Garnier": ("minister", "france"), "Jonas Weber": ("minister", "germany")}),
        # no side words: the role only
        ("Talks\n\nOn Monday, the ministers, Paul Garnier and Jonas Weber, met in Lyon.\n",
         {"Paul Garnier": ("minister", None), "Jonas Weber": ("minister", None)}),
    ],
)
def test_a_plural_role_goes_to_each_listed_name_with_its_side(
    article_claims: Any, text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    people = _people(article_claims, text)
    assert {n: (p.role, p.side) for n, p in people.items() if n in expected} == expected


def test_sides_are_not_handed_out_when_the_counts_differ(article_claims: Any) -> None:
    people = _people(article_claims, "Talks\n\nThe French and German ministers, Paul Garnier, "
                     "Jonas Weber and Ana Costa, met in Lyon on Monday.\n")
    assert all(p.side is None for p in people.values()), people
    assert all(p.role == "minister" for p in people.values()), people


@pytest.mark.parametrize(
    ("text", "name", "presence"),
    [
        ("Fusion\n\nLe rachat a été annoncé lundi. Martin Okafor restera à la tête du nouveau "
         "groupe, a précisé la direction.\n", "Martin Okafor", "mentioned"),
        ("Merger\n\nThe deal was announced on Monday. Jane Holt will remain chief executive of "
         "the merged company.\n", "Jane Holt", "mentioned"),
        # a taking part to come stays expected
        ("Merger\n\nThe deal was announced on Monday. Jane Holt will attend the signing in "
         "Boston next week.\n", "Jane Holt", "expected"),
    ],
)
def test_a_state_to_come_is_no_expected_presence(
    article_claims: Any, text: str, name: str, presence: str
) -> None:
    assert _people(article_claims, text)[name].presence == presence


@pytest.mark.parametrize(
    "text",
    [
        "Merger talks end\n\nJane Holt will remain chief executive of the merged company.\n",
        "Fin des négociations\n\nMartin Okafor restera à la tête du nouveau groupe.\n",
    ],
)
def test_a_heading_is_not_run_into_the_first_name(article_claims: Any, text: str) -> None:
    # without a full stop after the title, the entity recogniser reads "…end Jane Holt"
    # as one organisation and the person is lost
    assert len(_people(article_claims, text)) == 1
