"""``event.setting``: the room and its decoration."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of
from reconcile.extract.context import Article
from reconcile.extract.labels.words import Sentence
from reconcile.extract.registry import rule
from reconcile.models import Claim, LabelValue

ROOM_WORDS = rule("setting.room_words", "the setting words name a room's furniture and "
                  "decoration (a fireplace, flags behind the leaders), which only a description "
                  "of the meeting room speaks of")


def _settings(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    for sent, text, base in sents:
        for label, pat in c["setting"].items():
            m = pat.search(text)
            if not m:
                continue
            s, e = base + m.start(), base + m.end()
            words = [article.text[s:e]]
            yield article.make_claim(
                "event.setting", "room", LabelValue(label=label, words=words),
                f"{label} ({words[0]})", s, e,
                claimant=claimant_of(article, sent, s, e),
            ).model_copy(update={"rule": ROOM_WORDS})
