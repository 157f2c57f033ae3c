"""``event.vehicle``: which vehicle, whose, its kind and nickname, who rode in it.

Subject ``ride`` for the car someone used to get to or around the event, ``ride.<family>``
for other families (aircraft, helicopter, rocket, spacecraft, boat, bus, train: a rocket
and a recovery ship are not one topic), ``usual`` / ``usual.<family>`` for habitual use
(« se déplace habituellement dans », "usually travels in").

A sentence can hold several vehicles ("arrived in her official car, then switched to a
fire service command vehicle": two claims). Each mention is a claim by one named rule:

* ``vehicle.model``: a named model, or a make with its model designation ("Audi A8",
  "Gulfstream G650", « l'EC135 »); a make alone needs a determiner ("the Audi");
* ``vehicle.named``: a common noun with a proper name next to it (« la fusée Vega »,
  "an Ariane 6 rocket");
* a common noun alone (limousine, plane) needs something saying whose or which, and the
  rule that said it is the claim's rule: ``vehicle.owner.possessor`` ("the prime
  minister's Audi"), ``vehicle.owner.premodifier`` ("a fire service command vehicle", "a
  French government Airbus"), ``vehicle.owner.complement`` (« l'avion du gouvernement
  français », « l'hélicoptère de la gendarmerie »), ``vehicle.owner.operator`` ("operated
  by X", "launch operator X said"), ``vehicle.owner.role`` (« la limousine présidentielle
  russe », « la limousine du Premier ministre »: the article's one person of that role
  and side), ``vehicle.owner.possessive`` (« sa voiture de fonction »: the rider, the
  clause's subject or the previous sentence's), ``vehicle.side`` ("the French plane": a
  side or nationality, no owner), ``vehicle.nickname``, ``vehicle.means`` ("by
  helicopter", « évacués en hélicoptère »: the means of transport, without determiner).

The sentence must say someone rode, flew or arrived, or that the vehicle is habitual or
nicknamed; "a car", "a helicopter" alone are no claim, nor a motorcade, a car bomb, a car
park or a « train de vie » (``not_rides``). A kind word ("command vehicle", « voiture de
fonction ») is part of the name; a model in apposition names the vehicle ("her official
car, a dark blue Audi"). Word lists are in ``extract/data/vehicles.yaml``; cross-language
categories and owners (hélicoptère = helicopter) in ``align/data/vehicles.yaml``. The
claimant and modality come from ``attribution``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article, data_file, lexicon
from reconcile.extract.labels import Person, by_side, people_of, person_named, principals
from reconcile.extract.participants import fold_case, lexicon_for
from reconcile.extract.registry import extractor, rule
from reconcile.lang import fold
from reconcile.lang.people import fold_name
from reconcile.lang.roles import role_ancestors, role_key
from reconcile.models import Claim, Frame, ParticipantValue, VehicleValue

SLOT = "event.vehicle"
_PERSON = ("PER", "PERSON")

MODEL = rule("vehicle.model", "a model or a make with its designation names one kind of "
             "vehicle; the sentence still has to say someone rode in it")
NAMED = rule("vehicle.named", "a proper name next to a vehicle noun is that vehicle's name")
POSSESSOR = rule("vehicle.owner.possessor", "a possessor before the vehicle ('X's car') "
                 "is whose it is")
PREMODIFIER = rule("vehicle.owner.premodifier", "an institution or organisation name "
                   "modifying the vehicle noun ('a police car') says whose it is")
COMPLEMENT = rule("vehicle.owner.complement", "« de X » / 'of X' right after the vehicle "
                  "names its owner when X is a person, an organisation or an institution")
OPERATOR = rule("vehicle.owner.operator", "'operated by X' or an operator noun before a "
                "name says who runs the vehicle")
ROLE = rule("vehicle.owner.role", "a role word (presidential, du Premier ministre) names the "
            "article's one person of that role and side, else describes the owner")
POSSESSIVE = rule("vehicle.owner.possessive", "« sa voiture », 'her car': the rider's own, "
                  "else the clause's subject's, else the previous sentence's subject's")
SIDE = rule("vehicle.side", "a nationality or side word says whose the vehicle is even "
            "when no owner is named")
NICKNAME = rule("vehicle.nickname", "a vehicle with a nickname is a particular vehicle")
FRAME = rule("vehicle.frame", "a vehicle claim is about the vehicle itself, whose it is, not "
             "the verb it hangs on: different owners are different vehicles")
MEANS = rule("vehicle.means", "a vehicle noun without determiner after a means preposition "
             "is how people were carried")


def _norm(text: str) -> str:
    return text.replace("\u2019", "'")


def _low(text: str) -> str:
    return _norm(text).lower()


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(_norm(w)) for w in sorted(items, key=len, reverse=True))


def _by_family(entry: Any) -> dict[str, str]:
    """``{family: [words]}`` (or a plain list: family ``car``) → folded word → family."""
    if isinstance(entry, list):
        entry = {"car": entry}
    return {_low(str(w)): str(fam) for fam, ws in (entry or {}).items() for w in ws}


@cache
def _families(lang: str) -> dict[str, dict[str, str]]:
    w = lexicon("vehicles", lang)
    return {
        "model": _by_family(w.get("models")),
        "make": _by_family(w.get("makes")),
        "noun": _by_family(w.get("nouns")),
        "code": {str(rx): str(fam) for fam, rxs in (w.get("model_codes") or {}).items()
                 for rx in rxs},
    }


@cache
def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(_low(str(x)) for x in lexicon("vehicles", lang).get(key, []) or [])


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    w = lexicon("vehicles", lang)
    if not w:
        return {}
    fams = _families(lang)
    b = r"(?<![\w-])(?:{})(?![\w-])"
    named = [_alternation([*fams["model"], *fams["make"]]), *fams["code"]]
    return {
        # a make with a capitalised hyphenated model after it is one name ("Mercedes-Maybach",
        # « Range Rover-Sport »), and so are the designation words after it ("Audi A8",
        # "Gulfstream G650", "S-Class Guard"): trimmed on the parse (_model_end)
        "model": re.compile(
            r"(?<![\w-])(?P<base>{})(?-i:-[A-Z][\w]*)*"
            r"(?P<suffix>(?-i:[ \u00a0]+[A-Z0-9][\w-]*){{0,3}})(?![\w-])".format(
                "|".join(named)
            ),
            re.IGNORECASE,
        ),
        "noun": re.compile(r"(?<![\w-])(?:{})(?:s|x)?(?![\w-])".format(
            _alternation(list(fams["noun"]))), re.IGNORECASE),
        "usual": re.compile(b.format(_alternation(w.get("usual", []))), re.IGNORECASE),
        "not_ride": re.compile(b.format(_alternation(w.get("not_rides", []) or ["\x00"])),
                               re.IGNORECASE),
        # nickname entries are patterns ("known to [\w ]{1,40}? as"); a quoted nickname is
        # taken whole (« Dragon 12 », "Sky Lion"), else capitalised words and numbers
        "nick": re.compile(
            "(?i:" + b.format("|".join(_norm(x) for x in w.get("nickname", []))) + ")"
            + r"\s*((?:(?:the|la|le|The|La|Le)\s+)?(?:[«“\"]\s*[^«»“”\"\n]{1,40}?\s*[»”\"]"
            r"|[«“\"']?\s*[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\d[\w-]*))*))"
        ),
    }


def _family_of(lang: str, kind: str, base: str) -> str:
    fams = _families(lang)
    if kind == "noun":
        low = base.lower()
        return fams["noun"].get(low) or fams["noun"].get(low[:-1], "car")
    low = base.lower()
    found = fams["model"].get(low) or fams["make"].get(low)
    if found:
        return found
    return next((f for rx, f in fams["code"].items() if re.fullmatch(rx, base, re.I)), "car")


# ------------------------------------------------------------------ the parse around a mention


@dataclass(frozen=True)
class Mention:
    """A vehicle phrase: its span, family, name (None for a bare noun), head token."""

    start: int
    end: int
    family: str
    name: str | None
    head: int
    model: bool
    rule: str | None = None  # the rule that names it (model, named), if any
    lead_end: int | None = None  # merged: where the first phrase ends (its « de X » after it)


@dataclass
class Found:
    """Whose a vehicle is, by which rule; ``start`` when the owner comes before it."""

    rule: str
    owner: str | None = None
    role: str | None = None
    side: str | None = None
    start: int | None = None
    person: bool = False  # the owner is a person (a name, a role's holder, the rider)


@dataclass
class _Sentence:
    article: Article
    sent: Any
    index: int
    words: dict[str, Any]
    people: _People
    riders: list[str] = field(default_factory=list)

    @property
    def doc(self) -> Any:
        return self.article.doc

    @property
    def lang(self) -> str:
        return self.article.lang


def _tokens_in(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _token_at(doc: Any, sent: Any, offset: int) -> Any | None:
    return next((t for t in doc[sent.start : sent.end] if t.idx == offset), None)


def _phrase_start(ctx: _Sentence, start: int) -> int:
    """Start of the vehicle's noun phrase: back over determiners, possessives, adjectives
    and a vehicle noun (« sa limousine Aurus Senat », "his armoured Aurus Senat")."""
    doc, sent = ctx.doc, ctx.sent
    tok = _token_at(doc, sent, start)
    if tok is None:
        return start
    nouns = _families(ctx.lang)["noun"]
    i = tok.i
    while i - 1 >= max(sent.start, tok.i - 4) and doc[i - 1].pos_ in (
        "DET", "ADJ", "NOUN", "PRON"
    ) and (doc[i - 1].pos_ != "NOUN" or doc[i - 1].text.lower() in nouns):
        i -= 1
    return int(doc[i].idx)


def _extend_adjectives(doc: Any, sent: Any, last: Any) -> int:
    """End offset after the adjectives that follow a vehicle noun."""
    i = last.i + 1
    end: int = last.idx + len(last.text)
    while i < sent.end and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        end = doc[i].idx + len(doc[i].text)
        i += 1
    return end


def _kind_complement(ctx: _Sentence, end: int) -> int:
    """« voiture de fonction », « véhicule de commandement »: a kind noun after « de »,
    without determiner, is part of the name."""
    doc, sent = ctx.doc, ctx.sent
    after = [t for t in doc[sent.start : sent.end] if t.idx >= end][:2]
    kinds = _words(ctx.lang, "kind_complements")
    if len(after) == 2 and after[0].lower_ == "de" and after[1].lower_ in kinds:
        return int(after[1].idx + len(after[1].text))
    return end


# ------------------------------------------------------------------ finding the mentions


def _is_name_token(tok: Any, stop: frozenset[str]) -> bool:
    return bool(
        (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.like_num)
        and tok.text not in stop
        and tok.ent_type_ not in ("NORP", "GPE", "LOC", "DATE", "TIME", *_PERSON)
        and not tok.is_punct
    )


@cache
def _name_stop(lang: str) -> frozenset[str]:
    return frozenset(str(x) for x in lexicon("vehicles", lang).get("name_stop", []))


def _model_like(lang: str, text: str) -> bool:
    """A span that names a model: a word with a digit in it ("Ariane 6", not "80"), or a
    known model or make."""
    words = text.split()
    return (any(c.isdigit() for c in text) and not all(re.fullmatch(r"[\d.,]+", w) for w in words)
            ) or _patterns(lang)["model"].search(text) is not None


def _adjacent_name(ctx: _Sentence, toks: list[Any]) -> tuple[int, str] | None:
    """A proper name right after (« la fusée Vega », « le lanceur Ariane 6 ») or, in
    English, right before the noun ("an Ariane 6 rocket"): ``(offset, name)``. A
    capitalised span before the noun that is no model is its owner ("a Coast Guard
    helicopter"), not its name."""
    doc, sent, stop = ctx.doc, ctx.sent, _name_stop(ctx.lang)
    if ctx.lang == "en":
        i = j = toks[0].i
        while j - 1 > sent.start and _is_name_token(doc[j - 1], stop):
            j -= 1
        if j < i and _model_like(ctx.lang, doc[j:i].text):
            return int(doc[j].idx), str(doc[j:i].text)
        return None
    i = j = toks[-1].i + 1
    while j < sent.end and j - i < 4 and _is_name_token(doc[j], stop):
        j += 1
    return (int(doc[i].idx), str(doc[i:j].text)) if j > i else None


def _noun_mention(ctx: _Sentence, s: int, e: int, base: str) -> Mention | None:
    toks = _tokens_in(ctx.doc, s, e)
    if not toks or toks[-1].dep_ == "compound":
        return None  # "a car bomb"
    family = _family_of(ctx.lang, "noun", base)
    before = ctx.doc[toks[0].i - 1] if toks[0].i > ctx.sent.start else None
    if before is not None and before.lower_ in _words(ctx.lang, "fleet_determiners"):
        return None  # « des hélicoptères de l'armée », "some 80 ships": a fleet, not one
    named = _adjacent_name(ctx, toks)
    if named and ctx.lang == "en":
        return Mention(named[0], e, family, named[1], toks[-1].i, False, NAMED)
    if named:
        return Mention(s, named[0] + len(named[1]), family, named[1], toks[-1].i, False, NAMED)
    end = _kind_complement(ctx, _extend_adjectives(ctx.doc, ctx.sent, toks[-1]))
    start = _kind_prefix(ctx, toks[0])
    name = ctx.article.text[start:end]
    if _low(base) not in _families(ctx.lang)["noun"]:  # a plural: the noun as listed
        name = name.replace(base, base[:-1], 1)
    return Mention(start, end, family, name, toks[-1].i, False)


def _kind_prefix(ctx: _Sentence, first: Any) -> int:
    """"a command vehicle", "the campaign bus": kind words before the noun are its name."""
    doc, kinds, i = ctx.doc, _words(ctx.lang, "kind_words"), first.i
    while i - 1 >= ctx.sent.start and doc[i - 1].lower_ in kinds:
        i -= 1
    return int(doc[i].idx)


def _model_end(ctx: _Sentence, s: int, base_end: int, e: int) -> int:
    """The designation words kept after a make: capitalised or numbered, no person, place
    or month (« Audi A8 », "Range Rover Sentinel", not "Audi Monday")."""
    stop, nouns = _name_stop(ctx.lang), _families(ctx.lang)["noun"]
    end = base_end
    for tok in _tokens_in(ctx.doc, base_end, e):
        glued = tok.idx == end and (tok.text == "-" or ctx.doc[tok.i - 1].text == "-")
        numbered = any(c.isdigit() for c in tok.text)
        if not (glued or numbered or _is_name_token(tok, stop)) or tok.lower_ in nouns:
            break
        end = tok.idx + len(tok.text)
    return end


def _model_mention(ctx: _Sentence, m: re.Match[str]) -> Mention | None:
    base0 = ctx.sent.start_char
    s, e = base0 + m.start(), base0 + m.end()
    base_end = base0 + m.end("base") if not m.group("suffix") else base0 + m.start("suffix")
    e = _model_end(ctx, s, base_end, e)
    base = m.group("base")
    toks = _tokens_in(ctx.doc, s, e)
    if not toks:
        return None
    is_make = _low(base) in _families(ctx.lang)["make"]
    before = ctx.doc[toks[0].i - 1] if toks[0].i > ctx.sent.start else None
    if is_make and e == base0 + m.end("base") and (
        before is None or (before.pos_ not in ("DET", "ADJ", "PRON")
                           and before.text not in ("'s", "’s"))
    ):
        return None  # "Airbus said": the company, not one of its aircraft
    family = _family_of(ctx.lang, "model", base)
    end = _extend_adjectives(ctx.doc, ctx.sent, toks[-1]) if ctx.lang != "en" else e
    return Mention(s, end, family, ctx.article.text[s:e], toks[-1].i, True, MODEL)


def _mentions(ctx: _Sentence) -> list[Mention]:
    """Vehicle mentions in a sentence: nouns first (« le lanceur Ariane 6 », "an Ariane 6
    rocket" is one mention with its name), then models."""
    pats = _patterns(ctx.lang)
    text = _norm(ctx.sent.text)
    off = ctx.sent.start_char
    banned = [(off + m.start(), off + m.end()) for m in pats["not_ride"].finditer(text)]
    out: list[Mention] = []
    for kind in ("noun", "model"):
        for m in pats[kind].finditer(text):
            if any(a < off + m.end() and off + m.start() < b for a, b in banned):
                continue
            found = (
                _noun_mention(ctx, off + m.start(), off + m.end(), m.group(0))
                if kind == "noun" else _model_mention(ctx, m)
            )
            if found and not any(o.start < found.end and found.start < o.end for o in out):
                out.append(found)
    return sorted(out, key=lambda x: x.start)


_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:a|an|the|un|une|le|la|l')\s*)?"
    r"(?:(?!(?:then|puis|and|et|or|ou|before|avant|while|alors)\b)[a-zé-]+\s+){0,3}$",
    re.IGNORECASE,
)


_OWNED_APPOSITION = re.compile(r"^\s*(?:de|du|d'|des|of)\s[^,;:()]{1,40},\s*"
                               r"(?:(?:a|an|the|un|une|le|la|l')\s*)?$", re.IGNORECASE)


def _merge_appositions(ctx: _Sentence, mentions: list[Mention]) -> list[Mention]:
    """"her official car, a dark blue Audi", « la limousine de X, la Cadillac One », « sa
    berline officielle Aurus », "an Aurus limousine": one vehicle, named by the model."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        between = _norm(ctx.article.text[prev.end : m.start]) if prev else ""
        if prev and not prev.model and m.model and (
            _APPOSITION.match(between) or _OWNED_APPOSITION.match(between)
            or not between.strip()
        ):
            out[-1] = replace(m, start=prev.start, head=prev.head, lead_end=prev.end)
            continue
        if prev and prev.model and not m.model and (
            not between.strip() or _APPOSITION.match(_norm(between))
        ):  # "an Aurus Senat limousine", "his Mercedes-Benz, a car his guards call …"
            out[-1] = replace(prev, end=m.end, head=m.head)
            continue
        out.append(m)
    return out


# ------------------------------------------------------------------ whose: people and names


def _person_span(doc: Any, tok: Any) -> str:
    return re.sub(r"['’]s$", "", _name_span(doc, tok))


def _name_span(doc: Any, tok: Any) -> str:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in _PERSON:
            return str(ent.text).split("\n")[-1].strip()
    # a name the tagger missed: the head and its flat / compound parts
    while tok.dep_ in ("flat:name", "flat", "compound") and tok.head.i != tok.i:
        tok = tok.head
    parts = [tok, *(c for c in tok.children if c.dep_ in ("flat:name", "flat", "compound"))]
    a = min(t.i for t in parts)
    b = max(t.i for t in parts) + 1
    while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].text[:1].isupper():
        a -= 1
    while b < len(doc) and doc[b].pos_ == "PROPN" and doc[b].text[:1].isupper():
        b += 1
    return str(doc[a:b].text).split("\n")[-1].strip()


def _organisation(doc: Any, sent: Any, k: int, person_ok: bool = False) -> str | None:
    """An organisation named from token ``k``: « (de la) Sécurité civile », "(of the)
    Coast Guard": its entity, else capitalised words and the lowercase adjectives after.
    ``person_ok``: the tagger's person entities count (a company it took for a person)."""
    if k >= sent.end or not doc[k].text[:1].isupper() or doc[k].ent_type_ in ("GPE", "NORP"):
        return None
    labels = ("ORG", "MISC", "FAC", *(_PERSON if person_ok else ()))
    for ent in sent.ents:
        if ent.start == k and ent.label_ in labels:
            return str(ent.text)
    j = k
    while j < sent.end and doc[j].text[:1].isupper() and not doc[j].is_punct:
        j += 1
    n = 0
    while j < sent.end and n < 2 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j, n = j + 1, n + 1
    return str(doc[k:j].text) if j > k else None


