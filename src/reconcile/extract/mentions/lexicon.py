"""The people words every extractor shares: entity labels and dependencies, case folding,
the :class:`Lexicon` of ``participants.yaml`` and ``attribution.yaml`` per language (roles,
sides, honorifics, presence and speech words), read once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from reconcile.extract.attribution import (
    fold,
)
from reconcile.extract.context import lexicon
from reconcile.lang.folding import fold_chars

Token = Any


Span = Any


PERSON_LABELS = frozenset({"PER", "PERSON"})


PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})


NON_PERSON_LABELS = frozenset({"LOC", "GPE", "FAC", "ORG", "MISC", "NORP", "PRODUCT",
                               "WORK_OF_ART", "EVENT"})


RANK: dict[str, int] = {"mentioned": 0, "expected": 1, "absent": 2, "present": 3}


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "agent", "obl:agent",
                          "expl:subj"})


OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "obl:arg", "attr", "oprd", "dative"})


def fold_case(text: str) -> str:
    """Accents and curly apostrophes away, case kept; the length is kept."""
    return _fold_case_short(text) if len(text) <= 512 else fold_chars(text, keep_case=True)


@lru_cache(maxsize=65536)
def _fold_case_short(text: str) -> str:
    return fold_chars(text, keep_case=True)


# --------------------------------------------------------------------------- lexicon


def _expand(phrase: str) -> tuple[str, str]:
    """``"chef(s) de la diplomatie"`` → (singular, plural)."""

    def pick(m: re.Match[str], which: int) -> str:
        inner = m.group(1)
        alts = inner.split("|") if "|" in inner else ["", inner]
        return alts[which]

    sing = re.sub(r"\(([^)]*)\)", lambda m: pick(m, 0), phrase)
    plur = re.sub(r"\(([^)]*)\)", lambda m: pick(m, 1), phrase)
    return sing, plur


def _alt(words: list[str]) -> str:
    out = []
    for w in sorted({fold_case(w) for w in words}, key=len, reverse=True):
        pat = re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]")
        out.append(pat)
    return "|".join(out)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    roles: list[tuple[re.Pattern[str], str, bool]]
    side_re: re.Pattern[str] | None
    side_of: dict[str, str]
    side_scopes: re.Pattern[str] | None
    person_scopes: re.Pattern[str] | None
    honorifics: frozenset[str]
    particles: frozenset[str]
    not_person: frozenset[str]
    present_verbs: dict[str, frozenset[str] | None]
    meet_verbs: frozenset[str]
    present_heads: frozenset[str]
    accompany_heads: frozenset[str]
    meeting_nouns: frozenset[str]
    with_words: frozenset[str]
    delegation_nouns: frozenset[str]
    delegation_verbs: frozenset[str]
    complement_links: frozenset[str]
    possibility: frozenset[str]
    possibility_conditional: frozenset[str]
    possibility_aux: frozenset[str]
    absence: frozenset[str]
    speech_verbs: frozenset[str]
    determiners: frozenset[str]
    calendar: frozenset[str]
    talk_verbs: frozenset[str] = frozenset()
    counterpart_nouns: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    event_anchors: frozenset[str] = frozenset()
    deed_nouns: frozenset[str] = frozenset()
    agent_preps: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    not_at_event: frozenset[str] = frozenset()
    comment_verbs: frozenset[str] = frozenset()
    past_units: frozenset[str] = frozenset()
    past_markers: frozenset[str] = frozenset()
    absent_verbs: dict[str, frozenset[str] | None] = field(default_factory=dict)
    on_site: tuple[str, ...] = ()
    site_words: frozenset[str] = frozenset()
    site_preps: frozenset[str] = frozenset()
    chair_heads: frozenset[str] = frozenset()
    chair_preps: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()
    member_verbs: dict[str, frozenset[str] | None] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()
    remote_verbs: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    past_realized: frozenset[str] = frozenset()
    copula_here: frozenset[str] = frozenset()
    announce_verbs: frozenset[str] = frozenset()
    role_senses: dict[str, tuple[frozenset[str], str | None]] = field(default_factory=dict)
    definite: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    role_first: dict[str, list[int]] = field(default_factory=dict)
    complement_re: re.Pattern[str] = re.compile(r"\s*,\s*")
    role_trigger: re.Pattern[str] | None = None

    def side(self, text: str) -> str | None:
        if self.side_re is None:
            return None
        m = self.side_re.search(fold_case(text))
        return self.side_key(m.group(0)) if m else None

    def side_key(self, word: str) -> str | None:
        w = re.sub(r"\s+", " ", fold_case(word))
        return self.side_of.get(w) or self.side_of.get(w.lower()) or self.side_of.get(
            w.lower().replace("-", " "))


def _set(section: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in section.get(key, []) or [])


def _sides(data: dict[str, Any]) -> tuple[dict[str, str], str, re.Pattern[str] | None]:
    """Side words: folded word → side, their alternation and its pattern."""
    side_of: dict[str, str] = {}
    plain: list[str] = []
    cased: list[str] = []
    for key, words in (data.get("sides") or {}).items():
        for w in words:
            side_of[fold(str(w))] = str(key)
            side_of[fold(str(w)).replace("-", " ")] = str(key)
            plain.append(str(w))
    for key, words in (data.get("sides_cased") or {}).items():
        for w in words:
            side_of[fold_case(str(w))] = str(key)
            cased.append(str(w))
    side_parts = []
    if plain:
        side_parts.append(_alt(plain))
    if cased:
        side_parts.append("(?-i:" + "|".join(re.escape(c) for c in
                                            sorted(cased, key=len, reverse=True)) + ")")
    side_alt = "|".join(side_parts)
    side_re = (re.compile(rf"(?<![\w])(?:{side_alt})(?![\w])", re.IGNORECASE)
               if side_alt else None)
    return side_of, side_alt, side_re


def _roles(data: dict[str, Any], side_alt: str,
           links: str) -> tuple[list[tuple[re.Pattern[str], str, bool]], dict[str, list[int]]]:
    """Role patterns (singular and plural, with a side before or after), and the indexes
    of the patterns by the first folded word of their phrases."""
    roles: list[tuple[re.Pattern[str], str, bool]] = []
    role_first: dict[str, list[int]] = {}
    for key, phrases in (data.get("roles") or {}).items():
        for plural in (False, True):
            bodies = []
            for phrase in phrases:
                form = _expand(str(phrase))[1 if plural else 0]
                words = form.split()
                first = fold(words[0])
                if len(roles) not in role_first.setdefault(first, []):
                    role_first[first].append(len(roles))
                gap = rf"(?:\s+(?:{side_alt}))?\s+" if side_alt else r"\s+"
                bodies.append(gap.join(_alt([w]) for w in words))
            bodies.sort(key=len, reverse=True)
            body = "|".join(bodies)
            if side_alt:
                pattern = (rf"(?<![\w-])(?:(?:{side_alt})\s+)?(?:{body})"
                           rf"(?:\s+(?:{side_alt})|\s+(?:{links})\s*(?:{side_alt}))?(?![\w-])")
            else:
                pattern = rf"(?<![\w-])(?:{body})(?![\w-])"
            roles.append((re.compile(pattern, re.IGNORECASE), str(key), plural))
    return roles, role_first


def _scopes(data: dict[str, Any], key: str, placeholder: bool,
            side_alt: str) -> re.Pattern[str] | None:
    pats = [str(p) for p in data.get(key, []) or []]
    if not pats:
        return None
    if placeholder:
        alts = "|".join(
            _alt([p.split("{side}")[0]]) + rf"\s*(?P<side{i}>{side_alt})"
            + _alt([p.split("{side}")[1]] if p.split("{side}")[1] else [""])
            for i, p in enumerate(sorted(pats, key=len, reverse=True)) if "{side}" in p)
        return re.compile(rf"(?<![\w'])(?:{alts})(?![\w])", re.IGNORECASE)
    return re.compile(rf"(?:^|[;:,]\s*|\s-\s)(?:{_alt(pats)})\s+", re.IGNORECASE)


def _verb_words(data: dict[str, Any], key: str) -> dict[str, frozenset[str] | None]:
    out: dict[str, frozenset[str] | None] = {}
    # "verb word": the verb with that word among its dependents; one verb may come
    # with several words (« prendre part », « prendre place »)
    for entry in data.get(key, []) or []:
        parts = fold(str(entry)).split()
        if len(parts) == 1 or (parts[0] in out and out[parts[0]] is None):
            out[parts[0]] = None
        else:
            out[parts[0]] = (out.get(parts[0]) or frozenset()) | {parts[1]}
    return out


def _role_senses(data: dict[str, Any]) -> dict[str, tuple[frozenset[str], str | None]]:
    senses: dict[str, tuple[frozenset[str], str | None]] = {}
    for key, sense in (data.get("role_senses") or {}).items():
        other = sense.get("otherwise")
        senses[str(key)] = (frozenset(fold(str(w)) for w in sense.get("context", []) or []),
                            str(other) if other else None)
    return senses


def _calendar(lang: str) -> frozenset[str]:
    """Weekday and month names, folded."""
    calendar: set[str] = set()
    dates = lexicon("dates", lang)
    for key in ("weekdays", "months"):
        for words in (dates.get(key) or {}).values():
            calendar.update(fold(str(w)) for w in words)
    return frozenset(calendar)


#: the Lexicon's plain word sets, each read folded from the key of the same name in
#: ``participants.yaml`` (``_ATTRIBUTION_SETS``: in ``attribution.yaml``)
_PARTICIPANT_SETS = (
    "honorifics", "particles", "not_person", "meet_verbs", "present_heads", "accompany_heads",
    "meeting_nouns", "with_words", "delegation_nouns", "delegation_verbs", "complement_links",
    "possibility", "possibility_conditional", "possibility_aux", "talk_verbs",
    "counterpart_nouns", "state_verbs", "event_anchors", "deed_nouns", "agent_preps",
    "place_preps", "not_at_event", "comment_verbs", "past_units", "past_markers", "site_preps",
    "chair_heads", "chair_preps", "member_nouns", "member_preps", "person_nouns",
    "remote_verbs", "topic_nouns", "past_realized", "copula_here", "announce_verbs",
    "definite", "locative_preps",
)
_ATTRIBUTION_SETS = ("absence", "speech_verbs", "determiners")
#: verbs listed with the word they need among their dependents (« prendre part »)
_VERB_WORDS = ("present_verbs", "absent_verbs", "member_verbs")


@cache
def lexicon_for(lang: str) -> Lexicon:
    data = lexicon("participants", lang)
    attrib = lexicon("attribution", lang)
    side_of, side_alt, side_re = _sides(data)
    links = _alt([str(w) for w in data.get("side_links", []) or []])
    links_words = [str(w) for w in data.get("complement_links", []) or []]
    roles, role_first = _roles(data, side_alt, links)
    words: dict[str, Any] = {key: _set(data, key) for key in _PARTICIPANT_SETS}
    words.update({key: _set(attrib, key) for key in _ATTRIBUTION_SETS})
    words.update({key: _verb_words(data, key) for key in _VERB_WORDS})
    return Lexicon(
        lang=lang,
        roles=roles,
        side_re=side_re,
        side_of=side_of,
        side_scopes=_scopes(data, "side_scopes", True, side_alt) if side_alt else None,
        person_scopes=_scopes(data, "person_scopes", False, side_alt),
        calendar=_calendar(lang),
        on_site=tuple(" " + fold(str(w)).replace("'", "' ") + " "
                      for w in data.get("on_site", []) or []),
        site_words=frozenset(fold(str(w)).replace("'", "' ")
                             for w in data.get("site_words", []) or []),
        role_senses=_role_senses(data),
        role_first=role_first,
        complement_re=_complement_re(links_words),
        role_trigger=(re.compile(rf"(?<![\w-])(?:{_alt(sorted(role_first))})(?![\w-])",
                                 re.IGNORECASE) if role_first else None),
        **words,
    )


def _complement_re(links_words: list[str]) -> re.Pattern[str]:
    """« le ministre brésilien du Commerce extérieur, X », "the chief negotiator of the
    EU, X": a short complement between the role and the name."""
    return re.compile(
        r"(?-i:\s+[a-z\u00e0-\u00ff]+)?"
        rf"(?:\s+(?:{_alt([*links_words, 'en', 'in'])})"
        r"\s*[^,;.!?\n]{1,40})?\s*,\s*", re.IGNORECASE)
