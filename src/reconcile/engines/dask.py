"""Extraction on a Dask cluster (``pip install 'reconcile[dask]'``).

A ``LocalCluster`` of two worker processes by default, or the scheduler at ``--scheduler``.
Each worker loads the spaCy pipelines once, when it joins (``PipelinePlugin``); sources go
out and claims come back as plain dicts, so a worker needs ``reconcile`` and the same
models installed, nothing of this process. The claims are written to the claims cache
here, by the pipeline, exactly as after a local extraction: a later local run is warm.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from reconcile.errors import UsageError
from reconcile.models import Claim, Source
from reconcile.progress import Progress
from reconcile.settings import Settings

try:
    from distributed import Client, LocalCluster, WorkerPlugin, as_completed
except ImportError:  # the optional extra is not installed
    raise UsageError(
        "--engine dask", "needs Dask, which is not installed (pip install 'reconcile[dask]')"
    ) from None

#: worker processes of the default LocalCluster
LOCAL_WORKERS = 2


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline of every configured language once per worker, when it
    starts, instead of once per task (``load_pipeline`` keeps it for the process)."""

    name = "reconcile-pipelines"

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from reconcile.extract.nlp import installed_model, load_pipeline

        settings = Settings.model_validate(self.settings)
        for lang in settings.languages:
            candidates = tuple(settings.models.get(lang, ()))
            if installed_model(candidates) is not None:  # a missing one fails in its task
                load_pipeline(lang, candidates)


def extract_chunk(
    sources: list[dict[str, Any]], settings: dict[str, Any]
) -> tuple[str, list[list[dict[str, Any]]]]:
    """On a worker: the claims of each source as plain dicts, and the extractor version
    that made them (it must be this machine's, or the claims cache would lie)."""
    from reconcile.extract import extract_batch, extractor_version

    batch = extract_batch(
        [Source.model_validate(s) for s in sources], Settings.model_validate(settings)
    )
    rows = [[c.model_dump(mode="json") for c in claims] for claims in batch]
    return extractor_version(), rows


class DaskEngine:
    def __init__(self, scheduler: str | None = None, workers: int = LOCAL_WORKERS) -> None:
        self.scheduler = scheduler
        self.workers = workers

    @contextmanager
    def client(self, settings: Settings) -> Iterator[Any]:
        """A client of the cluster, every worker with its pipelines loaded."""
        cluster = None
        try:
            if self.scheduler:
                client = Client(self.scheduler, timeout="30s")
            else:
                cluster = LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR,
                )
                client = Client(cluster)
        except (OSError, ValueError) as exc:  # unreachable, or not an address
            raise UsageError(self.scheduler or "LocalCluster", f"no Dask cluster ({exc})") from None
        try:
            client.register_plugin(PipelinePlugin(settings.model_dump(mode="json")))
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def map(
        self, settings: Settings, function: Callable[..., Any], tasks: Sequence[tuple[Any, ...]],
        progress: Progress | None = None, weights: Sequence[int] | None = None,
    ) -> list[Any]:
        """``function(*task)`` for every task on the cluster, results in task order;
        ``progress`` advances by the task's weight (its articles) as each one ends."""
        with self.client(settings) as client:
            futures = [client.submit(function, *task, pure=False) for task in tasks]
            weight = {f.key: w for f, w in zip(futures, weights or [1] * len(tasks), strict=True)}
            for future in as_completed(futures):
                if progress:
                    progress.advance(weight[future.key])
            results: list[Any] = client.gather(futures)
        return results

    def extract(
        self, sources: Sequence[Source], settings: Settings, progress: Progress | None = None
    ) -> list[list[Claim]]:
        if not sources:
            return []
        from reconcile.extract import BATCH, extractor_version

        data = settings.model_dump(mode="json")
        chunks = [sources[i : i + BATCH] for i in range(0, len(sources), BATCH)]
        tasks = [([s.model_dump(mode="json") for s in chunk], data) for chunk in chunks]
        if progress:
            progress.start(len(sources), "article")
        try:
            results = self.map(settings, extract_chunk, tasks, progress, [len(c) for c in chunks])
        finally:
            if progress:
                progress.close()
        local = extractor_version()
        out: list[list[Claim]] = []
        for version, rows in results:
            if version != local:
                raise UsageError(
                    self.scheduler or "LocalCluster",
                    f"workers extract with reconcile extractor version {version}, this machine "
                    f"has {local}: install the same reconcile on the workers",
                )
            out.extend([Claim.model_validate(c) for c in claims] for claims in rows)
        return out
