"""Presence cues of a mention's clause: presence verbs, possibility, delegation, speech at
the event, remoteness, realis agents, own staff and deeds."""

from __future__ import annotations

from reconcile.extract.attribution import (
    ancestors_of,
    fold,
    head_of,
)
from reconcile.extract.context import Article, doc_text
from reconcile.extract.mentions.lexicon import (
    OBJECT_DEPS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    Lexicon,
    Token,
)
from reconcile.extract.participants.clauses import (
    _ADVERBIAL_DEPS,
    _elsewhen,
    _event_year,
    _has_words,
    _name_head,
    _names_site,
    _site_text,
)
from reconcile.extract.participants.mentions import Mention, _lemma, _tok


def _present_verb(verb: Token, lex: Lexicon) -> tuple[bool, bool]:
    """(is a presence verb, objects are present too)."""
    lemma = _lemma(verb)
    lemma_text = fold(verb.text)
    if lemma in lex.meet_verbs or lemma_text in lex.meet_verbs:
        return True, True
    if verb.pos_ == "VERB" and lemma == lemma_text:
        # the lemmatizer left the form as it is: try the stems of the verbs
        for entry in (*lex.meet_verbs, *lex.present_verbs):
            stem = entry[:-2] if entry.endswith(("er", "ir", "re")) else entry
            if len(stem) >= 5 and lemma_text.startswith(stem) and " " not in entry:
                return True, entry in lex.meet_verbs
    for key in (lemma, lemma_text):
        if key in lex.present_verbs:
            needed = lex.present_verbs[key]
            if needed is None or any(_tok(c) in needed or _lemma(c) in needed
                                     for c in verb.subtree if c != verb):
                return True, False
    return False, False


def _mistagged_verb(root: Token, lex: Lexicon) -> bool:
    """The name's phrase is the subject of a lowercase word the tagger did not read as
    a verb, but whose lemma is a verb of presence or meeting (« l'accompagnait »)."""
    subj = root
    while subj.dep_ in ("appos", "flat", "flat:name", "compound") and head_of(subj) != subj:
        subj = head_of(subj)
    if subj.dep_ not in SUBJECT_DEPS or head_of(subj) == subj:
        return False
    head = head_of(subj)
    if head.pos_ in ("VERB", "AUX") or not head.text.islower() or head.i < subj.i:
        return False
    return _present_verb(head, lex)[0] and not _topic_object(head, lex)


def _topic_object(verb: Token, lex: Lexicon) -> bool:
    """A meeting verb whose object is a thing one comments on ("welcomed the deal",
    « a salué l'accord », « a accueilli favorablement la décision »), not a person."""
    objs = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    return bool(objs) and all(_tok(o) in lex.topic_nouns or _lemma(o) in lex.topic_nouns
                              for o in objs)


def _possibility(root: Token, chain: list[Token], lex: Lexicon) -> bool:
    for tok in [root, *ancestors_of(root)]:
        lemma, low = _lemma(tok), _tok(tok)
        if lemma in lex.possibility or low in lex.possibility:
            return True
        if lemma in lex.possibility_conditional and (
                "Cnd" in tok.morph.get("Mood") or "Fut" in tok.morph.get("Tense")):
            return True
    for verb in chain:
        for child in verb.children:
            if child.dep_.startswith("aux") and _tok(child) in lex.possibility_aux:
                return True
    return False


def _delegation(verb: Token, lex: Lexicon) -> Token | None:
    if _lemma(verb) not in lex.delegation_verbs:
        return None
    if verb.dep_ in ("acl", "amod") and _lemma(head_of(verb)) in lex.delegation_nouns | {
            fold(head_of(verb).text)}:
        return head_of(verb) if fold(head_of(verb).text) in lex.delegation_nouns or _lemma(
            head_of(verb)) in lex.delegation_nouns else None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and (_lemma(child) in lex.delegation_nouns
                                           or _tok(child) in lex.delegation_nouns):
            return child
    return None


def _np_text(tok: Token) -> str:
    toks = [tok, *[t for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "det")
                   for t in c.subtree]]
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    text: str = doc_text(tok.doc)[lo:hi]
    return text


_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "nsubj", "nsubj:pass", "nsubjpass",
                           "punct", "conj", "cc", "mark", "aux", "aux:tense", "aux:pass",
                           "auxpass", "neg", "csubj", "expl:subj", "expl:comp", "expl:pass",
                           "dep"})


