"""One reader per article format: text plus whatever metadata the file carries."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconcile import safe_yaml
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
    warnings: list[str] = field(default_factory=list)  # without the file name


#: the front-matter keys read; any other is reported (and ignored)
FRONT_MATTER_KEYS = ("title", "outlet", "url", "date", "lang")
#: keys other tools write for the same thing
_SYNONYMS = {
    "published": "date", "publish_date": "date", "pubdate": "date", "date_published": "date",
    "published_at": "date", "datetime": "date", "publication_date": "date",
    "source": "outlet", "publisher": "outlet", "publication": "outlet", "site": "outlet",
    "site_name": "outlet", "media": "outlet", "newspaper": "outlet", "journal": "outlet",
    "language": "lang", "locale": "lang", "langue": "lang",
    "link": "url", "permalink": "url", "canonical": "url", "source_url": "url",
    "headline": "title", "titre": "title",
}


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
    # every value as text: YAML would make `date: 2026-13-45` an error, `lang: no` False
    front = safe_yaml.load_text(text[3 : 3 + end.start()], path) or {}
    if not isinstance(front, dict):
        raise InputError(path, "front matter must be a mapping of keys to values")
    meta = {k: _meta_str(front.get(k)) for k in FRONT_MATTER_KEYS}
    parsed = Parsed(text=text, meta=meta, body_start=block_end)
    parsed.warnings.extend(_unknown_keys(front))
    parsed.warnings.extend(f"front-matter key '{k}' is not text (ignored)"
                           for k in FRONT_MATTER_KEYS if isinstance(front.get(k), dict | list))
    parsed.regions.append(Region(start=0, end=block_end, kind="meta"))
    # a Markdown body usually starts with its own "# Title" line; without a title
    # in the front matter, the first line is the title
    first = text[block_end:].lstrip("\n")
    parsed.has_title_line = first.startswith("#") or not meta.get("title")
    return parsed


def _unknown_keys(front: dict[Any, Any]) -> list[str]:
    out = []
    for key in front:
        name = str(key)
        if name in FRONT_MATTER_KEYS:
            continue
        close = _SYNONYMS.get(name.lower().replace("-", "_")) or next(
            iter(difflib.get_close_matches(name.lower(), FRONT_MATTER_KEYS, n=1, cutoff=0.75)),
            None,
        )
        hint = f" (did you mean '{close}'?)" if close else ""
        out.append(f"front-matter key '{name}' is not read{hint}; the keys read are "
                   f"{', '.join(FRONT_MATTER_KEYS)}")
    return out


_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}


def read_html(path: Path, text: str) -> Parsed:
    import trafilatura  # heavy import, only for HTML sources

    from reconcile.ingest.hidden import drop_hidden

    tree = trafilatura.load_html(text)
    if tree is None:
        raise InputError(path, "not an HTML page (it cannot be parsed)")
    # the page's own publication date only: htmldate's extensive search guesses a date
    # from any year in the page (a page dated after the run date came out as 1 January)
    doc: Any = trafilatura.bare_extraction(
        drop_hidden(tree), with_metadata=True, include_comments=False,
        date_extraction_params=_DATE_PARAMS,
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
    if value is None or isinstance(value, dict | list):  # `title: [a, b]` is no title
        return None
    return str(value).strip() or None
