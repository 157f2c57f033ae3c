"""The judge on hand-made claims: behaviour cases and invariants (no spaCy needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.align import align
from reconcile.judge import judge
from reconcile.models import Claim, Qualifiers, Source, claim_id
from reconcile.settings import Settings

CASES = yaml.safe_load((Path(__file__).parent / "data" / "judge_cases.yaml").read_text("utf-8"))
TYPES = {
    "event.duration": "duration",
    "quantity": "quantity",
    "event.date": "date",
    "event.participants": "participant",
    "event.format": "label",
    "event.outcome": "outcome",
    "event.location": "location",
}


def _source(sid: str, text: str = "") -> Source:
    # distinct texts, so that no two test sources look like the same wire copy
    body = text or " ".join(f"w{(ord(sid) * k * 7919) % 1009}" for k in range(1, 60))
    return Source(id=sid, path=f"{sid}.txt", text=body, content_hash=sid, lang="en")


def _claim(n: int, row: list[Any]) -> Claim:
    source, slot, subject, value = row[:4]
    modality = row[4] if len(row) > 4 else "asserted"
    return Claim(
        id=claim_id(source, slot, subject, n, n + 1),
        source=source,
        slot=slot,
        subject=subject,
        value={"type": TYPES[slot], **value},
        text=str(value),
        quote="x",
        start=n,
        end=n + 1,
        qualifiers=Qualifiers(modality=modality),
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_judge_case(case: dict[str, Any]) -> None:
    claims = [_claim(i, row) for i, row in enumerate(case["claims"])]
    sources = [_source(s) for s in sorted({c.source for c in claims})]
    findings, _ = judge(align(claims, sources, Settings()), Settings())
    if "verdicts" in case:
        assert {f.subject: f.verdict.value for f in findings} == case["verdicts"]
        return
    assert len(findings) == 1
    finding = findings[0]
    assert finding.verdict.value == case["verdict"], finding.reason
    assert finding.self_contradiction == case.get("self_contradiction", False)
    assert case.get("reason_contains", "") in finding.reason


def test_syndicated_copies_are_one_voice() -> None:
    wire = (
        "The two ministers met in Lisbon on Tuesday for talks that lasted about two hours, "
        "officials said, adding that a further round was planned for next month."
    )
    sources = [_source("a", wire), _source("b", wire.replace("Tuesday", "Tuesday morning"))]
    claims = [
        _claim(
            i,
            [
                s.id,
                "event.duration",
                "talks",
                {"min_minutes": 108, "max_minutes": 132, "nominal_minutes": 120},
            ],
        )
        for i, s in enumerate(sources)
    ]
    findings, notes = judge(align(claims, sources, Settings()), Settings())
    assert findings[0].verdict.value == "extra"
    assert "same wire copy" in findings[0].reason
    assert notes and "one voice" in notes[0]


interval = st.tuples(st.integers(0, 300), st.integers(0, 60)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("abcde"), interval, st.sampled_from(["talks", "press"])),
        min_size=1,
        max_size=8,
    ),
    st.randoms(),
)
def test_order_of_sources_does_not_change_verdicts(rows: list[Any], rnd: Any) -> None:
    claims = [
        _claim(
            i,
            [
                s,
                "event.duration",
                subj,
                {"min_minutes": lo, "max_minutes": hi, "nominal_minutes": lo},
            ],
        )
        for i, (s, (lo, hi), subj) in enumerate(rows)
    ]
    sources = [_source(s) for s in sorted({c.source for c in claims})]
    first, _ = judge(align(claims, sources, Settings()), Settings())
    shuffled_claims, shuffled_sources = claims[:], sources[:]
    rnd.shuffle(shuffled_claims)
    rnd.shuffle(shuffled_sources)
    second, _ = judge(align(shuffled_claims, shuffled_sources, Settings()), Settings())
    assert [f.model_dump() for f in first] == [f.model_dump() for f in second]
    landed = sorted(cid for f in first for cid in f.claims)
    assert landed == sorted(c.id for c in claims)  # each claim in exactly one finding


def _durations(rows: list[tuple[str, int]]) -> list[Claim]:
    return [
        _claim(
            i,
            [s, "event.duration", "talks",
             {"min_minutes": m, "max_minutes": m, "nominal_minutes": m}],
        )
        for i, (s, m) in enumerate(rows)
    ]


@pytest.mark.parametrize(
    ("rows", "majority", "outliers"),
    [
        ([("a", 60), ("b", 120)], False, []),
        ([("a", 60), ("b", 60), ("c", 120), ("d", 120)], False, []),
        ([("a", 60), ("b", 60), ("c", 120)], True, ["c"]),
    ],
    ids=["one against one", "two against two", "two against one"],
)
def test_a_tie_is_not_a_majority(
    rows: list[tuple[str, int]], majority: bool, outliers: list[str]
) -> None:
    claims = _durations(rows)
    sources = [_source(s) for s, _ in rows]
    findings, _ = judge(align(claims, sources, Settings()), Settings())
    consensus = findings[0].consensus
    assert findings[0].verdict.value == "conflicting"
    assert consensus is not None
    assert (consensus.majority, consensus.outliers) == (majority, outliers)
    assert len(consensus.tied) == (0 if majority else 2)
