"""The tense of the clause around a character offset, from spaCy's morphology."""

from __future__ import annotations

from typing import Any, Literal

Tense = Literal["past", "present", "future"]

_FUTURE_AUX = {"will", "shall", "'ll"}


def verb_of(token: Any, climb: int = 8) -> Any:
    """The verb a token hangs on: itself or the first verb up its heads, within ``climb``
    steps (else where the climb stopped)."""
    node = token
    for _ in range(climb):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        node = node.head
    return node


def tense_at(doc: Any, offset: int) -> Tense | None:
    """Past, present or future for the clause holding ``offset`` (None when unclear)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = verb_of(span[0])
    group = [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]
    for tok in group:
        if tok.lower_ in _FUTURE_AUX or "Fut" in tok.morph.get("Tense"):
            return "future"
        if "Cnd" in tok.morph.get("Mood"):
            return "future"
    for tok in group:
        if tok.tag_ in ("VBD", "VBN") or "Past" in tok.morph.get("Tense"):
            return "past"
        # French passé composé: auxiliary in the present + past participle
        if tok.dep_.startswith("aux") and "Part" in verb.morph.get("VerbForm"):
            return "past"
    for tok in group:
        if "Pres" in tok.morph.get("Tense") or tok.tag_ in ("VBP", "VBZ"):
            return "present"
    return None
