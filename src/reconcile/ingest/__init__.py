"""Ingest: a folder of article files → ``Source`` objects (text + metadata)."""

from __future__ import annotations

import hashlib
import re
import warnings as _warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from reconcile.errors import InputError, UsageError
from reconcile.ingest.decode import decode_article
from reconcile.ingest.formats import READERS
from reconcile.ingest.language import detect_language
from reconcile.ingest.published import publication_date
from reconcile.ingest.regions import find_regions
from reconcile.models import Region, Source

ARTICLE_SUFFIXES = frozenset(READERS)
#: spaCy's parser refuses longer texts (``nlp.max_length``); no news article comes near
MAX_ARTICLE_CHARS = 1_000_000
#: a file larger than this is refused before it is read (HTML markup included)
MAX_FILE_BYTES = 8_000_000


@dataclass
class Ingested:
    sources: list[Source]
    warnings: list[str] = field(default_factory=list)


def source_id(path: Path, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-") or "source"
    if base in taken:
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.name)
    return base


def article_paths(folder: Path, warnings: list[str] | None = None) -> list[Path]:
    """The article files of ``folder`` (or ``folder`` itself, one article), sorted.

    A link that leads outside the folder is skipped with a warning: a pull request adding
    ``sources/notes.txt -> ../../secrets.txt`` must not get that file quoted in a report."""
    if not folder.exists():
        raise UsageError(folder, "no such file or directory")
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise UsageError(folder, "not a folder of articles")
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise InputError(folder, f"cannot be listed ({exc.strerror})") from None
    root = folder.resolve()
    paths = []
    for path in entries:
        if path.name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        problem = _outside_or_missing(path, root)
        if problem is not None:
            if warnings is not None:
                warnings.append(f"{path}: {problem} (skipped)")
            continue
        paths.append(path)
    return paths


def _outside_or_missing(path: Path, root: Path) -> str | None:
    """Why ``path`` is not an article file of ``root``, or None when it is one."""
    try:
        target = path.resolve(strict=True)
        is_file = target.is_file()
    except (OSError, RuntimeError):  # a dangling link, a loop of links, no permission
        return "a link to nothing readable" if path.is_symlink() else "cannot be read"
    if not target.is_relative_to(root):
        return f"a link to {target}, outside the sources folder"
    return None if is_file else "not a file"


def read_source(
    path: Path, sid: str, display_path: str | None = None, warnings: list[str] | None = None
) -> Source:
    """One article; what is odd but usable about it (a date not read, a key not known)
    goes to ``warnings``, each line naming the file."""
    shown = display_path or str(path)
    raw = _read_bytes(path)
    text = decode_article(path, raw)
    if not text.strip():
        raise InputError(path, "the file is empty")
    reader = READERS[path.suffix.lower()]
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        parsed = reader(path, text)
    if len(parsed.text) > MAX_ARTICLE_CHARS:
        raise InputError(path, f"{len(parsed.text):,} characters of text, over the "
                               f"{MAX_ARTICLE_CHARS:,} an article may have (the parser's limit)")
    regions = parsed.regions + find_regions(parsed.text, parsed.body_start, parsed.has_title_line)
    regions.sort(key=lambda r: (r.start, r.end))
    readable = " ".join(parsed.text[r.start : r.end] for r in regions if r.kind in ("lead", "body"))
    lang, confidence = detect_language(readable or parsed.text)
    declared = parsed.meta.get("lang")
    published = publication_date(parsed.meta.get("date"))
    problems = [*parsed.warnings, *([published.problem] if published.problem else [])]
    if warnings is not None:
        warnings.extend(f"{shown}: {problem}" for problem in problems)
    return Source(
        id=sid,
        path=shown,
        title=parsed.meta.get("title") or _title_from_regions(parsed.text, regions),
        outlet=parsed.meta.get("outlet"),
        url=parsed.meta.get("url"),
        date=published.date,
        lang=(declared or lang).lower()[:2],
        text=parsed.text,
        content_hash=hashlib.sha256(raw).hexdigest(),
        regions=regions,
        lang_confidence=None if declared else round(confidence, 3),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # refused unread: a 30 MB file costs nothing
            raise InputError(path, f"{size:,} bytes, over the {MAX_FILE_BYTES:,} an article "
                                   "file may have")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None


class Reader(Protocol):
    def __call__(
        self, path: Path, sid: str, *, warnings: list[str] | None = None
    ) -> Source: ...


def load_sources(
    folder: Path, read: Reader = read_source
) -> Ingested:
    """Every article in ``folder``; unreadable files become warnings, not failures.
    ``read`` is ``read_source`` or one that reuses what an earlier run read."""
    result = Ingested(sources=[])
    paths = article_paths(folder, result.warnings)
    if not paths:
        if result.warnings:
            raise InputError(folder, "no usable article: " + "; ".join(result.warnings))
        raise UsageError(folder, "no article files (.txt, .md, .html) in this folder")
    taken: set[str] = set()
    for path in paths:
        sid = source_id(path, taken)
        try:
            source = read(path, sid, warnings=result.warnings)
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
