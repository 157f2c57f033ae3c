"""Final scores of a game ("2-1", a match in sets), never the state of play."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from reconcile.extract.context import Article
from reconcile.extract.durations.words import _word_set

_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,2})[-–](\d{1,2})(?![\w,:/-]|\.\d)")
# a match in sets: « 6-4, 3-6, 7-6 (7-5) », "6-4 3-6 7-6 (5)": one score, tie-breaks dropped
_SET = r"\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))?"
_SETS = re.compile(rf"(?<![\w.,:/-]){_SET}(?:,?\s{_SET})+(?![\w:/-]|[.,]\d)")
_TIEBREAK = re.compile(r"\s?\(\d{1,2}(?:[-–]\d{1,2})?\)")


def _scores(article: Article, sent: Any) -> Iterator[tuple[int, int, str]]:
    """Final scores ("2-1", « 2-1 a.p. ») in a sentence about a game; not a score during
    play (« à 6-5 », "led 2-0 at half-time")."""
    cues = _word_set(article.lang, "score_cues")
    text = sent.text
    if not any(m for m in _SCORE.finditer(text)):
        return
    if not any(t.lower_ in cues or t.lemma_.lower() in cues for t in sent):
        return
    before = _word_set(article.lang, "score_in_play_before")
    after = _word_set(article.lang, "score_in_play_after")
    sets = list(_SETS.finditer(text))
    inside = [(m.start(), m.end()) for m in sets]
    for m in sorted([*sets, *(m for m in _SCORE.finditer(text)
                              if not any(a <= m.start() < b for a, b in inside))],
                    key=lambda m: m.start()):
        head = " ".join(text[: m.start()].lower().split()[-2:])
        tail = " " + " ".join(text[m.end() :].lower().split()[:3]) + " "
        if any(head == w or head.endswith(" " + w) for w in before) or any(
            tail.startswith(f" {w} ") for w in after
        ):
            continue  # « à 6-5 », "led 2-0", "1-0 at half-time": the state of play
        if m.re is _SETS:  # the sets as written, from the winner's side
            score = " ".join(_TIEBREAK.sub("", m.group(0)).replace(",", " ").split())
            yield sent.start_char + m.start(), sent.start_char + m.end(), score.replace("–", "-")
            continue
        a, b = int(m.group(1)), int(m.group(2))
        yield sent.start_char + m.start(), sent.start_char + m.end(), f"{max(a, b)}-{min(a, b)}"
