"""``event.location``: where the event took place, with kind and containment.

A venue is a place (a GPE/LOC/FAC entity, or a site noun phrase such as
« la base militaire X », "X Stadium", « l'aéroport de X ») governed by a
locative preposition (à, en, au, dans, sur, près de, in, at, inside, near) in a
sentence about the event. Places chained after it — « à X, en Y », "X, Alaska",
"X Stadium in London", "in X near Y" — are recorded as containing it
(``within``, most specific first). Places with no locative preposition (an
organisation's name, « entre Moscou et Washington », "Washington said"), after
an origin preposition (« venu de Moscou », "from Moscow"), or next to words that
point at another event (a previous or next summit) are not venues.

One claim per place: a place named twice gives the mention with the longest
chain (the first one on a tie).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of
from reconcile.extract.context import Article
from reconcile.extract.locations.event import _subject, _venues
from reconcile.extract.locations.words import SLOT, Place, fold
from reconcile.extract.registry import extractor
from reconcile.models import Claim, LocationValue


@extractor("locations")
def extract_locations(article: Article) -> Iterator[Claim]:
    """One claim per place: each place of a chain is claimed with the places after it
    as its containers (« au Stade X, à Saint-Denis » → the stadium within Saint-Denis,
    and Saint-Denis); a place named again keeps the mention with the longest chain."""
    doc = article.doc
    best: dict[str, tuple[list[Place], Any, str]] = {}
    order: list[str] = []

    def in_title(sent: Any) -> bool:
        return article.part_at(sent.start_char) == "title"

    for chain, sent, why in _venues(article):
        for i in range(len(chain.places)):
            sub = chain.places[i:]
            key = fold(sub[0].name)
            if key not in best:
                order.append(key)
                best[key] = (sub, sent, why)
                continue
            held, held_sent, _ = best[key]
            if len(sub) > len(held) or (
                len(sub) == len(held) and in_title(held_sent) and not in_title(sent)
            ):
                best[key] = (sub, sent, why)  # a longer chain; on a tie, the text over the title
    subject = _subject(article)
    for key in order:
        places, sent, why = best[key]
        head = places[0]
        start_tok = head.prep_start if head.prep_start is not None else head.start
        start = doc[start_tok].idx
        last = max(places, key=lambda p: p.end)  # a possessor container comes first
        end = doc[last.end - 1].idx + len(doc[last.end - 1].text)
        within = [p.name for p in places[1:]]
        text = head.name + (f" ({', '.join(within)})" if within else "") + f" [{head.kind}]"
        yield article.make_claim(
            SLOT,
            subject,
            LocationValue(name=head.name, kind=head.kind, within=within),
            text,
            start,
            end,
            claimant=claimant_of(article, sent, start, end),
        ).model_copy(update={"rule": why})
