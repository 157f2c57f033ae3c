"""The labelled corpus: event folders, their `gold.yaml` (checked on load), and the gold
claims and `must_not` phrases of one article, found in its ingested text."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reconcile import safe_yaml
from reconcile.errors import InputError, UsageError


@dataclass
class GoldClaim:
    slot: str
    subject: str
    quotes: list[str]
    value: dict[str, Any]
    spans: list[tuple[int, int]] = field(default_factory=list)

    def describe(self) -> str:
        shown = {k: v for k, v in self.value.items() if v is not None}
        return f"{self.subject}: {_short(shown)} «{self.quotes[0]}»"


@dataclass
class MustNot:
    slot: str
    quote: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = text.find(quote)
    while quote and start >= 0:
        out.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return out


def gold_claims(entry: dict[str, Any], text: str) -> list[GoldClaim]:
    out: list[GoldClaim] = []
    for raw in entry.get("claims") or []:
        quotes = [str(raw["quote"]), *[str(q) for q in raw.get("also_quotes") or []]]
        claim = GoldClaim(
            slot=str(raw["slot"]),
            subject=str(raw.get("subject", "")),
            quotes=quotes,
            value=dict(raw.get("value") or {}),
        )
        for quote in quotes:
            claim.spans.extend(occurrences(text, quote))
        out.append(claim)
    return out


def must_nots(entry: dict[str, Any], text: str) -> list[MustNot]:
    out = []
    for raw in entry.get("must_not") or []:
        quote = str(raw["quote"])
        out.append(MustNot(slot=str(raw.get("slot", "*")), quote=quote,
                           spans=occurrences(text, quote)))
    return out


def _short(value: object, limit: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def load_gold(path: Path) -> dict[str, Any]:
    """A `gold.yaml`, checked: articles with their claims, topics with their verdicts."""
    try:
        data = safe_yaml.load_typed(path.read_text(encoding="utf-8"), path)  # no alias bombs
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(path, f"is not valid YAML{where}") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise InputError(path, "has no 'articles' mapping")
    _check_articles(path, data["articles"])
    topics = data.get("topics") or []
    if not isinstance(topics, list) or not all(
        isinstance(t, dict) and t.get("slot") and "subject" in t and t.get("verdict")
        for t in topics
    ):
        raise InputError(path, "'topics' must be a list of {slot, subject, verdict}")
    return data


def _check_articles(path: Path, articles: dict[str, Any]) -> None:
    for name, entry in articles.items():
        if not isinstance(entry, dict):
            raise InputError(path, f"article {name!r}: entry is not a mapping")
        for claim in entry.get("claims") or []:
            if not isinstance(claim, dict) or not claim.get("slot") or not claim.get("quote"):
                raise InputError(path, f"article {name!r}: a claim without slot or quote")


def event_dirs(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.is_dir():
        raise UsageError(corpus_dir, "no such folder")
    if (corpus_dir / "gold.yaml").is_file():
        return [corpus_dir]
    events = sorted(p for p in corpus_dir.iterdir() if p.is_dir() and (p / "gold.yaml").is_file())
    if not events:
        raise UsageError(corpus_dir, "no event folder with a gold.yaml in it")
    return events


def gold_slots(golds: Iterable[dict[str, Any]]) -> set[str]:
    """The slots some gold claim of the corpus uses (the others are counted, not scored)."""
    return {
        str(c["slot"]) for g in golds for e in g["articles"].values()
        for c in e.get("claims") or []
    }
