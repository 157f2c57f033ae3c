"""Chains of places (« à X, en Y », "X Stadium in London"): the preposition that governs a
place, whether it is locative, the kind of each place, what links one place to the next."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any, cast

from reconcile.extract.context import Article
from reconcile.extract.locations.spans import (
    _article_kind,
    _article_town,
    _candidates,
    _terrain_preposition,
)
from reconcile.extract.locations.words import (
    _KIND_RANK,
    _STRIKE_WINDOW,
    Chain,
    Kind,
    Place,
    _event_subject,
    _fmap,
    _fset,
    _gazetteer_kind,
    _known_area,
    _low,
    _subdivision_kind,
    fold,
)


def _preposition(doc: Any, sent: Any, place: Place, words: dict[str, Any]) -> None:
    """Find the locative preposition governing ``place`` (sets prep/prep_start)."""
    preps = set(words.get("prepositions", []))
    dets = set(words.get("determiners", [])) | _fset(words, "directions")
    pairs = [tuple(p) for p in words.get("two_word_prepositions", [])]
    _find_preposition(doc, sent, place, preps, dets, pairs)
    if place.prep_start is None:
        rooms = _fset(words, "room_nouns")
        _through_room(doc, sent, place, preps, dets, rooms, words)
    if place.prep_start is None:
        _to_destination(doc, sent, place, words, dets)
    if place.prep_start is None:
        _where_clause(doc, sent, place, words)
    if place.prep_start is None and _is_room(doc, place, words):
        _from_room(doc, sent, place, words, dets)
    root = doc[place.start : place.end].root
    if place.prep_start is not None:
        return
    if _from_event_verb(doc, sent, place, words) or _of_residents(doc, sent, place, words):
        return
    start = _bare_argument(doc, sent, place, root, words, dets)
    if start is not None:
        place.prep, place.prep_start = "", start
        return
    if _left_site(doc, sent, place, root, words):
        place.prep, place.prep_start = "", place.start
        place.named_site = True  # a site left at the event's end needs no event word
        return
    # a phrase that says it is a place (« le village de X », "the Stade X", « au siège du
    # groupe ») is one in any role, unless a preposition of origin governs it
    if place.named_site and root.dep_.startswith("nsubj"):
        return  # « l'Institut X a estimé », "the X Museum said": the organisation
    if (place.named_site or place.admin) and not _qualifies(root, words):
        i = place.start - 1
        while i >= sent.start and (doc[i].pos_ == "DET" or fold(doc[i].text) in dets):
            i -= 1
        if i < sent.start or doc[i].pos_ not in ("ADP",):
            place.prep, place.prep_start = "", place.start


def _from_room(doc: Any, sent: Any, place: Place, words: dict[str, Any],
               dets: AbstractSet[str]) -> None:
    """« depuis la salle Jupiter », "from the Mercury Room": a room is where one was."""
    i = place.start - 1
    while i >= sent.start and (fold(doc[i].text) in dets or doc[i].pos_ == "DET"):
        i -= 1
    if i >= sent.start and fold(doc[i].text) in _fset(words, "from_prepositions"):
        place.prep, place.prep_start = _low(doc[i]), i


def _bare_argument(doc: Any, sent: Any, place: Place, root: Any, words: dict[str, Any],
                   dets: AbstractSet[str]) -> int | None:
    """A place without preposition that is the event's by its role (the fire's place, the
    object of a strike verb, a host verb's subject): where its claim starts, or None."""
    objects = _fset(words, "object_verbs")
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and not place.site and fold(
        root.head.lemma_
    ) in (_fset(words, "disaster_words") | frozenset(_fmap(words, "event_subjects"))):
        return place.start  # "the Var fire": the fire's place
    if root.dep_ in ("obj", "dobj") and fold(root.head.lemma_) in objects:
        return place.start
    # « a secoué samedi soir le sud du Pérou »: a direction of the place, object of a
    # strike verb a few words before (read off the words: the parse often misses it)
    i = place.start - 1
    direction = None
    while i >= sent.start and (fold(doc[i].text) in dets or doc[i].pos_ == "DET"):
        if fold(doc[i].text) in _fset(words, "directions"):
            direction = i
        i -= 1
    if direction is not None:
        for k in range(i, max(sent.start, i - _STRIKE_WINDOW) - 1, -1):
            if fold(doc[k].lemma_) in objects:
                return direction
            if doc[k].pos_ in ("ADP", "PUNCT") or doc[k].is_sent_start:
                break
    # a bare place subject of a host verb: « Genève a accueilli le sommet »
    if root.dep_.startswith("nsubj") and fold(root.head.lemma_) in _fset(words, "host_verbs"):
        return place.start
    # "X was the scene of the talks", « X a été le théâtre des négociations »
    hosts = _fset(words, "host_nouns")
    if root.dep_.startswith("nsubj") and (fold(root.head.lemma_) in hosts or any(
        c.dep_ in ("attr", "obj", "dobj", "xcomp", "acomp") and fold(c.lemma_) in hosts
        for c in root.head.children
    )):
        return place.start
    return None


