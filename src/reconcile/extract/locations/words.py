"""Location words and shapes: the rules, folding, the lexicon of ``locations.yaml``, a
place and a chain of places, what the gazetteer says a place is."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from reconcile.extract.registry import rule
from reconcile.lang.folding import fold as lang_fold

SLOT = "event.location"


SUBJECT = "venue"


# Why a place is taken for the event's: each location claim records one of these.
IN_LEAD = rule("location.in_lead", "the title and the lead's first sentence tell the event "
               "itself; a place there (not of another event, not a person's whereabouts, not "
               "where someone was carried to) is its")


NAMED_SITE = rule("location.named_site", "a named site (a stadium, an airport, a palace) in a "
                  "sentence about the event is where it happened, whatever the verb")


EVENT_VERB = rule("location.event_verb", "in the body, a place counts only when it hangs on the "
                  "event's own verb or noun (met, talks, held talks); other verbs place other "
                  "things, and so does a participle on a noun that is not the event ('a firm "
                  "based in X')")


AFFECTED = rule("location.affected", "in a disaster story every place the sentence about the "
                "disaster names is one it struck, whatever the verb, but for where a verb of "
                "carrying took someone ('flown to hospital in X')")


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
    return " ".join(lang_fold(text, keep_case=True).split())  # lowered, not case folded


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


def _up(tok: Any, steps: int) -> Iterator[Any]:
    """``tok`` and its heads, ``steps`` tokens at most, stopping at the root."""
    for _ in range(steps):
        yield tok
        if tok.head.i == tok.i:
            return
        tok = tok.head
