"""``reconcile SOURCES_DIR``: reconcile a folder and print or write the report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reconcile import __version__
from reconcile.cli.common import EXIT_OK, Parser, common_options, settings_from, stderr_progress
from reconcile.errors import UsageError


def parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="reconcile",
        description=(
            "Reconcile news articles about one story: extract claims from each source, align "
            "them, and report what the sources agree on, what only one says, and where they "
            "conflict. Other commands: 'reconcile schema', 'reconcile eval', "
            "'reconcile check', 'reconcile review', 'reconcile models' (each has --help)."
        ),
    )
    parser.add_argument("sources", type=Path, help="folder of articles (.txt, .md, .html)")
    parser.add_argument(
        "--report",
        choices=["md", "json", "html"],
        default="md",
        help="report format (default: md; html: one self-contained page with the articles)",
    )
    parser.add_argument("--out", type=Path,
                        help="write the report to this file, not stdout (written whole or not "
                             "at all: a failed run leaves an existing file as it was)")
    common_options(parser)
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    return parser


def command(argv: Sequence[str]) -> int:
    args = parser().parse_args(argv)
    from reconcile.pipeline import run
    from reconcile.report import render
    from reconcile.store import atomic_write

    if args.out is not None and args.out.is_dir():  # before a long run, not after it
        raise UsageError(args.out, "--out is a folder; give the report's file name")
    result = run(args.sources, settings_from(args), progress=stderr_progress)
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    text = render(result.report, args.report, result.sources)
    if args.out:
        atomic_write(args.out, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK
