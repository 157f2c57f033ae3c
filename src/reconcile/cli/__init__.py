"""The command line: parse flags, call the library, turn failures into one line.

No logic lives here (sqlite-utils' ``cli.py`` over ``db.py``): one module a command, each a
parser and a few lines calling ``reconcile.pipeline`` or ``reconcile.commands``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from reconcile.cli.common import EXIT_CHECK_FAILED, EXIT_OK, EXIT_USAGE, guarded

__all__ = ["EXIT_CHECK_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]

#: subcommand → module of ``reconcile.cli`` with its ``command(argv) -> int``; a plain
#: ``reconcile SOURCES_DIR`` is the ``run`` module
COMMANDS = {
    "schema": "schema",
    "eval": "eval",
    "review": "review",
    "check": "check",
    "models": "models",
    "batch": "batch",
}


def _command(name: str) -> Callable[[Sequence[str]], int]:
    command: Callable[[Sequence[str]], int] = import_module(f"reconcile.cli.{name}").command
    return command


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if args and args[0] in COMMANDS:
        command = _command(COMMANDS[args[0]])
        return guarded(debug, lambda: command(args[1:]))
    return guarded(debug, lambda: _command("run")(args))


if __name__ == "__main__":
    sys.exit(main())
