"""``reconcile batch STORIES_DIR``: reconcile every story folder, a report and a line each.

Exit status: 2 when a story could not be reconciled (its line says why; the other stories
are still done), else 1 when a story has conflicts no editor has decided (as ``reconcile
check``; ``--exit-zero`` to only write the reports), else 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reconcile.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    common_options,
    settings_from,
    stderr_progress,
)
from reconcile.cli.run import engine_options


def parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="reconcile batch",
        description="Reconcile every subfolder of STORIES_DIR as a story of its own: a report "
        "each in --out-dir, a summary line each on stdout. Exit 2 when a story failed, 1 "
        "when a story has unreviewed conflicts (unless --exit-zero), else 0.",
    )
    parser.add_argument("stories", type=Path, help="folder of story folders of articles")
    parser.add_argument("--out-dir", type=Path, default=Path("reports"),
                        help="where the reports go, <story>.md or .json (default: reports/)")
    parser.add_argument("--report", choices=["md", "json"], default="md",
                        help="report format (default: md)")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when conflicts are unreviewed (a failed story "
                        "still exits 2)")
    common_options(parser)  # --claims-dir: one subfolder a story; --jobs: stories at once
    engine_options(parser)
    return parser


def command(argv: Sequence[str]) -> int:
    args = parser().parse_args(argv)
    from reconcile.commands.batch import batch

    outcome = batch(
        args.stories, settings_from(args), args.out_dir, args.report, args.engine,
        args.scheduler, progress=None if args.quiet else stderr_progress,
    )
    for name in outcome.skipped:
        print(f"Warning: {args.stories / name}: no article files: not a story (skipped)",
              file=sys.stderr)
    for story in outcome.stories:
        for warning in story.warnings:
            print(f"Warning: {story.story}: {warning}", file=sys.stderr)
        print(story.summary())
    print(f"{len(outcome.stories)} stories: {len(outcome.unreviewed)} with unreviewed "
          f"conflicts, {len(outcome.failed)} failed")
    if outcome.failed:
        return EXIT_USAGE
    if outcome.unreviewed and not args.exit_zero:
        return EXIT_CHECK_FAILED
    return EXIT_OK
