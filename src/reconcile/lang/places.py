"""Places: which place a name names, and how two places relate.

The hand gazetteer (``knowledge/gazetteer.yaml``) gives each known place a key, a kind
(site ⊂ city ⊂ region ⊂ country) and its parent. Names are compared after
:func:`reconcile.lang.people.fold_name` (lowercase, no accents, the same
transliteration folds as for people: Vnoukovo / Vnukovo), with a leading
article or preposition dropped (« à Genève », "in Alaska").

When places are compared (:func:`relate_places`), a town the hand list lacks is read from
the world data (:mod:`reconcile.lang.world`: GeoNames towns with their country, exonyms
included), so « Anvers » is Antwerp and Moncton lies in Canada; its key is ``geo:<id>``.

A site name that is not listed word for word still finds its entry when its
*distinctive* words (what is left once generic words such as base, militaire,
joint, stade, airport are dropped) are a subset of the entry's, or the other
way round: "Wembley" and « le stade de Wembley » are both Wembley Stadium.
A bare city or country name is never read as a site this way.

:func:`relate_places` answers for two :class:`LocationValue` (``a`` then ``b``):

``same``      the same place (same key, or unknown names with the same distinctive words);
``contains``  ``a`` contains ``b`` (``a`` is in ``b``'s chain: the gazetteer parents
              of ``b`` plus the ``within`` names recorded from the text, and theirs);
``within``    ``b`` contains ``a``;
``disjoint``  different places of the same kind, or places whose chains name
              different places at some level (Paris ⊂ Île-de-France vs Alaska);
              two sites the gazetteer knows neither of are disjoint only
              through their chains (they may be one site in two languages), and so
              are two regions one of which it does not know (a département, a massif:
              regions nest and overlap);
``unknown``   anything else (an unknown place with no chain).

``relate_places(b, a)`` is always the inverse of ``relate_places(a, b)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from reconcile.lang.people import fold_name
from reconcile.models import LocationValue
from reconcile.safe_yaml import load_data

Relation = Literal["same", "contains", "within", "disjoint", "unknown"]
Kind = Literal["site", "city", "region", "country", "other"]
LEVELS: dict[str, int] = {"site": 0, "city": 1, "region": 2, "country": 3}
UNKNOWN_PREFIX = "?"
TOWN_PREFIX = "geo:"  # a town of the world data (reconcile.lang.world)
INVERSE: dict[str, Relation] = {
    "same": "same",
    "contains": "within",
    "within": "contains",
    "disjoint": "disjoint",
    "unknown": "unknown",
}


@dataclass(frozen=True)
class PlaceRef:
    key: str  # gazetteer key, or "?<folded name>" for a place the gazetteer does not know
    name: str  # display name (English name of the entry, else the name as given)
    kind: Kind
    within: list[str] = field(default_factory=list)  # parent keys, nearest first

    @property
    def known(self) -> bool:
        return not self.key.startswith(UNKNOWN_PREFIX)


@dataclass(frozen=True)
class _Entry:
    key: str
    kind: Kind
    parent: str | None
    display: str
    distinctive: frozenset[str]
    names: tuple[str, ...]  # as written in the hand list


@dataclass(frozen=True)
class _Gazetteer:
    entries: dict[str, _Entry]
    index: dict[str, tuple[str, ...]]
    generic: frozenset[str]
    lead: frozenset[str]
    area_names: frozenset[str]  # folded names of non-site places
    admin: frozenset[str]  # « ville », "province": words naming the kind, not the place
    rooms: frozenset[str]  # « salle », "room": a part of a building
    town_words: frozenset[str]  # generic words that also begin towns' names (Saint-Malo)


def _tokens(text: str) -> list[str]:
    return fold_name(text).split()


@cache
def _gazetteer() -> _Gazetteer:
    raw_text = resources.files("reconcile.lang").joinpath("knowledge", "gazetteer.yaml")
    raw: Any = load_data(raw_text.read_text("utf-8"))
    generic = frozenset(t for w in raw.get("generic_words", []) for t in _tokens(str(w)))
    lead = frozenset(t for w in raw.get("lead_words", []) for t in _tokens(str(w)))
    entries: dict[str, _Entry] = {}
    index: dict[str, list[str]] = {}
    area_names: set[str] = set()
    for key, item in raw["places"].items():
        names = [str(n) for lang in ("en", "fr") for n in (item.get(lang) or [])]
        distinctive: set[str] = set()
        for name in names:
            folded = fold_name(name)
            if not folded:
                continue
            keys = index.setdefault(folded, [])
            if str(key) not in keys:
                keys.append(str(key))
            distinctive |= {t for t in folded.split() if t not in generic and t not in lead}
            if item["kind"] != "site":
                area_names.add(folded)
        entries[str(key)] = _Entry(
            key=str(key),
            kind=item["kind"],
            parent=item.get("in"),
            display=names[0] if names else str(key),
            distinctive=frozenset(distinctive),
            names=tuple(names),
        )
    return _Gazetteer(
        entries=entries,
        index={k: tuple(v) for k, v in index.items()},
        generic=generic,
        lead=lead,
        area_names=frozenset(area_names),
        admin=frozenset(t for w in raw.get("admin_words", []) for t in _tokens(str(w))),
        rooms=frozenset(t for w in raw.get("room_words", []) for t in _tokens(str(w))),
        town_words=frozenset(t for w in raw.get("town_words", []) for t in _tokens(str(w))),
    )


def _ancestors(key: str) -> list[str]:
    entries = _gazetteer().entries
    out: list[str] = []
    parent = entries[key].parent if key in entries else None
    while parent is not None and parent in entries and parent not in out:
        out.append(parent)
        parent = entries[parent].parent
    return out


def _lookup(tokens: list[str]) -> tuple[str, ...]:
    """Gazetteer keys for a folded name, dropping leading articles one by one, then a
    word of kind with its « de » / "of" (« la ville de Genève ») or a trailing one
    ("Van province")."""
    gaz = _gazetteer()
    current = list(tokens)
    while current:
        found = gaz.index.get(" ".join(current))
        if found:
            return found
        if current[0] in gaz.admin and len(current) > 1:
            rest = current[1:]
            while rest and rest[0] in gaz.lead:
                rest = rest[1:]
            return tuple(
                k for k in gaz.index.get(" ".join(rest), ()) if gaz.entries[k].kind != "site"
            )
        if current[-1] in gaz.admin and len(current) > 1:
            return tuple(
                k for k in gaz.index.get(" ".join(current[:-1]), ())
                if gaz.entries[k].kind != "site"
            )
        if current[0] not in gaz.lead:
            break
        current = current[1:]
    return ()


def _distinctive(tokens: list[str]) -> frozenset[str]:
    gaz = _gazetteer()
    return frozenset(t for t in tokens if t not in gaz.generic and t not in gaz.lead)


def _site_lookup(tokens: list[str]) -> tuple[str, ...]:
    """Sites whose distinctive words include, or are included in, the name's."""
    gaz = _gazetteer()
    mine = _distinctive(tokens)
    if not mine or not any(len(t) >= 4 for t in mine):
        return ()
    if (
        " ".join(sorted(mine)) in gaz.area_names
        or " ".join(t for t in tokens if t in mine) in gaz.area_names
    ):
        return ()  # "Anchorage", « la ville de Moscou »: an area, not a site
    return tuple(
        entry.key
        for entry in gaz.entries.values()
        if entry.kind == "site"
        and entry.distinctive
        and (mine <= entry.distinctive or entry.distinctive <= mine)
    )


