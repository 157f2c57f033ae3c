"""``event.tone``: the words characterising the talks, one claim per speaker and sentence."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article
from reconcile.extract.labels.words import _PERSON, Sentence, _negated, _undenied
from reconcile.extract.mentions.people import noun_phrase
from reconcile.extract.registry import rule
from reconcile.models import Claim, LabelValue

TALK_SENTENCE = rule("tone.talk_sentence", "a characterising word counts only in a sentence "
                     "that names the talks or the event (a talk noun), so praise or blame of "
                     "anything else is no tone; a negation just before it flips it")
QUOTED_WORD = rule("tone.quoted_word", "without a talk noun, a characterising word counts only "
                   "quoted alone, as someone's word, in a sentence whose characterising verb "
                   "(call, describe, « qualifier ») has a subject")
IDIOM = rule("tone.idiom", "a set phrase that judges how an event went ('went off without a "
             "hitch', « sans accroc ») says it by itself: no talk noun needed")

_QUOTE_MARKS = "«»“”\"'"


def _quoted(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` alone inside quotation marks (« utile », "useful")?"""
    before = text[:a].rstrip(" \u00a0\u202f")
    after = text[b:].lstrip(" \u00a0\u202f")
    return bool(before) and bool(after) and before[-1] in _QUOTE_MARKS and after[0] in _QUOTE_MARKS


def _tones(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    """One claim per speaker and sentence. A sentence needs a talk noun, or the tone word
    quoted as someone's word (« X a parlé d'une journée « utile » »)."""
    flip = {"positive": "negative", "negative": "positive", "mixed": "mixed"}
    for sent, text, base in sents:
        talk = c["talk"].search(text) is not None
        found: list[tuple[int, int, str]] = []
        for label, pat in c["tone"].items():
            for m in pat.finditer(text):
                if any(a < m.end() and m.start() < b for a, b, _ in found):
                    continue
                kind = label
                if _negated(article, sent, base + m.start(), c):
                    kind = flip.get(label, label)
                found.append((m.start(), m.end(), kind))
        if not talk:
            found = [f for f in found if _quoted(text, f[0], f[1])]
            if found and _characteriser(sent, c) is None:
                found = []
        words = len(found)
        for label, pat in c["idioms"].items():  # "went by the book": no talk noun needed
            for m in pat.finditer(text):
                if not any(a < m.end() and m.start() < b for a, b, _ in found):
                    found.append((m.start(), m.end(), label))
        if not found:
            continue
        idioms = {(a, b) for a, b, _ in found[words:]}
        found.sort()
        for group, speaker in _by_speaker(sent, text, found, c):
            why = IDIOM if all((a, b) in idioms for a, b, _ in group) else (
                TALK_SENTENCE if talk else QUOTED_WORD)
            claim = _tone_claim(article, sent, base, group, speaker, c)
            yield claim.model_copy(update={"rule": why})


def _by_speaker(
    sent: Any, text: str, found: list[tuple[int, int, str]], c: dict[str, Any]
) -> list[tuple[list[tuple[int, int, str]], str | None]]:
    """Tone words cut at clause breaks (« tandis que », "while") when each clause has its
    own speaker; otherwise one group for the sentence."""
    cuts = sorted(m.start() for m in c["breaks"].finditer(text)) if c["breaks"] else []
    if not cuts:
        return [(found, None)]
    bounds = [0, *cuts, len(text)]
    groups: list[tuple[list[tuple[int, int, str]], str | None]] = []
    for lo, hi in itertools.pairwise(bounds):
        part = [f for f in found if lo <= f[0] < hi]
        if not part:
            continue
        speaker = _characteriser(sent, c, sent.start_char + lo, sent.start_char + hi)
        if groups and (speaker is None or groups[-1][1] is None or speaker == groups[-1][1]):
            groups[-1] = (groups[-1][0] + part, groups[-1][1] or speaker)
        else:
            groups.append((part, speaker))
    if len(groups) == 1:
        return [(groups[0][0], None)]
    return groups


def _tone_claim(
    article: Article, sent: Any, base: int, found: list[tuple[int, int, str]],
    speaker: str | None, c: dict[str, Any],
) -> Claim:
    kinds = {k for _, _, k in found}
    polar = kinds - {"mixed"}
    # "frank and constructive" is positive; "frank but tense" negative; "frank" mixed
    label = polar.pop() if len(polar) == 1 else "mixed"
    words = [article.text[base + a : base + b] for a, b, _ in found]
    ws, we = base + found[0][0], base + found[-1][1]
    claimant = speaker or claimant_of(article, sent, ws, we) or _characteriser(sent, c)
    return article.make_claim(
        "event.tone", "talks", LabelValue(label=label, words=words),
        f"{label}: {', '.join(words)}", ws, we,
        claimant=claimant,
        modality=_undenied(modality_of(article, sent, ws, we)),
    )


def _characteriser(
    sent: Any, c: dict[str, Any], lo: int | None = None, hi: int | None = None
) -> str | None:
    """The person subject of « qualifier », "call", "describe" in the sentence (or in
    the stretch ``lo``–``hi`` of it)."""
    for tok in sent:
        if lo is not None and hi is not None and not lo <= tok.idx < hi:
            continue
        if tok.pos_ not in ("VERB", "AUX", "ADJ") or tok.lemma_.lower() not in c["characterise"]:
            continue
        # the verb's own subject, else one the parser misread
        for step in (_verb_subject, _incise_subject, _agent_after):
            who = step(sent, tok)
            if who is not None:
                return noun_phrase(sent, who)
    return None


def _verb_subject(sent: Any, tok: Any) -> Any | None:
    """The characterising verb's active subject, or its agent (« jugés constructifs par X »)."""
    for child in tok.children:
        if child.dep_.startswith("nsubj") and child.dep_ != "nsubj:pass":
            return child
        if child.dep_ in ("obl:agent", "agent"):
            inner = [child]
            if child.dep_ == "agent":
                inner = [g for g in child.children if g.dep_ == "pobj"]
            if inner:
                return inner[0]
    return None


def _incise_subject(sent: Any, tok: Any) -> Any | None:
    """An inverted speech subject in an incise (« », s'est félicité le directeur, X »): the
    parser often reads it as an object; a person named after the verb wins."""
    if tok.dep_ == "parataxis" or any(
        t.text in ("»", "\u201d", '"') for t in sent.doc[max(sent.start, tok.i - 4) : tok.i]
    ):
        after = [ch for ch in tok.children if ch.i > tok.i and ch.pos_ in ("NOUN", "PROPN")]
        named = [ch for ch in after if ch.ent_type_ in _PERSON]
        if named or after:
            return (named or after)[0]
    return None


def _agent_after(sent: Any, tok: Any) -> Any | None:
    """The noun after « par » / "by" just past the verb (« jugés fructueux par les deux
    délégations »), when the parser missed the agent."""
    doc = sent.doc
    for j in range(tok.i + 1, min(tok.i + 6, sent.end)):
        if doc[j].text.lower() in ("par", "by"):
            for k in range(j + 1, min(j + 5, sent.end)):
                if doc[k].pos_ in ("NOUN", "PROPN"):
                    return doc[k]
            break
    return None
