"""``reconcile batch STORIES_DIR``: a report and a summary line per story folder; exit 2
when a story failed, 1 when a story has unreviewed conflicts (unless --exit-zero), else 0;
the same reports whether the stories run here, in processes or on Dask."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.pipeline import run
from reconcile.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two stories (the shipped seeds, the Geneva summit of the corpus) and an empty
    folder, with the claims of both stories extracted once for the module."""
    root = tmp_path_factory.mktemp("batch")
    stories = root / "stories"
    shutil.copytree(ROOT / "sources", stories / "seeds")
    shutil.copytree(ROOT / "tests" / "corpus" / "summit_geneva", stories / "summit")
    (stories / "empty").mkdir()
    (stories / "empty" / "notes.yaml").write_text("not an article\n", encoding="utf-8")
    claims = root / "claims"
    for story in ("seeds", "summit"):
        run(stories / story, Settings(claims_dir=claims / story))
    return stories, claims


@pytest.fixture
def stories(tmp_path: Path, warm: tuple[Path, Path]) -> tuple[Path, Path]:
    shutil.copytree(warm[0], tmp_path / "stories")
    shutil.copytree(warm[1], tmp_path / "claims")
    return tmp_path / "stories", tmp_path / "claims"


def _batch(stories: Path, claims: Path, out: Path, *extra: str) -> int:
    return main(["batch", str(stories), "--claims-dir", str(claims), "--out-dir", str(out),
                 *extra])


def test_a_report_and_a_line_per_story_and_exit_1_on_unreviewed_conflicts(
    stories: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, claims = stories
    out = tmp_path / "reports"
    assert _batch(folder, claims, out) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].startswith("seeds: 2 sources, 1 conflicting (1 unreviewed), ")
    assert lines[0].endswith(f"0 re-analysed → {out / 'seeds.md'}")
    assert lines[1].startswith("summit: 5 sources, ")
    assert lines[2].startswith("2 stories: ") and lines[2].endswith(", 0 failed")
    assert f"{folder / 'empty'}: no article files: not a story (skipped)" in captured.err
    assert sorted(p.name for p in out.iterdir()) == ["seeds.md", "summit.md"]
    for story in ("seeds", "summit"):  # the very report a plain run of the story writes
        plain = tmp_path / f"{story}-plain.md"
        assert main([str(folder / story), "--claims-dir", str(claims / story),
                     "--out", str(plain)]) == 0
        assert (out / f"{story}.md").read_bytes() == plain.read_bytes()


def test_exit_zero_only_writes_the_reports(
    stories: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, claims = stories
    assert _batch(folder, claims, tmp_path / "out", "--exit-zero", "--report", "json") == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["seeds.json", "summit.json"]


def test_decided_conflicts_exit_0(
    stories: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, claims = stories
    for story in ("seeds", "summit"):
        report = run(folder / story, Settings(claims_dir=claims / story)).report
        entries = [f"{f.id}:\n  stands: both wrong\n  by: Test Editor\n  at: '2026-01-01'\n"
                   for f in report.findings if f.verdict == "conflicting"]
        (folder / story / "reconcile-decisions.yaml").write_text("\n".join(entries), "utf-8")
    assert _batch(folder, claims, tmp_path / "out") == 0
    assert "2 stories: 0 with unreviewed conflicts, 0 failed" in capsys.readouterr().out


def test_a_failed_story_exits_2_and_the_others_are_still_reported(
    stories: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, claims = stories
    (folder / "broken").mkdir()
    (folder / "broken" / "a.txt").write_text("   \n", encoding="utf-8")
    assert _batch(folder, claims, tmp_path / "out") == 2
    out = capsys.readouterr().out
    assert f"broken: Error: {folder / 'broken'}: no readable article among a.txt" in out
    assert "3 stories: 2 with unreviewed conflicts, 1 failed" in out
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["seeds.md", "summit.md"]


def test_processes_and_dask_give_the_same_reports_as_one_process(
    stories: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    folder, claims = stories
    runs = {"one": [], "pool": ["--jobs", "2"], "dask": ["--engine", "dask"]}
    summaries = {}
    for name, extra in runs.items():
        assert _batch(folder, claims, tmp_path / name, *extra) == 1
        summaries[name] = [line.split(" → ")[0] for line in capsys.readouterr().out.splitlines()]
    for name in ("pool", "dask"):
        assert summaries[name] == summaries["one"]
        for story in ("seeds.md", "summit.md"):
            assert (tmp_path / name / story).read_bytes() == (tmp_path / "one" / story).read_bytes()


def test_the_report_and_claims_folders_are_never_stories(
    stories: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, claims = stories
    inside = folder / "reports"
    shutil.move(claims, folder / "claims")
    for _ in range(2):  # the second run sees reports/ full of .md files
        assert _batch(folder, folder / "claims", inside, "--exit-zero") == 0
        assert capsys.readouterr().out.splitlines()[-1].startswith("2 stories: ")


@pytest.mark.parametrize(("make", "problem"), [
    (lambda p: p, "no story folder (a subfolder with article files) in it"),
    (lambda p: p / "missing", "not a folder of story folders"),
])
def test_no_stories_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, problem: str
) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    assert main(["batch", str(target), "--claims-dir", str(tmp_path / "c")]) == 2
    assert capsys.readouterr().err == f"Error: {target}: {problem}\n"
