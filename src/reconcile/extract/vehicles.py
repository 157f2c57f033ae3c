"""``event.vehicle``: which vehicle, whose, its nickname, who rode in it.

Subject ``ride`` for the car someone used to get to or around the event,
``ride.<family>`` for other families (aircraft, helicopter, rocket, spacecraft,
boat, bus, train: a rocket and a recovery ship are not one topic), ``usual`` /
``usual.<family>`` for habitual use (« se déplace habituellement dans », "usually
travels in"). A named model (Cadillac, Air Force One) or a common noun with a proper
name next to it (« la fusée Vega », "an Ariane 6 rocket") counts when the sentence
has a ride verb, a usual marker or a nickname; a common noun alone (limousine,
helicopter) also needs something saying which or whose — a nickname, an owner, a
role or side word, a nationality — so "a car" or "by helicopter" is no claim; a
motorcade is not a vehicle. The owner is a person or an organisation: a possessive
("Trump's limousine", "the Air Force's helicopter"), « de X » after the vehicle
(« l'hélicoptère de la Sécurité civile »), the rider for « sa limousine » / "his
car", or role + side (« la limousine présidentielle russe »: the principal of that
side, sides completed from the words before a person's first mention; a nationality
the side list lacks is matched by word stem to a person's own mention). A quoted
nickname is taken whole (« Dragon 12 »). Cross-language categories (hélicoptère =
helicopter) are in ``align/data/vehicles.yaml``. The claimant and modality come from
``attribution``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article, data_file, lexicon
from reconcile.extract.labels import Person, by_side, people_of, person_named, principals
from reconcile.extract.participants import fold_case, lexicon_for
from reconcile.extract.registry import extractor
from reconcile.lang.roles import role_key
from reconcile.models import Claim, ParticipantValue, VehicleValue

SLOT = "event.vehicle"
_PERSON = ("PER", "PERSON")


def _norm(text: str) -> str:
    return text.replace("\u2019", "'")


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(_norm(w)) for w in sorted(items, key=len, reverse=True))


def _by_family(entry: Any) -> dict[str, str]:
    """``{family: [words]}`` (or a plain list: family ``car``) → folded word → family."""
    if isinstance(entry, list):
        entry = {"car": entry}
    return {_norm(str(w)).lower(): str(fam) for fam, ws in (entry or {}).items() for w in ws}


@cache
def _families(lang: str) -> dict[str, dict[str, str]]:
    w = lexicon("vehicles", lang)
    return {"model": _by_family(w.get("models")), "noun": _by_family(w.get("nouns"))}


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    w = lexicon("vehicles", lang)
    if not w:
        return {}
    fams = _families(lang)
    b = r"(?<![\w-])(?:{})(?![\w-])"
    return {
        # a make with a capitalised hyphenated model after it is one name
        # ("Mercedes-Maybach", « Range Rover-Sport »)
        "model": re.compile(
            r"(?<![\w-])(?P<base>{})(?-i:-[A-Z][\w]*)*(?![\w-])".format(
                _alternation(list(fams["model"]))
            ),
            re.IGNORECASE,
        ),
        "noun": re.compile(b.format(_alternation(list(fams["noun"]))), re.IGNORECASE),
        "usual": re.compile(b.format(_alternation(w.get("usual", []))), re.IGNORECASE),
        # nickname entries are patterns ("known to [\w ]{1,40}? as"); a quoted nickname is
        # taken whole (« Dragon 12 », "Sky Lion"), else capitalised words and numbers
        "nick": re.compile(
            "(?i:" + b.format("|".join(_norm(x) for x in w.get("nickname", []))) + ")"
            + r"\s*((?:(?:the|la|le|The|La|Le)\s+)?(?:[«“\"]\s*[^«»“”\"\n]{1,40}?\s*[»”\"]"
            r"|[«“\"']?\s*[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\d[\w-]*))*))"
        ),
    }


def _low_text(text: str) -> str:
    return _norm(text).lower()


def _clean_nickname(raw: str) -> str:
    """« the "Kortezh" » → Kortezh; « The Beast » stays as written."""
    text = raw.strip().strip("«»“”\"' ")
    for article in ("the ", "la ", "le "):
        if text.startswith(article):
            text = text[len(article) :]
    return text.strip("«»“”\"' ")


def _phrase_start(article: Article, sent: Any, start: int, words: dict[str, Any]) -> int:
    """Start of the vehicle's noun phrase: back over determiners, possessives, adjectives
    and a vehicle noun (« sa limousine Aurus Senat », "his armoured Aurus Senat")."""
    doc = article.doc
    toks = [t for t in doc[sent.start : sent.end] if t.idx == start]
    if not toks:
        return start
    i = toks[0].i
    while i - 1 >= sent.start and doc[i - 1].pos_ in ("DET", "ADJ", "NOUN", "PRON") and (
        doc[i - 1].pos_ != "NOUN" or doc[i - 1].text.lower() in _families(article.lang)["noun"]
    ) and i - 1 >= toks[0].i - 4:
        i -= 1
    return int(doc[i].idx)


def _tokens_in(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _extend_adjectives(doc: Any, sent: Any, last: Any) -> int:
    """End offset after the adjectives that follow a vehicle noun."""
    i = last.i + 1
    end: int = last.idx + len(last.text)
    while i < sent.end and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        end = doc[i].idx + len(doc[i].text)
        i += 1
    return end


def _owner(article: Article, sent: Any, start: int, end: int, words: dict[str, Any]) -> str | None:
    doc = article.doc
    toks = _tokens_in(doc, start, end)
    # a nationality (« la voiture présidentielle américaine ») stays in the name, not the
    # owner: a country as owner would look like a conflict with the president's name
    if not toks:
        return None
    first, last = toks[0], toks[-1]
    # "Trump's limousine": a person (possessive) right before
    for tok in doc[max(sent.start, first.i - 4) : first.i]:
        if (
            (tok.ent_type_ in _PERSON or tok.pos_ == "PROPN")
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].text in ("'s", "’s")
        ):
            return _person_span(doc, tok)
    # "an Ariane 6 rocket operated by Arianespace", « exploitée par »: the operator
    after = _norm(doc[last.i + 1 : min(sent.end, last.i + 4)].text).lower()
    for phrase in words.get("operator_words", []):
        if after.startswith(_norm(str(phrase)).lower() + " "):
            k = last.i + 1 + len(str(phrase).split())
            if k < sent.end and doc[k].ent_type_ in _PERSON:
                return _person_span(doc, doc[k])
            arts = {_norm(str(a)).lower() for a in words.get("owner_articles", [])}
            if k < sent.end and _norm(doc[k].text).lower() in arts:
                k += 1
            found = _organisation(doc, sent, k)
            if found:
                return found
    # « la limousine de Donald Trump », "the car of the president"
    j = last.i + 1
    preps = {_norm(p).lower() for p in words.get("owner_preps", [])}
    if j < sent.end and _norm(doc[j].text).lower() in preps:
        k = j + 1
        if k < sent.end and doc[k].ent_type_ in _PERSON:
            return _person_span(doc, doc[k])
        arts = {_norm(str(a)).lower() for a in words.get("owner_articles", [])}
        if k < sent.end and _norm(doc[k].text).lower() in arts:
            k += 1
        return _organisation(doc, sent, k)
    return None


def _operator(article: Article, sent: Any, words: dict[str, Any]) -> str | None:
    """"launch operator Orbis Launch said", « l'exploitant Vialis »: the organisation an
    operator noun names, anywhere in the sentence."""
    doc = article.doc
    nouns = sorted((_norm(str(w)).lower().split() for w in words.get("operator_nouns", [])),
                   key=len, reverse=True)
    toks = [_norm(t.text).lower() for t in sent]
    for i in range(len(toks)):
        for noun in nouns:
            k = sent.start + i + len(noun)
            if toks[i : i + len(noun)] == noun and k < sent.end and doc[k].text[:1].isupper():
                found = _organisation(doc, sent, k, person_ok=True)
                if found and not _is_participant(article, found):
                    return found  # "crane operator Jane Doe" is a person's job
    return None


def _is_participant(article: Article, name: str) -> bool:
    low = fold_case(name).lower()
    return any(
        isinstance(c.value, ParticipantValue) and fold_case(c.value.name or "").lower() == low
        for c in article.claims
    )


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


def _person_span(doc: Any, tok: Any) -> str:
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


def _owner_complement(article: Article, sent: Any, end: int, words: dict[str, Any]) -> str:
    """« du président russe » / "of the president" right after the vehicle phrase."""
    preps = {_norm(p).lower() for p in words.get("owner_preps", [])}
    toks = [t for t in sent if t.idx >= end][:4]
    if not toks or _norm(toks[0].text).lower() not in preps:
        return ""
    out = []
    for tok in toks[1:]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            break
        out.append(tok.text)
    return " ".join(out)


@cache
def _ride_words(lang: str) -> frozenset[str]:
    w = lexicon("vehicles", lang)
    return frozenset(str(x).lower() for x in [*w.get("ride_lemmas", []), *w.get("ride_forms", [])])


def _is_ride(tok: Any, words: dict[str, Any]) -> bool:
    ride = _ride_words(str(tok.doc.lang_))
    return str(tok.lemma_).lower() in ride or str(tok.text).lower() in ride


def _riders(
    article: Article, sent: Any, owner: str | None, start: int, end: int, words: dict[str, Any]
) -> list[str]:
    """People in the sentence who are subjects or companions of a ride verb."""
    out: list[str] = []
    for ent in sent.ents:
        if ent.label_ not in _PERSON or start <= ent.start_char < end:
            continue
        root = ent.root
        head = root.head
        # a subject of the ride verb, or its conjunct, or « avec X » / "with X"
        while root.dep_ in ("conj", "flat:name", "appos") and head.i != root.i:
            root, head = head, head.head
        ok = root.dep_.startswith("nsubj") and _is_ride(head, words)
        ok = ok or (root.dep_ in ("obl:mod", "obl", "pobj", "obl:arg", "nmod") and any(
            c.text.lower() in ("avec", "with", "alongside") for c in root.children
        ) | (head.text.lower() in ("with", "alongside")))
        if (
            not ok
            and any(_is_ride(t, words) for t in sent)
            # the main clause's subject (the parser may hang the ride verb elsewhere), not
            # the subject of a relative clause ("where President X had greeted him")
            and (
                (root.dep_.startswith("nsubj") and not _relative_clause(head))
                or ent.start == sent.start
            )
        ):
            ok = True
        name = str(ent.text).split("\n")[-1].strip()
        if _dateline_or_place(article, name):
            continue
        if ok and name != owner and name not in out:
            out.append(name)
    if not out:
        for tok in sent:
            if (
                (tok.dep_.startswith("nsubj") or tok.i == sent.start)
                and tok.pos_ == "PROPN"
                and (_is_ride(tok.head, words) or tok.i == sent.start)
                and not (start <= tok.idx < end)
            ):
                name = _person_span(article.doc, tok)
                if _dateline_or_place(article, name):
                    continue
                if name != owner and not any(name in o or o in name for o in out):
                    out.append(name)
    return out


_RELATIVE_WORDS = frozenset({"where", "who", "whom", "which", "that", "où", "qui", "que", "dont"})


def _relative_clause(verb: Any) -> bool:
    """A verb heading a relative clause that a relative word opens ("where X had greeted
    him"); the parser's label alone is not enough (it hangs main clauses there too)."""
    return str(verb.dep_) in ("relcl", "acl:relcl") and any(
        c.lower_ in _RELATIVE_WORDS or c.morph.get("PronType") == ["Rel"]
        for c in verb.children
        if c.i < verb.i
    )


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


#: (start, end, named, family, name): the mention's span, whether it names a model, its
#: family and the vehicle's name (the model, or a proper name next to a common noun)
Mention = tuple[int, int, bool, str, str | None]


def _is_name_token(tok: Any, stop: frozenset[str]) -> bool:
    return bool(
        (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.like_num)
        and tok.text not in stop
        and tok.ent_type_ not in ("NORP", "GPE", "LOC", "DATE", "TIME", *_PERSON)
        and not tok.is_punct
    )


def _adjacent_name(article: Article, sent: Any, toks: list[Any]) -> str | None:
    """A proper name right after (« la fusée Vega », « le lanceur Ariane 6 ») or, in
    English, right before the noun ("an Ariane 6 rocket")."""
    doc = article.doc
    stop = _name_stop(article.lang)
    if article.lang == "en":
        i = toks[0].i
        j = i
        while j - 1 >= sent.start and j - 1 > sent.start - 1 and _is_name_token(doc[j - 1], stop):
            j -= 1
        if j < i and j > sent.start:
            span = doc[j:i]
            if any(t.ent_type_ in ("ORG",) for t in span) and not any(t.like_num for t in span):
                return None  # "a Coast Guard helicopter": an owner, not a name
            return str(span.text)
        return None
    i = toks[-1].i + 1
    j = i
    while j < sent.end and j - i < 4 and _is_name_token(doc[j], stop):
        j += 1
    if j > i:
        return str(doc[i:j].text)
    return None


@cache
def _name_stop(lang: str) -> frozenset[str]:
    return frozenset(str(x) for x in lexicon("vehicles", lang).get("name_stop", []))


def _mentions(article: Article, sent: Any) -> Iterator[Mention]:
    """Vehicle mentions in a sentence, longest first."""
    pats = _patterns(article.lang)
    fams = _families(article.lang)
    text = _norm(sent.text)
    taken: list[tuple[int, int]] = []
    # nouns first: « le lanceur Ariane 6 », "an Ariane 6 rocket" is one mention with its name
    for kind in ("noun", "model"):
        for m in pats[kind].finditer(text):
            s, e = sent.start_char + m.start(), sent.start_char + m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            base = m.group("base") if kind == "model" else m.group(0)
            family = fams[kind].get(base.lower(), "car")
            name: str | None = article.text[s:e] if kind == "model" else None
            if kind == "noun":
                toks = _tokens_in(article.doc, s, e)
                if toks and toks[-1].dep_ == "compound":
                    continue  # "a car bomb"
                if toks:
                    name = _adjacent_name(article, sent, toks)
                    if name and article.lang == "en":
                        s = article.text.rindex(name, sent.start_char, s)
                    elif name:
                        e = article.text.index(name, e) + len(name)
                    else:
                        e = _extend_adjectives(article.doc, sent, toks[-1])
                if any(a < e and s < b for a, b in taken):
                    continue
            taken.append((s, e))
            yield s, e, kind == "model" or name is not None, family, name


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

    def role_owner(
        self, phrase: str, context: str, words: dict[str, Any]
    ) -> tuple[str | None, str | None, str | None]:
        """« présidentielle russe », « du président » (side from ``context``), "the
        Russian leader": ``(name, role, side)``: the one named person of that side and
        role, else no name but the role and side the phrase says (the alignment stage
        may find the person in other sources)."""
        low = _low_text(phrase)
        role = next(
            (str(key) for key, forms in (words.get("owner_roles") or {}).items()
             if any(re.search(rf"(?<!\w){re.escape(str(f).lower())}(?!\w)", low) for f in forms)),
            None,
        )
        if role is None:  # the role taxonomy's names for a leader (« le chef du Kremlin »)
            taxonomy = role_key(phrase, self.article.lang)
            role = taxonomy if taxonomy in (words.get("owner_roles") or {}) else None
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
        skip = {_low_text(str(f)) for fs in (words.get("owner_roles") or {}).values() for f in fs}
        skip |= set(_families(self.article.lang)["noun"])
        stems = {
            fold_case(w).lower()[:5]
            for w in re.findall(r"[^\W\d_]{5,}", phrase)
            if _low_text(w) not in skip
        }
        if not stems:
            return None
        text = self.article.text
        owners: list[str] = []
        for person in self._load():
            # every mention (the first may be a headline): the words before it, and an
            # apposition after it up to the clause end (« X, président du Kazakhstan, »)
            for m in re.finditer(re.escape(person.name.split()[-1]), text):
                at = m.start()
                line_start = text.rfind("\n", 0, at) + 1
                line_end = text.find("\n", at)
                line_end = len(text) if line_end < 0 else line_end
                after = ""
                if text[m.end() : m.end() + 1] == ",":  # an apposition, not the clause on
                    after = re.split(
                        r"[;:.()\u2013\u2014]", text[at : min(line_end, at + 70)]
                    )[0]
                near = text[max(line_start, at - 40) : at] + " " + after
                found = {fold_case(w).lower()[:5] for w in re.findall(r"[^\W\d_]{5,}", near)}
                if stems & found and person.name not in owners:
                    owners.append(person.name)
        if len(owners) > 1:  # « Côté kazakh, le ministre … »: the one of the role
            roles = {p.name: p.role for p in self._load()}
            owners = [o for o in owners if roles.get(o) == role] or owners
        return owners[0] if len(owners) == 1 else None

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


def _qualified(article: Article, start: int, end: int, extra: str, words: dict[str, Any]) -> bool:
    """Does a vehicle phrase say whose it is: a role word (« présidentielle »), a side word,
    a nationality the side list lacks (NORP: "Brazilian"; « kazakhe »)?"""
    phrase = article.text[start:end] + " " + extra
    low = _low_text(phrase)
    forms = [str(f).lower() for fs in (words.get("owner_roles") or {}).values() for f in fs]
    if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low) for f in forms):
        return True
    if lexicon_for(article.lang).side(phrase) is not None:
        return True
    return any(t.ent_type_ == "NORP" for t in _tokens_in(article.doc, start, end))


