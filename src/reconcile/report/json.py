"""``--report json``: the Report model as JSON, described by ``reconcile schema``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from reconcile.models import Report, Source


def render(report: Report, sources: Sequence[Source] = ()) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
