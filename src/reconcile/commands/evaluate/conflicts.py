"""Conflict scores, the editor's view of one story: is every red finding a gold conflict, and
is every gold conflict red?"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reconcile.commands.evaluate.scores import ConflictScore
from reconcile.commands.evaluate.values import fold
from reconcile.commands.evaluate.verdicts import CONFLICTING, TopicClaims, subject_matches
from reconcile.models import Finding


def score_conflicts(
    event: str,
    topics: Sequence[dict[str, Any]],
    findings: Sequence[Finding],
    topic_claims: TopicClaims,
) -> ConflictScore:
    reported = [f for f in findings if f.verdict.value == CONFLICTING]
    true_ids: set[str] = set()
    found = 0
    wanted = [t for t in topics if str(t["verdict"]) == CONFLICTING]
    for topic in wanted:
        slot, subject = str(topic["slot"]), str(topic["subject"])
        ids = topic_claims.get((slot, fold(subject)), set())
        hits = {
            f.id for f in reported
            if f.slot == slot and (subject_matches(slot, subject, f) or ids & set(f.claims))
        }
        true_ids |= hits
        found += bool(hits)
    return ConflictScore(
        event=event, gold=len(wanted), found=found, reported=len(reported),
        true=len(true_ids),
        false=[f"{f.slot} · {f.subject}" for f in reported if f.id not in true_ids],
    )
