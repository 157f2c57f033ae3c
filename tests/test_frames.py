"""Frames: what a claim is about decides its topic, so that red means a real contradiction.

Each case is a small story (sentences of our own): values about different things must land in
different topics and never conflict; values about the same thing must still conflict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from reconcile.models import Verdict
from reconcile.pipeline import run
from reconcile.settings import Settings

HEADER = " date 2026-05-04 {title}\n\n"

APART = {
    "drive_and_parked_car": (
        "The two leaders shared the host's car. The drive lasted about 15 minutes, and they "
        "then spent another 45 minutes talking in the parked car.",
        "event.duration",
    ),
    "sheltered_and_airlifted": (
        "Plus de 3 200 personnes ont été hébergées dans des gymnases. Une trentaine de "
        "personnes ont été hélitreuillées par la gendarmerie.",
        "quantity",
    ),
}


def _story(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, Verdict]]:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(HEADER.format(title=name) + text + "\n", "utf-8")
    report = run(folder, Settings(claims_dir=tmp_path / "claims")).report
    return [(f.slot, f.subject, f.verdict) for f in report.findings]


@pytest.mark.parametrize("case", sorted(APART))
def test_different_things_in_one_article_never_conflict(case: str, tmp_path: Path) -> None:
    text, slot = APART[case]
    found = _story(tmp_path, {"a": text, "b": "Nothing more was said about it."})
    topics = [f for f in found if f[0] == slot]
    assert len(topics) >= 2, topics  # one topic each
    assert all(v is not Verdict.CONFLICTING for _, _, v in topics), topics


def test_the_same_measurement_still_conflicts(tmp_path: Path) -> None:
    found = _story(tmp_path, {
        "a": "The talks lasted nearly three hours, officials said.",
        "b": "The talks lasted just over three hours, according to a diplomat.",
    })
    assert ("event.duration", "talks", Verdict.CONFLICTING) in found


def test_opinions_of_different_people_never_conflict(tmp_path: Path) -> None:
    found = _story(tmp_path, {
        "a": "Prime Minister Anna Lindqvar called the talks constructive.",
        "b": "Opposition leader Marek Dovlany said the talks were difficult and tense.",
    })
    tones = [f for f in found if f[0] == "event.tone"]
    assert all(v is not Verdict.CONFLICTING for _, _, v in tones), tones


def test_a_misspelt_profile_key_is_an_error() -> None:
    from reconcile.lang import Profile, profile

    good = profile("en")
    assert good is not None
    data = good.model_dump()
    data["light_verb"] = data.pop("light_verbs")
    with pytest.raises(ValidationError):
        Profile.model_validate(data)


def test_a_pronoun_subject_still_conflicts_with_what_it_stands_for(tmp_path: Path) -> None:
    found = _story(tmp_path, {
        "a": "The talks in Vienna lasted nearly three hours on Monday. They lasted just over "
             "three hours, involving both delegations, a diplomat said later.",
        "b": "Nothing more was said about it.",
    })
    assert ("event.duration", "talks", Verdict.CONFLICTING) in found


def test_a_figure_whose_frame_is_a_guess_never_turns_a_topic_red(tmp_path: Path) -> None:
    # the second figure names nothing it measures: it may be the ceremony's, or the road's
    found = _story(tmp_path, {
        "a": "The opening ceremony of the bridge lasted about an hour on Tuesday. The main road "
             "was closed for about four hours.",
        "b": "The opening ceremony of the bridge lasted about an hour, the mayor said.",
    })
    durations = [f for f in found if f[0] == "event.duration"]
    assert durations and all(v is not Verdict.CONFLICTING for _, _, v in durations), durations


def test_counts_of_people_nothing_qualifies_never_conflict(tmp_path: Path) -> None:
    found = _story(tmp_path, {
        "a": "There were 300 people on the ferry, the operator said on Monday.",
        "b": "Four people were taken to hospital, the operator said on Monday.",
    })
    counts = [f for f in found if f[0] == "quantity"]
    assert all(v is not Verdict.CONFLICTING for _, _, v in counts), counts
