"""What a plain ``pip install`` of reconcile needs to work, and what it says when a
spaCy pipeline is missing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hostile_story import ROOT

from reconcile.cli import EXIT_USAGE
from reconcile.cli.common import guarded


def test_the_package_declares_what_html_sources_import() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    names = [d.split(">")[0].split("=")[0].split("<")[0].strip().lower().replace("-", "_")
             for d in project["project"]["dependencies"]]
    assert "lxml_html_clean" in names  # trafilatura needs it; pip skips trafilatura's extra
    assert project["project"]["license"] == "MIT"  # an SPDX expression, not the old table
    assert any(r.startswith("setuptools>=77") for r in project["build-system"]["requires"])


def test_a_missing_pipeline_says_how_to_install_it(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reconcile.pipeline import run
    from reconcile.settings import Settings

    (story / "new.txt").write_text("Sommet\n\nLes discussions ont duré trois heures mardi.\n")
    settings = Settings(models={"fr": ["no_such_pipeline_fr"], "en": ["no_such_pipeline_en"]})
    assert guarded(False, lambda: bool(run(story, settings))) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err == (
        "Error: no spaCy pipeline for 'fr' is installed (tried no_such_pipeline_fr); install "
        "the pinned pipelines with: reconcile models > models.txt && python -m pip install "
        "--no-deps --require-hashes -r models.txt\n")


def test_the_shipped_claims_cache_sits_in_its_sources_folder_and_is_tracked() -> None:
    import subprocess

    cache = ROOT / "sources" / ".reconcile" / "claims"
    shipped = sorted(p.name for p in cache.glob("*.json"))
    assert shipped == sorted(f"{p.stem}.json" for p in (ROOT / "sources").glob("*.txt"))
    ignored = subprocess.run(["git", "check-ignore", "-q", str(cache / shipped[0])], cwd=ROOT,
                             check=False)
    assert ignored.returncode == 1  # not ignored: editors' claims live there
    assert not (ROOT / "claims").exists()  # the old place, shared by every story
