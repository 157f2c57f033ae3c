"""A mention's presence (present, absent, expected, mentioned) and modality, from its
clause: :func:`assess`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reconcile.extract.attribution import (
    ancestors_of,
    claimant_of,
    fold,
    governing_verbs,
    head_of,
    is_cut,
    is_negated,
    modality_parts,
    span_root,
)
from reconcile.extract.context import Article, lexicon
from reconcile.extract.mentions.lexicon import SUBJECT_DEPS, Lexicon, Token
from reconcile.extract.participants.clauses import (
    _CLAUSE_DEPS,
    _apposed_kind,
    _apposed_presence,
    _arg_kind,
    _argument_of,
    _at_site,
    _bare_subject,
    _before_subject,
    _chair_prep,
    _fronted_presence,
    _listed_verb,
    _on_site,
    _verbs_below,
)
from reconcile.extract.participants.cues import (
    _deed_author,
    _delegation,
    _future,
    _in_quote,
    _mistagged_verb,
    _np_text,
    _own_deed,
    _own_staff,
    _own_verbs,
    _possibility,
    _present_verb,
    _realis_agent,
    _speech_at_event,
    _topic_object,
    _verb_in,
)
from reconcile.extract.participants.mentions import Mention, _inside_person, _lemma, _tok
from reconcile.extract.participants.rules import (
    ABSENCE_WORD,
    APPOSED_PRESENCE,
    AT_SITE,
    CHAIR,
    DEED,
    DELEGATION,
    DENIED_PRESENCE,
    EXPECTED,
    MEETING_NOUN,
    MENTIONED,
    MET_VERB,
    OWN_CLAUSE,
    POSSIBILITY,
    PRESENCE_WORD,
    SPEECH_AT_EVENT,
    STAYED_AWAY,
)


@dataclass
class _Cues:
    """What a mention's clause says of its presence, gathered step by step by `assess`;
    ``present``, ``absent`` and ``conj_absent`` hold the rule of the first cue found."""

    expected: bool
    denied: bool
    absent: str | None
    present: str | None = None
    deed: bool = False  # a deed done: at the event, but its negation says nothing of presence
    speech_subject: bool = False
    delegation_side: str | None = None
    conj_absent: str | None = None

    def saw(self, rule: str) -> None:
        """A cue of presence, by ``rule``; the first one found names the presence."""
        if self.present is None:
            self.present = rule


def assess(article: Article, mention: Mention, lex: Lexicon) -> None:
    """Presence, modality, claimant and contextual side of one mention."""
    root = _mention_root(article, mention)
    if root is None:
        return
    mention.root = root
    chain, cues = _modality(article, mention, root, lex)
    ancestors = ancestors_of(root)
    arg: Token | None = None
    kind = "other"
    # presence and meeting verbs
    if chain:
        top = chain[0]
        arg, kind = _argument(article, mention, root, top, lex)
        _chain_verbs(root, chain, arg, kind, lex, cues)
        kind = _speech(article, mention, root, top, kind, lex, cues)
        if kind == "subject":
            _subject_predicate(mention, top, lex, cues)
    apposed = _site_cues(article, mention, root, chain, arg, kind, lex, cues)
    _own_clauses(article, mention, root, chain, kind, apposed, lex, cues)
    _ancestor_cues(root, ancestors, lex, cues)
    _verdict(article, mention, root, chain, lex, cues)


def _mention_root(article: Article, mention: Mention) -> Token | None:
    """The token standing for the mention in the parse, past a name read as a root or a
    first name hung on a noun."""
    doc = article.doc
    root = span_root(doc, mention.anchor_start, mention.anchor_end)
    if root is None:
        return None
    if root.dep_ == "ROOT" and root.pos_ not in ("VERB", "AUX"):
        # « Aïgerim Baïbossynova a rencontré… » parsed with the first name as a root of
        # its own: the name's word that hangs on the sentence stands for it
        inner = [t for t in doc[max(0, root.i - 4) : root.i + 5] if mention.anchor_start <= t.idx
                 < mention.anchor_end and t != root and head_of(t) != t and not (
                     mention.anchor_start <= head_of(t).idx < mention.anchor_end)]
        if inner:
            root = inner[0]
    if not governing_verbs(article, root):
        # a broken parse may hang the first name on a noun and the surname on the verb
        for tok in doc[max(0, root.i - 4) : root.i + 5]:
            if tok != root and mention.anchor_start <= tok.idx < mention.anchor_end and (
                    head_of(tok) != tok and not (mention.anchor_start <= head_of(tok).idx
                                                 < mention.anchor_end)
                    and governing_verbs(article, tok)):
                root = tok
                break
    return root


def _modality(article: Article, mention: Mention, root: Token,
              lex: Lexicon) -> tuple[list[Token], _Cues]:
    """The verbs governing the mention's clause, and what its modality cues say; sets the
    mention's claimant and modality."""
    # a first name the tagger read as a verb (« Ièrlan Baïmoukhanov devrait… ») is no
    # clause of its own: the clause is that of the word the name hangs on
    clause = root
    if root.pos_ in ("VERB", "AUX") and _inside_person(root) and head_of(root) != root and (
            root.dep_ not in _CLAUSE_DEPS and root.dep_ not in ("xcomp", "acl", "ROOT")):
        clause = head_of(root)
    chain = governing_verbs(article, clause)
    mention.verbless = not chain
    expected, denied, absent_cue = modality_parts(article, clause)
    if expected and _imperfect_only(article, chain, lex):
        expected = False
    if not expected and not denied and _announced(root, chain, lex):
        expected = True
    if absent_cue and denied:
        absent_cue, denied = False, False
    claimant = claimant_of(article, mention.sent, mention.anchor_start, mention.anchor_end)
    mention.claimant = claimant
    if denied or absent_cue:
        mention.modality = "denied"
    elif expected:
        mention.modality = "expected"
    elif claimant is not None:
        mention.modality = "reported"
    return chain, _Cues(expected=expected, denied=denied,
                        absent=ABSENCE_WORD if absent_cue else None)


