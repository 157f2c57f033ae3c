"""``--report html``: one self-contained page an editor reads beside the articles.

Findings on the left (conflicts first), the articles on the right with every quote
marked at its offsets; a click on a value scrolls its article to the marked quote.
Jinja2 renders it with autoescape on, so no article text is ever read as HTML; on top
of that, a Content-Security-Policy lets only this page's own style and script run (by
their hashes) and forbids every network fetch.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from reconcile.models import (
    Claim,
    Finding,
    PossibleMatch,
    Region,
    Report,
    Source,
    SourceInfo,
    Verdict,
)
from reconcile.report.labels import (
    Delegate,
    delegations,
    qualifier_words,
    slot_label,
    split_reason,
    summary,
    topic_label,
)

SECTIONS = (
    (Verdict.CONFLICTING, "Conflicts"),
    (Verdict.AGREED, "Agreed"),
    (Verdict.EXTRA, "Extra (one source only)"),
)


@dataclass
class ClaimView:
    dom: str  # the claim's id in the page: c0, c1, … (claim ids hold a colon)
    claim: Claim
    value: str
    notes: list[str]
    article: str | None  # dom id of the article whose text holds the quote, if it does


@dataclass
class Column:
    source: str
    claims: list[ClaimView]


@dataclass
class FindingView:
    finding: Finding
    label: str
    slot: str
    reason: str
    columns: list[Column]
    silent: int  # sources of the story that say nothing on it


@dataclass
class Segment:
    text: str
    kind: str
    claims: str = ""  # dom ids of the claims quoting it, space-separated
    anchors: list[str] = field(default_factory=list)  # claims whose quote starts here


@dataclass
class ArticleView:
    dom: str
    info: SourceInfo
    link: str | None  # the url, only when it is a web address
    segments: list[Segment]
    count: int


@dataclass
class PossibleView:
    match: PossibleMatch
    sides: list[tuple[str, str, ClaimView | None]]  # finding id, subject, its claim


@dataclass
class Page:
    summary: str
    sections: list[tuple[str, str, list[FindingView]]]
    legends: dict[str, list[str]]  # the hedge-band legends, once under each section
    slots: list[tuple[str, str]]
    possible: list[PossibleView]
    source_ids: list[str]
    delegates: list[Delegate]
    articles: list[ArticleView]
    notes: list[str]
    style: Markup
    script: Markup
    policy: str


def _asset(name: str) -> str:
    return resources.files("reconcile.report").joinpath("templates", name).read_text("utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _web_link(url: str | None) -> str | None:
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def _claim_views(report: Report, texts: dict[str, str], articles: dict[str, str]
                 ) -> dict[str, ClaimView]:
    views = {}
    for n, claim in enumerate(report.claims):
        text = texts.get(claim.source)
        found = (text is not None and claim.source in articles and claim.end > claim.start
                 and text[claim.start : claim.end] == claim.quote)
        views[claim.id] = ClaimView(
            dom=f"c{n}", claim=claim, value=claim.text, notes=qualifier_words(claim),
            article=articles[claim.source] if found else None,
        )
    return views


def _finding_view(finding: Finding, views: dict[str, ClaimView], n_sources: int) -> FindingView:
    columns: dict[str, Column] = {}
    for cid in finding.claims:
        view = views.get(cid)
        if view is not None:
            columns.setdefault(view.claim.source, Column(view.claim.source, [])).claims.append(view)
    return FindingView(
        finding=finding, label=topic_label(finding), slot=slot_label(finding.slot),
        reason=split_reason(finding.reason).text,
        columns=sorted(columns.values(), key=lambda c: c.source),
        silent=n_sources - len(columns),
    )


def _kind(regions: list[Region], start: int, end: int) -> str:
    """The innermost region around a stretch of text (a caption inside a title)."""
    around = [r for r in regions if r.start <= start and end <= r.end]
    return min(around, key=lambda r: r.end - r.start).kind if around else "body"


def segments(text: str, regions: list[Region], quotes: list[ClaimView]) -> list[Segment]:
    """The text cut where a quote or a region starts or ends; each piece knows which
    quotes cover it, so overlapping quotes stay marked."""
    spans = [(v.claim.start, v.claim.end, v.dom) for v in quotes]
    cuts = sorted({0, len(text), *(p for s, e, _ in spans for p in (s, e)),
                   *(p for r in regions for p in (r.start, r.end) if 0 <= p <= len(text))})
    out = []
    for a, b in pairwise(cuts):
        covering = [(s, d) for s, e, d in spans if s <= a and b <= e]
        anchors = [d for s, d in covering if s == a]
        out.append(Segment(text[a:b], _kind(regions, a, b), " ".join(d for _, d in covering),
                           anchors))
    return out


def _articles(sources: Sequence[Source], report: Report, views: dict[str, ClaimView],
              doms: dict[str, str]) -> list[ArticleView]:
    by_id = {s.id: s for s in sources}
    of_source: dict[str, list[ClaimView]] = {}
    for view in views.values():
        of_source.setdefault(view.claim.source, []).append(view)
    out = []
    for info in report.sources:
        mine = of_source.get(info.id, [])
        quotes = [v for v in mine if v.article]
        source = by_id.get(info.id)
        pieces = segments(source.text, source.regions, quotes) if source else []
        out.append(ArticleView(doms[info.id], info, _web_link(info.url), pieces, len(mine)))
    return out


def _possible(report: Report, views: dict[str, ClaimView]) -> list[PossibleView]:
    return [
        PossibleView(p, [(f, s, views.get(c)) for f, s, c in
                         zip(p.findings, p.subjects, p.claims, strict=True)])
        for p in report.possible
    ]


def page(report: Report, sources: Sequence[Source]) -> Page:
    doms = {s.id: f"s{n}" for n, s in enumerate(report.sources)}
    texts = {s.id: s.text for s in sources}
    views = _claim_views(report, texts, doms)
    n_sources = len(report.sources)
    sections = [
        (verdict.value, title,
         [_finding_view(f, views, n_sources) for f in report.findings if f.verdict is verdict])
        for verdict, title in SECTIONS
    ]
    legends = {
        verdict.value: sorted({r.legend for f in report.findings if f.verdict is verdict
                               and (r := split_reason(f.reason)).legend})
        for verdict in Verdict
    }
    slots = sorted({(f.slot, slot_label(f.slot)) for f in report.findings}, key=lambda s: s[1])
    style, script = _asset("report.css"), _asset("report.js")
    policy = (f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}; "
              "img-src 'none'; form-action 'none'; base-uri 'none'")
    return Page(
        summary=summary(report), sections=sections, legends=legends, slots=slots,
        possible=_possible(report, views), source_ids=[s.id for s in report.sources],
        delegates=delegations(report), articles=_articles(sources, report, views, doms),
        notes=list(report.notes), style=Markup(style), script=Markup(script), policy=policy,
    )


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("reconcile.report", "templates"),
        autoescape=True,  # every template, whatever its name: article text is never HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(report: Report, sources: Sequence[Source] = ()) -> str:
    return environment().get_template("report.html.j2").render(page=page(report, sources))
