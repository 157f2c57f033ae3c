"""``event.next``: an announced or possible follow-up, with its place, its time and who
meets."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from functools import cached_property
from typing import Any, NamedTuple

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article, ents_in
from reconcile.extract.dates import find_dates
from reconcile.extract.labels.words import _PERSON, _PLACE, Sentence, _norm
from reconcile.extract.mentions.lexicon import fold_case
from reconcile.extract.mentions.people import Person, people_of, person_named, principals
from reconcile.extract.registry import rule
from reconcile.models import Claim, Modality, NextValue

# Which mentions of a follow-up are claimed: each records the rule that chose it.
PLACED = rule("next.placed", "a follow-up phrase (next meeting, will travel to, a vote to come) "
              "with a place entity right after it, or after a locative preposition, says where "
              "the next step is; one claim per place")
TIMED = rule("next.timed", "when no mention gives a place, the one that says when the next step "
             "is announces it; the others only refer to it in passing")
FIRST_MENTION = rule("next.first_mention", "when no mention gives a place or a time, the "
                     "first follow-up phrase is the announcement, claimed once")


def _speakers(article: Article, sent: Any, c: dict[str, Any]) -> set[str]:
    """People the sentence quotes (« …, a indiqué X », "X said"): who said it, not who meets."""
    out: set[str] = set()
    for ent in ents_in(sent):
        if ent.label_ not in _PERSON:
            continue
        root = ent.root
        while root.dep_ in ("flat:name", "flat", "compound", "appos") and root.head.i != root.i:
            root = root.head
        if root.dep_.startswith("nsubj") and root.head.lemma_.lower() in c["speech"]:
            out.add(str(ent.text).split("\n")[-1].strip())
    return out


class _Mention(NamedTuple):
    """A sentence announcing a follow-up: the phrase (to its place), the place, who meets."""

    sent: Any
    start: int
    end: int
    place: str | None
    names: list[str]


class _Cast:
    """The article's people and its two principals, read only when a mention needs them."""

    def __init__(self, article: Article, sents: list[Sentence]) -> None:
        self.article, self.sents = article, sents

    @cached_property
    def people(self) -> list[Person]:
        return people_of(self.article, self.sents)

    @cached_property
    def leads(self) -> list[Person]:
        return principals(self.article, self.people, self.sents)


