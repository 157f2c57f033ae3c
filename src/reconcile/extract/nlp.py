"""spaCy pipelines per language, loaded once, by the names in ``Settings.models``."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

from reconcile.errors import ModelUnavailableError


def installed_model(candidates: tuple[str, ...]) -> str | None:
    """The first candidate pipeline package that is installed (official names first)."""
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@cache
def load_pipeline(lang: str, candidates: tuple[str, ...]) -> Any:
    name = installed_model(candidates)
    if name is None:
        raise ModelUnavailableError(
            None, f"no spaCy pipeline for '{lang}' is installed (tried {', '.join(candidates)})"
        )
    import spacy

    return spacy.load(name)
