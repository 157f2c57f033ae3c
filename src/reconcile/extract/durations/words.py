"""The words of ``data/subjects.yaml`` as tables, and the parse helpers every figure uses:
the verb a figure hangs on, a word with its own phrase."""

from __future__ import annotations

from functools import cache
from typing import Any

from reconcile.extract.context import Article, lexicon

MONTH = 43_200  # minutes; longer durations need a named subject
YEAR = 525_600  # minutes; an elapsed span this long is a state, not the event
WEEK = 10_080
_PARTED = ("talks", "negotiations", "event")  # subjects that have parts (a morning, a lunch)
_PERSONAL = ("race",)  # subjects measured per person: a race time is one runner's
_OWN_CLAUSE_STOP = {"relcl", "acl:relcl", "advcl", "ccomp", "parataxis", "acl", "punct"}
_STATE_DEPS = ("amod", "acl", "advcl", "appos")
_PLACE_DEPS = ("pobj", "obl", "obl:mod", "nmod", "obl:arg")


def _nouns(article: Article, section: str) -> dict[str, str]:
    """word or lemma → subject key, for one section of subjects.yaml."""
    return _noun_table(article.lang, section)


@cache
def _noun_table(lang: str, section: str) -> dict[str, str]:
    # built once per language: it is read for every figure of every article
    table: dict[str, str] = {}
    for key, words in lexicon("subjects", lang).get(section, {}).items():
        for word in words:
            table[word.lower()] = key
    return table


@cache
def _duration_table(lang: str, short: bool) -> dict[str, str]:
    """The duration subjects; a figure under a week never measures a contract or a term
    ("sans accord, après cinq heures de négociations")."""
    table = _noun_table(lang, "durations")
    if not short:
        return table
    long_only = _word_set(lang, "long_only")
    return {word: key for word, key in table.items() if key not in long_only}


@cache
def _word_set(lang: str, section: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("subjects", lang).get(section, []))


def _subject_key(token: Any, table: dict[str, str]) -> str | None:
    for form in (token.lower_, token.lemma_.lower()):
        if form in table:
            return table[form]
    return None


def _verb_of(token: Any) -> Any:
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb


def _own(token: Any) -> list[Any]:
    """The token and its descendants, without the clauses hanging off it."""
    out = [token]
    for child in token.children:
        if child.dep_ not in _OWN_CLAUSE_STOP:
            out.extend(_own(child))
    return out
