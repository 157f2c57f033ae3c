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
    from reconcile.align.frames import value_keys_kept
    from reconcile.judge import judge

    with value_keys_kept():
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
    sources = ingested.sources
    warnings = list(ingested.warnings)
    version = extractor_version()

    claims_by_source, todo = _cached(sources, store, version)
    unread = _unsupported(sources, settings)  # in the report too: a blank column is not silence
    warnings.extend(unread)
    claims_by_source.update(_extract(todo, store, version, settings, progress, engine))
    store.prune(sources_dir, keep={s.id for s in sources})
    warm.writable = store.can_write
    if warm.writable:
        warm.save_sources()
    _check_quotes(sources, store, claims_by_source)
    warnings.extend(store.warnings)

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


Todo = list[tuple[Source, ClaimsFile | None]]  # sources to extract, with their stale claims


def _cached(
    sources: list[Source], store: ClaimStore, version: str
) -> tuple[dict[str, list[Claim]], Todo]:
    """The claims of sources whose cache is fresh, and the sources to extract."""
    claims_by_source: dict[str, list[Claim]] = {}
    todo: Todo = []
    for source in sources:
        cached = store.load(source.id)
        if store.is_fresh(cached, source, version):
            assert cached is not None
            claims_by_source[source.id] = cached.claims
        else:
            todo.append((source, cached))
    return claims_by_source, todo


def _unsupported(sources: list[Source], settings: Settings) -> list[str]:
    return [
        f"{source.path}: language '{source.lang}' is not supported "
        f"({', '.join(settings.languages)}): not analysed"
        for source in sources if not supported(source, settings)
    ]


def _extract(
    todo: Todo, store: ClaimStore, version: str, settings: Settings,
    progress: Progress | None, engine: Engine | None,
) -> dict[str, list[Claim]]:
    """Extract the sources to do, merge the editor's claims back in, save each."""
    if engine is None:
        from reconcile.engines.local import LocalEngine

        engine = LocalEngine()
    fresh = engine.extract([s for s, _ in todo], settings, progress) if todo else []
    out: dict[str, list[Claim]] = {}
    for (source, cached), machine in zip(todo, fresh, strict=True):
        merged = store.merge(source, machine, cached)
        store.save(source, merged, version)
        out[source.id] = merged
    return out


def _check_quotes(
    sources: list[Source], store: ClaimStore, claims_by_source: dict[str, list[Claim]]
) -> None:
    """Every editor claim checked; every machine claim's quote is its source's text."""
    for source in sources:
        store.check_editor_claims(source, claims_by_source[source.id])
        for claim in claims_by_source[source.id]:
            if source.text[claim.start : claim.end] != claim.quote and claim.origin == "machine":
                raise InputError(store.path_for(source.id), f"claim {claim.id} quote is off")
