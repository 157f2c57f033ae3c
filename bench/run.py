"""Throughput benchmark of the extraction pipeline (see bench/README.md).

    .venv/bin/python bench/run.py            # 500 articles
    .venv/bin/python bench/run.py --quick    # 60 articles
    .venv/bin/python bench/run.py --articles 1000

Builds a corpus of varied articles from tests/corpus in a temporary folder
(paragraphs shuffled, figures and names swapped from small lists, fixed seed),
then measures: raw spaCy parsing of the same texts (``nlp.pipe``), extraction
alone, the end-to-end pipeline with 1 and 2 processes (fresh claims folders),
and a second run with nothing changed (claims cache). Prints figures; never
fails on time.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from tabulate import tabulate

from reconcile.extract.nlp import load_pipeline
from reconcile.ingest import load_sources
from reconcile.ingest.regions import blank_unread
from reconcile.engines.local import LocalEngine
from reconcile.pipeline import run
from reconcile.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SEED = 20260314
ARTICLE_SUFFIXES = (".txt", ".md", ".html")

FIRST_NAMES = ["Anna", "Marc", "Sofia", "Lukas", "Nadia", "Pierre", "Helen", "Tomás"]
SURNAMES = ["Keller", "Novak", "Brennan", "Duval", "Okoye", "Lindqvist", "Moreau", "Castell"]
FIGURES = ["2", "3", "5", "12", "40", "75", "120", "450", "1 500", "3 000"]
FIGURES_EN = ["2", "3", "5", "12", "40", "75", "120", "450", "1,500", "3,000"]


# --------------------------------------------------------------------------- corpus


@dataclass
class Base:
    event: str
    path: Path
    text: str
    lang: str
    names: list[str]


def base_articles(corpus: Path) -> list[Base]:
    out: list[Base] = []
    for event in sorted(p for p in corpus.iterdir() if (p / "gold.yaml").is_file()):
        gold: dict[str, Any] = yaml.safe_load((event / "gold.yaml").read_text("utf-8"))
        for name, entry in sorted(gold["articles"].items()):
            path = event / name
            if not path.is_file():
                continue
            names = sorted({
                str(c["quote"]) for c in entry.get("claims") or []
                if c.get("slot") == "event.participants" and " " in str(c["quote"])
            }, key=len, reverse=True)
            out.append(Base(event.name, path, path.read_text("utf-8"), str(entry["lang"]), names))
    if not out:
        sys.exit(f"bench: no articles with gold.yaml under {corpus}")
    return out


def _split_head(text: str, suffix: str) -> tuple[str, str]:
    """What must stay first (front matter, date line, title) and the body."""
    if suffix == ".md" and text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        return text[:end], text[end:]
    first = text.find("\n\n")
    if first < 0:
        return "", text
    return text[: first + 2], text[first + 2 :]


_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:[  ,]\d{3})*(?![\w-]|[.,]\d)")


def vary(base: Base, rng: random.Random) -> str:
    """A deterministic variant: body paragraphs shuffled, names and figures swapped."""
    suffix = base.path.suffix
    head, body = _split_head(base.text, suffix)
    if suffix != ".html":
        paragraphs = body.split("\n\n")
        # keep the lead first and a trailing credit line last; shuffle the middle
        middle = paragraphs[1:-1]
        rng.shuffle(middle)
        body = "\n\n".join([*paragraphs[:1], *middle, *paragraphs[-1:]])
    for name in base.names:
        replacement = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        body = body.replace(name, replacement)
    figures = FIGURES if base.lang == "fr" else FIGURES_EN

    def swap(match: re.Match[str]) -> str:
        return rng.choice(figures) if rng.random() < 0.5 else match.group(0)

    body = _NUMBER.sub(swap, body)
    return head + body


def build_corpus(target: Path, n: int, seed: int = SEED) -> dict[str, int]:
    bases = base_articles(CORPUS)
    target.mkdir(parents=True, exist_ok=True)
    langs: dict[str, int] = {}
    for i in range(n):
        base = bases[i % len(bases)]
        rng = random.Random(seed * 100_003 + i)
        name = f"{i:04d}_{base.event}_{base.path.stem}{base.path.suffix}"
        (target / name).write_text(vary(base, rng), encoding="utf-8")
        langs[base.lang] = langs.get(base.lang, 0) + 1
    return langs


# --------------------------------------------------------------------------- measuring


@dataclass
class Row:
    step: str
    articles: int
    timing: Timing
    note: str = ""

    def cells(self, parse: Timing) -> list[Any]:
        wall, cpu = self.timing.wall, self.timing.cpu
        rate = self.articles / wall if wall else float("inf")
        ratio = f"{wall / parse.wall:.2f}×" if parse.wall else ""
        cpu_ratio = f"{cpu / parse.cpu:.2f}×" if parse.cpu else ""
        return [self.step, self.articles, f"{wall:.2f}", f"{rate:.1f}", ratio,
                f"{cpu:.2f}", cpu_ratio, self.note]


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


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its (waited-for) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KB on Linux
    return own / scale, children / scale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="articles to generate")
    parser.add_argument("--quick", action="store_true", help="60 articles")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args(argv)
    n = 60 if args.quick else args.articles
    if n < 1:
        parser.error("--articles must be 1 or more")

    with tempfile.TemporaryDirectory(prefix="reconcile-bench-") as tmp:
        work = Path(tmp)
        articles = args.keep or work / "articles"
        langs = build_corpus(articles, n, args.seed)
        print(f"corpus: {n} articles generated from {CORPUS} (seed {args.seed}): "
              + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())), flush=True)
        base = Settings()
        rows: list[Row] = []

        with timed() as t:
            sources = load_sources(articles).sources
        rows.append(Row("ingest (read, regions, language)", len(sources), t))

        by_lang: dict[str, list[str]] = {}
        for source in sources:
            if source.lang in base.languages:
                by_lang.setdefault(source.lang or "", []).append(
                    blank_unread(source.text, source.regions))
        pipelines = {lang: load_pipeline(lang, tuple(base.models[lang])) for lang in by_lang}
        for nlp in pipelines.values():
            nlp("Warm-up sentence.")  # load vectors and lazy tables outside the timing
        parse = Timing()
        for lang, texts in sorted(by_lang.items()):
            with timed() as t:
                for _doc in pipelines[lang].pipe(texts):
                    pass
            parse = parse + t
            rows.append(Row(f"raw spaCy parse, {lang} (nlp.pipe)", len(texts), t))
        parsed = sum(len(v) for v in by_lang.values())
        rows.append(Row("raw spaCy parse, all", parsed, parse, "the 1.00× reference"))

        # warm-up: the first article of each language loads the extractors' data
        # (dateparser, gazetteers, …) once, outside the timing
        warm = {s.lang: s for s in reversed(sources) if s.lang in pipelines}
        with timed() as t:
            LocalEngine().extract(list(warm.values()), base.model_copy(update={"jobs": 1}))
        rows.append(Row("extractor warm-up (1 article a language)", len(warm), t,
                        "one-off, in a real run too"))
        with timed() as t:
            LocalEngine().extract(sources, base.model_copy(update={"jobs": 1}))
        rows.append(Row("extraction only, jobs=1", len(sources), t, "goal ≤ 1.25×"))

        runs: dict[int, Path] = {}
        for jobs in (1, 2):
            claims = work / f"claims-{jobs}"
            runs[jobs] = claims
            with timed() as t:
                result = run(articles, Settings(claims_dir=claims, jobs=jobs))
            rows.append(Row(f"end to end, jobs={jobs}, fresh claims", len(result.sources), t,
                            f"{len(result.report.claims)} claims, "
                            f"{len(result.report.findings)} findings"))

        with timed() as t:
            again = run(articles, Settings(claims_dir=runs[1], jobs=1))
        rows.append(Row("end to end, nothing changed (cache)", len(again.sources), t,
                        f"{len(again.analysed)} re-analysed"))

    own, children = peak_rss_mb()
    print(tabulate([r.cells(parse) for r in rows],
                   headers=["step", "articles", "wall s", "articles/s", "× raw parse",
                            "CPU s", "CPU × raw parse", "note"],
                   tablefmt="simple"))
    print(f"peak RSS: {own:.0f} MB this process, {children:.0f} MB largest child process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
