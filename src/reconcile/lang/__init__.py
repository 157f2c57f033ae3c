"""The language layer: one profile per language, below extraction and alignment.

A profile holds what the code would otherwise hard-code per language: the dependency labels
its spaCy pipeline uses, whether capitals mark names, the words of time and modality, and
the concept lexicon that gives a head word its language-neutral key. Profiles are data
(``lang/data/<code>.yaml``) validated on load: a misspelt key is an error, not an empty set.
Adding a language is a new data file and its pinned pipeline.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from reconcile.errors import ReconcileError
from reconcile.lang.folding import fold as fold
from reconcile.safe_yaml import load_data


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


#: a profile's word list, folded on load: the code compares it with folded lemmas, so
#: « être » or « précédent » must be stored as "etre", "precedent"
Words = Annotated[frozenset[str], AfterValidator(_folded)]


class Deps(BaseModel):
    """The dependency labels of the language's pipeline, by the role they play."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    subject: frozenset[str]
    object: frozenset[str]
    oblique: frozenset[str] = Field(description="a verb's prepositional or adverbial complement")
    noun_modifier: frozenset[str] = Field(description="a noun hung on another noun")
    adjective: frozenset[str]
    number: frozenset[str] = Field(description="a number on its noun")
    compound: frozenset[str] = frozenset()
    clause: frozenset[str] = Field(description="a clause hung on a verb (xcomp, advcl, acl)")
    preposition: frozenset[str] = Field(description="the preposition of a complement")
    coordination: frozenset[str] = frozenset({"conj"})
    appos: frozenset[str] = frozenset({"appos"})


class Times(BaseModel):
    """Words that move what a clause says away from the story's main event, folded on load
    (they are compared with folded lemmas: « précédent » must meet "precedent")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    earlier: Words = Field(description="lemmas marking an earlier event (previous)")
    next: Words = Field(description="lemmas marking a later event (next)")
    ago: Words = Field(description="lemmas of 'N ago' phrases")
    origin: Words = Field(description="prepositions of where someone came from")
    motion: Words = Field(
        description="verbs and nouns whose 'from' complement is a place of origin, not a venue"
    )
    future_aux: Words = frozenset()
    prospective: Words = Field(
        default_factory=frozenset,
        description="heads that make the verb under them planned, not done (due to, « doit »)",
    )
    change_from: Words = Field(
        default_factory=frozenset, description="the word before a changed figure's old value (from)"
    )
    change_to: Words = Field(
        default_factory=frozenset, description="the word before its new value (to)"
    )


class Capacity(BaseModel):
    """Words that make a count a capacity ("licensed to carry 196 passengers", « une jauge
    de 30 000 places »): what a thing can hold, never how many were there."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nouns: Words = Field(description="nouns whose figure is a capacity (capacity, « jauge »)")
    verbs: Words = Field(description="verbs of holding (carry, seat, « accueillir »)")
    ability: Words = Field(
        description="words that make a holding verb a capacity: can, licensed, designed, "
        "« pouvoir », « conçu »"
    )


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    capitals_mark_names: bool = True
    deps: Deps
    times: Times
    light_verbs: Words = Field(
        description="verbs that carry a figure without saying what it measures (last, take, "
        "reach): the frame is their subject"
    )
    measure_preps: Words = Field(
        default_factory=frozenset,
        description="prepositions that join a span of time to what it measures (of, de): "
        "\"five hours of talks\"; an empty set accepts any",
    )
    about_preps: Words = Field(
        default_factory=frozenset,
        description="prepositions that say what an agreement or a talk is about (on, sur)",
    )
    among_preps: Words = Field(
        default_factory=frozenset,
        description="prepositions of the group counted ones belong to (among, parmi)",
    )
    counted_clause: Words = Field(
        default_factory=frozenset,
        description="collective numerals that head their counted noun (« une trentaine de »)",
    )
    capacity: Capacity | None = None
    concepts: dict[str, frozenset[str]] = Field(
        default_factory=dict,
        description="language-neutral key → lemmas: what a head word is about",
    )

    def concept(self, lemma: str) -> str | None:
        """The concept key of a head lemma (or a phrase of lemmas), None if unknown."""
        return _concept_index(self.code).get(fold(lemma))

    def is_subject(self, dep: str) -> bool:
        return dep in self.deps.subject

    def is_future(self, token: object) -> bool:
        """Is the verb ``token`` (a spaCy token) in the future or the conditional?"""
        group = [token, *[c for c in token.children if c.dep_.startswith("aux")]]  # type: ignore[attr-defined]
        return any(
            t.lower_ in self.times.future_aux
            or "Fut" in t.morph.get("Tense")
            or "Cnd" in t.morph.get("Mood")
            for t in group
        )


@cache
def profile(code: str) -> Profile | None:
    """The profile of a language, or None when there is none."""
    path = resources.files("reconcile.lang").joinpath("data", f"{code}.yaml")
    if not path.is_file():
        return None
    try:
        return Profile.model_validate(load_data(path.read_text("utf-8")))
    except ValueError as exc:
        raise ReconcileError(f"lang/data/{code}.yaml", f"invalid language profile: {exc}") from exc


@cache
def _concept_index(code: str) -> dict[str, str]:
    found = profile(code)
    out: dict[str, str] = {}
    for key, lemmas in sorted(found.concepts.items() if found else ()):
        for lemma in sorted(lemmas):
            out.setdefault(fold(lemma), key)
    return out


def codes() -> list[str]:
    root = resources.files("reconcile.lang").joinpath("data")
    return sorted(p.name[: -len(".yaml")] for p in root.iterdir() if p.name.endswith(".yaml"))
