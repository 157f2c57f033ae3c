"""Vehicle words: the rules of ``event.vehicle``, the word lists and patterns of
``extract/data/vehicles.yaml`` by language, model sides, countries and owner keys."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from reconcile.extract.context import data_file, lexicon
from reconcile.extract.mentions.lexicon import lexicon_for
from reconcile.extract.registry import rule
from reconcile.lang import fold
from reconcile.lang.people import fold_name
from reconcile.safe_yaml import load_data

SLOT = "event.vehicle"


_PERSON = ("PER", "PERSON")


MODEL = rule("vehicle.model", "a model or a make with its designation names one kind of "
             "vehicle; the sentence still has to say someone rode in it")


NAMED = rule("vehicle.named", "a proper name next to a vehicle noun is that vehicle's name")


POSSESSOR = rule("vehicle.owner.possessor", "a possessor before the vehicle ('X's car') "
                 "is whose it is")


PREMODIFIER = rule("vehicle.owner.premodifier", "an institution or organisation name "
                   "modifying the vehicle noun ('a police car') says whose it is")


COMPLEMENT = rule("vehicle.owner.complement", "« de X » / 'of X' right after the vehicle "
                  "names its owner when X is a person, an organisation or an institution")


OPERATOR = rule("vehicle.owner.operator", "'operated by X' or an operator noun before a "
                "name says who runs the vehicle")


ROLE = rule("vehicle.owner.role", "a role word (presidential, du Premier ministre) names the "
            "article's one person of that role and side, else describes the owner")


POSSESSIVE = rule("vehicle.owner.possessive", "« sa voiture », 'her car': the rider's own, "
                  "else the clause's subject's, else the previous sentence's subject's")


SIDE = rule("vehicle.side", "a nationality or side word says whose the vehicle is even "
            "when no owner is named")


NICKNAME = rule("vehicle.nickname", "a vehicle with a nickname is a particular vehicle")


FRAME = rule("vehicle.frame", "a vehicle claim is about the vehicle itself, whose it is, not "
             "the verb it hangs on: different owners are different vehicles")


MEANS = rule("vehicle.means", "a vehicle noun without determiner after a means preposition "
             "is how people were carried")


def _norm(text: str) -> str:
    return text.replace("\u2019", "'")


def _low(text: str) -> str:
    return _norm(text).lower()


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(_norm(w)) for w in sorted(items, key=len, reverse=True))


def _by_family(entry: Any) -> dict[str, str]:
    """``{family: [words]}`` (or a plain list: family ``car``) → folded word → family."""
    if isinstance(entry, list):
        entry = {"car": entry}
    return {_low(str(w)): str(fam) for fam, ws in (entry or {}).items() for w in ws}


@cache
def _families(lang: str) -> dict[str, dict[str, str]]:
    w = lexicon("vehicles", lang)
    return {
        "model": _by_family(w.get("models")),
        "make": _by_family(w.get("makes")),
        "noun": _by_family(w.get("nouns")),
        "code": {str(rx): str(fam) for fam, rxs in (w.get("model_codes") or {}).items()
                 for rx in rxs},
    }


@cache
def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(_low(str(x)) for x in lexicon("vehicles", lang).get(key, []) or [])


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    w = lexicon("vehicles", lang)
    if not w:
        return {}
    fams = _families(lang)
    b = r"(?<![\w-])(?:{})(?![\w-])"
    named = [_alternation([*fams["model"], *fams["make"]]), *fams["code"]]
    return {
        # a make with a capitalised hyphenated model after it is one name ("Mercedes-Maybach",
        # « Range Rover-Sport »), and so are the designation words after it ("Audi A8",
        # "Gulfstream G650", "S-Class Guard"): trimmed on the parse (_model_end)
        "model": re.compile(
            r"(?<![\w-])(?P<base>{})(?-i:-[A-Z][\w]*)*"
            r"(?P<suffix>(?-i:[ \u00a0]+[A-Z0-9][\w-]*){{0,3}})(?![\w-])".format(
                "|".join(named)
            ),
            re.IGNORECASE,
        ),
        "noun": re.compile(r"(?<![\w-])(?:{})(?:s|x)?(?![\w-])".format(
            _alternation(list(fams["noun"]))), re.IGNORECASE),
        "usual": re.compile(b.format(_alternation(w.get("usual", []))), re.IGNORECASE),
        "not_ride": re.compile(b.format(_alternation(w.get("not_rides", []) or ["\x00"])),
                               re.IGNORECASE),
        # nickname entries are patterns ("known to [\w ]{1,40}? as"); a quoted nickname is
        # taken whole (« Dragon 12 », "Sky Lion"), else capitalised words and numbers
        "nick": re.compile(
            "(?i:" + b.format("|".join(_norm(x) for x in w.get("nickname", []))) + ")"
            + r"\s*((?:(?:the|la|le|The|La|Le)\s+)?(?:[«“\"]\s*[^«»“”\"\n]{1,40}?\s*[»”\"]"
            r"|[«“\"']?\s*[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\d[\w-]*))*))"
        ),
    }


def _family_of(lang: str, kind: str, base: str) -> str:
    fams = _families(lang)
    if kind == "noun":
        low = base.lower()
        return fams["noun"].get(low) or fams["noun"].get(low[:-1], "car")
    low = base.lower()
    found = fams["model"].get(low) or fams["make"].get(low)
    if found:
        return found
    return next((f for rx, f in fams["code"].items() if re.fullmatch(rx, base, re.I)), "car")


@cache
def _model_sides() -> list[tuple[re.Pattern[str], str]]:
    entries = data_file("vehicles").get("model_sides") or {}
    return [
        (re.compile(rf"(?<![\w-])(?:{_alternation([str(w) for w in ws])})(?![\w-])",
                    re.IGNORECASE), str(side))
        for side, ws in entries.items()
    ]


def _model_side(phrase: str) -> str | None:
    """The side a model says on its own (an Aurus, Cadillac One)."""
    text = _norm(phrase)
    return next((side for rx, side in _model_sides() if rx.search(text)), None)


@cache
def _countries() -> tuple[tuple[str, str], ...]:
    """(folded name, key) of the gazetteer's countries, for a nationality the side list
    lacks (« omanaise », "Omani": the country's name starts the adjective)."""
    path = resources.files("reconcile.lang").joinpath("knowledge", "gazetteer.yaml")
    places = (load_data(path.read_text("utf-8")) or {}).get("places") or {}
    return tuple(
        (fold(str(n)), str(key)) for key, e in places.items() if e.get("kind") == "country"
        for n in [*(e.get("en") or []), *(e.get("fr") or [])] if len(str(n)) >= 4
    )


def _country(lang: str, phrase: str) -> str | None:
    """The side or country a phrase names: the side list, else the gazetteer country whose
    name shares the longest beginning (four letters at least) with one of its words
    (« suédois » → Suède, "Omani" → Oman, "Austrian" → Austria, not Australia), all of
    it but three letters at most ("royal" is not « Royaume-Uni »)."""
    side = lexicon_for(lang).side(phrase)
    if side:
        return side
    best: dict[str, int] = {}
    for word in (fold(w) for w in re.findall(r"[^\W\d_]{4,}", phrase)):
        for name, key in _countries():
            n = next((i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b),
                     min(len(word), len(name)))
            if n >= max(4, len(name) - 3) and " " not in name:
                best[key] = max(best.get(key, 0), n)
    if not best:
        return None
    top = max(best.values())
    keys = [k for k, n in best.items() if n == top]
    return keys[0] if len(keys) == 1 else None


@cache
def _owner_keys() -> tuple[tuple[str, str], ...]:
    entries = data_file("vehicles").get("owner_keys") or {}
    pairs = [(fold(str(w)), str(key)) for key, ws in entries.items() for w in ws]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def holder_of(lang: str, owner: str | None, person: bool) -> str | None:
    """Whose the vehicle is, the same way in every language: a person's folded surname, an
    institution's key and country (« gouvernement français » = "French government" =
    ``government@france``), else the owner folded. None when no owner is said."""
    if not owner:
        return None
    if person:
        return fold_name(owner.split()[-1])
    low = fold(owner)
    inst = next((key for w, key in _owner_keys()
                 if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)), None)
    country = _country(lang, owner)
    if inst:
        return f"{inst}@{country}" if country else inst
    return country or low
