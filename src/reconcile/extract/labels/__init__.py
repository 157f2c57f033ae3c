"""Categorical slots: ``event.format``, ``event.tone``, ``event.outcome``,
``event.next`` and ``event.setting``.

All the words are in ``extract/data/labels.yaml``; this package only matches
them, sentence by sentence (title, lead and body; never captions).

- format: closed_doors, one_on_one, n_on_n (words keep the phrase and the
  normalised "3-on-3"), open, expanded. Subject per label (``format_subjects``):
  ``talks`` for closed doors, ``talks.part`` for a one-on-one, ``talks.expanded``
  for a three-on-three or expanded format.
- tone (subject ``talks``): the characterising words as written (``tone_idioms`` such
  as "went by the book" need no talk noun); label positive,
  negative or mixed (both kinds, or a "frank"-type word); a negation right before
  a word flips it. The sentence must speak of the talks (a `talk_nouns` word) or
  quote the word as someone's (« X a parlé d'une journée « utile » »), so a "good"
  elsewhere is not a tone. One claim per speaker: a sentence passing to another
  speaker (« …, tandis que Y … », "while") gives one claim each. Claimant from
  ``attribution``, else the subject of a characterising verb.
- outcome: the first matching label wins its stretch of text. Negotiated outcomes
  (subject ``talks``) carry ``agreement`` (deal / ceasefire true, no_deal false,
  progress null); outcomes of other events (subject ``event``, agreement null) carry
  only a label: success / failure (launch, mission, rescue), adopted / rejected (a
  vote), convicted / acquitted (a verdict). A phrase in a clause told as history (a
  ``background`` word: « vol précédent », "a year after the previous launch") is no
  outcome;
  "no deal until there's a deal" reads as agreement **false**, label no_deal: the
  sentence says there is no deal now; what might come later is not an outcome.
  A deal that is only hoped for or conditional gets modality expected; the
  conditional of hearsay (« selon X, un accord aurait été trouvé ») is reported.
  One claim per value per article, the first in lead or body (the title only
  when nothing else says it).
- next (subject: the kind of step, from the ``kinds`` words of the phrase — launch,
  flight, visit, vote, hearing — else ``talks`` for a meeting; ``when`` the words saying
  when, after the phrase; "X accepted an invitation": X meets): an announced or possible
  follow-up — a meeting, a visit, the next flight, a vote to come — with its place (a
  place entity right after the phrase or after a locative preposition)
  and who meets: the people named in the sentence, not the one who announces it
  (« …, a indiqué X »); « les deux présidents » / "both leaders" are the article's
  two principals. One claim per place per article; a placeless mention only when
  no mention gives the place. Modality expected when it is only a possibility.
- setting (subject ``room``): decoration and room details, label + words.

The finders live one module each (``formats``, ``tones``, ``outcomes``, ``follow_up``,
``setting``); the article's named people are ``mentions.people``, which vehicles and quotes
read too.
Each claim records the rule that made it, declared next to its finder:
``format.phrase`` / ``format.counted_sides``; ``tone.talk_sentence`` / ``tone.quoted_word``
/ ``tone.idiom``; ``outcome.negotiated`` / ``outcome.negated_agreement`` /
``outcome.event_result``; ``next.placed`` / ``next.timed`` / ``next.first_mention`` (which
mention was claimed); ``setting.room_words``.
"""

from __future__ import annotations

from collections.abc import Iterator

from reconcile.extract.context import Article
from reconcile.extract.labels.follow_up import _next
from reconcile.extract.labels.formats import _formats
from reconcile.extract.labels.outcomes import _decisions, _one_per_value, _outcomes
from reconcile.extract.labels.setting import _settings
from reconcile.extract.labels.steps import _steps
from reconcile.extract.labels.tones import _judgements, _tones
from reconcile.extract.labels.words import Sentence, _compiled, _sentences
from reconcile.extract.registry import extractor
from reconcile.models import Claim


# the follow-up meeting reads the article's participant claims (``people_of``); it runs
# before the locations extractor, so the place claims ``people_of`` would set apart are
# not there yet: labels sees every named participant
@extractor("labels", after=("participants",))
def extract_labels(article: Article) -> Iterator[Claim]:
    c = _compiled(article.lang)
    if not c:
        return
    sents = _sentences(article)
    yield from _formats(article, c, sents)
    tones = list(_tones(article, c, sents))
    yield from tones
    yield from _judgements(article, c, sents, _sentences_of(sents, tones))
    outcomes = list(_one_per_value(_outcomes(article, c, sents)))
    yield from outcomes
    yield from _decisions(article, c, sents, _sentences_of(sents, outcomes))
    follow_ups = list(_next(article, c, sents))
    yield from follow_ups
    yield from _steps(article, c, sents, _sentences_of(sents, follow_ups))
    yield from _settings(article, c, sents)


def _sentences_of(sents: list[Sentence], claims: list[Claim]) -> set[int]:
    """The start offsets of the sentences that hold one of ``claims``."""
    return {base for sent, _, base in sents
            if any(sent.start_char <= c.start < sent.end_char for c in claims)}
