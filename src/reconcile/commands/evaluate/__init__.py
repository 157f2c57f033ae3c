"""Measure the pipeline against the labelled corpus: ``reconcile eval CORPUS_DIR``.

A corpus is a folder of events, one sub-folder each, holding articles and a
``gold.yaml`` (see ``tests/corpus/README.md``). For every event the pipeline is
run as an editor would run it, then scored:

Extraction (per slot, per language: precision, recall, F1)
    A predicted claim matches a gold claim when the slot is the same, the
    predicted span overlaps an occurrence of the gold quote (or of one of its
    ``also_quotes``) in the ingested article text, and the key value agrees:

    * duration — nominal minutes equal within ±1, and the hedge equal when the
      gold gives one (case and accents folded, « d' » read as « de », a
      trailing « de » / "of" ignored);
    * quantity — nominal equal (a score such as ``2-1`` must appear in the
      claim's text or quote);
    * date — the same ISO date (or both unresolved);
    * location — the name matches once folded, or names the gold quote, or
      :mod:`reconcile.lang.places` relates the two places as the same one;
    * participants — the same person (:func:`reconcile.lang.people.match_people`,
      folded surnames without it) and the same presence, on any mention of the
      person (one claim per person per article: the span is not required);
    * vehicle / format / tone / outcome / next — every field the gold gives
      (non-null) is equal: labels folded, people by name match, places as above.

    Each gold claim is matched at most once (maximum bipartite matching). A
    prediction left over whose only candidates are gold claims already matched
    is a *repeat* (the same value said again on the gold quote or one of its
    ``also_quotes``: "a tool claim on any of them matches", README): it is
    neither a true nor a false positive and is not counted as predicted. Any
    other prediction that matches nothing is a false positive; when it overlaps a
    ``must_not`` phrase of its slot (or ``*``) it is also listed as a
    ``must_not`` hit. Slots that no gold claim in the corpus uses (``quote``,
    ``event.setting``) are counted but not scored.

Verdicts
    For each gold topic, the report's findings with the same slot and a matching
    subject (participants: the same person; places: any, a story has one place
    topic; otherwise the same subject, folded).
    When several findings match, the one with the most sources is compared.
    When no finding's subject matches, the findings holding a predicted claim
    matched to one of the topic's gold claims are used (``matched_by="claims"``),
    except findings that already match another gold topic by subject.
    ``accuracy`` = topics whose verdict equals the gold one / gold topics. A
    *false conflict* is a matching finding that says ``conflicting`` where the
    gold says ``agreed`` or ``extra``; each finding is counted once, at the first
    topic it is blamed for (one finding holding the claims of several gold topics
    is one false alarm for the editor, not several). Conflicting findings that
    match no gold topic are listed as *unlabelled conflicts*.

Syndication
    The gold ``syndication`` pairs (near-identical copies) against the pairs the
    judge detects (``align.syndication``): pairs found / gold pairs, and pairs
    detected that the gold does not list.
"""

from __future__ import annotations

from reconcile.commands.evaluate.conflicts import score_conflicts
from reconcile.commands.evaluate.corpus import evaluate
from reconcile.commands.evaluate.extraction import (
    ArticleScore,
    candidate,
    max_matching,
    score_article,
)
from reconcile.commands.evaluate.gold import (
    GoldClaim,
    MustNot,
    event_dirs,
    gold_claims,
    load_gold,
    must_nots,
    occurrences,
)
from reconcile.commands.evaluate.render import overall, render_table
from reconcile.commands.evaluate.scores import (
    ALL,
    ClaimError,
    ConflictScore,
    EvalResult,
    SlotScore,
    TopicScore,
    VerdictScore,
)
from reconcile.commands.evaluate.values import (
    fold,
    fold_hedge,
    same_person,
    same_place,
    value_agrees,
)
from reconcile.commands.evaluate.verdicts import score_topics

__all__ = [
    "ALL", "ArticleScore", "ClaimError", "ConflictScore", "EvalResult", "GoldClaim", "MustNot",
    "SlotScore", "TopicScore", "VerdictScore", "candidate", "evaluate", "event_dirs", "fold",
    "fold_hedge", "gold_claims", "load_gold", "max_matching", "must_nots", "occurrences",
    "overall", "render_table", "same_person", "same_place", "score_article", "score_conflicts",
    "score_topics", "value_agrees",
]
