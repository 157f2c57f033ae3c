"""When a claim's value sits in the story: before, during or after its main event.

A frame's ``time`` keeps apart what belongs to another moment: an earlier summit's city, the
next meeting's date, the rate before it was cut. Each reading is a named rule (``Frame.
time_rule``) with its case file; a value no rule moves is ``during``. A value of another time
never conflicts with one of the event (``align/frames.py``: such a cluster is not confident), so
these rules can only remove a conflict, never make one.
"""

from __future__ import annotations

from typing import Any

from reconcile.extract.context import Article, doc_text
from reconcile.extract.registry import rule
from reconcile.lang import Profile, fold
from reconcile.models import FrameTime

Token = Any

EARLIER_WORD = rule("time.earlier_word", "a word of earlier time on the value or what it "
                    "measures (previous, « précédent »): another event's")
NEXT_WORD = rule("time.next_word", "a word of later time on the value or what it measures "
                 "(next, « prochain »): a later event's")
OTHER_YEAR = rule("time.other_year", "a year before the publication's in the value's own "
                  "clause: that earlier time's figure")
CAME_FROM = rule("time.came_from", "'flew in from X', « le décollage de X »: the place someone or "
                 "something came from, not where the event was")
AGO = rule("time.ago", "'N ago' near a place or a date: an earlier event's")
CHANGED_FROM = rule("time.changed_from", "'cut from 3.25% to 3%', « passé de X à Y »: the figure "
                    "after 'from' is the value before the change, not the one the story reports")
FUTURE_FIGURE = rule("time.future_figure", "a duration carried by a future or conditional verb "
                     "('will take 35 minutes'): what a plan says something will take, not what "
                     "it took")

_MAX_CLIMB = 6
#: slots whose claims can be about another event than the main one (its place, its date)
EVENT_SLOTS = frozenset({"event.location", "event.date"})
#: slots whose figures can be planned or forecast
_FIGURE_SLOTS = frozenset({"event.duration", "quantity"})


def frame_time(
    span: Any, head: Token | None, slot: str, prof: Profile, article: Article
) -> tuple[FrameTime, str | None]:
    """Before, after or next relative to the main event, with the rule that said so; else
    during (and no rule)."""
    root = span.root
    nodes = [root, *ancestors(root)]
    if head is not None and head not in nodes:
        nodes.insert(1, head)
    # a figure is another event's only by a word on itself or on what it measures ("the
    # previous round lasted…"); a place or a date by a word anywhere up its clause
    near = nodes if slot in EVENT_SLOTS else [n for n in (root, head) if n is not None]
    for node in near:
        for child in node.children:
            lemma = fold(child.lemma_)
            if child.dep_ in prof.deps.adjective or child.pos_ in ("ADJ", "ADV"):
                if lemma in prof.times.earlier and slot in EVENT_SLOTS | {"event.duration"}:
                    return "before", EARLIER_WORD
                if lemma in prof.times.next:
                    return "next", NEXT_WORD
    if _other_year(root, head, article, prof):
        return "before", OTHER_YEAR
    if slot in _FIGURE_SLOTS:
        return _figure_time(span, nodes, prof, slot)
    if slot not in EVENT_SLOTS:
        return "during", None
    return _event_time(root, nodes, prof, article)


def _figure_time(
    span: Any, nodes: list[Token], prof: Profile, slot: str
) -> tuple[FrameTime, str | None]:
    if slot == "quantity" and _changed_from(span, prof):
        return "before", CHANGED_FROM
    verb = next((n for n in nodes if n.pos_ in ("VERB", "AUX")), None)
    # a count under a future verb is often the story itself (an announced plan: "1,200 jobs
    # will go"); a length is what a plan says something will take, not what it took
    if slot == "event.duration" and verb is not None and prof.is_future(verb):
        return "next", FUTURE_FIGURE
    return "during", None


