"""The words of ``extract/data/amounts.yaml``: one language block, validated on load.

A misspelt key is an error, not an empty list, and so is a hedge of no known class. Word
lists are written as space-separated strings (YAML never reads them as booleans) and come
out as tuples of words; phrase lists are YAML lists; tables map a phrase to its value.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from reconcile.errors import ReconcileError
from reconcile.extract.amounts.intervals import HedgeClass
from reconcile.safe_yaml import load_data

DATA_FILE = "data/amounts.yaml"


def _split(value: Any) -> Any:
    """A space-separated word list as its words (anything else is left to validation)."""
    return tuple(value.split()) if isinstance(value, str) else value


Words = Annotated[tuple[str, ...], BeforeValidator(_split)]
Phrases = tuple[str, ...]


class Vocabulary(BaseModel):
    """One language's words of figures: numbers, hedges, units, and the cues that say a
    figure is a clock time, a date or a distance in time rather than a length or a count."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # numbers and how they are written
    number_words: Words
    number_joiners: Words
    articles: Words
    decimal: str
    thousands: Phrases
    scales: dict[str, float]
    glued_scales: dict[str, float] = Field(default_factory=dict)
    approx: dict[str, tuple[float, HedgeClass]]
    vague_counts: Phrases = ()
    of_words: Words = Field(description="joins a scale or a collective numeral to what it counts")
    elisions: Phrases = Field(description="words written elided, glued to the next one (d')")
    not_numbers: Phrases
    ordinal_suffixes: Words
    # hedges
    hedges_before: dict[str, HedgeClass]
    hedges_after: dict[str, HedgeClass]
    hedges_inside: dict[str, HedgeClass]
    inside_words: Phrases = ()
    # durations
    duration_units: dict[str, float]
    hour_units: Words
    minute_units: Words
    second_units: Words = ()
    abbrev_minute_units: Words
    fraction_before: dict[str, float]
    fraction_after: dict[str, float]
    fixed_durations: dict[str, float | tuple[float, str]]
    # what makes a figure with a time unit no length
    clock_before: Phrases
    clock_after: Phrases
    duration_before: Phrases
    duration_after: Phrases
    elapsed_before: Phrases
    elapsed_after: Phrases
    lasting_before: Phrases
    since_after: Phrases
    since_start: Phrases
    countdown_after: Phrases
    proximity_before: Phrases
    proximity_after: Phrases
    months: Words
    weekdays: Words
    # what a count counts
    nouns_before: Phrases
    noun_links: Phrases
    glued_units: Phrases
    currency_before: Phrases
    percent: Phrases
    not_units: Words

    def tables(self) -> dict[str, dict[str, Any]]:
        """Every phrase → value table of the block, by its key name."""
        return {name: value for name, value in self if isinstance(value, dict)}


@cache
def vocabulary(lang: str) -> Vocabulary:
    """The amounts vocabulary of ``lang``; a ValueError for a language the file lacks."""
    raw = load_data(resources.files("reconcile.extract").joinpath(DATA_FILE).read_text("utf-8"))
    if lang not in raw:
        raise ValueError(f"no amounts vocabulary for language {lang!r}; have {sorted(raw)}")
    try:
        return Vocabulary.model_validate(raw[lang])
    except ValueError as exc:
        raise ReconcileError(
            f"extract/{DATA_FILE}", f"invalid vocabulary for {lang!r}: {exc}"
        ) from exc