def _means(article: Article, sent: Any, start: int, words: dict[str, Any]) -> bool:
    """"by helicopter", « en hélicoptère »: the means of transport, said without a
    determiner right after a means preposition (with a ride verb in the sentence)."""
    toks = [t for t in sent if t.idx == start]
    if not toks or toks[0].i - 1 < sent.start:
        return False
    prev = _norm(article.doc[toks[0].i - 1].text).lower()
    return prev in {_norm(str(w)).lower() for w in words.get("means_preps", [])}


def _subject_phrase(sent: Any) -> str | None:
    """The main clause's subject as written (« le dirigeant russe »), for « sa limousine »
    in a participial clause before it (« Arrivé à bord de sa limousine, le dirigeant … »)."""
    for tok in sent:
        head = tok.head
        # the main verb: the parser's root, or a verb it hung on another sentence
        main = head.dep_ == "ROOT" or not sent.start <= head.head.i < sent.end
        if tok.dep_.startswith("nsubj") and main and sent.start <= head.i < sent.end:
            return str(sent.doc[tok.left_edge.i : tok.right_edge.i + 1].text)
    return None


@extractor("vehicles", after=("participants",))
def extract_vehicles(article: Article) -> Iterator[Claim]:
    words = article.words("vehicles")
    pats = _patterns(article.lang)
    if not words or not pats:
        return
    people = _People(article)
    for sent in article.sentences():
        mentions = sorted(_mentions(article, sent))
        if not mentions:
            continue
        text = _norm(sent.text)
        usual = pats["usual"].search(text) is not None
        nick_m = pats["nick"].search(text)
        rides = any(_is_ride(t, words) for t in sent)
        named = [m for m in mentions if m[2]]
        if not (rides or usual or (nick_m and named)):
            continue
        # a nickname belongs to a vehicle mention before it, close by
        if nick_m and not any(
            ms <= sent.start_char + nick_m.start(1) and sent.start_char + nick_m.start(1) - me < 60
            for ms, me, *_ in mentions
        ):
            nick_m = None
        nickname = _clean_nickname(nick_m.group(1)) if nick_m else None
        nick_span = (
            (sent.start_char + nick_m.start(1), sent.start_char + nick_m.end(1))
            if nick_m
            else None
        )
        # one claim per sentence: the first named vehicle, else the first noun phrase;
        # a model that is the nickname itself is not the vehicle's name
        candidates = [
            m for m in mentions
            if not (nick_span and nick_span[0] <= m[0] < nick_span[1])
        ] or mentions
        best = next((m for m in candidates if m[2]), candidates[0])
        s, e, _named, family, model = best
        name = article.text[s:e] if model is None else model
        if nickname and nickname.lower() == name.lower():
            nickname = None
        owner = _owner(article, sent, s, e, words) or next(
            (o for ms, me, *_ in mentions if (o := _owner(article, sent, ms, me, words))), None
        )
        riders = _riders(article, sent, owner, s, e, words)
        qs = _phrase_start(article, sent, s, words)
        possessive = any(
            w in {str(p).lower() for p in words.get("possessives", [])}
            for w in _low_text(article.text[qs:s]).split()
        )
        role: str | None = None
        side: str | None = None
        if owner is None and possessive:
            owner = riders[0] if riders else None  # « sa limousine »: the rider's own
            subject_np = None if owner else _subject_phrase(sent)
            if subject_np:  # « …, le dirigeant russe a été accueilli »
                owner, role, side = people.role_owner(subject_np, subject_np, words)
        # « la limousine présidentielle russe », « l'Aurus du président », "the Russian
        # presidential limousine": the named person of that role and side
        complement = _owner_complement(article, sent, e, words)
        if owner is None and not possessive:
            owner, role, side = people.role_owner(
                article.text[qs:e] + " " + complement, sent.text, words
            )
        if owner is None and not role:
            owner = _operator(article, sent, words)
        if owner is not None:
            owner = people.named(re.sub(r"^(?:the|The|la|La|le|Le|l')\s*", "", owner))
        # the quote: the vehicle phrase and its nickname
        qe = max(e, nick_span[1]) if nick_span and nick_span[0] >= s else e
        if nick_span and nick_span[1] > qe and nick_span[0] - e < 60:
            qe = nick_span[1]
        rest = article.text[qe : qe + 3]
        if nick_span and qe == nick_span[1] and rest.lstrip(" \u00a0\u202f")[:1] in ("»", "”", '"'):
            qe += len(rest) - len(rest.lstrip(" \u00a0\u202f")) + 1  # the closing quote mark
        # a common noun needs something saying which or whose ("a car", "by helicopter"
        # alone are no claim): a name, a nickname, an owner, a role or side word
        if model is None and not (
            nickname or owner or _qualified(article, qs, e, complement, words)
            or _means(article, sent, s, words)
        ):
            continue
        subject = ("usual" if usual else "ride") + ("" if family == "car" else f".{family}")
        value = VehicleValue(
            name=name,
            owner=owner,
            nickname=nickname,
            riders=riders,
            # whose, as described, when no one here is named: resolved across sources
            owner_role=role if owner is None and side else None,
            owner_side=side if owner is None and role else None,
        )
        label = value.readable()
        yield article.make_claim(
            SLOT,
            subject,
            value,
            label,
            qs,
            qe,
            claimant=claimant_of(article, sent, s, e),
            modality=modality_of(article, sent, s, e),
        )
