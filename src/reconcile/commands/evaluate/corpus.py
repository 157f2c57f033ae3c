"""`evaluate(corpus_dir, settings)`: run the pipeline on every event of a labelled corpus as
an editor would, score each, and gather the scores into one `EvalResult`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reconcile.commands.evaluate.conflicts import score_conflicts
from reconcile.commands.evaluate.extraction import ScoredArticle, score_article, tally_extraction
from reconcile.commands.evaluate.gold import event_dirs, gold_slots, load_gold
from reconcile.commands.evaluate.scores import ConflictScore, EvalResult, TopicScore
from reconcile.commands.evaluate.syndication import SyndicationScore, score_syndication
from reconcile.commands.evaluate.values import fold
from reconcile.commands.evaluate.verdicts import TopicClaims, score_topics, summarise_verdicts
from reconcile.errors import InputError
from reconcile.models import Claim, Source
from reconcile.settings import Settings

if TYPE_CHECKING:
    from reconcile.pipeline import Result


@dataclass
class _Gathered:
    """The events' scores, in corpus order, before the totals."""

    articles: list[ScoredArticle] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    topics: list[TopicScore] = field(default_factory=list)
    stray_conflicts: list[str] = field(default_factory=list)
    conflicts: list[ConflictScore] = field(default_factory=list)
    syndication: SyndicationScore = field(default_factory=SyndicationScore)


def evaluate(
    corpus_dir: Path,
    settings: Settings,
    progress: Callable[[str], None] | None = None,
) -> EvalResult:
    """Run the pipeline on every event of the corpus and score it against the gold."""
    events = event_dirs(corpus_dir)
    golds = {event: load_gold(event / "gold.yaml") for event in events}
    gathered = _Gathered()
    for event in events:
        _score_event(event, golds[event], settings, gathered, progress)
    extraction = tally_extraction(gathered.articles, gold_slots(golds.values()))
    return EvalResult(
        corpus=str(corpus_dir),
        events=[e.name for e in events],
        articles=len(gathered.articles),
        extraction=extraction.rows,
        unscored=extraction.unscored,
        verdicts=summarise_verdicts(
            gathered.topics, golds.values(), gathered.stray_conflicts, gathered.syndication,
            gathered.conflicts,
        ),
        topics=gathered.topics,
        errors=extraction.errors,
        warnings=gathered.warnings,
    )


def _score_event(
    event: Path, gold: dict[str, Any], settings: Settings, out: _Gathered,
    progress: Callable[[str], None] | None,
) -> None:
    from reconcile.pipeline import run  # late: the scoring helpers do not need spaCy

    for name in gold["articles"]:
        if not (event / name).is_file():
            raise InputError(event / "gold.yaml", f"article {name!r} is not in {event}")
    if progress:
        progress(f"eval: {event.name}")
    event_settings = settings.model_copy(
        update={"claims_dir": settings.claims_dir / event.name}
    )
    result = run(event, event_settings)
    out.warnings.extend(f"{event.name}: {w}" for w in result.warnings)
    topic_claims = _score_articles(event.name, gold, result, out)
    out.syndication.add(score_syndication(
        event.name, gold, result.sources, settings.syndication_threshold
    ))
    topics, findings = gold.get("topics") or [], result.report.findings
    scores, stray = score_topics(event.name, topics, findings, topic_claims)
    out.topics.extend(scores)
    out.stray_conflicts.extend(stray)
    out.conflicts.append(score_conflicts(event.name, topics, findings, topic_claims))


def _score_articles(
    event: str, gold: dict[str, Any], result: Result, out: _Gathered
) -> TopicClaims:
    """Score every gold article of one event; the predicted claims matched to each topic."""
    by_source: dict[str, Source] = {Path(s.path).name: s for s in result.sources}
    claims_of: dict[str, list[Claim]] = {}
    for claim in result.report.claims:
        claims_of.setdefault(claim.source, []).append(claim)
    topic_claims: TopicClaims = {}
    for name, entry in gold["articles"].items():
        source = by_source.get(name)
        if source is None:
            out.warnings.append(f"{event}/{name}: not ingested by the pipeline")
            continue
        predictions = claims_of.get(source.id, [])
        scored = score_article(source.text, entry, predictions)
        out.warnings.extend(
            f"{event}/{name}: gold quote {g.quotes[0]!r} is not in the ingested text "
            "(counted as missed)" for g in scored.golds if not g.spans
        )
        lang = str(entry.get("lang") or source.lang or "?")
        out.articles.append(ScoredArticle(event, name, lang, scored, predictions))
        for pred, gold_claim in scored.matched:
            topic_claims.setdefault((gold_claim.slot, fold(gold_claim.subject)), set()).add(
                pred.id
            )
    for extra in sorted(set(by_source) - set(gold["articles"])):
        out.warnings.append(f"{event}/{extra}: article without gold entry (not scored)")
    return topic_claims
