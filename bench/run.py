"""Speed benchmark of reconcile (see bench/README.md).

    .venv/bin/python bench/run.py            # 200 articles, judging at 100 … 10,000 sources
    .venv/bin/python bench/run.py --quick    # 40 articles, judging at 100 and 1,000

One run prints, each figure measured in that run: extraction ÷ the raw spaCy parse of the
same texts (1 and 2 processes, against spaCy's own ``n_process=2``), the Dask engine
against the local one (byte-identical claims and reports?), a warm run of 100 unchanged
sources end to end, and alignment + judging time and peak RSS from cached claims at
100 / 1,000 / 3,000 / 10,000 sources with the fitted growth exponent; each size in a child
process with a time and memory limit, so that a size the code cannot handle reports
"timed out" instead of hanging the bench. Prints figures; never fails on time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/corpus.py, run as a script

from corpus import CORPUS, SEED, build_corpus, replicate
from tabulate import tabulate

from reconcile.engines.local import LocalEngine
from reconcile.extract import BATCH
from reconcile.extract.nlp import load_pipeline
from reconcile.ingest import load_sources
from reconcile.ingest.regions import blank_unread
from reconcile.models import Claim, Source
from reconcile.pipeline import Result, run
from reconcile.settings import Settings
from reconcile.store import ClaimStore

SIZES = (100, 1_000, 3_000, 10_000)

# --------------------------------------------------------------------------- measuring


@dataclass
class Timing:
    """Wall-clock seconds, and CPU seconds of this process plus its finished children."""

    wall: float = 0.0
    cpu: float = 0.0

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall + other.wall, self.cpu + other.cpu)


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@contextmanager
def timed() -> Iterator[Timing]:
    """Fills the yielded ``Timing`` when the block ends."""
    out = Timing()
    wall, cpu = time.perf_counter(), _cpu()
    yield out
    out.wall, out.cpu = time.perf_counter() - wall, _cpu() - cpu


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB. Of this process, Linux's ``VmHWM``: ``ru_maxrss`` of a
    child started by this one would count the parent it was forked from."""
    status = Path("/proc/self/status")
    if who == resource.RUSAGE_SELF and status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KB on Linux
    return resource.getrusage(who).ru_maxrss / scale


@dataclass
class Row:
    step: str
    articles: int
    timing: Timing
    note: str = ""

    def cells(self, parse: Timing) -> list[Any]:
        wall, cpu = self.timing.wall, self.timing.cpu
        rate = self.articles / wall if wall else float("inf")
        return [self.step, self.articles, f"{wall:.2f}", f"{rate:.1f}",
                f"{wall / parse.wall:.2f}×" if parse.wall else "", f"{cpu:.2f}",
                f"{cpu / parse.cpu:.2f}×" if parse.cpu else "", self.note]


def say(text: str) -> None:
    print(text, flush=True)


# --------------------------------------------------------------------------- extraction


def raw_parse(sources: list[Source], settings: Settings, rows: list[Row]) -> dict[int, Timing]:
    """The reference: ``nlp.pipe`` over the very texts the extractors parse, with 1 and
    with 2 processes (spaCy's own ``n_process``)."""
    by_lang: dict[str, list[str]] = {}
    for source in sources:
        if source.lang in settings.languages:
            by_lang.setdefault(source.lang or "", []).append(
                blank_unread(source.text, source.regions))
    pipelines = {lang: load_pipeline(lang, tuple(settings.models[lang])) for lang in by_lang}
    for nlp in pipelines.values():
        nlp("Warm-up sentence.")  # vectors and lazy tables, outside the timing
    parsed = sum(len(v) for v in by_lang.values())
    totals: dict[int, Timing] = {}
    for processes in (1, 2):
        total = Timing()
        for lang, texts in sorted(by_lang.items()):
            with timed() as t:
                for _doc in pipelines[lang].pipe(texts, batch_size=BATCH, n_process=processes):
                    pass
            total = total + t
        totals[processes] = total
        rows.append(Row(f"raw spaCy parse, n_process={processes}", parsed, total,
                        "the 1.00× reference" if processes == 1 else ""))
    return totals


def extraction(sources: list[Source], settings: Settings, rows: list[Row],
               parse: dict[int, Timing]) -> None:
    # the first article of each language loads the extractors' data once, outside the timing
    warm = {s.lang: s for s in reversed(sources) if s.lang in settings.languages}
    with timed() as t:
        LocalEngine().extract(list(warm.values()), settings)
    rows.append(Row("extractor warm-up (1 article a language)", len(warm), t, "one-off"))
    for jobs in (1, 2):
        with timed() as t:
            LocalEngine().extract(sources, settings.model_copy(update={"jobs": jobs}))
        versus = t.wall / parse[jobs].wall if parse[jobs].wall else 0.0
        rows.append(Row(f"extraction only, jobs={jobs}", len(sources), t,
                        f"{versus:.2f}× spaCy n_process={jobs} (goal ≤ "
                        f"{'1.25' if jobs == 1 else '1.10'}×)"))


