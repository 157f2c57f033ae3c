"""Figures with their hedge, found in plain French or English text (no spaCy).

``find_amounts`` returns every duration ("près de trois heures", "a 90-minute
meeting", "2h45") and every count ("deux ministres", "78 000 spectateurs",
"at least 12 dead") with the hedge as written and the interval it stands for.
The words — hedges, duration units, clock and date cues — live in
``data/amounts.yaml``; this package only knows the shape of a figure:

    [hedge] number [fraction] [scale] [de|of] [inside-hedge] [unit] [fraction | minutes] [hedge]

What is *not* a duration, and is dropped altogether:

- clock times: a clock cue before ("à", "vers", "at", "until") or after ("du
  matin", "p.m.", "GMT"), or an hour figure in digits between 13 and 24 —
  unless a duration cue says otherwise ("à deux heures de route", "pendant
  14 heures", "14 heures de négociations");
- elapsed or offset times: "il y a trois heures", "dans deux heures", "three
  hours ago", "deux heures plus tard";
- digits glued to ':' '/' '.' '-' (11:26, 15/08/2025, 2025-08-15, 2-1), ordinals (1er, 21st),
  a day next to a month or weekday (le 15 août, August 15, vendredi 15), and
  a bare four-digit year 1800–2100 ("2018"; "plus de 2000 manifestants" stays).

« depuis deux heures » is kept as a duration (an ongoing one): "depuis" is a
duration cue. An hour figure of 13–24 after it is still read as a clock time
only when hedged with nothing and without a cue ("depuis 14 heures" → clock).

Articles ("un", "une", "a", "an") alone are not counts; they are 1 before a
duration unit ("une heure", "an hour") or a scale ("a million").

The package, by what each part reads: ``vocabulary`` (the data file, validated),
``patterns`` (its words compiled), ``numbers`` (digits, number words, scales: a figure
and its phrase), ``hedges``, ``durations`` (units, minutes after hours, what is no
length), ``counts`` (what a count counts, what is no count), ``intervals`` (``Amount``
and the interval a hedge stands for) and ``finder`` (``find_amounts``).
"""

from reconcile.extract.amounts.finder import find_amounts
from reconcile.extract.amounts.intervals import HEDGE_CLASSES, Amount, Kind, interval

__all__ = ["HEDGE_CLASSES", "Amount", "Kind", "find_amounts", "interval"]
