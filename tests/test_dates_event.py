"""Which day mention is the event's date: must-find / must-not-find cases.

Articles written for these tests (a flood, a tennis final, a merger, council
talks, an election), in French and English; published Saturday 16 August 2025.
"""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def event_date(article_claims: Any) -> Any:
    def run(text: str, lang: str) -> tuple[str | None, str]:
        claims = article_claims(text, "event.date", lang, "2025-08-16")
        assert len(claims) == 1, claims
        return getattr(claims[0].value, "date", None), claims[0].quote

    return run


CASES = [
    # a later day of rescue work comes first; the day the disaster struck is the event's
    (
        "en",
        "Floods in the valley\n\nVolunteers started clearing the mud on Friday, a day after "
        "the river burst its banks. The flood hit the town on Thursday night, officials said.",
        "2025-08-14",
        "on Thursday night",
    ),
    (
        "fr",
        "Inondations\n\nLes habitants ont commencé à déblayer vendredi. La crue a frappé la "
        "commune jeudi soir, selon la préfecture.",
        "2025-08-14",
        "jeudi soir",
    ),
    # a session still to come is not the event's date
    (
        "en",
        "Council talks\n\nMinisters met for six hours today. They will keep negotiating on "
        "Monday, when a vote is expected.",
        "2025-08-16",
        "today",
    ),
    (
        "fr",
        "Conseil\n\nLes ministres se sont réunis aujourd'hui. Ils devraient reprendre les "
        "discussions lundi.",
        "2025-08-16",
        "aujourd'hui",
    ),
    # a live blog: "today" first, a past-tense mention of the same day later
    (
        "en",
        "Live\n\nWe will keep following the final for you today. The crowd arrived this "
        "morning and the champion won in straight sets.",
        "2025-08-16",
        "today",
    ),
    # a date tied to the event noun beats a speech date in the lead
    (
        "en",
        "Merger\n\nAnalysts said on Friday that the deal, signed on Thursday, was expensive.",
        "2025-08-14",
        "on Thursday",
    ),
]


@pytest.mark.parametrize(("lang", "text", "day", "quote"), CASES)
def test_event_date(event_date: Any, lang: str, text: str, day: str, quote: str) -> None:
    assert event_date(text, lang) == (day, quote)


def test_day_after_publication_is_not_the_event(event_date: Any) -> None:
    # published Saturday: "Sunday" is tomorrow whatever the tense says
    got = event_date("Vote\n\nThe election on Sunday follows a campaign that began on "
                     "Tuesday.", "en")
    assert got == ("2025-08-12", "on Tuesday")
