"""The HTML report is one self-contained page: every quote marked at its offsets in its
article, no article text read as markup, nothing fetched from anywhere."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_cases import HOSTILE_TEXT, PLAIN_TEXT, QUOTES, hostile_report

from reconcile.cli import EXIT_OK, main
from reconcile.models import Report, Source
from reconcile.report import render

ROOT = Path(__file__).resolve().parent.parent
VOID = {"meta", "input", "br", "img", "link", "hr"}


class Page(HTMLParser):
    """The page as elements with their attributes, plus the text of every article and
    of every quote mark, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.article_text: dict[str, str] = {}
        self.marked: dict[str, str] = {}  # claim dom id -> the text marked for it
        self.scripts: list[str] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = (tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        tags = [t for t, _ in self.stack]
        if tags and tags[-1] == "script":
            self.scripts.append(data)
        if tags and tags[-1] == "style":
            self.styles.append(data)
        source = next((a.get("data-source") for t, a in self.stack if "data-source" in a), None)
        inside_text = any("text" in a.get("class", "").split() for _, a in self.stack)
        if source and inside_text:
            self.article_text[source] = self.article_text.get(source, "") + data
            for tag, attrs in self.stack:
                if tag == "mark":
                    for dom in attrs["data-c"].split():
                        self.marked[dom] = self.marked.get(dom, "") + data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, list[Source], str]:
    from reconcile.pipeline import run
    from reconcile.settings import Settings

    claims = tmp_path_factory.mktemp("claims")
    for path in (ROOT / "claims").glob("*.json"):  # the shipped cache: no re-analysis
        shutil.copy(path, claims)
    result = run(ROOT / "sources", Settings(claims_dir=claims))
    return result.report, result.sources, render(result.report, "html", result.sources)


def _dom_ids(report: Report) -> dict[str, str]:
    """claim id -> its id in the page (claims are numbered in report order)."""
    return {c.id: f"c{n}" for n, c in enumerate(report.claims)}


def test_every_quote_is_marked_at_its_offsets(seed: tuple[Report, list[Source], str]) -> None:
    report, sources, html = seed
    page = parse(html)
    for source in sources:  # the article text, whole and unchanged
        assert page.article_text[source.id] == source.text
    doms = _dom_ids(report)
    for claim in report.claims:
        assert page.marked[doms[claim.id]] == claim.quote


def test_every_value_links_to_its_mark(seed: tuple[Report, list[Source], str]) -> None:
    report, _, html = seed
    page = parse(html)
    links = [a for t, a in page.elements if t == "a" and "v" in a.get("class", "").split()]
    assert len(links) >= len(report.claims)
    anchors = {a["id"] for t, a in page.elements if t == "span" and a.get("class") == "anchor"}
    articles = {a["id"] for t, a in page.elements if "data-source" in a}
    for link in links:
        assert link["href"] == f"#m-{link['data-c']}" and link["href"][1:] in anchors
        assert link["data-a"] in articles


