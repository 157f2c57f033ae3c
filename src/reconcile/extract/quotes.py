"""``quote``: direct quoted speech (« … », "…", “…”) with its speaker.

The value is ``QuoteValue(speaker, text)``; the subject is the speaker's name
in its fullest form in the article (« Poutine » → « Vladimir Poutine » when the
article names him so), or ``unknown``. The speaker comes from
``attribution.claimant_of`` and, failing that, from the person subject of a
speech verb in the same sentence (« a déclaré Vladimir Poutine », "Putin
said"). A quotation of fewer than ``min_words`` words is a name or a scare
quote (« The Beast »), not a quote. Quotations never run across a paragraph.

A statement attributed without quotation marks (« Selon le Wall Street
Journal, l'initiative est venue de Washington », "…, according to Reuters.")
is a ``quote`` claim too, with the source as speaker and modality
``reported``: an editor checking who said what sees it beside the quotes.

Each claim records the rule that named its speaker: ``quote.attributed`` (the
sentence's attribution), ``quote.speech_subject``, ``quote.colon_speaker``,
``quote.unattributed`` (nobody named); ``quote.reported`` for a statement without
quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from reconcile.extract.attribution import claimant_of
from reconcile.extract.context import Article, doc_ents, ents_in, lexicon
from reconcile.extract.mentions.people import noun_phrase
from reconcile.extract.registry import extractor, rule
from reconcile.models import Claim, QuoteValue

ATTRIBUTED = rule("quote.attributed", "the sentence itself gives the words a source (« selon "
                  "X », a speech verb whose clause holds the quotation): the speaker is named")
SPEECH_SUBJECT = rule("quote.speech_subject", "a named person or noun subject of a speech verb "
                      "outside the quotation, in its sentence, is who spoke the quoted words")
COLON_SPEAKER = rule("quote.colon_speaker", "capitalised words and a colon right before the "
                     "quotation mark, on its own line, introduce the speaker (interview style)")
UNATTRIBUTED = rule("quote.unattributed", "quotation marks around a few words or more mark "
                    "them as someone's even when nobody is named; shorter ones are names or "
                    "scare quotes and are not kept")
REPORTED = rule("quote.reported", "« selon X, … » / '…, according to X' at a clause's edge "
                "attributes the clause to X; a pronoun source is skipped (named elsewhere)")

_PERSON = ("PER", "PERSON")


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    pairs = (lexicon("quotes", lang).get("pairs") or {})
    if not pairs:
        return None
    alts = [
        f"{re.escape(o)}(?P<q{i}>[^{re.escape(c)}\\n]{{2,}}?){re.escape(c)}"
        for i, (o, c) in enumerate(pairs.items())
    ]
    return re.compile("|".join(alts))


def _sentence_of(article: Article, offset: int) -> Any:
    for sent in article.sentences():
        if sent.start_char <= offset < sent.end_char:
            return sent
    return None


def _speech_subject(article: Article, sents: list[Any], qs: int, qe: int) -> str | None:
    lemmas = {str(w).lower() for w in article.words("quotes").get("speech_lemmas", [])}
    for sent in sents:
        for tok in sent:
            if qs <= tok.idx < qe or tok.lemma_.lower() not in lemmas:
                continue
            for child in tok.children:
                if child.dep_.startswith("nsubj") and not (qs <= child.idx < qe):
                    for ent in ents_in(sent):
                        if ent.start <= child.i < ent.end and ent.label_ in _PERSON:
                            return str(ent.text)
                    if child.pos_ in ("PROPN", "NOUN"):
                        return noun_phrase(sent, child)
    return None


_COLON = re.compile(r"([A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})\s*:\s*$")


def _colon_speaker(text: str, start: int) -> str | None:
    """« Poutine : « … » », "Trump: '…'": a name and a colon right before the quote."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _COLON.search(text[line_start:start])
    return m.group(1) if m else None


def _full_name(article: Article, name: str) -> str:
    """The longest person mention in the article that ends with ``name``'s last word."""
    last = name.split()[-1].lower() if name.split() else ""
    best = name
    for ent in doc_ents(article.doc):
        text = str(ent.text).split("\n")[-1].strip()
        words = text.split()
        if ent.label_ in _PERSON and words and words[-1].lower() == last and len(text) > len(best):
            best = text
    if best == name and last:
        # the tagger may miss a full name: a run of capitalised words before the last name
        pattern = r"((?:[A-ZÀ-Ý][\w'’.-]+[ -]){1,3})" + re.escape(name.split()[-1]) + r"\b"
        for m in re.finditer(pattern, article.text):
            full = m.group(0)
            first = m.group(1).split()[0]
            if len(full) > len(best) and first.lower() not in _NOT_NAMES:
                best = full
    return best


