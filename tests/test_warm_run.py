"""A warm run pays for nothing that did not change: no extraction, no judging, no spaCy;
and anything that did change (claims, settings, code, a source) is judged again."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reconcile.cli import main
from reconcile.pipeline import Result, run
from reconcile.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Claims of the shipped sources, extracted once for the module."""
    claims = tmp_path_factory.mktemp("claims")
    run(ROOT / "sources", Settings(claims_dir=claims))
    return claims


@pytest.fixture
def story(tmp_path: Path, extracted: Path) -> tuple[Path, Path]:
    """A copy of the shipped sources (a new folder: its judging is not cached yet) with
    their claims cached."""
    sources, claims = tmp_path / "sources", tmp_path / "claims"
    shutil.copytree(ROOT / "sources", sources)
    shutil.copytree(extracted, claims, ignore=shutil.ignore_patterns(".cache"))
    return sources, claims


@pytest.fixture
def judge_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the judge's calls (pipeline imports it at call time)."""
    import reconcile.judge

    calls: list[int] = []
    real = reconcile.judge.judge

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reconcile.judge, "judge", counting)
    return calls


def _forbid_judging(monkeypatch: pytest.MonkeyPatch) -> None:
    import reconcile.align.owners
    import reconcile.judge

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("judged again although nothing changed")

    monkeypatch.setattr(reconcile.judge, "judge", never)
    monkeypatch.setattr(reconcile.align.owners, "resolve_owners", never)


