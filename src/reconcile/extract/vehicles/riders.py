"""Who rode in a vehicle: the sentence's riding verb and the people it governs."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reconcile.extract.context import Article, ents_in, lexicon
from reconcile.extract.mentions.lexicon import fold_case
from reconcile.extract.vehicles.mentions import _Sentence
from reconcile.extract.vehicles.owners import _person_span
from reconcile.extract.vehicles.words import _PERSON

# ------------------------------------------------------------------ who rode


@cache
def _ride_words(lang: str) -> frozenset[str]:
    w = lexicon("vehicles", lang)
    return frozenset(str(x).lower() for x in [*w.get("ride_lemmas", []), *w.get("ride_forms", [])])


def _is_ride(tok: Any) -> bool:
    ride = _ride_words(str(tok.doc.lang_))
    return str(tok.lemma_).lower() in ride or str(tok.text).lower() in ride


_RELATIVE_WORDS = frozenset({"where", "who", "whom", "which", "that", "où", "qui", "que", "dont"})


def _relative_clause(verb: Any) -> bool:
    """A verb heading a relative clause that a relative word opens ("where X had greeted
    him"); the parser's label alone is not enough (it hangs main clauses there too)."""
    return str(verb.dep_) in ("relcl", "acl:relcl") and any(
        c.lower_ in _RELATIVE_WORDS or c.morph.get("PronType") == ["Rel"]
        for c in verb.children
        if c.i < verb.i
    )


def _companion(root: Any, head: Any) -> bool:
    """« avec X » / "with X" / "alongside X"."""
    with_words = ("avec", "with", "alongside")
    return root.dep_ in ("obl:mod", "obl", "pobj", "obl:arg", "nmod") and (
        any(c.text.lower() in with_words for c in root.children)
        or head.text.lower() in with_words
    )


def _rides(ent: Any, sent: Any, sentence_rides: bool) -> bool:
    """Is the person ``ent`` a subject or companion of a ride verb?"""
    root, head = ent.root, ent.root.head
    # a subject of the ride verb, or its conjunct, or « avec X » / "with X"
    while root.dep_ in ("conj", "flat:name", "appos") and head.i != root.i:
        root, head = head, head.head
    if (root.dep_.startswith("nsubj") and _is_ride(head)) or _companion(root, head):
        return True
    # the main clause's subject (the parser may hang the ride verb elsewhere), not the
    # subject of a relative clause ("where President X had greeted him")
    return sentence_rides and (
        (root.dep_.startswith("nsubj") and not _relative_clause(head)) or ent.start == sent.start
    )


def _riders(ctx: _Sentence, spans: list[tuple[int, int]]) -> list[str]:
    """People in the sentence who are subjects or companions of a ride verb."""
    sent, out = ctx.sent, []
    rides = any(_is_ride(t) for t in sent)
    for ent in ents_in(sent):
        if ent.label_ not in _PERSON or any(a <= ent.start_char < b for a, b in spans):
            continue
        name = re.sub(r"['’]s$", "", str(ent.text).split("\n")[-1].strip())
        if _rides(ent, sent, rides) and not _dateline_or_place(ctx.article, name) \
                and name not in out:
            out.append(name)
    return out or _proper_riders(ctx, spans)


def _proper_riders(ctx: _Sentence, spans: list[tuple[int, int]]) -> list[str]:
    """A proper noun the tagger did not call a person, subject of the ride verb."""
    out: list[str] = []
    for tok in ctx.sent:
        if not (
            (tok.dep_.startswith("nsubj") or tok.i == ctx.sent.start)
            and tok.pos_ == "PROPN"
            and (_is_ride(tok.head) or tok.i == ctx.sent.start)
            and not any(a <= tok.idx < b for a, b in spans)
        ):
            continue
        name = _person_span(ctx.doc, tok)
        if not _dateline_or_place(ctx.article, name) and not any(
            name in o or o in name for o in out
        ):
            out.append(name)
    return out


def _dateline_or_place(article: Article, name: str) -> bool:
    """A dateline word (KOUROU —) or a name the article's place claims hold: no person."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return True
    low = fold_case(name).lower()
    return any(
        c.slot == "event.location"
        and low in (fold_case(c.quote).lower(), fold_case(c.text).lower())
        for c in article.claims
    )
