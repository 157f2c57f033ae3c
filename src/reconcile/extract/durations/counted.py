"""What a count counts: the counted noun, a people count by its verb, what happened to the
counted things, the one place it is restricted to; a length, area or mass by what it measures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reconcile.extract.amounts import Amount
from reconcile.extract.context import Article, doc_ents, doc_text, lexicon
from reconcile.extract.durations.money import _entity_of, _measured_thing
from reconcile.extract.durations.words import (
    _PLACE_DEPS,
    _STATE_DEPS,
    COUNTED_NOUN,
    DIMENSION,
    PEOPLE_BY_VERB,
    PHYSICAL_EFFECT,
    PHYSICAL_NOUN,
    SIDE_SUPPORTERS,
    _nouns,
    _subject_key,
    _verb_of,
    _word_set,
)


def _is_reference(doc: Any, amount: Amount) -> bool:
    """ "les deux présidents", "the two leaders": a definite phrase names, it does not count."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    # French contractions ("des", "aux") are ADP with Definite=Def
    return before.pos_ in ("DET", "ADP") and (
        "Def" in before.morph.get("Definite")
        or "Yes" in before.morph.get("Poss")
        or before.lower_ in ("the", "these", "those", "their", "its", "our")
    )


def _unit_token(doc: Any, amount: Amount) -> Any | None:
    if amount.unit_start is None or amount.unit_end is None:
        return None
    span = doc.char_span(amount.unit_start, amount.unit_end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    # "300 family tents": a compound's head is what is counted; "two dozen mounted
    # guards": so is a modifier's
    while (
        token.dep_ in ("compound", "amod")
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i > token.i
        and token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
    ):
        token = token.head
    return token


@dataclass(frozen=True)
class Counted:
    """What a quantity counts or measures (its claim's subject), its unit, and the rule."""

    subject: str
    unit: str | None
    rule: str


def _counted(article: Article, doc: Any, amount: Amount) -> Counted | None:
    """What a figure with a unit counts or measures; None when it counts nothing worth a
    claim."""
    if amount.unit_start is None or amount.unit_end is None:
        return None
    unit = _unit_token(doc, amount)
    if unit is None:
        return None
    written_root = doc.char_span(amount.unit_start, amount.unit_end, alignment_mode="expand").root
    if written_root.pos_ == "PROPN" and written_root != unit and amount.nominal == 1:
        return None  # "one London brokerage": a number word before a name
    words = article.words("subjects")
    measures = set(words.get("measure_units", []))
    units = _nouns(article, "unit_keys")
    written = doc_text(doc)[amount.unit_start : amount.unit_end]
    forms = {unit.lower_, unit.lemma_.lower(), written.lower(), (amount.unit or "").lower()}
    if forms & measures or written.lower() in units:
        # "4,2 milliards d'euros", "12 %", "20 per cent": the unit says how it is
        # measured, not what
        found = _measured_thing(article, doc, amount, unit)
        if found is None:
            return None
        unit_key = (
            units.get(written.lower())
            or units.get((amount.unit or "").lower())
            or units.get(unit.lower_)
            or unit.lower_
        )
        return Counted(found[0], unit_key, found[1])
    physical = _nouns(article, "physical_units")
    measure = physical.get(written.lower()) or physical.get(written)
    if measure is not None:
        subject, rule = _physical(article, doc, amount, measure)
        return Counted(subject, measure, rule)
    return _count(article, doc, amount, unit, written_root)


def _unknown_counted(article: Article, doc: Any, amount: Amount, unit: Any) -> bool:
    """Whether a number on a noun no list knows counts it."""
    parties = _word_set(article.lang, "parties")
    if {unit.lower_, unit.lemma_.lower()} & parties and amount.nominal <= 2:
        return False  # "the two countries", « les deux camps »: the parties, not a figure
    if _is_reference(doc, amount) or unit.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return bool(unit.pos_ != "PROPN")  # "one London brokerage": a number word before a name


def _count(
    article: Article, doc: Any, amount: Amount, unit: Any, written_root: Any
) -> Counted | None:
    """What a number on a noun counts: the noun, one side's supporters, people by what they
    are; None for the parties, the principals, a definite phrase."""
    table = _nouns(article, "counts")
    known = _subject_key(unit, table)
    if known is None and not _unknown_counted(article, doc, amount, unit):
        return None
    if unit.lower_ in _word_set(article.lang, "principals"):
        return None  # "two presidents": the event's principals, named, not counted
    key, rule = known or str(unit.lemma_.lower()), COUNTED_NOUN
    named = (
        str(written_root.text) if written_root != unit and written_root.text[:1].isupper() else None
    )  # "15,000 Northgate fans", whatever the tagger makes of "Northgate"
    side = named or _entity_of(unit) or _side_of(unit)
    if key == "spectators" and side and unit.lower_ in _word_set(article.lang, "sided"):
        # "15,000 Northgate fans": one side's, not the crowd
        key, rule = f"{side} supporters", SIDE_SUPPORTERS
    verb = _verb_of(unit)
    if key == "people":
        by_verb = _nouns(article, "counts_by_verb")
        following = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        who = (_subject_key(verb, by_verb) if verb != unit else None) or (
            _subject_key(following, table) if following is not None else None
        )
        if who:
            key, rule = who, PEOPLE_BY_VERB
    if key in ("people",) and _is_reference(doc, amount):
        return None
    return Counted(_qualified(article, key, unit, verb), None, rule)


def _qualified(article: Article, key: str, unit: Any, verb: Any) -> str:
    """The counted things with what happened to them ("homes destroyed") and the one place
    the count is restricted to ("deaths in X")."""
    outcomes = _nouns(article, "count_outcomes")
    outcome = _subject_key(verb, outcomes) if verb != unit else None
    # "11 injured firefighters", « 11 pompiers blessés »: the state is in the phrase
    outcome = outcome or next(
        (k for c in unit.children if c.dep_ in _STATE_DEPS and (k := _subject_key(c, outcomes))),
        None,
    )
    if outcome and key not in ("deaths", "injured", "displaced", "missing", "employees"):
        key = f"{key} {outcome}"
    if place := _only_in(article, unit.sent):
        key = f"{key} in {place}"
    return key


def _physical(article: Article, doc: Any, amount: Amount, measure: str) -> tuple[str, str]:
    """What a length, area or mass measures (and the rule that said so), never the unit
    symbol: the noun it qualifies (« un front de 12 km », "a 2.8-tonne satellite", "at a
    depth of 10 km"), what its verb did ("3,400 hectares burned" → area burned), the noun its
    verb sets ("the quota was set at 99,000 t"), else the dimension (distance, area, mass)
    with the verb that gives it (never one bare dimension for two different measurements of
    a story)."""
    span = doc.char_span(amount.unit_start, amount.unit_end, alignment_mode="expand")
    dimension = str(lexicon("subjects", article.lang).get("dimensions", {}).get(measure, measure))
    if span is None:
        return dimension, DIMENSION
    token = span.root
    physical = _nouns(article, "physical_units")
    nouns = _nouns(article, "physical_nouns")
    head = token.head
    if head.pos_ == "ADP" and head.head != head:
        head = head.head  # "a depth of 10 km"
    qualifies = head != token and head.pos_ in ("NOUN", "PROPN")
    if qualifies and _subject_key(head, physical) is None and head.lower_ not in physical:
        known = _subject_key(head, nouns) or _subject_key(head, _nouns(article, "counts"))
        return known or str(head.lemma_.lower()), PHYSICAL_NOUN
    verb = _verb_of(token)
    by_verb = _nouns(article, "physical_by_verb")
    # "3,400 ha burned", « 3 400 ha brûlés »: the verb or the participle in the phrase
    doers = [verb] if verb != token else []
    doers += [c for c in token.children if c.dep_ in _STATE_DEPS]
    burned = next((k for t in doers if (k := _subject_key(t, by_verb))), None)
    if burned is not None and dimension == "area":
        return burned, PHYSICAL_EFFECT
    # "the quota was set at 99,000 t", "measured its depth at…"
    named = [c for c in verb.children if c.dep_.startswith("nsubj") or c.dep_ in ("obj", "dobj")]
    for child in named if verb != token else []:
        if key := _subject_key(child, nouns):
            return key, PHYSICAL_NOUN
    if verb != token and verb.pos_ in ("VERB", "AUX"):
        # what was measured is not named: its verb at least keeps two different
        # measurements apart ("rose five metres" vs "crested at 7.4 metres")
        return f"{dimension} ({verb.lemma_.lower()})", DIMENSION
    return dimension, DIMENSION


def _only_in(article: Article, sent: Any) -> str | None:
    """The one place a count is restricted to: "In X alone", "in the village of X"."""
    cues = _word_set(article.lang, "subcount_cues")
    localities = _word_set(article.lang, "localities")
    for tok in sent:
        if tok.pos_ != "PROPN" or tok.dep_ not in _PLACE_DEPS:
            continue
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        near = {t.lower_ for t in sent[max(0, tok.i - sent.start - 3) : tok.i - sent.start + 4]}
        by_locality = head.lower_ in localities and _case_word(head) in ("in", "à", "dans")
        if (near & cues and _case_word(tok) in ("in", "à", "dans")) or by_locality:
            ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
            return str(ent.text if ent is not None else tok.text)
    return None


def _case_word(token: Any) -> str | None:
    """The preposition of a noun: "in" for "in Quilcamayo", "à" for "à Quilcamayo"."""
    if token.dep_ == "pobj":
        return str(token.head.lower_)
    for child in token.children:
        if child.dep_ == "case":
            return str(child.lower_)
    return None


def _side_of(token: Any) -> str | None:
    """An adjective that makes a group one part of the crowd: « supporters anglais »."""
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.pos_ in ("ADJ", "PROPN"):
            return str(child.lower_)
    return None