def _choose(candidates: tuple[str, ...], context: Sequence[str]) -> str:
    if len(candidates) > 1 and context:
        around: set[str] = set()
        for name in context:
            for key in _lookup(_tokens(name)):
                around |= {key, *_ancestors(key)}
        for key in candidates:
            if {key, *_ancestors(key)} & around:
                return key
    return candidates[0]


@cache
def _iso_keys() -> dict[str, str]:
    """ISO alpha-2 code → the hand list's key for that country (« Belgique » → belgium)."""
    from reconcile.lang.world import country_names, world_fold

    codes = country_names()
    out: dict[str, str] = {}
    for entry in _gazetteer().entries.values():
        if entry.kind != "country":
            continue
        for name in entry.names:
            if (code := codes.get(world_fold(name))) is not None:
                out.setdefault(code, entry.key)
    return out


def _context_countries(context: Sequence[str]) -> set[str]:
    """ISO codes of the countries the context names place a name in."""
    codes: set[str] = set()
    for name in context:
        for key in _lookup(_tokens(name)):
            codes |= _countries_of(key)
    return codes


@cache
def _countries_of(key: str) -> frozenset[str]:
    """ISO codes of the hand list's countries that are ``key`` or hold it."""
    by_key = {hand: code for code, hand in _iso_keys().items()}
    return frozenset(by_key[k] for k in (key, *_ancestors(key)) if k in by_key)


_Ref = tuple[str, str, str, tuple[str, ...]]  # key, display name, kind, parent keys