def _institution(ctx: _Sentence, k: int) -> str | None:
    """An institution noun from token ``k`` (« gouvernement français », « pompiers »,
    « flotte royale omanaise », « escadron de transport 60 »): the noun, its adjectives,
    and a « de » + noun + number complement."""
    doc, sent = ctx.doc, ctx.sent
    nouns = _words(ctx.lang, "owner_nouns")
    if k >= sent.end or (_low(doc[k].text) not in nouns and _low(doc[k].lemma_) not in nouns):
        return None
    j = k + 1
    while j < sent.end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    if j + 2 < sent.end and doc[j].lower_ == "de" and doc[j + 1].pos_ == "NOUN" \
            and doc[j + 2].like_num:
        j += 3
    return str(doc[k:j].text)


def _possessor(ctx: _Sentence, m: Mention) -> Found | None:
    """"Trump's limousine", "the prime minister's Audi", "the Air Force's helicopter"."""
    doc, sent = ctx.doc, ctx.sent
    first = _token_at(doc, sent, m.start)
    if first is None:
        return None
    for tok in doc[max(sent.start, first.i - 5) : first.i]:
        if tok.text not in ("'s", "’s") or tok.i == sent.start:
            continue
        owner_tok = doc[tok.i - 1]
        start = int(doc[owner_tok.left_edge.i].idx) if owner_tok.left_edge.i >= sent.start \
            else int(owner_tok.idx)
        if owner_tok.ent_type_ in _PERSON or owner_tok.pos_ == "PROPN":
            name = _person_span(doc, owner_tok)
            org = _organisation(doc, sent, owner_tok.left_edge.i)
            if owner_tok.ent_type_ not in _PERSON and org and "'" not in org:
                return Found(POSSESSOR, owner=org, start=start)
            return Found(POSSESSOR, owner=name, start=start, person=True)
        phrase = ctx.article.text[start : tok.idx]
        held, role, side = ctx.people.role_owner(phrase, phrase, ctx.words)
        if role:
            return Found(ROLE, owner=held, role=role, side=side, start=start, person=True)
    return None


