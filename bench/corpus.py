"""The benchmark's generated inputs (see bench/README.md).

- ``build_corpus``: N varied articles from the labelled articles of ``tests/corpus``
  (paragraphs shuffled, names and figures swapped from small lists, fixed seed);
- ``replicate``: a story of N sources from the real claims of a few such articles: each
  generated source is a near-copy of one of them (an outlet's credit line appended, so
  every quote keeps its offsets), its claims the same claims under the new source id. A
  few distinct values per topic, each repeated across hundreds of sources at 10,000, and
  many syndicated copies: the wire story picked up by every outlet.

Also imported by the tests (a small generated corpus), so it needs nothing but reconcile.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from reconcile.models import Claim, Source, claim_id

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
            # longest first, then by text: a set's order changes with each run's hash seed
            names = sorted({
                str(c["quote"]) for c in entry.get("claims") or []
                if c.get("slot") == "event.participants" and " " in str(c["quote"])
            }, key=lambda name: (-len(name), name))
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


def build_corpus(
    target: Path, n: int, seed: int = SEED, events: Sequence[str] | None = None
) -> dict[str, str]:
    """``n`` varied articles in ``target`` (of ``events`` only, when given): file name →
    event."""
    bases = [b for b in base_articles(CORPUS) if events is None or b.event in events]
    if not bases:
        sys.exit(f"bench: no labelled article of {events} under {CORPUS}")
    target.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    for i in range(n):
        base = bases[i % len(bases)]
        rng = random.Random(seed * 100_003 + i)
        name = f"{i:04d}_{base.event}_{base.path.stem}{base.path.suffix}"
        (target / name).write_text(vary(base, rng), encoding="utf-8")
        written[name] = base.event
    return written


# --------------------------------------------------------------------------- replicated story

OUTLETS = ["Gazette", "Courier", "Herald", "Tribune", "Observer", "Post", "Journal", "Echo"]


def replicate(
    pool: list[tuple[Source, list[Claim]]], n: int, seed: int = SEED
) -> tuple[list[Source], list[Claim]]:
    """``n`` sources and their claims, each a near-copy of a source of ``pool``."""
    rng = random.Random(seed)
    sources: list[Source] = []
    claims: list[Claim] = []
    for i in range(n):
        base, base_claims = pool[i % len(pool)]
        sid = f"s{i:05d}_{base.id}"[:60]
        outlet = f"{rng.choice(OUTLETS)} {i}"
        # appended, so that every quote keeps its offsets
        text = base.text + f"\n\n— {outlet}, with agencies\n"
        sources.append(base.model_copy(update={
            "id": sid, "path": f"generated/{sid}.txt", "outlet": outlet, "text": text,
            "content_hash": f"{i:064x}",
        }))
        for c in base_claims:
            claims.append(c.model_copy(update={
                "source": sid, "id": claim_id(sid, c.slot, c.subject, c.start, c.end),
            }))
    return sources, claims
