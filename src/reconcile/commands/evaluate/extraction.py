"""Extraction scores: an article's predicted claims matched to its gold claims (slot, span,
value; each gold claim at most once), then counted per slot and language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from reconcile.commands.evaluate.gold import GoldClaim, MustNot, gold_claims, must_nots
from reconcile.commands.evaluate.scores import ALL, ClaimError, SlotScore
from reconcile.commands.evaluate.values import value_agrees
from reconcile.models import Claim

PARTICIPANTS = "event.participants"


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def candidate(pred: Claim, gold: GoldClaim) -> tuple[bool, str]:
    """Slot, span overlap, then value; the second item says why not.

    A participant claim is one per person per article, quoting whichever mention
    shows the presence best (« M. X a signé », "the president said"): any mention
    of the gold person will do, so the span is not required for that slot."""
    if pred.slot != gold.slot:
        return False, "slot"
    if gold.slot != PARTICIPANTS and not _overlaps(pred.start, pred.end, gold.spans):
        return False, "span"
    return value_agrees(pred, gold)


def max_matching(edges: dict[int, list[int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): left index → right index."""
    right_of: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, []):
            if right in seen:
                continue
            seen.add(right)
            if right not in right_of or augment(right_of[right], seen):
                right_of[right] = left
                return True
        return False

    for left in sorted(edges):
        augment(left, set())
    return {left: right for right, left in right_of.items()}


@dataclass
class ArticleScore:
    """Matched pairs and the rest, for one article."""

    matched: list[tuple[Claim, GoldClaim]] = field(default_factory=list)
    #: predictions that only repeat an already matched gold claim (not counted)
    repeats: list[Claim] = field(default_factory=list)
    false_positives: list[Claim] = field(default_factory=list)
    must_not_hits: list[tuple[Claim, MustNot]] = field(default_factory=list)
    #: gold claims not matched: (gold, a same-slot prediction on its quote, why not)
    missed: list[tuple[GoldClaim, Claim | None, str]] = field(default_factory=list)
    golds: list[GoldClaim] = field(default_factory=list)


def score_article(
    text: str, entry: dict[str, Any], predictions: Sequence[Claim]
) -> ArticleScore:
    """Score one article's predicted claims against its gold entry."""
    golds = gold_claims(entry, text)
    edges, near = _candidates(predictions, golds)
    pairs = max_matching(edges, len(golds))
    out = ArticleScore(golds=golds)
    forbidden = must_nots(entry, text)
    for i, pred in enumerate(predictions):
        if i in pairs:
            out.matched.append((pred, golds[pairs[i]]))
        elif edges.get(i):  # every candidate is taken, else the matching would use it
            out.repeats.append(pred)
        else:
            out.false_positives.append(pred)
            bad = _forbidden_hit(pred, forbidden)
            if bad is not None:
                out.must_not_hits.append((pred, bad))
    used = set(pairs.values())
    for j, gold in enumerate(golds):
        if j not in used:
            pred_near, why = near.get(j, (None, "no claim of this slot on the quote"))
            out.missed.append((gold, pred_near, why))
    return out


def _candidates(
    predictions: Sequence[Claim], golds: Sequence[GoldClaim]
) -> tuple[dict[int, list[int]], dict[int, tuple[Claim, str]]]:
    """Which gold claims each prediction may match; for each gold claim, the first
    prediction on its quote whose value disagrees, and why."""
    edges: dict[int, list[int]] = {}
    near: dict[int, tuple[Claim, str]] = {}
    for i, pred in enumerate(predictions):
        for j, gold in enumerate(golds):
            ok, why = candidate(pred, gold)
            if ok:
                edges.setdefault(i, []).append(j)
            elif why != "slot" and why != "span" and j not in near:
                near[j] = (pred, why)
    return edges, near


def _forbidden_hit(pred: Claim, forbidden: Iterable[MustNot]) -> MustNot | None:
    for bad in forbidden:
        if bad.slot in ("*", pred.slot) and _overlaps(pred.start, pred.end, bad.spans):
            return bad
    return None


@dataclass
class _Tally:
    rows: dict[tuple[str, str], SlotScore] = field(default_factory=dict)

    def row(self, slot: str, lang: str) -> SlotScore:
        return self.rows.setdefault((slot, lang), SlotScore(slot=slot, lang=lang))

    def add(self, slot: str, lang: str, **counts: int) -> None:
        for target in (self.row(slot, lang), self.row(slot, ALL)):
            for key, n in counts.items():
                setattr(target, key, getattr(target, key) + n)


class ScoredArticle(NamedTuple):
    event: str
    article: str
    lang: str
    score: ArticleScore
    predictions: list[Claim]


@dataclass
class Extraction:
    rows: list[SlotScore]
    unscored: dict[str, int]
    errors: list[ClaimError]


def tally_extraction(articles: Iterable[ScoredArticle], gold_slots: set[str]) -> Extraction:
    """Rows per slot × language (slots some gold claim uses), the predicted claims of the
    other slots, and the errors, article by article."""
    tally = _Tally()
    unscored: dict[str, int] = {}
    errors: list[ClaimError] = []
    for article in articles:
        _count(tally, article, gold_slots, unscored)
        errors.extend(_false_positives(tally, article, gold_slots))
        errors.extend(_misses(article))
    rows = sorted(
        (r.finish() for r in tally.rows.values() if r.slot in gold_slots),
        key=lambda r: (r.slot, r.lang != ALL, r.lang),
    )
    return Extraction(rows=rows, unscored=unscored, errors=errors)


def _count(
    tally: _Tally, article: ScoredArticle, gold_slots: set[str], unscored: dict[str, int]
) -> None:
    scored, lang = article.score, article.lang
    for counted in scored.golds:
        tally.add(counted.slot, lang, gold=1)
    repeated = {id(p) for p in scored.repeats}
    for pred in article.predictions:
        if id(pred) in repeated:
            continue
        if pred.slot in gold_slots:
            tally.add(pred.slot, lang, predicted=1)
        else:
            unscored[pred.slot] = unscored.get(pred.slot, 0) + 1
    for pred, _gold in scored.matched:
        tally.add(pred.slot, lang, tp=1)


def _false_positives(
    tally: _Tally, article: ScoredArticle, gold_slots: set[str]
) -> Iterable[ClaimError]:
    hits = {id(p): bad for p, bad in article.score.must_not_hits}
    for pred in article.score.false_positives:
        bad = hits.get(id(pred))
        if bad is not None and pred.slot in gold_slots:
            tally.add(pred.slot, article.lang, must_not=1)
        yield ClaimError(
            kind="must_not" if bad is not None else "false_positive",
            event=article.event, article=article.article, lang=article.lang, slot=pred.slot,
            expected=f"nothing on «{bad.quote}»" if bad is not None else None,
            got=f"{pred.subject}: {pred.text}", quote=pred.quote,
        )


def _misses(article: ScoredArticle) -> Iterable[ClaimError]:
    for gold_claim, near_pred, why in article.score.missed:
        yield ClaimError(
            kind="wrong_value" if near_pred is not None else "missed",
            event=article.event, article=article.article, lang=article.lang,
            slot=gold_claim.slot, expected=gold_claim.describe(),
            got=f"{near_pred.subject}: {near_pred.text} ({why})" if near_pred else None,
            quote=near_pred.quote if near_pred else gold_claim.quotes[0],
        )