def _speech_at_event(top: Token, root: Token, lex: Lexicon) -> bool:
    """Speech with a complement locating it at the event (« à la sortie », "at the
    final whistle", "told reporters in Paris"), not from elsewhere."""
    comps = [c for c in top.children if c.dep_ not in _CONTENT_DEPS and c != root
             and not (c.i <= root.i and root.i < c.i + len(list(c.subtree)) and c.dep_ in
                      SUBJECT_DEPS)]
    comps += [c for c in root.children if c.dep_ in ("nmod", "obl", "prep")]
    for comp in comps:
        sub = list(comp.subtree)
        # « depuis la tour de contrôle », "at the staging area", "told the courtroom": a
        # spot of the event's site (not « depuis son bureau », "from Paris")
        if _names_site(_site_text(sub), lex, speech=True) or (
                comp.dep_ in OBJECT_DEPS and _tok(comp) in lex.site_words):
            return True
        if _has_words(sub, lex.not_at_event):
            return False
        if _has_words(sub, lex.event_anchors):
            return True
        head_case = [c for c in comp.children if c.dep_ in ("case", "prep")]
        prep = comp if comp.dep_ == "prep" else (head_case[0] if head_case else None)
        if prep is not None and _tok(prep) in lex.place_preps and any(
                t.ent_type_ in PLACE_LABELS for t in sub):
            return True
    return False


def _in_quote(article: Article, mention: Mention) -> bool:
    """The mention sits inside quoted speech of its sentence."""
    text = mention.sent.text
    base = mention.sent.start_char
    pos = mention.anchor_start - base
    for opening, closing in (("«", "»"), ("\u201c", "\u201d"), ('"', '"')):
        i = text.find(opening)
        while 0 <= i < pos:
            j = text.find(closing, i + 1)
            if j < 0:
                break
            if i < pos < j:
                return True
            i = text.find(opening, j + 1)
    return False


