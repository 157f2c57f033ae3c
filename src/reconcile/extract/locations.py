"""``event.location``: where the event took place, with kind and containment.

A venue is a place (a GPE/LOC/FAC entity, or a site noun phrase such as
« la base militaire X », "X Stadium", « l'aéroport de X ») governed by a
locative preposition (à, en, au, dans, sur, près de, in, at, inside, near) in a
sentence about the event. Places chained after it — « à X, en Y », "X, Alaska",
"X Stadium in London", "in X near Y" — are recorded as containing it
(``within``, most specific first). Places with no locative preposition (an
organisation's name, « entre Moscou et Washington », "Washington said"), after
an origin preposition (« venu de Moscou », "from Moscow"), or next to words that
point at another event (a previous or next summit) are not venues.

One claim per place: a place named twice gives the mention with the longest
chain (the first one on a tie).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from reconcile.extract.attribution import claimant_of
from reconcile.extract.context import Article
from reconcile.extract.registry import extractor, rule
from reconcile.models import Claim, LocationValue

SLOT = "event.location"
SUBJECT = "venue"

# Why a place is taken for the event's: each location claim records one of these.
IN_LEAD = rule("location.in_lead", "the title and the lead's first sentence tell the event "
               "itself; a place there (not of another event, not a person's whereabouts) is its")
NAMED_SITE = rule("location.named_site", "a named site (a stadium, an airport, a palace) in a "
                  "sentence about the event is where it happened, whatever the verb")
EVENT_VERB = rule("location.event_verb", "in the body, a place counts only when it hangs on the "
                  "event's own verb or noun (met, talks, held talks); other verbs place other "
                  "things")
AFFECTED = rule("location.affected", "in a disaster story every place the sentence about the "
                "disaster names is one it struck, whatever the verb")
EPICENTRE = "epicentre"  # the subject of a disaster's places
_WINDOW = 6  # tokens before a place searched for another-event words
_STRIKE_WINDOW = 4  # tokens before « le sud de X » searched for a strike verb
_AFTER_WINDOW = 4  # tokens after a place searched for another-event words ("next year")
_KIND_RANK = {"site": 0, "city": 1, "region": 2, "country": 3, "other": 1}


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, ASCII apostrophes, no accents, single spaces (cached: token texts
    and lemmas repeat)."""
    text = text.replace("\u2019", "'").replace("\u02bc", "'").lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


def _low(token: Any) -> str:
    return str(token.text).replace("\u2019", "'").lower()


Kind = Literal["site", "city", "region", "country", "other"]


# folded word sets per lexicon section: (id of the section, key) -> (section, words);
# the section is kept so that its id stays its own
_FOLDED: dict[tuple[int, str], tuple[dict[str, Any], frozenset[str]]] = {}


def _fmap(words: dict[str, Any], key: str) -> dict[str, str]:
    """A mapping of ``locations.yaml`` with folded keys, built once per language."""
    found = _FOLDED_MAPS.get((id(words), key))
    if found is None or found[0] is not words:
        found = (words, {fold(str(k)): str(v) for k, v in (words.get(key) or {}).items()})
        _FOLDED_MAPS[(id(words), key)] = found
    return found[1]


_FOLDED_MAPS: dict[tuple[int, str], tuple[dict[str, Any], dict[str, str]]] = {}


def _fset(words: dict[str, Any], key: str) -> frozenset[str]:
    """A word list (or mapping keys) of ``locations.yaml``, folded once per language."""
    found = _FOLDED.get((id(words), key))
    if found is None or found[0] is not words:
        found = (words, frozenset(fold(str(w)) for w in (words.get(key) or [])))
        _FOLDED[(id(words), key)] = found
    return found[1]


