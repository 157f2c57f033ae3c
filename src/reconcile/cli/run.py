"""``reconcile SOURCES_DIR``: reconcile a folder and print or write the report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile import __version__
from reconcile.cli.common import EXIT_OK, Parser, common_options, settings_from, stderr_progress
from reconcile.errors import UsageError

if TYPE_CHECKING:
    from reconcile.engines import Engine


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
    engine_options(parser)
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    return parser


def engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="where extraction runs: local processes (--jobs) or a Dask "
                        "cluster (needs 'reconcile[dask]'; default: local)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler (tcp://host:8786) for --engine dask "
                        "(default: a local cluster of 2 worker processes)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar on stderr")


def engine_from(args: argparse.Namespace) -> Engine:
    from reconcile.engines import engine

    return engine(args.engine, args.scheduler)


def command(argv: Sequence[str]) -> int:
    args = parser().parse_args(argv)
    from reconcile.cache import WarmCache
    from reconcile.pipeline import run
    from reconcile.report import render
    from reconcile.store import atomic_write, claims_dir_for

    if args.out is not None and args.out.is_dir():  # before a long run, not after it
        raise UsageError(args.out, "--out is a folder; give the report's file name")
    settings = settings_from(args)
    progress = None if args.quiet else stderr_progress
    result = run(args.sources, settings, progress=progress, engine=engine_from(args))
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    text = WarmCache(claims_dir_for(args.sources, settings), args.sources).rendered(
        result.report, args.report, lambda: render(result.report, args.report, result.sources)
    )
    if args.out:
        atomic_write(args.out, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK
