"""``event.duration`` and ``quantity``: hedged figures, and what they measure.

The figures come from ``amounts.find_amounts`` (pure text); this module decides
*what* was measured — the talks, one part of them, a press appearance, a
flight — from the clause around the figure, with the subject nouns per
language in ``data/subjects.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from reconcile.extract.amounts import Amount, find_amounts
from reconcile.extract.context import Article, lexicon
from reconcile.extract.registry import extractor
from reconcile.models import Claim, DurationValue, QuantityValue


def _nouns(article: Article, section: str) -> dict[str, str]:
    """word or lemma → subject key, for one section of subjects.yaml."""
    return _noun_table(article.lang, section)


@cache
def _noun_table(lang: str, section: str) -> dict[str, str]:
    # built once per language: it is read for every figure of every article
    table: dict[str, str] = {}
    for key, words in lexicon("subjects", lang).get(section, {}).items():
        for word in words:
            table[word.lower()] = key
    return table


def _subject_key(token: Any, table: dict[str, str]) -> str | None:
    for form in (token.lower_, token.lemma_.lower()):
        if form in table:
            return table[form]
    return None


def _measured(article: Article, doc: Any, amount: Amount, previous: str | None) -> str:
    """What the duration measures: the subject of its verb, its head noun, or context."""
    table = _nouns(article, "durations")
    words = article.words("subjects")
    part_before = set(words.get("part_before", []))
    part_after = set(words.get("part_after", []))
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return previous or "event"
    root = span.root
    sent = span.sent
    # "…, dont près de trois heures pour la partie …" / "including … for the part …"
    after = []
    for token in doc[span.end : min(span.end + 4, sent.end)]:
        if token.is_punct:
            break
        after.append(token)
    before = doc[max(span.start - 2, sent.start) : span.start]
    is_part = any(t.lower_ in part_after for t in after) or any(
        t.lower_ in part_before for t in before
    )
    # a compound "a 90-minute meeting": the figure modifies a noun
    head = root.head
    candidates = [head, *head.children] if head is not root else list(root.children)
    # the clause's subject: "les discussions ont duré …"
    verb = root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    candidates += [c for c in verb.children if c.dep_.startswith("nsubj")]
    # "… of talks", "… de négociations"
    candidates += [t for t in doc[span.end : min(span.end + 3, sent.end)] if t.pos_ == "NOUN"]
    key = None
    for token in candidates:
        key = _subject_key(token, table)
        if key:
            break
    if key is None:
        pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in verb.children)
        key = previous if pronoun or is_part else None
        if key is None:
            key = next((k for t in sent if (k := _subject_key(t, table))), None)
    key = key or previous or "event"
    if is_part and not key.endswith(".part"):
        key = f"{key}.part"
    return key


def _is_reference(doc: Any, amount: Amount) -> bool:
    """ "les deux présidents", "the two leaders": a definite phrase names, it does not count."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    # French contractions ("des", "aux") are ADP with Definite=Def
    return before.pos_ in ("DET", "ADP") and (
        "Def" in before.morph.get("Definite")
        or "Yes" in before.morph.get("Poss")
        or before.lower_ in ("the", "these", "those", "their", "its", "our")
    )


def _counted(article: Article, doc: Any, amount: Amount) -> str | None:
    if amount.unit_start is None or amount.unit_end is None or _is_reference(doc, amount):
        return None
    span = doc.char_span(amount.unit_start, amount.unit_end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    table = _nouns(article, "counts")
    known = _subject_key(span.root, table)
    if known:
        return known
    # "4,2 milliards d'euros", "12 %": the unit says how it is measured, not what;
    # grouping every euro figure into one topic would set a price against a revenue
    words = article.words("subjects")
    measures = set(words.get("measure_units", []))
    if {span.root.lower_, span.root.lemma_.lower(), span.text.lower()} & measures:
        return _measured_thing(article, doc, amount, span)
    return str(span.root.lemma_.lower())


def _measured_thing(article: Article, doc: Any, amount: Amount, unit: Any) -> str | None:
    """What a money or percent figure measures: the nearest known noun in its sentence
    ("un prix de 4,2 milliards d'euros" → price), qualified by the unit."""
    table = _nouns(article, "measured")
    sent = unit.sent
    figure = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    centre = figure.start if figure is not None else unit.start
    found = sorted(
        (abs(t.i - centre), key)
        for t in sent
        if t.pos_ in ("NOUN", "VERB") and (key := _subject_key(t, table))
    )
    if not found:
        return None
    units = _nouns(article, "unit_keys")
    unit_key = units.get(unit.root.lower_) or units.get(unit.text.lower()) or unit.root.lower_
    return f"{found[0][1]} ({unit_key})"


def _quote_span(doc: Any, amount: Amount) -> tuple[int, int]:
    """The figure, with its verb when the verb comes right before it ("ont duré …")."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    start = amount.start
    if span is not None and span.start > 0:
        window = doc[max(0, span.start - 3) : span.start]
        verbs = [t for t in window if t.pos_ in ("VERB", "AUX") and t.sent == span.sent]
        if verbs:
            first = verbs[0]
            aux = [c for c in first.children if c.dep_.startswith("aux") and c.i < first.i]
            start = min([first.idx, *[a.idx for a in aux if a.i >= span.start - 4]])
    return start, amount.end


def _minutes(value: float) -> str:
    hours, minutes = divmod(round(value), 60)
    if hours and minutes:
        return f"{hours} h {minutes:02d}"
    return f"{hours} h" if hours else f"{minutes} min"


@extractor("durations")
def extract_durations(article: Article) -> Iterator[Claim]:
    doc = article.doc
    readable = [(s.start_char, s.end_char) for s in article.sentences()]
    previous: str | None = None
    for amount in find_amounts(doc.text, article.lang, article.settings.bands):
        if not any(s <= amount.start < e for s, e in readable):
            continue
        if amount.kind == "duration":
            subject = _measured(article, doc, amount, previous)
            previous = subject.removesuffix(".part")
            start, end = _quote_span(doc, amount)
            hedge = f"{amount.hedge} " if amount.hedge else ""
            yield article.make_claim(
                "event.duration",
                subject,
                DurationValue(
                    min_minutes=amount.low, max_minutes=amount.high, nominal_minutes=amount.nominal
                ),
                f"{hedge}{_minutes(amount.nominal)}",
                start,
                end,
                hedge=amount.hedge,
            )
        else:
            counted = _counted(article, doc, amount)
            if counted is None:
                continue
            hedge = f"{amount.hedge} " if amount.hedge else ""
            yield article.make_claim(
                "quantity",
                counted,
                QuantityValue(
                    min=amount.low, max=amount.high, nominal=amount.nominal, unit=counted
                ),
                f"{hedge}{amount.nominal:g} {counted}",
                amount.start,
                max(amount.end, amount.unit_end or amount.end),
                hedge=amount.hedge,
            )
