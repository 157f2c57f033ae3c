"""No name or sentence of a held-out or blind set appears in ``src/``: a rule written for one
of their sentences would make the set a development set without anyone saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ["heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"]


def _golds() -> list[Path]:
    return sorted(g for name in UNSEEN for g in (ROOT / "tests" / name).glob("*/gold.yaml"))


def _invented(gold: Path) -> tuple[set[str], set[str]]:
    """People's names (two words or more) and long quotes of one story's gold."""
    data = yaml.safe_load(gold.read_text("utf-8")) or {}
    names: set[str] = set()
    quotes: set[str] = set()
    for entry in (data.get("articles") or {}).values():
        for claim in entry.get("claims") or []:
            value = claim.get("value") or {}
            name = value.get("name") if isinstance(value, dict) else None
            if claim.get("slot") == "event.participants" and isinstance(name, str) \
                    and " " in name and len(name) > 6:
                names.add(name)
            for quote in [claim.get("quote"), *(claim.get("also_quotes") or [])]:
                if isinstance(quote, str) and len(quote) >= 40:
                    quotes.add(quote)
    return names, quotes


@pytest.fixture(scope="module")
def source_text() -> str:
    return "\n".join(p.read_text("utf-8", errors="ignore")
                     for p in (ROOT / "src").rglob("*") if p.is_file()
                     and p.suffix in (".py", ".yaml", ".json", ".j2", ".txt"))


@pytest.mark.parametrize("gold", _golds(), ids=lambda g: f"{g.parent.parent.name}/{g.parent.name}")
def test_no_name_or_sentence_of_an_unseen_set_is_in_src(gold: Path, source_text: str) -> None:
    names, quotes = _invented(gold)
    assert names, f"{gold}: no participant names read (the check would be empty)"
    leaked = sorted(n for n in names | quotes if n in source_text)
    assert not leaked, leaked
