"""The library entry point: ``run(sources_dir, settings) -> Result``.

ingest → extract (cached in ``<sources>/.reconcile/claims/``) → align → judge.
Rendering is the report package's job; the CLI only parses flags and calls this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reconcile.cache import Judgement, WarmCache
from reconcile.decisions import apply_decisions, decisions_path, load_decisions
from reconcile.engines import Engine
from reconcile.errors import InputError
from reconcile.extract import extractor_version, supported
from reconcile.ingest import load_sources
from reconcile.models import Claim, ClaimsFile, Report, Source
from reconcile.progress import Progress
from reconcile.settings import Settings
from reconcile.store import ClaimStore, claims_dir_for


@dataclass
class Result:
    report: Report
    sources: list[Source]
    warnings: list[str] = field(default_factory=list)
    analysed: list[str] = field(default_factory=list)


def align_and_judge(
    claims: list[Claim], sources: list[Source], settings: Settings
) -> Judgement:
    # imported here: a warm run whose judging is cached never loads the align data
    from reconcile.align import align
    from reconcile.judge import judge

    alignment = align(claims, sources, settings)
    findings, notes = judge(alignment, settings)
    return alignment.claims, findings, notes, alignment.possible


def run(
    sources_dir: Path, settings: Settings, progress: Progress | None = None,
    write_claims: bool = True, engine: Engine | None = None,
) -> Result:
    """Reconcile ``sources_dir``; extraction by ``engine`` (local processes by default).
    ``write_claims=False``: the claims cache is read, never written (``reconcile check``)."""
    claims_dir = claims_dir_for(sources_dir, settings)
    store = ClaimStore(claims_dir, writable=write_claims)
    warm = WarmCache(claims_dir, sources_dir, writable=write_claims)
    ingested = load_sources(sources_dir, read=warm.read_source)
    decisions = load_decisions(decisions_path(sources_dir, settings))  # fail before extracting
    warnings = list(ingested.warnings)
    version = extractor_version()

    claims_by_source: dict[str, list[Claim]] = {}
    todo: list[tuple[Source, ClaimsFile | None]] = []
    unread: list[str] = []  # in the report too: a blank column must not read as silence
    for source in ingested.sources:
        cached = store.load(source.id)
        if not supported(source, settings):
            unread.append(
                f"{source.path}: language '{source.lang}' is not supported "
                f"({', '.join(settings.languages)}): not analysed"
            )
        if store.is_fresh(cached, source, version):
            assert cached is not None
            claims_by_source[source.id] = cached.claims
        else:
            todo.append((source, cached))

    warnings.extend(unread)
    if engine is None:
        from reconcile.engines.local import LocalEngine

        engine = LocalEngine()
    fresh = engine.extract([s for s, _ in todo], settings, progress) if todo else []
    for (source, cached), machine in zip(todo, fresh, strict=True):
        merged = store.merge(source, machine, cached)
        store.save(source, merged, version)
        claims_by_source[source.id] = merged
    store.prune(sources_dir, keep={s.id for s in ingested.sources})
    warm.writable = store.can_write
    if warm.writable:
        warm.save_sources()

    for source in ingested.sources:
        store.check_editor_claims(source, claims_by_source[source.id])
        for claim in claims_by_source[source.id]:
            if source.text[claim.start : claim.end] != claim.quote and claim.origin == "machine":
                raise InputError(store.path_for(source.id), f"claim {claim.id} quote is off")

    warnings.extend(store.warnings)
    sources = ingested.sources
    extracted = [c for s in sources for c in claims_by_source[s.id]]
    claims, findings, notes, possible = warm.judged(
        sources, extracted, settings, lambda: align_and_judge(extracted, sources, settings)
    )
    report = Report(
        sources=[s.info() for s in sources],
        claims=claims,
        findings=findings,
        possible=possible,
        notes=[*unread, *notes],
    )
    report = apply_decisions(report, decisions)
    return Result(
        report=report, sources=sources, warnings=warnings, analysed=[s.id for s, _ in todo]
    )