def test_page_is_self_contained(seed: tuple[Report, list[Source], str]) -> None:
    _, _, html = seed
    page = parse(html)
    fetching = [(t, a) for t, a in page.elements
                if t in ("link", "img", "iframe", "object", "embed", "video", "audio")
                or (t == "script" and "src" in a)]
    assert fetching == []
    assert not re.search(r"url\(|@import", "".join(page.styles))
    policy = next(a["content"] for t, a in page.elements
                  if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    # only this page's own style and script may run: the policy names them by hash
    assert len(page.scripts) == 1 and len(page.styles) == 1
    assert f"script-src {digest(page.scripts[0])}" in policy
    assert f"style-src {digest(page.styles[0])}" in policy


def test_conflicts_come_first_with_their_review_id(seed: tuple[Report, list[Source], str]
                                                   ) -> None:
    report, _, html = seed
    conflict = next(f for f in report.findings if f.verdict.value == "conflicting")
    assert html.index('id="sec-conflicting"') < html.index('id="sec-agreed"') < html.index(
        'id="sec-extra"') < html.index('id="delegations"')
    assert f"reconcile review SOURCES_DIR {conflict.id} --stands" in html
    assert html.count("bands: near") == 1  # the legend once, not in every reason


def test_hostile_article_is_text(tmp_path: Path) -> None:
    report, sources = hostile_report()
    html = render(report, "html", sources)
    page = parse(html)
    tags = {t for t, _ in page.elements}
    assert "img" not in tags and "b" not in tags and "u" not in tags and "em" not in tags
    assert [t for t, _ in page.elements].count("script") == 1  # the page's own
    assert not [a for _, a in page.elements if any(k.startswith("on") for k in a)]
    hrefs = [a["href"] for t, a in page.elements if t == "a"]
    assert not [h for h in hrefs if not h.startswith(("#", "https://"))], hrefs
    assert page.article_text["hostile"] == HOSTILE_TEXT  # shown as written, to the letter
    assert page.article_text["plain"] == PLAIN_TEXT
    doms = _dom_ids(report)
    for claim in report.claims:
        assert page.marked[doms[claim.id]] == claim.quote
    assert "javascript:window.__pwned=&#39;url&#39;" in html  # the url, as text
    assert "&lt;script&gt;window.__pwned=&#39;note&#39;&lt;/script&gt;" in html


def test_quote_off_its_offsets_is_not_marked() -> None:
    report, sources = hostile_report()
    moved = report.claims[0].model_copy(update={"start": 0, "end": 5})  # an edited article
    report = report.model_copy(update={"claims": [moved, *report.claims[1:]]})
    html = render(report, "html", sources)
    page = parse(html)
    assert "c0" not in page.marked
    assert 'class="v unplaced"' in html
    assert page.article_text["hostile"] == HOSTILE_TEXT


def test_without_the_articles_the_findings_still_show() -> None:
    report, _ = hostile_report()
    html = render(report, "html")
    assert "The article text is not in this report." in html
    assert QUOTES["duration"].replace("<", "&lt;").replace(">", "&gt;") in html


def test_possible_matches_are_listed_when_there_are_some() -> None:
    report, sources = hostile_report()
    html = render(report, "html", sources)
    section = html.split('id="possible"', 1)[1].split("</section>", 1)[0]
    assert 'href="#F-0000000005"' in section and 'href="#F-0000000006"' in section
    assert "frames &lt;em&gt;might&lt;/em&gt; be | the same" in section
    assert 'id="possible"' not in render(report.model_copy(update={"possible": []}), "html",
                                         sources)


def test_delegation_table_is_person_by_source() -> None:
    report, sources = hostile_report()
    html = render(report, "html", sources)
    table = html.split('class="delegations"', 1)[1].split("</table>", 1)[0]
    assert "<th>hostile</th><th>plain</th>" in table
    dupont = next(row for row in table.split("<tr>") if "Jean Dupont" in row)
    cells = '<td class="silent">—</td><td class="present">present</td></tr>'
    assert dupont.rstrip().endswith(cells)
    assert "&lt;b&gt;side&lt;/b&gt;" in dupont


def test_rendering_is_deterministic() -> None:
    report, sources = hostile_report()
    assert render(report, "html", sources) == render(report, "html", list(sources))


def test_cli_writes_the_html_report(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    for path in (ROOT / "claims").glob("*.json"):
        shutil.copy(path, claims)
    out = tmp_path / "seeds.html"
    args = [str(ROOT / "sources"), "--report", "html", "--claims-dir", str(claims), "--out",
            str(out)]
    assert main(args) == EXIT_OK
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")


def test_hostile_folder_end_to_end(tmp_path: Path) -> None:
    """Articles as an attacker would write them, through ingest and extraction: both human
    reports show their markup as text."""
    from test_report_markdown import REPORT_TAGS, commonmark

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "hostile.md").write_text(
        "---\ntitle: \"<script>alert('t')</script> Sommet | `x`\"\nurl: javascript:alert(1)\n"
        "outlet: <img src=x onerror=alert(1)>\ndate: 2025-08-15\nlang: fr\n---\n"
        "Les discussions de <b>Genève</b> ont duré près de trois heures, a indiqué "
        "<img src=x onerror=alert(2)> le porte-parole.\n\n"
        "Voir <a href=\"javascript:alert(3)\">ce lien</a> | [ici](javascript:alert(4)).\n",
        encoding="utf-8")
    (sources / "plain.txt").write_text(
        "Sommet\n\nLes discussions ont duré environ deux heures à Genève, a indiqué le "
        "porte-parole du gouvernement.\n", encoding="utf-8")
    claims = tmp_path / "claims"
    for fmt in ("html", "md"):
        out = tmp_path / f"report.{fmt}"
        args = [str(sources), "--report", fmt, "--claims-dir", str(claims), "--out", str(out)]
        assert main(args) == EXIT_OK
    page = parse((tmp_path / "report.html").read_text("utf-8"))
    assert [t for t, _ in page.elements].count("script") == 1
    assert not {"img", "b"} & {t for t, _ in page.elements}
    assert not [a for t, a in page.elements if t == "a" and "javascript" in a.get("href", "")]
    assert "<b>Genève</b>" in page.article_text["hostile"]
    parsed = commonmark((tmp_path / "report.md").read_text("utf-8"))
    assert parsed.tags <= REPORT_TAGS and parsed.hrefs == []
    assert "<script>alert('t')</script>" in "".join(parsed.text)  # the title, as text
