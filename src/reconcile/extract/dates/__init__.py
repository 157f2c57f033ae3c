"""Date mentions in article text: where they are, and which day they name.

Pure text in, typed dates out. :func:`find_dates` finds explicit dates
(« le 15 août 2025 », « samedi 16 août », "Aug. 15", "2025-08-15"), relative
ones (« ce vendredi », « hier », "last week", "three days ago") and, after a
preposition, bare months and years ("in March", « depuis 2018 »), and resolves
each against the publication date. It does not decide which mention is *the
event's* date: the ``event.date`` extractor does.

Spans: the determiner or preposition that belongs to the expression is kept
(« ce vendredi », « ce samedi 14 mars », "on Friday", "on 8 March", "late on
Saturday"), and so is a part of day after a weekday (« samedi soir », "Sunday
morning"); « le » before a date and other prepositions ("by", « depuis ») are
not.

How a mention is resolved (``published`` is the publication date):

* **Explicit with a year** — that day (or month / year). Anchor ``"explicit"``.
* **Explicit without a year** (« 16 août », "March 9") — the publication
  year, except around the new year: when that day is more than half a year
  from publication and the same day in the adjacent year is within three
  months of it, the adjacent year (« 28 décembre » in an article of 3 January
  is the previous December). Bare months ("in March") follow the same rule.
  Without a publication date: ``date=None``, anchor
  ``"no publication date: year unknown (--08-16)"`` — unless a weekday is
  written with it (« mardi 21 avril »): then the latest year, on or before the
  run date and at most 12 years back, in which that day is that weekday, the
  anchor saying so.
* **A written weekday next to a day-month** (« samedi 16 août ») is kept in
  ``weekday`` as written and never used to move the date; when it does not
  match the resolved day the anchor says so.
* **A bare or "this" weekday** (« vendredi », « ce vendredi », "on Friday",
  "this Friday") — by the tense of its clause, ``tense_at(start)``:
  past → the latest such weekday on or before publication; future → the first
  on or after publication; present / unknown → the occurrence nearest to the
  publication date (at most three days before or after; the publication day
  itself when it is that weekday). Nearest rather than "Monday-to-Sunday
  week" because news copy says « dimanche » on a Monday for the day before.
* **"last" / « dernier »** weekday — strictly before publication (a week back
  when published on that weekday); **"next" / « prochain »** — strictly after.
* **hier / yesterday / today / demain / ...** — fixed day offsets.
* **Weeks** ("last week", « cette semaine ») — precision ``week``, the date is
  the Monday of that week (ISO weeks). **Months** — precision ``month``, the
  first day. **Years** — precision ``year``, 1 January.
* **Weekends** — precision ``week`` (the week holding that Saturday): "last
  weekend" is the previous week's, "next weekend" the next week's, "this
  weekend" the publication week's, or with a past-tense clause the one of the
  latest Saturday on or before publication.
* **"N days / weeks ago"** (« il y a trois jours ») — publication minus N days
  (day precision) or N weeks (week precision).
* **Without a publication date** every relative mention keeps ``date=None``;
  a weekday mention keeps ``weekday`` and the anchor
  ``"no publication date: weekday only"``.

Never returned: clock times (« 14 h », « trois heures »), durations (« trois
jours », "for two weeks"), numbers (« 78 000 », "1,200"), bare years without a
preposition. Candidates are found with our own regular expressions built from
``data/dates.yaml``; dateparser only parses the spans of explicit month-name
dates, its result checked against the day number we captured.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from reconcile.extract.dates.explicit import _explicit, _months_years, _numeric
from reconcile.extract.dates.relative import _relative
from reconcile.extract.dates.resolve import (
    DateMention,
    Precision,
    Tense,
    infer_year,
    resolve_weekday,
)
from reconcile.extract.dates.words import WEEKDAYS, _lang, supported_languages

__all__ = [
    "WEEKDAYS",
    "DateMention",
    "Precision",
    "Tense",
    "find_dates",
    "infer_year",
    "resolve_weekday",
    "supported_languages",
]


def _no_tense(_: int) -> Tense | None:
    return None


# Same-length replacements only, so offsets in the normalised text are the
# offsets in the original text.
_NORMALISE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def _select(mentions: list[DateMention], blocked: list[tuple[int, int]]) -> list[DateMention]:
    """Longest mention wins where mentions overlap; then text order.

    ``blocked`` spans (impossible dates such as « 31 juin 2025 ») hide what
    overlaps them, so « juin 2025 » is not reported out of a wrong date.
    """
    chosen: list[DateMention] = []
    taken: list[tuple[int, int]] = list(blocked)
    for mention in sorted(mentions, key=lambda x: (-(x.end - x.start), x.start)):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        chosen.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda x: (x.start, x.end))


def find_dates(
    text: str,
    lang: str,
    published: datetime.date | None,
    tense_at: Callable[[int], Tense | None] = _no_tense,
) -> list[DateMention]:
    """Every date mention in ``text``, in text order, resolved as the module doc says.

    ``lang`` is "fr" or "en" (a region suffix such as "fr-FR" is ignored); any
    other language is searched with the words of every supported language.
    ``tense_at(offset)`` gives the tense of the clause at a character offset.
    """
    code = lang.lower().replace("_", "-").split("-")[0] if lang else ""
    codes = [code] if code in supported_languages() else list(supported_languages())
    norm = text.translate(_NORMALISE)
    found: list[DateMention] = []
    blocked: list[tuple[int, int]] = []
    for c in codes:
        spec = _lang(c)
        found.extend(_explicit(norm, spec, published, blocked))
        found.extend(_numeric(norm, spec))
        found.extend(_months_years(norm, spec, published))
        found.extend(_relative(norm, spec, published, tense_at))
    return _select(found, blocked)
