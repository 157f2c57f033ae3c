"""``reconcile eval CORPUS_DIR``: score extraction and verdicts on labelled stories."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reconcile.cli.common import EXIT_OK, Parser
from reconcile.errors import UsageError


def parser() -> Parser:
    parser = Parser(
        prog="reconcile eval",
        description="Score extraction (per slot and language) and verdicts against a "
                    "labelled corpus: one folder per event, articles + gold.yaml.",
    )
    parser.add_argument("corpus", type=Path, help="corpus folder (e.g. tests/corpus)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--summary", action="store_true",
                        help="the figures only, no error listed (for a first, blind measure)")
    parser.add_argument("--claims-dir", type=Path, default=None,
                        help="where to cache claims (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=1, help="processes for extraction")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on failure")
    return parser


def command(argv: Sequence[str]) -> int:
    args = parser().parse_args(argv)
    from reconcile.commands.evaluate import evaluate, render_table
    from reconcile.settings import Settings

    if args.jobs < 1:
        raise UsageError(None, "--jobs must be 1 or more")
    with tempfile.TemporaryDirectory(prefix="reconcile-eval-") as tmp:
        claims_dir = args.claims_dir if args.claims_dir is not None else Path(tmp)
        result = evaluate(args.corpus, Settings(claims_dir=claims_dir, jobs=args.jobs))
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        print(render_table(result, summary=args.summary), end="")
    return EXIT_OK
