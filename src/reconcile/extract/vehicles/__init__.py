"""``event.vehicle``: which vehicle, whose, its kind and nickname, who rode in it.

Subject ``ride`` for the car someone used to get to or around the event, ``ride.<family>``
for other families (aircraft, helicopter, rocket, spacecraft, boat, bus, train: a rocket
and a recovery ship are not one topic), ``usual`` / ``usual.<family>`` for habitual use
(« se déplace habituellement dans », "usually travels in").

A sentence can hold several vehicles ("arrived in her official car, then switched to a
fire service command vehicle": two claims). Each mention is a claim by one named rule:

* ``vehicle.model``: a named model, or a make with its model designation ("Audi A8",
  "Gulfstream G650", « l'EC135 »); a make alone needs a determiner ("the Audi");
* ``vehicle.named``: a common noun with a proper name next to it (« la fusée Vega »,
  "an Ariane 6 rocket");
* a common noun alone (limousine, plane) needs something saying whose or which, and the
  rule that said it is the claim's rule: ``vehicle.owner.possessor`` ("the prime
  minister's Audi"), ``vehicle.owner.premodifier`` ("a fire service command vehicle", "a
  French government Airbus"), ``vehicle.owner.complement`` (« l'avion du gouvernement
  français », « l'hélicoptère de la gendarmerie »), ``vehicle.owner.operator`` ("operated
  by X", "launch operator X said"), ``vehicle.owner.role`` (« la limousine présidentielle
  russe », « la limousine du Premier ministre »: the article's one person of that role
  and side), ``vehicle.owner.possessive`` (« sa voiture de fonction »: the rider, the
  clause's subject or the previous sentence's), ``vehicle.side`` ("the French plane": a
  side or nationality, no owner), ``vehicle.nickname``, ``vehicle.means`` ("by
  helicopter", « évacués en hélicoptère »: the means of transport, without determiner).

The sentence must say someone rode, flew or arrived, or that the vehicle is habitual or
nicknamed; "a car", "a helicopter" alone are no claim, nor a motorcade, a car bomb, a car
park or a « train de vie » (``not_rides``). A kind word ("command vehicle", « voiture de
fonction ») is part of the name; a model in apposition names the vehicle ("her official
car, a dark blue Audi"). Word lists are in ``extract/data/vehicles.yaml``; cross-language
categories and owners (hélicoptère = helicopter) in ``align/data/vehicles.yaml``. The
claimant and modality come from ``attribution``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article
from reconcile.extract.registry import extractor
from reconcile.extract.vehicles.mentions import (
    Found,
    Mention,
    _mentions,
    _merge_appositions,
    _phrase_start,
    _Sentence,
    _token_at,
)
from reconcile.extract.vehicles.owners import _whose
from reconcile.extract.vehicles.people import _People
from reconcile.extract.vehicles.riders import _is_ride, _riders
from reconcile.extract.vehicles.words import (
    FRAME,
    MEANS,
    NICKNAME,
    SIDE,
    SLOT,
    _low,
    _norm,
    _patterns,
    _words,
    holder_of,
)
from reconcile.models import Claim, Frame, VehicleValue

__all__ = ["holder_of"]


# ------------------------------------------------------------------ claims


def _clean_nickname(raw: str) -> str:
    """« the "Kortezh" » → Kortezh; « The Beast » stays as written."""
    text = raw.strip().strip("«»“”\"' ")
    for article in ("the ", "la ", "le "):
        if text.startswith(article):
            text = text[len(article) :]
    return text.strip("«»“”\"' ")


def _nickname(ctx: _Sentence, mentions: list[Mention]) -> tuple[str, int, int] | None:
    """The nickname of a vehicle mention before it, close by: ``(nickname, start, end)``
    with the closing quote mark in the span."""
    m = _patterns(ctx.lang)["nick"].search(_norm(ctx.sent.text))
    if m is None:
        return None
    s, e = ctx.sent.start_char + m.start(1), ctx.sent.start_char + m.end(1)
    if not any(v.start <= s and s - v.end < 60 for v in mentions):
        return None
    rest = ctx.article.text[e : e + 3]
    if rest.lstrip(" \u00a0\u202f")[:1] in ("»", "”", '"'):
        e += len(rest) - len(rest.lstrip(" \u00a0\u202f")) + 1  # the closing quote mark
    return _clean_nickname(m.group(1)), s, e


def _means(ctx: _Sentence, m: Mention) -> bool:
    """"by helicopter", « en hélicoptère »: the means of transport, said without a
    determiner right after a means preposition."""
    tok = _token_at(ctx.doc, ctx.sent, m.start)
    if tok is None or tok.i - 1 < ctx.sent.start:
        return False
    return _low(ctx.doc[tok.i - 1].text) in _words(ctx.lang, "means_preps")


@dataclass
class _Draft:
    mention: Mention
    rule: str
    start: int
    end: int
    found: Found | None
    nickname: str | None


def _draft(ctx: _Sentence, m: Mention, nick: tuple[str, int, int] | None) -> _Draft | None:
    """The claim a mention makes, by the rule that says which or whose, or None."""
    qs = _phrase_start(ctx, m.start)
    found = _whose(ctx, m, qs)
    nickname, qe = None, m.end
    if nick and m.start <= nick[1] and nick[1] - m.end < 60:
        nickname, qe = nick[0], max(m.end, nick[2])
        if m.name and nickname.lower() == m.name.lower():
            nickname = None
    if found and found.start is not None:
        qs = min(qs, found.start)
    if m.rule:
        return _Draft(m, m.rule, qs, qe, found, nickname)
    if found and (found.owner or found.role or found.rule == SIDE):
        return _Draft(m, found.rule, qs, qe, found, nickname)
    if nickname:
        return _Draft(m, NICKNAME, qs, qe, found, nickname)
    if _means(ctx, m):
        return _Draft(m, MEANS, qs, qe, found, None)
    return None


def _value(ctx: _Sentence, d: _Draft) -> VehicleValue:
    found = d.found or Found(SIDE)
    owner = found.owner
    if owner is not None:
        owner = ctx.people.named(re.sub(r"^(?:the|The|la|La|le|Le|l')\s*", "", owner))
    return VehicleValue(
        name=d.mention.name,
        owner=owner,
        nickname=d.nickname,
        riders=[r for r in ctx.riders if r != owner],
        # whose, as described, when no one here is named: resolved across sources
        owner_role=found.role if owner is None and found.side else None,
        owner_side=found.side if owner is None and found.role else None,
    )


def _drafts(ctx: _Sentence, mentions: list[Mention]) -> list[_Draft]:
    nick = _nickname(ctx, mentions)
    # a model that is the nickname itself is not the vehicle's name
    if nick:
        mentions = [m for m in mentions if not nick[1] <= m.start < nick[2]] or mentions
    mentions = _merge_appositions(ctx, mentions)
    drafts = [d for m in mentions if (d := _draft(ctx, m, nick)) is not None]
    named = {d.mention.family for d in drafts if d.mention.rule}
    # "by helicopter, most of them by a gendarmerie EC135": the model names that helicopter
    return [d for d in drafts if not (d.rule == MEANS and d.mention.family in named)]


def _sentence_claims(ctx: _Sentence) -> Iterator[Claim]:
    mentions = _mentions(ctx)
    if not mentions:
        return
    pats = _patterns(ctx.lang)
    text = _norm(ctx.sent.text)
    usual = pats["usual"].search(text) is not None
    named = any(m.rule for m in mentions)
    if not (any(_is_ride(t) for t in ctx.sent) or usual
            or (named and pats["nick"].search(text))):
        return
    ctx.riders = _riders(ctx, [(m.start, m.end) for m in mentions])
    for d in _drafts(ctx, mentions):
        value = _value(ctx, d)
        family = d.mention.family
        subject = ("usual" if usual else "ride") + ("" if family == "car" else f".{family}")
        claimant = claimant_of(ctx.article, ctx.sent, d.mention.start, d.mention.end)
        claim = ctx.article.make_claim(
            SLOT, subject, value, value.readable(), d.start, d.end, claimant=claimant,
            modality=modality_of(ctx.article, ctx.sent, d.mention.start, d.mention.end),
        )
        person = bool(d.found and d.found.person) or (
            value.owner is not None and ctx.people.is_person(value.owner))
        frame = Frame(lang=ctx.lang, claimant=claimant, rule=FRAME,
                      holder=holder_of(ctx.lang, value.owner, person))
        yield claim.model_copy(update={"rule": d.rule, "frame": frame})


# owners and riders are checked against the participant and place claims (``people_of``,
# ``owners._is_participant``, ``riders._dateline_or_place``): it runs after both
@extractor("vehicles", after=("locations", "participants"))
def extract_vehicles(article: Article) -> Iterator[Claim]:
    words = article.words("vehicles")
    if not words or not _patterns(article.lang):
        return
    people = _People(article)
    for i, sent in enumerate(article.sentences()):
        yield from _sentence_claims(_Sentence(article, sent, i, words, people))
