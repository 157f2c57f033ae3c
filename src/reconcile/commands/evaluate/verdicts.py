"""Verdict scores: each gold topic's verdict against the report finding that matches it (by
subject, else through the predicted claims matched to the topic's gold claims)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reconcile.commands.evaluate.scores import ConflictScore, TopicScore, VerdictScore
from reconcile.commands.evaluate.syndication import SyndicationScore
from reconcile.commands.evaluate.values import fold, same_person
from reconcile.models import Finding

LOCATION = "event.location"
CONFLICTING = "conflicting"

TopicClaims = dict[tuple[str, str], set[str]]  # (slot, folded subject) → predicted claim ids


def subject_matches(slot: str, gold_subject: str, finding: Finding) -> bool:
    if slot == "event.participants":
        return fold(gold_subject) == fold(finding.subject) or same_person(
            finding.subject, gold_subject
        )
    if slot == LOCATION:
        return True  # one place topic per story, whatever the gold calls it (venue, epicentre…)
    return fold(gold_subject) == fold(finding.subject)


def score_topics(
    event: str,
    topics: Sequence[dict[str, Any]],
    findings: Sequence[Finding],
    topic_claims: TopicClaims | None = None,
) -> tuple[list[TopicScore], list[str]]:
    """Compare each gold topic's verdict with the report's; list unlabelled conflicts.

    ``topic_claims`` maps (slot, folded subject) to the ids of predicted claims
    matched to that topic's gold claims: a fallback when no finding's subject
    matches (``matched_by="claims"``; not counted in the strict accuracy).
    """
    scores: list[TopicScore] = []
    claimed: set[str] = set()
    by_subject = {
        f.id for topic in topics for f in findings
        if f.slot == str(topic["slot"]) and subject_matches(str(topic["slot"]),
                                                            str(topic["subject"]), f)
    }
    blamed: set[str] = set()
    for topic in topics:
        hits, matched_by = _findings_of(topic, findings, topic_claims, by_subject)
        claimed.update(f.id for f in hits)
        scores.append(_topic_score(event, topic, hits, matched_by, blamed))
        if str(topic["verdict"]) != CONFLICTING:
            blamed.update(f.id for f in hits if f.verdict.value == CONFLICTING)
    stray = [
        f"{event}: {f.slot} {f.subject}" for f in findings
        if f.verdict.value == CONFLICTING and f.id not in claimed
    ]
    return scores, stray


def _findings_of(
    topic: dict[str, Any],
    findings: Sequence[Finding],
    topic_claims: TopicClaims | None,
    by_subject: set[str],
) -> tuple[list[Finding], str | None]:
    """The findings of a gold topic, and how they were found (subject | claims | None)."""
    slot, subject = str(topic["slot"]), str(topic["subject"])
    hits = [f for f in findings if f.slot == slot and subject_matches(slot, subject, f)]
    if hits or not topic_claims:
        return hits, "subject" if hits else None
    ids = topic_claims.get((slot, fold(subject)), set())
    hits = [
        f for f in findings
        if f.slot == slot and ids & set(f.claims) and f.id not in by_subject
    ]
    return hits, "claims" if hits else None


def _topic_score(
    event: str, topic: dict[str, Any], hits: list[Finding], matched_by: str | None,
    blamed: set[str],
) -> TopicScore:
    want = str(topic["verdict"])
    best = max(hits, key=lambda f: (len(f.sources), len(f.claims)), default=None)
    got = best.verdict.value if best is not None else None
    return TopicScore(
        event=event, slot=str(topic["slot"]), subject=str(topic["subject"]), gold=want,
        predicted=got,
        findings=[f"{f.subject}={f.verdict.value}" for f in hits],
        matched_by=matched_by,
        correct=got == want,
        false_conflict=want != CONFLICTING
        and any(f.verdict.value == CONFLICTING and f.id not in blamed for f in hits),
        self_contradiction_missed=bool(topic.get("self_contradiction"))
        and not any(f.self_contradiction for f in hits),
    )


def summarise_verdicts(
    topics: list[TopicScore],
    golds: Iterable[dict[str, Any]],
    stray_conflicts: list[str],
    syndication: SyndicationScore,
    conflicts: list[ConflictScore],
) -> VerdictScore:
    verdicts = VerdictScore(
        topics=len(topics),
        correct=sum(t.correct and t.matched_by == "subject" for t in topics),
        correct_via_claims=sum(t.correct for t in topics),
        found=sum(t.predicted is not None for t in topics),
        false_conflicts=[t for t in topics if t.false_conflict],
        self_contradictions=sum(
            bool(topic.get("self_contradiction"))
            for g in golds for topic in g.get("topics") or []
        ),
        self_contradictions_missed=[t for t in topics if t.self_contradiction_missed],
        unlabelled_conflicts=stray_conflicts,
        syndication_gold=syndication.gold,
        syndication_found=syndication.found,
        syndication_extra=syndication.extra,
        conflicts=conflicts,
    )
    if verdicts.topics:
        verdicts.accuracy = verdicts.correct / verdicts.topics
        verdicts.accuracy_via_claims = verdicts.correct_via_claims / verdicts.topics
    return verdicts
