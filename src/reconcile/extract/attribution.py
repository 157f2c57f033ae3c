"""Who a statement is attributed to, and with what modality.

Placeholder contract (filled in by the participants/attribution work):
``claimant_of(article, sent, start, end)`` and ``modality_of(article, sent, start, end)``.
"""

from __future__ import annotations

from typing import Any

from reconcile.extract.context import Article
from reconcile.models import Modality


def claimant_of(article: Article, sent: Any, start: int, end: int) -> str | None:
    return None


def modality_of(article: Article, sent: Any, start: int, end: int) -> Modality:
    return "asserted"
