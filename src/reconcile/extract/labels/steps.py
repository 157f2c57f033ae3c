"""``event.next`` for any kind of story: a step announced with its date ("the search will
resume on Wednesday", « le musée doit rouvrir le mardi 23 mars », "a vigil will be held on
Saturday"). The follow-up finder (``follow_up``) knows the phrases of a meeting to come; a
step of another kind is known by its grammar: a future or planned verb whose clause holds a
date. The date is resolved against the publication date (``NextValue.date``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of, quote_spans
from reconcile.extract.context import Article
from reconcile.extract.dates import find_dates
from reconcile.extract.labels.follow_up import _place_after, iso
from reconcile.extract.labels.words import Sentence, _negated
from reconcile.extract.registry import rule
from reconcile.extract.tense import tense_at
from reconcile.lang import Profile, fold, profile
from reconcile.models import Claim, NextValue

DATED_STEP = rule("next.dated_step", "a verb in the future or under a planning head (due to, "
                  "« doit ») with a day or a month as its own complement announces a next step, "
                  "unless the date is before the publication, the verb is a presence to come "
                  "(join, attend: the participants') or the writer's own plan ('we will leave "
                  "our coverage'); its subject is the verb, or the noun of a verb without an "
                  "object ('a vigil will be held', 'the search will resume')")

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
        def tense(offset: int, base: int = base) -> Any:  # find_dates' offsets: the sentence's
            return tense_at(article.doc, base + offset)

        for mention in find_dates(sent.text, article.lang, published, tense):
            s, e = base + mention.start, base + mention.end
            verb = _verb_of(article, s, e)
            day = iso(mention.date, mention.precision)
            if verb is None or day is None or not _planned(verb, prof) \
                    or _negated(article, sent, verb.idx, c) or _not_a_step(article, verb, c) \
                    or _step_word(verb, prof, s, e) is None:
                continue
            if mention.date is not None and published is not None and mention.date < published:
                continue  # "was due to open on 2 March" told after it: not a step to come
            yield _claim(article, c, sent, verb, s, e, day, prof)
            break  # one step per sentence


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


def _not_a_step(article: Article, verb: Any, c: dict[str, Any]) -> bool:
    """A presence to come ("will join the talks on Wednesday": the participants'), or the
    writer's own plan outside any quotation ("we will leave our coverage there for today")."""
    if fold(verb.lemma_) in c["presence_verbs"]:
        return True
    first = any(ch.dep_.startswith("nsubj") and ch.lower_ in c["first_person"]
                for ch in verb.children)
    return first and not any(a <= verb.idx < b for a, b in quote_spans(verb.sent, article.lang))


def _step_word(verb: Any, prof: Profile, s: int, e: int) -> Any | None:
    """The word that names the step: the subject of a verb without an object ("a vigil
    will be held", "the search will resume"), or the verb itself; the object of a light
    verb ("will hold a reception"). A full verb with an object of its own ("will receive a
    premium on Monday") is something done to that object, not a step of the story: None."""
    # the date itself is no object, even parsed as one (« rouvrir jeudi »)
    objects = [ch for ch in verb.children if ch.dep_ in prof.deps.object
               and ch.pos_ in ("NOUN", "PROPN", "PRON") and not s <= ch.idx < e]
    if objects:
        light = fold(verb.lemma_) in prof.light_verbs and objects[0].pos_ == "NOUN"
        return objects[0] if light else None
    return next((ch for ch in verb.children if prof.is_subject(ch.dep_)
                 and ch.pos_ in ("NOUN", "PROPN")), verb)


def _planned(verb: Any, prof: Profile) -> bool:
    """Is the verb in the future, or under a planning head ("is due to reopen")?"""
    if prof.is_future(verb):
        return True
    head = verb.head
    return head.i != verb.i and fold(head.lemma_) in prof.times.prospective and (
        verb.dep_ in prof.deps.clause or verb.dep_ in prof.deps.object)


def _claim(article: Article, c: dict[str, Any], sent: Any, verb: Any, s: int, e: int,
           day: str | None, prof: Profile) -> Claim:
    what = _step_word(verb, prof, s, e)
    assert what is not None
    subject = prof.concept(what.lemma_) or fold(what.lemma_)
    vs, ve = min(verb.idx, what.idx, s), max(verb.idx + len(verb.text), e)
    place, place_end = _place_after(article, sent, verb.idx, verb.idx + len(verb.text), c)
    if place is not None and place_end > ve + 40:
        place = None  # a place further on is another clause's
    when = article.text[s:e]
    return article.make_claim(
        "event.next", subject, NextValue(place=place, participants=[], when=when, date=day),
        f"next {subject}" + (f" in {place}" if place else "") + f" ({when})", vs, max(ve, e),
        claimant=claimant_of(article, sent, vs, ve),
        modality=modality_of(article, sent, vs, ve),
    ).model_copy(update={"rule": DATED_STEP})