def _next(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    """One follow-up claim per place per article: the first mention that gives the place
    (a placeless mention only when no mention gives one), with everyone named as meeting."""
    found = _mentions(article, c, sents)
    everyone = list(dict.fromkeys(n for *_, names in found for n in names))
    chosen, why = _chosen(found, c)
    for mention in chosen:
        yield _next_claim(article, c, mention, everyone).model_copy(update={"rule": why})


def _mentions(article: Article, c: dict[str, Any], sents: list[Sentence]) -> list[_Mention]:
    """Every sentence's first follow-up phrase, with its place and the people meeting."""
    cast = _Cast(article, sents)
    found: list[_Mention] = []
    for sent, text, base in sents:
        m = c["next"].search(text)
        if not m:
            continue
        here = c["here"].match(text, m.end() + 1) if c["here"] is not None else None
        if here and text[m.end() : m.end() + 1] == " ":
            continue  # "is expected to visit the area": a presence to come, no follow-up
        s, e = base + m.start(), base + m.end()
        place, place_end = _place_after(article, sent, s, e, c)
        names = _meeting(article, sent, text, s, e, cast, c)
        found.append(_Mention(sent, s, max(e, place_end), place, list(dict.fromkeys(names))))
    return found


def _place_after(
    article: Article, sent: Any, s: int, e: int, c: dict[str, Any]
) -> tuple[str | None, int]:
    """The place of the follow-up phrase ``s``–``e``: a place entity right after it or
    after a locative preposition; with where the phrase then ends."""
    for ent in ents_in(sent):
        if ent.label_ not in _PLACE or ent.start_char < s:
            continue
        if 0 <= ent.start_char - e <= 1:  # "to visit Beijing"
            return str(ent.text), ent.end_char
        prev = article.doc[ent.start - 1]
        if prev.text.lower() in ("la", "le", "l'", "the") and ent.start - 2 >= sent.start:
            prev = article.doc[ent.start - 2]
        if _norm(prev.text).lower() in c["place_preps"]:
            return str(ent.text), ent.end_char
    return None, e


def _meeting(
    article: Article, sent: Any, text: str, s: int, e: int, cast: _Cast, c: dict[str, Any]
) -> list[str]:
    """Who meets: the people the sentence names, not the one announcing it nor the one it
    quotes; the principals for « les deux présidents » / "both leaders"."""
    claimant = claimant_of(article, sent, s, e)
    quoted = _speakers(article, sent, c)
    names: list[str] = []
    for ent in ents_in(sent):
        name = str(ent.text).split("\n")[-1].strip()
        if ent.label_ in _PERSON and name != claimant and name not in quoted:
            person = person_named(cast.people, name)
            names.append(person.name if person else name)
    if c["pair"].search(text):  # « les deux présidents », "both leaders"
        names.extend(p.name for p in cast.leads)
    if c["pair"].search(text) is None and not names:
        # "X accepted an invitation to visit Y": the subject of the phrase's verb
        names.extend(_phrase_subject(article, sent, s, cast.people))
    return names


def _chosen(found: list[_Mention], c: dict[str, Any]) -> tuple[list[_Mention], str]:
    """The mentions claimed: one per place; with no place said, the mention that says when
    ("is scheduled for March") over a passing one ("nothing to change before the next
    flight"); else the first. With the rule that chose them."""
    placed = [f for f in found if f.place is not None]
    timed = [f for f in found if c["when"].search(_norm(f.sent.text), f.start - f.sent.start_char)]
    chosen, why = (placed, PLACED) if placed else (timed[:1], TIMED) if timed else (
        found[:1], FIRST_MENTION)
    keep: dict[str, _Mention] = {}
    for f in chosen:
        keep.setdefault(fold_case(f.place or "").lower(), f)
    return list(keep.values()), why


def _next_claim(
    article: Article, c: dict[str, Any], mention: _Mention, everyone: list[str]
) -> Claim:
    sent, s, e, place, names = mention
    text = _norm(sent.text)
    people_here = names or everyone
    modality: Modality = modality_of(article, sent, s, e)
    if c["possible"].search(text):
        modality = "expected"
    phrase = _norm(article.text[s:e])
    kind = next((k for k, rx in c["next_kinds"] if rx.search(phrase)), "talks")
    wm = c["when"].search(text, s - sent.start_char)
    base = sent.start_char
    when = article.text[base + wm.start() : base + wm.end()] if wm else None
    day = _day_of(article, sent, base + wm.start(), base + wm.end()) if wm else None
    label = f"next {'meeting' if kind == 'talks' else kind}" + (f" in {place}" if place else "")
    label += f" with {', '.join(people_here)}" if people_here else ""
    label += f" ({when})" if when else ""
    return article.make_claim(
        "event.next", kind, NextValue(place=place, participants=people_here, when=when, date=day),
        label, s, e,
        claimant=claimant_of(article, sent, s, e),
        modality=modality,
    )


def iso(day: datetime.date | None, precision: str) -> str | None:
    """The day or the month of a resolved date, as ``NextValue.date`` keeps it."""
    if day is None:
        return None
    return day.isoformat() if precision == "day" else (
        day.isoformat()[:7] if precision == "month" else None)


def _day_of(article: Article, sent: Any, s: int, e: int) -> str | None:
    """The date the words ``s``–``e`` of the sentence say, resolved against the
    publication date as a day to come."""
    base = sent.start_char
    # a follow-up is to come: "on Monday" is the next Monday
    for mention in find_dates(sent.text, article.lang, article.published, lambda _: "future"):
        if base + mention.start < e and s < base + mention.end:
            return iso(mention.date, mention.precision)
    return None


def _phrase_subject(article: Article, sent: Any, start: int, people: list[Person]) -> list[str]:
    """The person subject of the verb the next-step phrase starts with ("X accepted an
    invitation", « X se rendra à »)."""
    for tok in sent:
        if tok.idx < start or tok.pos_ not in ("VERB", "AUX"):
            continue
        head = tok if tok.pos_ == "VERB" else tok.head
        for child in head.children:
            if not child.dep_.startswith("nsubj"):
                continue
            if child.ent_type_ in _PERSON:
                name = _person_name(sent, child)
                person = person_named(people, name)
                return [person.name if person else name]
            # a surname the tagger left untyped ("Montclar accepted"): a known person
            person = person_named(people, child.text) if child.pos_ == "PROPN" else None
            if person is not None:
                return [person.name]
        return []
    return []


def _person_name(sent: Any, tok: Any) -> str:
    for ent in ents_in(sent):
        if ent.start <= tok.i < ent.end:
            return str(ent.text).split("\n")[-1].strip()
    return str(tok.text)