def _verb_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma or form is in ``words``; when the lemmatizer left the form as it
    is (« estime », « juge »), an entry whose stem the form starts with counts."""
    lemma, low = _lemma(verb), _tok(verb)
    if lemma in words or low in words:
        return True
    if verb.pos_ != "VERB" or lemma != low:
        return False
    return any(len(w) >= 6 and w.endswith(("er", "ir", "re")) and " " not in w
               and low.startswith(w[:-2]) and len(low) - len(w) <= 3 for w in words)


def _remote(verb: Token, lex: Lexicon) -> bool:
    """The verb's own complements put the deed away from the event: « par téléphone »,
    "remotely", « depuis Paris », "from his office" (not « depuis la tour de contrôle »)."""
    for child in verb.children:
        if child.dep_ not in _ADVERBIAL_DEPS and child.dep_ not in ("agent", "obl:agent"):
            continue
        sub = list(child.subtree)
        text = _site_text(sub)
        if _names_site(text, lex, speech=True):
            continue
        if any(w in text for w in (f" {w} " for w in lex.not_at_event
                                   if w not in lex.locative_preps)):
            return True
        cases = [c for c in child.children if c.dep_ in ("case", "prep")]
        if child.dep_ == "prep":
            cases.append(child)
        if not any(_tok(c) in lex.not_at_event for c in cases):
            continue
        if any(t.ent_type_ in PLACE_LABELS for t in sub) or any(
                _tok(t) in _POSS_PRONOUNS or "Yes" in t.morph.get("Poss") for t in sub):
            return True
    return False


def _realis_agent(article: Article, mention: Mention, root: Token, top: Token, kind: str,
                  lex: Lexicon) -> bool:
    """The person did something at the event: the subject (or agent) of an asserted
    action verb, past or present, that is not speech, a state or a possibility."""
    if kind != "subject" or top.pos_ != "VERB":
        return False
    quiet = (lex.speech_verbs | lex.comment_verbs | lex.state_verbs | lex.talk_verbs
             | lex.possibility | lex.possibility_conditional | lex.remote_verbs)
    if _verb_in(top, quiet):
        return False
    if "Imp" in top.morph.get("Mood") or "Sub" in top.morph.get("Mood"):
        return False
    if any(c.dep_ == "cop" for c in top.children):
        return False  # « était opposé au voyage »: a participle as an adjective, a state
    if _present_verb(top, lex)[1] and _topic_object(top, lex):
        return False  # "welcomed the talks in a statement": a comment
    if _remote(top, lex):
        return False
    return not (_elsewhen(top, lex, _event_year(article)) or _in_quote(article, mention))


def _own_staff(arg: Token, lex: Lexicon) -> bool:
    """« son porte-parole », "his aide": the partner belongs to the subject."""
    head = arg
    poss = [c for c in head.children if c.dep_ in ("poss", "nmod:poss")
            or (c.dep_ == "det" and "Yes" in c.morph.get("Poss"))]
    return bool(poss) and _tok(head) not in lex.counterpart_nouns and _lemma(
        head) not in lex.counterpart_nouns


def _deed_before(root: Token, lex: Lexicon) -> bool:
    """The words before the name read « <deed> de [son capitaine,] X » (the parse of
    such a phrase is often wrong)."""
    doc = root.doc
    i = root.i - 1
    steps = 0
    while i > 0 and steps < 6:
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":", "!", "?"):
            return False
        if _tok(tok) in ("de", "d'", "of", "du") and (
                _tok(doc[i - 1]) in lex.deed_nouns or _lemma(doc[i - 1]) in lex.deed_nouns):
            return True
        i -= 1
        steps += 1
    return False


def _deed_author(root: Token, lex: Lexicon) -> bool:
    """« le but de X », "X's strike", « un centre de X »: X did a deed at the event."""
    if _deed_before(root, lex):
        return True
    cur = root
    while cur.dep_ in ("appos", "flat", "flat:name", "compound") and head_of(cur) != cur:
        cur = head_of(cur)
    if cur.dep_ not in ("nmod", "poss", "nmod:poss", "pobj"):
        return False
    head = head_of(cur)
    if cur.dep_ == "pobj" and head.dep_ == "prep" and _tok(head) == "of":
        head = head_of(head)
    return _tok(head) in lex.deed_nouns or _lemma(head) in lex.deed_nouns


_REL_SUBJECTS = frozenset({"qui", "who", "that", "which"})


def _future(verb: Token) -> bool:
    morph = verb.morph
    if "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
        return True
    return any(c.dep_.startswith("aux") and ("Fut" in c.morph.get("Tense")
                                             or "Cnd" in c.morph.get("Mood")
                                             or _tok(c) in ("will", "would", "'ll"))
               for c in verb.children)


def _own_verbs(root: Token, chain: list[Token], kind: str) -> list[tuple[Token, bool]]:
    """Verbs whose subject the person is besides the governing one: a relative clause
    on the name ("who scored", « qui a offert »), a participle on it (« entré en
    jeu »), and verbs coordinated with the person's verb that have no subject of
    their own (« X, …, n'a pas fait le déplacement » parsed as a conjunct).
    ``shared`` marks the coordinated ones."""
    out: list[tuple[Token, bool]] = []
    head = _name_head(root)
    # « le ministre, X, qui … »: the relative clause may hang on the role noun
    holders = [head, head_of(head)] if head.dep_ == "appos" else [head]
    holders += [c for c in head.children if c.dep_ == "appos"]
    ancestors = ancestors_of(root)
    for child in [c for h in holders for c in h.children]:
        if child.pos_ != "VERB" or child.dep_ not in ("acl", "acl:relcl", "relcl", "dep"):
            continue
        if child in ancestors:
            continue  # the name is inside that clause
        if _own_clause(child, head, holders):
            out.append((child, False))
    if chain and kind == "subject":
        out += [(verb, True) for verb in _shared_verbs(root, chain[0])]
    return out


def _own_clause(child: Token, head: Token, holders: list[Token]) -> bool:
    """A clause on the name whose subject is the person: a relative clause, a participle
    after the name, or a finite verb hung on a role noun read as the root."""
    subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
    if subj:
        return _tok(subj[0]) in _REL_SUBJECTS  # "who scored", « qui a offert »
    if child.i <= head.i:
        return False
    form = child.morph.get("VerbForm")
    if "Part" in form and "Pass" not in child.morph.get("Voice"):
        return True  # « X, entré en jeu à la pause »
    # « La trésorière, X, siégeait aux côtés de Y. » parsed with the role noun as the
    # root and the finite verb hung on it: the verb is the phrase's predicate
    return "Fin" in form and any(h.dep_ == "ROOT" and h.pos_ in ("NOUN", "PROPN")
                                 for h in holders)


def _shared_verbs(root: Token, top: Token) -> list[Token]:
    """Verbs coordinated with the subject's verb (or hung on the name) with no subject of
    their own: they share the person as subject."""
    return [child for child in [*top.children, *root.children]
            if child.dep_ == "conj" and child.pos_ == "VERB"
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)]


_POSS_PRONOUNS = frozenset({"his", "her", "their", "son", "sa", "ses", "leur", "leurs"})


def _own_deed(top: Token, root: Token, lex: Lexicon) -> bool:
    """"X was praised for his substitutions", « salué pour son doublé »: the
    person's own deed at the event, in the complements of their verb."""
    for child in top.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in ("ccomp", "parataxis", "advcl"):
            continue
        for tok in child.subtree:
            if (_tok(tok) in lex.deed_nouns or _lemma(tok) in lex.deed_nouns) and any(
                    _tok(c) in _POSS_PRONOUNS for c in tok.children
                    if c.dep_ in ("poss", "det", "nmod:poss")):
                return True
    return False
