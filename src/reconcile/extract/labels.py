"""Categorical slots: ``event.format``, ``event.tone``, ``event.outcome``,
``event.next`` and ``event.setting``.

All the words are in ``extract/data/labels.yaml``; this module only matches
them, sentence by sentence (title, lead and body; never captions).

- format (subject ``meeting``): closed_doors, one_on_one, n_on_n (words keep the
  phrase and the normalised "3-on-3"), open, expanded.
- tone (subject ``talks``): the characterising words as written; label positive,
  negative or mixed (both kinds, or a "frank"-type word); a negation right before
  a word flips it. The sentence must speak of the talks (a `talk_nouns` word), so
  a "good" elsewhere is not a tone. Claimant from ``attribution``.
- outcome (subject ``talks``): the first matching label wins its stretch of text;
  "no deal until there's a deal" reads as agreement **false**, label no_deal: the
  sentence says there is no deal now; what might come later is not an outcome.
  A deal that is only hoped for or conditional gets modality expected.
- next (subject ``next_meeting``): an announced or possible follow-up meeting,
  with its place (a place entity after a locative preposition) and the people
  named in the sentence; modality expected when it is only a possibility.
- setting (subject ``room``): decoration and room details, label + words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article, lexicon
from reconcile.extract.registry import extractor
from reconcile.models import Claim, LabelValue, Modality, NextValue, OutcomeValue

_PERSON = ("PER", "PERSON")
_PLACE = ("LOC", "GPE", "FAC")


def _norm(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u02bc", "'")


def _rx(phrases: list[str]) -> re.Pattern[str]:
    alts = "|".join(f"(?:{p})" for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _compiled(lang: str) -> dict[str, Any]:
    w = lexicon("labels", lang)
    if not w:
        return {}
    return {
        "talk": _rx([re.escape(x) for x in w.get("talk_nouns", [])]),
        "format": {k: [re.compile(rf"(?<![\w-]){p}(?![\w-])", re.IGNORECASE) for p in v]
                   for k, v in (w.get("format") or {}).items()},
        "tone": {k: _rx(v) for k, v in (w.get("tone") or {}).items()},
        "outcome": [
            (k, v.get("agreement"), _rx(v.get("phrases", [])))
            for k, v in (w.get("outcome") or {}).items()
        ],
        "next": _rx((w.get("next") or {}).get("phrases", [])),
        "possible": _rx((w.get("next") or {}).get("possible", [])),
        "setting": {k: _rx(v) for k, v in (w.get("setting") or {}).items()},
        "negation": {str(x).lower() for x in w.get("negation", [])},
        "characterise": {str(x).lower() for x in w.get("characterise_lemmas", [])},
        "window": int(w.get("negation_window", 4)),
        "numbers": {str(k).lower(): int(v) for k, v in (w.get("numbers") or {}).items()},
        "place_preps": {str(x).lower() for x in (w.get("next") or {}).get("place_preps", [])},
    }


def _sentences(article: Article) -> Iterator[tuple[Any, str, int]]:
    for sent in article.sentences():
        yield sent, _norm(sent.text), sent.start_char


def _number(word: str, numbers: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    return numbers.get(word.lower())


def _negated(article: Article, sent: Any, start: int, c: dict[str, Any]) -> bool:
    toks = [t for t in sent if t.idx < start]
    return any(_norm(t.text).lower() in c["negation"] for t in toks[-c["window"] :])


def _formats(article: Article, c: dict[str, Any]) -> Iterator[Claim]:
    seen: set[str] = set()
    for sent, text, base in _sentences(article):
        taken: list[tuple[int, int]] = []
        for label, patterns in c["format"].items():
            for pat in patterns:
                for m in pat.finditer(text):
                    if any(a < m.end() and m.start() < b for a, b in taken):
                        continue
                    words = [article.text[base + m.start() : base + m.end()]]
                    out = label
                    if label == "n_on_n":
                        a, b = (_number(g, c["numbers"]) for g in m.groups()[:2])
                        if a is None or b is None:
                            continue
                        if a == b == 1:
                            out = "one_on_one"
                        else:
                            words.append(f"{a}-on-{b}")
                    taken.append((m.start(), m.end()))
                    key = out + "|" + "|".join(words[1:])
                    if key in seen:
                        continue
                    seen.add(key)
                    s, e = base + m.start(), base + m.end()
                    yield article.make_claim(
                        "event.format", "meeting", LabelValue(label=out, words=words),
                        f"{out} ({words[0]})", s, e,
                        claimant=claimant_of(article, sent, s, e),
                        modality=modality_of(article, sent, s, e),
                    )


def _tones(article: Article, c: dict[str, Any]) -> Iterator[Claim]:
    flip = {"positive": "negative", "negative": "positive", "mixed": "mixed"}
    for sent, text, base in _sentences(article):
        if not c["talk"].search(text):
            continue
        found: list[tuple[int, int, str]] = []
        for label, pat in c["tone"].items():
            for m in pat.finditer(text):
                if any(a < m.end() and m.start() < b for a, b, _ in found):
                    continue
                kind = label
                if _negated(article, sent, base + m.start(), c):
                    kind = flip.get(label, label)
                found.append((m.start(), m.end(), kind))
        if not found:
            continue
        found.sort()
        kinds = {k for _, _, k in found}
        polar = kinds - {"mixed"}
        # "frank and constructive" is positive; "frank but tense" negative; "frank" mixed
        label = polar.pop() if len(polar) == 1 else "mixed"
        words = [article.text[base + a : base + b] for a, b, _ in found]
        ws, we = base + found[0][0], base + found[-1][1]
        s, e = ws, we
        yield article.make_claim(
            "event.tone", "talks", LabelValue(label=label, words=words),
            f"{label}: {', '.join(words)}", s, e,
            claimant=claimant_of(article, sent, ws, we) or _characteriser(sent, c),
            modality=_undenied(modality_of(article, sent, ws, we)),
        )


def _characteriser(sent: Any, c: dict[str, Any]) -> str | None:
    """The person subject of « qualifier », "call", "describe" in the sentence."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX", "ADJ") or tok.lemma_.lower() not in c["characterise"]:
            continue
        for child in tok.children:
            if child.dep_.startswith("nsubj") and child.dep_ != "nsubj:pass":
                return noun_phrase(sent, child)
            if child.dep_ in ("obl:agent", "agent"):  # « jugés constructifs par X »
                inner = [child]
                if child.dep_ == "agent":
                    inner = [g for g in child.children if g.dep_ == "pobj"]
                if inner:
                    return noun_phrase(sent, inner[0])
        # « jugés fructueux par les deux délégations », the parser missing the agent
        doc = sent.doc
        for j in range(tok.i + 1, min(tok.i + 6, sent.end)):
            if doc[j].text.lower() in ("par", "by"):
                for k in range(j + 1, min(j + 5, sent.end)):
                    if doc[k].pos_ in ("NOUN", "PROPN"):
                        return noun_phrase(sent, doc[k])
                break
    return None


