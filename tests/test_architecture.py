"""The import direction of the stages (cli > commands > pipeline > report > judge > align >
extract > lang / ingest > models), as the import-linter contracts in pyproject.toml say."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_stages_import_only_the_stages_below_them() -> None:
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert tool, "import-linter is a dev dependency (make test installs it)"
    done = subprocess.run([tool], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "BROKEN" not in done.stdout and "KEPT" in done.stdout


def test_a_language_profile_is_a_data_file() -> None:
    """The layer's third profile (German, data only) loads and answers like the others."""
    from reconcile.lang import codes, profile

    assert {"fr", "en", "de"} <= set(codes())
    for code in codes():
        found = profile(code)
        assert found is not None and found.code == code
        assert found.deps.subject and found.times.earlier and found.concepts
    german = profile("de")
    assert german is not None and not german.capitals_mark_names
    assert german.concept("Gespräch") == "talks"
