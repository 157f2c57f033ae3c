"""The clause around a mention: its verb and argument, whether it is at the event's site,
a member of a delegation, placed at another time."""

from __future__ import annotations

import re
from typing import Any

from reconcile.extract.attribution import (
    fold,
    head_of,
    is_negated,
)
from reconcile.extract.context import Article
from reconcile.extract.mentions.lexicon import OBJECT_DEPS, SUBJECT_DEPS, Lexicon, Token
from reconcile.extract.participants.mentions import Mention, _lemma, _tok

# --------------------------------------------------------------------------- context


def _path_to(root: Token, top: Token) -> list[Token]:
    path = [root]
    cur = root
    while cur != top and head_of(cur) != cur:
        cur = head_of(cur)
        path.append(cur)
    return path


def _argument_of(root: Token, verb: Token) -> Token | None:
    """The child of ``verb`` whose subtree holds ``root`` (climbing conj/appos/flat)."""
    cur = root
    while head_of(cur) != cur and head_of(cur) != verb:
        cur = head_of(cur)
    return cur if head_of(cur) == verb and cur != verb else None


def _arg_kind(arg: Token, lex: Lexicon) -> str:
    dep = arg.dep_
    if dep in SUBJECT_DEPS:
        return "subject"
    if dep in OBJECT_DEPS:
        if any(_tok(c) in lex.with_words for c in arg.children if c.dep_ in ("case", "prep")):
            return "with"
        return "object"
    if dep == "prep" and _tok(arg) in lex.with_words:
        return "with"
    if dep == "prep" and _tok(arg) in lex.agent_preps:
        return "subject"
    cases = [c for c in arg.children if c.dep_ in ("case", "fixed")]
    if any(_tok(c) in lex.with_words for c in cases):
        return "with"
    if cases and (_tok(cases[0]) in lex.agent_preps
                  or " ".join(_tok(c) for c in cases[:2]) in lex.agent_preps):
        return "subject"
    return "other"


def _apposed_kind(doc: Any, mention: Mention, verb: Token, lex: Lexicon) -> str | None:
    """The kind of the noun phrase just before « , X » when it is an argument of ``verb``."""
    first = next((t for t in doc if t.idx >= mention.anchor_start), None)
    if first is None or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    phrase = _argument_of(doc[first.i - 2], verb)
    if phrase is None or phrase.pos_ not in ("NOUN", "PROPN") or phrase.i >= first.i:
        return None
    return _arg_kind(phrase, lex)


def _verbs_below(chain: list[Token]) -> list[Token]:
    out = list(chain)
    for verb in chain:
        stack = [verb]
        while stack:
            cur = stack.pop()
            for child in cur.children:
                if child.dep_ == "xcomp" and child not in out:
                    out.append(child)
                    stack.append(child)
    return out


def _listed_verb(verb: Token, table: dict[str, frozenset[str] | None]) -> bool:
    """``verb`` is in ``table`` (lemma or form), with the word the entry needs among
    its dependents ("stay away": "away")."""
    for key in (_lemma(verb), fold(verb.text)):
        if key in table:
            needed = table[key]
            if needed is None or any(_tok(c) in needed or _lemma(c) in needed
                                     for c in verb.subtree if c != verb):
                return True
    return False


def _before_subject(doc: Any, mention: Mention, verb: Token) -> bool:
    """« Erlan Kassymov, le chef de la délégation, a pris la parole »: the name, then a
    comma, then the subject phrase of ``verb`` (the parse hung the name elsewhere)."""
    after = next((t for t in doc if t.idx >= mention.anchor_end), None)
    if after is None or after.text != "," or after.i + 1 >= len(doc) or after.i > verb.i:
        return False
    cur = mention.root
    while cur is not None and cur != verb:
        if any(c.dep_ in ("case", "prep", "mark") for c in cur.children):
            return False  # « sous la présidence de X, le pays… »: inside a complement
        cur = head_of(cur) if head_of(cur) != cur else None
    start = doc[after.i + 1]
    return any(c.dep_ in SUBJECT_DEPS and c.left_edge == start and c.i < verb.i
               for c in verb.children)


def _bare_subject(arg: Token, verb: Token) -> bool:
    """A noun phrase before a verb that has no subject, with no preposition of its
    own, is that verb's subject (a parse that tagged it as a modifier)."""
    if arg.i > verb.i or arg.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
        return False
    if arg.dep_ not in ("obl", "obl:mod", "nmod", "npadvmod", "dep"):
        return False
    if any(c.dep_ in ("case", "prep", "mark") for c in arg.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in arg.subtree
           if t.i <= arg.i):
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl", "conj", "acl:relcl", "relcl", "csubj",
                          "csubj:pass", "csubjpass"})


