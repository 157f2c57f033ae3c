"""Where a sentence announces a follow-up (« se revoir à Moscou », "meet again in
Moscow"): the ``next.phrases`` of ``labels.yaml``. The labels extractor claims them
(``event.next``); the locations extractor takes no venue after one."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reconcile.extract.context import Article, lexicon


def straight_apostrophes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u02bc", "'")


def phrases_re(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases (regular expressions), longest first, as whole words."""
    alts = "|".join(f"(?:{p})" for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _next_phrases(lang: str) -> re.Pattern[str] | None:
    words = lexicon("labels", lang)
    if not words:
        return None
    return phrases_re((words.get("next") or {}).get("phrases", []))


def next_spans(article: Article, sent: Any) -> list[tuple[int, int]]:
    """Character spans where ``sent`` announces a follow-up meeting."""
    pattern = _next_phrases(article.lang)
    if pattern is None:
        return []
    base = sent.start_char
    return [(base + m.start(), base + m.end())
            for m in pattern.finditer(straight_apostrophes(sent.text))]
