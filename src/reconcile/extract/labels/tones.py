"""``event.tone``: the words characterising the talks, one claim per speaker and sentence."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of, quote_spans
from reconcile.extract.context import Article
from reconcile.extract.labels.words import _PERSON, Sentence, _negated, _undenied
from reconcile.extract.mentions.people import noun_phrase
from reconcile.extract.registry import rule
from reconcile.lang import Profile, fold, profile
from reconcile.lang.polarity import polarity
from reconcile.models import Claim, LabelValue

TALK_SENTENCE = rule("tone.talk_sentence", "a characterising word counts only in a sentence "
                     "that names the talks or the event (a talk noun), so praise or blame of "
                     "anything else is no tone; a negation just before it flips it")
QUOTED_WORD = rule("tone.quoted_word", "without a talk noun, a characterising word counts only "
                   "quoted alone, as someone's word, in a sentence whose characterising verb "
                   "(call, describe, « qualifier ») has a subject")
IDIOM = rule("tone.idiom", "a set phrase that judges how an event went ('went off without a "
             "hitch', « sans accroc ») says it by itself: no talk noun needed")

JUDGEMENT = rule("tone.judgement", "inside a quotation with a claimant, a word a maintained "
                 "polarity lexicon rates (VADER, Pattern) in a judging position — the predicate "
                 "of a copula, a modifier of it or of a verbless quote's head, a manner adverb "
                 "— is how the claimant found the event; a word that names what is counted "
                 "(dead, injured) is a fact. A lexicon reading is a guess: its disagreements "
                 "are listed, never red")

#: the least |polarity| (−1…1) that makes a word a judgement, per lexicon: VADER's mean
#: ratings of 1.6 of 4 and up ("shock", "remarkable"); Pattern's French scale is narrower
#: (« exemplaire » 0.3, « belle » 0.8)
JUDGING = {"en": 0.4, "fr": 0.3}

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


def _judgements(article: Article, c: dict[str, Any], sents: list[Sentence],
                taken: set[int]) -> Iterator[Claim]:
    """``tone.judgement``: one claim per quotation whose judging words the lexicon rates,
    in sentences no other tone rule read (``taken``: their start offsets)."""
    prof, rated = profile(article.lang), polarity(article.lang)
    least = JUDGING.get(article.lang)
    if prof is None or not rated or least is None:
        return
    for sent, _text, base in sents:
        if base in taken:
            continue
        for qs, qe in quote_spans(sent, article.lang):
            found = [(t, v) for t in sent if qs <= t.idx < qe
                     and abs(v := _rating(t, rated)) >= least and _judging(t, qs, qe, prof)]
            if not found:
                continue
            claimant = claimant_of(article, sent, qs, qe)
            if claimant is None or claimant in article.text[qs:qe]:
                # never a phrase of the quotation itself
                claimant = _characteriser(sent, c) or _incise_speaker(sent, c)
            if claimant is None or claimant in article.text[qs:qe]:
                continue
            signs = {(v > 0) != _negated(article, sent, t.idx, c) for t, v in found}
            label = "mixed" if len(signs) == 2 else ("positive" if signs.pop() else "negative")
            ws, we = found[0][0].idx, found[-1][0].idx + len(found[-1][0].text)
            yield article.make_claim(
                "event.tone", "event", LabelValue(label=label, words=[t.text for t, _ in found]),
                f"{label}: {', '.join(t.text for t, _ in found)}", ws, we,
                claimant=claimant, modality=_undenied(modality_of(article, sent, ws, we)),
            ).model_copy(update={"rule": JUDGEMENT})


#: the dependents that give a feeling its own object: a feeling about something named is
#: about that thing, which need not be the event
_OWN_OBJECT = frozenset({"prep", "xcomp", "ccomp", "advcl", "obl", "obl:arg", "acl"})


def _incise_speaker(sent: Any, c: dict[str, Any]) -> str | None:
    """« « … », a raconté X »: the speaker of a speech-verb incise the parser read as its
    object."""
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in c["speech"]:
            who = _incise_subject(sent, tok)
            if who is not None:
                return noun_phrase(sent, who)
    return None


def _rating(tok: Any, rated: dict[str, float]) -> float:
    return rated.get(fold(tok.text), 0.0) or rated.get(fold(tok.lemma_), 0.0)


def _judging(tok: Any, qs: int, qe: int, prof: Profile) -> bool:
    """Is the word in a judging position inside the quotation ``qs``–``qe``?"""
    if prof.concept(tok.lemma_) is not None:
        return False  # "two are dead", « trois blessés »: what is counted, not a judgement
    if tok.pos_ in ("ADJ", "VERB") and any(ch.dep_ in _OWN_OBJECT for ch in tok.children):
        return False  # "proud of how we played", « fière d'avoir accueilli »: about its object
    if tok.pos_ == "VERB":  # "we were devastated", « nous sommes dévastés »: a state
        return tok.dep_ in ("acomp", "attr", "oprd") or any(
            ch.dep_ in ("auxpass", "aux:pass") for ch in tok.children)
    if tok.pos_ not in ("ADJ", "NOUN", "ADV"):
        return False
    if tok.pos_ == "ADV":
        return bool(tok.dep_ == "advmod" and tok.head.pos_ == "VERB")  # "behaved admirably"
    if _predicate(tok, qs, qe, prof):
        return True
    return tok.pos_ == "ADJ" and tok.dep_ in prof.deps.adjective and _predicate(
        tok.head, qs, qe, prof)  # "a dignified farewell", « une belle cérémonie »


def _predicate(tok: Any, qs: int, qe: int, prof: Profile) -> bool:
    """The predicate of a copula ("it was chaos", « nous sommes dévastés »), or the head of
    a quotation without a verb ("an intolerable attack on our heritage")."""
    if tok.dep_ in ("acomp", "attr", "oprd") or any(ch.dep_ == "cop" for ch in tok.children):
        return True
    head_outside = tok.head.i == tok.i or not qs <= tok.head.idx < qe
    return head_outside and tok.pos_ in ("NOUN", "ADJ") and not any(
        t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i : tok.i + 1].sent
        if qs <= t.idx < qe and t.dep_ not in prof.deps.clause)