@dataclass
class Place:
    start: int  # token indexes, end exclusive
    end: int
    site: bool
    name: str = ""
    kind: Kind = "other"
    prep_start: int | None = None  # token index of the governing preposition
    prep: str = ""
    named_site: bool = False  # a site noun with a name of its own, or an organisation's site
    admin: bool = False  # « le village de X », "X province": the phrase says it is a place
    link_end: int = -1  # end of an apposition that renames it ("X, the company's headquarters")
    owner: bool = False  # "the Élysée's Salle des Fêtes": the possessor holding the next place


@dataclass
class Chain:
    places: list[Place] = field(default_factory=list)

    @property
    def head(self) -> Place:
        return self.places[0]


_PHRASES: dict[tuple[int, str], tuple[dict[str, Any], dict[str, list[tuple[str, ...]]]]] = {}


def _phrases(words: dict[str, Any], key: str) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word phrases of ``locations.yaml``, folded and indexed by their first word
    (longest first), built once per language."""
    found = _PHRASES.get((id(words), key))
    if found is None or found[0] is not words:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in words.get(key) or []:
            toks = tuple(fold(str(phrase)).replace("'", "' ").split())
            if toks and toks[0] == "the":
                toks = toks[1:]
            if toks:
                index.setdefault(toks[0], []).append(toks)
        for lst in index.values():
            lst.sort(key=len, reverse=True)
        found = (words, index)
        _PHRASES[(id(words), key)] = found
    return found[1]


def _unnamed_site_spans(doc: Any, sent: Any, words: dict[str, Any]) -> Iterator[tuple[int, int]]:
    """« l'hôtel de ville », « la salle des fêtes de X », "the town hall": a site phrase
    that needs no proper name; « de X » / "of X" after it is its name."""
    index = _phrases(words, "unnamed_sites")
    if not index:
        return
    i = sent.start
    while i < sent.end:
        options = index.get(fold(doc[i].text))
        hit = 0
        for toks in options or ():
            n = len(toks)
            if i + n <= sent.end and all(
                fold(doc[i + m].text) == toks[m] for m in range(n)
            ):
                hit = n
                break
        if not hit:
            i += 1
            continue
        end = i + hit
        k = end
        if k < sent.end and doc[k].text[:1].isupper() and not doc[k].is_sent_start and (
            doc[k].ent_type_ not in ("PER", "PERSON", "DATE")
        ):
            end = _run_end(doc, sent, k)  # « l'ensemble de lancement Vega »
            yield i, end
            i = end
            continue
        if k < sent.end and _low(doc[k]) in ("de", "d'", "du", "of"):
            k += 1
            if k < sent.end and _low(doc[k]) in ("la", "l'", "le", "the"):
                k += 1
            e = _run_end(doc, sent, k)
            if e > k:
                end = e
        yield i, end
        i = end


def _site_spans(doc: Any, sent: Any, words: dict[str, Any]) -> Iterator[tuple[int, int]]:
    nouns = _fset(words, "site_nouns")
    lower_ok = _fset(words, "site_lowercase")
    if words is None or not nouns:
        return
    french_order = "à" in words.get("prepositions", [])
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        low = fold(tok.text)
        if french_order and low in nouns and tok.pos_ in ("NOUN", "PROPN") and not (
            tok.is_lower and low in _fset(words, "directions") and i + 2 < sent.end
            and _low(doc[i + 1]) in ("de", "d'", "du")
            # « le centre d'Alès », « le centre de la ville »; not « le centre de contrôle »
            and (doc[i + 2].text[:1].isupper() or doc[i + 2].pos_ == "DET"
                 or _low(doc[i + 1]) == "du")
        ):
            # « base militaire Elmendorf-Richardson », « stade de France », « aéroport d'X »
            # (« le centre d'Alès » is the town's centre: a direction of Alès)
            j = i + 1
            while j < sent.end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
                j += 1
            end = j
            k = j
            if k < sent.end and _low(doc[k]) in ("de", "d'", "du", "des"):
                k += 1
                if k < sent.end and _low(doc[k]) in ("la", "l'", "le", "les"):
                    k += 1
                elif k + 1 < sent.end and doc[k].is_lower and doc[k].pos_ == "NOUN" and (
                    doc[k + 1].text[:1].isupper() and not doc[k + 1].is_sent_start
                    and _low(doc[k - 1]) in ("de", "d'") and fold(doc[k].text) not in nouns
                ):
                    # « le centre de contrôle Jupiter », « la salle de presse Mercure » (not
                    # « une salle du stade Vélodrome »: a room of a site)
                    k += 1
            while k < sent.end and (
                doc[k].text[:1].isupper() or (doc[k].text == "-" and k > j)
            ) and not doc[k].is_sent_start:
                k += 1
                end = k
            if any(doc[m].text[:1].isupper() for m in range(i, end)):
                yield i, end
                i = end
                continue
            # « au siège du groupe »: an organisation's site, named by the organisation
            k = j
            if k < sent.end and _low(doc[k]) in ("de", "d'", "du"):
                k += 1
                if k < sent.end and _low(doc[k]) in ("la", "l'", "le"):
                    k += 1
                if k < sent.end and fold(doc[k].text) in _fset(words, "org_nouns"):
                    yield i, k + 1
                    i = k + 1
                    continue
        elif not french_order and tok.is_lower and low in nouns and (
            named := _named_before(doc, sent, i)
        ) is not None:
            # "the Elysée presidential palace", "the Jupiter control room": a name, then
            # lower-case words and the site noun
            yield named, i + 1
            i += 1
            continue
        elif not french_order and (
            (tok.text[:1].isupper() and low in nouns) or (tok.is_lower and low in lower_ok)
        ):
            # a run of capitalised words (and hyphens) around the site noun
            s = i
            while s - 1 >= sent.start and (
                doc[s - 1].text[:1].isupper() or doc[s - 1].text == "-"
            ) and not doc[s - 1].is_sent_start and doc[s - 1].ent_type_ not in ("PERSON", "DATE"):
                s -= 1
            first = doc[s - 1] if s - 1 >= sent.start else None
            if first is not None and first.is_sent_start and first.pos_ == "PROPN":
                s -= 1
            e = _name_end(doc, sent, i + 1)
            # "Joint Base X" / "X Stadium": a name needs a capitalised word other than the noun
            # (or the noun alone is a site the gazetteer knows: "the Kremlin")
            if e - s > 1 or tok.is_lower or _gazetteer_kind(tok.text) == "site":
                if tok.is_lower:
                    # "the company's headquarters": no name of its own
                    s = i
                    while s - 1 >= sent.start and doc[s - 1].dep_ in ("compound", "poss", "case"):
                        s -= 1
                    if s < i or e > i + 1:
                        yield s, e
                else:
                    yield s, e
                i = e
                continue
        i += 1


# lower-case words inside a foreign or an English site name: « Hôtel des Invalides »,
# "Arc de Triomphe", "Hall of Mirrors", "Tomb of the Unknown Soldier"
_NAME_PARTICLES = frozenset({"de", "des", "du", "d'", "la", "le", "l'", "of", "the", "di", "del",
                             "della", "von", "van"})


def _elided_name(tok: Any) -> bool:
    """« d'Honneur », « l'Élysée » written as one token: a name after an elided particle."""
    text = str(tok.text).replace("\u2019", "'")
    return len(text) > 2 and text[:2].lower() in ("d'", "l'") and text[2:3].isupper()


def _joined_dash(doc: Any, i: int) -> bool:
    """``doc[i]`` is a hyphen written inside a word (« Saint-Étienne-du-Grès »)."""
    return bool(
        doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        and i + 1 < len(doc) and doc[i + 1].text[:1].isalpha()
    )


def _run_end(doc: Any, sent: Any, k: int) -> int:
    """The end of a run of capitalised words from ``k``, through the parts of a hyphenated
    name whatever their case (« Saint-Étienne-du-Grès », "Sainte-Marie-aux-Mines")."""
    e = k
    while e < sent.end:
        if doc[e].text[:1].isupper() or _elided_name(doc[e]):
            e += 1
        elif e > k and e + 1 < sent.end and _joined_dash(doc, e):
            e += 2
        else:
            break
    return e


def _name_end(doc: Any, sent: Any, e: int) -> int:
    """The end of a run of capitalised words (and hyphens) from ``e``, through particles
    followed by a capitalised word."""
    while e < sent.end:
        if doc[e].text[:1].isupper() or doc[e].text == "-" or _elided_name(doc[e]):
            e += 1
            continue
        k = e
        while k < sent.end and k - e < 2 and _low(doc[k]) in _NAME_PARTICLES:
            k += 1
        if k > e and k < sent.end and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
            e = k
            continue
        break
    return e


def _named_before(doc: Any, sent: Any, i: int) -> int | None:
    """The start of the name before a lower-case site noun at ``i``: a capitalised run after
    "the" or a preposition, then at most two lower-case modifiers ("the Elysée presidential
    palace", "the Zhongnanhai compound", "the Jupiter control room"); None without one."""
    k = i - 1
    while k >= sent.start and i - k <= 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k -= 1
    e = k + 1
    while k >= sent.start and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and not (
        doc[k].is_sent_start
    ) and doc[k].ent_type_ not in ("DATE", "ORG", "NORP"):
        k -= 1
    if k + 1 == e or k < sent.start or _low(doc[k]) not in ("the", "at", "in", "inside"):
        return None
    if _gazetteer_kind(doc[k + 1 : e].text) in ("city", "region", "country"):
        return None  # "the Rennes criminal court": a site of a town the text names
    return k + 1


def _admin_spans(doc: Any, sent: Any, words: dict[str, Any]) -> Iterator[tuple[int, int, Kind]]:
    """« la ville de X », "the town of X", "X province": (start, end, kind)."""
    nouns = cast(dict[str, Kind], _fmap(words, "admin_nouns"))
    for i in range(sent.start, sent.end):
        kind = nouns.get(fold(doc[i].text))
        if kind is None:
            continue
        s = i
        while s - 1 >= sent.start:
            t = doc[s - 1]
            if t.text[:1].isupper() and not t.is_sent_start and (
                # not "a remote Andean province"; "the Aude valley" read as an adjective is
                # a name
                t.pos_ == "PROPN" or t.ent_type_ not in ("", "NORP")
            ):
                s -= 1
            elif s < i and _joined_dash(doc, s - 1) and s - 2 >= sent.start:
                s -= 2  # "the Bouches-du-Rhône department"
            else:
                break
        if s < i:
            yield s, i + 1, kind  # "the Piedmont region of Italy": Italy is its container
            continue
        k = i + 1
        if k < sent.end and _low(doc[k]) in ("de", "d'", "du", "des", "of"):
            k += 1  # « le hameau des Combes »
            if k < sent.end and _low(doc[k]) in ("la", "l'", "le", "the"):
                k += 1
            e = _run_end(doc, sent, k)
            if e > k:
                yield i, e, kind


def _after_preposition(
    doc: Any, sent: Any, words: dict[str, Any], taken: list[Place]
) -> list[Place]:
    """A run of proper nouns right after a locative preposition that the tagger did
    not mark as a place (« Sommet en Alaska » tagged as one MISC entity)."""
    preps = set(words.get("prepositions", []))
    dets = set(words.get("determiners", []))
    residents = _fset(words, "resident_nouns")
    out: list[Place] = []
    for tok in sent:
        if tok.dep_ == "conj" and tok.pos_ == "PROPN" and tok.text[:1].isupper() and any(
            p.start <= tok.head.i < p.end for p in (*taken, *out)
        ) and not any(p.start <= tok.i < p.end for p in (*taken, *out)):
            # "in Lyon and Marseille": a conjunct of a place is a place, whatever the tagger
            # took it for (its preposition is the first conjunct's, see _chains)
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
                out.append(Place(tok.i, j, site=False, kind=known or "city"))
            continue
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
                continue
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
            continue
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
        if j == i or any(i < p.end and p.start < j for p in taken):
            continue
        if j < sent.end and doc[j].text in ("'s", "’s"):
            continue
        tagged = {doc[k].ent_type_ for k in range(i, j)}
        if of_residents and not tagged & {"ORG", "DATE", "NORP"}:
            # a town name the tagger read as a surname is still a town
            known = _known_area(doc[i:j].text, words)
            kind: Kind = known or ("city" if tagged & {"PER", "PERSON"} else "other")
            out.append(Place(i, j, site=False, kind=kind))
            continue
        if tagged & {"PER", "PERSON", "ORG", "DATE", "NORP"}:
            # a known town or country the tagger took for a club or a person ("in Marseille"
            # as ORG, "in Lyon" as PERSON), when the entity is just that name
            whole = not (
                # "the Arc de Triomphe" tagged with its article
                (doc[i].ent_iob_ == "I" and not (i - 1 == tok.i + 1 and doc[i - 1].is_lower))
                # « Baïkonour lundi » tagged as one name: a lower-case word dragged in
                or (j < sent.end and doc[j].ent_iob_ == "I" and not doc[j].is_lower)
            )
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
            if known is None and whole and nameish <= {"PER", "PERSON"} and (
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
            ):
                # "landed in X", "met in X": a town the tagger took for a name (the world's
                # countries are in the gazetteer)
                known = "city"
            if known is None and whole and article and _low(tok) in ("at", "inside") and (
                tagged <= {"ORG"} and gov.pos_ in ("VERB", "AUX")
                and fold(gov.lemma_) in _fset(words, "event_lemmas")
            ):
                # "the ceremony was held at the Arc de Triomphe": the tagger's organisation
                # behind "at the" with the event's verb is a site
                known = "site"
            if known is None and whole and _low(tok) == "in" and not article and (
                tagged <= {"ORG", "PER", "PERSON"} and _event_subject(gov, words)
            ):
                # "the strike began in X": a verb whose subject is the event; a town the
                # tagger took for a company or a person
                known = "city"
            # "French Guiana" read as a nationality and a name: a known area as a whole
            if nameish - {"ORG", "PER", "PERSON", "NORP"} or not whole or known is None:
                continue
            out.append(Place(i, j, site=False, kind=known))
            continue
        out.append(Place(i, j, site=False))
    return out


# lower-case parts of a French compound place name (« Saint-Martin-des-Landes »,
# "Sainte-Marie-aux-Mines"), and its usual first words
_TOWN_PARTS = frozenset({"de", "des", "du", "la", "le", "les", "sur", "sous", "en", "aux", "au",
                         "lez", "l'", "d'"})


def _compound_towns(doc: Any, sent: Any) -> Iterator[tuple[int, int]]:
    """Hyphenated place names nobody lists, one token or several written without spaces
    (« Saint-Julien-les-Martigues », "Sainte-Marie-aux-Mines"): a town, whatever the tagger
    took it for (a person, a company, a facility)."""
    i = sent.start
    while i < sent.end:
        first = doc[i].text
        if not first[:1].isupper() or (
            "-" not in first and not (i + 1 < sent.end and doc[i + 1].text == "-")
        ):
            i += 1  # no capitalised hyphenated word starts here: the common case, cheap
            continue
        e = i + 1
        while e + 1 < sent.end and doc[e].text == "-" and not doc[e - 1].whitespace_ and not (
            doc[e].whitespace_
        ):
            e += 2
        text = doc[i:e].text
        parts = [fold(p) for p in text.replace("'", "' ").replace("-", " ").split()]
        saint = bool(parts) and parts[0] in ("saint", "sainte", "st", "ste") and not (
            # « la Sainte-Chapelle », "the Saint-Sulpice church": a site's name
            i > sent.start and doc[i - 1].is_lower and _low(doc[i - 1]) in (
                "the", "la", "le", "l'", "les"
            )
        )
        if doc[i].text[:1].isupper() and len(parts) >= 2 and "-" in text and (
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
    out: list[Place] = []
    nouns = _fset(words, "disaster_words") | frozenset(_fmap(words, "event_subjects")) | (
        _fset(words, "event_lemmas")
    )
    i = sent.start
    while i < sent.end:
        j = i
        while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        if j > i and not any(i < p.end and p.start < j for p in taken):
            name = doc[i:j].text
            known = _known_area(name, words)
            article = i > sent.start and doc[i - 1].is_lower and _low(doc[i - 1]) in (
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
                i > sent.start and _low(doc[i - 1]) in ("des", "du", "aux", "au")
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


def _event_subject(verb: Any, words: dict[str, Any], strict: bool = False) -> bool:
    """The verb's subject is an event word ("the strike began", « le feu est parti »);
    ``strict``: a disaster or a launch only (« le feu est parti de X », not "the mission
    is run from X")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    events = (
        _fset(words, "disaster_words") | frozenset(_fmap(words, "event_subjects"))
        | frozenset(fold(str(w)) for ws in (words.get("subject_words") or {}).values()
                    for w in ws)
    )
    if not strict:
        events |= _fset(words, "event_lemmas")
    return any(
        c.dep_.startswith("nsubj") and (fold(c.lemma_) in events or fold(c.text) in events)
        for c in verb.children
    )


def _candidates(article: Article, sent: Any, words: dict[str, Any]) -> list[Place]:
    doc = article.doc
    labels = set(words.get("entity_labels", []))
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
    for ent in sent.ents:
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
    spans.extend(_known_runs(doc, sent, words, spans))
    spans.extend(_after_preposition(doc, sent, words, spans))
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
    spans = [
        p for p in spans if not any(fold(doc[i].text) in ranges for i in range(p.start, p.end))
    ]
    spans.sort(key=lambda p: p.start)
    # drop spans nested in a previous one
    out: list[Place] = []
    for p in spans:
        if out and p.start < out[-1].end:
            out[-1].end = max(out[-1].end, p.end)
            continue
        out.append(p)
    out = _with_owners(doc, sent, out, words)
    site_nouns = _fset(words, "site_nouns")
    french = "à" in words.get("prepositions", [])
    keep = site_nouns | _fset(words, "admin_nouns") | _fset(words, "site_lowercase")
    for p in out:
        # a name does not end on a lower-case word the tagger's entity dragged in
        # (« l'usine de Tremonde lundi »)
        while p.end - 1 > p.start + 1 and doc[p.end - 1].is_lower and any(
            doc[m].text[:1].isupper() for m in range(p.start + 1, p.end - 1)
        ) and fold(doc[p.end - 1].text) not in keep:
            p.end -= 1
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
    return [p for p in out if p.name]


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
        # « depuis la salle Jupiter », "from the Mercury Room": a room is where one was
        i = place.start - 1
        while i >= sent.start and (fold(doc[i].text) in dets or doc[i].pos_ == "DET"):
            i -= 1
        if i >= sent.start and fold(doc[i].text) in _fset(words, "from_prepositions"):
            place.prep, place.prep_start = _low(doc[i]), i
    root = doc[place.start : place.end].root
    if place.prep_start is not None:
        return
    if _from_event_verb(doc, sent, place, words) or _of_residents(doc, sent, place, words):
        return
    objects = _fset(words, "object_verbs")
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and not place.site and fold(
        root.head.lemma_
    ) in (_fset(words, "disaster_words") | frozenset(_fmap(words, "event_subjects"))):
        place.prep, place.prep_start = "", place.start  # "the Var fire": the fire's place
        return
    if root.dep_ in ("obj", "dobj") and fold(root.head.lemma_) in objects:
        place.prep, place.prep_start = "", place.start
        return
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
                place.prep, place.prep_start = "", direction
                return
            if doc[k].pos_ in ("ADP", "PUNCT") or doc[k].is_sent_start:
                break
    # a bare place subject of a host verb: « Genève a accueilli le sommet »
    if root.dep_.startswith("nsubj") and fold(root.head.lemma_) in _fset(words, "host_verbs"):
        place.prep, place.prep_start = "", place.start
        return
    # "X was the scene of the talks", « X a été le théâtre des négociations »
    hosts = _fset(words, "host_nouns")
    if root.dep_.startswith("nsubj") and (fold(root.head.lemma_) in hosts or any(
        c.dep_ in ("attr", "obj", "dobj", "xcomp", "acomp") and fold(c.lemma_) in hosts
        for c in root.head.children
    )):
        place.prep, place.prep_start = "", place.start
        return
    # "the ministers left the X", "emerged from the X building", « sont sortis de l'édifice »:
    # the site one left at the event's end (a town one left is an origin)
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


def _known_area(name: str, words: dict[str, Any]) -> Kind | None:
    """The kind of a town, region or country the word lists, the gazetteer or the ISO
    3166-2 subdivisions know."""
    kind = (
        _fmap(words, "kinds").get(fold(name)) or _gazetteer_kind(name)
        or _subdivision_kind(name)
    )
    return cast(Kind, kind) if kind in ("city", "region", "country") else None


@functools.lru_cache(maxsize=4096)
def _gazetteer_kind(name: str) -> Kind | None:
    from reconcile.lang.places import normalise_place

    ref = normalise_place(name)
    return ref.kind if ref.known else None


# ISO 3166-2 subdivision types that name a region (a state, a province, a French
# département, an overseas collectivity), not a town or a town's district
_REGION_TYPES = ("province", "region", "state", "department", "governorate", "prefecture",
                 "canton", "republic", "community", "land", "voivodship", "territory", "oblast",
                 "country", "collectivity", "dependency", "emirate", "island")
_TOWN_TYPES = ("city", "municipal", "town", "borough", "commune", "quarter", "district",
               "council", "parish", "county", "rayon")


@functools.lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """Folded names of the world's first-level regions and of departments (ISO 3166-2, from
    pycountry, with their French and English names): "Tasmania", « Tasmanie », "Var",
    « Guyane ». Subdivisions below the first level are mostly named after their main
    town (a Spanish or Italian province), so only departments are taken there."""
    try:
        import gettext

        import pycountry
    except ImportError:  # the kind then stays what the text says
        return frozenset()
    names: set[str] = set()
    translations = []
    for lang in ("fr", "en"):
        try:
            translations.append(
                gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
            )
        except OSError:
            continue
    for sub in pycountry.subdivisions:
        kind = str(sub.type).lower()
        if any(t in kind for t in _TOWN_TYPES) or not any(t in kind for t in _REGION_TYPES):
            continue
        if sub.parent_code is not None and "department" not in kind:
            continue
        raw = str(sub.name)
        for written in {raw, *(t.gettext(raw) for t in translations)}:
            if "," in written:
                continue  # « Flamande, Région »: an inverted name
            # "Catalunya [Cataluña]", « Guyane (française) »
            base = written.split("[")[0].split("(")[0].strip()
            extra = [written.split("[")[1].rstrip("] ")] if "[" in written else []
            if "(" in written:
                extra.append(written.replace("(", "").replace(")", ""))
            for form in (base, *extra):
                folded = fold(form)
                if len(folded) >= 3 and not set(folded.split()) <= _COMMON_WORDS:
                    names.add(folded)
    return frozenset(names)


# subdivisions named by a compass word alone ("Central", « Nord ») or by another common
# word or first name ("Bay", "Mary"): words, not names
_COMMON_WORDS = frozenset({"bay", "gulf", "pool", "wake", "mary", "saga", "mon", "lac", "lacs",
                      "chin", "para", "mono", "bono", "leon", "sul", "nan", "mie", "tak",
                      "central", "centre", "center", "north", "south", "east", "west", "nord",
                      "sud", "est", "ouest", "northern", "southern", "eastern", "western",
                      "capital", "coast", "littoral", "upper", "lower", "river", "lakes",
                      "islands", "mountains", "plateau", "north-east", "north-west",
                      "south-east", "south-west", "nord-est", "nord-ouest", "sud-est",
                      "sud-ouest", "centre-est", "centre-nord", "centre-sud", "centre-ouest"})


def _subdivision_kind(name: str) -> Kind | None:
    return "region" if fold(name) in _subdivisions() else None


def _other_event(
    doc: Any, sent: Any, place: Place, words: dict[str, Any], year: int | None = None
) -> bool:
    after = _fset(words, "other_event_after")
    for i in range(place.end, min(sent.end, place.end + _AFTER_WINDOW)):
        if doc[i].is_punct and doc[i].text not in ("'",):
            break
        if fold(doc[i].text) in after or fold(doc[i].lemma_) in after:
            return True  # "in Oslo next year", "in Prague for another meeting"
        if year is not None and _year(doc[i]) not in (None, year):
            return True  # "met in Reykjavik in 2019", « à Oslo en 2031 »: another year's
    lemmas = _fset(words, "other_event_lemmas")
    start = place.prep_start if place.prep_start is not None else place.start
    if _comparison(doc, sent, start, words) or _another_time(doc, place, words):
        return True
    nouns = _fset(words, "other_event_words")
    for i in range(max(sent.start, start - 2), start):
        if fold(doc[i].text) in nouns or fold(doc[i].lemma_) in nouns:
            return True  # « la guerre en Ukraine », "the war in Ukraine"
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
    return [c for c in chains if c.head.prep_start is not None]


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
    if not strict:
        return IN_LEAD
    if head.named_site:
        return NAMED_SITE
    return EVENT_VERB if story.gathering else AFFECTED


def _follow_up_starts(article: Article, sent: Any) -> list[int]:
    """Offsets where the sentence announces a follow-up meeting (labels' `next` words)."""
    from reconcile.extract.labels import next_spans  # labels imports this module

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


def _up(tok: Any, steps: int) -> Iterator[Any]:
    """``tok`` and its heads, ``steps`` tokens at most, stopping at the root."""
    for _ in range(steps):
        yield tok
        if tok.head.i == tok.i:
            return
        tok = tok.head


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
        if lemma in events and lemma not in light:
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


@extractor("locations")
def extract_locations(article: Article) -> Iterator[Claim]:
    """One claim per place: each place of a chain is claimed with the places after it
    as its containers (« au Stade X, à Saint-Denis » → the stadium within Saint-Denis,
    and Saint-Denis); a place named again keeps the mention with the longest chain."""
    doc = article.doc
    best: dict[str, tuple[list[Place], Any, str]] = {}
    order: list[str] = []

    def in_title(sent: Any) -> bool:
        return article.part_at(sent.start_char) == "title"

    for chain, sent, why in _venues(article):
        for i in range(len(chain.places)):
            sub = chain.places[i:]
            key = fold(sub[0].name)
            if key not in best:
                order.append(key)
                best[key] = (sub, sent, why)
                continue
            held, held_sent, _ = best[key]
            if len(sub) > len(held) or (
                len(sub) == len(held) and in_title(held_sent) and not in_title(sent)
            ):
                best[key] = (sub, sent, why)  # a longer chain; on a tie, the text over the title
    subject = _subject(article)
    for key in order:
        places, sent, why = best[key]
        head = places[0]
        start_tok = head.prep_start if head.prep_start is not None else head.start
        start = doc[start_tok].idx
        last = max(places, key=lambda p: p.end)  # a possessor container comes first
        end = doc[last.end - 1].idx + len(doc[last.end - 1].text)
        within = [p.name for p in places[1:]]
        text = head.name + (f" ({', '.join(within)})" if within else "") + f" [{head.kind}]"
        yield article.make_claim(
            SLOT,
            subject,
            LocationValue(name=head.name, kind=head.kind, within=within),
            text,
            start,
            end,
            claimant=claimant_of(article, sent, start, end),
        ).model_copy(update={"rule": why})
