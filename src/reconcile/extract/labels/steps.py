"""``event.next`` for any kind of story: a step announced with its date ("the search will
resume on Wednesday", « le musée doit rouvrir le mardi 23 mars », "a vigil will be held on
Saturday"). The follow-up finder (``follow_up``) knows the phrases of a meeting to come; a
step of another kind is known by its grammar: a future or planned verb whose clause holds a
date. The date is resolved against the publication date (``NextValue.date``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of, quote_spans
from reconcile.extract.context import Article, ents_in
from reconcile.extract.dates import find_dates
from reconcile.extract.labels.follow_up import iso
from reconcile.extract.labels.words import _PLACE, Sentence, _negated, _norm
from reconcile.extract.registry import rule
from reconcile.extract.tense import Tense
from reconcile.lang import Profile, fold, profile
from reconcile.models import Claim, NextValue

DATED_STEP = rule("next.dated_step", "a verb in the future or under a planning head (due to, "
                  "« doit ») with a day or a month as its own complement announces a next step, "
                  "unless the date is before the publication, the verb is a presence to come "
                  "(join, attend: the participants') or the writer's own plan ('we will leave "
                  "our coverage'); its subject is the verb, or the noun of a verb without an "
                  "object ('a vigil will be held', 'the search will resume')")

#: a participle hung on the noun it plans (« réouverture prévue mardi », parsed either way)
_ON_NOUN = frozenset({"acl", "amod", "nmod"})

#: how far up from the date to its verb: "on Wednesday" → resume; "at dawn on Wednesday"
_CLIMB = 4


def _steps(article: Article, c: dict[str, Any], sents: list[Sentence],
           taken: set[int]) -> Iterator[Claim]:
    """One claim per sentence that holds no follow-up claim (``taken``: start offsets)."""
    prof = profile(article.lang)
    if prof is None:
        return
    published = article.published
    for sent, text, base in sents:
        if base in taken or article.part_at(base) == "title" or c["next"].search(text):
            continue  # a follow-up phrase's sentence is the follow-up finder's
        # a step is to come: "on Saturday" in "a vigil is planned on Saturday" is the next one
        for mention in find_dates(sent.text, article.lang, published, _to_come):
            s, e = base + mention.start, base + mention.end
            verb = _verb_of(article, s, e)
            day = iso(mention.date, mention.precision)
            if verb is None or day is None or not _planned(verb, prof) \
                    or _negated(article, sent, verb.idx, c) or _not_a_step(article, verb, c) \
                    or _step_word(verb, prof, s, e, c) is None:
                continue
            if mention.date is not None and published is not None and mention.date < published:
                continue  # "was due to open on 2 March" told after it: not a step to come
            yield _claim(article, c, sent, verb, s, e, day, prof)
            break  # one step per sentence


def _with_preposition(article: Article, s: int) -> int:
    """Where the words saying when start: with the preposition or article just before the
    date ("in January", « le 20 octobre »), as the follow-up finder writes them."""
    span = article.doc.char_span(s, s + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return s
    before = article.doc[span.start - 1]
    if before.pos_ in ("ADP", "DET") and before.idx + len(before.text) + 1 >= s:
        return int(before.idx)
    return s


def _to_come(_offset: int) -> Tense:
    return "future"


def _verb_of(article: Article, s: int, e: int) -> Any | None:
    """The verb the date is a complement of, through its preposition only: a date inside a
    noun phrase ("the closing price on Monday") times that noun, not the verb."""
    span = article.doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(_CLIMB):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ != "ADP":
            return None
        tok = head
    return None


def _step_place(sent: Any, verb: Any, c: dict[str, Any]) -> str | None:
    """A place entity the step's verb governs through a locative preposition ("will be
    held at Gorey harbour", « sera inhumé à Lamego »), not one inside another phrase."""
    for ent in ents_in(sent):
        if ent.label_ not in _PLACE:
            continue
        tok = ent.root
        prep = next((ch for ch in tok.children if ch.dep_ == "case"), None)
        if prep is None and tok.head.pos_ == "ADP":
            prep, tok = tok.head, tok.head
        if prep is not None and _norm(prep.text).lower() in c["place_preps"] \
                and tok.head.i == verb.i:
            return str(ent.text)
    return None


