"""Report writers, one module a format, loaded by name (tablib's registry).

A writer is ``render(report, sources) -> str``: the sources are the ingested articles,
whose text the HTML page shows around each quote; the other formats ignore them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from reconcile.errors import UsageError
from reconcile.models import Report, Source

FORMATS = {"md": "markdown", "json": "json", "html": "html"}

Renderer = Callable[[Report, Sequence[Source]], str]


def renderer(name: str) -> Renderer:
    module = FORMATS.get(name)
    if module is None:
        raise UsageError(None, f"unknown report format {name!r} (choose from {', '.join(FORMATS)})")
    render: Renderer = import_module(f"reconcile.report.{module}").render
    return render


def render(report: Report, fmt: str, sources: Sequence[Source] = ()) -> str:
    return renderer(fmt)(report, sources)
