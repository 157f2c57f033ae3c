"""The rules of ``event.duration`` and ``quantity``, the words of ``data/subjects.yaml`` as
tables, and the parse helpers every figure uses: the verb a figure hangs on, a word with its own
phrase."""

from __future__ import annotations

from functools import cache
from typing import Any

from reconcile.extract.context import Article, lexicon
from reconcile.extract.registry import rule
from reconcile.extract.tense import verb_of

# What a duration measures: each duration claim records the rule that named its subject (the
# part, the runner or "negotiations" written into the subject are not rules of their own).
FIXED_PHRASE = rule("duration.fixed_phrase", "a set phrase of a match ('after extra time', « après "
                    "prolongation ») says itself what its figure measures")
VERB_MEASURE = rule("duration.verb_measure", "a verb that is itself a measured thing ('delayed by "
                    "two hours') makes the figure that thing's length, not the length of what it "
                    "delayed")
LATE = rule("duration.late", "a figure followed by 'late' ('started ten minutes late') is how "
            "late something began: a delay, not the length of what began")
NAMED_NOUN = rule("duration.named_noun", "a measured noun of the figure's own phrase or of its "
                  "verb (the noun it modifies, 'N hours of X', the verb's subject or object, a "
                  "relative clause's antecedent) is what the figure measures; only the nouns of "
                  "the subjects list count, so a figure never measures any noun nearby")
PREVIOUS = rule("duration.previous", "a figure whose own words name nothing (a pronoun subject, "
                "'including N hours for the part…', a bare figure) continues the figure before it: "
                "copy gives one thing's length, then more about it")
IN_SENTENCE = rule("duration.in_sentence", "a figure whose own phrase names nothing measures the "
                   "measured noun its sentence names, rather than a thing of another sentence")
FRAGMENT = rule("duration.fragment", "a verbless fragment ('Two hours.') answers the sentence "
                "before it, so it measures what that sentence names")
LONG_LIVED = rule("duration.long_lived", "a span of a month or more is no sitting: it is claimed "
                  "only for a long-lived thing (a mission, a contract) named by the previous "
                  "sentence's subject or twice in the article, else it is a wait or a gap")
PART_OF_TALKS = rule("duration.part_of_talks", "a part of day or a part word (the morning, the "
                     "lunch, a phase) with nothing else named is a part of the talks: of the "
                     "events measured, only a sitting has parts")
WORKING_MEAL = rule("duration.working_meal", "a meal said to be working (« un dîner de travail ») "
                    "is a sitting of the talks, a part of them, not a break")
MAIN_EVENT = rule("duration.main_event", "a figure nothing names, with no figure before it, "
                  "stands for the event its article names most (twice at least), else the bare "
                  "event; a passing word does not make the story about it")

# What a quantity counts or measures: each quantity claim records the rule that named its
# subject (an outcome or a place written into the subject is not a rule of its own).
COUNTED_NOUN = rule("quantity.counted_noun", "a number on a noun counts that noun (a compound's "
                    "head: 'family tents' are tents); a definite phrase ('the two leaders'), the "
                    "parties and the event's principals name people, they do not count them")
PEOPLE_BY_VERB = rule("quantity.people_by_verb", "'N people' is a count of what its verb or the "
                      "noun after it says they are ('people were killed': deaths, 'people "
                      "employed': employees), never of people in general")
SIDE_SUPPORTERS = rule("quantity.side_supporters", "fans with a side's name or a nationality are "
                       "that side's supporters, not the crowd: the two figures are not compared")
MEASURED_WORD = rule("quantity.measured_word", "a sum or a percentage measures a known measure "
                     "word of its sentence (price, revenue, share price): the subject of its verb "
                     "first, then its own noun phrase, then the nearest; never the unit")
VALUE_OF_NOUN = rule("quantity.value_of_noun", "a sum or a percentage no list knows measures the "
                     "noun it hangs on or the subject of a verb of amounting; with no such noun "
                     "it makes no claim")
PHYSICAL_NOUN = rule("quantity.physical_noun", "a length, an area or a mass measures the noun it "
                     "qualifies ('a depth of 10 km') or the noun its verb sets, never the unit")
PHYSICAL_EFFECT = rule("quantity.physical_effect", "an area with a verb of damage ('3,400 "
                       "hectares burned') is the area that suffered it")
DIMENSION = rule("quantity.dimension", "a length, area or mass with no noun to measure is its "
                 "dimension with the verb that gives it, which keeps two measurements of one "
                 "story apart ('rose five metres', 'peaked at seven metres')")
SCORE = rule("quantity.score", "a final score in a sentence about a game is the game's result; a "
             "score during play (« à 6-5 », 'led 2-0 at half-time') is not")

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
    """The verb a figure hangs on, six steps up at most."""
    return verb_of(token, climb=6)


def _own(token: Any) -> list[Any]:
    """The token and its descendants, without the clauses hanging off it."""
    out = [token]
    for child in token.children:
        if child.dep_ not in _OWN_CLAUSE_STOP:
            out.extend(_own(child))
    return out
