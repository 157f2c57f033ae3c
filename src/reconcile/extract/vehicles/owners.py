"""Whose a vehicle is: possessor, premodifier, complement, operator, role, possessive."""

from __future__ import annotations

import re
from typing import Any

from reconcile.extract.context import Article, doc_ents, ents_in
from reconcile.extract.mentions.lexicon import fold_case
from reconcile.extract.vehicles.mentions import (
    Found,
    Mention,
    _model_like,
    _Sentence,
    _token_at,
    _tokens_in,
)
from reconcile.extract.vehicles.words import (
    _PERSON,
    COMPLEMENT,
    OPERATOR,
    POSSESSIVE,
    POSSESSOR,
    PREMODIFIER,
    ROLE,
    SIDE,
    _country,
    _low,
    _words,
)
from reconcile.models import ParticipantValue

# ------------------------------------------------------------------ whose: people and names


def _person_span(doc: Any, tok: Any) -> str:
    return re.sub(r"['’]s$", "", _name_span(doc, tok))


def _name_span(doc: Any, tok: Any) -> str:
    for ent in doc_ents(doc):
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
    for ent in ents_in(sent):
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
        person = next((e for e in ents_in(sent) if e.label_ in _PERSON
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
