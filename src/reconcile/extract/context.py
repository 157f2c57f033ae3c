"""What every slot extractor gets: one parsed article and a way to make claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from reconcile.models import Claim, Modality, Qualifiers, Source, Value, claim_id
from reconcile.settings import Settings


@cache
def data_file(name: str) -> dict[str, Any]:
    """``extract/data/<name>.yaml``: knowledge the extractors read, not code."""
    path = resources.files("reconcile.extract").joinpath("data", f"{name}.yaml")
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    assert isinstance(data, dict), f"{name}.yaml must hold a mapping"
    return data


def lexicon(name: str, lang: str) -> dict[str, Any]:
    """The ``lang`` section of ``extract/data/<name>.yaml`` (empty when absent)."""
    section = data_file(name).get(lang, {})
    assert isinstance(section, dict)
    return section


@dataclass
class Article:
    source: Source
    doc: Any  # spacy.tokens.Doc over the text with meta and captions blanked
    settings: Settings
    claims: list[Claim] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.source.lang or "und"

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def published(self) -> dt.date | None:
        return dt.date.fromisoformat(self.source.date) if self.source.date else None

    def words(self, name: str) -> dict[str, Any]:
        """This article's language section of ``extract/data/<name>.yaml``."""
        return lexicon(name, self.lang)

    def part_at(self, offset: int) -> str | None:
        """Region kind (title, lead, body, meta, caption) of a character offset."""
        for region in self.source.regions:
            if region.start <= offset < region.end:
                return region.kind
        return None

    def sentences(self) -> Iterator[Any]:
        """Sentences of article text (title, lead, body): never meta or captions."""
        for sent in self.doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            if self.part_at(start) in ("title", "lead", "body"):
                yield sent

    def make_claim(
        self,
        slot: str,
        subject: str,
        value: Value,
        text: str,
        start: int,
        end: int,
        *,
        hedge: str | None = None,
        claimant: str | None = None,
        modality: Modality = "asserted",
    ) -> Claim:
        quote = self.source.text[start:end]
        # quotes never start or end on white space
        while quote and quote[0].isspace():
            start, quote = start + 1, quote[1:]
        while quote and quote[-1].isspace():
            end, quote = end - 1, quote[:-1]
        part = self.part_at(start) or "body"
        return Claim(
            id=claim_id(self.source.id, slot, subject, start, end),
            source=self.source.id,
            slot=slot,
            subject=subject,
            value=value,
            text=text,
            quote=quote,
            start=start,
            end=end,
            qualifiers=Qualifiers(hedge=hedge, claimant=claimant, modality=modality),
            part=part if part in ("meta", "title", "lead", "body") else "body",
        )
