"""Slot extractors, registered by name (llm's ``register`` pattern).

An extractor that reads the claims of another (``article.claims``) says so
with ``after=``: the vehicles extractor resolves owners among the article's
participants, so it runs after them. Otherwise extractors run by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reconcile.extract.context import Article
from reconcile.models import Claim

Extractor = Callable[[Article], Iterable[Claim]]

_EXTRACTORS: dict[str, Extractor] = {}
_AFTER: dict[str, tuple[str, ...]] = {}


def extractor(name: str, *, after: tuple[str, ...] = ()) -> Callable[[Extractor], Extractor]:
    def register(func: Extractor) -> Extractor:
        if name in _EXTRACTORS:
            raise ValueError(f"extractor {name!r} registered twice")
        _EXTRACTORS[name] = func
        _AFTER[name] = after
        return func

    return register


def registered() -> dict[str, Extractor]:
    """Every extractor, each after those it reads; by name otherwise."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order:
            return
        if name in visiting:
            raise ValueError(f"extractors read each other's claims in a cycle at {name!r}")
        visiting.add(name)
        for before in sorted(_AFTER.get(name, ())):
            if before in _EXTRACTORS:
                visit(before)
        visiting.discard(name)
        order.append(name)

    for name in sorted(_EXTRACTORS):
        visit(name)
    return {name: _EXTRACTORS[name] for name in order}
