"""Whether a place is the event's: not another event's, not a person's whereabouts,
attached to the event's own verb or noun, the story's subject (a venue, an epicentre)."""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from reconcile.extract.context import Article
from reconcile.extract.locations.chains import _chains, _is_room, _place_heads
from reconcile.extract.locations.words import (
    _AFTER_WINDOW,
    _WINDOW,
    AFFECTED,
    EPICENTRE,
    EVENT_VERB,
    IN_LEAD,
    NAMED_SITE,
    SUBJECT,
    Chain,
    Place,
    _event_subject,
    _fmap,
    _fset,
    _low,
    _up,
    fold,
)
from reconcile.extract.mentions.follow_up import next_spans


def _other_event(
    doc: Any, sent: Any, place: Place, words: dict[str, Any], year: int | None = None
) -> bool:
    if _other_event_after(doc, sent, place, words, year):
        return True
    lemmas = _fset(words, "other_event_lemmas")
    start = place.prep_start if place.prep_start is not None else place.start
    if _comparison(doc, sent, start, words) or _another_time(doc, place, words):
        return True
    nouns = _fset(words, "other_event_words")
    for i in range(max(sent.start, start - 2), start):
        if fold(doc[i].text) in nouns or fold(doc[i].lemma_) in nouns:
            return True  # « la guerre en Ukraine », "the war in Ukraine"
    return _other_event_before(doc, sent, place, start, lemmas, words)


def _other_event_after(doc: Any, sent: Any, place: Place, words: dict[str, Any],
                       year: int | None) -> bool:
    """Words right after the place that point at another event, or another year."""
    after = _fset(words, "other_event_after")
    for i in range(place.end, min(sent.end, place.end + _AFTER_WINDOW)):
        if doc[i].is_punct and doc[i].text not in ("'",):
            break
        if fold(doc[i].text) in after or fold(doc[i].lemma_) in after:
            return True  # "in Oslo next year", "in Prague for another meeting"
        if year is not None and _year(doc[i]) not in (None, year):
            return True  # "met in Reykjavik in 2019", « à Oslo en 2031 »: another year's
    return False


def _other_event_before(doc: Any, sent: Any, place: Place, start: int,
                        lemmas: frozenset[str], words: dict[str, Any]) -> bool:
    """Words a few tokens before the place's phrase that point at another event (a
    previous summit, "the 2018 summit in Helsinki")."""
    root = doc[place.start : place.end].root
    attach = root.head.head if root.head.pos_ == "ADP" else root.head
    for i in range(max(sent.start, start - _WINDOW), start):
        tok = doc[i]
        if i + 1 < len(doc) and doc[i + 1].text == "-":
            continue  # "the worst-hit village": a compound about this event, not a comparison
        if tok.pos_ in ("ADJ", "DET") and tok.head.i not in (attach.i, root.head.i) and (
            tok.head.head.i != attach.i
        ) and fold(tok.head.lemma_) not in _fset(words, "time_measures"):
            # "the trial of the former mayor opened at X": another noun's word ("a vote set
            # for next week in X" is that vote's time)
            continue
        if fold(tok.lemma_) in lemmas or fold(tok.text) in lemmas:
            return True
        if tok.like_num and len(tok.text) == 4 and tok.text.isdigit():
            return True  # "the 2018 summit in Helsinki"
    return False


def _another_time(doc: Any, place: Place, words: dict[str, Any]) -> bool:
    """"a week after he was in X", « un an après une rencontre à X »: a phrase set a measured
    time before or after the event; "hundreds of fires burned across X", « des centaines de
    feux en X »: a count of events, other than this one."""
    measures = _fset(words, "time_measures")
    counts = _fset(words, "event_counts")
    # events, not the people at them (« des milliers de manifestants » are this event's)
    events = _fset(words, "disaster_words") | frozenset(_fmap(words, "event_subjects")) | (
        frozenset(fold(str(w)) for ws in (words.get("subject_words") or {}).values() for w in ws)
    )
    root = doc[place.start : place.end].root
    for tok in _up(root, 6):
        for c in tok.children:
            # a preposition beside the place ("swapped them at X after 14 months of talks")
            # times this event; only one that governs the place's phrase ("a week after the
            # summit in X", the mark of "after he was in X") puts the place at another time
            inside = c.dep_ in ("mark", "case") or root in c.subtree
            if inside and _low(c) in ("after", "before", "après", "apres", "avant") and any(
                fold(g.lemma_) in measures or fold(g.text) in measures
                for g in (*c.children, *c.lefts, doc[c.i - 1] if c.i > 0 else c)
            ):
                return True
            if c.dep_.startswith("nsubj") and fold(c.text) in counts and any(
                fold(g.lemma_) in events or fold(g.text) in events for g in c.subtree
            ):
                return True
        if _low(tok) in ("after", "before", "après", "apres", "avant") and tok.i > 0 and (
            fold(doc[tok.i - 1].lemma_) in measures or fold(doc[tok.i - 1].text) in measures
        ):
            return True
    return False