def _premodifier(ctx: _Sentence, m: Mention) -> Found | None:
    """English: "a fire service command vehicle", "a French government Airbus", "a Royal
    Flight of Oman Gulfstream", "by Red Cross helicopter": an institution or a capitalised
    organisation between the determiner and the vehicle."""
    if ctx.lang != "en":
        return None
    doc, sent = ctx.doc, ctx.sent
    first = _token_at(doc, sent, m.start)
    if first is None:
        return None
    i = first.i
    while i - 1 > sent.start and (doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ")
                                  or doc[i - 1].lower_ == "of") and i > first.i - 6:
        i -= 1
    span = doc[i : first.i]
    if not len(span):
        return None
    caps = [t for t in span if t.text[:1].isupper()]
    if caps and all(t.pos_ == "ADJ" and t.is_lower for t in doc[i : caps[0].i]):
        i = caps[0].i  # "a white Royal Navy jet": the colour is no owner
    if caps and not _model_like(ctx.lang, span.text) and caps[0].i == i \
            and caps[0].ent_type_ not in ("NORP", "GPE") \
            and _country(ctx.lang, caps[0].text) is None:  # "the Iranian Airbus": no owner
        return Found(PREMODIFIER, owner=str(doc[i : caps[-1].i + 1].text), start=int(doc[i].idx))
    text = _low(span.text)
    for noun in sorted(_words(ctx.lang, "owner_nouns"), key=len, reverse=True):
        at = re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", text)
        if at:
            start = span.start_char + at.start()
            tok = _token_at(doc, sent, start)
            if tok is not None and tok.i - 1 >= i and doc[tok.i - 1].ent_type_ in ("NORP", "GPE"):
                start = doc[tok.i - 1].idx  # "French government"
            return Found(PREMODIFIER, owner=ctx.article.text[start : span.start_char
                                                               + at.end()], start=start)
    return None


def _postmodifier(ctx: _Sentence, m: Mention) -> Found | None:
    """French: « un Airbus A340 gouvernemental iranien », « l'avion royal »: an institution
    adjective after the vehicle, with the nationality after it."""
    if ctx.lang == "en":
        return None
    words = _words(ctx.lang, "owner_adjectives")
    toks = [t for t in _tokens_in(ctx.doc, m.start, m.end) if t.pos_ == "ADJ"]
    at = next((i for i, t in enumerate(toks) if _low(t.text) in words), None)
    if at is None:
        return None
    return Found(PREMODIFIER, owner=" ".join(t.text for t in toks[at:]))