@cache
def _reported(lang: str) -> tuple[re.Pattern[str], ...]:
    """« Selon X, … » / "According to X, …" and « …, selon X. » / "…, according to X."."""
    words = [str(w) for w in lexicon("quotes", lang).get("reported_by") or []]
    if not words:
        return ()
    by = "|".join(re.escape(w).replace("\\ ", r"\s+")
                  for w in sorted(words, key=len, reverse=True))
    who = r"(?P<who>[^,;:.!?\n«»\"“”]{2,80}?)"
    what = r"(?P<what>[^.!?\n«»\"“”]{12,}?)"
    end = r"(?=[.!?]|\n|$)"
    before = re.compile(rf"(?i:\b(?:{by}))\s+{who}\s*,\s*{what}{end}")
    after = re.compile(
        rf"(?<![\w,])(?P<what>[A-ZÀ-Ý][^.!?\n«»\"“”]{{11,}}?),\s*(?i:{by})\s+{who}{end}"
    )
    return before, after


def _reported_statements(article: Article) -> Iterator[Claim]:
    patterns = _reported(article.lang)
    pronouns = {str(w).lower() for w in article.words("quotes").get("pronouns", [])}
    quoted = [(c.start, c.end) for c in article.claims if c.slot == "quote"]
    for sent in article.sentences():
        text = sent.text
        for pattern in patterns:
            for m in pattern.finditer(text):
                start, end = sent.start_char + m.start(), sent.start_char + m.end()
                if any(qs < end and start < qe for qs, qe in quoted):
                    continue
                who = " ".join(m.group("who").split())
                what = " ".join(m.group("what").split())
                if who.lower() in pronouns:
                    continue  # « selon lui »: the speaker is named elsewhere
                quoted.append((start, end))
                yield article.make_claim(
                    "quote", who, QuoteValue(speaker=who, text=what), f"{who} (reported): {what}",
                    start, end, claimant=who, modality="reported",
                ).model_copy(update={"rule": REPORTED})


_NOT_NAMES = frozenset({"le", "la", "les", "the", "president", "président", "mr", "m.", "selon"})


@extractor("quotes")
def extract_quotes(article: Article) -> Iterator[Claim]:
    yield from _direct_quotes(article)
    yield from _reported_statements(article)


def _direct_quotes(article: Article) -> Iterator[Claim]:
    pattern = _pattern(article.lang)
    if pattern is None:
        return
    min_words = int(article.words("quotes").get("min_words", 3))
    text = article.text
    for m in pattern.finditer(text):
        group = next(g for g in m.groupdict() if m.group(g) is not None)
        inner = m.group(group).strip().rstrip(",;:").strip()
        if len(inner.split()) < min_words:
            continue
        start, end = m.start(), m.end()
        if article.part_at(start) not in ("title", "lead", "body"):
            continue
        sent = _sentence_of(article, m.start(group))
        if sent is None:
            continue
        sents = [sent]
        end_sent = _sentence_of(article, max(end - 1, start))
        if end_sent is not None and end_sent.start != sent.start:
            sents.append(end_sent)
        speaker, why = _speaker(article, sents, start, end)
        subject = _full_name(article, speaker) if speaker else "unknown"
        yield article.make_claim(
            "quote",
            subject,
            QuoteValue(speaker=speaker, text=inner),
            f"{speaker or 'unknown'}: {inner}",
            start,
            end,
            claimant=speaker,
        ).model_copy(update={"rule": why})


def _speaker(article: Article, sents: list[Any], start: int, end: int) -> tuple[str | None, str]:
    """Who spoke ``text[start:end]``, and the rule that says so."""
    for s in sents:
        speaker = claimant_of(article, s, start, end)
        if speaker:
            return speaker, ATTRIBUTED
    speaker = _speech_subject(article, sents, start, end)
    if speaker:
        return speaker, SPEECH_SUBJECT
    speaker = _colon_speaker(article.text, start)
    if speaker:
        return speaker, COLON_SPEAKER
    return None, UNATTRIBUTED
