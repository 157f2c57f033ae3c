"""Slot extractors, registered by name (llm's ``register`` pattern)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reconcile.extract.context import Article
from reconcile.models import Claim

Extractor = Callable[[Article], Iterable[Claim]]

_EXTRACTORS: dict[str, Extractor] = {}


def extractor(name: str) -> Callable[[Extractor], Extractor]:
    def register(func: Extractor) -> Extractor:
        if name in _EXTRACTORS:
            raise ValueError(f"extractor {name!r} registered twice")
        _EXTRACTORS[name] = func
        return func

    return register


def registered() -> dict[str, Extractor]:
    return dict(sorted(_EXTRACTORS.items()))
