"""What the hostile-input tests share: a copy of the shipped story, a run of the CLI."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def said(self) -> list[str]:
        """stderr without progress lines: the warnings and errors the user reads."""
        return [line for line in self.err.splitlines() if not line.startswith("extracting:")]

    def warnings(self) -> list[str]:
        return [line for line in self.said if line.startswith("Warning: ")]


Cli = Callable[..., "Outcome"]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (dot folders included), by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def add(story: Path, fixture: str, name: str | None = None) -> Path:
    target = story / (name or fixture)
    shutil.copyfile(FIXTURES / fixture, target)
    return target
