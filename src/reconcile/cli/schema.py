"""``reconcile schema``: the JSON Schema of the JSON report."""

from __future__ import annotations

import json
from collections.abc import Sequence

from reconcile.cli.common import EXIT_OK, Parser


def parser() -> Parser:
    return Parser(
        prog="reconcile schema",
        description="Print the JSON Schema of the JSON report (--report json).",
    )


def command(argv: Sequence[str]) -> int:
    parser().parse_args(argv)
    from reconcile.models import report_json_schema

    print(json.dumps(report_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK
