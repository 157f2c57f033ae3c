"""The candidate places of a sentence: after a locative preposition, compound towns,
known runs of the gazetteer, a possessor site holding the next place."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.context import Article, doc_tokens, ents_in
from reconcile.extract.locations.names import (
    _NAME_PARTICLES,
    _admin_spans,
    _site_spans,
    _unnamed_site_spans,
)
from reconcile.extract.locations.words import (
    Kind,
    Place,
    _event_subject,
    _fmap,
    _fset,
    _gazetteer_kind,
    _known_area,
    _low,
    fold,
)


def _after_preposition(
    doc: Any, sent: Any, words: dict[str, Any], taken: list[Place]
) -> list[Place]:
    """A run of proper nouns right after a locative preposition that the tagger did
    not mark as a place (« Sommet en Alaska » tagged as one MISC entity)."""
    tokens = doc_tokens(doc)
    preps = set(words.get("prepositions", []))
    dets = set(words.get("determiners", []))
    residents = _fset(words, "resident_nouns")
    out: list[Place] = []
    for tok in sent:
        if tok.dep_ == "conj" and tok.pos_ == "PROPN" and tok.text[:1].isupper() and any(
            p.start <= tok.head.i < p.end for p in (*taken, *out)
        ) and not any(p.start <= tok.i < p.end for p in (*taken, *out)):
            conjunct = _conjunct_place(doc, sent, tok, words)
            if conjunct is not None:
                out.append(conjunct)
            continue
        gate = _place_preposition(doc, sent, tok, words, preps, residents)
        if gate is None:
            continue
        of_residents = gate
        i, j = _proper_run(doc, sent, tok, dets)
        if j == i or any(i < p.end and p.start < j for p in taken):
            continue
        if j < sent.end and tokens[j].text in ("'s", "’s"):
            continue
        tagged = {tokens[k].ent_type_ for k in range(i, j)}
        if of_residents and not tagged & {"ORG", "DATE", "NORP"}:
            # a town name the tagger read as a surname is still a town
            known = _known_area(doc[i:j].text, words)
            kind: Kind = known or ("city" if tagged & {"PER", "PERSON"} else "other")
            out.append(Place(i, j, site=False, kind=kind))
            continue
        if tagged & {"PER", "PERSON", "ORG", "DATE", "NORP"}:
            mistagged = _mistagged_place(doc, sent, tok, i, j, tagged, words)
            if mistagged is not None:
                out.append(Place(i, j, site=False, kind=mistagged))
            continue
        out.append(Place(i, j, site=False))
    return out


def _conjunct_place(doc: Any, sent: Any, tok: Any, words: dict[str, Any]) -> Place | None:
    """"in Lyon and Marseille": a conjunct of a place is a place, whatever the tagger
    took it for (its preposition is the first conjunct's, see _chains)."""
    j = tok.i + 1
    while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    verb_next = j < sent.end and doc[j].pos_ in ("VERB", "AUX")  # "X and Y said"
    tagged = {doc[k].ent_type_ for k in range(tok.i, j)}
    known = _known_area(doc[tok.i : j].text, words)
    # a known town or one the tagger calls a place (« À X, Kouznetsov et Y se
    # quittent » lists people)
    place_like = known is not None or bool(tagged & set(words.get("entity_labels", [])))
    if not verb_next and place_like:
        return Place(tok.i, j, site=False, kind=known or "city")
    return None


def _place_preposition(doc: Any, sent: Any, tok: Any, words: dict[str, Any], preps: set[str],
                       residents: frozenset[str]) -> bool | None:
    """Whether a place may follow ``tok``: None if not, else whether it is a « de X » of
    residents or of a terrain ("residents of X")."""
    of_residents = False
    if _low(tok) in ("de", "d'", "of"):
        # « une maison incendiée de X », "residents of X": a place, whatever the tagger
        # took it for (a town name read as a surname)
        k = tok.i - 1
        while k >= sent.start and tok.i - k <= 3 and doc[k].pos_ in ("ADJ", "VERB"):
            k -= 1
        of_residents = k >= sent.start and (
            fold(doc[k].text) in residents
            or _terrain_preposition(doc, sent, k, words) is not None
        )
        if not of_residents:
            return None
    elif _low(tok) == "to" and any(
        fold(doc[k].lemma_) in _fset(words, "destination_nouns")
        for k in range(max(sent.start, tok.i - 3), tok.i)
    ):
        pass  # "her first trip to X"
    elif fold(tok.text) in _fset(words, "from_prepositions") and any(
        fold(doc[k].lemma_) in _fset(words, "from_verbs")
        for k in range(max(sent.start, tok.i - 3), tok.i)
    ):
        pass  # "lifted off from X"
    elif _low(tok) not in preps:
        return None
    return of_residents


def _proper_run(doc: Any, sent: Any, tok: Any, dets: set[str]) -> tuple[int, int]:
    """The run of capitalised names after the preposition ``tok`` and its determiners."""
    i = tok.i + 1
    while i < sent.end and _low(doc[i]) in dets:
        i += 1
    j = i
    while j < sent.end and doc[j].text[:1].isupper() and (
        # a name the tagger took for a common noun (« depuis Baïkonour »; not a people
        # named in the plural, « aux Rivemontois »)
        doc[j].pos_ == "PROPN" or (
            doc[j].ent_type_ and not doc[j].is_sent_start
            and _low(doc[i - 1]) not in ("aux", "les", "des")
        )
    ):
        j += 1
        k = j
        while k < sent.end and k - j < 2 and _low(doc[k]) in _NAME_PARTICLES:
            k += 1  # "the Arc de Triomphe"
        if k > j and k < sent.end and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            j = k
    return i, j


def _mistagged_place(doc: Any, sent: Any, tok: Any, i: int, j: int, tagged: set[str],
                     words: dict[str, Any]) -> Kind | None:
    """The kind of a known town or country the tagger took for a club or a person ("in
    Marseille" as ORG, "in Lyon" as PERSON), when the entity is just that name; None if
    it is no place."""
    whole = _whole_entity(doc, sent, tok, i, j)
    known = _known_area(doc[i:j].text, words)
    article = i > tok.i + 1 and doc[i - 1].is_lower and _low(doc[i - 1]) in (
        "the", "le", "la", "les", "l'"
    )
    if known is None and whole and tagged <= {"PER", "PERSON"} and article:
        # "in the Alentejo", "at the Hofburg": no person takes an article
        known = _article_kind(doc, tok, i)
    # the verb the phrase hangs on (French hangs the preposition on the noun)
    gov = tok.head.head if tok.dep_ == "case" else tok.head
    # a town the tagger read as a date ("in Winnipeg"): no digit, no date word
    nameish = tagged - {"DATE"} if not _date_words(doc, i, j) else tagged
    if known is None and whole:
        known = _governed_kind(gov, tok, tagged, nameish, article, words)
    # "French Guiana" read as a nationality and a name: a known area as a whole
    if nameish - {"ORG", "PER", "PERSON", "NORP"} or not whole or known is None:
        return None
    return known


def _whole_entity(doc: Any, sent: Any, tok: Any, i: int, j: int) -> bool:
    """The tagger's entity is just the name from ``i`` to ``j``."""
    return not (
        # "the Arc de Triomphe" tagged with its article
        (doc[i].ent_iob_ == "I" and not (i - 1 == tok.i + 1 and doc[i - 1].is_lower))
        # « Baïkonour lundi » tagged as one name: a lower-case word dragged in
        or (j < sent.end and doc[j].ent_iob_ == "I" and not doc[j].is_lower)
    )


def _governed_kind(gov: Any, tok: Any, tagged: set[str], nameish: set[str], article: bool,
                   words: dict[str, Any]) -> Kind | None:
    """The kind the governing verb or noun gives an unknown name the tagger mistook."""
    if nameish <= {"PER", "PERSON"} and _event_governed(gov, tok, words):
        # "landed in X", "met in X": a town the tagger took for a name (the world's
        # countries are in the gazetteer)
        return "city"
    if article and _low(tok) in ("at", "inside") and (
        tagged <= {"ORG"} and gov.pos_ in ("VERB", "AUX")
        and fold(gov.lemma_) in _fset(words, "event_lemmas")
    ):
        # "the ceremony was held at the Arc de Triomphe": the tagger's organisation
        # behind "at the" with the event's verb is a site
        return "site"
    if _low(tok) == "in" and not article and (
        tagged <= {"ORG", "PER", "PERSON"} and _event_subject(gov, words)
    ):
        # "the strike began in X": a verb whose subject is the event; a town the
        # tagger took for a company or a person
        return "city"
    return None


def _event_governed(gov: Any, tok: Any, words: dict[str, Any]) -> bool:
    """The phrase hangs on the event's verb or noun, or on a site noun after "in"."""
    return bool(
        (gov.pos_ == "VERB" and (
            fold(gov.lemma_) in _fset(words, "event_lemmas")
            or fold(gov.lemma_) in _fset(words, "from_verbs")
        ))
        # "at a downtown hotel in X": a site's town
        or (gov.pos_ == "NOUN" and _low(tok) in ("in", "à", "a")
            and fold(gov.lemma_) in _fset(words, "site_nouns"))
        # "Monday's launch from X", "died in the fire near X": the event's own noun
        or (gov.pos_ == "NOUN" and (
            fold(gov.lemma_) in _fset(words, "from_verbs")
            or fold(gov.lemma_) in _fset(words, "disaster_words")
            or fold(gov.lemma_) in _fmap(words, "event_subjects")
        ))
    )


# lower-case parts of a French compound place name (« Saint-Martin-des-Landes »,
# "Sainte-Marie-aux-Mines"), and its usual first words
_TOWN_PARTS = frozenset({"de", "des", "du", "la", "le", "les", "sur", "sous", "en", "aux", "au",
                         "lez", "l'", "d'"})


def _compound_towns(doc: Any, sent: Any) -> Iterator[tuple[int, int]]:
    """Hyphenated place names nobody lists, one token or several written without spaces
    (« Saint-Julien-les-Martigues », "Sainte-Marie-aux-Mines"): a town, whatever the tagger
    took it for (a person, a company, a facility)."""
    tokens = doc_tokens(doc)
    i = sent.start
    while i < sent.end:
        first = tokens[i].text
        if not first[:1].isupper() or (
            "-" not in first and not (i + 1 < sent.end and tokens[i + 1].text == "-")
        ):
            i += 1  # no capitalised hyphenated word starts here: the common case, cheap
            continue
        e = i + 1
        while e + 1 < sent.end and tokens[e].text == "-" and not tokens[e - 1].whitespace_ and not (
            tokens[e].whitespace_
        ):
            e += 2
        text = doc[i:e].text
        parts = [fold(p) for p in text.replace("'", "' ").replace("-", " ").split()]
        saint = bool(parts) and parts[0] in ("saint", "sainte", "st", "ste") and not (
            # « la Sainte-Chapelle », "the Saint-Sulpice church": a site's name
            i > sent.start and tokens[i - 1].is_lower and _low(tokens[i - 1]) in (
                "the", "la", "le", "l'", "les"
            )
        )
        if tokens[i].text[:1].isupper() and len(parts) >= 2 and "-" in text and (
            saint or any(p in _TOWN_PARTS for p in parts[1:-1])
        ) and all(p[:1].isalpha() for p in parts):
            yield i, e
        i = e


_DATE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "christmas", "easter", "noel",
    "paques", "ramadan", "today", "tonight", "yesterday", "tomorrow",
})


def _date_words(doc: Any, i: int, j: int) -> bool:
    """A date word or a figure among ``doc[i:j]``."""
    return any(
        fold(doc[k].text) in _DATE_WORDS or any(c.isdigit() for c in doc[k].text)
        for k in range(i, j)
    )


def _article_town(doc: Any, start: int, end: int) -> bool:
    """"near Le Luc", "residents of La Garde-Freinet": a French town named with its
    article (no site noun in it), whatever the tagger says."""
    return end - start > 1 and doc[start].text in ("Le", "La", "Les", "L'") and not any(
        doc[k].text[:1].isupper() and fold(doc[k].text) in _SITE_WORDS_ANY
        for k in range(start + 1, end)
    )


# site nouns of both languages' lists that can stand in a French name (« La Tour X »)
_SITE_WORDS_ANY = frozenset({"tour", "maison", "porte", "place", "gare", "halle", "cite",
                             "villa"})


def _with_owners(doc: Any, sent: Any, places: list[Place], words: dict[str, Any]) -> list[Place]:
    """"the Élysée's Salle des Fêtes", "Paris's Stade de France": the possessor of a site
    is the place that holds it (and a place of the event too)."""
    added: list[Place] = []
    for p in places:
        k = p.start - 1
        if not p.site or k - 1 < sent.start or doc[k].text not in ("'s", "\u2019s"):
            continue
        s = k
        while s - 1 >= sent.start and doc[s - 1].text[:1].isupper() and doc[s - 1].pos_ == "PROPN":
            s -= 1
        if s == k:
            continue
        known = _known_area(doc[s:k].text, words) or _gazetteer_kind(doc[s:k].text)
        if doc[s:k].root.ent_type_ in ("PERSON", "PER", "NORP") and known is None:
            continue  # "the president's residence": a person's
        same = [q for q in places if q.start == s and q.end == k]
        if same:  # the tagger's place: it holds the site
            same[0].owner, same[0].kind = True, known or "site"
            same[0].site = same[0].kind == "site"
        elif not any(s < q.end and q.start < k for q in places):
            added.append(Place(s, k, site=known in (None, "site"), kind=known or "site",
                               owner=True))
    return sorted([*places, *added], key=lambda q: q.start)


def _known_runs(doc: Any, sent: Any, words: dict[str, Any], taken: list[Place]) -> list[Place]:
    """A run of capitalised words that names a known area the tagger split or took for
    something else ("Kourou, French Guiana": a nationality and a person)."""
    tokens = doc_tokens(doc)
    out: list[Place] = []
    nouns = _fset(words, "disaster_words") | frozenset(_fmap(words, "event_subjects")) | (
        _fset(words, "event_lemmas")
    )
    i = sent.start
    while i < sent.end:
        j = i
        while j < sent.end and tokens[j].pos_ == "PROPN" and tokens[j].text[:1].isupper():
            j += 1
        if j > i and not any(i < p.end and p.start < j for p in taken):
            name = doc[i:j].text
            known = _known_area(name, words)
            article = i > sent.start and tokens[i - 1].is_lower and _low(tokens[i - 1]) in (
                "the", "l'", "le", "la"
            )
            root = doc[i:j].root
            if known is not None and (j - i >= 2 or (
                # "the Var fire", "the Kourou launch": a place naming the event's noun
                root.dep_ == "compound" and root.head.pos_ == "NOUN"
                and fold(root.head.lemma_) in nouns
            )):
                out.append(Place(i, j, site=False, kind=known))
            elif (article or (
                i > sent.start and _low(tokens[i - 1]) in ("des", "du", "aux", "au")
            )) and _gazetteer_kind(name) == "site":
                # "on the steps of the Élysée", « la cour d'honneur des Invalides »
                out.append(Place(i, j, site=True))
        i = max(j, i + 1)
    return out


def _article_kind(doc: Any, prep: Any, start: int) -> Kind:
    """The kind of an unknown name after a preposition and an article: a site after "at"
    or « à la » ("at the Hofburg", « à la Chancellerie »), an area after "in", "across"
    ("in the Alentejo", "across the Luberon": a town takes no article)."""
    if _low(prep) in ("at", "inside", "à", "a") and _low(doc[start - 1]) != "les":
        return "site"
    return "region"


def _candidates(article: Article, sent: Any, words: dict[str, Any]) -> list[Place]:
    doc = article.doc
    labels = set(words.get("entity_labels", []))
    spans = _phrase_spans(doc, sent, words)
    _add_entities(doc, sent, labels, spans)
    spans.extend(_known_runs(doc, sent, words, spans))
    spans.extend(_after_preposition(doc, sent, words, spans))
    spans = _places_only(doc, spans, words)
    spans.sort(key=lambda p: p.start)
    # drop spans nested in a previous one
    out: list[Place] = []
    for p in spans:
        if out and p.start < out[-1].end:
            out[-1].end = max(out[-1].end, p.end)
            continue
        out.append(p)
    out = _with_owners(doc, sent, out, words)
    _trim_dragged(doc, out, words)
    _name_places(doc, out, words)
    return [p for p in out if p.name]


def _phrase_spans(doc: Any, sent: Any, words: dict[str, Any]) -> list[Place]:
    """Site phrases, administrative phrases and compound towns of the sentence."""
    spans: list[Place] = []
    for a, b in _site_spans(doc, sent, words):
        spans.append(Place(a, b, site=True))
    for a, b in _unnamed_site_spans(doc, sent, words):
        inside = [p for p in spans if a < p.end and p.start < b]
        if not inside:
            spans.append(Place(a, b, site=True))
        elif all(a <= p.start and p.end <= b for p in inside):
            # « la salle des fêtes de l'Élysée »: the whole phrase, not its last site noun
            spans = [p for p in spans if p not in inside] + [Place(a, b, site=True)]
    for a, b, kind in _admin_spans(doc, sent, words):
        if not any(a < p.end and p.start < b for p in spans):
            spans.append(Place(a, b, site=False, kind=kind, admin=True))
    for a, b in _compound_towns(doc, sent):
        if not any(a < p.end and p.start < b for p in spans) and _known_area(
            doc[a:b].text, words
        ) in (None, "city"):
            spans.append(Place(a, b, site=False, kind="city"))
    return spans


def _add_entities(doc: Any, sent: Any, labels: set[str], spans: list[Place]) -> None:
    """The tagger's place entities: merged into the site phrase that holds them, or
    added."""
    for ent in ents_in(sent):
        if ent.label_ not in labels:
            continue
        a, b = ent.start, ent.end
        if _low(doc[a]) in ("the", "le", "la", "l'", "les") and (
            doc[a].is_lower or doc[a].is_sent_start
        ):
            a += 1  # not the article of a name: "Le Havre", "The Hague"
        if a >= b:
            continue
        merged = False
        for p in spans:
            if a < p.end and p.start < b:  # overlap: the site phrase holds the entity
                p.start, p.end = min(p.start, a), max(p.end, b)
                merged = True
        if not merged:
            spans.append(Place(a, b, site=ent.label_ == "FAC" and not _article_town(doc, a, b)))


def _places_only(doc: Any, spans: list[Place], words: dict[str, Any]) -> list[Place]:
    """Without the names of events, people, organisations and dates, and ranges."""
    event_names = _fset(words, "event_name_words")
    spans = [
        p for p in spans
        if not any(
            doc[i].text[:1].isupper() and fold(doc[i].text) in event_names
            for i in range(p.start, p.end)
        )
    ]
    spans = [p for p in spans if not any(
        doc[i].ent_type_ in ("PER", "PERSON", "ORG", "DATE", "TIME") for i in range(p.start, p.end)
        if not (p.site or p.kind != "other")
    )]
    ranges = _fset(words, "ranges")
    return [
        p for p in spans if not any(fold(doc[i].text) in ranges for i in range(p.start, p.end))
    ]


def _trim_dragged(doc: Any, out: list[Place], words: dict[str, Any]) -> None:
    """A name does not end on a lower-case word the tagger's entity dragged in
    (« l'usine de Tremonde lundi »)."""
    site_nouns = _fset(words, "site_nouns")
    keep = site_nouns | _fset(words, "admin_nouns") | _fset(words, "site_lowercase")
    for p in out:
        while p.end - 1 > p.start + 1 and doc[p.end - 1].is_lower and any(
            doc[m].text[:1].isupper() for m in range(p.start + 1, p.end - 1)
        ) and fold(doc[p.end - 1].text) not in keep:
            p.end -= 1


def _name_places(doc: Any, out: list[Place], words: dict[str, Any]) -> None:
    """Each place's name, and whether it is a site with a name of its own."""
    site_nouns = _fset(words, "site_nouns")
    french = "à" in words.get("prepositions", [])
    for p in out:
        toks = [t for t in doc[p.start : p.end] if not (t.is_punct and t.text != "-")]
        p.name = doc[p.start : p.end].text.strip(" ,.;:") if toks else ""
        p.named_site = p.site and (
            # English: a capitalised site noun in a name of its own ("Valcourt Palace", not
            # "Harwick's Derby plant": an organisation's plant, not named as a venue)
            (len(toks) > 1 and any(
                t.text[:1].isupper() for t in toks if fold(t.text) in site_nouns
            ))
            or (french and any(t.text[:1].isupper() for t in toks[1:]))
            or any(fold(t.text) in _fset(words, "org_nouns") for t in toks)
            # "the Jupiter control room": a name, then its lower-case site noun
            or (not french and len(toks) > 1 and toks[0].pos_ == "PROPN"
                and toks[0].text[:1].isupper() and toks[-1].is_lower
                and fold(toks[-1].text) in site_nouns
                and not any(t.text in ("'s", "’s") for t in toks))
        )


def _terrain_preposition(doc: Any, sent: Any, k: int, words: dict[str, Any]) -> int | None:
    """« sur les hauteurs de X », "in the hills of X": the locative preposition before a
    landform noun at ``k`` whose « de » / "of" complement is the place."""
    if k < sent.start or fold(doc[k].text) not in _fset(words, "terrain_nouns"):
        return None
    m = k - 1
    dets = set(words.get("determiners", []))
    while m >= sent.start and (_low(doc[m]) in dets or doc[m].pos_ in ("DET", "ADJ")):
        m -= 1
    if m >= sent.start and _low(doc[m]) in words.get("prepositions", []):
        return m
    return None