def _report(sources: Path, claims: Path, out: Path, fmt: str = "md") -> bytes:
    code = main([str(sources), "--claims-dir", str(claims), "--report", fmt, "--out", str(out)])
    assert code == 0
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_second_run_does_not_judge_and_gives_identical_bytes(
    story: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    sources, claims = story
    first = _report(sources, claims, tmp_path / f"1.{fmt}", fmt)
    _forbid_judging(monkeypatch)
    assert _report(sources, claims, tmp_path / f"2.{fmt}", fmt) == first


def test_a_fresh_extraction_is_judged_once_then_cached(
    tmp_path: Path, judge_calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # claims just extracted (not read back from their files) must key the cache the same
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", sources)
    settings = Settings(claims_dir=tmp_path / "claims")
    first = run(sources, settings)
    assert first.analysed and judge_calls == [1]
    _forbid_judging(monkeypatch)
    again = run(sources, settings)
    assert again.analysed == []
    assert again.report.model_dump_json() == first.report.model_dump_json()


def test_a_decision_is_applied_without_judging_again(
    story: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, claims = story
    settings = Settings(claims_dir=claims)
    conflict = next(f for f in run(sources, settings).report.findings
                    if f.verdict == "conflicting")
    (sources / "reconcile-decisions.yaml").write_text(
        f"{conflict.id}:\n  stands: both wrong\n  by: Test Editor\n  at: '2026-01-01'\n",
        encoding="utf-8")
    _forbid_judging(monkeypatch)
    decided = {f.id: f for f in run(sources, settings).report.findings}[conflict.id]
    assert decided.decision is not None and decided.decision.stands == "both wrong"


def _judged_again(story: tuple[Path, Path], judge_calls: list[int],
                  change: Callable[[Path, Path], Settings | None]) -> bool:
    sources, claims = story
    settings = Settings(claims_dir=claims)
    run(sources, settings)
    before = len(judge_calls)
    run(sources, change(sources, claims) or settings)
    return len(judge_calls) > before


def test_changed_settings_are_judged_again(
    story: tuple[Path, Path], judge_calls: list[int]
) -> None:
    def change(sources: Path, claims: Path) -> Settings:
        return Settings(claims_dir=claims, syndication_threshold=0.5)

    assert _judged_again(story, judge_calls, change)


def test_a_changed_claims_file_is_judged_again(
    story: tuple[Path, Path], judge_calls: list[int]
) -> None:
    def change(sources: Path, claims: Path) -> None:
        path = sorted(claims.glob("*.json"))[0]
        data = json.loads(path.read_text("utf-8"))
        assert data["claims"], "a claims file with claims to drop"
        data["claims"] = data["claims"][1:]  # an editor removed a machine claim
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")

    assert _judged_again(story, judge_calls, change)


def test_changed_judging_code_is_judged_again(
    story: tuple[Path, Path], judge_calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import reconcile.cache

    def change(sources: Path, claims: Path) -> None:
        monkeypatch.setattr(reconcile.cache, "judge_version", lambda: "another version")

    assert _judged_again(story, judge_calls, change)


def test_unchanged_settings_other_than_jobs_are_not_judged_again(
    story: tuple[Path, Path], judge_calls: list[int]
) -> None:
    def change(sources: Path, claims: Path) -> Settings:
        return Settings(claims_dir=claims, jobs=2)  # how many processes changes no verdict

    assert not _judged_again(story, judge_calls, change)


def test_unusable_cache_files_are_ignored(story: tuple[Path, Path], tmp_path: Path) -> None:
    sources, claims = story
    first = _report(sources, claims, tmp_path / "1.md")
    cache = claims / ".cache"
    written = sorted(p for p in cache.iterdir() if p.name != ".gitignore")
    assert len(written) == 3  # ingested sources, judging, rendered report
    for path in written:
        path.write_text("{not json", encoding="utf-8")
    assert _report(sources, claims, tmp_path / "2.md") == first
    for path in written:
        path.write_text('{"key": "x", "text": 3, "sources": []}', encoding="utf-8")
    assert _report(sources, claims, tmp_path / "3.md") == first


def test_the_claims_store_never_sees_the_cache(story: tuple[Path, Path]) -> None:
    sources, claims = story
    result = run(sources, Settings(claims_dir=claims))
    assert {p.stem for p in claims.glob("*.json")} == {s.id for s in result.sources}
    assert (claims / ".cache").is_dir()


def test_adding_one_source_extracts_only_it(story: tuple[Path, Path]) -> None:
    sources, claims = story
    settings = Settings(claims_dir=claims)
    run(sources, settings)
    added = ROOT / "tests" / "corpus" / "summit_geneva" / "wire_en.txt"
    shutil.copy(added, sources / "added_wire.txt")
    result: Result = run(sources, settings)
    assert result.analysed == ["added_wire"]
    assert "added_wire" in {s.id for s in result.report.sources}


def test_an_edited_source_is_read_and_extracted_again(story: tuple[Path, Path]) -> None:
    sources, claims = story
    settings = Settings(claims_dir=claims)
    before = run(sources, settings)
    edited = sorted(p for p in sources.iterdir() if p.suffix in (".txt", ".md"))[0]
    edited.write_text(edited.read_text("utf-8") + "\n\nA line added later.\n", "utf-8")
    after = run(sources, settings)
    sid = next(s.id for s in after.sources if Path(s.path).name == edited.name)
    assert after.analysed == [sid]
    changed = next(s for s in after.sources if s.id == sid)
    assert changed.text.endswith("A line added later.\n") or "A line added later." in changed.text
    assert changed.content_hash != next(s for s in before.sources if s.id == sid).content_hash


#: what a warm run must not load: the NLP stack, extractors, judging, HTML reading, the bar
HEAVY = ("spacy", "thinc", "reconcile.extract.participants", "reconcile.judge",
         "reconcile.lang.people", "reconcile.lang.places", "py3langid", "trafilatura",
         "tqdm", "dateparser", "distributed")


def test_a_warm_run_loads_no_model_no_extractor_no_judge(
    story: tuple[Path, Path], tmp_path: Path
) -> None:
    sources, claims = story
    _report(sources, claims, tmp_path / "1.md")  # fills the caches of this folder
    script = (
        "import sys\nfrom reconcile.cli import main\n"
        f"code = main([{str(sources)!r}, '--claims-dir', {str(claims)!r}, "
        f"'--out', {str(tmp_path / '2.md')!r}])\n"
        f"print(code, sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split("\n")[0] == "0 []", done.stdout + done.stderr
    assert (tmp_path / "2.md").read_bytes() == (tmp_path / "1.md").read_bytes()


def test_a_change_to_the_language_layer_re_extracts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # extraction reads the profiles and the gazetteer of reconcile/lang: a change there must
    # make every cached claim stale, as a change to reconcile/extract does
    from importlib import resources

    import reconcile.extract as extract

    before = extract.extractor_version()
    copy = tmp_path / "lang"
    shutil.copytree(Path(str(resources.files("reconcile.lang"))), copy,
                    ignore=shutil.ignore_patterns("__pycache__"))
    profile = copy / "data" / "en.yaml"
    profile.write_text(profile.read_text("utf-8") + "\n# an edit\n", "utf-8")
    real = resources.files
    monkeypatch.setattr(extract.resources, "files",
                        lambda pkg: copy if pkg == "reconcile.lang" else real(pkg))
    extract.extractor_version.cache_clear()
    try:
        assert extract.extractor_version() != before
    finally:
        monkeypatch.undo()
        extract.extractor_version.cache_clear()
    assert extract.extractor_version() == before
