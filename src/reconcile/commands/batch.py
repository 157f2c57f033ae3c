"""``reconcile batch STORIES_DIR``: every subfolder a story, reconciled on its own.

A story is one task: in this process, in ``--jobs`` local processes, or on a Dask cluster.
Each gets its own claims folder (``<claims dir>/<story>/``), its own decisions file (in the
story folder, as for a plain run) and its own report (``<out dir>/<story>.md`` or
``.json``). The report is not written into the story folder, where it would be read as an
article on the next run. A story whose input is unusable is reported as failed and the
others go on: one broken folder must not hide the reports of the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reconcile.engines import ENGINES
from reconcile.errors import ReconcileError, UsageError
from reconcile.progress import Progress
from reconcile.settings import Settings

EXTENSIONS = {"md": "md", "json": "json"}


@dataclass(frozen=True)
class StoryOutcome:
    story: str
    report: str | None = None
    sources: int = 0
    claims: int = 0
    conflicts: int = 0
    unreviewed: int = 0
    agreed: int = 0
    extra: int = 0
    analysed: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def summary(self) -> str:
        """One line for a CI log."""
        if self.error:
            return f"{self.story}: Error: {self.error}"
        return (
            f"{self.story}: {self.sources} sources, {self.conflicts} conflicting "
            f"({self.unreviewed} unreviewed), {self.agreed} agreed, {self.extra} extra, "
            f"{self.analysed} re-analysed → {self.report}"
        )


@dataclass(frozen=True)
class BatchOutcome:
    stories: list[StoryOutcome]
    skipped: list[str]  # subfolders without a single article file

    @property
    def failed(self) -> list[StoryOutcome]:
        return [s for s in self.stories if s.error]

    @property
    def unreviewed(self) -> list[StoryOutcome]:
        return [s for s in self.stories if s.unreviewed]


def find_stories(stories_dir: Path, outside: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The story folders of ``stories_dir`` and the subfolders skipped (no article file);
    ``outside`` (the claims and report folders) are never stories."""
    from reconcile.ingest import ARTICLE_SUFFIXES

    if not stories_dir.is_dir():
        raise UsageError(stories_dir, "not a folder of story folders")
    ours = {p.resolve() for p in outside}
    stories, skipped = [], []
    for sub in sorted(p for p in stories_dir.iterdir() if p.is_dir()):
        if sub.name.startswith(".") or sub.resolve() in ours:
            continue
        if any(f.suffix.lower() in ARTICLE_SUFFIXES for f in sub.iterdir() if f.is_file()):
            stories.append(sub)
        else:
            skipped.append(sub.name)
    if not stories:
        raise UsageError(stories_dir, "no story folder (a subfolder with article files) in it")
    return stories, skipped


def reconcile_story(story: str, settings: dict[str, Any], out: str, fmt: str) -> dict[str, Any]:
    """One story, start to end: plain arguments and a plain result, so that it runs as well
    in a process pool or on a Dask worker as here."""
    from reconcile.cache import WarmCache
    from reconcile.models import Verdict
    from reconcile.pipeline import run
    from reconcile.report import render
    from reconcile.store import atomic_write

    folder, chosen = Path(story), Settings.model_validate(settings)
    try:
        result = run(folder, chosen)
        report = result.report
        text = WarmCache(chosen.claims_dir, folder).rendered(
            report, fmt, lambda: render(report, fmt, result.sources)
        )
        atomic_write(Path(out), text)
    except ReconcileError as exc:
        return asdict(StoryOutcome(folder.name, error=exc.one_line()))
    conflicting = [f for f in report.findings if f.verdict is Verdict.CONFLICTING]
    counts = report.counts()
    return asdict(StoryOutcome(
        folder.name, report=out, sources=len(report.sources), claims=len(report.claims),
        conflicts=len(conflicting), unreviewed=sum(1 for f in conflicting if f.decision is None),
        agreed=counts["agreed"], extra=counts["extra"], analysed=len(result.analysed),
        warnings=list(result.warnings),
    ))


Task = tuple[str, dict[str, Any], str, str]


def _tasks(stories: list[Path], settings: Settings, out_dir: Path, fmt: str) -> list[Task]:
    out: list[Task] = []
    for story in stories:
        # one story, one process: its extraction runs in that process (no pool in a pool)
        own = settings.model_copy(update={"claims_dir": settings.claims_dir / story.name,
                                          "jobs": 1})
        report = out_dir / f"{story.name}.{EXTENSIONS[fmt]}"
        out.append((str(story), own.model_dump(mode="json"), str(report), fmt))
    return out


Runner = Callable[[list[Task], Settings, Progress | None], list[dict[str, Any]]]


def _in_process(tasks: list[Task], settings: Settings, progress: Progress | None
                ) -> list[dict[str, Any]]:
    results = []
    for task in tasks:
        results.append(reconcile_story(*task))
        if progress:
            progress.advance(1)
    return results


def _local_pool(jobs: int) -> Runner:
    def run_pool(tasks: list[Task], settings: Settings, progress: Progress | None
                 ) -> list[dict[str, Any]]:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(reconcile_story, *task) for task in tasks]
            for _ in as_completed(futures):
                if progress:
                    progress.advance(1)
            return [f.result() for f in futures]

    return run_pool


def _dask(scheduler: str | None) -> Runner:
    def run_dask(tasks: list[Task], settings: Settings, progress: Progress | None
                 ) -> list[dict[str, Any]]:
        from reconcile.engines.dask import DaskEngine

        results: list[dict[str, Any]] = DaskEngine(scheduler).map(
            settings, reconcile_story, tasks, progress
        )
        return results

    return run_dask


def batch(
    stories_dir: Path, settings: Settings, out_dir: Path, fmt: str = "md",
    engine: str = "local", scheduler: str | None = None, progress: Progress | None = None,
) -> BatchOutcome:
    """Reconcile every story folder of ``stories_dir``, a report each in ``out_dir``."""
    if fmt not in EXTENSIONS:
        raise UsageError("--report", f"unknown format {fmt!r}")
    if engine not in ENGINES:
        choices = ", ".join(ENGINES)
        raise UsageError("--engine", f"unknown engine {engine!r} (choose from {choices})")
    if engine == "local" and scheduler is not None:
        raise UsageError("--scheduler", "only goes with --engine dask")
    stories, skipped = find_stories(stories_dir, [settings.claims_dir, out_dir])
    tasks = _tasks(stories, settings, out_dir, fmt)
    jobs = min(settings.jobs, len(tasks))
    runner = _dask(scheduler) if engine == "dask" else (
        _local_pool(jobs) if jobs > 1 else _in_process)
    if progress:
        progress.start(len(tasks), "story")
    try:
        results = runner(tasks, settings, progress)
    finally:
        if progress:
            progress.close()
    return BatchOutcome([StoryOutcome(**r) for r in results], skipped)