# --------------------------------------------------------------------------- dask


def same_files(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.glob("*.json"))
    return names == sorted(p.name for p in b.glob("*.json")) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names)


def dask_step(articles: Path, work: Path, local: Result, local_claims: Path,
              rows: list[Row]) -> None:
    try:
        from reconcile.engines.dask import DaskEngine
    except Exception as exc:  # the extra is not installed: UsageError with the pip line
        say(f"dask: skipped ({exc})")
        return
    from reconcile.report import render

    claims = work / "claims-dask"
    with timed() as t:
        result = run(articles, Settings(claims_dir=claims), engine=DaskEngine())
    identical = same_files(local_claims, claims) and all(
        render(result.report, fmt) == render(local.report, fmt) for fmt in ("md", "json"))
    rows.append(Row("end to end, --engine dask (LocalCluster, 2 workers)", len(result.sources),
                    t, "claims and reports byte-identical to local: "
                    + ("yes" if identical else "NO")))


# --------------------------------------------------------------------------- warm run


def warm_run(articles: Path, claims: Path, work: Path, n: int) -> list[str]:
    """``reconcile`` on ``n`` unchanged sources, as a user runs it: a new process each time."""
    folder, cached = work / f"articles-{n}", work / f"claims-{n}"
    folder.mkdir(exist_ok=True)
    cached.mkdir(exist_ok=True)
    for path in sorted(p for p in articles.iterdir() if p.is_file())[:n]:
        shutil.copy(path, folder / path.name)
        claim_file = claims / f"{path.stem}.json"
        if claim_file.exists():  # the claims of the very same bytes: fresh for this folder too
            shutil.copy(claim_file, cached / claim_file.name)
    command = [sys.executable, "-m", "reconcile", str(folder), "--claims-dir", str(cached),
               "--out", str(work / "warm.md"), "--quiet"]
    walls, outputs = [], []
    for _ in range(4):
        with timed() as t:
            subprocess.run(command, check=True)
        walls.append(t.wall)
        outputs.append((work / "warm.md").read_bytes())
    same = "same report each time" if len(set(outputs)) == 1 else "REPORTS DIFFER"
    return [f"warm run of {n} unchanged sources (new process, end to end): "
            f"{statistics.median(walls[1:]):.2f} s median of 3 (goal ≤ 1 s); "
            f"the first, claims cached but not the judging: {walls[0]:.2f} s; {same}"]


# --------------------------------------------------------------------------- judging at scale


def write_pool(articles: Path, events: dict[str, str], claims: Path, target: Path) -> int:
    """The claims of the articles of the best-represented event, for ``replicate``."""
    counts: dict[str, int] = {}
    for event in events.values():
        counts[event] = counts.get(event, 0) + 1
    event = max(sorted(counts), key=lambda e: counts[e])
    store = ClaimStore(claims)
    pool = []
    for source in load_sources(articles).sources:
        if events.get(Path(source.path).name) != event:
            continue
        cached = store.load(source.id)
        if cached is not None:
            pool.append({"source": source.model_dump(mode="json"),
                         "claims": [c.model_dump(mode="json") for c in cached.claims]})
    target.write_text(json.dumps(pool, ensure_ascii=False), "utf-8")
    return len(pool)


def judge_child(pool_file: Path, n: int) -> None:
    """In the child process: replicate the pool to ``n`` sources, time align + judge."""
    from reconcile.pipeline import align_and_judge

    data = json.loads(pool_file.read_text("utf-8"))
    pool = [(Source.model_validate(d["source"]), [Claim.model_validate(c) for c in d["claims"]])
            for d in data]
    sources, claims = replicate(pool, n)
    before = peak_rss_mb()
    with timed() as t:
        findings = align_and_judge(claims, sources, Settings())[1]
    print(json.dumps({"seconds": t.wall, "rss_before_mb": before, "peak_rss_mb": peak_rss_mb(),
                      "claims": len(claims), "findings": len(findings)}))


