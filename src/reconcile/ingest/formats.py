"""One reader per article format: text plus whatever metadata the file carries."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reconcile.errors import InputError
from reconcile.models import Region

# The seed header: " date 2025-08-15 Some title" on the first line.
_SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@dataclass
class Parsed:
    text: str
    meta: dict[str, str | None] = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    body_start: int = 0
    has_title_line: bool = True


def read_txt(path: Path, text: str) -> Parsed:
    parsed = Parsed(text=text)
    header = _SEED_HEADER.match(text)
    if header:
        parsed.meta["date"] = header.group(1)
        parsed.regions.append(Region(start=header.start(), end=header.end(), kind="meta"))
        # the rest of the header line is the title
        parsed.body_start = header.end()
    return parsed


def read_md(path: Path, text: str) -> Parsed:
    if not text.startswith("---"):
        return Parsed(text=text)
    end = re.search(r"^(?:---|\.\.\.)\s*$", text[3:], flags=re.MULTILINE)
    if end is None:
        raise InputError(path, "front matter opened with '---' is never closed")
    block_end = 3 + end.end()
    try:
        front = yaml.safe_load(text[3 : 3 + end.start()]) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        raise InputError(f"{path}:{line}", "front matter is not valid YAML") from None
    if not isinstance(front, dict):
        raise InputError(path, "front matter must be a mapping of keys to values")
    meta = {k: _meta_str(front.get(k)) for k in ("title", "outlet", "url", "date", "lang")}
    parsed = Parsed(text=text, meta=meta, body_start=block_end)
    parsed.regions.append(Region(start=0, end=block_end, kind="meta"))
    # a Markdown body usually starts with its own "# Title" line; without a title
    # in the front matter, the first line is the title
    first = text[block_end:].lstrip("\n")
    parsed.has_title_line = first.startswith("#") or not meta.get("title")
    return parsed


_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}


def read_html(path: Path, text: str) -> Parsed:
    import trafilatura  # heavy import, only for HTML sources

    # the page's own publication date only: htmldate's extensive search guesses a date
    # from any year in the page (a page dated after the run date came out as 1 January)
    doc: Any = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    if isinstance(doc, dict):  # older trafilatura returns a dict
        doc = type("Doc", (), doc)
    extracted: str = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not extracted.strip():
        raise InputError(path, "no article text found in the HTML")
    body = "\n\n".join(line.strip() for line in extracted.split("\n") if line.strip())
    lang = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", text)
    meta: dict[str, str | None] = {
        "title": doc.title,
        "outlet": doc.sitename,
        "url": doc.url,
        "date": doc.date,
        "lang": lang.group(1).lower() if lang else None,
    }
    first = body.split("\n", 1)[0].strip()
    return Parsed(text=body, meta=meta, has_title_line=bool(doc.title) and first == doc.title)


READERS = {
    ".txt": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
}


def _meta_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip() or None
