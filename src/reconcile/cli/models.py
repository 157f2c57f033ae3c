"""``reconcile models``: the hash-pinned requirements of the spaCy pipelines.

A user's repository has no copy of this project's ``requirements/models.txt``; the
package carries one (a test keeps the two identical), so CI can install the exact
pipeline wheels this version was tested with::

    reconcile models > models.txt
    python -m pip install --no-deps --require-hashes -r models.txt
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import resources

from reconcile.cli.common import EXIT_OK, Parser


def requirements() -> str:
    return resources.files("reconcile").joinpath("data/models.txt").read_text("utf-8")


def parser() -> Parser:
    return Parser(
        prog="reconcile models",
        description="Print the spaCy pipelines this version needs, as a pip requirements "
                    "file pinned by sha256: reconcile models > models.txt && python -m pip "
                    "install --no-deps --require-hashes -r models.txt",
    )


def command(argv: Sequence[str]) -> int:
    parser().parse_args(argv)
    sys.stdout.write(requirements())
    return EXIT_OK