def _operator_after(ctx: _Sentence, m: Mention) -> Found | None:
    """"an Ariane 6 rocket operated by Arianespace", « exploitée par »: the operator."""
    doc, sent = ctx.doc, ctx.sent
    toks = _tokens_in(doc, m.start, m.end)
    if not toks:
        return None
    last = toks[-1]
    after = _low(doc[last.i + 1 : min(sent.end, last.i + 4)].text)
    arts = _words(ctx.lang, "owner_articles")
    for phrase in ctx.words.get("operator_words", []):
        if not after.startswith(_low(str(phrase)) + " "):
            continue
        k = last.i + 1 + len(str(phrase).split())
        if k < sent.end and doc[k].ent_type_ in _PERSON:
            return Found(OPERATOR, owner=_person_span(doc, doc[k]), person=True)
        if k < sent.end and _low(doc[k].text) in arts:
            k += 1
        found = _organisation(doc, sent, k)
        if found:
            return Found(OPERATOR, owner=found)
    return None


def _complement(ctx: _Sentence, m: Mention) -> Found | None:
    """« la limousine de Donald Trump », « l'hélicoptère de la gendarmerie », « l'avion du
    gouvernement français », « l'Audi du Premier ministre », "the car of the president"."""
    doc, sent = ctx.doc, ctx.sent
    end = m.lead_end or m.end
    toks = _tokens_in(doc, m.start, end)
    if not toks:
        return None
    j = toks[-1].i + 1
    if j >= sent.end or _low(doc[j].text) not in _words(ctx.lang, "owner_preps"):
        return None
    k = j + 1
    if k < sent.end and doc[k].ent_type_ in _PERSON:
        return Found(COMPLEMENT, owner=_person_span(doc, doc[k]), person=True)
    if k < sent.end and _low(doc[k].text) in _words(ctx.lang, "owner_articles"):
        k += 1
    found = _institution(ctx, k) or _organisation(doc, sent, k)
    complement = _owner_complement(ctx, end)
    if complement:
        phrase = ctx.article.text[m.start : end] + " " + complement
        name, role, side = ctx.people.role_owner(phrase, phrase, ctx.words)
        if role:
            return Found(ROLE, owner=name, role=role, side=side, person=True)
    return Found(COMPLEMENT, owner=found) if found else None


def _owner_complement(ctx: _Sentence, end: int) -> str:
    """« du président russe » / "of the president" right after the vehicle phrase."""
    toks = [t for t in ctx.sent if t.idx >= end][:4]
    if not toks or _low(toks[0].text) not in _words(ctx.lang, "owner_preps"):
        return ""
    out = []
    for tok in toks[1:]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            break
        out.append(tok.text)
    return " ".join(out)


def _described(ctx: _Sentence, m: Mention, start: int) -> Found | None:
    """« la limousine présidentielle russe », « l'Aurus du président », "the Russian
    presidential limousine": the named person of that role and side, else the role and
    side as described; a side or nationality alone says whose without naming anyone."""
    complement = _owner_complement(ctx, m.end)
    phrase = ctx.article.text[start : m.end] + " " + complement
    name, role, side = ctx.people.role_owner(phrase, ctx.sent.text, ctx.words)
    if name or role:
        return Found(ROLE, owner=name, role=role, side=side, person=True)
    if _qualified(ctx, start, m.end, complement):
        return Found(SIDE)
    return None


def _possessive(ctx: _Sentence, m: Mention, start: int) -> Found | None:
    """« sa limousine », "her own helicopter": the rider's, else the main clause's subject
    (« Arrivé à bord de sa limousine, le dirigeant russe … »), else the previous sentence's
    subject (« Sa propre Mercedes, acheminée … » after « le chef de l'État a pris place »)."""
    words = _low(ctx.article.text[start : m.start]).split()
    if not any(w in _words(ctx.lang, "possessives") for w in words):
        return None
    if ctx.riders:
        return Found(POSSESSIVE, owner=ctx.riders[0], person=True)
    sents = ctx.article.sentences()
    for sent in (ctx.sent, *sents[max(0, ctx.index - 1) : ctx.index]):
        subject = _subject_phrase(sent)
        if subject is None:
            continue
        person = next((e for e in sent.ents if e.label_ in _PERSON
                       and subject.find(e.text) >= 0), None)
        if person is not None:
            return Found(POSSESSIVE, owner=str(person.text).split("\n")[-1].strip(),
                         person=True)
        name, role, side = ctx.people.role_owner(subject, subject, ctx.words)
        if name or role:
            return Found(POSSESSIVE, owner=name, role=role, side=side, person=True)
        holder = ctx.people.holder(subject)
        if holder:  # « la ministre »: the article's one minister
            return Found(POSSESSIVE, owner=holder, person=True)
    return Found(POSSESSIVE)


def _subject_phrase(sent: Any) -> str | None:
    """The main clause's subject as written (« le dirigeant russe »)."""
    for tok in sent:
        head = tok.head
        # the main verb: the parser's root, or a verb it hung on another sentence
        main = head.dep_ == "ROOT" or not sent.start <= head.head.i < sent.end
        if tok.dep_.startswith("nsubj") and main and sent.start <= head.i < sent.end:
            if tok.pos_ == "PRON" and tok.lower_ not in ("lui", "elle"):
                return None
            return str(sent.doc[tok.left_edge.i : tok.right_edge.i + 1].text)
    return None


def _operator_noun(ctx: _Sentence, m: Mention) -> Found | None:
    """"launch operator Orbis Launch said", « l'exploitant Vialis »: the organisation an
    operator noun names, anywhere in the sentence."""
    doc, sent = ctx.doc, ctx.sent
    nouns = sorted((_low(str(w)).split() for w in ctx.words.get("operator_nouns", [])),
                   key=len, reverse=True)
    toks = [_low(t.text) for t in sent]
    for i in range(len(toks)):
        for noun in nouns:
            k = sent.start + i + len(noun)
            if toks[i : i + len(noun)] == noun and k < sent.end and doc[k].text[:1].isupper():
                found = _organisation(doc, sent, k, person_ok=True)
                if found and not _is_participant(ctx.article, found):
                    return Found(OPERATOR, owner=found)  # "crane operator Jane Doe": a job
    return None


def _is_participant(article: Article, name: str) -> bool:
    low = fold_case(name).lower()
    return any(
        isinstance(c.value, ParticipantValue) and fold_case(c.value.name or "").lower() == low
        for c in article.claims
    )


