"""Failures (as opposed to findings). Caught once, at the CLI boundary.

A conflict between sources is a *finding* in the result, never an exception.
"""

from __future__ import annotations

from pathlib import Path


class ReconcileError(Exception):
    """Base of every failure the CLI turns into ``Error: <where>: <problem>``."""

    def __init__(self, where: str | Path | None, problem: str) -> None:
        self.where = str(where) if where is not None else None
        self.problem = problem
        super().__init__(self.one_line())

    def one_line(self) -> str:
        return f"{self.where}: {self.problem}" if self.where else self.problem


class UsageError(ReconcileError):
    """The command line asks for something that cannot be done."""


class InputError(ReconcileError):
    """A source, claims or decisions file cannot be used as it is."""


class ModelUnavailableError(ReconcileError):
    """The spaCy pipeline for a language is not installed; the message says how to."""

    INSTALL = ("install the pinned pipelines with: reconcile models > models.txt && "
               "python -m pip install --no-deps --require-hashes -r models.txt")

    def one_line(self) -> str:
        return f"{super().one_line()}; {self.INSTALL}"
