"""Report writers, one module a format, loaded by name (tablib's registry)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from reconcile.errors import UsageError
from reconcile.models import Report

FORMATS = {"md": "markdown", "json": "json"}

Renderer = Callable[[Report], str]


def renderer(name: str) -> Renderer:
    module = FORMATS.get(name)
    if module is None:
        raise UsageError(None, f"unknown report format {name!r} (choose from {', '.join(FORMATS)})")
    render: Renderer = import_module(f"reconcile.report.{module}").render
    return render


def render(report: Report, fmt: str) -> str:
    return renderer(fmt)(report)
