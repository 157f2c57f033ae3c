"""Where extraction runs: in local processes or on a Dask cluster, behind one interface.

An engine turns sources into their machine claims, in order; everything around it (the
claims cache, alignment, the report) stays in ``reconcile.pipeline`` and is the same
whichever engine ran, so the claims files and reports are byte-identical.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reconcile.errors import UsageError
from reconcile.models import Claim, Source
from reconcile.progress import Progress
from reconcile.settings import Settings

ENGINES = ("local", "dask")


class Engine(Protocol):
    def extract(
        self, sources: Sequence[Source], settings: Settings, progress: Progress | None = None
    ) -> list[list[Claim]]:
        """The machine claims of each source, in the order of ``sources``."""


def engine(name: str = "local", scheduler: str | None = None) -> Engine:
    """The engine called ``name``; ``scheduler`` is a Dask scheduler address (dask only)."""
    if name == "local":
        if scheduler is not None:
            raise UsageError("--scheduler", "only goes with --engine dask")
        from reconcile.engines.local import LocalEngine

        return LocalEngine()
    if name == "dask":
        from reconcile.engines.dask import DaskEngine

        return DaskEngine(scheduler)
    raise UsageError("--engine", f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
