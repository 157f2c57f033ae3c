"""Every named rule fires on the sentences of its case file and stays silent on the others.

A case file ``tests/rules/<rule>.yaml`` holds sentences of our own, never from an evaluation
set. A case ``fires`` when some claim of the article was made by the rule (``Claim.rule``, or
``Frame.rule`` for the rules that read a frame, ``Frame.time_rule`` for those that
place it in time) and matches the fields given (slot, a
substring of the quote, frame key, lemma, time, holder); ``silent`` when no such claim exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from reconcile.extract import load_extractors
from reconcile.extract.registry import rules
from reconcile.models import Claim

RULES_DIR = Path(__file__).parent / "rules"
CASE_FILES = sorted(RULES_DIR.glob("*.yaml"))
FRAME_FIELDS = ("key", "lemma", "time", "holder", "claimant")


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, dict) and data.get("rule") == path.stem, f"{path.name}: rule ≠ name"
    return data


def _made_by(claim: Claim, name: str) -> bool:
    frame = claim.frame
    made = [claim.rule or ""] + ([frame.rule or "", frame.time_rule or ""] if frame else [])
    return any(m == name or m.startswith(name + ".") for m in made)


def _matches(claim: Claim, want: dict[str, Any]) -> bool:
    if "slot" in want and claim.slot != want["slot"]:
        return False
    if "quote" in want and want["quote"] not in claim.quote:
        return False
    if "subject" in want and claim.subject != want["subject"]:
        return False
    frame = claim.frame.model_dump() if claim.frame else {}
    return all(frame.get(f) == want[f] for f in FRAME_FIELDS if f in want)


def _cases() -> list[Any]:
    out = []
    for path in CASE_FILES:
        for n, case in enumerate(_load(path)["cases"]):
            out.append(pytest.param(path.stem, case, id=f"{path.stem}-{n}"))
    return out


@pytest.mark.parametrize(("name", "case"), _cases())
def test_rule_case(name: str, case: dict[str, Any], article_claims: Any) -> None:
    body = case["text"]
    claims = [c for c in article_claims(body, lang=case["lang"], date=case.get("date",
              "2026-05-04")) if _made_by(c, name)]
    if "fires" in case:
        want = case["fires"] or {}
        assert any(_matches(c, want) for c in claims), (
            f"{name} did not fire as {want} on: {body}\n"
            + "\n".join(f"  {c.slot} {c.subject} «{c.quote}» {c.frame}" for c in claims)
        )
    else:
        want = case["silent"] or {}
        assert not [c for c in claims if _matches(c, want)], f"{name} fired on: {body}"


def test_every_rule_has_a_case_file_with_both_kinds_of_case() -> None:
    load_extractors()
    declared = set(rules())
    files = {p.stem for p in CASE_FILES}
    assert declared - files == set(), "rules without a case file"
    assert files - declared == set(), "case files for no declared rule"
    for path in CASE_FILES:
        kinds = {"fires" if "fires" in c else "silent" for c in _load(path)["cases"]}
        assert kinds == {"fires", "silent"}, f"{path.name} needs cases it fires and is silent on"
