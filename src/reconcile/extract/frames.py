"""What each claim is about: its frame, read from the parse.

Every slot extractor says *what* a value is (a figure, a place, a label); this pass says
what it is *about*, the same way for every slot, by walking the dependency tree from the
claim's quote to the word it hangs on:

* ``frame.head_noun``: a figure inside a noun phrase measures that noun (« une trêve d'un
  an », "a one-year truce", "the six-year-old dispute");
* ``frame.own_clause``: a counted noun with its own participle or relative clause is
  counted by that verb (« personnes hélitreuillées », "homes destroyed");
* ``frame.verb``: a value that is the subject, object or complement of a verb is about
  that verb (« ont été hébergées », "were killed", "rode in the limousine") — unless the
  verb only carries the figure (``light_verbs``: last, durer, spend), whose subject then is
  the thing measured ("the drive lasted …") or, when that subject is a pronoun, the clause
  on the figure ("spent 45 minutes talking");
* ``frame.object``: an outcome is about the object of its agreement ("no deal on pensions").

Then the frame's key is looked up in the language profile's concept lexicon (language-
neutral: « discussions » and "talks" are both ``talks``); its holder is the person the head
belongs to; its time says whether it sits before or after the main event (an earlier
summit, the next meeting, the city someone flew in from). These rules only *separate*
claims that are about different things: a claim whose frame cannot be read keeps the
slot's subject and is aligned as before.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reconcile.extract.context import Article, doc_ents, lexicon
from reconcile.extract.frame_time import ancestors, frame_time, other_line
from reconcile.extract.registry import rule
from reconcile.lang import Profile, fold, profile
from reconcile.models import Claim, Frame

Token = Any

#: the rules that read a frame (``Frame.rule``); each has a case file under tests/rules/
SUBJECT = rule("frame.subject", "nothing safer was found: the claim keeps its slot's subject, "
               "so it can only join, never split, a topic")
HEAD_NOUN = rule("frame.head_noun", "a figure inside a noun phrase measures that noun")
MEASURE_OF = rule("frame.measure_of", "'N hours of X': the preposition names what is measured")
OWN_CLAUSE = rule("frame.own_clause", "a participle on the counted noun says what happened to "
                  "the ones counted")
VERB = rule("frame.verb", "a value that is an argument of a full verb is about that verb")
LIGHT_SUBJECT = rule("frame.light_verb_subject", "a verb that only carries the figure (last, "
                     "durer) measures its noun subject")
LIGHT_CLAUSE = rule("frame.light_verb_clause", "with a pronoun subject, the clause on the "
                    "figure says what was done for that long")
OBJECT = rule("frame.object", "an agreement is about the noun its topic preposition governs")
SUBJECT_WORD = ".subject_word"  # suffix: the key is the subject's own word, not a concept
NAMES_SUBJECT = rule("frame.names_subject", "a duration whose frame's head is a known measured "
                     "thing (a statement, a summit) is about that thing, whatever other word of "
                     "the sentence gave it its subject (« à la presse » in a statement's sentence)")
AMONG = rule("frame.among", "'two firefighters were among the injured', « parmi les blessés »: "
             "the group the counted ones belong to is what they are counted as")
CAPACITY = rule("frame.capacity", "a count held by a capacity noun ('a capacity of 40,000') or "
                "by a holding verb under an ability word ('licensed to carry 196 passengers', "
                "« pouvant accueillir ») is what a thing can hold, not how many were there")
COUNTED_NOUN = rule("frame.counted_noun", "the counted noun is one of the subject's own words")
QUOTED_WORD = rule("frame.quoted_subject_word", "the quote itself holds one of the subject's own "
                  "words (« a tremblé », \"shook\"): that word, not an unknown verb further up, "
                  "says what the value measures")

_MAX_CLIMB = 6
#: slots whose frame is the thing the value hangs on
_HEADED_SLOTS = frozenset(
    {"event.duration", "quantity", "event.vehicle", "event.outcome", "event.location",
     "event.format"}
)
#: slots whose measured thing can be one person's (his visit, her race)
_HELD_SLOTS = frozenset({"event.duration", "quantity", "event.vehicle", "event.outcome"})


#: frame rules that read the head from a noun the figure measures
NOUN_HEADS = (HEAD_NOUN, MEASURE_OF, LIGHT_SUBJECT)


#: subjects that name a kind of thing counted, not which one ("people"): what happened to
#: them (sheltered, airlifted, killed) says what the figure is about
GENERIC_SUBJECTS = frozenset({"people", "event"})


def _own_words(lang: str, tok: Token) -> set[str]:
    words = _subject_words(lang)
    return words.get(fold(tok.lemma_), set()) | words.get(fold(tok.text), set())


@cache
def _subject_words(lang: str) -> dict[str, set[str]]:
    """Word → the subjects whose own words it is (``extract/data/subjects.yaml``): a frame
    whose head is the subject's own word ("the shaking", « la secousse ») is about that
    subject, in any language."""
    out: dict[str, set[str]] = {}
    for section in lexicon("subjects", lang).values():
        if not isinstance(section, dict):
            continue
        for subject, words in section.items():
            if isinstance(words, list):
                for word in words:
                    out.setdefault(fold(str(word)), set()).add(str(subject))
    return out


def frame_claims(article: Article, claims: list[Claim]) -> list[Claim]:
    """Each claim with its frame and rule set (an editor's claim is left as written)."""
    prof = profile(article.lang)
    out = []
    for claim in claims:
        if claim.origin == "editor" or prof is None or claim.frame is not None:
            out.append(claim)  # an editor's claim, or a frame its extractor read itself
            continue
        frame, _rule = read_frame(article, claim, prof)
        out.append(_named_subject(claim.model_copy(update={"frame": frame}), article.lang))
    return out


def _named_subject(claim: Claim, lang: str) -> Claim:
    """A duration whose frame's head noun is itself one of the measured things takes that
    thing as its subject; the head was read from the parse, the subject from a word nearby."""
    frame = claim.frame
    if claim.slot != "event.duration" or frame is None or not frame.key \
            or not (frame.rule or "").startswith(NOUN_HEADS) or frame.key == claim.subject:
        return claim
    measured = lexicon("subjects", lang).get("durations") or {}
    # "talks" is the umbrella of every sitting (negotiations, sessions, rounds): a frame
    # there says nothing narrower than the subject already found
    if frame.key not in measured or claim.subject not in measured or frame.key == "talks":
        return claim
    return claim.model_copy(update={"subject": frame.key, "rule": NAMES_SUBJECT})


def read_frame(article: Article, claim: Claim, prof: Profile) -> tuple[Frame, str]:
    """The frame of one claim and the name of the rule that read it."""
    span = article.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    claimant = claim.qualifiers.claimant
    base = Frame(lang=prof.code, claimant=claimant)
    if span is None or len(span) == 0:
        return base.model_copy(update={"rule": SUBJECT}), SUBJECT
    root = span.root
    head, how = _head_of(article, claim, span, prof)
    frame = base
    if head is not None:
        key, how = _key(article, claim, head, how, prof)
        frame = base.model_copy(
            update={"lemma": fold(head.lemma_), "phrase": str(head.text), "key": key}
        )
    time, time_rule = frame_time(span, head, claim.slot, prof, article)
    holder = None
    if claim.slot in _HELD_SLOTS:
        holder = _holder(head) if head is not None else None
        if holder is None and _personal(claim, frame.key):
            holder = _clause_holder(root, prof)
    return frame.model_copy(
        update={"time": time, "time_rule": time_rule, "holder": holder, "rule": how}), how


def _head_of(
    article: Article, claim: Claim, span: Any, prof: Profile
) -> tuple[Token | None, str]:
    """The word the value is about: from the parse, else the counted noun when it is the
    subject's own word, else a subject word inside the quote."""
    root = span.root
    head, how = (None, SUBJECT)
    if claim.slot == "quantity" and (held := _capacity(root, prof)) is not None:
        return held, CAPACITY
    if claim.slot in _HEADED_SLOTS:
        head, how = _head(root, span, prof, claim.slot)
    specific = claim.subject not in GENERIC_SUBJECTS
    if head is None and claim.slot == "quantity":
        counted = _counted(root, prof)
        if specific and claim.subject in _own_words(article.lang, counted):
            head, how = counted, COUNTED_NOUN
    if claim.slot in ("event.duration", "quantity") and specific \
            and (head is None or not _known(head, claim.subject, prof)):
        own = next((t for t in span if not t.like_num
                    and claim.subject in _own_words(article.lang, t)), None)
        if own is not None:
            head, how = own, QUOTED_WORD
    return head, how


def _key(
    article: Article, claim: Claim, head: Token, how: str, prof: Profile
) -> tuple[str | None, str]:
    """The head's language-neutral key: the subject's own word first ("delay" is the delay
    subject, not any wait), then the concept lexicon."""
    if how == CAPACITY:
        return "capacity", how
    if claim.subject in _own_words(article.lang, head):
        return claim.subject, how + SUBJECT_WORD
    key = _concept(head, prof)
    if key is None and claim.slot == "quantity" and claim.subject not in GENERIC_SUBJECTS \
            and head.pos_ in ("VERB", "AUX"):
        # « s'élève à 87 morts », "pulled 14 survivors": a verb the lexicon does not know
        # only predicates the count; the counted noun already says what is counted
        key = claim.subject
    return key, how


def _known(head: Token, subject: str, prof: Profile) -> bool:
    """Does the lexicon know the head: the subject's own word or a concept?"""
    return subject in _own_words(prof.code, head) or _concept(head, prof) is not None


# --------------------------------------------------------------------------- the head


def _head(root: Token, span: Any, prof: Profile, slot: str) -> tuple[Token | None, str]:
    """The word the value is about, and the rule that found it."""
    if root.pos_ in ("VERB", "AUX") and slot != "event.outcome":
        found = _quote_verb_head(root, span, prof, slot)
        if found is not None:
            return found
    tok = _counted(root, prof)
    if slot == "event.outcome":
        return _outcome_head(tok, root, span, prof)
    own = _own_clause(tok, span, prof)
    if own is not None and slot == "quantity":
        return own, OWN_CLAUSE
    measured = _measure_of(tok, prof) if slot == "event.duration" else None
    if measured is not None:
        return measured, MEASURE_OF
    return _climb(tok, span, prof, slot)


def _quote_verb_head(
    root: Token, span: Any, prof: Profile, slot: str
) -> tuple[Token | None, str] | None:
    """The quote holds its own verb ("spent another 45 minutes"): the figure's noun hangs
    on it, and what the verb is coordinated with is another statement. None when no
    figure hangs on the verb."""
    # the figure's noun: it carries the number ("45 minutes"), or the number is its article
    # ("an hour", « une heure »)
    figure = next((t for t in span if t.head == root and (
        any(c.like_num for c in t.children) or t.pos_ == "NOUN")), None)
    if figure is None:
        return None
    measured = _measure_of(figure, prof) if slot == "event.duration" else None
    if measured is not None:  # "held five hours of talks": the talks, not who held
        return measured, MEASURE_OF
    return _verb_frame(figure, root, prof, slot)


def _outcome_head(tok: Token, root: Token, span: Any, prof: Profile) -> tuple[Token | None, str]:
    """"reached an agreement on wages": the agreement noun under the quote's verb, and
    what it is about."""
    tok = next((t for t in span if t.pos_ == "NOUN" and t.head == root), tok)
    obj = _object_of(tok, prof)
    return (obj, OBJECT) if obj is not None else (None, SUBJECT)


def _climb(tok: Token, span: Any, prof: Profile, slot: str) -> tuple[Token | None, str]:
    """Up from the figure, past its own noun phrase and prepositions, to the noun it
    measures or the verb it is an argument of."""
    deps = prof.deps
    for _ in range(_MAX_CLIMB):
        head = tok.head
        if head == tok or other_line(tok, head):
            return None, SUBJECT
        dep = tok.dep_
        if head.pos_ in ("NOUN", "PROPN") and (
            dep in deps.compound or dep in deps.adjective or dep in deps.noun_modifier
            or dep in deps.number or dep == "npadvmod"
        ):
            if slot == "event.location" or head.i in range(span.start, span.end):
                tok = head
                continue
            return head, HEAD_NOUN
        if head.pos_ == "ADJ" and dep in ("npadvmod", "obl", "obl:mod", "nmod"):
            tok = head  # "six-year-old": the adjective hangs on the noun measured
            continue
        if dep in deps.preposition or head.pos_ == "ADP":
            tok = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            return _verb_frame(tok, head, prof, slot)
        tok = head
    return None, SUBJECT


def _capacity(root: Token, prof: Profile) -> Token | None:
    """The capacity noun or the holding verb a count hangs on, when it says what a thing can
    hold; None for any other count. The first verb up the tree decides: a count is a
    capacity only when that verb holds and an ability word governs it."""
    words = prof.capacity
    if words is None:
        return None
    tok = root
    for _ in range(_MAX_CLIMB):
        lemma = fold(tok.lemma_)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in words.nouns:
            return tok
        if tok.pos_ in ("VERB", "AUX"):
            if lemma not in words.verbs:
                return None
            able = any(fold(c.lemma_) in words.ability for c in tok.children)
            governed = tok.dep_ in prof.deps.clause or tok.dep_ in prof.deps.oblique \
                or tok.dep_ in prof.deps.preposition
            # "can carry", "licensed to carry", « pouvant accueillir »
            return tok if able or (governed and fold(tok.head.lemma_) in words.ability) else None
        # up through the count's own noun phrase and prepositions only: a conjunct or a
        # clause is another statement ("a capacity of 40,000 and 35,000 fans came")
        deps = prof.deps
        if tok.head == tok or not (
            tok.dep_ in deps.noun_modifier or tok.dep_ in deps.preposition
            or tok.dep_ in deps.number or tok.dep_ in deps.compound
            or tok.dep_ in deps.object or tok.head.pos_ == "ADP"
        ):
            return None
        tok = tok.head
    return None


def _counted(root: Token, prof: Profile) -> Token:
    """From a number or a collective numeral to the noun it counts (« une trentaine de
    personnes »: personnes)."""
    tok = root
    if fold(tok.lemma_) in prof.counted_clause or tok.like_num:
        for child in tok.children:
            if child.pos_ in ("NOUN", "PROPN", "ADJ") and child.dep_ in prof.deps.noun_modifier:
                return child
    return tok


def _measure_of(tok: Token, prof: Profile) -> Token | None:
    """A span of time said with what it measures: "five hours of talks", « trois semaines
    de grève »; only "of" / « de » says so ("five minutes to the press" is not a press)."""

    def measuring(prep: Token) -> bool:
        return not prof.measure_preps or fold(prep.text) in prof.measure_preps

    for child in tok.children:
        if child.dep_ in prof.deps.preposition and child.pos_ == "ADP" and measuring(child):
            for grand in child.children:
                if grand.pos_ in ("NOUN", "PROPN"):
                    return grand
        if child.pos_ in ("NOUN", "PROPN") and child.dep_ in prof.deps.noun_modifier and any(
            g.dep_ in prof.deps.preposition and measuring(g) for g in child.children
        ):
            return child
    return None


def _own_clause(tok: Token, span: Any, prof: Profile) -> Token | None:
    """A participle or relative clause on the counted noun itself ("homes destroyed")."""
    for child in tok.children:
        if (
            child.dep_ in prof.deps.clause
            and child.pos_ in ("VERB", "ADJ")
            and fold(child.lemma_) not in prof.light_verbs
        ):
            return child
    return None


def _verb_frame(tok: Token, verb: Token, prof: Profile, slot: str) -> tuple[Token | None, str]:
    if slot == "quantity" and (group := _among(verb, prof)) is not None:
        return group, AMONG
    if fold(verb.lemma_) not in prof.light_verbs:
        return verb, VERB
    if slot == "event.location":
        return verb, VERB
    if slot == "quantity":
        # "the quake left 87 dead", « la secousse a fait 87 morts »: the subject of a light
        # verb is what caused the count, not what is counted
        return None, SUBJECT
    subjects = [c for c in verb.children
                if prof.is_subject(c.dep_) and c != tok and not other_line(c, verb)]
    for subj in subjects:
        if subj.pos_ in ("NOUN", "PROPN"):
            return subj, LIGHT_SUBJECT
    # a pronoun subject: the clause on the figure or on the verb says what was done
    for node in (tok, verb):
        for child in node.children:
            if child.dep_ in prof.deps.clause and child.pos_ == "VERB":
                return child, LIGHT_CLAUSE
    return None, SUBJECT


def _among(verb: Token, prof: Profile) -> Token | None:
    """The group of an 'among' complement of the verb ("among the injured")."""
    for child in verb.children:
        if child.pos_ == "ADP" and fold(child.lemma_) in prof.among_preps:
            return next((g for g in child.children if g.pos_ in ("NOUN", "ADJ", "VERB")), None)
        if child.pos_ in ("NOUN", "ADJ") and any(
            c.dep_ in prof.deps.preposition and fold(c.lemma_) in prof.among_preps
            for c in child.children
        ):
            return child
    return None


def _object_of(tok: Token, prof: Profile) -> Token | None:
    """What an agreement is about: the noun after a preposition of topic ("no deal on
    pensions", « un accord sur les salaires »); « un accord de principe » says of what kind,
    not about what. The topic may hang on the verb whose argument the agreement is (« aucun
    accord n'a été trouvé sur X »): the clause has one agreement, so it is that one's."""
    found = _topic_noun(tok, prof)
    if found is None and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
        found = _topic_noun(tok.head, prof)
    return found


def _topic_noun(tok: Token, prof: Profile) -> Token | None:
    for child in tok.children:
        if child.pos_ not in ("NOUN", "PROPN"):
            continue
        cases = [g for g in child.children if g.dep_ in prof.deps.preposition]
        if child.dep_ in prof.deps.noun_modifier and any(
            fold(c.lemma_) in prof.about_preps for c in cases
        ):
            return child
    for child in tok.children:
        if child.dep_ in prof.deps.preposition and fold(child.lemma_) in prof.about_preps:
            for grand in child.children:
                if grand.pos_ in ("NOUN", "PROPN"):
                    return grand
    return None


def _concept(head: Token, prof: Profile) -> str | None:
    """The head's concept key: its lemma, else the lemma with its compound or object."""
    key = prof.concept(head.lemma_) or prof.concept(head.text)
    if key:
        return key
    # the head with a word of its own phrase: "prisoner exchange", « évacuées par hélicoptère »
    for child in head.children:
        words = [child]
        if child.pos_ == "ADP" or child.dep_ in prof.deps.preposition:
            words = [g for g in child.children if g.pos_ in ("NOUN", "PROPN")]
        elif not (child.dep_ in prof.deps.compound or child.dep_ in prof.deps.object
                  or child.dep_ in prof.deps.oblique or child.dep_ in prof.deps.noun_modifier):
            continue
        for word in words:
            key = prof.concept(f"{word.lemma_} {head.lemma_}") or prof.concept(
                f"{head.lemma_} {word.lemma_}"
            )
            if key:
                return key
    return None


# --------------------------------------------------------------------------- whose, when


#: what belongs to one person when a sentence names only them: a verdict, a result, a race
#: time, a visit, a statement — not talks, counts or places, which are everybody's
PERSONAL_OUTCOMES = frozenset({"convicted", "acquitted", "won"})
PERSONAL_KEYS = frozenset({"visit", "tour", "statement", "race", "flight"})


def _personal(claim: Claim, key: str | None) -> bool:
    label = getattr(claim.value, "label", None)
    if claim.slot == "event.outcome":
        return label in PERSONAL_OUTCOMES
    return claim.slot == "event.duration" and (key or claim.subject) in PERSONAL_KEYS


def _holder(head: Token) -> str | None:
    """The person the measured thing belongs to ("his rival's two-day visit": the rival),
    as a folded surname; only a tagged person, never a pronoun."""
    for child in head.children:
        if child.ent_type_ in ("PER", "PERSON") and child.pos_ == "PROPN":
            return fold(_full_name(child).split()[-1])
    return None


def _clause_holder(root: Token, prof: Profile) -> str | None:
    """The one tagged person the value's clause is about — its subject or object, or a name
    apposed to them ("X was cleared of", "found X guilty", "his co-defendant, Y, was
    cleared"): a verdict or a race time is that person's own."""
    verb = next((n for n in [root, *ancestors(root)] if n.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    people: set[str] = set()
    for arg in verb.children:
        if not (prof.is_subject(arg.dep_) or arg.dep_ in prof.deps.object):
            continue
        for tok in (arg, *[c for c in arg.children if c.dep_ in prof.deps.appos]):
            if _person_like(tok, prof):
                people.add(fold(_full_name(tok).split()[-1]))
    return people.pop() if len(people) == 1 else None


#: entity labels that are never a person, whatever the tagger's other mistakes
_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "FAC"})


def _person_like(tok: Token, prof: Profile) -> bool:
    """A tagged person, or a proper noun in a clause argument where the small models often
    say ORG or MISC for an unknown person's name (only where capitals mark names)."""
    if tok.ent_type_ in ("PER", "PERSON"):
        return True
    return bool(prof.capitals_mark_names and tok.pos_ == "PROPN" and tok.ent_type_
                and tok.ent_type_ not in _NOT_PEOPLE)


def _full_name(tok: Token) -> str:
    doc = tok.doc
    for ent in doc_ents(doc):
        if ent.start <= tok.i < ent.end:
            return str(ent.text)
    return str(tok.text)
