"""The HTML report in a real browser: Debian's headless Chromium, driven by Playwright.

No browser is downloaded: the tests use /usr/bin/chromium (apt package ``chromium``,
which ``.ci/run`` installs when missing). Without it they fail when ``CI`` is set and
are skipped, saying why, elsewhere. Each page is opened from a file with the browser
offline, and must log no error and ask for nothing but itself.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from report_cases import HOSTILE_TEXT, LONG_WORD, QUOTES, hostile_report

from reconcile.models import Report, Source
from reconcile.report import render

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1440, "height": 900}


def _unavailable(reason: str) -> None:
    message = f"browser tests need Debian's Chromium: {reason}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI must install it: see .ci/run)", pytrace=False)
    pytest.skip(f"{message} (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - the test extra installs it
        _unavailable(f"playwright is not importable ({exc})")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=str(CHROMIUM),
            headless=True, args=FLAGS, viewport=VIEWPORT, offline=True,
        )
        try:
            yield context
        finally:
            context.close()


@dataclass
class Opened:
    page: Page
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)


@pytest.fixture
def open_report(browser: BrowserContext, tmp_path: Path) -> Iterator[Any]:
    """``open_report(html)``: the page loaded from a file; on teardown, it must have
    logged no error and fetched nothing but that file."""
    opened: list[Opened] = []

    def load(html: str, name: str = "report.html") -> Opened:
        path = tmp_path / name
        path.write_text(html, "utf-8")
        tab = Opened(browser.new_page())
        tab.page.on("console", lambda m: m.type in ("error", "warning") and tab.errors.append(
            f"console {m.type}: {m.text}"))
        tab.page.on("pageerror", lambda e: tab.errors.append(f"page error: {e}"))
        tab.page.on("request", lambda r: tab.requests.append(r.url))
        tab.page.goto(path.as_uri())
        opened.append(tab)
        return tab

    yield load
    for tab in opened:
        assert tab.errors == []
        assert {u for u in tab.requests if u != tab.page.url.split("#")[0]} == set()
        tab.page.close()


def _run(sources: Path, claims: Path, shipped: Path | None = None) -> tuple[Report, list[Source]]:
    from reconcile.pipeline import run
    from reconcile.settings import Settings

    claims.mkdir(exist_ok=True)
    for path in shipped.glob("*.json") if shipped else ():
        shutil.copy(path, claims)
    result = run(sources, Settings(claims_dir=claims))
    return result.report, result.sources


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, str]:
    report, sources = _run(ROOT / "sources", tmp_path_factory.mktemp("c"), ROOT / "claims")
    return report, render(report, "html", sources)


# What a reader sees of an element: whether it is displayed and within both the viewport
# and the scrolled article panel.
IN_VIEW = """(el) => {
  const r = el.getBoundingClientRect();
  const p = document.getElementById("articles").getBoundingClientRect();
  return r.height > 0 && r.top >= Math.max(0, p.top) && r.bottom <= Math.min(innerHeight, p.bottom);
}"""


def _deepest_link(report: Report, article: str) -> str:
    """A selector for the value whose quote sits furthest down ``article`` (the second
    source's: hidden until asked for, and far below the panel's top)."""
    source = report.sources[int(article[1:])].id
    claim = max((c for c in report.claims if c.source == source), key=lambda c: c.start)
    dom = f"c{report.claims.index(claim)}"
    return f'main a.v[data-c="{dom}"]'


def test_click_on_a_value_scrolls_its_article_to_the_marked_quote(
    open_report: Any, seed_html: tuple[Report, str]
) -> None:
    report, html = seed_html
    tab = open_report(html)
    assert tab.js("() => document.getElementById('s1').hidden")  # one article at a time
    link = _deepest_link(report, "s1")
    dom = tab.page.get_attribute(link, "data-c")
    claim = report.claims[int(dom[1:])]
    tab.page.click(link)
    assert tab.js("() => [document.getElementById('s0').hidden, "
                  "document.getElementById('s1').hidden]") == [True, False]
    assert tab.page.input_value("#article") == "s1"
    marks = tab.page.locator("mark.on")
    assert "".join(marks.all_inner_texts()) == claim.quote
    assert marks.first.evaluate(IN_VIEW)
    on, off = tab.js("""() => [getComputedStyle(document.querySelector('mark.on')).backgroundColor,
        getComputedStyle(document.querySelector('mark:not(.on)')).backgroundColor]""")
    assert on != off  # the chosen quote stands out from the other marked ones
    assert tab.page.get_attribute(link, "aria-current") == "true"
    # another value: the previous mark is released
    tab.page.click('#sec-conflicting a.v >> nth=0')
    assert tab.js("() => document.getElementById('s0').hidden") is False
    assert tab.page.locator("mark.on").first.evaluate(IN_VIEW)
    assert claim.quote not in "".join(tab.page.locator("mark.on").all_inner_texts())


def test_filters_by_verdict_and_slot_and_search(open_report: Any,
                                                seed_html: tuple[Report, str]) -> None:
    report, html = seed_html
    tab = open_report(html)
    visible = "() => [...document.querySelectorAll('main .finding')].filter(f => !f.hidden)" \
              ".map(f => [f.dataset.verdict, f.dataset.slot, f.textContent])"
    assert len(tab.js(visible)) == len(report.findings)
    tab.page.uncheck("input[value=agreed]")
    tab.page.uncheck("input[value=extra]")
    shown = tab.js(visible)
    assert shown and {v for v, _, _ in shown} == {"conflicting"}
    assert tab.page.is_hidden("#sec-agreed")
    tab.page.check("input[value=agreed]")
    tab.page.check("input[value=extra]")
    tab.page.select_option("#slot", "event.participants")
    participants = [f for f in report.findings if f.slot == "event.participants"]
    assert {s for _, s, _ in tab.js(visible)} == {"event.participants"}
    assert tab.page.text_content("#shown") == (
        f"{len(participants)} of {len(report.findings)} topics shown")
    tab.page.select_option("#slot", "")
    tab.page.fill("#search", "reunion")  # without its accent, and any case
    shown = tab.js(visible)
    assert shown and all("réunion" in text.casefold() for _, _, text in shown)
    tab.page.fill("#search", "POUTINE present")  # every word must be found
    shown = tab.js(visible)
    assert shown and all("poutine" in t.casefold() and "present" in t for _, _, t in shown)
    assert len(shown) < len(report.findings)
    tab.page.fill("#search", "no such words anywhere")
    assert tab.js(visible) == []


def test_print_shows_every_article_and_no_controls(open_report: Any,
                                                  seed_html: tuple[Report, str]) -> None:
    _, html = seed_html
    tab = open_report(html)
    tab.page.emulate_media(media="print")
    shown = tab.js("() => [...document.querySelectorAll('aside .source')]"
                   ".map(a => getComputedStyle(a).display !== 'none')")
    assert shown == [True, True]
    assert tab.page.is_hidden("#filters")


def test_seed_report_screenshot(open_report: Any, seed_html: tuple[Report, str],
                                tmp_path: Path, update_golden: bool) -> None:
    _, html = seed_html
    tab = open_report(html)
    tab.page.click("#sec-conflicting a.v >> nth=0")
    shot = tab.page.screenshot(path=str(tmp_path / "seeds.png"))
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 50_000  # a page, not a blank
    if update_golden:  # the README's picture of the report
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(tmp_path / "seeds.png", ROOT / "docs" / "report.png")


def test_larger_story(open_report: Any, tmp_path: Path) -> None:
    story = ROOT / "tests" / "corpus" / "summit_geneva"
    report, sources = _run(story, tmp_path / "claims")
    tab = open_report(render(report, "html", sources), "summit.html")
    assert tab.page.locator("aside .source").count() == len(sources) >= 5
    last = f"s{len(sources) - 1}"
    link = _deepest_link(report, last)
    tab.page.click(link)
    assert tab.page.input_value("#article") == last
    assert tab.page.locator("mark.on").first.evaluate(IN_VIEW)
    shot = tab.page.screenshot(path=str(tmp_path / "summit.png"))
    assert len(shot) > 50_000


def test_hostile_article_is_shown_as_text(open_report: Any) -> None:
    report, sources = hostile_report()
    tab = open_report(render(report, "html", sources), "hostile.html")
    assert tab.js("() => window.__pwned") is None
    assert tab.js("() => document.querySelectorAll('img, b, u, em, iframe').length") == 0
    assert tab.js("() => document.scripts.length") == 1
    assert tab.js("() => [...document.links].filter(a => !/^(file|https):/.test(a.href))"
                  ".map(a => a.href)") == []
    text = tab.page.inner_text("#s0 .text")
    assert "<script>window.__pwned = 'title'</script>" in text
    assert tab.page.text_content("#s0 .text") == HOSTILE_TEXT
    assert tab.page.inner_text("#s0 header h2").startswith("<script>")
    # the very long word wraps inside its panel: the page does not scroll sideways
    assert tab.js("() => document.documentElement.scrollWidth <= innerWidth")
    assert tab.js("() => [...document.querySelectorAll('.text, .finding')]"
                  ".every(e => e.scrollWidth <= e.clientWidth + 1)")
    long_claim = next(c for c in report.claims if LONG_WORD in c.quote)
    tab.page.click(f'main a.v[data-c="c{report.claims.index(long_claim)}"]')
    assert tab.page.locator("mark.on").first.evaluate(IN_VIEW)
    link = next(c for c in report.claims if c.quote == QUOTES["md_link"])
    tab.page.click(f'main a.v[data-c="c{report.claims.index(link)}"]')
    assert tab.js("() => window.__pwned") is None
    assert tab.page.url.endswith("hostile.html")  # no navigation away


def test_missing_chromium_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"need Debian's Chromium: gone .*CI must"):
        _unavailable("gone")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=r"gone .*apt-get install chromium"):
        _unavailable("gone")
