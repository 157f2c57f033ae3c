"""Roles: « ministre des Affaires étrangères » = "foreign minister" = ``foreign_minister``.

The taxonomy is ``data/roles.yaml``. A role phrase is read as words: lowercase,
accents stripped, plural endings removed, articles and nationality adjectives
dropped; every phrase of the taxonomy found in it as a run of whole words is a
candidate, and the longest wins (ties: the first in French, where the head noun
comes first; the last in English). A deputy word (vice-, adjoint, deputy) turns
the role into its ``deputy`` key; a former word (ancien, former) prefixes
``former_``.

A group mention fits a person when the group's role is the person's role or one
of its ancestors: « les ministres des Affaires étrangères » fits a
``foreign_minister``; « conseillers » (``adviser``) fits ``aide``, ``envoy``,
``national_security_adviser``; « ministres » fits every kind of minister.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from reconcile.lang.folding import fold
from reconcile.safe_yaml import load_data

LANGS = ("fr", "en")
FORMER = "former_"


@dataclass(frozen=True)
class RoleMatch:
    key: str
    plural: bool
    phrase: str  # the taxonomy phrase that matched, normalised


@dataclass(frozen=True)
class _RoleData:
    parents: dict[str, str | None]
    deputies: dict[str, str]
    # lang -> list of (pattern tokens, key)
    patterns: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    stopwords: dict[str, frozenset[str]]
    demonyms: dict[str, tuple[tuple[str, ...], ...]]
    deputy_words: dict[str, frozenset[str]]
    former_words: dict[str, frozenset[str]]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text.replace("’", "'")))


def _singular(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.endswith(("s", "x")) and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def _norm(text: str) -> tuple[str, ...]:
    return tuple(_singular(w) for w in _words(text))


@cache
def _data() -> _RoleData:
    text = resources.files("reconcile.lang").joinpath("knowledge", "roles.yaml").read_text("utf-8")
    raw: Any = load_data(text)
    parents: dict[str, str | None] = {}
    deputies: dict[str, str] = {}
    patterns: dict[str, list[tuple[tuple[str, ...], str]]] = {lang: [] for lang in LANGS}

    def per_lang(name: str) -> dict[str, list[str]]:
        return {lang: [str(w) for w in (raw.get(name, {}).get(lang) or [])] for lang in LANGS}

    stop = {
        k: frozenset(_singular(w) for v in words for w in _words(v))
        for k, words in per_lang("stopwords").items()
    }
    for key, entry in raw["roles"].items():
        parents[str(key)] = entry.get("parent")
        if entry.get("deputy"):
            deputies[str(key)] = str(entry["deputy"])
        for lang in LANGS:
            for phrase in entry.get(lang) or []:
                tokens = tuple(t for t in _norm(str(phrase)) if t not in stop[lang])
                if tokens:
                    patterns[lang].append((tokens, str(key)))

    return _RoleData(
        parents=parents,
        deputies=deputies,
        patterns={lang: tuple(p) for lang, p in patterns.items()},
        stopwords=stop,
        demonyms={k: tuple(_norm(v) for v in words) for k, words in per_lang("demonyms").items()},
        deputy_words={
            k: frozenset(_singular(w) for v in words for w in _words(v))
            for k, words in per_lang("deputy_words").items()
        },
        former_words={
            k: frozenset(_singular(w) for v in words for w in _words(v))
            for k, words in per_lang("former_words").items()
        },
    )


def _find(tokens: list[str], lang: str) -> tuple[int, int, tuple[str, ...], str] | None:
    """The best (start, end, pattern, key) of ``lang`` in ``tokens``."""
    best: tuple[int, int, tuple[str, ...], str] | None = None

    def better(cand: tuple[int, int, tuple[str, ...], str]) -> bool:
        if best is None:
            return True
        if len(cand[2]) != len(best[2]):
            return len(cand[2]) > len(best[2])
        return cand[0] < best[0] if lang == "fr" else cand[1] > best[1]

    for pattern, key in _data().patterns[lang]:
        n = len(pattern)
        for start in range(len(tokens) - n + 1):
            if tuple(tokens[start : start + n]) == pattern:
                cand = (start, start + n, pattern, key)
                if better(cand):
                    best = cand
    return best


def match_role(phrase: str, lang: str | None = None) -> RoleMatch | None:
    """The role a phrase names, whether it is plural, and the phrase that matched."""
    data = _data()
    langs = [lang] if lang in LANGS else []
    langs += [other for other in LANGS if other not in langs]
    raw_words = _words(phrase)
    for current in langs:
        singular = [_singular(w) for w in raw_words]
        keep = [i for i, w in enumerate(singular) if w not in data.stopwords[current]]
        tokens = [singular[i] for i in keep]
        originals = [raw_words[i] for i in keep]
        # demonyms: drop them, remembering which original words remain
        kept_pairs: list[tuple[str, str]] = []
        i = 0
        while i < len(tokens):
            for seq in data.demonyms[current]:
                if seq and tuple(tokens[i : i + len(seq)]) == seq:
                    i += len(seq)
                    break
            else:
                kept_pairs.append((tokens[i], originals[i]))
                i += 1
        words = [t for t, _ in kept_pairs]
        found = _find(words, current)
        if found is None:
            continue
        start, end, pattern, key = found
        head = kept_pairs[start if current == "fr" else end - 1]
        plural = head[1] != head[0]
        outside = set(words[:start] + words[end:])
        if outside & data.deputy_words[current] and not set(pattern) & data.deputy_words[current]:
            key = data.deputies.get(key, key)
        if set(words[:start]) & data.former_words[current]:
            key = FORMER + key
        return RoleMatch(key=key, plural=plural, phrase=" ".join(pattern))
    return None


def role_key(phrase: str, lang: str | None = None) -> str | None:
    """The canonical role key of a phrase in ``lang`` (the other language is tried next)."""
    found = match_role(phrase, lang)
    return found.key if found else None


def is_role_key(key: str) -> bool:
    return key.removeprefix(FORMER) in _data().parents


def role_ancestors(key: str) -> list[str]:
    """The role and its broader roles, narrowest first."""
    parents = _data().parents
    out: list[str] = []
    current: str | None = key
    while current is not None and current in parents and current not in out:
        out.append(current)
        current = parents[current]
    return out


def _as_key(role: str) -> str | None:
    if is_role_key(role):
        return role
    return role_key(role)


def role_fits(group_role: str, person_role: str) -> bool:
    """Does a group mention's role cover a person's role?

    Both arguments may be keys or phrases (« conseillers », "foreign ministers").
    A former role only fits a former group of a fitting role.
    """
    group, person = _as_key(group_role), _as_key(person_role)
    if group is None or person is None:
        return False
    if group.startswith(FORMER) != person.startswith(FORMER):
        return False
    return group.removeprefix(FORMER) in role_ancestors(person.removeprefix(FORMER))


_PRESENCE_CLASS = {"present": "present", "absent": "absent", "expected": "other",
                   "mentioned": "other"}


def presence_fits(group_presence: str, person_presence: str) -> bool:
    """Can a role group with this presence lean on a named person with that one?

    A group placed at the event (« en présence des ministres ») matches people
    who were there, not people only expected or talked about; an expected or
    merely mentioned group matches people expected or mentioned; absent with
    absent.
    """
    return _PRESENCE_CLASS.get(group_presence, "other") == _PRESENCE_CLASS.get(
        person_presence, "other")
