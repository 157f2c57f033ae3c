"""Slot extractors, registered by name (llm's ``register`` pattern).

An extractor that reads the claims of another (``article.claims``) says so
with ``after=``: the vehicles extractor resolves owners among the article's
participants and sets its places apart, so it runs after both; labels reads the
participants. Otherwise extractors run by name. No extractor imports another (the
``independence`` contract in ``pyproject.toml``); what they share is in
``extract/mentions/``.
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


#: every named rule: name → why it is safe (one line). A claim records the rule that made it
#: (``Claim.rule``; ``Frame.rule`` for the rule that read its frame), and each rule has a
#: case file ``tests/rules/<name>.yaml`` of sentences it must and must not fire on.
_RULES: dict[str, str] = {}


def rule(name: str, why: str) -> str:
    """Declare a rule and return its name, to be stored on the claims it makes.

    ``name`` is ``<extractor>.<rule>`` (``location.after_preposition``); ``why`` says why
    the rule is safe, not which sentence it was written for."""
    if name in _RULES and _RULES[name] != why:
        raise ValueError(f"rule {name!r} declared twice")
    _RULES[name] = why
    return name


def rules() -> dict[str, str]:
    """Every declared rule (import the extractors first: ``extract.load_extractors``)."""
    return dict(_RULES)