def _not_a_step(article: Article, verb: Any, c: dict[str, Any]) -> bool:
    """A presence to come ("will join the talks on Wednesday": the participants'), or the
    writer's own plan outside any quotation ("we will leave our coverage there for today")."""
    if fold(verb.lemma_) in c["presence_verbs"]:
        return True
    first = any(ch.dep_.startswith("nsubj") and ch.lower_ in c["first_person"]
                for ch in verb.children)
    return first and not any(a <= verb.idx < b for a, b in quote_spans(verb.sent, article.lang))


def _step_word(verb: Any, prof: Profile, s: int, e: int, c: dict[str, Any]) -> Any | None:
    """The word that names the step, or None when the verb names none.

    A planning word names the step it plans ("a vigil is planned", « réouverture prévue »:
    the vigil, the reopening); a light or aspectual verb, the event it carries ("a vigil will
    be held", "the search will resume"); the object of a light verb ("will hold a
    reception"); any other verb, itself ("he will be buried": the burial). A full verb with
    an object of its own ("will receive a premium on Monday") is done to that object: None.
    """
    lemma = fold(verb.lemma_)
    passive = any(ch.dep_ in ("auxpass", "aux:pass") for ch in verb.children)
    subject = next((ch for ch in verb.children if prof.is_subject(ch.dep_)
                    and ch.pos_ in ("NOUN", "PROPN")), None)
    if lemma in prof.times.prospective:
        if subject is not None:
            return subject
        return verb.head if verb.head.pos_ == "NOUN" and verb.dep_ in _ON_NOUN else None
    carried = lemma in prof.light_verbs or lemma in c["aspect_verbs"]
    if passive:
        return subject if carried and subject is not None else verb
    # the date itself is no object, even parsed as one (« rouvrir jeudi »)
    objects = [ch for ch in verb.children if ch.dep_ in prof.deps.object
               and ch.pos_ in ("NOUN", "PROPN", "PRON") and not s <= ch.idx < e]
    if objects:
        return objects[0] if lemma in prof.light_verbs and objects[0].pos_ == "NOUN" else None
    return subject if carried and subject is not None else verb


def _planned(verb: Any, prof: Profile) -> bool:
    """Is the verb in the future, under a planning head ("is due to reopen"), or a planning
    word itself ("is planned for Saturday", « prévue mardi »)?"""
    if prof.is_future(verb):
        return True
    if fold(verb.lemma_) in prof.times.prospective and (verb.dep_ in _ON_NOUN or any(
            ch.dep_ in ("auxpass", "aux:pass") for ch in verb.children)):
        return True
    head = verb.head
    # the planned verb is an infinitive under its head ("is to be buried", « doit rouvrir »);
    # a finite clause under "be" ("was never going to be… when they walked out") is not
    infinitive = "Inf" in verb.morph.get("VerbForm") or any(
        ch.lower_ == "to" and ch.dep_ in ("aux", "mark") for ch in verb.children)
    return head.i != verb.i and infinitive and fold(head.lemma_) in prof.times.prospective and (
        verb.dep_ in prof.deps.clause or verb.dep_ in prof.deps.object)


def _claim(article: Article, c: dict[str, Any], sent: Any, verb: Any, s: int, e: int,
           day: str | None, prof: Profile) -> Claim:
    what = _step_word(verb, prof, s, e, c)
    assert what is not None
    subject = prof.concept(what.lemma_) or fold(what.lemma_)
    vs, ve = min(verb.idx, what.idx, s), max(verb.idx + len(verb.text), e)
    place = _step_place(sent, verb, c)
    when = article.text[_with_preposition(article, s):e]
    return article.make_claim(
        "event.next", subject, NextValue(place=place, participants=[], when=when, date=day),
        f"next {subject}" + (f" in {place}" if place else "") + f" ({when})", vs, max(ve, e),
        claimant=claimant_of(article, sent, vs, ve),
        modality=modality_of(article, sent, vs, ve),
    ).model_copy(update={"rule": DATED_STEP})