def _left_site(doc: Any, sent: Any, place: Place, root: Any, words: dict[str, Any]) -> bool:
    """"the ministers left the X", "emerged from the X building", « sont sortis de
    l'édifice »: the site one left at the event's end (a town one left is an origin)."""
    exits = _fset(words, "exit_verbs")
    article = place.start > sent.start and _low(doc[place.start - 1]) in ("the", "l'", "le", "la")
    if (place.site or (article and place.kind in ("other", "site"))) and not (
        _known_area(place.name, words)
    ):
        verb = root.head
        if verb.pos_ == "ADP" or _low(verb) in _fset(words, "from_prepositions"):
            verb = verb.head
        if root.dep_ == "case" or any(
            c.dep_ == "case" and fold(c.text) in _fset(words, "from_prepositions")
            for c in root.children
        ):
            verb = root.head
        if fold(verb.lemma_) in exits and verb.pos_ == "VERB":
            return True
    return False


def _qualifies(root: Any, words: dict[str, Any]) -> bool:
    """The place only qualifies another noun that is no event, site or resident word: a
    speaker's employer ("a Health Ministry spokesman", « un porte-parole du ministère »),
    a title (« le maire du village de X »)."""
    if root.dep_ not in ("compound", "nmod", "poss", "nmod:poss") or root.head.i == root.i:
        return False
    head = root.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not ({fold(head.lemma_), fold(head.text)} & _place_heads(words))


def _place_heads(words: dict[str, Any]) -> frozenset[str]:
    """Nouns a place can hang on and still be where the event happened."""
    return (
        _fset(words, "event_lemmas") | _fset(words, "site_nouns") | _fset(words, "room_nouns")
        | _fset(words, "admin_nouns") | _fset(words, "period_nouns")
        | _fset(words, "terrain_nouns") | _fset(words, "resident_nouns")
        | _fset(words, "disaster_words")
    )


def _where_clause(doc: Any, sent: Any, place: Place, words: dict[str, Any]) -> None:
    """"drove to the Elysee, where the talks began", « à l'Élysée, où se sont tenus les
    entretiens »: a place a relative « where » clause about the event describes."""
    k = place.end
    if not (k + 1 < sent.end and doc[k].text == "," and _low(doc[k + 1]) in ("where", "où")):
        return
    i = _before(doc, sent, place)
    if i >= sent.start and fold(doc[i].text) in _fset(words, "from_prepositions"):
        return  # "came from Paris, where she had met him": an origin
    events = _fset(words, "event_lemmas") | _fset(words, "disaster_words")
    for t in doc[k + 2 : min(sent.end, k + 10)]:
        if t.is_punct:
            break
        if fold(t.lemma_) in events or fold(t.text) in events:
            place.prep, place.prep_start = "", place.start
            return


def _is_room(doc: Any, place: Place, words: dict[str, Any]) -> bool:
    """A named room of a site (« la salle Jupiter », "the Mercury Room")."""
    rooms = _fset(words, "room_nouns")
    return place.site and any(fold(doc[i].text) in rooms for i in range(place.start, place.end))


def _before(doc: Any, sent: Any, place: Place) -> int:
    """Index of the token before ``place`` once determiners are skipped (or sent.start - 1)."""
    i = place.start - 1
    while i >= sent.start and doc[i].pos_ == "DET" and _low(doc[i]) not in ("du", "d'", "de"):
        i -= 1
    return i


