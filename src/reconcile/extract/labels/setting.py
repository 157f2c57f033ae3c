"""``event.setting``: the room and its decoration."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of
from reconcile.extract.context import Article
from reconcile.extract.labels.words import Sentence
from reconcile.models import Claim, LabelValue


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
            )