def _year(tok: Any) -> int | None:
    text = str(tok.text)
    return int(text) if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100 else None


def _comparison(doc: Any, sent: Any, start: int, words: dict[str, Any]) -> bool:
    """A general comparison a few words before the place: "fires are common across X",
    "as elsewhere in X", « comme partout en X », « fréquents dans X »."""
    first = max(sent.start, start - _WINDOW - 2)
    marks = _fset(words, "comparison_words")
    if any(fold(doc[i].text) in marks or fold(doc[i].lemma_) in marks for i in range(first, start)):
        return True
    window = " ".join(fold(doc[i].text) for i in range(first, start + 1))
    return any(f"{fold(str(p))}" in window for p in words.get("comparison_phrases") or [])


def _about_event(sent: Any, lemmas: AbstractSet[str]) -> bool:
    return any(fold(t.lemma_) in lemmas or fold(t.text) in lemmas for t in sent)


def _event_words(article: Article, words: dict[str, Any]) -> frozenset[str]:
    """The event words of this article: the lists' event lemmas and disaster words, plus
    the verbs of the title and the root of the lead's first sentence (what the story is
    about: "lifts off", « a ravagé »), unless they are too common to tell."""
    weak = _fset(words, "weak_verbs")
    own: set[str] = set()
    lead_done = False
    for sent in article.sentences():
        part = article.part_at(sent.start_char + (len(sent.text) - len(sent.text.lstrip())))
        if part == "title":
            # nominal titles (« Inondations dans le Var », "State visit") name the event
            # by a common noun
            own |= {
                fold(t.lemma_) for t in sent
                if t.pos_ == "VERB" or (t.pos_ == "NOUN" and (t.is_lower or t.i == sent.start))
            }
        elif part == "lead" and not lead_done:
            own |= {fold(t.lemma_) for t in sent if t.pos_ == "VERB" and t.dep_ == "ROOT"}
            lead_done = True
        elif part not in ("title", "meta", None):
            break
    own -= weak | _fset(words, "weak_nouns")
    subject = _subject(article)
    # « le feu », "the flames" are about a fire story's event (not a summit's « feu vert »)
    own |= {fold(str(w)) for w in (words.get("subject_words") or {}).get(subject, [])}
    if subject != SUBJECT:
        # a disaster's toll on homes and people is about the event (« 2 000 foyers privés
        # d'électricité », "homes lost power")
        own |= _fset(words, "resident_nouns")
    return (
        _fset(words, "event_lemmas") | _fset(words, "disaster_words")
        | _fset(words, "object_verbs")  # what strikes a place is the event (« a envahi »)
        | frozenset(_fmap(words, "event_subjects")) | frozenset(own)
    )


@dataclass
class _Story:
    """What ``_venues`` needs to know of the article to judge one of its places."""

    article: Article
    words: dict[str, Any]
    lemmas: frozenset[str]  # the event's words (``_event_words``)
    gathering: bool  # a meeting's story (one venue), not a disaster's (every place struck)
    year: int | None


def _venues(article: Article) -> Iterator[tuple[Chain, Any, str]]:
    words = article.words("locations")
    if not words:
        return
    published = article.published
    story = _Story(
        article, words, _event_words(article, words),
        _subject(article) == SUBJECT and not _disaster_lead(article, words),
        published.year if published is not None else None,
    )
    lead_seen = False
    for sent in article.sentences():
        part = article.part_at(sent.start_char + (len(sent.text) - len(sent.text.lstrip())))
        first_of_lead = part == "lead" and not lead_seen
        lead_seen = lead_seen or part == "lead"
        # the title and the lead's first sentence speak of the event; others must say so,
        # except for a named site (« le stade X », "the X Stadium"): that is a venue anyway
        about = part == "title" or first_of_lead or _about_event(sent, story.lemmas)
        strict = part != "title" and not first_of_lead
        follow_up: list[int] | None = None
        for chain in _chains(article, sent, words):
            head = chain.head
            if (not about and not head.named_site) or _other_event(
                article.doc, sent, head, words, story.year
            ):
                continue
            if follow_up is None:
                follow_up = _follow_up_starts(article, sent)
            if any(f <= article.doc[head.start].idx for f in follow_up):
                continue  # « se revoir à Moscou », "meet again in Moscow": event.next
            why = _why_venue(story, head, strict)
            if why is not None:
                yield chain, sent, why


