"""Vehicle mentions in a sentence: models, makes, nouns with a name, appositions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from reconcile.extract.context import Article, lexicon
from reconcile.extract.vehicles.people import _People
from reconcile.extract.vehicles.words import (
    _PERSON,
    MODEL,
    NAMED,
    _families,
    _family_of,
    _low,
    _norm,
    _patterns,
    _words,
)

# ------------------------------------------------------------------ the parse around a mention


@dataclass(frozen=True)
class Mention:
    """A vehicle phrase: its span, family, name (None for a bare noun), head token."""

    start: int
    end: int
    family: str
    name: str | None
    head: int
    model: bool
    rule: str | None = None  # the rule that names it (model, named), if any
    lead_end: int | None = None  # merged: where the first phrase ends (its « de X » after it)


@dataclass
class Found:
    """Whose a vehicle is, by which rule; ``start`` when the owner comes before it."""

    rule: str
    owner: str | None = None
    role: str | None = None
    side: str | None = None
    start: int | None = None
    person: bool = False  # the owner is a person (a name, a role's holder, the rider)


@dataclass
class _Sentence:
    article: Article
    sent: Any
    index: int
    words: dict[str, Any]
    people: _People
    riders: list[str] = field(default_factory=list)

    @property
    def doc(self) -> Any:
        return self.article.doc

    @property
    def lang(self) -> str:
        return self.article.lang


def _tokens_in(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _token_at(doc: Any, sent: Any, offset: int) -> Any | None:
    return next((t for t in doc[sent.start : sent.end] if t.idx == offset), None)


def _phrase_start(ctx: _Sentence, start: int) -> int:
    """Start of the vehicle's noun phrase: back over determiners, possessives, adjectives
    and a vehicle noun (« sa limousine Aurus Senat », "his armoured Aurus Senat")."""
    doc, sent = ctx.doc, ctx.sent
    tok = _token_at(doc, sent, start)
    if tok is None:
        return start
    nouns = _families(ctx.lang)["noun"]
    i = tok.i
    while i - 1 >= max(sent.start, tok.i - 4) and doc[i - 1].pos_ in (
        "DET", "ADJ", "NOUN", "PRON"
    ) and (doc[i - 1].pos_ != "NOUN" or doc[i - 1].text.lower() in nouns):
        i -= 1
    return int(doc[i].idx)


def _extend_adjectives(doc: Any, sent: Any, last: Any) -> int:
    """End offset after the adjectives that follow a vehicle noun."""
    i = last.i + 1
    end: int = last.idx + len(last.text)
    while i < sent.end and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        end = doc[i].idx + len(doc[i].text)
        i += 1
    return end


def _kind_complement(ctx: _Sentence, end: int) -> int:
    """« voiture de fonction », « véhicule de commandement »: a kind noun after « de »,
    without determiner, is part of the name."""
    doc, sent = ctx.doc, ctx.sent
    after = [t for t in doc[sent.start : sent.end] if t.idx >= end][:2]
    kinds = _words(ctx.lang, "kind_complements")
    if len(after) == 2 and after[0].lower_ == "de" and after[1].lower_ in kinds:
        return int(after[1].idx + len(after[1].text))
    return end


# ------------------------------------------------------------------ finding the mentions


def _is_name_token(tok: Any, stop: frozenset[str]) -> bool:
    return bool(
        (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.like_num)
        and tok.text not in stop
        and tok.ent_type_ not in ("NORP", "GPE", "LOC", "DATE", "TIME", *_PERSON)
        and not tok.is_punct
    )


@cache
def _name_stop(lang: str) -> frozenset[str]:
    return frozenset(str(x) for x in lexicon("vehicles", lang).get("name_stop", []))


def _model_like(lang: str, text: str) -> bool:
    """A span that names a model: a word with a digit in it ("Ariane 6", not "80"), or a
    known model or make."""
    words = text.split()
    return (any(c.isdigit() for c in text) and not all(re.fullmatch(r"[\d.,]+", w) for w in words)
            ) or _patterns(lang)["model"].search(text) is not None


def _adjacent_name(ctx: _Sentence, toks: list[Any]) -> tuple[int, str] | None:
    """A proper name right after (« la fusée Vega », « le lanceur Ariane 6 ») or, in
    English, right before the noun ("an Ariane 6 rocket"): ``(offset, name)``. A
    capitalised span before the noun that is no model is its owner ("a Coast Guard
    helicopter"), not its name."""
    doc, sent, stop = ctx.doc, ctx.sent, _name_stop(ctx.lang)
    if ctx.lang == "en":
        i = j = toks[0].i
        while j - 1 > sent.start and _is_name_token(doc[j - 1], stop):
            j -= 1
        if j < i and _model_like(ctx.lang, doc[j:i].text):
            return int(doc[j].idx), str(doc[j:i].text)
        return None
    i = j = toks[-1].i + 1
    while j < sent.end and j - i < 4 and _is_name_token(doc[j], stop):
        j += 1
    return (int(doc[i].idx), str(doc[i:j].text)) if j > i else None


def _noun_mention(ctx: _Sentence, s: int, e: int, base: str) -> Mention | None:
    toks = _tokens_in(ctx.doc, s, e)
    if not toks or toks[-1].dep_ == "compound":
        return None  # "a car bomb"
    family = _family_of(ctx.lang, "noun", base)
    before = ctx.doc[toks[0].i - 1] if toks[0].i > ctx.sent.start else None
    if before is not None and before.lower_ in _words(ctx.lang, "fleet_determiners"):
        return None  # « des hélicoptères de l'armée », "some 80 ships": a fleet, not one
    named = _adjacent_name(ctx, toks)
    if named and ctx.lang == "en":
        return Mention(named[0], e, family, named[1], toks[-1].i, False, NAMED)
    if named:
        return Mention(s, named[0] + len(named[1]), family, named[1], toks[-1].i, False, NAMED)
    end = _kind_complement(ctx, _extend_adjectives(ctx.doc, ctx.sent, toks[-1]))
    start = _kind_prefix(ctx, toks[0])
    name = ctx.article.text[start:end]
    if _low(base) not in _families(ctx.lang)["noun"]:  # a plural: the noun as listed
        name = name.replace(base, base[:-1], 1)
    return Mention(start, end, family, name, toks[-1].i, False)


def _kind_prefix(ctx: _Sentence, first: Any) -> int:
    """"a command vehicle", "the campaign bus": kind words before the noun are its name."""
    doc, kinds, i = ctx.doc, _words(ctx.lang, "kind_words"), first.i
    while i - 1 >= ctx.sent.start and doc[i - 1].lower_ in kinds:
        i -= 1
    return int(doc[i].idx)


def _model_end(ctx: _Sentence, s: int, base_end: int, e: int) -> int:
    """The designation words kept after a make: capitalised or numbered, no person, place
    or month (« Audi A8 », "Range Rover Sentinel", not "Audi Monday")."""
    stop, nouns = _name_stop(ctx.lang), _families(ctx.lang)["noun"]
    end = base_end
    for tok in _tokens_in(ctx.doc, base_end, e):
        glued = tok.idx == end and (tok.text == "-" or ctx.doc[tok.i - 1].text == "-")
        numbered = any(c.isdigit() for c in tok.text)
        if not (glued or numbered or _is_name_token(tok, stop)) or tok.lower_ in nouns:
            break
        end = tok.idx + len(tok.text)
    return end


def _model_mention(ctx: _Sentence, m: re.Match[str]) -> Mention | None:
    base0 = ctx.sent.start_char
    s, e = base0 + m.start(), base0 + m.end()
    base_end = base0 + m.end("base") if not m.group("suffix") else base0 + m.start("suffix")
    e = _model_end(ctx, s, base_end, e)
    base = m.group("base")
    toks = _tokens_in(ctx.doc, s, e)
    if not toks:
        return None
    is_make = _low(base) in _families(ctx.lang)["make"]
    before = ctx.doc[toks[0].i - 1] if toks[0].i > ctx.sent.start else None
    if is_make and e == base0 + m.end("base") and (
        before is None or (before.pos_ not in ("DET", "ADJ", "PRON")
                           and before.text not in ("'s", "’s"))
    ):
        return None  # "Airbus said": the company, not one of its aircraft
    family = _family_of(ctx.lang, "model", base)
    end = _extend_adjectives(ctx.doc, ctx.sent, toks[-1]) if ctx.lang != "en" else e
    return Mention(s, end, family, ctx.article.text[s:e], toks[-1].i, True, MODEL)


def _mentions(ctx: _Sentence) -> list[Mention]:
    """Vehicle mentions in a sentence: nouns first (« le lanceur Ariane 6 », "an Ariane 6
    rocket" is one mention with its name), then models."""
    pats = _patterns(ctx.lang)
    text = _norm(ctx.sent.text)
    off = ctx.sent.start_char
    banned = [(off + m.start(), off + m.end()) for m in pats["not_ride"].finditer(text)]
    out: list[Mention] = []
    for kind in ("noun", "model"):
        for m in pats[kind].finditer(text):
            if any(a < off + m.end() and off + m.start() < b for a, b in banned):
                continue
            found = (
                _noun_mention(ctx, off + m.start(), off + m.end(), m.group(0))
                if kind == "noun" else _model_mention(ctx, m)
            )
            if found and not any(o.start < found.end and found.start < o.end for o in out):
                out.append(found)
    return sorted(out, key=lambda x: x.start)


_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:a|an|the|un|une|le|la|l')\s*)?"
    r"(?:(?!(?:then|puis|and|et|or|ou|before|avant|while|alors)\b)[a-zé-]+\s+){0,3}$",
    re.IGNORECASE,
)


_OWNED_APPOSITION = re.compile(r"^\s*(?:de|du|d'|des|of)\s[^,;:()]{1,40},\s*"
                               r"(?:(?:a|an|the|un|une|le|la|l')\s*)?$", re.IGNORECASE)


def _merge_appositions(ctx: _Sentence, mentions: list[Mention]) -> list[Mention]:
    """"her official car, a dark blue Audi", « la limousine de X, la Cadillac One », « sa
    berline officielle Aurus », "an Aurus limousine": one vehicle, named by the model."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        between = _norm(ctx.article.text[prev.end : m.start]) if prev else ""
        if prev and not prev.model and m.model and (
            _APPOSITION.match(between) or _OWNED_APPOSITION.match(between)
            or not between.strip()
        ):
            out[-1] = replace(m, start=prev.start, head=prev.head, lead_end=prev.end)
            continue
        if prev and prev.model and not m.model and (
            not between.strip() or _APPOSITION.match(_norm(between))
        ):  # "an Aurus Senat limousine", "his Mercedes-Benz, a car his guards call …"
            out[-1] = replace(prev, end=m.end, head=m.head)
            continue
        out.append(m)
    return out
