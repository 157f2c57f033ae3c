"""Extraction in this process, or in ``settings.jobs`` local processes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reconcile.models import Claim, Source
from reconcile.progress import Progress
from reconcile.settings import Settings


def _extract_chunk(args: tuple[Sequence[Source], Settings]) -> list[list[Claim]]:
    from reconcile.extract import extract_batch

    return extract_batch(*args)


class LocalEngine:
    def extract(
        self, sources: Sequence[Source], settings: Settings, progress: Progress | None = None
    ) -> list[list[Claim]]:
        """Claims of each source, in order; chunks of ``BATCH`` articles, parsed together."""
        if not sources:
            return []
        from concurrent.futures import ProcessPoolExecutor

        from reconcile.extract import BATCH

        jobs = max(1, min(settings.jobs, len(sources)))
        chunks = [sources[i : i + BATCH] for i in range(0, len(sources), BATCH)]
        results: Iterator[list[list[Claim]]]
        pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
        if pool is None:
            results = map(_extract_chunk, ((c, settings) for c in chunks))
        else:
            results = pool.map(_extract_chunk, ((c, settings) for c in chunks))
        out: list[list[Claim]] = []
        if progress:
            progress.start(len(sources), "article")
        try:
            for claims in results:
                out.extend(claims)
                if progress:
                    progress.advance(len(claims))
        finally:
            if progress:
                progress.close()
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        return out
