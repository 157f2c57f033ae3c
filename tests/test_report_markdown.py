"""The Markdown report fits a screen and shows article text as text, never as markup."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from report_cases import BANDS, LONG_WORD, QUOTES, hostile_report

from reconcile.models import Report
from reconcile.report import render
from reconcile.report.labels import Reason, split_reason
from reconcile.report.markdown import escape

ROOT = Path(__file__).resolve().parent.parent
#: the tags a Markdown report may render to; anything else came from article text
REPORT_TAGS = {"h1", "h2", "h3", "p", "strong", "em", "code", "ul", "li",
               "table", "thead", "tbody", "tr", "th", "td"}


@pytest.fixture(scope="module")
def seed_markdown(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, str]:
    from reconcile.pipeline import run
    from reconcile.settings import Settings

    claims = tmp_path_factory.mktemp("claims")
    for path in (ROOT / "claims").glob("*.json"):  # the shipped cache: no re-analysis
        shutil.copy(path, claims)
    report = run(ROOT / "sources", Settings(claims_dir=claims)).report
    return report, render(report, "md")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.rows: list[int] = []
        self.cells: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]
        if tag == "tr":
            self.rows.append(0)
        elif tag in ("td", "th"):
            self.rows[-1] += 1
            self.cells.append("")

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.cells:
            self.cells[-1] += data


def commonmark(markdown: str) -> Tags:
    tags = Tags()
    tags.feed(MarkdownIt("commonmark").enable("table").render(markdown))
    return tags


def test_seed_report_fits_a_screen(seed_markdown: tuple[Report, str]) -> None:
    widest = max(len(line) for line in seed_markdown[1].splitlines())
    assert widest < 200


def test_seed_report_keeps_every_finding_id_and_one_band_legend(
    seed_markdown: tuple[Report, str],
) -> None:
    report, text = seed_markdown
    assert all(f.id in text for f in report.findings)
    assert any("bands:" in f.reason for f in report.findings)  # the judge still appends it
    assert text.count("bands:") == 1
    assert "Hedge bands: near −8%" in text.split("## Agreed")[0]  # under the conflicts


def test_hostile_article_renders_as_text_in_commonmark() -> None:
    report, sources = hostile_report()
    text = render(report, "md", sources)
    parsed = commonmark(text)
    assert parsed.tags <= REPORT_TAGS, parsed.tags - REPORT_TAGS
    assert parsed.hrefs == []  # no link, no image, whatever the article writes
    shown = "".join(parsed.text)
    for quote in ("<b>près de trois heures</b>", "<img src=x onerror=", "<a href=",
                  "[ici](javascript:", "`code` &lt;i&gt; chez AT&T"):
        assert quote in shown  # shown as the article wrote it
    assert "<script>window.__pwned='note'</script>" in shown  # an editor's note too
    assert "# pas un titre" not in text  # (not quoted at all: no line of it is a heading)


def test_hostile_cells_do_not_break_tables() -> None:
    report, sources = hostile_report()
    parsed = commonmark(render(report, "md", sources))
    widths = set(parsed.rows)
    # conflict rows (3 cells), claim rows (5), delegations (3 + 2 sources), sources (5)
    assert widths == {3, 5}, parsed.rows
    # a renderer drops the cells past the header's: the pipe must stay inside its cell
    cells = [c.strip() for c in parsed.cells]
    assert "format · talks | link" in cells
    assert "«`code` &lt;i&gt; chez AT&T»" in cells


def test_long_word_is_cut_in_a_cell() -> None:
    report, sources = hostile_report()
    text = render(report, "md", sources)
    assert LONG_WORD not in text
    assert max(len(line) for line in text.splitlines()) < 200


def test_possible_matches_decision_and_consensus_are_shown() -> None:
    report, sources = hostile_report()
    text = render(report, "md", sources)
    section = text.split("## Check: possibly the same measurement", 1)[1].split("## ", 1)[0]
    section = " ".join(section.split())  # soft line breaks are spaces
    assert section.startswith("- tone: talks (F-0000000005)")
    assert "F-0000000005" in section and "F-0000000006" in section
    assert "frames &lt;em&gt;might&lt;/em&gt; be \\| the same" in section
    assert "Majority: &lt;i&gt;2 h&lt;/i&gt; (1 voice); outliers: hostile" in text
    assert "Reviewed by ed\\`itor on 2025-08-16T10:00:00+02:00: environ 2 h \\| &lt;u&gt;" in text


def test_no_possible_section_when_there_is_none() -> None:
    report, sources = hostile_report()
    text = render(report.model_copy(update={"possible": []}), "md", sources)
    assert "possibly the same" not in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a | b", "a \\| b"),
        ("`x`", "\\`x\\`"),
        ("<b>", "&lt;b&gt;"),
        ("&lt;", "&amp;lt;"),
        ("&#60;", "&amp;#60;"),
        ("AT&T and B & C", "AT&T and B & C"),  # no entity there: the ampersand stays readable
        ("[a](javascript:x)", "[a\\](javascript:x)"),
        ("[a][ref]", "[a\\][ref]"),
        ("[165–179 min] and", "[165–179 min] and"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two lines"),
    ],
)
def test_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_reason_loses_its_band_legend_and_reads_as_a_sentence() -> None:
    reason = split_reason(f"intervals [1–2 min] and [3–4 min] are disjoint; {BANDS}")
    assert reason.text == "intervals [1–2 min] and [3–4 min] are disjoint."
    assert reason.legend == f"Hedge {BANDS}"
    inline = split_reason(f"all 3 hedged intervals overlap ({BANDS})")
    assert (inline.text, inline.legend) == ("all 3 hedged intervals overlap.", f"Hedge {BANDS}")
    assert split_reason("compatible: the same value") == Reason("compatible: the same value.", None)


def test_reason_cuts_the_quotes_it_repeats() -> None:
    reason = split_reason(f"a «{'mot ' * 40}» vs b «court»").text
    assert "«court»" in reason and len(reason) < 100


def test_wrapped_lines_never_open_a_block() -> None:
    """A reason wrapped so that a line starts with '-', '#' or '1.' stays one paragraph."""
    from reconcile.report.markdown import _wrapped

    words = ("x" * 95) + " - not a list " + ("y" * 95) + " # not a heading " + ("z" * 95) + " 1. no"
    lines = _wrapped(words)
    assert len(lines) > 3
    parsed = commonmark("\n".join(lines))
    assert parsed.tags == {"p"}


def test_claims_column_names_qualifiers_once() -> None:
    report, sources = hostile_report()
    text = render(report, "md", sources)
    row = next(line for line in text.splitlines() if "près de 3 h" in line)
    assert "près de" not in row.replace("près de 3 h", "", 1).replace(
        "près de trois", "", 1)  # the hedge is in the value: not repeated as a qualifier
    assert QUOTES["place"] in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_tie_is_worded_as_no_majority(fmt: str) -> None:
    from reconcile.models import Consensus

    report, sources = hostile_report()
    finding = next(f for f in report.findings if f.consensus)
    finding.consensus = Consensus(
        value="2 h", support=1, sources=["plain"], majority=False, tied=["2 h", "3 h"]
    )
    text = " ".join(render(report, fmt, sources).split())
    assert "No majority:" in text and "3 h" in text
    assert "Majority:" not in text.replace("No majority:", "")
