"""What every command shares: exit statuses, the parser, the common options, the one
place where a failure becomes ``Error: <where>: <problem>``."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from reconcile.errors import ReconcileError, UsageError
from reconcile.progress import TerminalProgress

if TYPE_CHECKING:
    from reconcile.settings import Settings

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(None, f"{message} (see '{self.prog} --help')")


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


#: progress bar of long runs: on stderr, only when it is a terminal
stderr_progress = TerminalProgress()


def guarded(debug: bool, action: Callable[[], int]) -> int:
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