def _argument(article: Article, mention: Mention, root: Token, top: Token,
              lex: Lexicon) -> tuple[Token | None, str]:
    """The mention's argument of the top governing verb and its part (subject, object,
    with, other)."""
    doc = article.doc
    arg = _argument_of(root, top)
    kind = _arg_kind(arg, lex) if arg is not None else "other"
    if arg is None:
        arg, kind = _cut_argument(root, top)
    if kind == "other" and arg is not None and (_bare_subject(arg, top)
                                                 or _before_subject(doc, mention, top)):
        kind = "subject"
    loose = arg is not None and arg.dep_ in ("obl", "obl:mod", "nmod", "dep") and (
        arg.i > 0 and doc[arg.i - 1].text == ",") and not any(
        c.dep_ in ("case", "prep", "mark") for c in arg.children)
    if kind == "other" and arg is not None and (arg.dep_ == "appos" or loose):
        # « dirigées par le commandant des pompiers, X »: the parse hung the name on
        # the verb; the name takes the part of the role phrase it stands beside
        kind = _apposed_kind(doc, mention, top, lex) or kind
    return arg, kind


def _cut_argument(root: Token, top: Token) -> tuple[Token | None, str]:
    """The mention's part when the parse gave it no argument of the top verb."""
    arg, kind = None, "other"
    # the parse ran this sentence into another: the name's phrase stands
    # before its stand-in verb as subject, after it as object
    edge = ancestors_of(root)[-1] if ancestors_of(root) else root
    if is_cut(edge):
        has_subject = any(c.dep_ in SUBJECT_DEPS and head_of(c) == top
                          for c in top.children)
        if root.i < top.i and not has_subject:
            arg, kind = edge, "subject"
        elif root.i > top.i and not any(c.dep_ in ("case", "prep")
                                         for c in edge.children):
            arg, kind = edge, "object"
    return arg, kind


def _chain_verbs(root: Token, chain: list[Token], arg: Token | None, kind: str, lex: Lexicon,
                 cues: _Cues) -> None:
    """Presence and delegation verbs among the verbs governing the mention."""
    top = chain[0]
    for verb in _verbs_below(chain):
        if _verb_presence(root, top, verb, arg, kind, lex):
            cues.saw(MET_VERB)
        deleg = _delegation(verb, lex)
        if deleg is not None and (kind in ("object", "other") or verb != top):
            cues.saw(DELEGATION)
            cues.delegation_side = lex.side(_np_text(deleg))


