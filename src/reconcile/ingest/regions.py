"""Which stretches of an article are text to read, and which are not.

Photo credits, "(DR)" marks and the seed header's ``date`` field are kept in
the text (quotes and offsets stay exact) but marked so no claim comes from them.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from reconcile.models import Region
from reconcile.safe_yaml import load_data


@cache
def _caption_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_data(
        resources.files("reconcile.ingest").joinpath("captions.yaml").read_text("utf-8")
    )
    line = re.compile("|".join(f"(?:{p})" for p in data["line_prefixes"]), re.IGNORECASE)
    inline = re.compile("|".join(f"(?:{p})" for p in data["inline_marks"]), re.IGNORECASE)
    return line, inline


def _lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_regions(text: str, body_start: int = 0, has_title_line: bool = False) -> list[Region]:
    """Split ``text[body_start:]`` into title, caption, lead and body regions.

    The lead is the first paragraph of article text after the title; a short
    line with no final punctuation between paragraphs is a sub-heading (body).
    """
    line_re, inline_re = _caption_patterns()
    regions: list[Region] = []
    lines = [(s, e) for s, e in _lines(text, body_start) if text[s:e].strip()]
    seen_title = not has_title_line
    lead_done = False
    for s, e in lines:
        content = text[s:e]
        stripped = content.strip()
        lead_s = s + (len(content) - len(content.lstrip()))
        if line_re.match(stripped):
            regions.append(Region(start=s, end=e, kind="caption"))
            continue
        for mark in inline_re.finditer(content):
            regions.append(Region(start=s + mark.start(), end=s + mark.end(), kind="caption"))
        if not seen_title:
            seen_title = True
            # a first line that reads as a paragraph is the lead: the file has no title
            if len(stripped) <= 150 and not stripped.endswith("."):
                regions.append(Region(start=lead_s, end=e, kind="title"))
                continue
        if not lead_done and _is_paragraph(stripped):
            regions.append(Region(start=lead_s, end=e, kind="lead"))
            lead_done = True
        else:
            regions.append(Region(start=lead_s, end=e, kind="body"))
    return sorted(regions, key=lambda r: (r.start, r.end))


def _is_paragraph(line: str) -> bool:
    return len(line) > 80 or line.endswith((".", "!", "?", "»", '"', "”"))


def blank_unread(text: str, regions: list[Region]) -> str:
    """The text the parser reads, same length as ``text`` (offsets stay exact):

    * meta and caption regions blanked;
    * a heading — a line with no final punctuation before a blank line (the title,
      a subheading) — closed by a full stop in place of its line break, so that
      the parser and the entity recogniser do not run it into the next paragraph
      ("Talks in Geneva\n\nJane Holt said…" is not one sentence, nor one name).
    """
    chars = list(text)
    for region in regions:
        if region.kind in ("meta", "caption"):
            for i in range(region.start, region.end):
                if chars[i] != "\n":
                    chars[i] = " "
    for m in _HEADING_END.finditer("".join(chars)):
        chars[m.start(1)] = "."
    return "".join(chars)


# a line's last visible character with no final punctuation, then a blank line
_HEADING_END = re.compile(r"[^\s.!?…:;»\"”)\]][ \t]*(\n)[ \t]*\n")
