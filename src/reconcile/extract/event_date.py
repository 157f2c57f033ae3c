"""``event.date``: the day the event happened, one claim an article.

The first day-precise mention in the article text that is not about the
future or the past history ("since 2018") is the event's date; without one,
the publication date stands in, quoted from the header, its anchor recorded.
"""

from __future__ import annotations

from collections.abc import Iterator

from reconcile.extract.context import Article
from reconcile.extract.dates import DateMention, find_dates
from reconcile.extract.registry import extractor
from reconcile.extract.tense import Tense, tense_at
from reconcile.models import Claim, DateValue


def _value(mention: DateMention) -> DateValue:
    return DateValue(
        date=mention.date.isoformat() if mention.date else None,
        anchor=mention.anchor,
        weekday=mention.weekday,
        precision=mention.precision,
    )


def _readable(article: Article, offset: int) -> bool:
    return article.part_at(offset) in ("title", "lead", "body")


@extractor("event_date")
def extract_event_date(article: Article) -> Iterator[Claim]:
    doc = article.doc
    tenses: dict[int, Tense | None] = {}

    def tense(offset: int) -> Tense | None:  # asked by find_dates, then again below
        if offset not in tenses:
            tenses[offset] = tense_at(doc, offset)
        return tenses[offset]

    mentions = find_dates(doc.text, article.lang, article.published, tense)
    for mention in mentions:
        if not _readable(article, mention.start) or mention.precision != "day":
            continue
        if tense(mention.start) == "future":
            continue
        text = mention.date.isoformat() if mention.date else f"{mention.weekday} (unresolved)"
        yield article.make_claim(
            "event.date", "event", _value(mention), text, mention.start, mention.end
        )
        return
    # no date in the text: the publication date, where the file quotes it
    if article.source.date:
        for region in article.source.regions:
            if region.kind != "meta":
                continue
            quoted = article.text.find(article.source.date, region.start, region.end)
            if quoted >= 0:
                yield article.make_claim(
                    "event.date",
                    "event",
                    DateValue(date=article.source.date, anchor="publication date (header)"),
                    article.source.date,
                    quoted,
                    quoted + len(article.source.date),
                )
                return