def _why_venue(story: _Story, head: Place, strict: bool) -> str | None:
    """The rule that takes ``head`` for the event's place, or None."""
    doc, words = story.article.doc, story.words
    if strict and not head.named_site and not _attached(
        doc, head, words, story.lemmas, any_verb=not story.gathering
    ):
        return None
    if strict and _future(doc, head, words):
        return None  # « se rendra à Oslo », "will travel to Oslo": another, later event
    if _whereabouts(doc, head, words) or _watched_from(doc, head, words):
        return None  # "the minister, who was in Brussels": where a person was
    if _carried_to(doc, head, words):
        return None  # "three were flown to hospital in X": where someone was taken
    if not strict:
        return IN_LEAD
    if head.named_site:
        return NAMED_SITE
    return EVENT_VERB if story.gathering else AFFECTED


def _follow_up_starts(article: Article, sent: Any) -> list[int]:
    """Offsets where the sentence announces a follow-up meeting (labels' `next` words)."""
    return [a for a, _ in next_spans(article, sent)]


def _whereabouts(doc: Any, place: Place, words: dict[str, Any]) -> bool:
    """"the minister, who was in Brussels", « le ministre, qui se trouvait à Bruxelles »:
    a relative clause telling where a person was (a ``whereabouts_verbs`` verb or a
    copula, with a person relative pronoun as its subject) is not the event's place."""
    verbs = _fset(words, "whereabouts_verbs")
    who = _fset(words, "person_relatives")
    for tok in _up(doc[place.start : place.end].root, 3):
        kids = list(tok.children)
        if any(c.dep_.startswith("nsubj") and fold(c.text) in who for c in kids) and (
            fold(tok.lemma_) in verbs or any(c.dep_ == "cop" for c in kids)
        ):
            return True
    return False


def _watched_from(doc: Any, place: Place, words: dict[str, Any]) -> bool:
    """"watched the march from their offices in Paris", « suivi le cortège depuis Paris »:
    a place inside the « from » phrase of a watching verb is where the event was seen from."""
    remote = _fset(words, "remote_verbs")
    froms = _fset(words, "from_prepositions")
    if _is_room(doc, place, words):
        return False  # "watched from the control room": a room of the event's site
    rooms = _fset(words, "room_nouns")
    for tok in _up(doc[place.start : place.end].root, 5):
        if fold(tok.lemma_) in rooms or fold(tok.text) in rooms:
            return False  # "from the control room in Kourou": a room there
        if fold(tok.head.lemma_) in remote and (fold(tok.text) in froms or any(
            c.dep_ == "case" and fold(c.text) in froms for c in tok.children
        )):
            return True
    return False


def _carried_to(doc: Any, place: Place, words: dict[str, Any]) -> bool:
    """"the injured were flown to hospital in X", « transportés vers X »: a place inside the
    "to" phrase of a verb of carrying, passive or with an object, is where someone was
    taken. "The president flew to X" (no object) stays a journey to the venue."""
    if place.prep == "to":
        return False  # "a visit to X", "driven to X for talks": read as the venue already
    carry = _fset(words, "carry_verbs")
    to = _fset(words, "destination_prepositions")
    marked = False
    for tok in _up(doc[place.start : place.end].root, 5):
        marked = marked or fold(tok.text) in to or any(
            c.dep_ == "case" and fold(c.text) in to for c in tok.children)
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i:
            continue
        if fold(verb.lemma_) not in carry:
            return False  # the first verb up the tree decides
        return marked and any(
            c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass", "aux:pass", "auxpass")
            for c in verb.children)
    return False


def _future(doc: Any, place: Place, words: dict[str, Any]) -> bool:
    """The verb the place hangs on is in the future ("will travel", « se rendra »)."""
    tok = next((t for t in _up(doc[place.start : place.end].root, 4)
                if t.pos_ in ("VERB", "AUX")), None)
    if tok is None:
        return False
    if "Fut" in tok.morph.get("Tense"):
        return True
    # "was due to greet them at X", « devait les accueillir à X »: planned, not happened
    if tok.dep_ == "xcomp" and fold(tok.head.lemma_) in _fset(words, "prospective_heads"):
        return True
    return any(c.dep_ == "aux" and _low(c) in ("will", "'ll", "shall") for c in tok.children)


def _past_two_word_preposition(head: Any, words: dict[str, Any]) -> Any:
    """"swept across the hills north of X", "started in a forest north of X": "north of" is
    one preposition; the place hangs on what that preposition hangs on."""
    for _ in range(2):
        if head.i != head.head.i and head.pos_ in ("ADV", "ADJ", "NOUN") and any(
            fold(head.text) == pair[0] for pair in words.get("two_word_prepositions", [])
        ):
            head = head.head
            if head.pos_ == "ADP" and head.i != head.head.i:
                head = head.head
    return head