def _qualified(ctx: _Sentence, start: int, end: int, extra: str) -> bool:
    """Does a vehicle phrase say whose it is: a role word (« présidentielle »), a side word,
    a nationality the side list lacks (NORP: "Brazilian"; « kazakhe »)?"""
    phrase = ctx.article.text[start:end] + " " + extra
    low = _low(phrase)
    forms = [str(f).lower() for fs in (ctx.words.get("owner_roles") or {}).values() for f in fs]
    if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low) for f in forms):
        return True
    if _country(ctx.lang, ctx.article.text[start:end]) is not None:
        return True
    return any(t.ent_type_ == "NORP" for t in _tokens_in(ctx.doc, start, end))


def _whose(ctx: _Sentence, m: Mention, start: int) -> Found | None:
    """The first owner rule that says whose the vehicle is."""
    for find in (_possessor, _premodifier, _postmodifier, _operator_after, _complement):
        found = find(ctx, m)
        if found is not None:
            return found
    return _possessive(ctx, m, start) or _described(ctx, m, start) or _operator_noun(ctx, m)


# ------------------------------------------------------------------ who rode


@cache
def _ride_words(lang: str) -> frozenset[str]:
    w = lexicon("vehicles", lang)
    return frozenset(str(x).lower() for x in [*w.get("ride_lemmas", []), *w.get("ride_forms", [])])


def _is_ride(tok: Any) -> bool:
    ride = _ride_words(str(tok.doc.lang_))
    return str(tok.lemma_).lower() in ride or str(tok.text).lower() in ride


_RELATIVE_WORDS = frozenset({"where", "who", "whom", "which", "that", "où", "qui", "que", "dont"})


def _relative_clause(verb: Any) -> bool:
    """A verb heading a relative clause that a relative word opens ("where X had greeted
    him"); the parser's label alone is not enough (it hangs main clauses there too)."""
    return str(verb.dep_) in ("relcl", "acl:relcl") and any(
        c.lower_ in _RELATIVE_WORDS or c.morph.get("PronType") == ["Rel"]
        for c in verb.children
        if c.i < verb.i
    )


def _companion(root: Any, head: Any) -> bool:
    """« avec X » / "with X" / "alongside X"."""
    with_words = ("avec", "with", "alongside")
    return root.dep_ in ("obl:mod", "obl", "pobj", "obl:arg", "nmod") and (
        any(c.text.lower() in with_words for c in root.children)
        or head.text.lower() in with_words
    )


def _rides(ent: Any, sent: Any, sentence_rides: bool) -> bool:
    """Is the person ``ent`` a subject or companion of a ride verb?"""
    root, head = ent.root, ent.root.head
    # a subject of the ride verb, or its conjunct, or « avec X » / "with X"
    while root.dep_ in ("conj", "flat:name", "appos") and head.i != root.i:
        root, head = head, head.head
    if (root.dep_.startswith("nsubj") and _is_ride(head)) or _companion(root, head):
        return True
    # the main clause's subject (the parser may hang the ride verb elsewhere), not the
    # subject of a relative clause ("where President X had greeted him")
    return sentence_rides and (
        (root.dep_.startswith("nsubj") and not _relative_clause(head)) or ent.start == sent.start
    )


def _riders(ctx: _Sentence, spans: list[tuple[int, int]]) -> list[str]:
    """People in the sentence who are subjects or companions of a ride verb."""
    sent, out = ctx.sent, []
    rides = any(_is_ride(t) for t in sent)
    for ent in sent.ents:
        if ent.label_ not in _PERSON or any(a <= ent.start_char < b for a, b in spans):
            continue
        name = re.sub(r"['’]s$", "", str(ent.text).split("\n")[-1].strip())
        if _rides(ent, sent, rides) and not _dateline_or_place(ctx.article, name) \
                and name not in out:
            out.append(name)
    return out or _proper_riders(ctx, spans)


def _proper_riders(ctx: _Sentence, spans: list[tuple[int, int]]) -> list[str]:
    """A proper noun the tagger did not call a person, subject of the ride verb."""
    out: list[str] = []
    for tok in ctx.sent:
        if not (
            (tok.dep_.startswith("nsubj") or tok.i == ctx.sent.start)
            and tok.pos_ == "PROPN"
            and (_is_ride(tok.head) or tok.i == ctx.sent.start)
            and not any(a <= tok.idx < b for a, b in spans)
        ):
            continue
        name = _person_span(ctx.doc, tok)
        if not _dateline_or_place(ctx.article, name) and not any(
            name in o or o in name for o in out
        ):
            out.append(name)
    return out