def _world_town(name: str, context: tuple[str, ...]) -> _Ref | None:
    """A town the hand list lacks, from the world data (:mod:`reconcile.lang.world`), with
    its country as its chain; ``None`` when no town, or no safe choice, has the name."""
    from reconcile.lang.world import likely_town, world_fold

    gaz = _gazetteer()
    # a name with a site's word (« Hôtel de Ville », "Central Park") names a site, even
    # when some town's alternate name reads the same (a Paris district is "Hôtel-de-Ville")
    tokens = set(_tokens(name))
    if (tokens & gaz.generic) - gaz.town_words or tokens & gaz.rooms:
        return None
    words = world_fold(name).split()
    while len(words) > 1 and words[0] in gaz.lead:
        words = words[1:]
    if len(words) > 2 and words[0] in gaz.admin and words[1] in gaz.lead:
        words = words[2:]  # « la ville de Mons »
    town = likely_town(" ".join(words), _context_countries(context))
    if town is None:
        return None
    country = _iso_keys().get(town.country)
    chain = (country, *_ancestors(country)) if country is not None else ()
    return town.key, town.name, "city", chain


@cache
def _normalise(
    name: str, context: tuple[str, ...], world: bool = False
) -> tuple[str, str, str, tuple[str, ...]]:
    gaz = _gazetteer()
    tokens = _tokens(name)
    candidates = _lookup(tokens) or _site_lookup(tokens)
    if candidates:
        key = _choose(candidates, context)
        entry = gaz.entries[key]
        return key, entry.display, entry.kind, tuple(_ancestors(key))
    parts = [part.strip() for part in name.split(",") if part.strip()]
    if "," in name and parts:
        # "Anchorage, Alaska": the first part, the rest as its chain
        head, *rest = parts
        key, display, kind, within = _normalise(head, (*rest, *context), world)
        if not within:
            chain: list[str] = []
            for part in rest:
                pkey, _, _, pwithin = _normalise(part, (), world)
                chain += [k for k in (pkey, *pwithin) if k not in chain]
            within = tuple(chain)
        return key, display, kind, within
    if world and (town := _world_town(name, context)) is not None:
        return town
    stripped = list(tokens)
    while len(stripped) > 1 and stripped[0] in gaz.lead:
        stripped = stripped[1:]
    # « la province de X » = "X province" = "X": the word of kind is not the name
    if len(stripped) > 1 and stripped[0] in gaz.admin:
        rest = stripped[1:]
        while len(rest) > 1 and rest[0] in gaz.lead:
            rest = rest[1:]
        stripped = rest
    elif len(stripped) > 1 and stripped[-1] in gaz.admin:
        stripped = stripped[:-1]
    return UNKNOWN_PREFIX + " ".join(stripped), " ".join(name.split()), "other", ()


def normalise_place(name: str, context: Sequence[str] = (), world: bool = False) -> PlaceRef:
    """The gazetteer entry a place name names (``context``: names it is said to be in).

    The hand list (``knowledge/gazetteer.yaml``) holds sites and the places whose regions
    it knows; ``world=True`` also reads towns from the world data, for comparing places.
    Extraction leaves it off: there a name the hand list does not know may be a person's
    (many surnames are also some town's name), and the world data cannot tell them apart.
    """
    key, display, kind, within = _normalise(name, tuple(context), world)
    return PlaceRef(key=key, name=display, kind=kind, within=list(within))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- relations


@dataclass(frozen=True)
class _Profile:
    key: str
    kind: str
    chain: tuple[str, ...]
    levels: dict[int, str]
    distinctive: frozenset[str]
    site_words: bool
    room: bool  # named as a room of a building ("Salle des Fêtes", "Green Room")


def _profile(loc: LocationValue) -> _Profile:
    gaz = _gazetteer()
    ref = normalise_place(loc.name, loc.within, world=True)
    kind = ref.kind if ref.known else loc.kind
    chain: list[str] = list(ref.within)
    for outer in loc.within:
        oref = normalise_place(outer, world=True)
        for key in (oref.key, *oref.within):
            if key not in chain and key != ref.key:
                chain.append(key)
    levels: dict[int, str] = {}
    if kind in LEVELS:
        levels[LEVELS[kind]] = ref.key
    for key in chain:
        entry = gaz.entries.get(key)
        if entry is not None:
            levels.setdefault(LEVELS[entry.kind], key)
        elif key.startswith(TOWN_PREFIX):
            levels.setdefault(LEVELS["city"], key)
    tokens = _tokens(loc.name)
    return _Profile(
        key=ref.key,
        kind=kind,
        chain=tuple(chain),
        levels=levels,
        distinctive=_distinctive(tokens),
        site_words=any(t in gaz.generic for t in tokens),
        room=bool(set(tokens) & gaz.rooms),
    )


