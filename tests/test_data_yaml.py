"""The package's data files read with libyaml give the data of PyYAML's safe loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reconcile.safe_yaml import load_data

SRC = Path(__file__).resolve().parent.parent / "src" / "reconcile"
DATA = sorted(SRC.rglob("*.yaml"))


def test_there_are_data_files() -> None:
    assert len(DATA) > 10


@pytest.mark.parametrize("path", DATA, ids=lambda p: str(p.relative_to(SRC)))
def test_a_data_file_loads_as_with_the_safe_loader(path: Path) -> None:
    text = path.read_text("utf-8")
    assert load_data(text) == yaml.safe_load(text)