def _attached(
    doc: Any, place: Place, words: dict[str, Any], events: AbstractSet[str] = frozenset(),
    any_verb: bool = True,
) -> bool:
    """The place hangs on a verb, an event noun or a site — not on any other noun
    (« le feu vert des autorités à Bruxelles »)."""
    root = doc[place.start : place.end].root
    for _ in range(4):  # « à Bruxelles et à Londres »: the first conjunct's attachment
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    head = root.head
    if (head.pos_ == "ADP" or _low(head) in words.get("prepositions", [])) and (
        head.i != head.head.i
    ):
        head = head.head  # « au-dessus de X » is tagged an adverb
    head = _past_two_word_preposition(head, words)
    if head.i == root.i:
        return True
    if head.pos_ in ("VERB", "AUX"):
        # a disaster's places are wherever its effects are told, with any verb (« il est
        # tombé 400 mm à X », "X woke up under mud"); a gathering's is where it was held
        return any_verb or _event_verb(head, words, events)
    allowed = _place_heads(words)
    if fold(head.lemma_) in allowed or fold(head.text) in allowed or head.pos_ == "PROPN":
        return True
    # "paralysed traffic in France", "met the delegation in Vienna": a noun that is itself
    # a core argument of the event's verb (not of another noun or verb: « le feu vert des
    # régulateurs à X », « digère une acquisition en Espagne »)
    verb = head.head
    if _low(verb) in ("with", "for", "avec", "pour") and verb.head.i != verb.i:
        # "held talks with the president at X", "hosted a dinner for 150 guests at X": the
        # people the event was held with or for (of the event's verb, or of a verb whose
        # subject is the event)
        verb = verb.head
        return fold(verb.lemma_) in events or _event_subject(verb, words) or (
            verb.pos_ == "NOUN" and fold(verb.lemma_) in _fset(words, "event_lemmas")
        )
    return bool(
        head.dep_.startswith(("obj", "dobj", "nsubj", "iobj"))
        and verb.pos_ == "VERB" and fold(verb.lemma_) in events
    )


def _disaster_lead(article: Article, words: dict[str, Any]) -> bool:
    """The title or the lead names a disaster (flood, storm, blast…), even past a first
    sentence that does not (a radio's « Il est 8 heures, bonjour. »)."""
    disaster = _fset(words, "disaster_words")
    return any(
        fold(t.lemma_) in disaster or fold(t.text) in disaster
        for sent in article.sentences()
        if article.part_at(sent.start_char) in ("title", "lead")
        for t in sent
    )


def _event_verb(verb: Any, words: dict[str, Any], events: AbstractSet[str]) -> bool:
    """A body sentence's place is the event's when its verb is the event's: an event verb
    ("met in X", « s'est déroulé à X »), a verb whose subject or object is the event ("the
    talks were in X", "held talks in X"), or a verb joined to one of these ("met and signed
    in X"). Any other verb places something else: a sentence passed in X, a statement made
    in X, a person held or greeted in X."""
    light = _fset(words, "light_event_verbs")
    for v in (verb, verb.head) if verb.dep_ in ("conj", "xcomp") else (verb,):
        lemma = fold(v.lemma_)
        # "a hire firm based in X", « une entreprise installée à X »: a participle on a noun
        # that is not the event describes that noun; its place is the noun's own
        described = v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and (
            fold(v.head.lemma_) not in _fset(words, "event_lemmas"))
        if lemma in events and lemma not in light and not described:
            return True
        hosts = _fset(words, "host_nouns")
        if _event_subject(v, words) or any(
            (c.dep_ in ("obj", "dobj") and fold(c.lemma_) in _fset(words, "event_lemmas"))
            or (c.dep_ == "attr" and fold(c.lemma_) in hosts)  # "X was the scene of the talks"
            for c in v.children
        ):
            return True
    return False


def _subject(article: Article) -> str:
    """The subject of the article's places, from its title and the lead's first sentence:
    the event type's own (``event_subjects``: a quake's ``epicentre``, a ``fire``, a
    ``launch``), ``epicentre`` for another disaster (a flood, a storm), else ``venue``."""
    words = article.words("locations")
    disaster = _fset(words, "disaster_words")
    subjects = _fmap(words, "event_subjects")
    for sent in article.sentences():
        part = article.part_at(sent.start_char)
        if part not in ("title", "lead"):
            break
        for t in sent:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            found = subjects.get(fold(t.text)) or subjects.get(fold(t.lemma_))
            if found:
                return found
        if any(fold(t.text) in disaster or fold(t.lemma_) in disaster for t in sent):
            return EPICENTRE
        if part == "lead":
            break
    return SUBJECT
