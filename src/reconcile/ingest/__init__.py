"""Ingest: a folder of article files → ``Source`` objects (text + metadata)."""

from __future__ import annotations

import hashlib
import re
import warnings as _warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reconcile.errors import InputError, UsageError
from reconcile.ingest.decode import decode_article
from reconcile.ingest.formats import READERS
from reconcile.ingest.language import detect_language
from reconcile.ingest.regions import find_regions
from reconcile.models import Region, Source

ARTICLE_SUFFIXES = frozenset(READERS)


@dataclass
class Ingested:
    sources: list[Source]
    warnings: list[str] = field(default_factory=list)


def source_id(path: Path, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-") or "source"
    if base in taken:
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.name)
    return base


def article_paths(folder: Path) -> list[Path]:
    if not folder.exists():
        raise UsageError(folder, "no such file or directory")
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise UsageError(folder, "not a folder of articles")
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def read_source(path: Path, sid: str, display_path: str | None = None) -> Source:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    text = decode_article(path, raw)
    if not text.strip():
        raise InputError(path, "the file is empty")
    reader = READERS[path.suffix.lower()]
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        parsed = reader(path, text)
    regions = parsed.regions + find_regions(parsed.text, parsed.body_start, parsed.has_title_line)
    regions.sort(key=lambda r: (r.start, r.end))
    readable = " ".join(parsed.text[r.start : r.end] for r in regions if r.kind in ("lead", "body"))
    lang, confidence = detect_language(readable or parsed.text)
    declared = parsed.meta.get("lang")
    return Source(
        id=sid,
        path=display_path or str(path),
        title=parsed.meta.get("title") or _title_from_regions(parsed.text, regions),
        outlet=parsed.meta.get("outlet"),
        url=parsed.meta.get("url"),
        date=_iso_date(parsed.meta.get("date")),
        lang=(declared or lang).lower()[:2],
        text=parsed.text,
        content_hash=hashlib.sha256(raw).hexdigest(),
        regions=regions,
        lang_confidence=None if declared else round(confidence, 3),
    )


def load_sources(
    folder: Path, read: Callable[[Path, str], Source] = read_source
) -> Ingested:
    """Every article in ``folder``; unreadable files become warnings, not failures.
    ``read`` is ``read_source`` or one that reuses what an earlier run read."""
    paths = article_paths(folder)
    if not paths:
        raise UsageError(folder, "no article files (.txt, .md, .html) in this folder")
    result = Ingested(sources=[])
    taken: set[str] = set()
    for path in paths:
        sid = source_id(path, taken)
        try:
            source = read(path, sid)
        except InputError as exc:
            result.warnings.append(exc.one_line() + " (skipped)")
            continue
        taken.add(sid)
        result.sources.append(source)
    if not result.sources:
        raise InputError(folder, "no readable article among " + ", ".join(p.name for p in paths))
    return result


def _title_from_regions(text: str, regions: list[Region]) -> str | None:
    for region in regions:
        if region.kind == "title":
            title = text[region.start : region.end]
            for cap in regions:
                if cap.kind == "caption" and region.start <= cap.start < region.end:
                    title = title.replace(text[cap.start : cap.end], "")
            return title.strip() or None
    return None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    match = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    return match.group(1) if match else None