def _changed_from(span: Any, prof: Profile) -> bool:
    """Is the figure the first of a change, "from X to Y" or "to Y from X"? Both figures
    are written out (a range, "from 20 to 30 people", is one value and one claim)."""
    doc = span.doc
    sent = span.sent
    if span.start <= sent.start or fold(doc[span.start - 1].text) not in prof.times.change_from:
        return False
    after = doc[span.end : min(sent.end, span.end + 3)]
    if len(after) >= 2 and fold(after[0].text) in prof.times.change_to and after[1].like_num:
        return True
    lead = doc[max(sent.start, span.start - 6) : span.start - 1]
    return any(
        fold(tok.text) in prof.times.change_to and doc[tok.i + 1].like_num for tok in lead
    )


def _other_year(root: Token, head: Token | None, article: Article, prof: Profile) -> bool:
    """A year other than the publication's in the value's own clause ("in 1995 the river
    reached 7.2 m", « lors de la crue de 2008 »): the value is of that earlier time."""
    published = article.published
    if published is None:
        return False
    verb = next((n for n in [root, *ancestors(root)] if n.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ in prof.deps.clause and verb.head != verb:
        verb = verb.head  # "in 1995, when four people died": the year of the clause it hangs on
    scope: set[int] | None = None  # the clause's tokens, listed when a year is met
    for tok in root.sent:
        if tok.like_num and len(tok.text) == 4 and tok.text.isdigit():
            if scope is None:
                scope = {t.i for t in (verb.subtree if verb is not None else root.sent)}
            if tok.i not in scope:
                continue
            year = int(tok.text)
            if 1900 <= year < published.year and not _in_value(tok, root, head):
                return True
    return False


def _in_value(tok: Token, root: Token, head: Token | None) -> bool:
    """Is the year part of the value itself (« le 12 mars 2019 » as the date claimed)?"""
    return tok == root or tok.head == root or (head is not None and tok == head)


def _event_time(
    root: Token, nodes: list[Token], prof: Profile, article: Article
) -> tuple[FrameTime, str | None]:
    """An event's place or date that belongs to another moment: where someone came from
    ("flew in from X"), "three years ago they met in X". (The place and date extractors already
    drop a place after "N weeks after", a later meeting's: only what they let through is read.)"""
    if _came_from(root, nodes, prof):
        return "before", CAME_FROM
    sent_text = fold(doc_text(article.doc)[root.sent.start_char : root.sent.end_char])
    if any(f" {word} " in f" {sent_text} " for word in prof.times.ago) and _ago_near(root, prof):
        return "before", AGO
    return "during", None


def _came_from(root: Token, nodes: list[Token], prof: Profile) -> bool:
    """Where someone came from: "flew in from X", « arrivé de X », « le décollage de X »."""
    own_case = [c for c in root.children if c.dep_ in prof.deps.preposition]
    if root.head.pos_ == "ADP":
        own_case.append(root.head)
    governor = next((n for n in nodes[1:] if n.pos_ in ("VERB", "NOUN", "ADJ")), None)
    return bool(
        governor is not None
        and fold(governor.lemma_) in prof.times.motion
        and any(fold(m.lemma_) in prof.times.origin for m in own_case)
    )


def _ago_near(root: Token, prof: Profile) -> bool:
    """An 'ago' phrase ("three years ago", « il y a trois ans ») within a few words."""
    sent = root.sent
    phrases = [phrase.split() for phrase in prof.times.ago]
    for tok in sent:
        for words in phrases:
            span = sent.doc[tok.i : tok.i + len(words)]
            if [fold(t.text) for t in span] == words or (
                len(words) == 1 and fold(tok.lemma_) == words[0]
            ):
                return bool(abs(tok.i - root.i) <= 12)
    return False


def other_line(a: Token, b: Token) -> bool:
    """A dependency across a line break joins a title or a list line to the next one: it
    says nothing of what a value is about."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n" in doc_text(a.doc)[lo:hi]


def ancestors(tok: Token) -> list[Token]:
    out = []
    node = tok
    for _ in range(_MAX_CLIMB * 2):
        head = node.head  # a new Token at each read: read once
        if head == node or other_line(node, head):
            break
        node = head
        out.append(node)
    return out