def _verb_presence(root: Token, top: Token, verb: Token, arg: Token | None, kind: str,
                   lex: Lexicon) -> bool:
    """One governing verb of presence or meeting says the mention was there."""
    present = False
    is_present, objects_too = _present_verb(verb, lex)
    if is_present and kind == "with" and arg is not None and (
            _lemma(verb) in lex.talk_verbs and _own_staff(arg, lex)):
        is_present = False  # a word with one's own spokesman is no meeting
    if is_present and objects_too and kind == "subject" and _topic_object(verb, lex):
        is_present = False  # "welcomed the deal", « a salué l'accord »: a comment
    if is_present and (kind in ("subject", "with") or (objects_too and kind == "object"
                                                         and verb == top)):
        present = True
    # « participent l'assistant X et le ministre Y »: an inverted subject
    bare = arg is not None and not any(c.dep_ in ("case", "prep") for c in arg.children)
    if is_present and kind == "object" and verb == top and verb.i < root.i and bare:
        present = True
    return present


def _speech(article: Article, mention: Mention, root: Token, top: Token, kind: str,
            lex: Lexicon, cues: _Cues) -> str:
    """A speaker at the event, or a deed done; returns the mention's part, an inverted
    subject of a speech verb made a subject."""
    speechy = _verb_in(top, lex.speech_verbs | lex.comment_verbs)
    if speechy and kind == "object" and top.i < root.i and not any(
            c.dep_ in SUBJECT_DEPS for c in top.children):
        kind = "subject"  # « », a réagi l'entraîneur X : an inverted subject
    if kind == "subject" and speechy:
        cues.speech_subject = True
        if _speech_at_event(top, root, lex) and not _in_quote(article, mention):
            cues.saw(SPEECH_AT_EVENT)
    elif _realis_agent(article, mention, root, top, kind, lex):
        cues.deed = True
    return kind


def _subject_predicate(mention: Mention, top: Token, lex: Lexicon, cues: _Cues) -> None:
    """A subject's predicate of presence or absence."""
    # "was at the table", "was absent from", « était présent »
    for child in top.children:
        if child.dep_ not in ("acomp", "attr", "prep", "xcomp", "obl", "obl:mod",
                              "advmod"):
            continue
        words = [child, *[g for g in child.children if g.dep_ in ("pobj", "obj")]]
        for w in words:
            if _tok(w) in lex.present_heads or _lemma(w) in lex.present_heads:
                cues.saw(PRESENCE_WORD)
            # « en l'absence du ministre », "in the absence of Y": Y's absence
            owned = w.pos_ == "NOUN" and any(
                g.dep_ in ("nmod", "prep") for g in w.children)
            if (_tok(w) in lex.absence or _lemma(w) in lex.absence) and not owned and (
                    not cues.denied):
                cues.absent = cues.absent or ABSENCE_WORD
    # "stayed away from", « a boudé »: a verb of staying away
    if _listed_verb(top, lex.absent_verbs) and not cues.denied:
        cues.absent = cues.absent or STAYED_AWAY
        mention.modality = "denied"


def _site_cues(article: Article, mention: Mention, root: Token, chain: list[Token],
               arg: Token | None, kind: str, lex: Lexicon, cues: _Cues) -> str | None:
    """Presence said by the site, a mistagged verb or a deed; returns the rule of what an
    apposed or fronted phrase says (``APPOSED_PRESENCE``, ``DENIED_PRESENCE`` or
    ``ABSENCE_WORD``), or None."""
    if not chain and _mistagged_verb(root, lex):
        cues.saw(MET_VERB)  # « X, la ministre, l'accompagnait » with the verb read as a name
    # « était sur place », "was on the scene": the person's predicate places them there
    if _on_site(root, lex) or (chain and kind == "subject" and _at_site(chain[0], lex)):
        cues.saw(AT_SITE)
    # « X, présent au poste de commandement, », "X, who was not at the talks,"
    apposed = _apposed_presence(article, root, mention, lex)
    said = {"present": APPOSED_PRESENCE, "absent": DENIED_PRESENCE}.get(apposed or "")
    if apposed is None and chain and kind == "subject" and arg is not None:
        apposed = _fronted_presence(article, chain[0], arg, lex)
        said = {"present": APPOSED_PRESENCE, "absent": ABSENCE_WORD}.get(apposed or "")
    if _deed_author(root, lex):
        cues.saw(DEED)
    return said


