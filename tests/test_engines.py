"""Extraction engines: the Dask engine (a LocalCluster of 2 worker processes, as CI has)
gives byte for byte the claims files and reports of the local engine, loads spaCy once per
worker, and leaves a claims cache that a later local run finds warm."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reconcile.cli import main
from reconcile.engines import engine
from reconcile.engines.local import LocalEngine
from reconcile.errors import UsageError
from reconcile.ingest import load_sources
from reconcile.pipeline import run
from reconcile.report import render
from reconcile.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def bench_corpus() -> ModuleType:
    """``bench/corpus.py``, the benchmark's article generator."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class Recorder:
    """A ``Progress`` that writes down what it is told."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def start(self, total: int, unit: str) -> None:
        self.events.append(("start", (total, unit)))

    def advance(self, done: int) -> None:
        self.events.append(("advance", done))

    def close(self) -> None:
        self.events.append(("close", None))

    def advanced(self) -> int:
        return sum(n for kind, n in self.events if kind == "advance")


def claims_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json"))}


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        yield str(cluster.scheduler_address)


def test_dask_gives_the_local_claims_and_reports_byte_for_byte_on_the_seeds(
    scheduler: str, tmp_path: Path
) -> None:
    seeds = ROOT / "sources"
    for name, extra in (("local", []), ("dask", ["--engine", "dask", "--scheduler", scheduler])):
        for fmt in ("md", "json"):
            code = main([str(seeds), "--claims-dir", str(tmp_path / f"claims-{name}"),
                         "--report", fmt, "--out", str(tmp_path / f"{name}.{fmt}"), *extra])
            assert code == 0
    assert claims_files(tmp_path / "claims-dask") == claims_files(tmp_path / "claims-local")
    assert len(claims_files(tmp_path / "claims-local")) == len(load_sources(seeds).sources)
    for fmt in ("md", "json"):
        assert (tmp_path / f"dask.{fmt}").read_bytes() == (tmp_path / f"local.{fmt}").read_bytes()


def test_dask_matches_local_on_a_generated_corpus_loading_spacy_once_a_worker(
    scheduler: str, tmp_path: Path
) -> None:
    from reconcile.engines.dask import DaskEngine

    articles = tmp_path / "articles"
    bench_corpus().build_corpus(articles, 24)
    local = run(articles, Settings(claims_dir=tmp_path / "local"))
    progress = Recorder()
    dask = run(articles, Settings(claims_dir=tmp_path / "dask"), progress=progress,
               engine=DaskEngine(scheduler))
    assert len(dask.analysed) == 24
    assert claims_files(tmp_path / "dask") == claims_files(tmp_path / "local")
    for fmt in ("md", "json"):
        assert render(dask.report, fmt) == render(local.report, fmt)
    assert progress.events[0] == ("start", (24, "article"))
    assert progress.advanced() == 24 and progress.events[-1] == ("close", None)

    from distributed import Client

    with Client(scheduler) as client:
        # each worker loaded every pipeline once, when it joined, whatever tasks it ran
        # (the function goes by value: the workers need not import this test module)
        loaded = client.run(lambda: __import__("reconcile.extract.nlp", fromlist=["nlp"])
                            .load_pipeline.cache_info().misses)
    assert list(loaded.values()) == [len(Settings().languages)] * 2

    shutil.rmtree(tmp_path / "dask" / ".cache")  # the claims alone must make it warm
    again = run(articles, Settings(claims_dir=tmp_path / "dask"))
    assert again.analysed == []
    assert render(again.report, "md") == render(local.report, "md")


def test_workers_with_another_extractor_version_are_refused(
    scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reconcile.extract
    from reconcile.engines.dask import DaskEngine

    sources = load_sources(ROOT / "sources").sources
    monkeypatch.setattr(reconcile.extract, "extractor_version", lambda: "not-the-workers")
    with pytest.raises(UsageError, match=r"extractor version .* install the same reconcile"):
        DaskEngine(scheduler).extract(sources, Settings())


def test_without_dask_the_engine_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    monkeypatch.delitem(sys.modules, "reconcile.engines.dask", raising=False)
    code = main([str(ROOT / "sources"), "--engine", "dask", "--claims-dir", str(tmp_path)])
    assert code == 2
    assert capsys.readouterr().err == (
        "Error: --engine dask: needs Dask, which is not installed "
        "(pip install 'reconcile[dask]')\n"
    )


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main([str(ROOT / "sources"), "--scheduler", "tcp://127.0.0.1:8786",
                 "--claims-dir", str(tmp_path)])
    assert code == 2
    assert capsys.readouterr().err == "Error: --scheduler: only goes with --engine dask\n"


def test_a_scheduler_that_is_no_address_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    code = main([str(ROOT / "sources"), "--engine", "dask", "--scheduler", "nonsense://x",
                 "--claims-dir", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: nonsense://x: no Dask cluster (unknown address scheme")
    assert err.count("\n") == 1


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(UsageError, match="unknown engine 'spark'"):
        engine("spark")


def test_the_local_engine_reports_progress_in_articles() -> None:
    sources = load_sources(ROOT / "sources").sources
    progress = Recorder()
    claims = LocalEngine().extract(sources, Settings(), progress)
    assert len(claims) == len(sources) and all(claims)
    assert progress.events[0] == ("start", (len(sources), "article"))
    assert progress.advanced() == len(sources)
    assert progress.events[-1] == ("close", None)
    assert LocalEngine().extract([], Settings(), progress) == []
