"""The command line: parse flags, call the library, turn failures into one line.

No logic lives here (sqlite-utils' ``cli.py`` over ``db.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from reconcile import __version__
from reconcile.errors import ReconcileError, UsageError

if TYPE_CHECKING:
    from reconcile.settings import Settings

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(None, f"{message} (see '{self.prog} --help')")


def _run_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reconcile",
        description=(
            "Reconcile news articles about one story: extract claims from each source, align "
            "them, and report what the sources agree on, what only one says, and where they "
            "conflict. Other commands: 'reconcile schema', 'reconcile eval', "
            "'reconcile check', 'reconcile review' (each has --help)."
        ),
    )
    parser.add_argument("sources", type=Path, help="folder of articles (.txt, .md, .html)")
    _report_options(parser)
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    return parser


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--report", choices=["md", "json"], default="md", help="report format (default: md)"
    )
    parser.add_argument("--out", type=Path, help="write the report to this file, not stdout")
    common_options(parser)


def common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--claims-dir",
        type=Path,
        default=Path("claims"),
        help="where claims are cached, one JSON file a source (default: claims/)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="processes for extraction (default: 1)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on failure")


def settings_from(args: argparse.Namespace) -> Settings:
    """The one ``Settings`` of a command, from the options every command shares."""
    from reconcile.settings import Settings

    if args.jobs < 1:
        raise UsageError(None, "--jobs must be 1 or more")
    return Settings(claims_dir=args.claims_dir, jobs=args.jobs)


def cmd_run(argv: Sequence[str]) -> int:
    args = _run_parser().parse_args(argv)
    return _guarded(args.debug, lambda: _do_run(args))


def _do_run(args: argparse.Namespace) -> int:
    from reconcile.pipeline import run, stderr_progress
    from reconcile.report import render
    from reconcile.store import atomic_write

    result = run(args.sources, settings_from(args), progress=stderr_progress)
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    text = render(result.report, args.report)
    if args.out:
        atomic_write(args.out, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_schema(argv: Sequence[str]) -> int:
    parser = _Parser(
        prog="reconcile schema",
        description="Print the JSON Schema of the JSON report (--report json).",
    )
    parser.parse_args(argv)
    from reconcile.models import report_json_schema

    print(json.dumps(report_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {"schema": cmd_schema}


def register(name: str, command: Callable[[Sequence[str]], int]) -> None:
    SUBCOMMANDS[name] = command


def _guarded(debug: bool, action: Callable[[], int]) -> int:
    try:
        return action()
    except ReconcileError as exc:
        if debug:
            traceback.print_exc()
        print(f"Error: {exc.one_line()}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _load_subcommands()
    debug = "--debug" in args
    if args and args[0] in SUBCOMMANDS:
        command = SUBCOMMANDS[args[0]]
        return _guarded(debug, lambda: command(args[1:]))
    return _guarded(debug, lambda: cmd_run(args))


def _load_subcommands() -> None:
    """Commands of later stages register themselves here."""
    from importlib import import_module

    for module in ("reconcile.evaluate", "reconcile.review"):
        try:
            import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


if __name__ == "__main__":
    sys.exit(main())