def _dateline_or_place(article: Article, name: str) -> bool:
    """A dateline word (KOUROU —) or a name the article's place claims hold: no person."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return True
    low = fold_case(name).lower()
    return any(
        c.slot == "event.location"
        and low in (fold_case(c.quote).lower(), fold_case(c.text).lower())
        for c in article.claims
    )


# ------------------------------------------------------------------ the article's people


class _People:
    """The article's named people, computed once per article when a vehicle needs them."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._people: list[Person] | None = None
        self._leads: list[Person] = []

    def _load(self) -> list[Person]:
        if self._people is None:
            sents = [(s, _norm(s.text), s.start_char) for s in self.article.sentences()]
            self._people = people_of(self.article, sents)
            self._leads = principals(self.article, self._people, sents)
            self._sides_from_mentions(self._people)
        return self._people

    def _sides_from_mentions(self, people: list[Person]) -> None:
        """A side the participant claims lack, from a side word just before the person's
        first mention on its line ("Russian President X", « le président russe X »)."""
        lex = lexicon_for(self.article.lang)
        text = self.article.text
        for person in people:
            if person.side is not None:
                continue
            at = text.find(person.name.split()[-1])
            if at < 0:
                continue
            line_start = text.rfind("\n", 0, at) + 1
            person.side = lex.side(text[max(line_start, at - 40) : at])

    def _role_of(self, phrase: str, words: dict[str, Any]) -> str | None:
        low = _low(phrase)
        roles = words.get("owner_roles") or {}
        found = next(
            (str(key) for key, forms in roles.items()
             if any(re.search(rf"(?<!\w){re.escape(str(f).lower())}(?!\w)", low) for f in forms)),
            None,
        )
        if found is None:  # the role taxonomy's names for a leader (« le chef du Kremlin »)
            taxonomy = role_key(phrase, self.article.lang)
            found = taxonomy if taxonomy in roles else None
        return found

    def role_owner(
        self, phrase: str, context: str, words: dict[str, Any]
    ) -> tuple[str | None, str | None, str | None]:
        """« présidentielle russe », « du Premier ministre » (side from ``context``), "the
        Russian leader": ``(name, role, side)``: the one named person of that side and
        role, else no name but the role and side the phrase says (the alignment stage
        may find the person in other sources)."""
        role = self._role_of(phrase, words)
        if role is None:
            return None, None, None
        lex = lexicon_for(self.article.lang)
        people = self._load()
        side = lex.side(phrase) or _model_side(phrase)
        if side is None:
            # a nationality the side list lacks (« présidentielle kazakhe ») before a side
            # word elsewhere in the sentence (« jusqu'à l'Élysée »)
            found_by_nationality = self._by_nationality(phrase, role, words)
            if found_by_nationality is not None:
                return found_by_nationality, role, None
            holders = [p for p in people if p.role and role_key(p.role) == role]
            if len(holders) == 1:  # « du Premier ministre »: the article's one
                return holders[0].name, role, holders[0].side
            side = lex.side(context)
        if side is not None:
            leads = [p for p in self._leads if p.side == side]
            if len(leads) == 1:  # the principal of that side owns the presidential car
                return leads[0].name, role, side
            # no guess from the form of a name: a surname ending says nothing an editor
            # can check about a person's side
            found = by_side(people, self._leads, side, role)
            return (found.name if found else None), role, side
        return None, role, None

    def _by_nationality(self, phrase: str, role: str, words: dict[str, Any]) -> str | None:
        """A nationality the side list does not know (« présidentielle kazakhe », "the
        Brazilian presidential jet"): the one person whose own mention carries the same
        adjective (« le président kazakh X », "Brazilian President X"), by word stem."""
        skip = {_low(str(f)) for fs in (words.get("owner_roles") or {}).values() for f in fs}
        skip |= set(_families(self.article.lang)["noun"])
        stems = {
            fold_case(w).lower()[:5]
            for w in re.findall(r"[^\W\d_]{5,}", phrase)
            if _low(w) not in skip
        }
        if not stems:
            return None
        owners = [p.name for p in self._load() if stems & self._mention_stems(p)]
        if len(owners) > 1:  # « Côté kazakh, le ministre … »: the one of the role
            roles = {p.name: p.role for p in self._load()}
            owners = [o for o in owners if roles.get(o) == role] or owners
        return owners[0] if len(owners) == 1 else None

    def _mention_stems(self, person: Person) -> set[str]:
        """Word stems around every mention of a person (the first may be a headline): the
        words before it, and an apposition after it up to the clause end (« X, président
        du Kazakhstan, »)."""
        text = self.article.text
        found: set[str] = set()
        for m in re.finditer(re.escape(person.name.split()[-1]), text):
            at = m.start()
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            after = ""
            if text[m.end() : m.end() + 1] == ",":  # an apposition, not the clause on
                after = re.split(r"[;:.()\u2013\u2014]", text[at : min(line_end, at + 70)])[0]
            near = text[max(line_start, at - 40) : at] + " " + after
            found |= {fold_case(w).lower()[:5] for w in re.findall(r"[^\W\d_]{5,}", near)}
        return found

    def holder(self, phrase: str) -> str | None:
        """The article's one person whose role is the phrase's role or a narrower one
        (« la ministre » → the interior minister, when she is the only minister)."""
        key = role_key(phrase, self.article.lang)
        if key is None:
            return None
        found = [p for p in self._load()
                 if p.role and (p.role == key or key in role_ancestors(p.role))]
        return found[0].name if len(found) == 1 else None

    def is_person(self, text: str) -> bool:
        return person_named(self._load(), text) is not None

    def named(self, text: str) -> str:
        person = person_named(self._load(), text)
        return person.name if person else text


@cache
def _model_sides() -> list[tuple[re.Pattern[str], str]]:
    entries = data_file("vehicles").get("model_sides") or {}
    return [
        (re.compile(rf"(?<![\w-])(?:{_alternation([str(w) for w in ws])})(?![\w-])",
                    re.IGNORECASE), str(side))
        for side, ws in entries.items()
    ]


def _model_side(phrase: str) -> str | None:
    """The side a model says on its own (an Aurus, Cadillac One)."""
    text = _norm(phrase)
    return next((side for rx, side in _model_sides() if rx.search(text)), None)


# ------------------------------------------------------------------ claims


def _clean_nickname(raw: str) -> str:
    """« the "Kortezh" » → Kortezh; « The Beast » stays as written."""
    text = raw.strip().strip("«»“”\"' ")
    for article in ("the ", "la ", "le "):
        if text.startswith(article):
            text = text[len(article) :]
    return text.strip("«»“”\"' ")


def _nickname(ctx: _Sentence, mentions: list[Mention]) -> tuple[str, int, int] | None:
    """The nickname of a vehicle mention before it, close by: ``(nickname, start, end)``
    with the closing quote mark in the span."""
    m = _patterns(ctx.lang)["nick"].search(_norm(ctx.sent.text))
    if m is None:
        return None
    s, e = ctx.sent.start_char + m.start(1), ctx.sent.start_char + m.end(1)
    if not any(v.start <= s and s - v.end < 60 for v in mentions):
        return None
    rest = ctx.article.text[e : e + 3]
    if rest.lstrip(" \u00a0\u202f")[:1] in ("»", "”", '"'):
        e += len(rest) - len(rest.lstrip(" \u00a0\u202f")) + 1  # the closing quote mark
    return _clean_nickname(m.group(1)), s, e


def _means(ctx: _Sentence, m: Mention) -> bool:
    """"by helicopter", « en hélicoptère »: the means of transport, said without a
    determiner right after a means preposition."""
    tok = _token_at(ctx.doc, ctx.sent, m.start)
    if tok is None or tok.i - 1 < ctx.sent.start:
        return False
    return _low(ctx.doc[tok.i - 1].text) in _words(ctx.lang, "means_preps")


@dataclass
class _Draft:
    mention: Mention
    rule: str
    start: int
    end: int
    found: Found | None
    nickname: str | None


