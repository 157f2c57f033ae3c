"""Is this the same person? Names across spellings, languages and mentions.

All knowledge (transliteration folds, first-name variants, titles, known
people) lives in ``data/names.yaml``; this module only applies it.

Match levels, best first (``PersonMatch.level``):

``exact``
    the names are the same once titles, case and spacing are ignored.
``folded``
    the same after :func:`fold_name` (accents, transliteration folds:
    Boulgakov / Bulgakov, Nicolaï / Nikolai, Zelenski / Zelenskyy), or the same
    surname with the same first name and extra middle names.
``variant``
    the same known person (``known_people`` aliases), or the same surname with
    first names from one variant group (Sergueï / Sergey, Steve / Steven).
``surname``
    only the surname can be compared: one side is a surname-only mention
    ("Lavrov", « M. Lavrov ») or an initial ("J. Biden").
``fuzzy``
    the folded surnames differ, but by exactly one edit, the shorter is at
    least ``MIN_FUZZY_LENGTH`` letters long, neither is a prefix or suffix of
    the other, and their ``rapidfuzz.fuzz.ratio`` reaches the threshold
    (``Settings.name_fuzzy_threshold``, 88 by default).  With 88, one inserted
    or dropped letter passes from 6 letters (Erdogan / Erdoan); one *changed*
    letter passes only from 9 letters, because the ratio counts a change as two
    edits.  Hence Besson ≠ Bessent (two edits), Rubio ≠ Rubiales and
    Kim ≠ Kimmel (extensions), Macron ≠ Marcon (a swap is two edits),
    Putin ≠ Puten (too short).

Two different first names with the same surname never match
(Hunter Biden ≠ Joe Biden); two different known people never match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from reconcile.lang.folding import fold
from reconcile.safe_yaml import load_data

Level = Literal["exact", "folded", "variant", "surname", "fuzzy"]

#: the shorter folded surname must be at least this long for a fuzzy match
MIN_FUZZY_LENGTH = 6
#: default threshold: ``Settings.name_fuzzy_threshold``
DEFAULT_THRESHOLD = 88.0

SCORES: dict[str, float] = {
    "exact": 1.0,
    "folded": 0.97,
    "variant": 0.93,
    "surname": 0.85,
    "initial": 0.8,
}


@dataclass(frozen=True)
class PersonMatch:
    level: Level
    score: float
    reason: str = ""


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Known:
    name: str
    surname: str
    surname_first: bool
    keys: frozenset[str]


@dataclass(frozen=True)
class _NameData:
    folds: tuple[tuple[re.Pattern[str], str], ...]
    titles: frozenset[str]
    suffixes: frozenset[str]
    particles: frozenset[str]
    variants: dict[str, frozenset[int]]
    known: tuple[_Known, ...]
    known_index: dict[str, int]
    joined: frozenset[str] = frozenset()


def _load_yaml(name: str) -> Any:
    text = resources.files("reconcile.lang").joinpath("knowledge", name).read_text("utf-8")
    return load_data(text)


@cache
def _data() -> _NameData:
    raw = _load_yaml("names.yaml")
    folds: list[tuple[re.Pattern[str], str]] = []
    for rules in raw["folds"].values():
        for pattern, repl in rules:
            folds.append((re.compile(str(pattern)), str(repl)))
    data = _NameData(
        folds=tuple(folds),
        titles=frozenset(_basic(t) for t in raw.get("titles", [])),
        suffixes=frozenset(_basic(t) for t in raw.get("suffixes", [])),
        particles=frozenset(_basic(t) for t in raw.get("particles", [])),
        variants={},
        known=(),
        known_index={},
    )
    # first names and known people are folded with the folds just read
    variants: dict[str, set[int]] = {}
    for gid, group in enumerate(raw.get("first_names", [])):
        for spelling in group:
            variants.setdefault(_fold_with(str(spelling), data.folds), set()).add(gid)
    known: list[_Known] = []
    index: dict[str, int] = {}
    for entry in raw.get("known_people", []):
        names = [str(entry["name"]), *(str(a) for a in entry.get("aliases", []))]
        keys = frozenset(_fold_with(n, data.folds) for n in names)
        person = _Known(
            name=str(entry["name"]),
            surname=str(entry["surname"]),
            surname_first=bool(entry.get("surname_first", False)),
            keys=keys,
        )
        for key in keys:
            index.setdefault(key, len(known))
        known.append(person)
    return _NameData(
        folds=data.folds,
        titles=data.titles,
        suffixes=data.suffixes,
        particles=data.particles,
        variants={k: frozenset(v) for k, v in variants.items()},
        known=tuple(known),
        known_index=index,
        joined=frozenset(_basic(t) for t in raw.get("joined_particles", [])),
    )


# --------------------------------------------------------------------------- folding


def _basic(text: str) -> str:
    """Lowercase, accents stripped, letters only, single spaces."""
    stripped = unicodedata.normalize("NFKC", fold(text)).casefold()
    letters = "".join(c if c.isalpha() else " " for c in stripped)
    return " ".join(letters.split())


def _fold_with(name: str, folds: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    current = name
    for _ in range(12):  # the rules converge in two or three passes
        text = _basic(current)
        for pattern, repl in folds:
            text = pattern.sub(repl, text)
        text = " ".join(text.split())
        if text == current:
            break
        current = text
    return current


def fold_name(name: str) -> str:
    """The matching key of a name: lowercase, no accents, transliteration folded.

    Folds are applied until nothing changes, so ``fold_name`` is idempotent.
    """
    return _fold_with(name, _data().folds)


# --------------------------------------------------------------------------- parsing

_PAREN = re.compile(r"\([^)]*\)|\[[^]]*\]")
_QUOTES = re.compile(r"[«»\"“”„‟]")


@dataclass(frozen=True)
class _Name:
    display: str  # the name without titles
    folded: str
    given: tuple[str, ...]  # folded given-name tokens (hyphenated names kept whole)
    initials: str  # first letters of the given names, unfolded ("jd")
    initial: bool  # the first given name is an initial ("J.", "JD")
    surname: str  # folded surname core, particles dropped
    known: int | None


def _strip_titles(tokens: list[str]) -> list[str]:
    data = _data()
    out = list(tokens)
    while len(out) > 1 and _basic(out[0]) in data.titles:
        out.pop(0)
    while len(out) > 1 and _basic(out[-1]) in data.suffixes:
        out.pop()
    return out


def _tokens(name: str) -> list[str]:
    cleaned = _QUOTES.sub(" ", _PAREN.sub(" ", name))
    cleaned = cleaned.replace("’", "'").strip(" ,;:.")
    tokens = [t.strip(",;:") for t in cleaned.split()]
    tokens = [t for t in tokens if t and _basic(t)]
    # "l'" / "d'" glued to a name: « d'Orlov » is not a name spelling
    tokens = [re.sub(r"^(?:[ldLD]')(?=\w)", "", t) for t in tokens]
    return _strip_titles(_drop_lead_words(tokens))


def _is_particle(token: str, first: bool) -> bool:
    """« von », « de », « bin »: lowercase, or capitalised inside a name (not "Al Gore")."""
    return _basic(token) in _data().particles and (token[:1].islower() or not first)


def _drop_lead_words(tokens: list[str]) -> list[str]:
    """Drop lowercase words before the name (« le président Vladimir Poutine»),
    keeping the particles right before it (« le général de Gaulle » → de Gaulle)."""
    first_cap = next((i for i, t in enumerate(tokens) if t[:1].isupper()), None)
    if not first_cap:
        return tokens
    start = first_cap
    while start > 0 and _is_particle(tokens[start - 1], first=True):
        start -= 1
    return tokens[start:]


def _is_initial(token: str) -> bool:
    bare = token.replace(".", "").replace("-", "")
    return bool(bare) and (len(bare) == 1 or (len(bare) <= 3 and bare.isupper()))


@cache
def _parse(name: str) -> _Name:
    data = _data()
    tokens = _tokens(name)
    display = " ".join(tokens)
    folded = fold_name(display)
    if not tokens:
        return _Name(display, folded, (), "", False, "", None)
    known = data.known_index.get(folded)
    surname_first = known is not None and data.known[known].surname_first
    if surname_first or len(tokens) == 1:
        sur_tokens, given_tokens = tokens[:1], tokens[1:]
    else:
        start = len(tokens) - 1
        while start > 0 and _is_particle(tokens[start - 1], first=start - 1 == 0):
            start -= 1
        sur_tokens, given_tokens = tokens[start:], tokens[:start]
    sur_folded = fold_name(" ".join(sur_tokens))
    # « Ben Slimane » / « Benslimane »: a particle that is part of the surname is
    # kept, glued, in the core; the others (al-Assad / Assad) are not compared
    core_words = [w for w in sur_folded.split() if w not in data.particles or w in data.joined]
    surname = "".join(core_words) or sur_folded.replace(" ", "")
    given = tuple(g for g in (fold_name(t).replace(" ", "") for t in given_tokens) if g)
    initial = bool(given_tokens) and _is_initial(given_tokens[0])
    if initial:
        # "J. D. Vance" / "JD Vance" / "J.D. Vance": the initials, as one token
        n = 0
        while n < len(given_tokens) and _is_initial(given_tokens[n]):
            n += 1
        letters = "".join(_basic(t).replace(" ", "") for t in given_tokens[:n])
        initials = letters
        given = (letters, *given[n:]) if letters else given
    else:
        initials = "".join(_basic(t)[:1] for t in given_tokens)
    return _Name(display, folded, given, initials, initial, surname, known)


# --------------------------------------------------------------------------- matching


def _norm_threshold(threshold: float) -> float:
    return threshold * 100.0 if 0.0 < threshold <= 1.0 else threshold


def surname_similarity(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> float | None:
    """Similarity (0..1) of two *folded* surnames under the fuzzy rule, else None."""
    if not a or not b:
        return None
    if a == b:
        return 1.0
    short, long_ = sorted((a, b), key=lambda s: (len(s), s))
    if len(short) < MIN_FUZZY_LENGTH:
        return None
    if long_.startswith(short) or long_.endswith(short):
        return None  # an extension is another name: Kim / Kimmel, Rubio / Rubiales
    if Levenshtein.distance(a, b) > 1:
        return None
    ratio = float(fuzz.ratio(a, b))
    if ratio < _norm_threshold(threshold):
        return None
    return round(ratio / 100.0, 3)


def _variant_ids(folded_given: str) -> frozenset[int]:
    return _data().variants.get(folded_given, frozenset())


def _first_names(a: _Name, b: _Name) -> tuple[str, float] | None:
    """How the first given names relate: ('same'|'variant'|'initial', score)."""
    ga, gb = a.given[0], b.given[0]
    if a.initial or b.initial:
        la, lb = a.initials, b.initials
        ok = bool(la and lb) and (la.startswith(lb) or lb.startswith(la))
        return ("initial", SCORES["initial"]) if ok else None
    if ga == gb:
        return "same", 1.0
    if _variant_ids(ga) & _variant_ids(gb):
        return "variant", SCORES["variant"]
    return None


def match_people(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> PersonMatch | None:
    """Do two names (full or surname-only) name the same person?

    ``threshold`` is a rapidfuzz ratio in 0..100 (a fraction in 0..1 is
    accepted and scaled) applied to folded surnames only; see the module doc.
    """
    pa, pb = _parse(a), _parse(b)
    if not pa.surname or not pb.surname:
        return None
    if " ".join(pa.display.casefold().split()) == " ".join(pb.display.casefold().split()):
        return PersonMatch("exact", SCORES["exact"], "same name as written")
    data = _data()
    if pa.known is not None and pb.known is not None:
        if pa.known != pb.known:
            return None
        if pa.folded != pb.folded:
            return PersonMatch(
                "variant", SCORES["variant"], f"known aliases of {data.known[pa.known].name}"
            )
    if pa.folded == pb.folded:
        return PersonMatch("folded", SCORES["folded"], f"same after folding: {pa.folded!r}")
    sim = surname_similarity(pa.surname, pb.surname, threshold)
    if sim is None:
        return None
    fuzzy = sim < 1.0
    s1, s2 = sorted((pa.surname, pb.surname))
    sur_reason = (
        f"surnames {s1!r} ~ {s2!r} (ratio {sim * 100:.0f}, one edit)"
        if fuzzy
        else f"same folded surname {pa.surname!r}"
    )
    if not pa.given or not pb.given:
        if fuzzy:
            return PersonMatch("fuzzy", round(sim * SCORES["surname"], 3), sur_reason)
        return PersonMatch("surname", SCORES["surname"], f"surname-only mention; {sur_reason}")
    first = _first_names(pa, pb)
    if first is None:
        return None
    kind, score = first
    if fuzzy:
        return PersonMatch("fuzzy", round(sim * score, 3), f"{sur_reason}; first names {kind}")
    if kind == "same":
        return PersonMatch("folded", SCORES["folded"], f"same first name; {sur_reason}")
    if kind == "variant":
        g1, g2 = sorted((pa.given[0], pb.given[0]))
        return PersonMatch("variant", score, f"first names {g1!r}/{g2!r} are variants")
    return PersonMatch("surname", score, f"initial matches; {sur_reason}")


# --------------------------------------------------------------------------- display


def canonical_name(as_written: str) -> str:
    """A display form: the known person's canonical name, else the name without titles."""
    parsed = _parse(as_written)
    if parsed.known is not None:
        return _data().known[parsed.known].name
    return parsed.display or " ".join(as_written.split())


