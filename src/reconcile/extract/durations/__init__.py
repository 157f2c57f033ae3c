"""``event.duration`` and ``quantity``: hedged figures, and what they measure.

The figures come from ``amounts.find_amounts`` (pure text); this module decides
*what* was measured or counted, with the words per language in
``data/subjects.yaml``:

- a duration's subject is the noun it measures (its head, the clause's subject,
  a relative clause's antecedent, the verb itself: "the ground shook for…"),
  and, for the talks, *which part*: a time of day or a part word in the
  figure's own clause (``talks.morning``, ``talks.lunch``, ``talks.part``);
  a duration that names nothing stands for the article's main event (the
  subject its words name most often). Talks that last a week or more are the
  negotiations (a process), not a sitting. A duration of a month or more is
  kept only when its clause names what it measures ("job cuts spread over three
  years"), never for a wait or a gap ("il a fallu attendre trois ans");
- a count's subject is the counted noun (a compound's head: "family tents" →
  tents), a people count by its verb ("9,000 people employed" → employees,
  "people were killed" → deaths), what happened to the counted things
  ("homes destroyed"), and, when the sentence restricts it to one place ("In X
  alone"), that place ("deaths in X");
- a money or percent figure is what it measures (price, revenue, share price),
  with the company or body named in that noun phrase ("Harwick shares") and its
  direction ("rise" / "fall") when the verb says the figure moved; the
  currency or "percent" goes to ``QuantityValue.unit`` so that the same price
  in euros and in dollars is not compared;
- a football score ("2-1") in a sentence about a game is a ``score`` quantity.

Each claim records the rule that named its subject (``duration.*`` and ``quantity.*``,
declared in ``words.py``, each with its case file under ``tests/rules/``); the steps are
``measured.py`` (durations), ``counted.py`` (counts, lengths, areas, masses), ``money.py``
(sums and percentages) and ``scores.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.amounts import Amount, find_amounts
from reconcile.extract.context import Article, doc_text
from reconcile.extract.durations.counted import _counted
from reconcile.extract.durations.measured import _measured, _spanning
from reconcile.extract.durations.scores import _scores
from reconcile.extract.durations.words import SCORE
from reconcile.extract.registry import extractor
from reconcile.models import Claim, DurationValue, QuantityValue


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
    if value >= 1440 and value % 1440 == 0:
        days = round(value / 1440)
        if value % 525600 == 0:
            return f"{round(value / 525600)} y"
        return f"{days} d"
    hours, minutes = divmod(round(value), 60)
    if hours and minutes:
        return f"{hours} h {minutes:02d}"
    if value < 1:
        return f"{value * 60:g} s"
    return f"{hours} h" if hours else f"{minutes} min"


@extractor("durations")
def extract_durations(article: Article) -> Iterator[Claim]:
    doc = article.doc
    sentences = article.sentences()
    readable = [(s.start_char, s.end_char) for s in sentences]
    previous: str | None = None
    for amount in find_amounts(doc_text(doc), article.lang, article.settings.bands):
        if not any(s <= amount.start < e for s, e in readable):
            continue
        if amount.kind == "duration":
            amount = _spanning(article, doc, amount)
            measured = _measured(article, doc, amount, previous)
            if measured is None:
                continue
            subject = measured.subject
            previous = subject.split(".")[0]
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
            ).model_copy(update={"rule": measured.rule})
        else:
            counted = _counted(article, doc, amount)
            if counted is None:
                continue
            subject, unit = counted.subject, counted.unit
            hedge = f"{amount.hedge} " if amount.hedge else ""
            shown = f" {unit}" if unit else f" {subject}"
            yield article.make_claim(
                "quantity",
                subject,
                QuantityValue(min=amount.low, max=amount.high, nominal=amount.nominal, unit=unit),
                f"{hedge}{amount.nominal:g}{shown}",
                min(amount.start, amount.unit_start or amount.start),
                max(amount.end, amount.unit_end or amount.end),
                hedge=amount.hedge,
            ).model_copy(update={"rule": counted.rule})
    seen: set[str] = set()
    for sent in sentences:
        for start, end, score in _scores(article, sent):
            if score in seen:
                continue  # one claim per score and article; the others repeat it
            seen.add(score)
            yield article.make_claim(
                "quantity",
                "score",
                QuantityValue(min=None, max=None, nominal=None, unit=f"score {score}"),
                f"score {doc_text(doc)[start:end]}",
                start,
                end,
            ).model_copy(update={"rule": SCORE})
