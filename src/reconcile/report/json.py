"""``--report json``: the Report model as JSON, described by ``reconcile schema``."""

from __future__ import annotations

import json

from reconcile.models import Report


def render(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
