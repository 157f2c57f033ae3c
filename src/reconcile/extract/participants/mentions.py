"""Mentions of people in a sentence: names, role titles before or after a name,
honorifics, surnames linked back to the full name (:class:`Finder`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from reconcile.extract.attribution import (
    fold,
)
from reconcile.extract.context import Article, doc_ents, ents_in, lexicon
from reconcile.extract.mentions.lexicon import (
    PERSON_LABELS,
    PLACE_LABELS,
    Lexicon,
    Span,
    Token,
    fold_case,
)
from reconcile.extract.participants.rules import MENTIONED
from reconcile.lang.people import match_people
from reconcile.lang.places import normalise_place
from reconcile.lang.roles import match_role
from reconcile.models import Modality, Presence

# --------------------------------------------------------------------------- mentions


@dataclass
class RoleHit:
    start: int
    end: int
    key: str
    plural: bool
    side: str | None
    used: bool = False


@dataclass
class Group:
    name: str
    tokens: list[str]
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Mention:
    sent: Span
    start: int  # the quote
    end: int
    anchor_start: int  # the name (or the role phrase for a role-only mention)
    anchor_end: int
    name: str | None
    role: str | None = None
    role_side: str | None = None
    plural: bool = False
    group: Group | None = None
    side: str | None = None
    presence: Presence = "mentioned"
    modality: Modality = "asserted"
    claimant: str | None = None
    root: Token = None
    verbless: bool = False
    titled: bool = False  # an honorific before the name ("M.", "Mr")
    rule: str = MENTIONED  # the rule that decided ``presence``


def _tok(t: Token) -> str:
    return fold(t.text)


def _lemma(t: Token) -> str:
    return fold(t.lemma_ or t.text)


def _is_name_token(t: Token, lex: Lexicon) -> bool:
    text = t.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    f = fold(text)
    if f in lex.honorifics or f.rstrip(".") in lex.honorifics or f in lex.calendar:
        return False
    if lex.side_key(text) is not None:
        return False
    if f in lex.determiners:
        return False
    if t.pos_ in ("VERB", "CCONJ", "ADV", "ADJ") and _inside_person(t):
        return True  # « Ièrlan Baïmoukhanov », « Erlan Kassymov »: a first name mistagged
    return t.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "VERB", "AUX")


def _inside_person(t: Token) -> bool:
    """``t`` opens or continues a person entity of two words or more, and is no
    function word: the tagger read an unknown first name as a verb or a conjunction."""
    if t.is_stop or t.lower_ == t.text:
        return False
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if t.ent_type_ not in PERSON_LABELS:
        # « Erlan Kassymov » with only the surname tagged: an unknown word glued to it
        return t.is_oov and t.pos_ in ("VERB", "CCONJ") and nxt is not None and (
            nxt.ent_iob_ == "B" and nxt.ent_type_ in PERSON_LABELS) and (
            nxt.idx == t.idx + len(t.text) + 1)
    prev = doc[t.i - 1] if t.i > 0 else None
    return (nxt is not None and nxt.ent_iob_ == "I" and nxt.ent_type_ in PERSON_LABELS) or (
        t.ent_iob_ == "I" and prev is not None and prev.ent_type_ in PERSON_LABELS)


def _name_run(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """The leading name tokens of ``tokens`` (particles allowed inside)."""
    run: list[Token] = []
    i = 0
    while i < len(tokens) and len(run) < 5:
        t = tokens[i]
        joins = bool(run) and (_tok(t) in lex.particles or t.text == "-") and i + 1 < len(
            tokens) and _is_name_token(tokens[i + 1], lex)
        if _is_name_token(t, lex) or joins:
            run.append(t)
        elif run and run[-1].text.endswith(("'", "\u2019")) and t.is_alpha and (
                t.idx == run[-1].idx + len(run[-1].text)):
            run.append(t)  # « Le Cléac'h »: the letters glued after an apostrophe
        else:
            break
        if i + 1 < len(tokens) and tokens[i + 1].idx > t.idx + len(t.text) + 1:
            break  # a line break or a double space ends a name
        i += 1
    return run


def _unknown_name(run: list[Token], lex: Lexicon) -> bool:
    """Two or three capitalised words the model has never seen, none tagged as a
    place or an organisation (« Aïgerim Baïbossynova », « Daniyar Ermekov »): a
    transliterated name the NER missed."""
    if not 2 <= len(run) <= 3:
        return False
    prev = run[0].doc[run[0].i - 1] if run[0].i > 0 else None
    article = prev is not None and (prev.pos_ in ("DET", "ADP")
                                    or "Def" in prev.morph.get("Definite"))
    if prev is not None and article and _tok(prev) not in lex.agent_preps | lex.with_words:
        return False  # "the Stade Meridien", « au Stade Méridien »: a name of a thing or place
    return all(t.is_oov and t.text[:1].isupper() and not t.text.isupper() and len(t.text) >= 3
               and t.ent_type_ not in PLACE_LABELS and t.ent_type_ != "ORG" for t in run)


def _text(article: Article, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", article.text[start:end]).strip()


def _name_ok(article: Article, run: list[Token], lex: Lexicon) -> bool:
    if not run:
        return False
    folded = [fold(t.text) for t in run]
    if any(f in lex.not_person for f in folded):
        return False
    whole = _text(article, run[0].idx, run[-1].idx + len(run[-1].text))
    if lex.side_key(whole) is not None:
        return False
    return not (len(run) == 1 and (len(run[0].text) < 2 or (run[0].text.isupper()
                                   and len(run[0].text) <= 4)))


@lru_cache(maxsize=4096)
def _known_role(phrase: str, lang: str) -> str | None:
    known = match_role(phrase, lang)
    return known.key if known is not None else None


#: where a role phrase can begin: every role pattern opens with this look-behind
#: (``lexicon._roles``)
_PHRASE_START = re.compile(r"(?<![\w-])", re.IGNORECASE)


def _covering(regex: re.Pattern[str], text: str, starts: list[int],
              window: tuple[int, int, int]) -> re.Match[str] | None:
    """The match of ``regex.finditer(text, lo, hi)`` that contains offset ``at``, if any,
    found by trying the pattern only at the phrase starts from ``lo`` to ``at``, in the
    order ``finditer`` would, instead of searching the whole window: the matches that
    begin after ``at`` are not wanted, and scanning for them was most of the cost."""
    lo, at, hi = window
    pos = lo
    for p in starts[bisect_left(starts, lo) : bisect_right(starts, at)]:
        if p < pos:
            continue  # inside the match before, as finditer goes on after it
        m = regex.match(text, p, hi)
        if m is None:
            continue
        assert m.end() > p, regex.pattern  # a role phrase is never empty
        if m.end() > at:
            return m
        pos = m.end()
    return None


def _role_hits(article: Article, lex: Lexicon) -> list[RoleHit]:
    """Role phrases of the whole article, found once: the role regexes run only
    in a window around a word that can start a role phrase."""
    text = fold_case(article.text)
    if lex.role_trigger is None:
        return []
    found: set[tuple[int, int, str, bool]] = set()
    starts = [m.start() for m in _PHRASE_START.finditer(text)]
    for trig in lex.role_trigger.finditer(text):
        first = re.sub(r"\s+", " ", fold(trig.group(0)))
        indexes = lex.role_first.get(first) or lex.role_first.get(first.replace(" ", "-"), [])
        lo, hi = max(0, trig.start() - 60), min(len(text), trig.end() + 160)
        for k in indexes:
            regex, key, plural = lex.roles[k]
            m = _covering(regex, text, starts, (lo, trig.start(), hi))
            if m is not None:
                found.add((m.start(), m.end(), key, plural))
    ordered = sorted(found, key=lambda f: (-(f[1] - f[0]), f[0], f[3]))
    chosen: list[RoleHit] = []
    words: set[str] | None = None
    for start, end, key, plural in ordered:
        if any(not (end <= c.start or start >= c.end) for c in chosen):
            continue
        phrase = article.text[start:end]
        # the shared role taxonomy names the key when it knows the phrase
        key = _known_role(phrase, article.lang) or key
        sense = lex.role_senses.get(key)
        if sense is not None:
            # "the captain" of a ferry, "managers" of a hospital: a sport role
            # only in an article about sport
            if words is None:
                words = {w for t in article.doc for w in (_tok(t).lower(), _lemma(t).lower())}
            if not sense[0] & words:
                if sense[1] is None:
                    continue
                key = sense[1]
        chosen.append(RoleHit(start, end, key, plural, lex.side(phrase)))
    chosen.sort(key=lambda h: h.start)
    return chosen


def _with_determiner(article: Article, start: int, lex: Lexicon) -> int:
    before = fold(article.text[max(0, start - 12) : start])
    for det in sorted(lex.determiners - {"de", "du", "d'"}, key=len, reverse=True):
        if det.endswith("'"):
            if before.endswith(det) and (len(before) == len(det) or not before[-len(det) - 1]
                                         .isalpha()):
                return start - len(det)
        elif re.search(rf"(?<![\w']){re.escape(det)}\s+$", before):
            m = re.search(rf"(?<![\w']){re.escape(det)}\s+$", before)
            assert m is not None
            return start - (len(before) - m.start())
    return start


def _tokens_from(sent: Span, offset: int) -> list[Token]:
    return [t for t in sent if t.idx >= offset]


def _honorific_before(run: list[Token], lex: Lexicon) -> Token | None:
    if not run or run[0].i == 0:
        return None
    prev = run[0].doc[run[0].i - 1]
    f = fold(prev.text)
    if f in lex.honorifics or f.rstrip(".") in lex.honorifics:
        return prev
    return None


def _vehicle_make(article: Article, run: list[Token]) -> bool:
    """"Renault Megane", "Airbus A330": a make with its model names a vehicle, not a person
    (a make as a surname comes after a first name: "Louis Renault")."""
    makes = _makes(article.lang)
    return len(run) > 1 and fold(run[0].text) in makes


@lru_cache(maxsize=8)
def _makes(lang: str) -> frozenset[str]:
    found = lexicon("vehicles", lang).get("makes") or {}
    return frozenset(fold(str(m)) for names in found.values() for m in names)


def _link(groups: list[Group], run_tokens: list[str]) -> Group | None:
    if not run_tokens:
        return None
    last = run_tokens[-1]
    if len(run_tokens) == 1:
        for g in groups:
            if g.tokens[-1] == last:
                return g
        for g in groups:
            if last in g.tokens[1:]:
                return g
        # « M. Kasymov » after « Nurlan Kassymov »: a surname spelt another way links to
        # the one full name it matches
        fits = [g for g in groups if len(g.tokens) >= 2 and len(last) >= 4
                and match_people(g.name, last.capitalize()) is not None]
        return fits[0] if len(fits) == 1 else None
    first = run_tokens[0]
    for g in groups:
        if g.tokens[-1] != last:
            continue
        if len(g.tokens) == 1 or g.tokens[0] == first or (g.tokens[0][:1] == first[:1] and (
                len(first) <= 2 or len(g.tokens[0]) <= 2)):
            return g
    return None


# « la directrice de course Anne Colin », "the director of racing Anne Colin": one common
# noun completing the role, then the name with no comma
_TIGHT_COMPLEMENT = re.compile(
    r"\s+(?:de|du|des|d'|of)\s*(?:la\s+|l'|the\s+)?(?-i:[a-z\u00e0-\u00ff]{3,})\s+")


class Finder:
    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.groups: list[Group] = []
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self.titled: set[int] = set()
        self.thing_words: set[str] = set()
        self.org_tokens: set[int] = set()

    # -- named mentions
    def _add_named(self, sent: Span, run: list[Token], qstart: int, qend: int,
                   role: RoleHit | None) -> Mention | None:
        art = self.article
        if not self._names_someone(run):
            return None
        nstart, nend = run[0].idx, run[-1].idx + len(run[-1].text)
        if any(m.anchor_start < nend and nstart < m.anchor_end for m in self.mentions
               if m.name is not None):
            return None
        name = _text(art, nstart, nend)
        group = self._group_of(run, name)
        mention = Mention(sent=sent, start=qstart, end=qend, anchor_start=nstart, anchor_end=nend,
                          name=name, group=group)
        if role is not None:
            role.used = True
            mention.role, mention.role_side, mention.plural = role.key, role.side, False
        group.mentions.append(mention)
        self.mentions.append(mention)
        for t in run:
            self.by_token[t.i] = mention
        return mention

    def _names_someone(self, run: list[Token]) -> bool:
        """The run can be a person's name: not an organisation's words, a place's, or a
        nationality word (the words of a thing are kept in ``thing_words``)."""
        art, lex = self.article, self.lex
        if not _name_ok(art, run, lex):
            folded = [fold(t.text) for t in run]
            if len(run) > 1 and any(f in lex.not_person for f in folded):
                # "Orbis Launch": its other words name the organisation, not a person
                self.thing_words.update(f for f, t in zip(folded, run, strict=True)
                                        if t.text[:1].isupper())
            return False
        if self._place_fragment(run) or self._tagged_place(run) or _vehicle_make(art, run):
            self.thing_words.update(fold(t.text) for t in run)
            return False
        # "his Azerbaijani counterpart": a nationality word
        return not (len(run) == 1 and run[0].pos_ == "ADJ" and run[0].dep_ == "amod" and (
            run[0].head.pos_ == "NOUN" and run[0].head.i > run[0].i))

    def _group_of(self, run: list[Token], name: str) -> Group:
        """The person the name links back to (a full name given earlier), else a new one;
        a full name after a surname alone becomes the person's name."""
        lex = self.lex
        tokens = [fold(t.text) for t in run if fold(t.text) not in lex.particles or t == run[-1]]
        group = _link(self.groups, tokens)
        if group is None:
            group = Group(name=name, tokens=tokens)
            self.groups.append(group)
        elif len(tokens) > len(group.tokens) and len(group.tokens) == 1:
            group.name, group.tokens = name, tokens
        return group

    def _tagged_place(self, run: list[Token]) -> bool:
        """The article's own entity tagger calls these words a place more often than a
        person elsewhere (« à Carteret », "at Carteret" against one "Carteret" read as a
        name): a tagger is inconsistent, the article is not."""
        name = " ".join(t.text for t in run)
        labels = [e.label_ for e in doc_ents(run[0].doc)
                  if e.text == name and not e.start <= run[0].i < e.end]  # elsewhere only
        places = sum(label in PLACE_LABELS for label in labels)
        return places > 0 and places >= sum(label in PERSON_LABELS for label in labels)

    def _place_fragment(self, run: list[Token]) -> bool:
        """"French Guiana", « Guyane française »: the run and the side word written
        against it (left out of the run as a nationality word) name a known place."""
        doc, lex = run[0].doc, self.lex
        near = []
        if run[0].i > 0:
            near.append((doc[run[0].i - 1], True))
        if run[-1].i + 1 < len(doc):
            near.append((doc[run[-1].i + 1], False))
        name = " ".join(t.text for t in run)
        for tok, before in near:
            if lex.side_key(tok.text) is None or not tok.is_alpha:
                continue
            gap = run[0].idx - (tok.idx + len(tok.text)) if before else tok.idx - (
                run[-1].idx + len(run[-1].text))
            if gap != 1:
                continue
            whole = normalise_place(f"{tok.text} {name}" if before else f"{name} {tok.text}")
            # a known place of its own, not the side word's place found inside the words
            if whole.known and whole.key != normalise_place(tok.text).key:
                return True
        return False

    def sentence(self, sent: Span, hits: list[RoleHit]) -> list[RoleHit]:
        self._role_then_name(sent, hits)
        self._ner_people(sent, hits)
        self._names_before_roles(sent, hits)
        self._other_names(sent, hits)
        return hits

    def _role_then_name(self, sent: Span, hits: list[RoleHit]) -> None:
        """1. role + name: « le ministre des Affaires étrangères Sergueï Lavrov »."""
        art, lex = self.article, self.lex
        for hit in hits:
            after = _tokens_from(sent, hit.end)
            if not after or art.text[hit.end : after[0].idx].strip():
                continue
            after = self._skip_role_complement(after)
            run = _name_run(after, lex)
            if run:
                qstart = _with_determiner(art, hit.start, lex)
                self._add_named(sent, run, qstart, run[-1].idx + len(run[-1].text), hit)

    def _ner_people(self, sent: Span, hits: list[RoleHit]) -> None:
        """2. people found by NER, with a role after them: « Marie Durand, ministre des
        Finances »."""
        for ent in ents_in(sent):
            if ent.label_ not in PERSON_LABELS or any(t.i in self.org_tokens for t in ent):
                continue
            toks = self._entity_name(sent, ent, hits)
            run = _name_run(toks + _tokens_from(sent, ent.end_char), self.lex) if toks else []
            self._named_with_context(sent, run, hits)

    def _entity_name(self, sent: Span, ent: Span, hits: list[RoleHit]) -> list[Token]:
        """The person entity's name words: past the role words and leading lowercase
        words, back over a first name the NER left out."""
        lex = self.lex
        toks = [t for t in ent if not any(h.start <= t.idx < h.end for h in hits)]
        while toks and not _is_name_token(toks[0], lex):
            if _tok(toks[0]) in lex.complement_links and toks[0].text.islower():
                return []  # « (le président) de la République »: the role's complement
            toks = toks[1:]
        # « Erlan Kassymov » with only « Kassymov » tagged: the first name before it
        while toks and toks[0].i > sent.start and _inside_person(toks[0].doc[toks[0].i - 1]):
            toks = [toks[0].doc[toks[0].i - 1], *toks]
        return toks

    def _names_before_roles(self, sent: Span, hits: list[RoleHit]) -> None:
        """2b. a name the NER missed, set before its role: « Aïdar Seitkali, le
        vice-ministre »."""
        for hit in hits:
            if hit.used or hit.plural:
                continue
            run = self._name_before_role(sent, hit)
            if run:
                self._named_with_context(sent, run, hits)

    def _other_names(self, sent: Span, hits: list[RoleHit]) -> None:
        """3. honorifics, known surnames, names coordinated with a person, names the
        model has never seen."""
        lex = self.lex
        i = 0
        toks = list(sent)
        while i < len(toks):
            in_role = any(h.start <= toks[i].idx < h.end for h in hits)
            run = _name_run(toks[i:], lex) if _is_name_token(toks[i], lex) and not in_role else []
            if not run or (run[0].i in self.by_token):
                i += max(1, len(run))
                continue
            if self._named_alone(run) and run[0].pos_ in ("PROPN", "NOUN", "X", "ADJ"):
                self._named_with_context(sent, run, hits)
            i += len(run)

    def _named_alone(self, run: list[Token]) -> bool:
        """A capitalised run the NER did not tag is a name: after an honorific, as a
        known person's surname, coordinated with a person, or unknown to the model."""
        lex = self.lex
        folded = [fold(t.text) for t in run if fold(t.text) not in lex.particles]
        return (_honorific_before(run, lex) is not None
                or _link(self.groups, folded) is not None
                or self._coordinated(run)
                or _unknown_name(run, lex))

    def _name_before_role(self, sent: Span, hit: RoleHit) -> list[Token]:
        """The capitalised words (two at least) just before « , le <role> » / ", the
        <role>": a person named, then described."""
        toks = [t for t in sent if t.idx < hit.start]
        if toks and _tok(toks[-1]) in self.lex.definite:
            toks = toks[:-1]
        if len(toks) < 3 or toks[-1].text != ",":
            return []
        back: list[Token] = []
        for t in reversed(toks[:-1]):
            if not _is_name_token(t, self.lex) or t.pos_ not in ("PROPN", "NOUN", "X", "ADJ"):
                break
            back.insert(0, t)
        if len(back) < 2 or len(back) > 4 or any(t.i in self.by_token for t in back):
            return []
        first = back[0]
        if first.i > sent.start and first.doc[first.i - 1].text[:1].isupper() and (
                first.doc[first.i - 1].is_alpha):
            return []
        run = _name_run(back, self.lex)
        return run if len(run) == len(back) else []

    def _skip_role_complement(self, after: list[Token]) -> list[Token]:
        """Past « de Renault, », "of Apple", « parisien » between a role and its name."""
        lex = self.lex
        rest = after
        if rest and rest[0].pos_ == "ADJ" and rest[0].text[:1].islower() and len(rest) > 1:
            rest = rest[1:]
        if rest and _tok(rest[0]) in lex.complement_links:
            if len(rest) > 2 and _tok(rest[1]) in lex.definite:
                rest = rest[1:]  # « de l'ONU, X », "of the UN, X": past the article too
            org = _name_run(rest[1:], lex)
            if org:
                tail = rest[1 + len(org):]
                if tail and tail[0].text == ",":
                    tail = tail[1:]
                if _name_run(tail, lex):
                    # « le PDG de Vantor, Michel Aubry »: Vantor is the role's organisation
                    self.org_tokens.update(t.i for t in org)
                    self.thing_words.update(fold(t.text) for t in org)
                    return tail
                # « du Var Philippe Mahé »: the person is where NER starts one, else the last two
                for k in range(1, len(org)):
                    if org[k].ent_iob_ == "B" and org[k].ent_type_ in PERSON_LABELS:
                        return rest[1 + k:]
                if len(org) >= 3:
                    return rest[1 + len(org) - 2:]
        if rest is not after and _name_run(rest, lex):
            return rest
        return after

    def _coordinated(self, run: list[Token]) -> bool:
        """A name in a list or apposition with a known person ("Trump and Putin")."""
        # every word whose head lies outside the run (a broken parse may give several)
        roots = [t for t in run if t.head not in run] or [run[0]]
        return any((n.i in self.by_token and n.dep_ in ("conj", "appos")) or
                   (n.i in self.by_token and root.dep_ in ("conj", "appos") and n == root.head)
                   for root in roots for n in [root.head, *root.children])

    def _named_with_context(self, sent: Span, run: list[Token], hits: list[RoleHit]) -> None:
        if not run:
            return
        art = self.article
        nstart, nend = run[0].idx, run[-1].idx + len(run[-1].text)
        qstart, qend = nstart, nend
        hon = _honorific_before(run, self.lex)
        if hon is not None:
            qstart = hon.idx
            self.titled.add(run[0].i)
        role: RoleHit | None = None
        # the nearest role phrase first: « Le président russe était entouré de son chef de
        # la diplomatie, X »: X is the head of diplomacy, not the president
        for hit in sorted(hits, key=lambda h: min(abs(h.start - nend), abs(nstart - h.end))):
            if hit.used:
                continue
            gap_after = art.text[nend : hit.start]
            if hit.start >= nend and re.fullmatch(r"\s*,\s*(?:\S+\s+)?", gap_after) and (
                    _with_determiner(art, hit.start, self.lex) >= nend):
                word = gap_after.strip(" ,")
                # "X, Brazil's trade minister", « X, le ministre »
                owner = bool(re.fullmatch(r"[A-Z][\w.\-]*['\u2019]s", word)) or (
                    self.lex.side_key(word) is not None)
                det_ok = not word or fold(word) in self.lex.determiners or owner
                if owner and hit.side is None:
                    hit.side = self.lex.side_key(re.sub(r"['\u2019]s$", "", word))
                if det_ok and not hit.plural:
                    role, qend = hit, hit.end
                    break
            gap_before = art.text[hit.end : nstart]
            if hit.end <= nstart and (self.lex.complement_re.fullmatch(gap_before)
                                      or _TIGHT_COMPLEMENT.fullmatch(gap_before)) and (
                    not hit.plural):
                role, qstart = hit, _with_determiner(art, hit.start, self.lex)
                break
        mention = self._add_named(sent, run, qstart, qend, role)
        if mention is not None and hon is not None:
            mention.titled = True
