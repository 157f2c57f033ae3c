"""Extract: one article → claims, by the slot extractors in the registry."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from importlib import import_module, resources

from reconcile.extract.context import Article, parsed_from
from reconcile.extract.frames import frame_claims
from reconcile.extract.nlp import load_pipeline
from reconcile.extract.registry import registered
from reconcile.ingest.regions import blank_unread
from reconcile.models import Claim, Source
from reconcile.settings import Settings

#: articles parsed together by ``nlp.pipe``
BATCH = 16

# Slot extractor modules; importing one registers its extractors.
SLOT_MODULES = (
    "durations",
    "event_date",
    "participants",
    "locations",
    "vehicles",
    "labels",
    "quotes",
)


@cache
def load_extractors() -> None:
    for name in SLOT_MODULES:
        try:
            import_module(f"reconcile.extract.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"reconcile.extract.{name}":
                raise


@cache
def extractor_version() -> str:
    """A digest of the extraction code and data, and of the language layer it reads
    (profiles, word lists, the gazetteer): a change to either re-analyses every source."""
    digest = hashlib.sha256()
    for package in ("reconcile.extract", "reconcile.lang"):
        root = resources.files(package)
        for entry in sorted(_walk(root, package + "/"), key=lambda e: e[0]):
            digest.update(entry[0].encode())
            digest.update(entry[1])
    return digest.hexdigest()[:16]


def _walk(node: object, prefix: str = "") -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for child in node.iterdir():  # type: ignore[attr-defined]
        name = prefix + child.name
        if child.is_dir():
            if child.name != "__pycache__":
                out.extend(_walk(child, name + "/"))
        elif child.name.endswith((".py", ".yaml", ".json")):
            out.append((name, child.read_bytes()))
    return out


def supported(source: Source, settings: Settings) -> bool:
    return (source.lang or "") in settings.languages


def extract_claims(source: Source, settings: Settings) -> list[Claim]:
    """Every machine claim of one article, in text order; quotes sit at their offsets."""
    return extract_batch([source], settings)[0]


def extract_batch(sources: Sequence[Source], settings: Settings) -> list[list[Claim]]:
    """Claims of each source, in order. Articles of one language are parsed
    together (``nlp.pipe``), which is what a raw parse of the same texts costs."""
    load_extractors()
    out: list[list[Claim]] = [[] for _ in sources]
    by_lang: dict[str, list[int]] = {}
    for i, source in enumerate(sources):
        if supported(source, settings):
            by_lang.setdefault(source.lang or "", []).append(i)
    for lang, positions in by_lang.items():
        nlp = load_pipeline(lang, tuple(settings.models.get(lang, ())))
        texts = [blank_unread(sources[i].text, sources[i].regions) for i in positions]
        docs = nlp.pipe(texts, batch_size=BATCH)
        for i, text, doc in zip(positions, texts, docs, strict=True):
            article = Article(source=sources[i], doc=parsed_from(doc, text), settings=settings)
            out[i] = _claims_of(article)
    return out


def _claims_of(article: Article) -> list[Claim]:
    source = article.source
    seen: dict[str, Claim] = {}
    for name, run in registered().items():
        for claim in run(article):
            assert source.text[claim.start : claim.end] == claim.quote, claim
            if claim.rule is None:
                claim = claim.model_copy(update={"rule": name})
            seen.setdefault(claim.id, claim)
            article.claims.append(claim)
    ordered = sorted(seen.values(), key=lambda c: (c.start, c.end, c.slot, c.subject))
    return [_with_line(source, c) for c in frame_claims(article, ordered)]


def _with_line(source: Source, claim: Claim) -> Claim:
    """The line the quote starts on, recorded once here so that nothing re-reads the file."""
    return claim.model_copy(update={"line": source.text.count("\n", 0, claim.start) + 1})
