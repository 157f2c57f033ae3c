"""The library entry point: ``run(sources_dir, settings) -> Result``.

ingest → extract (cached in ``<sources>/.reconcile/claims/``) → align → judge.
Rendering is the report package's job; the CLI only parses flags and calls this.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from reconcile.align import align
from reconcile.decisions import apply_decisions, decisions_path, load_decisions
from reconcile.errors import InputError
from reconcile.extract import BATCH, extract_batch, extractor_version, supported
from reconcile.ingest import load_sources
from reconcile.judge import judge
from reconcile.models import Claim, ClaimsFile, Report, Source
from reconcile.settings import Settings
from reconcile.store import ClaimStore, claims_dir_for

Progress = Callable[[str], None]


@dataclass
class Result:
    report: Report
    sources: list[Source]
    warnings: list[str] = field(default_factory=list)
    analysed: list[str] = field(default_factory=list)


def _extract_chunk(args: tuple[Sequence[Source], Settings]) -> list[list[Claim]]:
    return extract_batch(*args)


def extract_many(
    sources: Sequence[Source], settings: Settings, progress: Progress | None = None
) -> list[list[Claim]]:
    """Claims of each source, in order; ``settings.jobs`` processes when worth it."""
    started = time.monotonic()
    out: list[list[Claim]] = []
    jobs = max(1, min(settings.jobs, len(sources)))
    chunks = [sources[i : i + BATCH] for i in range(0, len(sources), BATCH)]
    results: Iterator[list[list[Claim]]]
    if jobs == 1:
        results = map(_extract_chunk, ((c, settings) for c in chunks))
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_extract_chunk, ((c, settings) for c in chunks))
    try:
        for claims in results:
            out.extend(claims)
            if progress and time.monotonic() - started > 3:
                progress(f"extracting: {len(out)}/{len(sources)} sources")
    finally:
        if pool is not None:
            pool.shutdown()
    if progress and time.monotonic() - started > 3:
        progress(f"extracting: {len(sources)}/{len(sources)} sources done")
    return out


def run(
    sources_dir: Path, settings: Settings, progress: Progress | None = None,
    write_claims: bool = True,
) -> Result:
    """``write_claims=False``: the claims cache is read, never written (``reconcile check``)."""
    store = ClaimStore(claims_dir_for(sources_dir, settings), writable=write_claims)
    ingested = load_sources(sources_dir)
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
    fresh = extract_many([s for s, _ in todo], settings, progress)
    for (source, cached), machine in zip(todo, fresh, strict=True):
        merged = store.merge(source, machine, cached)
        store.save(source, merged, version)
        claims_by_source[source.id] = merged
    store.prune(sources_dir, keep={s.id for s in ingested.sources})

    for source in ingested.sources:
        store.check_editor_claims(source, claims_by_source[source.id])
        for claim in claims_by_source[source.id]:
            if source.text[claim.start : claim.end] != claim.quote and claim.origin == "machine":
                raise InputError(store.path_for(source.id), f"claim {claim.id} quote is off")

    warnings.extend(store.warnings)
    sources = ingested.sources
    # cross-source: "the Russian presidential limousine" is owned by the one Russian
    # president the other sources name (the claims files keep what each article says)
    alignment = align([c for s in sources for c in claims_by_source[s.id]], sources, settings)
    findings, notes = judge(alignment, settings)
    report = Report(
        sources=[s.info() for s in sources],
        claims=alignment.claims,
        findings=findings,
        possible=alignment.possible,
        notes=[*unread, *notes],
    )
    report = apply_decisions(report, decisions)
    return Result(
        report=report, sources=sources, warnings=warnings, analysed=[s.id for s, _ in todo]
    )