def name_key(name: str) -> str:
    """A stable grouping key: the known person's folded canonical name, else the fold."""
    parsed = _parse(name)
    if parsed.known is not None:
        return fold_name(_data().known[parsed.known].name)
    return parsed.folded


def is_surname_only(name: str) -> bool:
    parsed = _parse(name)
    return bool(parsed.surname) and not parsed.given


def link_surnames(names: list[str], threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """Within one article, map every mention to the full name it stands for.

    A surname-only mention ("Lavrov", « M. Lavrov », "Mr. Rubio") is linked to
    the full name mentioned before it (the nearest one); failing that, to a
    full name mentioned after it (a headline before the body). When the
    candidates are different people (Joe Biden, Hunter Biden) the mention is
    left as it is. Full names map to themselves.
    """
    out: dict[str, str] = {}
    full = [(i, n) for i, n in enumerate(names) if not is_surname_only(n) and _parse(n).surname]
    for i, name in enumerate(names):
        if name in out:
            continue
        if not is_surname_only(name):
            out[name] = name
            continue
        before = [n for j, n in full if j < i and match_people(name, n, threshold)]
        after = [n for j, n in full if j > i and match_people(name, n, threshold)]
        for candidates in (before, after):
            if not candidates:
                continue
            nearest = candidates[-1] if candidates is before else candidates[0]
            if all(match_people(nearest, c, threshold) for c in candidates):
                out[name] = nearest
            break
        out.setdefault(name, name)
    return out
