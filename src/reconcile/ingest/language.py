"""Per-article language identification (py3langid, restricted to a known set)."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 code of ``text`` and its probability."""
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)