def noun_phrase(sent: Any, tok: Any) -> str:
    """A person's name, or a noun phrase without its determiner (« le dirigeant russe »)."""
    for ent in sent.ents:
        if ent.start <= tok.i < ent.end:
            return str(ent.text)
    keep = {"det", "amod", "flat:name", "flat", "compound", "nummod", "fixed"}
    parts = [tok, *(t for t in tok.subtree if t.i != tok.i and t.dep_ in keep and t.head == tok)]
    parts = [t for t in parts if t.dep_ not in ("det", "case") or t.i > tok.i]
    a = min(t.i for t in parts)
    b = max(t.i for t in parts) + 1
    return str(sent.doc[a:b].text)


def _undenied(modality: Modality) -> Modality:
    """A negation is already in the label (not productive → negative; no deal)."""
    return "asserted" if modality == "denied" else modality


def _outcomes(article: Article, c: dict[str, Any]) -> Iterator[Claim]:
    for sent, text, base in _sentences(article):
        taken: list[tuple[int, int]] = []
        for label, agreement, pat in c["outcome"]:
            for m in pat.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                s, e = base + m.start(), base + m.end()
                agreed: bool | None = agreement
                modality: Modality = _undenied(modality_of(article, sent, s, e))
                if agreed is True and (
                    _negated(article, sent, s, c)
                    or any(w in c["negation"] for w in m.group(0).lower().split())
                ):
                    agreed, label = False, "no_deal" if label == "deal" else label
                if agreed is True and c["possible"].search(text[: m.start()]):
                    modality = "expected"  # "could reach a deal", « pourrait conclure un accord »
                yield article.make_claim(
                    "event.outcome", "talks", OutcomeValue(agreement=agreed, label=label),
                    f"{label} (agreement: {agreed})", s, e,
                    claimant=claimant_of(article, sent, s, e),
                    modality=modality,
                )
                break  # one outcome per label per sentence


