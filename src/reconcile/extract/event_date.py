"""``event.date``: the day the event happened, one claim an article.

Candidates are the day-precise mentions of the article text (title, lead,
body) that can name a day on which something already happened:

* not in a future or expected clause (« devraient être rejoints mercredi »,
  "will keep working on Wednesday": the tense of the clause, or of a verb it
  depends on through a complement such as *keep* / *devoir*);
* not after the publication date (a day still to come cannot be the event's).

Among them, a mention *tied to the event* wins: its clause's verb, the verb's
subject, or the noun the date hangs on is an event word ("the quake struck on
Saturday night", « se sont rencontrés samedi », "Saturday's final") — so that
"began burying its dead on Monday, two days after the quake" does not give
Monday. Event words are the ``event_lemmas`` and ``object_verbs`` of
``data/locations.yaml`` (one list of what the events are, shared with the
venue finder). Without a tied mention, the first candidate stands.

The quote is the first mention in the article of the chosen day (one claim per
value: "today" early in a live blog and "this morning" later name one day).
Without any candidate, the publication date stands in, quoted from the header,
its anchor recorded.

The claim records which of the three chose its day: ``date.tied_to_event``,
``date.first_past`` or ``date.publication`` (each with its case file under
``tests/rules/``); how the mention was read (a weekday by its tense, a day-month
without a year) is in the value's ``anchor``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from reconcile.extract.context import Article, doc_text, lexicon
from reconcile.extract.dates import DateMention, find_dates
from reconcile.extract.registry import extractor, rule
from reconcile.extract.tense import Tense, tense_at
from reconcile.models import Claim, DateValue

# Which day is the event's: each event.date claim records one of these.
TIED = rule("date.tied_to_event", "a day on the event's own verb, on that verb's subject or on "
            "an event noun ('the storm hit on Thursday', « la finale de samedi ») is the day it "
            "happened; the other days of a story are of what came before or after it")
FIRST_PAST = rule("date.first_past", "with no day tied to the event, the first day of the text "
                  "that can have happened (not in a future or expected clause, not after "
                  "publication) stands: a story tells its event's day first")
PUBLICATION = rule("date.publication", "with no day in the text that can have happened, the "
                   "publication date stands in, quoted from the header and anchored as such, so a "
                   "reader sees it was not written as the event's")

# how far up the parse a date looks for the verb that carries it
_CLIMB = 8
# parts of a subject noun phrase that can name the event ("the magnitude 6.8 earthquake")
_SUBJECT_PARTS = ("appos", "compound", "nmod", "flat")


def _value(mention: DateMention) -> DateValue:
    return DateValue(
        date=mention.date.isoformat() if mention.date else None,
        anchor=mention.anchor,
        weekday=mention.weekday,
        precision=mention.precision,
    )


def _readable(article: Article, offset: int) -> bool:
    return article.part_at(offset) in ("title", "lead", "body")


@functools.cache
def _event_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(event words, words that make a noun another event's: "previous", « prochain »)."""
    words = lexicon("dates", lang)
    event = frozenset(w.lower() for w in words.get("event_words", []))
    return event, frozenset(w.lower() for w in words.get("not_event_words", []))


def _token_at(doc: Any, offset: int) -> Any | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _carrier(token: Any) -> Any:
    """The verb (or root) a date token hangs on."""
    node = token
    for _ in range(_CLIMB):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        node = node.head
    return node


def _tied(token: Any, event: frozenset[str], other: frozenset[str]) -> bool:
    """The date belongs to an event word: its verb, the verb's subject, or its noun."""

    def is_event(tok: Any) -> bool:
        return tok.lemma_.lower() in event or tok.lower_ in event

    def other_event(tok: Any) -> bool:
        return any(c.lemma_.lower() in other or c.lower_ in other for c in tok.children)

    noun = token.head
    if noun.pos_ == "ADP":
        noun = noun.head
    if noun.pos_ in ("NOUN", "PROPN") and is_event(noun) and not other_event(noun):
        return True  # "Saturday's final", « la rencontre de samedi »
    verb = _carrier(token)
    if is_event(verb) and not other_event(verb):
        return True
    for child in verb.children:
        if not child.dep_.startswith("nsubj"):
            continue
        # "the quake struck on Saturday", "the magnitude 6.8 earthquake … has left"
        for word in (child, *(c for c in child.children if c.dep_ in _SUBJECT_PARTS)):
            if is_event(word) and not other_event(word):
                return True
    # « le séisme qui a secoué samedi soir … »
    return verb.dep_ in ("relcl", "acl", "acl:relcl") and is_event(verb.head)


def _future(doc: Any, token: Any, tense: Tense | None) -> bool:
    """Future or expected: the clause's tense, or that of a verb it complements
    ("will keep working on Wednesday", « devraient être rejoints mercredi »)."""
    if tense == "future":
        return True
    node = _carrier(token)
    for _ in range(_CLIMB):
        if node.dep_ not in ("xcomp", "ccomp") or node.head == node:
            break
        node = node.head
        if tense_at(doc, node.idx) == "future":
            return True
    return False


@extractor("event_date")
def extract_event_date(article: Article) -> Iterator[Claim]:
    doc = article.doc
    tenses: dict[int, Tense | None] = {}

    def tense(offset: int) -> Tense | None:  # asked by find_dates, then again below
        if offset not in tenses:
            tenses[offset] = tense_at(doc, offset)
        return tenses[offset]

    published = article.published
    event, other = _event_words(article.lang)
    mentions = [
        m
        for m in find_dates(doc_text(doc), article.lang, published, tense)
        if m.precision == "day" and _readable(article, m.start)
    ]
    candidates: list[tuple[DateMention, Any]] = []
    for mention in mentions:
        if published is not None and mention.date is not None and mention.date > published:
            continue
        token = _token_at(doc, mention.start)
        if token is None or _future(doc, token, tense(mention.start)):
            continue
        candidates.append((mention, token))
    if candidates:
        tied = [m for m, tok in candidates if _tied(tok, event, other)]
        chosen, why = (tied[0], TIED) if tied else (candidates[0][0], FIRST_PAST)
        if chosen.date is not None:
            # the first mention of that day quotes it (one claim per value)
            chosen = next(m for m in mentions if m.date == chosen.date)
        text = chosen.date.isoformat() if chosen.date else f"{chosen.weekday} (unresolved)"
        yield article.make_claim(
            "event.date", "event", _value(chosen), text, chosen.start, chosen.end
        ).model_copy(update={"rule": why})
        return
    # no date in the text: the publication date, where the file quotes it
    if article.source.date:
        for region in article.source.regions:
            if region.kind != "meta":
                continue
            quoted = article.text.find(article.source.date, region.start, region.end)
            if quoted >= 0:
                yield article.make_claim(
                    "event.date",
                    "event",
                    DateValue(date=article.source.date, anchor="publication date (header)"),
                    article.source.date,
                    quoted,
                    quoted + len(article.source.date),
                ).model_copy(update={"rule": PUBLICATION})
                return