def _limit_memory(gigabytes: float) -> Callable[[], None]:
    def apply() -> None:
        limit = int(gigabytes * 1024**3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def judge_scale(pool_file: Path, sizes: list[int], limit: float, memory_gb: float
                ) -> list[list[Any]]:
    table: list[list[Any]] = []
    done: list[tuple[int, float]] = []
    for n in sizes:
        command = [sys.executable, __file__, "--judge-child", str(n), "--pool", str(pool_file)]
        try:
            child = subprocess.run(command, capture_output=True, text=True, timeout=limit,
                                   preexec_fn=_limit_memory(memory_gb), check=False)
        except subprocess.TimeoutExpired:
            table.append([n, "", f"timed out after {limit:.0f} s", "", "", ""])
            say(f"  {n} sources: timed out after {limit:.0f} s")
            continue
        if child.returncode != 0:
            last = (child.stderr.strip().splitlines() or ["?"])[-1]
            why = f"out of memory (> {memory_gb:g} GB)" if "MemoryError" in last else last
            table.append([n, "", why, "", "", ""])
            say(f"  {n} sources: {why}")
            continue
        got = json.loads(child.stdout.strip().splitlines()[-1])
        done.append((n, got["seconds"]))
        table.append([n, got["claims"], f"{got['seconds']:.2f}", f"{got['peak_rss_mb']:.0f}",
                      f"{got['rss_before_mb']:.0f}", f"{got['findings']} findings"])
        say(f"  {n} sources: {got['seconds']:.2f} s, peak RSS {got['peak_rss_mb']:.0f} MB")
    exponent = growth_exponent(done)
    table.append(["growth exponent", "", f"{exponent:.2f}" if exponent is not None else "n/a",
                  "", "", f"fitted on {len(done)} sizes (goal ≤ 1.2)"])
    for (n1, s1), (n2, s2) in itertools.pairwise(done):
        local = growth_exponent([(n1, s1), (n2, s2)])
        table.append([f"  {n1:,} → {n2:,}", "", f"{local:.2f}", "", "", "between the two"])
    return table


def growth_exponent(points: list[tuple[int, float]]) -> float | None:
    """The slope of log(time) against log(size), least squares."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(s, 1e-6)) for _, s in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


# --------------------------------------------------------------------------- main


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="articles to generate")
    parser.add_argument("--quick", action="store_true", help="40 articles, judging ≤ 1,000")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--sizes", type=int, nargs="+", help=f"judging sizes (default {SIZES})")
    parser.add_argument("--limit", type=float, default=180, help="seconds a judging size")
    parser.add_argument("--memory-gb", type=float, default=6, help="memory a judging size")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask engine")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--judge-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pool", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.sizes = 40, args.sizes or [100, 1_000]
    if args.articles < 1:
        parser.error("--articles must be 1 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if args.judge_child:
        judge_child(args.pool, args.judge_child)
        return 0
    with tempfile.TemporaryDirectory(prefix="reconcile-bench-") as tmp:
        work = args.keep or Path(tmp)
        articles = work / "articles"
        events = build_corpus(articles, args.articles, args.seed)
        say(f"corpus: {args.articles} articles generated from {CORPUS} (seed {args.seed})")
        settings = Settings(claims_dir=work / "claims-local", jobs=1)
        rows: list[Row] = []
        with timed() as t:
            sources = load_sources(articles).sources
        rows.append(Row("ingest (read, regions, language)", len(sources), t))
        parse = raw_parse(sources, settings, rows)
        extraction(sources, settings, rows, parse)
        with timed() as t:
            local = run(articles, settings)
        rows.append(Row("end to end, jobs=1, fresh claims", len(local.sources), t,
                        f"{len(local.report.claims)} claims, {len(local.report.findings)} "
                        "findings"))
        if not args.no_dask:
            dask_step(articles, work, local, settings.claims_dir, rows)
        say(tabulate([r.cells(parse[1]) for r in rows], tablefmt="simple",
                     headers=["step", "articles", "wall s", "articles/s", "× raw parse",
                              "CPU s", "CPU × raw parse", "note"]))
        say(f"peak RSS: {peak_rss_mb():.0f} MB this process, "
            f"{peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB largest child process")
        for line in warm_run(articles, settings.claims_dir, work, min(100, args.articles)):
            say(line)
        pool = work / "pool.json"
        kept = write_pool(articles, events, settings.claims_dir, pool)
        say(f"alignment + judging from cached claims: near-copies of {kept} articles of one "
            f"event (limits: {args.limit:.0f} s, {args.memory_gb:g} GB a size)")
        table = judge_scale(pool, list(args.sizes or SIZES), args.limit, args.memory_gb)
        say(tabulate(table, headers=["sources", "claims", "align + judge s", "peak RSS MB",
                                     "RSS before MB", "note"], tablefmt="simple"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
