"""The article's named people, its two principals, and a person or noun phrase as written.

``people_of`` still reads the participant and place claims already made
(``article.claims``; ``after=`` in the registry). The participants' finder, run without
deciding presence, names the same people, but a side can come from a presence cue (the
delegation a person leads, a singular role resolved to them once it says they came), and
the places set apart are the venues the location extractor claimed, not every place it
recognises: a mention layer of its own would change who is a person somewhere."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from reconcile.extract.context import Article, ents_in
from reconcile.extract.mentions.lexicon import PERSON_LABELS, fold_case, lexicon_for
from reconcile.models import LocationValue, ParticipantValue

#: a sentence, its text with apostrophes normalised, and its start offset
Sentence = tuple[Any, str, int]


@dataclass
class Person:
    """A named person of the article: canonical name, role and side when known."""

    name: str
    role: str | None = None
    side: str | None = None

    @property
    def surname(self) -> str:
        return fold_case(self.name.split()[-1]).lower() if self.name.split() else ""


_AND = frozenset({"et", "and", "&"})


def _surname(text: str) -> str:
    words = text.split()
    return fold_case(words[-1]).lower() if words else ""


def people_of(article: Article, sents: list[Sentence]) -> list[Person]:
    """The article's named people, in text order, from the participant claims (a name
    that is also a place claim is a place). Sides the participant claims lack are
    completed from a respective coordination: « les présidents russe et américain,
    A et B », "the Russian and US leaders, A and B" (names in that sentence or the next)."""
    places = {
        fold_case(c.value.name).lower()
        for c in article.claims
        if isinstance(c.value, LocationValue)
    } | {fold_case(c.quote).lower() for c in article.claims if c.slot == "event.location"}
    people: list[Person] = []
    for claim in article.claims:
        v = claim.value
        if not isinstance(v, ParticipantValue) or v.name is None or v.plural:
            continue
        if fold_case(v.name).lower() in places or len(v.name) < 3:
            continue
        known = next((p for p in people if p.name == v.name), None)
        if known is None:
            people.append(Person(v.name, v.role, v.side))
        else:
            known.role = known.role or v.role
            known.side = known.side or v.side
    if any(p.side is None for p in people):
        _respective_sides(article, people, sents)
    return people


def person_named(people: list[Person], text: str) -> Person | None:
    """The person a name as written refers to (full name or surname)."""
    key = _surname(text)
    for person in people:
        if person.surname == key or fold_case(person.name).lower() == fold_case(text).lower():
            return person
    return None


def _pair_in(article: Article, sent: Any) -> tuple[str, str] | None:
    """The first two person names joined by « et » / "and" in a sentence."""
    ents = [e for e in ents_in(sent) if e.label_ in PERSON_LABELS]
    for a, b in itertools.pairwise(ents):
        between = article.doc[a.end : b.start]
        words = [t.text.lower() for t in between if not t.is_space]
        if words and all(w in _AND or w == "," for w in words) and any(w in _AND for w in words):
            return str(a.text).split("\n")[-1].strip(), str(b.text).split("\n")[-1].strip()
    return None


def _respective_sides(article: Article, people: list[Person], sents: list[Sentence]) -> None:
    lex = lexicon_for(article.lang)
    if lex.side_re is None:
        return
    for i, (_sent, text, _base) in enumerate(sents):
        found = list(lex.side_re.finditer(fold_case(text)))
        for m1, m2 in itertools.pairwise(found):
            gap = text[m1.end() : m2.start()].strip().lower()
            s1, s2 = lex.side_key(m1.group(0)), lex.side_key(m2.group(0))
            if gap not in _AND or not s1 or not s2 or s1 == s2:
                continue
            for sent, _t, _b in sents[i : i + 2]:
                pair = _pair_in(article, sent)
                if pair is None:
                    continue
                for written, side in zip(pair, (s1, s2), strict=True):
                    person = person_named(people, written)
                    if person is not None and person.side is None:
                        person.side = side
                return


def principals(article: Article, people: list[Person], sents: list[Sentence]) -> list[Person]:
    """The two people the story is about: the first pair of names joined by « et » /
    "and" in the article (« Andreï X et Daniel Y se sont retrouvés »)."""
    for sent, _text, _base in sents:
        pair = _pair_in(article, sent)
        if pair is None:
            continue
        found = [person_named(people, w) for w in pair]
        out = [p for p in found if p is not None]
        if len(out) == 2 and out[0] is not out[1]:
            return out
    return []


def by_side(
    people: list[Person], leads: list[Person], side: str | None, role: str | None
) -> Person | None:
    """The one person of ``side`` (and ``role`` when given): among the people whose role
    fits, else among the principals; None when it is not a single person."""
    if side is None:
        return None
    fits = [p for p in people if p.side == side and role is not None and p.role == role]
    if len(fits) == 1:
        return fits[0]
    fits = [p for p in leads if p.side == side]
    if len(fits) == 1:
        return fits[0]
    if len(leads) == 2:  # the other principal's side is known and differs
        for a, b in (leads, leads[::-1]):
            if b.side is not None and b.side != side and a.side is None:
                return a
    return None


def noun_phrase(sent: Any, tok: Any) -> str:
    """A person's name, or a noun phrase without its determiner (« le dirigeant russe »)."""
    for ent in ents_in(sent):
        if ent.start <= tok.i < ent.end:
            return str(ent.text)
    # « le directeur des opérations, Marc Lenoir », "mission director Paula Grant": the name
    for ent in ents_in(sent):
        if ent.label_ in PERSON_LABELS and ent.root.head.i == tok.i and ent.root.dep_ in (
            "appos", "flat:name", "flat", "compound", "nmod"
        ):
            return str(ent.text)
    keep = {"det", "amod", "flat:name", "flat", "compound", "nummod", "fixed"}
    parts = [tok, *(t for t in tok.subtree if t.i != tok.i and t.dep_ in keep and t.head == tok)]
    parts = [t for t in parts if t.dep_ not in ("det", "case") or t.i > tok.i]
    a = min(t.i for t in parts)
    b = max(t.i for t in parts) + 1
    return str(sent.doc[a:b].text)
