"""The hostile-input suite: what a careless or malicious user can feed ``reconcile``.

Each case adds one small fixture (``fixtures/``, or a file written by the test when it
must be large or strange) to a copy of the shipped story — the two seed articles and
their claims cache, so most runs never load spaCy — and asserts the exit status, the
one line said about it, no traceback, the other sources still reconciled and the files
that must not change byte for byte.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hostile_story import ROOT, Cli, Outcome

from reconcile.cli import main


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli(*args)``: ``reconcile *args`` in this process; asserts it printed no traceback."""

    def run(*args: str | Path) -> Outcome:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return Outcome(code, out, err)

    return run


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A copy of the shipped story: two seed articles and their claims cache."""
    folder = tmp_path / "story"
    shutil.copytree(ROOT / "sources", folder)
    return folder