def next_spans(article: Article, sent: Any) -> list[tuple[int, int]]:
    """Character spans where ``sent`` announces a follow-up meeting."""
    c = _compiled(article.lang)
    if not c:
        return []
    base = sent.start_char
    return [(base + m.start(), base + m.end()) for m in c["next"].finditer(_norm(sent.text))]


def _next(article: Article, c: dict[str, Any]) -> Iterator[Claim]:
    for sent, text, base in _sentences(article):
        m = c["next"].search(text)
        if not m:
            continue
        place = None
        place_end = base + m.end()
        for ent in sent.ents:
            if ent.label_ not in _PLACE or ent.start_char < base + m.start():
                continue
            prev = article.doc[ent.start - 1]
            if prev.text.lower() in ("la", "le", "l'", "the") and ent.start - 2 >= sent.start:
                prev = article.doc[ent.start - 2]
            if _norm(prev.text).lower() in c["place_preps"]:
                place = str(ent.text)
                place_end = ent.end_char
                break
        s, e = base + m.start(), base + m.end()
        claimant = claimant_of(article, sent, s, e)
        people: list[str] = []
        for ent in sent.ents:
            name = str(ent.text).split("\n")[-1].strip()
            if ent.label_ in _PERSON and name not in people and name != claimant:
                people.append(name)
        modality: Modality = modality_of(article, sent, s, e)
        if c["possible"].search(text):
            modality = "expected"
        label = "next meeting" + (f" in {place}" if place else "")
        label += f" with {', '.join(people)}" if people else ""
        yield article.make_claim(
            "event.next", "next_meeting", NextValue(place=place, participants=people),
            label, s, max(e, place_end),
            claimant=claimant,
            modality=modality,
        )


def _settings(article: Article, c: dict[str, Any]) -> Iterator[Claim]:
    for sent, text, base in _sentences(article):
        for label, pat in c["setting"].items():
            m = pat.search(text)
            if not m:
                continue
            s, e = base + m.start(), base + m.end()
            words = [article.text[s:e]]
            yield article.make_claim(
                "event.setting", "room", LabelValue(label=label, words=words),
                f"{label} ({words[0]})", s, e,
                claimant=claimant_of(article, sent, s, e),
            )


def _first_of_each(claims: Iterator[Claim]) -> Iterator[Claim]:
    """The same outcome (or follow-up) said again by the same voice is one claim."""
    seen: set[str] = set()
    for claim in claims:
        key = claim.value.model_dump_json() + f"|{claim.qualifiers.claimant}"
        key += f"|{claim.qualifiers.modality}"
        if key not in seen:
            seen.add(key)
            yield claim


@extractor("labels")
def extract_labels(article: Article) -> Iterator[Claim]:
    c = _compiled(article.lang)
    if not c:
        return
    yield from _formats(article, c)
    yield from _tones(article, c)
    yield from _first_of_each(_outcomes(article, c))
    yield from _first_of_each(_next(article, c))
    yield from _settings(article, c)
