"""Categorical slots: ``event.format``, ``event.tone``, ``event.outcome``,
``event.next`` and ``event.setting``.

All the words are in ``extract/data/labels.yaml``; this module only matches
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
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article, lexicon, person_key
from reconcile.extract.participants import fold_case, lexicon_for
from reconcile.extract.registry import extractor
from reconcile.models import (
    Claim,
    LabelValue,
    LocationValue,
    Modality,
    NextValue,
    OutcomeValue,
    ParticipantValue,
)

_PERSON = ("PER", "PERSON")
#: outcomes that belong to one person: two defendants may be convicted and acquitted
_PERSONAL_OUTCOMES = frozenset({"convicted", "acquitted"})
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
            (k, v.get("agreement"), _rx(v.get("phrases", [])), str(v.get("subject", "talks")))
            for k, v in (w.get("outcome") or {}).items()
        ],
        "background": _rx(w.get("background", [])) if w.get("background") else None,
        "idioms": {k: _rx(v) for k, v in (w.get("tone_idioms") or {}).items()},
        "next": _rx((w.get("next") or {}).get("phrases", [])),
        "possible": _rx((w.get("next") or {}).get("possible", [])),
        "setting": {k: _rx(v) for k, v in (w.get("setting") or {}).items()},
        "negation": {str(x).lower() for x in w.get("negation", [])},
        "characterise": {str(x).lower() for x in w.get("characterise_lemmas", [])},
        "window": int(w.get("negation_window", 4)),
        "numbers": {str(k).lower(): int(v) for k, v in (w.get("numbers") or {}).items()},
        "place_preps": {str(x).lower() for x in (w.get("next") or {}).get("place_preps", [])},
        "format_subject": {str(k): str(v) for k, v in (w.get("format_subjects") or {}).items()},
        "breaks": _rx([re.escape(x) for x in w.get("clause_breaks", [])])
        if w.get("clause_breaks") else None,
        "pair": _rx((w.get("next") or {}).get("pair_subjects", [])),
        "next_kinds": [
            (str(k), _rx(v)) for k, v in ((w.get("next") or {}).get("kinds") or {}).items()
        ],
        "when": _rx((w.get("next") or {}).get("when", [])),
        "here": _rx(here) if (here := (w.get("next") or {}).get("here")) else None,
        "speech": {str(x).lower() for x in lexicon("quotes", lang).get("speech_lemmas", [])},
    }


#: a sentence, its text with apostrophes normalised, and its start offset
Sentence = tuple[Any, str, int]


def _sentences(article: Article) -> list[Sentence]:
    """Normalised once per extractor run and handed to every label finder."""
    return [(sent, _norm(sent.text), sent.start_char) for sent in article.sentences()]


# --------------------------------------------------------------------------- people


@dataclass
class Person:
    """A named person of the article: canonical name, role and side when known."""

    name: str
    role: str | None = None
    side: str | None = None

    @property
    def surname(self) -> str:
        return fold_case(self.name.split()[-1]).lower() if self.name.split() else ""


_AND = frozenset({"et", "and", "&"})


def _surname(text: str) -> str:
    words = text.split()
    return fold_case(words[-1]).lower() if words else ""


def people_of(article: Article, sents: list[Sentence]) -> list[Person]:
    """The article's named people, in text order, from the participant claims (a name
    that is also a place claim is a place). Sides the participant claims lack are
    completed from a respective coordination: « les présidents russe et américain,
    A et B », "the Russian and US leaders, A and B" (names in that sentence or the next)."""
    places = {
        fold_case(c.value.name).lower()
        for c in article.claims
        if isinstance(c.value, LocationValue)
    } | {fold_case(c.quote).lower() for c in article.claims if c.slot == "event.location"}
    people: list[Person] = []
    for claim in article.claims:
        v = claim.value
        if not isinstance(v, ParticipantValue) or v.name is None or v.plural:
            continue
        if fold_case(v.name).lower() in places or len(v.name) < 3:
            continue
        known = next((p for p in people if p.name == v.name), None)
        if known is None:
            people.append(Person(v.name, v.role, v.side))
        else:
            known.role = known.role or v.role
            known.side = known.side or v.side
    if any(p.side is None for p in people):
        _respective_sides(article, people, sents)
    return people


def person_named(people: list[Person], text: str) -> Person | None:
    """The person a name as written refers to (full name or surname)."""
    key = _surname(text)
    for person in people:
        if person.surname == key or fold_case(person.name).lower() == fold_case(text).lower():
            return person
    return None


def _pair_in(article: Article, sent: Any) -> tuple[str, str] | None:
    """The first two person names joined by « et » / "and" in a sentence."""
    ents = [e for e in sent.ents if e.label_ in _PERSON]
    for a, b in itertools.pairwise(ents):
        between = article.doc[a.end : b.start]
        words = [t.text.lower() for t in between if not t.is_space]
        if words and all(w in _AND or w == "," for w in words) and any(w in _AND for w in words):
            return str(a.text).split("\n")[-1].strip(), str(b.text).split("\n")[-1].strip()
    return None


def _respective_sides(article: Article, people: list[Person], sents: list[Sentence]) -> None:
    lex = lexicon_for(article.lang)
    if lex.side_re is None:
        return
    for i, (_sent, text, _base) in enumerate(sents):
        found = list(lex.side_re.finditer(fold_case(text)))
        for m1, m2 in itertools.pairwise(found):
            gap = text[m1.end() : m2.start()].strip().lower()
            s1, s2 = lex.side_key(m1.group(0)), lex.side_key(m2.group(0))
            if gap not in _AND or not s1 or not s2 or s1 == s2:
                continue
            for sent, _t, _b in sents[i : i + 2]:
                pair = _pair_in(article, sent)
                if pair is None:
                    continue
                for written, side in zip(pair, (s1, s2), strict=True):
                    person = person_named(people, written)
                    if person is not None and person.side is None:
                        person.side = side
                return


def principals(article: Article, people: list[Person], sents: list[Sentence]) -> list[Person]:
    """The two people the story is about: the first pair of names joined by « et » /
    "and" in the article (« Andreï X et Daniel Y se sont retrouvés »)."""
    for sent, _text, _base in sents:
        pair = _pair_in(article, sent)
        if pair is None:
            continue
        found = [person_named(people, w) for w in pair]
        out = [p for p in found if p is not None]
        if len(out) == 2 and out[0] is not out[1]:
            return out
    return []


def by_side(
    people: list[Person], leads: list[Person], side: str | None, role: str | None
) -> Person | None:
    """The one person of ``side`` (and ``role`` when given): among the people whose role
    fits, else among the principals; None when it is not a single person."""
    if side is None:
        return None
    fits = [p for p in people if p.side == side and role is not None and p.role == role]
    if len(fits) == 1:
        return fits[0]
    fits = [p for p in leads if p.side == side]
    if len(fits) == 1:
        return fits[0]
    if len(leads) == 2:  # the other principal's side is known and differs
        for a, b in (leads, leads[::-1]):
            if b.side is not None and b.side != side and a.side is None:
                return a
    return None


def _number(word: str, numbers: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    return numbers.get(word.lower())


def _negated(article: Article, sent: Any, start: int, c: dict[str, Any]) -> bool:
    toks = [t for t in sent if t.idx < start]
    return any(_norm(t.text).lower() in c["negation"] for t in toks[-c["window"] :])


def _formats(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    seen: set[str] = set()
    for sent, text, base in sents:
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
                        "event.format", c["format_subject"].get(out, "talks"),
                        LabelValue(label=out, words=words),
                        f"{out} ({words[0]})", s, e,
                        claimant=claimant_of(article, sent, s, e),
                        modality=modality_of(article, sent, s, e),
                    )


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
        for label, pat in c["idioms"].items():  # "went by the book": no talk noun needed
            for m in pat.finditer(text):
                if not any(a < m.end() and m.start() < b for a, b, _ in found):
                    found.append((m.start(), m.end(), label))
        if not found:
            continue
        found.sort()
        for group, speaker in _by_speaker(sent, text, found, c):
            yield _tone_claim(article, sent, base, group, speaker, c)


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
        for child in tok.children:
            if child.dep_.startswith("nsubj") and child.dep_ != "nsubj:pass":
                return noun_phrase(sent, child)
            if child.dep_ in ("obl:agent", "agent"):  # « jugés constructifs par X »
                inner = [child]
                if child.dep_ == "agent":
                    inner = [g for g in child.children if g.dep_ == "pobj"]
                if inner:
                    return noun_phrase(sent, inner[0])
        # an inverted speech subject in an incise (« », s'est félicité le directeur, X »):
        # the parser often reads it as an object; a person named after the verb wins
        if tok.dep_ == "parataxis" or any(
            t.text in ("»", "\u201d", '"') for t in sent.doc[max(sent.start, tok.i - 4) : tok.i]
        ):
            after = [ch for ch in tok.children if ch.i > tok.i and ch.pos_ in ("NOUN", "PROPN")]
            named = [ch for ch in after if ch.ent_type_ in _PERSON]
            if named or after:
                return noun_phrase(sent, (named or after)[0])
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
    # « le directeur des opérations, Marc Lenoir », "mission director Paula Grant": the name
    for ent in sent.ents:
        if ent.label_ in _PERSON and ent.root.head.i == tok.i and ent.root.dep_ in (
            "appos", "flat:name", "flat", "compound", "nmod"
        ):
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
                if agreed is True and (
                    _negated(article, sent, s, c)
                    or any(w in c["negation"] for w in m.group(0).lower().split())
                ):
                    agreed, label = False, "no_deal" if label == "deal" else label
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
                )
                break  # one outcome per label per sentence


def next_spans(article: Article, sent: Any) -> list[tuple[int, int]]:
    """Character spans where ``sent`` announces a follow-up meeting."""
    c = _compiled(article.lang)
    if not c:
        return []
    base = sent.start_char
    return [(base + m.start(), base + m.end()) for m in c["next"].finditer(_norm(sent.text))]


def _speakers(article: Article, sent: Any, c: dict[str, Any]) -> set[str]:
    """People the sentence quotes (« …, a indiqué X », "X said"): who said it, not who meets."""
    out: set[str] = set()
    for ent in sent.ents:
        if ent.label_ not in _PERSON:
            continue
        root = ent.root
        while root.dep_ in ("flat:name", "flat", "compound", "appos") and root.head.i != root.i:
            root = root.head
        if root.dep_.startswith("nsubj") and root.head.lemma_.lower() in c["speech"]:
            out.add(str(ent.text).split("\n")[-1].strip())
    return out


def _next(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    """One follow-up claim per place per article: the first mention that gives the place
    (a placeless mention only when no mention gives one), with everyone named as meeting."""
    people: list[Person] | None = None
    leads: list[Person] | None = None
    found: list[tuple[Any, int, int, str | None, list[str]]] = []
    for sent, text, base in sents:
        m = c["next"].search(text)
        if not m:
            continue
        here = c["here"].match(text, m.end() + 1) if c["here"] is not None else None
        if here and text[m.end() : m.end() + 1] == " ":
            continue  # "is expected to visit the area": a presence to come, no follow-up
        if people is None:
            people = people_of(article, sents)
        place = None
        place_end = base + m.end()
        for ent in sent.ents:
            if ent.label_ not in _PLACE or ent.start_char < base + m.start():
                continue
            if 0 <= ent.start_char - (base + m.end()) <= 1:  # "to visit Beijing"
                place, place_end = str(ent.text), ent.end_char
                break
            prev = article.doc[ent.start - 1]
            if prev.text.lower() in ("la", "le", "l'", "the") and ent.start - 2 >= sent.start:
                prev = article.doc[ent.start - 2]
            if _norm(prev.text).lower() in c["place_preps"]:
                place = str(ent.text)
                place_end = ent.end_char
                break
        s, e = base + m.start(), base + m.end()
        claimant = claimant_of(article, sent, s, e)
        quoted = _speakers(article, sent, c)
        names: list[str] = []
        for ent in sent.ents:
            name = str(ent.text).split("\n")[-1].strip()
            if ent.label_ in _PERSON and name != claimant and name not in quoted:
                person = person_named(people, name)
                names.append(person.name if person else name)
        if c["pair"].search(text):  # « les deux présidents », "both leaders"
            if leads is None:
                leads = principals(article, people, sents)
            names.extend(p.name for p in leads)
        if c["pair"].search(text) is None and not names:
            # "X accepted an invitation to visit Y": the subject of the phrase's verb
            names.extend(_phrase_subject(article, sent, s, people))
        found.append((sent, s, max(e, place_end), place, list(dict.fromkeys(names))))
    everyone = list(dict.fromkeys(n for *_, names in found for n in names))
    placed = [f for f in found if f[3] is not None]
    # no place said: the mention that says when ("is scheduled for March") over a passing
    # one ("nothing to change before the next flight")
    timed = [f for f in found if c["when"].search(_norm(f[0].text), f[1] - f[0].start_char)]
    keep: dict[str, tuple[Any, int, int, str | None, list[str]]] = {}
    for f in placed or timed[:1] or found[:1]:
        keep.setdefault(fold_case(f[3] or "").lower(), f)
    for sent, s, e, place, names in keep.values():
        text = _norm(sent.text)
        people_here = names or everyone
        modality: Modality = modality_of(article, sent, s, e)
        if c["possible"].search(text):
            modality = "expected"
        phrase = _norm(article.text[s:e])
        kind = next((k for k, rx in c["next_kinds"] if rx.search(phrase)), "talks")
        wm = c["when"].search(text, s - sent.start_char)
        base = sent.start_char
        when = article.text[base + wm.start() : base + wm.end()] if wm else None
        label = f"next {'meeting' if kind == 'talks' else kind}" + (f" in {place}" if place else "")
        label += f" with {', '.join(people_here)}" if people_here else ""
        label += f" ({when})" if when else ""
        yield article.make_claim(
            "event.next", kind, NextValue(place=place, participants=people_here, when=when),
            label, s, e,
            claimant=claimant_of(article, sent, s, e),
            modality=modality,
        )


def _phrase_subject(article: Article, sent: Any, start: int, people: list[Person]) -> list[str]:
    """The person subject of the verb the next-step phrase starts with ("X accepted an
    invitation", « X se rendra à »)."""
    for tok in sent:
        if tok.idx < start or tok.pos_ not in ("VERB", "AUX"):
            continue
        head = tok if tok.pos_ == "VERB" else tok.head
        for child in head.children:
            if not child.dep_.startswith("nsubj"):
                continue
            if child.ent_type_ in _PERSON:
                name = _person_name(sent, child)
                person = person_named(people, name)
                return [person.name if person else name]
            # a surname the tagger left untyped ("Montclar accepted"): a known person
            person = person_named(people, child.text) if child.pos_ == "PROPN" else None
            if person is not None:
                return [person.name]
        return []
    return []


def _person_name(sent: Any, tok: Any) -> str:
    for ent in sent.ents:
        if ent.start <= tok.i < ent.end:
            return str(ent.text).split("\n")[-1].strip()
    return str(tok.text)


def _settings(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    for sent, text, base in sents:
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


# the follow-up meeting and the tone read the article's participant claims
@extractor("labels", after=("participants",))
def extract_labels(article: Article) -> Iterator[Claim]:
    c = _compiled(article.lang)
    if not c:
        return
    sents = _sentences(article)
    yield from _formats(article, c, sents)
    yield from _tones(article, c, sents)
    yield from _one_per_value(_outcomes(article, c, sents))
    yield from _next(article, c, sents)
    yield from _settings(article, c, sents)