_ADVERBIAL_DEPS = frozenset({"prep", "obl", "obl:mod", "obl:arg", "advmod", "npadvmod", "nmod"})


_COPULAS = frozenset({"be", "etre"})


def _site_text(tokens: list[Token]) -> str:
    return " " + " ".join(_tok(t) for t in sorted(tokens, key=lambda t: t.i)) + " "


def _names_site(text: str, lex: Lexicon, speech: bool = False) -> bool:
    """``text`` (folded, spaced) holds a phrase of being on the scene (« sur place »,
    "at the scene"), or a spot of the event's site after a preposition of place
    (« au poste de commandement », "at the staging area"; for speech also « depuis la
    tour de contrôle », "from the control tower")."""
    if any(phrase in text for phrase in lex.on_site):
        return True
    preps = lex.place_preps | lex.locative_preps | lex.site_preps
    if not speech:
        preps = preps - lex.not_at_event
    for site in lex.site_words:
        at = text.find(f" {site} ")
        while at >= 0:
            before = text[:at].split()
            while before and before[-1] in lex.determiners:
                before.pop()
            if before and (before[-1] in preps or " ".join(before[-2:]) in preps):
                return True
            at = text.find(f" {site} ", at + 1)
    return False


def _at_site(pred: Token, lex: Lexicon, skip: Token | None = None) -> bool:
    """The predicate ``pred`` (its own complements, not the clauses under it) places
    its subject at the event: « était sur place », "was at the command post",
    « présent au poste de commandement », "was at the talks" (a copula and a meeting)."""
    toks = _predicate_tokens(pred, skip)
    if _names_site(_site_text(toks), lex):
        return True
    # « était à la réunion », "was at the talks": a copula and a meeting of the event
    copular = _lemma(pred) in _COPULAS or any(c.dep_ == "cop" for c in pred.children)
    if copular and any(c.dep_ in ("advmod", "obl:mod") and _tok(c) in lex.copula_here
                       for c in pred.children):
        return True  # "was there", « était là »
    if copular and any(c.dep_ in ("acomp", "attr", "xcomp") and c.pos_ == "ADJ"
                       and _tok(c) in lex.present_verbs for c in pred.children):
        return True  # "will be present on Thursday"
    if copular or _listed_verb(pred, lex.member_verbs):
        wide = [pred, *(t for c in pred.children if c != skip and c.dep_ not in SUBJECT_DEPS
                        and c.dep_ not in _CLAUSE_DEPS for t in c.subtree)]
        if _member(pred, wide, lex):
            return True
    if not copular:
        return False
    return _at_meeting_noun(pred, lex)


def _predicate_tokens(pred: Token, skip: Token | None) -> list[Token]:
    """The predicate with its own complements (not its subject nor the clauses under it)."""
    toks = [pred]
    for child in pred.children:
        if child == skip or child.dep_ in SUBJECT_DEPS or child.dep_ in _CLAUSE_DEPS:
            continue
        if child.dep_ in _ADVERBIAL_DEPS:
            toks.extend(child.subtree)
            continue
        toks.append(child)
        toks.extend(g for g in child.children if g.dep_ in ("case", "prep", "pobj", "det",
                                                             "obj", "fixed", "advmod"))
    return toks


def _at_meeting_noun(pred: Token, lex: Lexicon) -> bool:
    """A copula's complement is a meeting or an anchor of the event, with a place
    preposition (« était à la réunion », "was at the talks")."""
    nouns = [pred, *(g for c in pred.children if c.dep_ in ("prep", "obl", "obl:mod")
                     for g in [c, *c.children] if g.dep_ in ("pobj", "obl", "obl:mod"))]
    for noun in nouns:
        if not (_tok(noun) in lex.meeting_nouns or _tok(noun) in lex.event_anchors):
            continue
        cases = [c for c in noun.children if c.dep_ in ("case", "prep")]
        if noun.dep_ == "pobj":
            cases.append(head_of(noun))
        if any(_tok(c) in lex.place_preps for c in cases):
            return True
    return False


_MEMBER_PATH = frozenset({"prep", "pobj", "attr", "obj", "dobj", "obl", "obl:arg", "obl:mod",
                          "nmod", "acomp"})