def _from_event_verb(doc: Any, sent: Any, place: Place, words: dict[str, Any]) -> bool:
    """"lifted off from X", « a décollé du centre spatial X »: with a launch verb, the
    place the thing left from is where the event happened (elsewhere « de » is origin)."""
    i = _before(doc, sent, place)
    if i < sent.start or _low(doc[i]) not in _fset(words, "from_prepositions"):
        return False
    verbs = _fset(words, "from_verbs")
    remote = _fset(words, "remote_verbs")
    for k in range(i - 1, max(sent.start, i - 4) - 1, -1):
        if fold(doc[k].lemma_) in remote:
            return False  # "followed the launch from X": watched from there
        if doc[k].pos_ == "NOUN" and fold(doc[k].head.lemma_) in remote:
            return False
        if (fold(doc[k].lemma_) in verbs and doc[k].pos_ in ("VERB", "NOUN")) or (
            _event_subject(doc[k], words, strict=True)
        ):
            # "lifted off from X"; « le feu est parti de X », "the fire spread from X": where
            # the event itself started
            place.prep, place.prep_start = _low(doc[i]), i
            return True
        if doc[k].is_punct:
            break
    return False


def _of_residents(doc: Any, sent: Any, place: Place, words: dict[str, Any]) -> bool:
    """« les habitants de X », « une maison incendiée de X », "residents of X",
    "X's striking workers": people or homes of a place put the event there."""
    residents = _fset(words, "resident_nouns")
    nxt = place.end
    if nxt < sent.end and doc[nxt].text in ("'s", "\u2019s"):
        head = doc[nxt].head if doc[nxt].head.i != doc[nxt].i else doc[place.end - 1].head
        e = nxt + 1
        events = _fset(words, "event_lemmas")
        while e < sent.end and doc[e].pos_ in ("ADJ", "VERB", "NOUN") and e - nxt <= 3:
            # "X's striking nurses", "X's flooded streets": people or things of X the
            # event touched
            if fold(doc[e].text) in residents or (
                doc[e].pos_ in ("ADJ", "VERB") and fold(doc[e].lemma_) in events
            ):
                place.prep, place.prep_start = "", place.start
                return True
            e += 1
        if fold(head.text) in residents:
            place.prep, place.prep_start = "", place.start
            return True
        return False
    i = _before(doc, sent, place)
    if i < sent.start or _low(doc[i]) not in ("de", "d'", "du", "des", "of"):
        return False
    # the noun the complement hangs on, a participle or adjective or two away at most
    k = i - 1
    while k >= sent.start and i - k <= 3 and doc[k].pos_ in ("ADJ", "VERB") and doc[k].is_lower:
        k -= 1
    if k >= sent.start and fold(doc[k].text) in residents:
        place.prep, place.prep_start = _low(doc[i]), i
        return True
    terrain = _terrain_preposition(doc, sent, k, words)
    if terrain is not None:
        place.prep, place.prep_start = _low(doc[terrain]), terrain
        return True
    return False


def _through_room(
    doc: Any,
    sent: Any,
    place: Place,
    preps: set[str],
    dets: AbstractSet[str],
    rooms: AbstractSet[str],
    words: dict[str, Any],
) -> None:
    """« dans une salle de la base X », "in a room at the X hotel": a room lies inside the
    site, so the preposition before the room puts the event at the site."""
    links = {"de", "d'", "du", "des", "of", "at"}
    i = place.start - 1
    while i >= sent.start and (fold(doc[i].text) in dets or _low(doc[i]) in links):
        i -= 1
    if i - 2 >= sent.start and doc[i].is_lower and doc[i].pos_ == "NOUN" and (
        _low(doc[i - 1]) in links
    ) and {fold(doc[i - 2].text), fold(doc[i - 2].lemma_)} & rooms:
        i -= 2  # « dans la cour d'honneur des Invalides »: a room named by its use
    if i < sent.start or not ({fold(doc[i].text), fold(doc[i].lemma_)} & rooms):
        return
    k = i - 1
    while k >= sent.start and (fold(doc[k].text) in dets or doc[k].pos_ == "DET"):
        k -= 1
    if k >= sent.start and _low(doc[k]) in preps:
        place.prep, place.prep_start = _low(doc[k]), k
        if place.kind == "other" and not _known_area(place.name, words):
            place.kind = "site"  # what has rooms is a building


