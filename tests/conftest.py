"""Shared fixtures. Golden files are only rewritten with ``--update-golden``."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from reconcile.models import Claim

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite the golden report files under tests/golden/ from the current output",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "sources"


@pytest.fixture(scope="session")
def article_claims(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """``article_claims(text, slot=None, lang=None, date=None)``: the claims extracted from
    an article written for a test (Markdown; front matter when ``lang`` or ``date`` is
    given), every quote checked against its offsets, filtered to ``slot`` when given."""
    from reconcile.extract import extract_claims
    from reconcile.extract.nlp import load_pipeline
    from reconcile.ingest import read_source
    from reconcile.settings import Settings

    settings = Settings()
    for lang in settings.languages:  # each spaCy pipeline loads once per session
        load_pipeline(lang, tuple(settings.models[lang]))
    folder = tmp_path_factory.mktemp("articles")
    counter = itertools.count()

    def run(text: str, slot: str | None = None, lang: str | None = None,
            date: str | None = None) -> list[Claim]:
        path = folder / f"a{next(counter)}.md"
        meta = "".join(f"{k}: {v}\n" for k, v in (("lang", lang), ("date", date)) if v)
        path.write_text(f"---\n{meta}---\n{text}" if meta else text, encoding="utf-8")
        source = read_source(path, path.stem)
        claims = extract_claims(source, settings)
        for claim in claims:
            assert source.text[claim.start : claim.end] == claim.quote
        return [c for c in claims if slot is None or c.slot == slot]

    return run


#: a neutral first sentence, so that the test sentence is a body sentence of the article
PLACES_LEAD = {"fr": "Les faits ont été rapportés par plusieurs témoins.",
               "en": "The facts were reported by several witnesses."}


@pytest.fixture(scope="module")
def places(article_claims: Any, request: pytest.FixtureRequest) -> Any:
    """``places(title, body, lang, date=None)``: the article's location claims by place
    name; the publication date is ``date``, else the test module's ``PUBLISHED``."""
    published = getattr(request.module, "PUBLISHED", None)

    def run(title: str, body: str, lang: str, date: str | None = None) -> dict[str, Any]:
        claims = article_claims(f"{title}\n\n{PLACES_LEAD[lang]} {body}\n", "event.location",
                                lang, date or published)
        return {c.value.name: c for c in claims}

    return run


@pytest.fixture(scope="session")
def body_article() -> Any:
    """``body_article(lang, text)``: a parsed article whose whole text is one body region
    (no header, no title), for extractor cases that call one extractor directly."""
    from reconcile.extract.context import Article
    from reconcile.extract.nlp import load_pipeline
    from reconcile.models import Region, Source
    from reconcile.settings import Settings

    settings = Settings()

    def make(lang: str, text: str) -> Article:
        nlp = load_pipeline(lang, tuple(settings.models[lang]))
        source = Source(id="t", path="t.txt", text=text, content_hash="0", lang=lang,
                        regions=[Region(start=0, end=len(text), kind="body")])
        return Article(source=source, doc=nlp(text), settings=settings)

    return make


@pytest.fixture(scope="session")
def participants_of(body_article: Any) -> Any:
    """``participants_of(lang, text)``: the participant claims of a one-body-region article,
    by subject, every quote checked against its offsets."""
    from reconcile.extract.participants import participant_claims

    def run(lang: str, text: str) -> dict[str, Claim]:
        out: dict[str, Claim] = {}
        for claim in participant_claims(body_article(lang, text)):
            assert text[claim.start : claim.end] == claim.quote
            out[claim.subject] = claim
        return out

    return run
