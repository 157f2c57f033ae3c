"""The progress bar: articles/s and time left on stderr when it is a terminal; nothing in a
pipe or a CI log, nothing with --quiet."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.progress import TerminalProgress

ROOT = Path(__file__).resolve().parent.parent


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TerminalProgress, "DELAY", 0.0)  # no wait before the bar shows


def _show(progress: TerminalProgress) -> None:
    progress.start(10, "article")
    progress.advance(4)
    progress.advance(6)
    progress.close()


def test_a_terminal_gets_the_rate_and_the_time_left() -> None:
    screen = Terminal()
    _show(TerminalProgress(screen))
    shown = screen.getvalue()
    assert "extracting" in shown and "10/10" in shown
    assert "article/s" in shown  # the rate
    assert "<" in shown  # elapsed<remaining: the time left


def test_a_pipe_or_a_log_gets_nothing() -> None:
    log = io.StringIO()  # not a terminal
    _show(TerminalProgress(log))
    assert log.getvalue() == ""


def test_a_disabled_bar_shows_nothing_even_on_a_terminal() -> None:
    screen = Terminal()
    _show(TerminalProgress(screen, enabled=False))
    assert screen.getvalue() == ""


@pytest.mark.parametrize("quiet", [False, True])
def test_the_run_command_shows_extraction_unless_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: bool
) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", sources)
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    argv = [str(sources), "--claims-dir", str(tmp_path / "claims"), "--out", str(tmp_path / "r")]
    assert main(argv + (["--quiet"] if quiet else [])) == 0
    assert ("extracting" in screen.getvalue()) is not quiet