def _own_clauses(article: Article, mention: Mention, root: Token, chain: list[Token],
                 kind: str, apposed: str | None, lex: Lexicon, cues: _Cues) -> None:
    """The person's own clauses and the verbs sharing the subject."""
    # "X, who scored", « X, entré en jeu », "X arrived ... and met": the person's own
    # clauses and the verbs sharing the subject
    cues.conj_absent = apposed if apposed in (DENIED_PRESENCE, ABSENCE_WORD) else None
    if apposed == APPOSED_PRESENCE:
        cues.saw(APPOSED_PRESENCE)
    hoped = _expectation_words(article.lang)
    for verb, _shared in _own_verbs(root, chain, kind if chain else "other"):
        negated = is_negated(article, verb)
        is_present, _objects = _present_verb(verb, lex)
        if _lemma(verb) in hoped and any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "X, who had been expected to attend,": an expectation, no deed
        if is_present and _objects and _topic_object(verb, lex):
            is_present = False
        if not negated and _listed_verb(verb, lex.absent_verbs):
            # « X devait assister au départ mais a annulé sa venue »
            cues.conj_absent = cues.conj_absent or STAYED_AWAY
            continue
        if is_present and negated:
            # "X, who did not take part, ...", « X ..., n'a pas siégé »
            cues.conj_absent = cues.conj_absent or DENIED_PRESENCE
        elif not negated and not _future(verb) and (
                is_present or _realis_agent(article, mention, root, verb, "subject", lex)):
            cues.saw(OWN_CLAUSE)
    if chain and kind == "subject" and _own_deed(chain[0], root, lex):
        cues.saw(DEED)


def _ancestor_cues(root: Token, ancestors: list[Token], lex: Lexicon, cues: _Cues) -> None:
    """Presence, delegation and chairing words the mention hangs on."""
    # « en présence de », "flanked by", "talks with"
    for k, anc in enumerate(ancestors):
        low, lemma = _tok(anc), _lemma(anc)
        if low in lex.present_heads or lemma in lex.present_heads:
            cues.saw(PRESENCE_WORD)
        if (low in lex.meeting_nouns or lemma in lex.meeting_nouns) and anc.pos_ in (
                "NOUN", "PROPN") and _at_meeting([root, *ancestors[:k]], lex):
            cues.saw(MEETING_NOUN)
        if (low in lex.delegation_nouns or lemma in lex.delegation_nouns) and k <= 3:
            side = lex.side(_np_text(anc))
            if side:
                cues.delegation_side = side
                cues.saw(DELEGATION)
        # « sous l'égide de X », "under the chairmanship of X": X runs the event
        if (low in lex.chair_heads or lemma in lex.chair_heads) and _chair_prep(anc, lex):
            cues.saw(CHAIR)
        if low == "including" or low == "dont":
            head = head_of(anc)
            if _tok(head) in lex.delegation_nouns or _lemma(head) in lex.delegation_nouns:
                cues.saw(DELEGATION)
                cues.delegation_side = lex.side(_np_text(head)) or cues.delegation_side


def _at_meeting(path: list[Token], lex: Lexicon) -> bool:
    """The path from the mention up to a meeting noun says it is one of the meeting's
    (« les entretiens avec X », "talks with X", "X's talks")."""
    present = False
    if any(_tok(t) in lex.with_words for t in path) or any(
            _tok(c) in lex.with_words for t in path for c in t.children
            if c.dep_ in ("case", "prep")):
        present = True
    if any(t.dep_ in ("poss", "nmod:poss") for t in path[-1:]):
        present = True
    return present