def _to_destination(
    doc: Any, sent: Any, place: Place, words: dict[str, Any], dets: AbstractSet[str]
) -> None:
    """"the first state visit to X", "his trip to X": a visit's destination is where it
    took place (elsewhere "to" is a direction, not a venue)."""
    i = place.start - 1
    while i >= sent.start and fold(doc[i].text) in dets:
        i -= 1
    if i <= sent.start or _low(doc[i]) != "to":
        return
    visits = _fset(words, "destination_nouns")
    for k in range(i - 1, max(sent.start, i - 3) - 1, -1):
        if doc[k].pos_ == "NOUN" and (fold(doc[k].text) in visits or fold(doc[k].lemma_) in visits):
            place.prep, place.prep_start = "to", i
            return
    # "moved on to the X Palace for talks": where one went for the event is its venue
    events = _fset(words, "event_lemmas")
    k = place.end
    if k + 1 < sent.end and _low(doc[k]) == "for":
        for m in range(k + 1, min(sent.end, k + 4)):
            if doc[m].pos_ == "NOUN" and fold(doc[m].lemma_) in events:
                place.prep, place.prep_start = "to", i
                return


def _find_preposition(
    doc: Any, sent: Any, place: Place, preps: set[str], dets: set[str], pairs: list[Any]
) -> None:
    i = place.start - 1
    while i >= sent.start and fold(doc[i].text) in dets and _low(doc[i]) not in preps:
        i -= 1
    if i > sent.start and doc[i].text in ("'s", "\u2019s") and doc[i - 1].text[:1].isupper():
        # "in the Élysée's Salle des Fêtes": the possessor's preposition
        i -= 1
        while i >= sent.start and (doc[i].text[:1].isupper() or fold(doc[i].text) in dets) and (
            _low(doc[i]) not in preps
        ):
            i -= 1
    if i < sent.start:
        return
    low = _low(doc[i])
    if i - 1 >= sent.start and (_low(doc[i - 1]), low) in pairs:
        place.prep, place.prep_start = _low(doc[i - 1]), i - 1
        return
    if low in preps:
        # « de » right before the place is an origin unless it closes « près de »
        place.prep, place.prep_start = low, i
        return
    # « près de la base »: the determiner loop skipped « de »; look one further
    j = place.start - 1
    if j >= sent.start and _low(doc[j]) in ("de", "d'", "of", "to"):
        k = j - 1
        if k >= sent.start and (_low(doc[k]), _low(doc[j])) in pairs:
            place.prep, place.prep_start = _low(doc[k]), k


def _kind(place: Place, words: dict[str, Any], doc: Any) -> Kind:
    if place.site:
        return "site"
    if place.kind != "other":
        return place.kind
    kinds = _fmap(words, "kinds")
    name = fold(place.name)
    if name in kinds:
        return cast(Kind, kinds[name])
    known = _gazetteer_kind(place.name)
    if known is not None:
        return known
    if _article_town(doc, place.start, place.end):
        return "city"
    if any(doc[i].ent_type_ == "FAC" for i in range(place.start, place.end)):
        return "site"
    before = doc[place.start - 1] if place.start > 0 else None
    article = before is not None and before.is_lower and _low(before) in (
        "the", "le", "la", "l'", "les"
    )
    if place.prep in ("à", "a"):
        if article and _low(before) in ("la", "l'"):
            return "site"  # « à la Chancellerie », « à l'Arsenal »: a town takes no article
        return "city"  # French « à » goes with towns
    if _subdivision_kind(place.name) is not None:
        return "region"  # "Tasmania", « Guyane », "the Var"
    if place.prep == "dans" and article:
        return "region"  # « dans le Var », « dans la Drôme »: a département or region
    if article and _low(before) == "the" and place.prep == "" and place.prep_start is not None:
        return "site"  # "the ministers left the Berlaymont": a town takes no article
    if article and _low(before) == "the" and place.prep_start is not None:
        return _article_kind(doc, doc[place.prep_start], place.start)
    if any(doc[i].ent_type_ == "GPE" for i in range(place.start, place.end)):
        # a town: the world's countries are in the gazetteer, its regions in ISO 3166-2
        return "city"
    return "other"