_PART_WORDS = frozenset({"partie", "part", "membre", "membres", "member", "members"})


def _member(pred: Token, toks: list[Token], lex: Lexicon) -> bool:
    """Among the predicate's words, one of the party of the event after a word of
    belonging: « (était) du voyage », « parmi la délégation », "(was) among the
    delegation", "part of the delegation", "on the trip" (the predicate itself or its
    complement, or the complement's own: « partie de la délégation »)."""
    near = _member_path(pred)
    for noun in toks:
        if noun.i not in near:
            continue
        if _tok(noun) not in lex.member_nouns and _lemma(noun) not in lex.member_nouns:
            if _part_of_meeting(pred, noun, lex):
                return True
            continue
        if any(w in lex.member_preps for w in _member_links(noun)):
            return True
    return False


def _member_path(pred: Token) -> set[int]:
    """The predicate and the words below it reached through prepositions and words of
    belonging (« partie de », "member of"), not through another noun."""
    near = {pred.i}
    stack = [pred]
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.dep_ not in _MEMBER_PATH or child.i in near:
                continue
            near.add(child.i)
            # down through a preposition or a word of belonging, not another noun
            if child.pos_ == "ADP" or _tok(child) in _PART_WORDS:
                stack.append(child)
    return near


def _part_of_meeting(pred: Token, noun: Token, lex: Lexicon) -> bool:
    """"part of the talks", « partie des négociations »: a meeting itself."""
    ups = [head_of(noun), head_of(head_of(noun))]
    meeting = _tok(noun) in lex.meeting_nouns or _tok(noun) in lex.event_anchors
    return meeting and (any(_tok(u) in _PART_WORDS for u in ups)
                        or _listed_verb(pred, lex.member_verbs))


def _member_links(noun: Token) -> list[str]:
    """The words linking ``noun`` to what it is the complement of: its case words, the
    preposition it is the object of (alone and with the word before), its case words
    together."""
    # « du voyage »: the contracted article may be tagged as a determiner
    links = [_tok(c) for c in noun.children if c.dep_ in ("case", "prep", "fixed", "det")]
    head = head_of(noun)
    if noun.dep_ == "pobj" and head != noun:
        links.append(_tok(head))
        if head_of(head) != head:
            links.append(f"{_tok(head_of(head))} {_tok(head)}")
    cases = [c for c in noun.children if c.dep_ == "case"]
    if len(cases) >= 2:
        links.append(" ".join(_tok(c) for c in cases))
    return links


def _chair_prep(noun: Token, lex: Lexicon) -> bool:
    """``noun`` stands after a preposition of guidance (« sous », "under")."""
    preps = [c for c in noun.children if c.dep_ in ("case", "prep")]
    if noun.dep_ == "pobj" and head_of(noun) != noun:
        preps.append(head_of(noun))
    return any(_tok(p) in lex.chair_preps for p in preps)


def _on_site(root: Token, lex: Lexicon) -> bool:
    """The clause whose subject holds the name says the subject was at the scene
    (« était sur place », "was on the scene", "remained at the site")."""
    if not lex.on_site:
        return False
    subj = root
    while subj.dep_ in ("appos", "flat", "flat:name", "compound", "conj") and (
            head_of(subj) != subj):
        subj = head_of(subj)
    if subj.dep_ not in SUBJECT_DEPS or head_of(subj) == subj:
        return False
    return _at_site(head_of(subj), lex, skip=subj)


def _fronted_presence(article: Article, verb: Token, subj: Token, lex: Lexicon) -> str | None:
    """A predicate set before the subject, with a comma: « Absent de la réunion, le
    ministre X a… » → absent; « Présent sur place, X a… », "On hand at the ceremony,
    X…" → present."""
    for child in verb.children:
        if child.i >= subj.i or child.dep_ in SUBJECT_DEPS or child.dep_ in (
                "aux", "aux:tense", "aux:pass", "auxpass", "punct", "cc", "mark", "neg"):
            continue
        sub = list(child.subtree)
        end = sub[-1].i + 1
        if end >= len(child.doc) or child.doc[end].text != "," or sub[0].i != (
                child.doc[sub[0].i].sent.start):
            continue  # only a phrase opening the sentence, closed by a comma
        if any(c.dep_ in SUBJECT_DEPS for c in child.children):
            continue
        if _tok(child).startswith("absent") and (
                _tok(child) in lex.absence or _lemma(child) in lex.absence):
            return "absent"  # the adjective only (not « en l'absence de Y, X… »)
        word = _tok(child) in lex.present_verbs or _lemma(child) in lex.present_verbs
        if (word and child.pos_ in ("ADJ", "NOUN")) or _names_site(_site_text(sub), lex):
            return "present"
    return None