def _verdict(article: Article, mention: Mention, root: Token, chain: list[Token],
             lex: Lexicon, cues: _Cues) -> None:
    """The mention's presence from the cues gathered, the rule that decided it, and its
    side."""
    if cues.conj_absent:
        mention.presence, mention.modality = "absent", "denied"
        mention.rule = cues.conj_absent
    elif _possibility(root, chain, lex):
        mention.presence, mention.rule = "mentioned", POSSIBILITY
    elif cues.absent:
        mention.presence, mention.rule = "absent", cues.absent
    elif cues.present:
        mention.presence, mention.rule = (
            ("absent", DENIED_PRESENCE) if cues.denied else ("expected", EXPECTED)
            if cues.expected else ("present", cues.present))
    elif cues.deed and not cues.denied:
        # « M. X n'a fait aucune déclaration », "X did not score": no absence either
        mention.presence, mention.rule = ("expected", EXPECTED) if cues.expected else (
            "present", DEED)
    elif cues.expected and not cues.speech_subject and not _state_to_come(
            article, chain, lex) and not _source_cue_before(article, mention):
        mention.presence, mention.rule = "expected", EXPECTED
    else:
        mention.presence, mention.rule = "mentioned", MENTIONED
    mention.side = mention.role_side or cues.delegation_side


def _announced(root: Token, chain: list[Token], lex: Lexicon) -> bool:
    """« X est annoncé jeudi à Genève », « la présence de X est annoncée »: the person
    (or their coming) is the subject of a passive verb of announcing."""
    if not chain or not _verb_in(chain[0], lex.announce_verbs):
        return False
    verb = chain[0]
    passive = "Pass" in verb.morph.get("Voice") or any(
        c.dep_ in ("aux:pass", "auxpass", "cop") for c in verb.children)
    if not passive:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.left_edge.i <= root.i <= c.right_edge.i
               for c in verb.children)


def _imperfect_only(article: Article, chain: list[Token], lex: Lexicon) -> bool:
    """The expectation read in ``chain`` rests only on an imperfect whose stem ends in
    r (« figurait », « déclarait »: the ending looks like a conditional's) or on a
    compound past that looks like a word of expectation (« a appelé »), with no
    word of expectation and no other future form."""
    hoped = _expectation_words(article.lang)

    def imperfect(verb: Token) -> bool:
        lemma, low = _lemma(verb), _tok(verb)
        return "Imp" in verb.morph.get("Tense") and lemma.endswith("rer") and low in {
            lemma[:-2] + end for end in ("ait", "aient", "ais")}

    def past_form(verb: Token) -> bool:
        # « a appelé son homologue »: a compound past whose participle only looks like
        # a word of expectation (« appelé à »), the verb itself being none; « a dû
        # rentrer au port »: a necessity in the compound past, which happened
        compound = any(c.dep_ == "aux:tense" and _lemma(c) == "avoir" for c in verb.children)
        return compound and ((_tok(verb) in hoped and _lemma(verb) not in hoped)
                             or _lemma(verb) in lex.past_realized)

    if not any(imperfect(v) or past_form(v) for v in chain):
        return False
    for verb in chain:
        if past_form(verb):
            continue
        if _lemma(verb) in hoped or _tok(verb) in hoped or (
                not imperfect(verb) and _future(verb)):
            return False
        if any(c.dep_ in ("xcomp", "acomp") and _lemma(c) in hoped for c in verb.children):
            return False
    return True


@cache
def _source_cue_re(lang: str) -> re.Pattern[str] | None:
    cues = sorted((fold(str(c)) for c in lexicon("attribution", lang).get("according_to", [])),
                  key=len, reverse=True)
    if not cues:
        return None
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?<![\w'])(?:{alts})\s*$")


def _source_cue_before(article: Article, mention: Mention) -> bool:
    """« Selon X, la délégation arrivera mardi »: X is the source of what is to come,
    not the one expected."""
    cue = _source_cue_re(article.lang)
    if cue is None:
        return False
    before = fold(article.text[max(mention.sent.start_char, mention.start - 40) : mention.start])
    return cue.search(before) is not None


@cache
def _expectation_words(lang: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in lexicon("attribution", lang).get("expectation", []))


def _state_to_come(article: Article, chain: list[Token], lex: Lexicon) -> bool:
    """« X restera à la tête du groupe », "X will remain chief executive": only the future
    of a state verb, with no word of expectation ("is due to", « est attendu »): a state
    to come is no taking part in the event."""
    if not chain or _lemma(chain[0]) not in lex.state_verbs:
        return False
    hoped = _expectation_words(article.lang)
    words = [*chain, *(c for v in chain for c in v.children if c.dep_ in ("xcomp", "acomp"))]
    return not any(_lemma(w) in hoped or _tok(w) in hoped for w in words)
