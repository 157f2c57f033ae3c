"""Golden reports of the shipped seed articles (black's tests/data/cases idea), and of three
stories of tests/corpus of other kinds (a disaster, a match, a company deal).

Rewritten only with ``pytest --update-golden``; a diff here is a change of behaviour
that someone must look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reconcile.cli import EXIT_OK, main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_seed_report_is_golden(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / f"seeds.{fmt}"
    args = ["sources", "--report", fmt, "--claims-dir", str(tmp_path / "claims"), "--out", str(out)]
    assert main(args) == EXIT_OK
    golden = GOLDEN / f"seeds.{fmt}"
    if update_golden:
        golden.write_text(out.read_text("utf-8"), "utf-8")
    assert out.read_text("utf-8") == golden.read_text("utf-8")


# stories of the labelled corpus, each a different kind of event: tests/golden/<story>/
GOLDEN_STORIES = ["earthquake", "cup_final", "company_merger"]


@pytest.mark.parametrize("fmt", ["md", "json"])
@pytest.mark.parametrize("story", GOLDEN_STORIES)
def test_corpus_story_report_is_golden(
    story: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / f"report.{fmt}"
    args = [f"tests/corpus/{story}", "--report", fmt, "--claims-dir", str(tmp_path / "claims"),
            "--out", str(out)]
    assert main(args) == EXIT_OK
    golden = GOLDEN / story / f"report.{fmt}"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(out.read_text("utf-8"), "utf-8")
    assert golden.is_file(), f"no golden report: run pytest {__file__} --update-golden"
    assert out.read_text("utf-8") == golden.read_text("utf-8")


def test_report_does_not_depend_on_file_order(tmp_path: Path) -> None:
    """Same sources under other names (so listed in the other order): same verdicts."""
    renamed = tmp_path / "src"
    renamed.mkdir()
    for i, path in enumerate(sorted((ROOT / "sources").glob("*.txt"), reverse=True)):
        (renamed / f"{i}_{path.name}").write_bytes(path.read_bytes())
    from reconcile.pipeline import run
    from reconcile.settings import Settings

    first = run(ROOT / "sources", Settings(claims_dir=tmp_path / "c1")).report
    second = run(renamed, Settings(claims_dir=tmp_path / "c2")).report

    def verdicts(report: object) -> list[tuple[str, str, str, int]]:
        # a topic may name its source (an outlet's own comment): undo the renaming
        return sorted((f.slot, re.sub(r"\b\d+_(\d{3}_)", r"\1", f.subject), f.verdict.value,
                       len(f.claims))
                      for f in report.findings)  # type: ignore[attr-defined]

    assert verdicts(first) == verdicts(second)


def test_seed_expectations(tmp_path: Path) -> None:
    """The minimum of shared/gold/seeds.md, checked on the report itself."""
    from reconcile.models import ParticipantValue
    from reconcile.pipeline import run
    from reconcile.settings import Settings

    report = run(ROOT / "sources", Settings(claims_dir=tmp_path)).report
    by_topic = {(f.slot, f.subject): f for f in report.findings}
    claims = {c.id: c for c in report.claims}
    talks = by_topic[("event.duration", "talks")]
    assert talks.verdict.value == "conflicting" and talks.self_contradiction
    assert by_topic[("event.date", "event")].verdict.value == "agreed"
    assert by_topic[("event.location", "venue")].verdict.value == "agreed"
    assert by_topic[("event.vehicle", "ride")].verdict.value == "agreed"
    assert any(f.slot == "event.format" and f.verdict.value == "agreed" for f in report.findings)
    presence = {
        c.value.name: c.value.presence
        for c in claims.values()
        if isinstance(c.value, ParticipantValue) and c.value.name
    }
    for expected in ("Anton Silouanov", "Andreï Belooussov", "Kirill Dmitriev"):
        assert presence[expected] == "expected"
    for present in ("Sergueï Lavrov", "Marco Rubio", "Iouri Ouchakov", "Steve Witcoff"):
        assert presence[present] == "present"
    assert presence["Dmitri Peskov"] == "mentioned"  # spoke to the press, not at the table
    for both in ("Vladimir Poutine", "Donald Trump"):
        assert by_topic[("event.participants", both)].verdict.value == "agreed"
    # « ministres des Affaires étrangères » ~ Lavrov, Rubio; « conseillers » ~ the aide, the envoy
    related = {
        f.subject: {getattr(claims[c].value, "name", None) for c in f.related}
        for f in report.findings if f.subject.startswith("role:")
    }
    assert related["role:foreign_minister"] == {"Sergueï Lavrov", "Marco Rubio"}
    assert related["role:adviser"] == {"Iouri Ouchakov", "Steve Witcoff"}
    assert by_topic[("event.vehicle", "usual")].verdict.value == "extra"  # the Aurus
    assert by_topic[("event.duration", "talks.part")].verdict.value == "extra"
    nexts = [f for f in report.findings if f.slot == "event.next"]
    assert any("Zelenski" in claims[c].text and claims[c].qualifiers.modality == "expected"
               for f in nexts for c in f.claims)
    reported = [c for c in claims.values() if c.slot == "quote" and c.qualifiers.modality
                == "reported" and c.qualifiers.claimant == "le Wall Street Journal"]
    assert reported and "initiative" in reported[0].quote  # who proposed the ride
    decor = [c for c in claims.values() if c.slot == "event.setting" and "drapeau" in c.quote]
    assert decor and decor[0].source.startswith("002")  # the room decoration


def test_the_shipped_claims_cache_is_current() -> None:
    """`sources/.reconcile/claims/` is what a run of today's extractors writes: a stale
    cache would make the README's first run re-analyse (and the hostile tests that copy
    the shipped story load spaCy where they mean to test the cache)."""
    from reconcile.extract import extractor_version
    from reconcile.ingest import load_sources
    from reconcile.store import ClaimStore

    sources = load_sources(ROOT / "sources").sources
    store = ClaimStore(ROOT / "sources" / ".reconcile" / "claims")
    stale = [s.id for s in sources if not store.is_fresh(store.load(s.id), s, extractor_version())]
    assert not stale, f"re-run `reconcile sources/ --report md --out reports/seeds.md`: {stale}"
