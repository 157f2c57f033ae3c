"""``reconcile check SOURCES_DIR``: the CI gate, failing only on unreviewed conflicts."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reconcile.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    Parser,
    common_options,
    settings_from,
    stderr_progress,
)
from reconcile.commands.check import RENDERERS


def parser() -> Parser:
    parser = Parser(
        prog="reconcile check",
        description=(
            "Exit 1 when a conflict between sources is not covered by a decision in the "
            "sources folder's decisions file (record one with 'reconcile review'), naming "
            "the source file(s) that brought it; exit 0 otherwise; exit 2 on bad usage or "
            "input."
        ),
    )
    parser.add_argument("sources", type=Path, help="folder of articles (.txt, .md, .html)")
    parser.add_argument(
        "--base", metavar="GIT_REF",
        help="name as culprits the sources added or changed since this git revision "
             "(and untracked ones), e.g. origin/main or HEAD~1",
    )
    parser.add_argument(
        "--format", choices=sorted(RENDERERS), default="text",
        help="text (default), or github: GitHub Actions '::error file=…,line=…::' annotations",
    )
    parser.add_argument(
        "--write-claims", action="store_true",
        help="also write the claims of new or changed sources to the claims cache (by "
             "default check only reads it, so that a hook changes no tracked file)",
    )
    common_options(parser)
    return parser


def command(argv: Sequence[str]) -> int:
    args = parser().parse_args(argv)
    from reconcile.commands.check import check

    outcome = check(args.sources, settings_from(args), args.base, progress=stderr_progress,
                    write_claims=args.write_claims)
    for warning in outcome.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    if not outcome.unreviewed:
        print(f"reconcile check: {outcome.conflicts} conflict(s), all reviewed")
        return EXIT_OK
    sys.stdout.write(RENDERERS[args.format](outcome.unreviewed, args.sources, args.base))
    print(
        f"reconcile check: {len(outcome.unreviewed)} unreviewed conflict(s) of "
        f"{outcome.conflicts}; record a decision with 'reconcile review' "
        "(see 'reconcile review --help')",
        file=sys.stderr if args.format == "github" else sys.stdout,
    )
    return EXIT_CHECK_FAILED
