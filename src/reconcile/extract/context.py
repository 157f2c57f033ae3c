"""What every slot extractor gets: one parsed article and a way to make claims."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from reconcile.lang.folding import fold
from reconcile.models import Claim, Modality, Qualifiers, Source, Value, claim_id
from reconcile.safe_yaml import load_data
from reconcile.settings import Settings


@cache
def data_file(name: str) -> dict[str, Any]:
    """``extract/data/<name>.yaml``: knowledge the extractors read, not code."""
    path = resources.files("reconcile.extract").joinpath("data", f"{name}.yaml")
    data = load_data(path.read_text("utf-8")) or {}
    assert isinstance(data, dict), f"{name}.yaml must hold a mapping"
    return data


def doc_text(doc: Any) -> str:
    """The parsed text, joined once per document (spaCy's ``Doc.text`` joins every token
    each time it is read), or the text given to the parser (``parsed_from``)."""
    text = doc.user_data.get("reconcile.text")
    if text is None:
        text = doc.user_data["reconcile.text"] = doc.text
    return str(text)


def parsed_from(doc: Any, text: str) -> Any:
    """``doc``, noting the text it was parsed from: spaCy's tokens keep every character,
    so that text is ``doc.text`` and need not be joined again from the tokens."""
    doc.user_data["reconcile.text"] = text
    return doc


def doc_tokens(doc: Any) -> list[Any]:
    """The doc's tokens, built once per document: ``doc[i]`` and every pass over a span
    make a new Token object each time (~40 passes a token over the extractors). These are
    the same objects at every read: compare tokens with ``==``, never ``is``."""
    tokens = doc.user_data.get("reconcile.tokens")
    if tokens is None:
        tokens = doc.user_data["reconcile.tokens"] = list(doc)
    return tokens  # type: ignore[no-any-return]


@cache
def _sentence_type() -> type:
    """``Sentence``, a spaCy ``Span`` read through the document's token layer; made on
    first use, so that importing this module loads no spaCy (a warm run needs none)."""
    from spacy.tokens import Span

    class Sentence(Span):
        """A sentence of ``Article.sentences``: its tokens come from ``doc_tokens`` and its
        text from ``doc_text`` instead of being built again at each pass."""

        def __iter__(self) -> Iterator[Any]:
            return iter(doc_tokens(self.doc)[self.start : self.end])

        @property
        def text(self) -> str:
            return doc_text(self.doc)[self.start_char : self.end_char]

    return Sentence


def sentence(doc: Any, start: int, end: int) -> Any:
    """The tokens ``start`` to ``end`` of ``doc``, as a ``Sentence``."""
    return _sentence_type()(doc, start, end)


def doc_ents(doc: Any) -> list[Any]:
    """The doc's entities, listed once per document (spaCy's ``Doc.ents`` builds a span
    for every entity, token by token, each time it is read)."""
    return list(_ents(doc)[0])


def _ents(doc: Any) -> tuple[tuple[Any, ...], list[int]]:
    """The doc's entities and their start tokens, in order, kept on the doc."""
    cached = doc.user_data.get("reconcile.ents")
    if cached is None:
        ents = tuple(doc.ents)
        cached = doc.user_data["reconcile.ents"] = (ents, [e.start for e in ents])
    return cached  # type: ignore[no-any-return]


def ents_in(span: Any) -> list[Any]:
    """``span.ents`` (the entities wholly inside it, as spaCy finds them: in order, up to
    the first that starts inside and runs past its end), from ``doc_ents``."""
    if not hasattr(span, "doc"):  # a whole Doc
        return doc_ents(span)
    ents, starts = _ents(span.doc)
    out = []
    end = span.end
    for k in range(bisect_left(starts, span.start), len(ents)):
        if ents[k].end > end:
            break
        out.append(ents[k])
    return out


def person_key(sent: Any, start: int | None = None, end: int | None = None) -> str | None:
    """The surname, folded, of the one person the tagger names in ``sent`` (between
    ``start`` and ``end`` when given): what makes a race time or a verdict someone's own
    (« race · kamau »). None when nobody or several people are named."""
    names = {
        str(ent.text).split()[-1]
        for ent in ents_in(sent)
        if ent.label_ in ("PER", "PERSON")
        and (start is None or ent.start_char >= start)
        and (end is None or ent.end_char <= end)
    }
    if len(names) != 1:
        return None
    return fold(names.pop()).strip(".,;:'’") or None


def lexicon(name: str, lang: str) -> dict[str, Any]:
    """The ``lang`` section of ``extract/data/<name>.yaml`` (empty when absent)."""
    section = data_file(name).get(lang, {})
    assert isinstance(section, dict)
    return section


_TERMINAL = (".", "!", "?", "…", "»", '"', "”", ":", ";")


@dataclass
class Article:
    source: Source
    doc: Any  # spacy.tokens.Doc over the text with meta and captions blanked
    settings: Settings
    claims: list[Claim] = field(default_factory=list)
    _sentences: list[Any] | None = field(default=None, init=False, repr=False)

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

    def sentences(self) -> list[Any]:
        """Sentences of the article text (title, lead, body), never meta or captions.

        spaCy's sentences cut again at line breaks (it runs a title into the
        lead) and glued back where it cut a line that has no final punctuation.
        Computed once per article; every extractor reads the same list.
        """
        if self._sentences is None:
            self._sentences = list(self._split())
        return self._sentences

    def _split(self) -> Iterator[Any]:
        doc = self.doc
        tokens = doc_tokens(doc)
        pieces: list[tuple[int, int]] = []
        for sent in doc.sents:
            start = sent.start
            for tok in tokens[sent.start : sent.end]:
                if tok.is_space and "\n" in tok.text:
                    if tok.i > start:
                        pieces.append((start, tok.i))
                    start = tok.i + 1
            if start < sent.end:
                pieces.append((start, sent.end))
        merged: list[tuple[int, int]] = []
        for start, end in pieces:
            if merged and merged[-1][1] == start and not tokens[start - 1].text.endswith(
                    _TERMINAL):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        readable = ("title", "lead", "body")
        for start, end in merged:
            # the meta header and captions are blanked, not removed
            while start < end and (
                tokens[start].is_space or self.part_at(tokens[start].idx) not in readable
            ):
                start += 1
            while end > start and tokens[end - 1].is_space:
                end -= 1
            if end > start:
                yield sentence(doc, start, end)

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