def _draft(ctx: _Sentence, m: Mention, nick: tuple[str, int, int] | None) -> _Draft | None:
    """The claim a mention makes, by the rule that says which or whose, or None."""
    qs = _phrase_start(ctx, m.start)
    found = _whose(ctx, m, qs)
    nickname, qe = None, m.end
    if nick and m.start <= nick[1] and nick[1] - m.end < 60:
        nickname, qe = nick[0], max(m.end, nick[2])
        if m.name and nickname.lower() == m.name.lower():
            nickname = None
    if found and found.start is not None:
        qs = min(qs, found.start)
    if m.rule:
        return _Draft(m, m.rule, qs, qe, found, nickname)
    if found and (found.owner or found.role or found.rule == SIDE):
        return _Draft(m, found.rule, qs, qe, found, nickname)
    if nickname:
        return _Draft(m, NICKNAME, qs, qe, found, nickname)
    if _means(ctx, m):
        return _Draft(m, MEANS, qs, qe, found, None)
    return None


@cache
def _countries() -> tuple[tuple[str, str], ...]:
    """(folded name, key) of the gazetteer's countries, for a nationality the side list
    lacks (« omanaise », "Omani": the country's name starts the adjective)."""
    path = resources.files("reconcile.lang").joinpath("knowledge", "gazetteer.yaml")
    places = (yaml.safe_load(path.read_text("utf-8")) or {}).get("places") or {}
    return tuple(
        (fold(str(n)), str(key)) for key, e in places.items() if e.get("kind") == "country"
        for n in [*(e.get("en") or []), *(e.get("fr") or [])] if len(str(n)) >= 4
    )


def _country(lang: str, phrase: str) -> str | None:
    """The side or country a phrase names: the side list, else the gazetteer country whose
    name shares the longest beginning (four letters at least) with one of its words
    (« suédois » → Suède, "Omani" → Oman, "Austrian" → Austria, not Australia), all of
    it but three letters at most ("royal" is not « Royaume-Uni »)."""
    side = lexicon_for(lang).side(phrase)
    if side:
        return side
    best: dict[str, int] = {}
    for word in (fold(w) for w in re.findall(r"[^\W\d_]{4,}", phrase)):
        for name, key in _countries():
            n = next((i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b),
                     min(len(word), len(name)))
            if n >= max(4, len(name) - 3) and " " not in name:
                best[key] = max(best.get(key, 0), n)
    if not best:
        return None
    top = max(best.values())
    keys = [k for k, n in best.items() if n == top]
    return keys[0] if len(keys) == 1 else None


@cache
def _owner_keys() -> tuple[tuple[str, str], ...]:
    entries = data_file("vehicles").get("owner_keys") or {}
    pairs = [(fold(str(w)), str(key)) for key, ws in entries.items() for w in ws]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def holder_of(lang: str, owner: str | None, person: bool) -> str | None:
    """Whose the vehicle is, the same way in every language: a person's folded surname, an
    institution's key and country (« gouvernement français » = "French government" =
    ``government@france``), else the owner folded. None when no owner is said."""
    if not owner:
        return None
    if person:
        return fold_name(owner.split()[-1])
    low = fold(owner)
    inst = next((key for w, key in _owner_keys()
                 if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)), None)
    country = _country(lang, owner)
    if inst:
        return f"{inst}@{country}" if country else inst
    return country or low


def _value(ctx: _Sentence, d: _Draft) -> VehicleValue:
    found = d.found or Found(SIDE)
    owner = found.owner
    if owner is not None:
        owner = ctx.people.named(re.sub(r"^(?:the|The|la|La|le|Le|l')\s*", "", owner))
    return VehicleValue(
        name=d.mention.name,
        owner=owner,
        nickname=d.nickname,
        riders=[r for r in ctx.riders if r != owner],
        # whose, as described, when no one here is named: resolved across sources
        owner_role=found.role if owner is None and found.side else None,
        owner_side=found.side if owner is None and found.role else None,
    )


def _drafts(ctx: _Sentence, mentions: list[Mention]) -> list[_Draft]:
    nick = _nickname(ctx, mentions)
    # a model that is the nickname itself is not the vehicle's name
    if nick:
        mentions = [m for m in mentions if not nick[1] <= m.start < nick[2]] or mentions
    mentions = _merge_appositions(ctx, mentions)
    drafts = [d for m in mentions if (d := _draft(ctx, m, nick)) is not None]
    named = {d.mention.family for d in drafts if d.mention.rule}
    # "by helicopter, most of them by a gendarmerie EC135": the model names that helicopter
    return [d for d in drafts if not (d.rule == MEANS and d.mention.family in named)]


def _sentence_claims(ctx: _Sentence) -> Iterator[Claim]:
    mentions = _mentions(ctx)
    if not mentions:
        return
    pats = _patterns(ctx.lang)
    text = _norm(ctx.sent.text)
    usual = pats["usual"].search(text) is not None
    named = any(m.rule for m in mentions)
    if not (any(_is_ride(t) for t in ctx.sent) or usual
            or (named and pats["nick"].search(text))):
        return
    ctx.riders = _riders(ctx, [(m.start, m.end) for m in mentions])
    for d in _drafts(ctx, mentions):
        value = _value(ctx, d)
        family = d.mention.family
        subject = ("usual" if usual else "ride") + ("" if family == "car" else f".{family}")
        claimant = claimant_of(ctx.article, ctx.sent, d.mention.start, d.mention.end)
        claim = ctx.article.make_claim(
            SLOT, subject, value, value.readable(), d.start, d.end, claimant=claimant,
            modality=modality_of(ctx.article, ctx.sent, d.mention.start, d.mention.end),
        )
        person = bool(d.found and d.found.person) or (
            value.owner is not None and ctx.people.is_person(value.owner))
        frame = Frame(lang=ctx.lang, claimant=claimant, rule=FRAME,
                      holder=holder_of(ctx.lang, value.owner, person))
        yield claim.model_copy(update={"rule": d.rule, "frame": frame})


@extractor("vehicles", after=("participants",))
def extract_vehicles(article: Article) -> Iterator[Claim]:
    words = article.words("vehicles")
    if not words or not _patterns(article.lang):
        return
    people = _People(article)
    for i, sent in enumerate(article.sentences()):
        yield from _sentence_claims(_Sentence(article, sent, i, words, people))