def _gap_links(doc: Any, a: Place, b: Place, words: dict[str, Any]) -> bool:
    """True when ``b`` follows ``a`` as its container: only commas, a preposition and
    determiners in between (« X, à Y, en Z », "X, Alaska", "X in Y near Z")."""
    if b.start < a.end:
        return False
    preps = set(words.get("prepositions", []))
    for pair in words.get("two_word_prepositions", []):
        preps |= set(pair)
    dets = set(words.get("determiners", [])) | _fset(words, "directions")
    gap = [doc[i] for i in range(max(a.end, a.link_end), b.start)]
    if len(gap) > 6:
        return False
    for tok in gap:
        low = _low(tok)
        if tok.text in (",", "(") or low in preps or fold(low) in dets:
            continue
        return False
    # "X, Alaska": with no preposition, only a place known to contain others follows
    # (« À Genève, Kouznetsov et … » is no chain)
    return b.kind != "other" or any(_low(t) in preps for t in gap)


def _apposition(doc: Any, a: Place, b: Place) -> bool:
    """``b`` is a site phrase in apposition to ``a`` (only a comma and determiners between)."""
    if not b.site or b.start < a.end or a.kind not in ("other", "site"):
        return False
    gap = [doc[i] for i in range(a.end, b.start)]
    if not gap or gap[0].text != "," or not all(t.text == "," or t.pos_ == "DET" for t in gap):
        return False
    # parsed as an apposition, or a phrase that opens on its site noun (« X, le siège de la
    # Commission »): a description of X, not a second place
    return bool(doc[b.start : b.end].root.dep_ == "appos" or doc[b.start].is_lower)


def _chains(article: Article, sent: Any, words: dict[str, Any]) -> list[Chain]:
    doc = article.doc
    places = _candidates(article, sent, words)
    _govern(doc, sent, places, words)
    return [c for c in _linked(doc, sent, places, words) if c.head.prep_start is not None]


def _govern(doc: Any, sent: Any, places: list[Place], words: dict[str, Any]) -> None:
    """Each place's preposition (a conjunct shares the first one's) and kind."""
    for p in places:
        _preposition(doc, sent, p, words)
        root = doc[p.start : p.end].root
        if p.prep_start is None and root.dep_ == "conj" and not any(
            # "in X and Washington said", « À X, K. et W. se quittent »: a clause's subjects
            c.i + 1 < sent.end and doc[c.i + 1].pos_ in ("VERB", "AUX", "PRON")
            for c in (root, *root.conjuncts)
        ):
            # « à Toulouse, Nantes et Rennes »: the conjuncts share the first one's preposition
            for q in places:
                if q.start <= root.head.i < q.end and q.prep_start is not None:
                    p.prep, p.prep_start = q.prep, p.start
                    break
        p.kind = _kind(p, words, doc)


def _linked(doc: Any, sent: Any, places: list[Place], words: dict[str, Any]) -> list[Chain]:
    """The places of a sentence in chains, each place followed by its containers."""
    chains: list[Chain] = []
    owner: Place | None = None
    for p in places:
        if p.owner:
            owner = p  # held for the place it possesses, its container
            continue
        if owner is not None and owner.end + 1 == p.start:
            chains.append(Chain([p, owner]))
            owner = None
            continue
        owner = None
        if chains and _apposition(doc, chains[-1].places[-1], p):
            last = chains[-1].places[-1]
            last.kind, last.site, last.link_end = "site", True, p.end
            continue  # "X, the company's headquarters": X is that site
        # « Inondations dans le Var »: a place with its own preposition is not the container
        # of a chain that has none (that chain is dropped)
        own = p.prep_start is not None and bool(chains) and chains[-1].head.prep_start is None
        root = doc[p.start : p.end].root
        # « à Toulouse, Nantes et Rennes »: a list, not a chain
        listed = bool(chains) and root.dep_ == "conj" and (
            chains[-1].places[-1].start <= root.head.i < chains[-1].places[-1].end
        )
        if own and _gap_links(doc, chains[-1].places[-1], p, words) and (
            _before(doc, sent, chains[-1].head) >= sent.start
            and _low(doc[_before(doc, sent, chains[-1].head)]) in ("from", "depuis")
        ):
            continue  # "run from Darmstadt, in Germany": the container of an origin
        if not own and not listed and chains and _gap_links(
            doc, chains[-1].places[-1], p, words
        ):
            last = chains[-1].places[-1]
            subject = doc[p.start : p.end].root.dep_ in ("nsubj", "nsubjpass")
            if not subject and _KIND_RANK.get(p.kind, 1) >= _KIND_RANK.get(last.kind, 1):
                chains[-1].places.append(p)
                continue
        chains.append(Chain([p]))
    return chains