def _apposed_presence(article: Article, root: Token, mention: Mention,
                      lex: Lexicon) -> str | None:
    """What the phrases set after the name say: « X, présent au poste de commandement, »,
    "X, who was at the command post," "X, on the scene since dawn," → present; "X, who
    was not at the talks," → absent."""
    holders = _apposition_holders(_name_head(root))
    found: str | None = None
    for holder in holders:
        for child in holder.children:
            if child.i <= root.i or child.idx < mention.anchor_end or child in holders[1:]:
                continue
            apposed, pred = _apposed_predicate(holder, child)
            if not apposed or not _apposed_placed(child, pred, lex):
                continue
            if pred is not None and _elsewhen(pred, lex, _event_year(article)):
                continue
            if pred is not None and is_negated(article, pred):
                return "absent"
            found = "present"
    return found


def _name_head(root: Token) -> Token:
    """The word a name's other words hang on (« Jean » of « Jean Morel » parsed flat)."""
    head = root
    while head.dep_ in ("flat", "flat:name", "compound") and head_of(head) != head:
        head = head_of(head)
    return head


def _apposition_holders(head: Token) -> list[Token]:
    """The name's head, the noun it is apposed or coordinated to, and the nouns apposed
    to either: the words a phrase set after the name may hang on."""
    holders = [head]
    if head.dep_ in ("appos", "conj") and head_of(head) != head:
        holders.append(head_of(head))
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "appos" and c != head
                and c.pos_ in ("NOUN", "PROPN")]  # « , présent à la réunion, » is no holder
    return holders


def _apposed_predicate(holder: Token, child: Token) -> tuple[bool, Token | None]:
    """Whether ``child`` is a phrase set after the name, and its predicate: a clause or
    an adjective (its own word), or a bare complement (None)."""
    # « Le ministre, X, était du voyage » parsed as a conjunct of the role noun:
    # a predicate with a copula and no subject of its own
    verbal = child.dep_ == "conj" and any(c.dep_ == "cop" for c in child.children) and (
        not any(c.dep_ in SUBJECT_DEPS for c in child.children))
    if child.dep_ in ("acl:relcl", "relcl", "acl", "appos", "amod") or verbal:
        return True, child
    if child.dep_ in ("prep", "nmod") and holder.dep_ != "pobj":
        return True, None
    return False, None


def _apposed_placed(child: Token, pred: Token | None, lex: Lexicon) -> bool:
    """The apposed phrase places the person at the event's site (or says « présent »)."""
    if pred is None:
        return _names_site(_site_text(list(child.subtree)), lex)
    return _at_site(pred, lex) or (
        pred.pos_ == "ADJ" and (_tok(pred) in lex.present_verbs
                                or _lemma(pred) in lex.present_verbs))


def _has_words(tokens: list[Token], words: frozenset[str]) -> bool:
    """Any word of ``words`` (text or lemma) among ``tokens``, or a multi-word entry
    as consecutive tokens."""
    folded = [_tok(t) for t in tokens]
    if any(f in words or _lemma(t) in words for f, t in zip(folded, tokens, strict=True)):
        return True
    joined = f" {' '.join(folded)} "
    return any(" " in w and f" {w} " in joined for w in words)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _event_year(article: Article) -> int | None:
    """The year of the story: that of publication, else the latest year the text gives."""
    published = article.published
    if published is not None:
        return published.year
    years = [int(y) for y in _YEAR.findall(article.text)]
    return max(years) if years else None


def _elsewhen(top: Token, lex: Lexicon, year: int | None = None) -> bool:
    """A clause dated away from the event (« il y a trois ans », "in 2018", "last year").
    A year is away only when it is before the story's own ``year`` (« le 14 mars 2026 »
    in a 2026 story dates the event itself)."""
    for child in top.children:
        if child.dep_ not in ("obl", "obl:mod", "advmod", "npadvmod", "prep", "nmod", "advcl"):
            continue
        sub = list(child.subtree)
        if any(t.like_num and len(t.text) == 4 and t.text.isdigit()
               and t.text[:2] in ("19", "20") and (year is None or int(t.text) < year)
               for t in sub):
            return True
        if _has_words(sub, lex.past_units) and _has_words(sub, lex.past_markers):
            return True
    return False