def _same(pa: _Profile, pb: _Profile) -> bool:
    if pa.key == pb.key:
        return True
    if pa.key.startswith(UNKNOWN_PREFIX) and pb.key.startswith(UNKNOWN_PREFIX):
        sited = pa.site_words or pb.site_words or "site" in (pa.kind, pb.kind)
        da, db = pa.distinctive, pb.distinctive
        return sited and bool(da and db) and (da <= db or db <= da)
    return False


def relate_places(a: LocationValue, b: LocationValue) -> Relation:
    """How place ``a`` relates to place ``b`` (see the module doc)."""
    pa, pb = _profile(a), _profile(b)
    nested = _nesting(pa, pb)
    if nested is not None:
        return nested
    return "disjoint" if _apart(pa, pb) else "unknown"


def _nesting(pa: _Profile, pb: _Profile) -> Relation | None:
    """Whether one place is the other or lies inside it (None when neither chain holds the
    other place); "unknown" when each chain holds the other, which the texts contradict."""
    if _same(pa, pb):
        return "same"
    a_in_b, b_in_a = pa.key in pb.chain, pb.key in pa.chain
    if a_in_b and b_in_a:
        return "unknown"  # the texts' chains contradict each other
    if a_in_b:
        return "contains"
    if b_in_a:
        return "within"
    return None


def _apart(pa: _Profile, pb: _Profile) -> bool:
    """Whether two places, neither inside the other, are different places: of the same
    kind, or naming different places at a level both chains reach — except at the levels
    where an unknown place may still be the other one (`_unsure_levels`)."""
    unsure = _unsure_levels(pa, pb)
    if pa.kind in LEVELS and pa.kind == pb.kind and LEVELS[pa.kind] not in unsure:
        return True
    for level, key in pa.levels.items():
        other = pb.levels.get(level)
        if other is not None and other != key and level not in unsure:
            return True
    return False


def _unsure_levels(pa: _Profile, pb: _Profile) -> set[int]:
    """The levels at which two places the gazetteer does not know may be one place under two
    names, so a different name there does not set them apart."""
    unsure: set[int] = set()
    # two sites the gazetteer knows neither of may be one site named in two languages
    # (« Centre spatial X » / "X Space Centre"): only their cities, regions and
    # countries can set them apart (a known site has its names in every language)
    unnamed_sites = pa.kind == pb.kind == "site" and (
        pa.key.startswith(UNKNOWN_PREFIX) and pb.key.startswith(UNKNOWN_PREFIX)
    )
    # a room (« la salle des fêtes », "the Green Room") lies inside some building: without
    # a container it is no other site's contrary, as a département is no region's
    room = pa.kind == pb.kind == "site" and any(
        p.room and p.key.startswith(UNKNOWN_PREFIX) and not p.chain for p in (pa, pb)
    )
    if unnamed_sites or room:
        unsure.add(LEVELS["site"])
    # "region" spans levels that nest or overlap (a state, a département, a massif): a
    # region the gazetteer does not know may lie inside, or across, the other one
    if any(p.kind == "region" and p.key.startswith(UNKNOWN_PREFIX) for p in (pa, pb)):
        unsure.add(LEVELS["region"])
    # two towns a few kilometres apart may be one place named two ways: a suburb and its
    # city, the town an airport or a stadium stands in and the city it serves
    if _near_towns(pa.levels.get(LEVELS["city"]), pb.levels.get(LEVELS["city"])):
        unsure.add(LEVELS["city"])
    return unsure


def _near_towns(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return False
    from reconcile.lang.world import near

    ta, tb = _town_of(a), _town_of(b)
    return ta is not None and tb is not None and ta.country == tb.country and near(ta, tb)


@cache
def _town_of(key: str) -> Any:
    """The world data's town for a city key: a ``geo:`` town, or the hand list's city by its
    names (the most populous town of that name, in its country when the list gives one)."""
    from reconcile.lang.world import likely_town, town_by_key, world_fold

    if key.startswith(TOWN_PREFIX):
        return town_by_key(key)
    entry = _gazetteer().entries.get(key)
    if entry is None or entry.kind != "city":
        return None
    countries = tuple(sorted(_countries_of(key)))
    for name in entry.names:
        town = likely_town(world_fold(name), countries)
        if town is not None:
            return town
    return None
