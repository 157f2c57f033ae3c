"""The words of ``labels.yaml``, compiled once per language, and what every label
finder shares: the article's sentences with apostrophes normalised, negation before a word."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reconcile.extract.context import Article, lexicon
from reconcile.extract.mentions.follow_up import phrases_re, straight_apostrophes
from reconcile.extract.mentions.people import Sentence as Sentence
from reconcile.lang.folding import fold
from reconcile.models import Modality

_PERSON = ("PER", "PERSON")
#: outcomes that belong to one person: two defendants may be convicted and acquitted
_PERSONAL_OUTCOMES = frozenset({"convicted", "acquitted"})
_PLACE = ("LOC", "GPE", "FAC")
_norm = straight_apostrophes
_rx = phrases_re


@cache
def _compiled(lang: str) -> dict[str, Any]:
    """Every finder's words for ``lang``, compiled once (empty for a language without them)."""
    w = lexicon("labels", lang)
    if not w:
        return {}
    return {**_format_words(w), **_tone_words(w), **_outcome_words(w), **_next_words(w),
            "setting": {k: _rx(v) for k, v in (w.get("setting") or {}).items()},
            "negation": {str(x).lower() for x in w.get("negation", [])},
            "window": int(w.get("negation_window", 4)),
            "speech": {str(x).lower() for x in lexicon("quotes", lang).get("speech_lemmas", [])}}


def _format_words(w: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": {k: [re.compile(rf"(?<![\w-]){p}(?![\w-])", re.IGNORECASE) for p in v]
                   for k, v in (w.get("format") or {}).items()},
        "numbers": {str(k).lower(): int(v) for k, v in (w.get("numbers") or {}).items()},
        "format_subject": {str(k): str(v) for k, v in (w.get("format_subjects") or {}).items()},
    }


def _tone_words(w: dict[str, Any]) -> dict[str, Any]:
    return {
        "talk": _rx([re.escape(x) for x in w.get("talk_nouns", [])]),
        "tone": {k: _rx(v) for k, v in (w.get("tone") or {}).items()},
        "idioms": {k: _rx(v) for k, v in (w.get("tone_idioms") or {}).items()},
        "characterise": {str(x).lower() for x in w.get("characterise_lemmas", [])},
        "breaks": _rx([re.escape(x) for x in w.get("clause_breaks", [])])
        if w.get("clause_breaks") else None,
    }


def _outcome_words(w: dict[str, Any]) -> dict[str, Any]:
    return {
        "outcome": [
            (k, v.get("agreement"), _rx(v.get("phrases", [])), str(v.get("subject", "talks")))
            for k, v in (w.get("outcome") or {}).items()
        ],
        "background": _rx(w.get("background", [])) if w.get("background") else None,
        "decisions": [
            (str(k), frozenset(fold(str(x)) for x in v.get("verbs", [])),
             frozenset(fold(str(x)) for x in v["objects"]) if v.get("objects") else None)
            for k, v in (w.get("decisions") or {}).items()
        ],
    }


def _next_words(w: dict[str, Any]) -> dict[str, Any]:
    nxt = w.get("next") or {}
    return {
        "next": _rx(nxt.get("phrases", [])),
        "possible": _rx(nxt.get("possible", [])),
        "place_preps": {str(x).lower() for x in nxt.get("place_preps", [])},
        "pair": _rx(nxt.get("pair_subjects", [])),
        "next_kinds": [(str(k), _rx(v)) for k, v in (nxt.get("kinds") or {}).items()],
        "when": _rx(nxt.get("when", [])),
        "here": _rx(here) if (here := nxt.get("here")) else None,
        "presence_verbs": frozenset(fold(str(x)) for x in nxt.get("presence_verbs", [])),
        "first_person": frozenset(str(x).lower() for x in nxt.get("first_person", [])),
        "aspect_verbs": frozenset(fold(str(x)) for x in nxt.get("aspect_verbs", [])),
    }


def _sentences(article: Article) -> list[Sentence]:
    """Normalised once per extractor run and handed to every label finder."""
    return [(sent, _norm(sent.text), sent.start_char) for sent in article.sentences()]


def _negated(article: Article, sent: Any, start: int, c: dict[str, Any]) -> bool:
    toks = [t for t in sent if t.idx < start]
    return any(_norm(t.text).lower() in c["negation"] for t in toks[-c["window"] :])


def _undenied(modality: Modality) -> Modality:
    """A negation is already in the label (not productive → negative; no deal)."""
    return "asserted" if modality == "denied" else modality
