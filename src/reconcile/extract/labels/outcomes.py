"""``event.outcome``: a deal or none, progress, and the results of other events (a launch,
a vote, a verdict)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article, person_key
from reconcile.extract.labels.words import _PERSONAL_OUTCOMES, Sentence, _negated, _undenied
from reconcile.extract.registry import rule
from reconcile.lang import fold, profile
from reconcile.models import Claim, Modality, OutcomeValue

NEGOTIATED = rule("outcome.negotiated", "an agreement phrase (a deal reached, a ceasefire "
                  "signed, no deal, progress) is the talks' outcome unless its clause is told as "
                  "history (a background word between the same commas)")
NEGATED_AGREEMENT = rule("outcome.negated_agreement", "an agreement phrase with a negation "
                         "just before it or inside it says there is no agreement, never that "
                         "there is one")
EVENT_RESULT = rule("outcome.event_result", "a launch, a rescue, a vote or a verdict has its "
                    "result said by its own verb phrase (placed in orbit, was adopted, found "
                    "guilty), which names the thing and its result together; a clause told as "
                    "history is left out")

DECISION = rule("outcome.decision", "a decision verb with its object ('sailings were "
                "suspended', « a ouvert une enquête ») is a result of the event about that object, "
                "one claim per object; a verb that decides only for some objects (open) needs "
                "one of them; a negated, history or hearsay-only clause says nothing")

#: the dependents of a decision verb that say what was decided about
_DECIDED = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})

_CLAUSE = re.compile(r"[,;:()\u2013\u2014]")


def _background(text: str, a: int, b: int, c: dict[str, Any]) -> bool:
    """Is ``text[a:b]`` told as history (« après l'échec du vol précédent », "a year after
    the previous launch failed")? A background word in the same clause (between commas,
    semicolons, dashes, brackets) as the outcome phrase."""
    if c["background"] is None:
        return False
    cuts = [m.start() for m in _CLAUSE.finditer(text)]
    lo = max([x + 1 for x in cuts if x < a], default=0)
    hi = min([x for x in cuts if x >= b], default=len(text))
    return c["background"].search(text, lo, hi) is not None


def _outcomes(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    for sent, text, base in sents:
        taken: list[tuple[int, int]] = []
        for label, agreement, pat, subject in c["outcome"]:
            for m in pat.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                if _background(text, m.start(), m.end(), c):
                    continue
                s, e = base + m.start(), base + m.end()
                agreed: bool | None = agreement
                modality: Modality = _undenied(modality_of(article, sent, s, e))
                why = EVENT_RESULT if subject == "event" else NEGOTIATED
                if agreed is True and (
                    _negated(article, sent, s, c)
                    or any(w in c["negation"] for w in m.group(0).lower().split())
                ):
                    agreed, label = False, "no_deal" if label == "deal" else label
                    why = NEGATED_AGREEMENT
                if agreed is not False and c["possible"].search(text[: m.start()]):
                    modality = "expected"  # "could reach a deal", « pourrait conclure un accord »
                elif modality == "expected" and claimant_of(article, sent, s, e):
                    # « selon X, un accord aurait été trouvé »: the conditional of hearsay
                    modality = "reported"
                who = person_key(sent) if label in _PERSONAL_OUTCOMES else None
                yield article.make_claim(
                    "event.outcome",
                    f"{subject} · {who}" if who else subject,
                    OutcomeValue(agreement=agreed, label=label),
                    f"{label} (agreement: {agreed})", s, e,
                    claimant=claimant_of(article, sent, s, e),
                    modality=modality,
                ).model_copy(update={"rule": why})
                break  # one outcome per label per sentence


def _one_per_value(claims: Iterator[Claim]) -> Iterator[Claim]:
    """One outcome claim per value per article, whoever says it: the first mention in the
    lead or body; the title only when the text never says it (a headline « sans accord »
    repeats what the lead reports, with its attribution). What is only expected stays apart
    from what happened."""
    best: dict[str, Claim] = {}
    for claim in claims:
        assert isinstance(claim.value, OutcomeValue)
        key = f"{claim.value.agreement}|{claim.value.label}"
        key += "|expected" if claim.qualifiers.modality == "expected" else ""
        if key not in best or (best[key].part == "title" and claim.part != "title"):
            best[key] = claim
    yield from sorted(best.values(), key=lambda c: c.start)


def _decisions(article: Article, c: dict[str, Any], sents: list[Sentence],
               taken: set[int]) -> Iterator[Claim]:
    """``outcome.decision``: one claim per decided object and sentence, in the sentences no
    outcome phrase read (``taken``: their start offsets; "was adopted by 320 votes" is that
    phrase's)."""
    prof = profile(article.lang)
    for sent, text, base in sents:
        if base in taken:
            continue
        for verb in sent:
            found = _decision(verb, c) if verb.pos_ == "VERB" else None
            if found is None:
                continue
            label, obj = found
            s = min(verb.idx, obj.idx)
            e = max(verb.idx + len(verb.text), obj.idx + len(obj.text))
            if _negated(article, sent, verb.idx, c) or any(
                    ch.dep_ in ("neg", "advmod:neg") for ch in verb.children) \
                    or _background(text, s - base, e - base, c):
                continue
            key = (prof.concept(obj.lemma_) if prof else None) or fold(obj.lemma_)
            yield article.make_claim(
                "event.outcome", key, OutcomeValue(agreement=None, label=label),
                f"{label}: {obj.text}", s, e,
                claimant=claimant_of(article, sent, s, e),
                # a negated decision was skipped above: a denial cue elsewhere in the
                # sentence ("still missing when the search was called off") is not its own
                modality=_undenied(modality_of(article, sent, s, e)),
            ).model_copy(update={"rule": DECISION})


def _decision(verb: Any, c: dict[str, Any]) -> tuple[str, Any] | None:
    """The label and the decided object of a decision verb, or None."""
    lemma = fold(verb.lemma_)
    particle = next((ch for ch in verb.children if ch.dep_ in ("prt", "compound:prt")), None)
    phrasal = f"{lemma} {fold(particle.text)}" if particle is not None else None
    obj = next((ch for ch in verb.children
                if ch.dep_ in _DECIDED and ch.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    for label, verbs, objects in c["decisions"]:
        said = lemma in verbs or (phrasal is not None and phrasal in verbs)
        if said and (objects is None or fold(obj.lemma_) in objects):
            return label, obj
    return None
