"""What every command shares: exit statuses, the parser, the common options, the one
place where a failure becomes ``Error: <where>: <problem>``."""

from __future__ import annotations

import argparse
import os
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
#: a bug in reconcile, not in its input (told apart from check's 1 in CI)
EXIT_INTERNAL = 3
#: 128 + the signal, as a shell reports a program stopped by it
EXIT_INTERRUPTED = 130  # SIGINT, Ctrl-C
EXIT_BROKEN_PIPE = 141  # SIGPIPE: the reader of the output went away (`reconcile schema | head`)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(None, f"{message} (see '{self.prog} --help')")


def common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--claims-dir",
        type=Path,
        default=None,
        help="where claims are cached, one JSON file a source, editors' claims included "
             "(default: SOURCES_DIR/.reconcile/claims/, so each story has its own)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="processes for extraction (default: 1)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on failure")


def settings_from(args: argparse.Namespace) -> Settings:
    """The one ``Settings`` of a command, from the options every command shares."""
    from reconcile.settings import Settings

    if args.jobs < 1:
        raise UsageError(None, "--jobs must be 1 or more")
    if args.claims_dir is None:  # the pipeline puts the cache in the sources folder
        return Settings(jobs=args.jobs)
    return Settings(claims_dir=args.claims_dir, jobs=args.jobs)


#: progress bar of long runs: on stderr, only when it is a terminal
stderr_progress = TerminalProgress()


def guarded(debug: bool, action: Callable[[], int]) -> int:
    """Run a command; every way it can end becomes an exit status and at most one line."""
    try:
        code = action()
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except ReconcileError as exc:
        if debug:
            traceback.print_exc()
        print(f"Error: {exc.one_line()}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # the machine, not reconcile: a full disk, a folder gone
        where = exc.filename if exc.filename is not None else "reconcile"
        print(f"Error: {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        if debug:
            raise
        print(f"Error: internal error ({type(exc).__name__}: {exc}); run again with --debug "
              "for the traceback, and please report it", file=sys.stderr)
        return EXIT_INTERNAL


def _silence_stdout() -> None:
    """Point stdout at /dev/null: Python flushes it once more at exit, and would print a
    second broken-pipe error (the advice of Python's own signal documentation)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
