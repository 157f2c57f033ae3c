"""``event.participants``: one claim per person (or role group) per article.

People are found by NER (PER / PERSON), by a role title in front of a
capitalised name (« le ministre des Affaires étrangères Sergueï Lavrov »,
"Kremlin aide Yury Ushakov") or after it (« Anton Silouanov, ministre des
Finances »), by an honorific (« M. Lavrov ») and, once a person is known, by
the surname alone. Later mentions link to the earlier full name; the claim
takes the strongest presence seen (present > absent > expected > mentioned)
and quotes the mention that shows it.

Roles with no name (« en présence des ministres des Affaires étrangères »)
give claims with ``name=None`` and subject ``role:<key>``.

Words: ``extract/data/participants.yaml`` (roles, sides, presence cues) and
``extract/data/attribution.yaml`` (speech verbs, negation, expectation).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from reconcile.extract.attribution import (
    ancestors_of,
    claimant_of,
    fold,
    governing_verbs,
    head_of,
    is_cut,
    is_negated,
    modality_parts,
    span_root,
)
from reconcile.extract.context import Article, doc_text, lexicon
from reconcile.extract.registry import extractor
from reconcile.lang.people import match_people
from reconcile.lang.places import normalise_place
from reconcile.lang.roles import match_role, role_fits
from reconcile.models import Claim, Modality, ParticipantValue, Presence

Token = Any
Span = Any

SLOT = "event.participants"
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
    return _fold_case_short(text) if len(text) <= 512 else _fold_case(text)


@lru_cache(maxsize=65536)
def _fold_case_short(text: str) -> str:
    return _fold_case(text)


def _fold_case(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\u2019\u2018\u02bc`\u00b4":
            out.append("'")
        else:
            out.append(unicodedata.normalize("NFD", ch)[0])
    return "".join(out)


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


@cache
def lexicon_for(lang: str) -> Lexicon:
    data = lexicon("participants", lang)
    attrib = lexicon("attribution", lang)
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
    links = _alt([str(w) for w in data.get("side_links", []) or []])
    links_words = [str(w) for w in data.get("complement_links", []) or []]
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

    def scopes(key: str, placeholder: bool) -> re.Pattern[str] | None:
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

    def verb_words(key: str) -> dict[str, frozenset[str] | None]:
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

    present = verb_words("present_verbs")
    senses: dict[str, tuple[frozenset[str], str | None]] = {}
    for key, sense in (data.get("role_senses") or {}).items():
        other = sense.get("otherwise")
        senses[str(key)] = (frozenset(fold(str(w)) for w in sense.get("context", []) or []),
                            str(other) if other else None)
    calendar: set[str] = set()
    dates = lexicon("dates", lang)
    for key in ("weekdays", "months"):
        for words in (dates.get(key) or {}).values():
            calendar.update(fold(str(w)) for w in words)
    return Lexicon(
        lang=lang,
        roles=roles,
        side_re=side_re,
        side_of=side_of,
        side_scopes=scopes("side_scopes", True) if side_alt else None,
        person_scopes=scopes("person_scopes", False),
        honorifics=_set(data, "honorifics"),
        particles=_set(data, "particles"),
        not_person=_set(data, "not_person"),
        present_verbs=present,
        meet_verbs=_set(data, "meet_verbs"),
        present_heads=_set(data, "present_heads"),
        accompany_heads=_set(data, "accompany_heads"),
        meeting_nouns=_set(data, "meeting_nouns"),
        with_words=_set(data, "with_words"),
        delegation_nouns=_set(data, "delegation_nouns"),
        delegation_verbs=_set(data, "delegation_verbs"),
        complement_links=_set(data, "complement_links"),
        possibility=_set(data, "possibility"),
        possibility_conditional=_set(data, "possibility_conditional"),
        possibility_aux=_set(data, "possibility_aux"),
        absence=_set(attrib, "absence"),
        speech_verbs=_set(attrib, "speech_verbs"),
        determiners=_set(attrib, "determiners"),
        calendar=frozenset(calendar),
        talk_verbs=_set(data, "talk_verbs"),
        counterpart_nouns=_set(data, "counterpart_nouns"),
        state_verbs=_set(data, "state_verbs"),
        event_anchors=_set(data, "event_anchors"),
        deed_nouns=_set(data, "deed_nouns"),
        agent_preps=_set(data, "agent_preps"),
        place_preps=_set(data, "place_preps"),
        not_at_event=_set(data, "not_at_event"),
        comment_verbs=_set(data, "comment_verbs"),
        past_units=_set(data, "past_units"),
        past_markers=_set(data, "past_markers"),
        absent_verbs=verb_words("absent_verbs"),
        on_site=tuple(" " + fold(str(w)).replace("'", "' ") + " "
                      for w in data.get("on_site", []) or []),
        site_words=frozenset(fold(str(w)).replace("'", "' ")
                             for w in data.get("site_words", []) or []),
        site_preps=_set(data, "site_preps"),
        chair_heads=_set(data, "chair_heads"),
        chair_preps=_set(data, "chair_preps"),
        member_nouns=_set(data, "member_nouns"),
        member_preps=_set(data, "member_preps"),
        member_verbs=verb_words("member_verbs"),
        person_nouns=_set(data, "person_nouns"),
        remote_verbs=_set(data, "remote_verbs"),
        topic_nouns=_set(data, "topic_nouns"),
        past_realized=_set(data, "past_realized"),
        copula_here=_set(data, "copula_here"),
        announce_verbs=_set(data, "announce_verbs"),
        role_senses=senses,
        definite=_set(data, "definite"),
        locative_preps=_set(data, "locative_preps"),
        role_first=role_first,
        # « le ministre brésilien du Commerce extérieur, X », "the chief negotiator
        # of the EU, X": a short complement between the role and the name
        complement_re=re.compile(
            r"(?-i:\s+[a-z\u00e0-\u00ff]+)?"
            rf"(?:\s+(?:{_alt([*links_words, 'en', 'in'])})"
            r"\s*[^,;.!?\n]{1,40})?\s*,\s*", re.IGNORECASE),
        role_trigger=(re.compile(rf"(?<![\w-])(?:{_alt(sorted(role_first))})(?![\w-])",
                                 re.IGNORECASE) if role_first else None),
    )


# --------------------------------------------------------------------------- mentions


@dataclass
class RoleHit:
    start: int
    end: int
    key: str
    plural: bool
    side: str | None
    used: bool = False


@dataclass
class Group:
    name: str
    tokens: list[str]
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Mention:
    sent: Span
    start: int  # the quote
    end: int
    anchor_start: int  # the name (or the role phrase for a role-only mention)
    anchor_end: int
    name: str | None
    role: str | None = None
    role_side: str | None = None
    plural: bool = False
    group: Group | None = None
    side: str | None = None
    presence: Presence = "mentioned"
    modality: Modality = "asserted"
    claimant: str | None = None
    root: Token = None
    verbless: bool = False
    titled: bool = False  # an honorific before the name ("M.", "Mr")


def _tok(t: Token) -> str:
    return fold(t.text)


def _lemma(t: Token) -> str:
    return fold(t.lemma_ or t.text)


def _is_name_token(t: Token, lex: Lexicon) -> bool:
    text = t.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    f = fold(text)
    if f in lex.honorifics or f.rstrip(".") in lex.honorifics or f in lex.calendar:
        return False
    if lex.side_key(text) is not None:
        return False
    if f in lex.determiners:
        return False
    if t.pos_ in ("VERB", "CCONJ", "ADV", "ADJ") and _inside_person(t):
        return True  # « Ièrlan Baïmoukhanov », « Erlan Kassymov »: a first name mistagged
    return t.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "VERB", "AUX")


def _inside_person(t: Token) -> bool:
    """``t`` opens or continues a person entity of two words or more, and is no
    function word: the tagger read an unknown first name as a verb or a conjunction."""
    if t.is_stop or t.lower_ == t.text:
        return False
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if t.ent_type_ not in PERSON_LABELS:
        # « Erlan Kassymov » with only the surname tagged: an unknown word glued to it
        return t.is_oov and t.pos_ in ("VERB", "CCONJ") and nxt is not None and (
            nxt.ent_iob_ == "B" and nxt.ent_type_ in PERSON_LABELS) and (
            nxt.idx == t.idx + len(t.text) + 1)
    prev = doc[t.i - 1] if t.i > 0 else None
    return (nxt is not None and nxt.ent_iob_ == "I" and nxt.ent_type_ in PERSON_LABELS) or (
        t.ent_iob_ == "I" and prev is not None and prev.ent_type_ in PERSON_LABELS)


def _name_run(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """The leading name tokens of ``tokens`` (particles allowed inside)."""
    run: list[Token] = []
    i = 0
    while i < len(tokens) and len(run) < 5:
        t = tokens[i]
        joins = bool(run) and (_tok(t) in lex.particles or t.text == "-") and i + 1 < len(
            tokens) and _is_name_token(tokens[i + 1], lex)
        if _is_name_token(t, lex) or joins:
            run.append(t)
        elif run and run[-1].text.endswith(("'", "\u2019")) and t.is_alpha and (
                t.idx == run[-1].idx + len(run[-1].text)):
            run.append(t)  # « Le Cléac'h »: the letters glued after an apostrophe
        else:
            break
        if i + 1 < len(tokens) and tokens[i + 1].idx > t.idx + len(t.text) + 1:
            break  # a line break or a double space ends a name
        i += 1
    return run


def _unknown_name(run: list[Token], lex: Lexicon) -> bool:
    """Two or three capitalised words the model has never seen, none tagged as a
    place or an organisation (« Aïgerim Baïbossynova », « Daniyar Ermekov »): a
    transliterated name the NER missed."""
    if not 2 <= len(run) <= 3:
        return False
    prev = run[0].doc[run[0].i - 1] if run[0].i > 0 else None
    article = prev is not None and (prev.pos_ in ("DET", "ADP")
                                    or "Def" in prev.morph.get("Definite"))
    if prev is not None and article and _tok(prev) not in lex.agent_preps | lex.with_words:
        return False  # "the Stade Meridien", « au Stade Méridien »: a name of a thing or place
    return all(t.is_oov and t.text[:1].isupper() and not t.text.isupper() and len(t.text) >= 3
               and t.ent_type_ not in PLACE_LABELS and t.ent_type_ != "ORG" for t in run)


def _text(article: Article, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", article.text[start:end]).strip()


def _name_ok(article: Article, run: list[Token], lex: Lexicon) -> bool:
    if not run:
        return False
    folded = [fold(t.text) for t in run]
    if any(f in lex.not_person for f in folded):
        return False
    whole = _text(article, run[0].idx, run[-1].idx + len(run[-1].text))
    if lex.side_key(whole) is not None:
        return False
    return not (len(run) == 1 and (len(run[0].text) < 2 or (run[0].text.isupper()
                                   and len(run[0].text) <= 4)))


@lru_cache(maxsize=4096)
def _known_role(phrase: str, lang: str) -> str | None:
    known = match_role(phrase, lang)
    return known.key if known is not None else None


def _role_hits(article: Article, lex: Lexicon) -> list[RoleHit]:
    """Role phrases of the whole article, found once: the role regexes run only
    in a window around a word that can start a role phrase."""
    text = fold_case(article.text)
    if lex.role_trigger is None:
        return []
    found: set[tuple[int, int, str, bool]] = set()
    for trig in lex.role_trigger.finditer(text):
        first = re.sub(r"\s+", " ", fold(trig.group(0)))
        indexes = lex.role_first.get(first) or lex.role_first.get(first.replace(" ", "-"), [])
        lo, hi = max(0, trig.start() - 60), min(len(text), trig.end() + 160)
        for k in indexes:
            regex, key, plural = lex.roles[k]
            for m in regex.finditer(text, lo, hi):
                if m.start() <= trig.start() < m.end():
                    found.add((m.start(), m.end(), key, plural))
    ordered = sorted(found, key=lambda f: (-(f[1] - f[0]), f[0], f[3]))
    chosen: list[RoleHit] = []
    words: set[str] | None = None
    for start, end, key, plural in ordered:
        if any(not (end <= c.start or start >= c.end) for c in chosen):
            continue
        phrase = article.text[start:end]
        # the shared role taxonomy names the key when it knows the phrase
        key = _known_role(phrase, article.lang) or key
        sense = lex.role_senses.get(key)
        if sense is not None:
            # "the captain" of a ferry, "managers" of a hospital: a sport role
            # only in an article about sport
            if words is None:
                words = {w for t in article.doc for w in (_tok(t).lower(), _lemma(t).lower())}
            if not sense[0] & words:
                if sense[1] is None:
                    continue
                key = sense[1]
        chosen.append(RoleHit(start, end, key, plural, lex.side(phrase)))
    chosen.sort(key=lambda h: h.start)
    return chosen


def _with_determiner(article: Article, start: int, lex: Lexicon) -> int:
    before = fold(article.text[max(0, start - 12) : start])
    for det in sorted(lex.determiners - {"de", "du", "d'"}, key=len, reverse=True):
        if det.endswith("'"):
            if before.endswith(det) and (len(before) == len(det) or not before[-len(det) - 1]
                                         .isalpha()):
                return start - len(det)
        elif re.search(rf"(?<![\w']){re.escape(det)}\s+$", before):
            m = re.search(rf"(?<![\w']){re.escape(det)}\s+$", before)
            assert m is not None
            return start - (len(before) - m.start())
    return start


def _tokens_from(sent: Span, offset: int) -> list[Token]:
    return [t for t in sent if t.idx >= offset]


def _honorific_before(run: list[Token], lex: Lexicon) -> Token | None:
    if not run or run[0].i == 0:
        return None
    prev = run[0].doc[run[0].i - 1]
    f = fold(prev.text)
    if f in lex.honorifics or f.rstrip(".") in lex.honorifics:
        return prev
    return None


def _link(groups: list[Group], run_tokens: list[str]) -> Group | None:
    if not run_tokens:
        return None
    last = run_tokens[-1]
    if len(run_tokens) == 1:
        for g in groups:
            if g.tokens[-1] == last:
                return g
        for g in groups:
            if last in g.tokens[1:]:
                return g
        # « M. Kasymov » after « Nurlan Kassymov »: a surname spelt another way links to
        # the one full name it matches
        fits = [g for g in groups if len(g.tokens) >= 2 and len(last) >= 4
                and match_people(g.name, last.capitalize()) is not None]
        return fits[0] if len(fits) == 1 else None
    first = run_tokens[0]
    for g in groups:
        if g.tokens[-1] != last:
            continue
        if len(g.tokens) == 1 or g.tokens[0] == first or (g.tokens[0][:1] == first[:1] and (
                len(first) <= 2 or len(g.tokens[0]) <= 2)):
            return g
    return None


# « la directrice de course Anne Colin », "the director of racing Anne Colin": one common
# noun completing the role, then the name with no comma
_TIGHT_COMPLEMENT = re.compile(
    r"\s+(?:de|du|des|d'|of)\s*(?:la\s+|l'|the\s+)?(?-i:[a-z\u00e0-\u00ff]{3,})\s+")


class Finder:
    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.groups: list[Group] = []
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self.titled: set[int] = set()
        self.thing_words: set[str] = set()
        self.org_tokens: set[int] = set()

    # -- named mentions
    def _add_named(self, sent: Span, run: list[Token], qstart: int, qend: int,
                   role: RoleHit | None) -> Mention | None:
        art, lex = self.article, self.lex
        if not _name_ok(art, run, lex):
            folded = [fold(t.text) for t in run]
            if len(run) > 1 and any(f in lex.not_person for f in folded):
                # "Orbis Launch": its other words name the organisation, not a person
                self.thing_words.update(f for f, t in zip(folded, run, strict=True)
                                        if t.text[:1].isupper())
            return None
        if self._place_fragment(run):
            self.thing_words.update(fold(t.text) for t in run)
            return None
        if len(run) == 1 and run[0].pos_ == "ADJ" and run[0].dep_ == "amod" and (
                run[0].head.pos_ == "NOUN" and run[0].head.i > run[0].i):
            return None  # "his Azerbaijani counterpart": a nationality word
        nstart, nend = run[0].idx, run[-1].idx + len(run[-1].text)
        if any(m.anchor_start < nend and nstart < m.anchor_end for m in self.mentions
               if m.name is not None):
            return None
        name = _text(art, nstart, nend)
        tokens = [fold(t.text) for t in run if fold(t.text) not in lex.particles or t == run[-1]]
        group = _link(self.groups, tokens)
        if group is None:
            group = Group(name=name, tokens=tokens)
            self.groups.append(group)
        elif len(tokens) > len(group.tokens) and len(group.tokens) == 1:
            group.name, group.tokens = name, tokens
        mention = Mention(sent=sent, start=qstart, end=qend, anchor_start=nstart, anchor_end=nend,
                          name=name, group=group)
        if role is not None:
            role.used = True
            mention.role, mention.role_side, mention.plural = role.key, role.side, False
        group.mentions.append(mention)
        self.mentions.append(mention)
        for t in run:
            self.by_token[t.i] = mention
        return mention

    def _place_fragment(self, run: list[Token]) -> bool:
        """"French Guiana", « Guyane française »: the run and the side word written
        against it (left out of the run as a nationality word) name a known place."""
        doc, lex = run[0].doc, self.lex
        near = []
        if run[0].i > 0:
            near.append((doc[run[0].i - 1], True))
        if run[-1].i + 1 < len(doc):
            near.append((doc[run[-1].i + 1], False))
        name = " ".join(t.text for t in run)
        for tok, before in near:
            if lex.side_key(tok.text) is None or not tok.is_alpha:
                continue
            gap = run[0].idx - (tok.idx + len(tok.text)) if before else tok.idx - (
                run[-1].idx + len(run[-1].text))
            if gap != 1:
                continue
            whole = normalise_place(f"{tok.text} {name}" if before else f"{name} {tok.text}")
            # a known place of its own, not the side word's place found inside the words
            if whole.known and whole.key != normalise_place(tok.text).key:
                return True
        return False

    def sentence(self, sent: Span, hits: list[RoleHit]) -> list[RoleHit]:
        art, lex = self.article, self.lex
        # 1. role + name: « le ministre des Affaires étrangères Sergueï Lavrov »
        for hit in hits:
            after = _tokens_from(sent, hit.end)
            if not after or art.text[hit.end : after[0].idx].strip():
                continue
            after = self._skip_role_complement(after)
            run = _name_run(after, lex)
            if run:
                qstart = _with_determiner(art, hit.start, lex)
                self._add_named(sent, run, qstart, run[-1].idx + len(run[-1].text), hit)
        # 2. people found by NER, with a role after them: « Anton Silouanov, ministre des Finances »
        for ent in sent.ents:
            if ent.label_ not in PERSON_LABELS or any(t.i in self.org_tokens for t in ent):
                continue
            toks = [t for t in ent if not any(h.start <= t.idx < h.end for h in hits)]
            while toks and not _is_name_token(toks[0], lex):
                if _tok(toks[0]) in lex.complement_links and toks[0].text.islower():
                    toks = []  # « (le président) de la République »: the role's complement
                    break
                toks = toks[1:]
            # « Erlan Kassymov » with only « Kassymov » tagged: the first name before it
            while toks and toks[0].i > sent.start and _inside_person(toks[0].doc[toks[0].i - 1]):
                toks = [toks[0].doc[toks[0].i - 1], *toks]
            run = _name_run(toks + _tokens_from(sent, ent.end_char), lex) if toks else []
            self._named_with_context(sent, run, hits)
        # 2b. a name the NER missed, set before its role: « Aïdar Seitkali, le vice-ministre »
        for hit in hits:
            if hit.used or hit.plural:
                continue
            run = self._name_before_role(sent, hit)
            if run:
                self._named_with_context(sent, run, hits)
        # 3. honorifics, known surnames, names coordinated with a person
        i = 0
        toks = list(sent)
        while i < len(toks):
            in_role = any(h.start <= toks[i].idx < h.end for h in hits)
            run = _name_run(toks[i:], lex) if _is_name_token(toks[i], lex) and not in_role else []
            if not run or (run[0].i in self.by_token):
                i += max(1, len(run))
                continue
            folded = [fold(t.text) for t in run if fold(t.text) not in lex.particles]
            ok = (_honorific_before(run, lex) is not None
                  or _link(self.groups, folded) is not None
                  or self._coordinated(run)
                  or _unknown_name(run, lex))
            if ok and run[0].pos_ in ("PROPN", "NOUN", "X", "ADJ"):
                self._named_with_context(sent, run, hits)
            i += len(run)
        return hits

    def _name_before_role(self, sent: Span, hit: RoleHit) -> list[Token]:
        """The capitalised words (two at least) just before « , le <role> » / ", the
        <role>": a person named, then described."""
        toks = [t for t in sent if t.idx < hit.start]
        if toks and _tok(toks[-1]) in self.lex.definite:
            toks = toks[:-1]
        if len(toks) < 3 or toks[-1].text != ",":
            return []
        back: list[Token] = []
        for t in reversed(toks[:-1]):
            if not _is_name_token(t, self.lex) or t.pos_ not in ("PROPN", "NOUN", "X", "ADJ"):
                break
            back.insert(0, t)
        if len(back) < 2 or len(back) > 4 or any(t.i in self.by_token for t in back):
            return []
        first = back[0]
        if first.i > sent.start and first.doc[first.i - 1].text[:1].isupper() and (
                first.doc[first.i - 1].is_alpha):
            return []
        run = _name_run(back, self.lex)
        return run if len(run) == len(back) else []

    def _skip_role_complement(self, after: list[Token]) -> list[Token]:
        """Past « de Renault, », "of Apple", « parisien » between a role and its name."""
        lex = self.lex
        rest = after
        if rest and rest[0].pos_ == "ADJ" and rest[0].text[:1].islower() and len(rest) > 1:
            rest = rest[1:]
        if rest and _tok(rest[0]) in lex.complement_links:
            if len(rest) > 2 and _tok(rest[1]) in lex.definite:
                rest = rest[1:]  # « de l'ONU, X », "of the UN, X": past the article too
            org = _name_run(rest[1:], lex)
            if org:
                tail = rest[1 + len(org):]
                if tail and tail[0].text == ",":
                    tail = tail[1:]
                if _name_run(tail, lex):
                    # « le PDG de Vantor, Michel Aubry »: Vantor is the role's organisation
                    self.org_tokens.update(t.i for t in org)
                    self.thing_words.update(fold(t.text) for t in org)
                    return tail
                # « du Var Philippe Mahé »: the person is where NER starts one, else the last two
                for k in range(1, len(org)):
                    if org[k].ent_iob_ == "B" and org[k].ent_type_ in PERSON_LABELS:
                        return rest[1 + k:]
                if len(org) >= 3:
                    return rest[1 + len(org) - 2:]
        if rest is not after and _name_run(rest, lex):
            return rest
        return after

    def _coordinated(self, run: list[Token]) -> bool:
        """A name in a list or apposition with a known person ("Trump and Putin")."""
        # every word whose head lies outside the run (a broken parse may give several)
        roots = [t for t in run if t.head not in run] or [run[0]]
        return any((n.i in self.by_token and n.dep_ in ("conj", "appos")) or
                   (n.i in self.by_token and root.dep_ in ("conj", "appos") and n == root.head)
                   for root in roots for n in [root.head, *root.children])

    def _named_with_context(self, sent: Span, run: list[Token], hits: list[RoleHit]) -> None:
        if not run:
            return
        art = self.article
        nstart, nend = run[0].idx, run[-1].idx + len(run[-1].text)
        qstart, qend = nstart, nend
        hon = _honorific_before(run, self.lex)
        if hon is not None:
            qstart = hon.idx
            self.titled.add(run[0].i)
        role: RoleHit | None = None
        # the nearest role phrase first: « Le président russe était entouré de son chef de
        # la diplomatie, X »: X is the head of diplomacy, not the president
        for hit in sorted(hits, key=lambda h: min(abs(h.start - nend), abs(nstart - h.end))):
            if hit.used:
                continue
            gap_after = art.text[nend : hit.start]
            if hit.start >= nend and re.fullmatch(r"\s*,\s*(?:\S+\s+)?", gap_after) and (
                    _with_determiner(art, hit.start, self.lex) >= nend):
                word = gap_after.strip(" ,")
                # "X, Brazil's trade minister", « X, le ministre »
                owner = bool(re.fullmatch(r"[A-Z][\w.\-]*['\u2019]s", word)) or (
                    self.lex.side_key(word) is not None)
                det_ok = not word or fold(word) in self.lex.determiners or owner
                if owner and hit.side is None:
                    hit.side = self.lex.side_key(re.sub(r"['\u2019]s$", "", word))
                if det_ok and not hit.plural:
                    role, qend = hit, hit.end
                    break
            gap_before = art.text[hit.end : nstart]
            if hit.end <= nstart and (self.lex.complement_re.fullmatch(gap_before)
                                      or _TIGHT_COMPLEMENT.fullmatch(gap_before)) and (
                    not hit.plural):
                role, qstart = hit, _with_determiner(art, hit.start, self.lex)
                break
        mention = self._add_named(sent, run, qstart, qend, role)
        if mention is not None and hon is not None:
            mention.titled = True


# --------------------------------------------------------------------------- context


def _path_to(root: Token, top: Token) -> list[Token]:
    path = [root]
    cur = root
    while cur != top and head_of(cur) != cur:
        cur = head_of(cur)
        path.append(cur)
    return path


def _argument_of(root: Token, verb: Token) -> Token | None:
    """The child of ``verb`` whose subtree holds ``root`` (climbing conj/appos/flat)."""
    cur = root
    while head_of(cur) != cur and head_of(cur) != verb:
        cur = head_of(cur)
    return cur if head_of(cur) == verb and cur != verb else None


def _arg_kind(arg: Token, lex: Lexicon) -> str:
    dep = arg.dep_
    if dep in SUBJECT_DEPS:
        return "subject"
    if dep in OBJECT_DEPS:
        if any(_tok(c) in lex.with_words for c in arg.children if c.dep_ in ("case", "prep")):
            return "with"
        return "object"
    if dep == "prep" and _tok(arg) in lex.with_words:
        return "with"
    if dep == "prep" and _tok(arg) in lex.agent_preps:
        return "subject"
    cases = [c for c in arg.children if c.dep_ in ("case", "fixed")]
    if any(_tok(c) in lex.with_words for c in cases):
        return "with"
    if cases and (_tok(cases[0]) in lex.agent_preps
                  or " ".join(_tok(c) for c in cases[:2]) in lex.agent_preps):
        return "subject"
    return "other"


def _apposed_kind(doc: Any, mention: Mention, verb: Token, lex: Lexicon) -> str | None:
    """The kind of the noun phrase just before « , X » when it is an argument of ``verb``."""
    first = next((t for t in doc if t.idx >= mention.anchor_start), None)
    if first is None or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    phrase = _argument_of(doc[first.i - 2], verb)
    if phrase is None or phrase.pos_ not in ("NOUN", "PROPN") or phrase.i >= first.i:
        return None
    return _arg_kind(phrase, lex)


def _verbs_below(chain: list[Token]) -> list[Token]:
    out = list(chain)
    for verb in chain:
        stack = [verb]
        while stack:
            cur = stack.pop()
            for child in cur.children:
                if child.dep_ == "xcomp" and child not in out:
                    out.append(child)
                    stack.append(child)
    return out


def _listed_verb(verb: Token, table: dict[str, frozenset[str] | None]) -> bool:
    """``verb`` is in ``table`` (lemma or form), with the word the entry needs among
    its dependents ("stay away": "away")."""
    for key in (_lemma(verb), fold(verb.text)):
        if key in table:
            needed = table[key]
            if needed is None or any(_tok(c) in needed or _lemma(c) in needed
                                     for c in verb.subtree if c != verb):
                return True
    return False


def _before_subject(doc: Any, mention: Mention, verb: Token) -> bool:
    """« Erlan Kassymov, le chef de la délégation, a pris la parole »: the name, then a
    comma, then the subject phrase of ``verb`` (the parse hung the name elsewhere)."""
    after = next((t for t in doc if t.idx >= mention.anchor_end), None)
    if after is None or after.text != "," or after.i + 1 >= len(doc) or after.i > verb.i:
        return False
    cur = mention.root
    while cur is not None and cur != verb:
        if any(c.dep_ in ("case", "prep", "mark") for c in cur.children):
            return False  # « sous la présidence de X, le pays… »: inside a complement
        cur = head_of(cur) if head_of(cur) != cur else None
    start = doc[after.i + 1]
    return any(c.dep_ in SUBJECT_DEPS and c.left_edge == start and c.i < verb.i
               for c in verb.children)


def _bare_subject(arg: Token, verb: Token) -> bool:
    """A noun phrase before a verb that has no subject, with no preposition of its
    own, is that verb's subject (a parse that tagged it as a modifier)."""
    if arg.i > verb.i or arg.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
        return False
    if arg.dep_ not in ("obl", "obl:mod", "nmod", "npadvmod", "dep"):
        return False
    if any(c.dep_ in ("case", "prep", "mark") for c in arg.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in arg.subtree
           if t.i <= arg.i):
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl", "conj", "acl:relcl", "relcl", "csubj",
                          "csubj:pass", "csubjpass"})
_ADVERBIAL_DEPS = frozenset({"prep", "obl", "obl:mod", "obl:arg", "advmod", "npadvmod", "nmod"})
_COPULAS = frozenset({"be", "etre"})


def _site_text(tokens: list[Token]) -> str:
    return " " + " ".join(_tok(t) for t in sorted(tokens, key=lambda t: t.i)) + " "


def _names_site(text: str, lex: Lexicon, speech: bool = False) -> bool:
    """``text`` (folded, spaced) holds a phrase of being on the scene (« sur place »,
    "at the scene"), or a spot of the event's site after a preposition of place
    (« au poste de commandement », "at the staging area"; for speech also « depuis la
    tour de contrôle », "from the control tower")."""
    if any(phrase in text for phrase in lex.on_site):
        return True
    preps = lex.place_preps | lex.locative_preps | lex.site_preps
    if not speech:
        preps = preps - lex.not_at_event
    for site in lex.site_words:
        at = text.find(f" {site} ")
        while at >= 0:
            before = text[:at].split()
            while before and before[-1] in lex.determiners:
                before.pop()
            if before and (before[-1] in preps or " ".join(before[-2:]) in preps):
                return True
            at = text.find(f" {site} ", at + 1)
    return False


def _at_site(pred: Token, lex: Lexicon, skip: Token | None = None) -> bool:
    """The predicate ``pred`` (its own complements, not the clauses under it) places
    its subject at the event: « était sur place », "was at the command post",
    « présent au poste de commandement », "was at the talks" (a copula and a meeting)."""
    toks = [pred]
    for child in pred.children:
        if child == skip or child.dep_ in SUBJECT_DEPS or child.dep_ in _CLAUSE_DEPS:
            continue
        if child.dep_ in _ADVERBIAL_DEPS:
            toks.extend(child.subtree)
            continue
        toks.append(child)
        toks.extend(g for g in child.children if g.dep_ in ("case", "prep", "pobj", "det",
                                                             "obj", "fixed", "advmod"))
    if _names_site(_site_text(toks), lex):
        return True
    # « était à la réunion », "was at the talks": a copula and a meeting of the event
    copular = _lemma(pred) in _COPULAS or any(c.dep_ == "cop" for c in pred.children)
    if copular and any(c.dep_ in ("advmod", "obl:mod") and _tok(c) in lex.copula_here
                       for c in pred.children):
        return True  # "was there", « était là »
    if copular and any(c.dep_ in ("acomp", "attr", "xcomp") and c.pos_ == "ADJ"
                       and _tok(c) in lex.present_verbs for c in pred.children):
        return True  # "will be present on Thursday"
    if copular or _listed_verb(pred, lex.member_verbs):
        wide = [pred, *(t for c in pred.children if c != skip and c.dep_ not in SUBJECT_DEPS
                        and c.dep_ not in _CLAUSE_DEPS for t in c.subtree)]
        if _member(pred, wide, lex):
            return True
    if not copular:
        return False
    nouns = [pred, *(g for c in pred.children if c.dep_ in ("prep", "obl", "obl:mod")
                     for g in [c, *c.children] if g.dep_ in ("pobj", "obl", "obl:mod"))]
    for noun in nouns:
        if not (_tok(noun) in lex.meeting_nouns or _tok(noun) in lex.event_anchors):
            continue
        cases = [c for c in noun.children if c.dep_ in ("case", "prep")]
        if noun.dep_ == "pobj":
            cases.append(head_of(noun))
        if any(_tok(c) in lex.place_preps for c in cases):
            return True
    return False


_MEMBER_PATH = frozenset({"prep", "pobj", "attr", "obj", "dobj", "obl", "obl:arg", "obl:mod",
                          "nmod", "acomp"})
_PART_WORDS = frozenset({"partie", "part", "membre", "membres", "member", "members"})


def _member(pred: Token, toks: list[Token], lex: Lexicon) -> bool:
    """Among the predicate's words, one of the party of the event after a word of
    belonging: « (était) du voyage », « parmi la délégation », "(was) among the
    delegation", "part of the delegation", "on the trip" (the predicate itself or its
    complement, or the complement's own: « partie de la délégation »)."""
    near = {pred.i}
    stack = [pred]
    while stack:
        cur = stack.pop()
        for child in cur.children:
            if child.dep_ not in _MEMBER_PATH or child.i in near:
                continue
            near.add(child.i)
            # down through a preposition or a word of belonging, not another noun
            if child.pos_ == "ADP" or _tok(child) in _PART_WORDS:
                stack.append(child)
    for noun in toks:
        if noun.i not in near:
            continue
        if _tok(noun) not in lex.member_nouns and _lemma(noun) not in lex.member_nouns:
            # "part of the talks", « partie des négociations »: a meeting itself
            ups = [head_of(noun), head_of(head_of(noun))]
            meeting = _tok(noun) in lex.meeting_nouns or _tok(noun) in lex.event_anchors
            if meeting and (any(_tok(u) in _PART_WORDS for u in ups)
                            or _listed_verb(pred, lex.member_verbs)):
                return True
            continue
        # « du voyage »: the contracted article may be tagged as a determiner
        links = [_tok(c) for c in noun.children if c.dep_ in ("case", "prep", "fixed", "det")]
        head = head_of(noun)
        if noun.dep_ == "pobj" and head != noun:
            links.append(_tok(head))
            if head_of(head) != head:
                links.append(f"{_tok(head_of(head))} {_tok(head)}")
        cases = [c for c in noun.children if c.dep_ == "case"]
        if len(cases) >= 2:
            links.append(" ".join(_tok(c) for c in cases))
        if any(w in lex.member_preps for w in links):
            return True
    return False


def _chair_prep(noun: Token, lex: Lexicon) -> bool:
    """``noun`` stands after a preposition of guidance (« sous », "under")."""
    preps = [c for c in noun.children if c.dep_ in ("case", "prep")]
    if noun.dep_ == "pobj" and head_of(noun) != noun:
        preps.append(head_of(noun))
    return any(_tok(p) in lex.chair_preps for p in preps)


def _on_site(root: Token, lex: Lexicon) -> bool:
    """The clause whose subject holds the name says the subject was at the scene
    (« était sur place », "was on the scene", "remained at the site")."""
    if not lex.on_site:
        return False
    subj = root
    while subj.dep_ in ("appos", "flat", "flat:name", "compound", "conj") and (
            head_of(subj) != subj):
        subj = head_of(subj)
    if subj.dep_ not in SUBJECT_DEPS or head_of(subj) == subj:
        return False
    return _at_site(head_of(subj), lex, skip=subj)


def _fronted_presence(article: Article, verb: Token, subj: Token, lex: Lexicon) -> str | None:
    """A predicate set before the subject, with a comma: « Absent de la réunion, le
    ministre X a… » → absent; « Présent sur place, X a… », "On hand at the ceremony,
    X…" → present."""
    for child in verb.children:
        if child.i >= subj.i or child.dep_ in SUBJECT_DEPS or child.dep_ in (
                "aux", "aux:tense", "aux:pass", "auxpass", "punct", "cc", "mark", "neg"):
            continue
        sub = list(child.subtree)
        end = sub[-1].i + 1
        if end >= len(child.doc) or child.doc[end].text != "," or sub[0].i != (
                child.doc[sub[0].i].sent.start):
            continue  # only a phrase opening the sentence, closed by a comma
        if any(c.dep_ in SUBJECT_DEPS for c in child.children):
            continue
        if _tok(child).startswith("absent") and (
                _tok(child) in lex.absence or _lemma(child) in lex.absence):
            return "absent"  # the adjective only (not « en l'absence de Y, X… »)
        word = _tok(child) in lex.present_verbs or _lemma(child) in lex.present_verbs
        if (word and child.pos_ in ("ADJ", "NOUN")) or _names_site(_site_text(sub), lex):
            return "present"
    return None


def _apposed_presence(article: Article, root: Token, mention: Mention,
                      lex: Lexicon) -> str | None:
    """What the phrases set after the name say: « X, présent au poste de commandement, »,
    "X, who was at the command post," "X, on the scene since dawn," → present; "X, who
    was not at the talks," → absent."""
    head = root
    while head.dep_ in ("flat", "flat:name", "compound") and head_of(head) != head:
        head = head_of(head)
    holders = [head]
    if head.dep_ in ("appos", "conj") and head_of(head) != head:
        holders.append(head_of(head))
    holders += [c for h in list(holders) for c in h.children if c.dep_ == "appos" and c != head
                and c.pos_ in ("NOUN", "PROPN")]  # « , présent à la réunion, » is no holder
    found: str | None = None
    for holder in holders:
        for child in holder.children:
            if child.i <= root.i or child.idx < mention.anchor_end or child in holders[1:]:
                continue
            # « Le ministre, X, était du voyage » parsed as a conjunct of the role noun:
            # a predicate with a copula and no subject of its own
            verbal = child.dep_ == "conj" and any(c.dep_ == "cop" for c in child.children) and (
                not any(c.dep_ in SUBJECT_DEPS for c in child.children))
            if child.dep_ in ("acl:relcl", "relcl", "acl", "appos", "amod") or verbal:
                pred = child
            elif child.dep_ in ("prep", "nmod") and holder.dep_ != "pobj":
                pred = None
            else:
                continue
            if pred is None:
                placed = _names_site(_site_text(list(child.subtree)), lex)
            else:
                placed = _at_site(pred, lex) or (
                    pred.pos_ == "ADJ" and (_tok(pred) in lex.present_verbs
                                            or _lemma(pred) in lex.present_verbs))
            if not placed or (pred is not None and _elsewhen(pred, lex, _event_year(article))):
                continue
            if pred is not None and is_negated(article, pred):
                return "absent"
            found = "present"
    return found


def _present_verb(verb: Token, lex: Lexicon) -> tuple[bool, bool]:
    """(is a presence verb, objects are present too)."""
    lemma = _lemma(verb)
    lemma_text = fold(verb.text)
    if lemma in lex.meet_verbs or lemma_text in lex.meet_verbs:
        return True, True
    if verb.pos_ == "VERB" and lemma == lemma_text:
        # the lemmatizer left the form as it is: try the stems of the verbs
        for entry in (*lex.meet_verbs, *lex.present_verbs):
            stem = entry[:-2] if entry.endswith(("er", "ir", "re")) else entry
            if len(stem) >= 5 and lemma_text.startswith(stem) and " " not in entry:
                return True, entry in lex.meet_verbs
    for key in (lemma, lemma_text):
        if key in lex.present_verbs:
            needed = lex.present_verbs[key]
            if needed is None or any(_tok(c) in needed or _lemma(c) in needed
                                     for c in verb.subtree if c != verb):
                return True, False
    return False, False


def _mistagged_verb(root: Token, lex: Lexicon) -> bool:
    """The name's phrase is the subject of a lowercase word the tagger did not read as
    a verb, but whose lemma is a verb of presence or meeting (« l'accompagnait »)."""
    subj = root
    while subj.dep_ in ("appos", "flat", "flat:name", "compound") and head_of(subj) != subj:
        subj = head_of(subj)
    if subj.dep_ not in SUBJECT_DEPS or head_of(subj) == subj:
        return False
    head = head_of(subj)
    if head.pos_ in ("VERB", "AUX") or not head.text.islower() or head.i < subj.i:
        return False
    return _present_verb(head, lex)[0] and not _topic_object(head, lex)


def _topic_object(verb: Token, lex: Lexicon) -> bool:
    """A meeting verb whose object is a thing one comments on ("welcomed the deal",
    « a salué l'accord », « a accueilli favorablement la décision »), not a person."""
    objs = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    return bool(objs) and all(_tok(o) in lex.topic_nouns or _lemma(o) in lex.topic_nouns
                              for o in objs)


def _possibility(root: Token, chain: list[Token], lex: Lexicon) -> bool:
    for tok in [root, *ancestors_of(root)]:
        lemma, low = _lemma(tok), _tok(tok)
        if lemma in lex.possibility or low in lex.possibility:
            return True
        if lemma in lex.possibility_conditional and (
                "Cnd" in tok.morph.get("Mood") or "Fut" in tok.morph.get("Tense")):
            return True
    for verb in chain:
        for child in verb.children:
            if child.dep_.startswith("aux") and _tok(child) in lex.possibility_aux:
                return True
    return False


def _delegation(verb: Token, lex: Lexicon) -> Token | None:
    if _lemma(verb) not in lex.delegation_verbs:
        return None
    if verb.dep_ in ("acl", "amod") and _lemma(head_of(verb)) in lex.delegation_nouns | {
            fold(head_of(verb).text)}:
        return head_of(verb) if fold(head_of(verb).text) in lex.delegation_nouns or _lemma(
            head_of(verb)) in lex.delegation_nouns else None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and (_lemma(child) in lex.delegation_nouns
                                           or _tok(child) in lex.delegation_nouns):
            return child
    return None


def _np_text(tok: Token) -> str:
    toks = [tok, *[t for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "det")
                   for t in c.subtree]]
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    text: str = doc_text(tok.doc)[lo:hi]
    return text


def _has_words(tokens: list[Token], words: frozenset[str]) -> bool:
    """Any word of ``words`` (text or lemma) among ``tokens``, or a multi-word entry
    as consecutive tokens."""
    folded = [_tok(t) for t in tokens]
    if any(f in words or _lemma(t) in words for f, t in zip(folded, tokens, strict=True)):
        return True
    joined = f" {' '.join(folded)} "
    return any(" " in w and f" {w} " in joined for w in words)


_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "nsubj", "nsubj:pass", "nsubjpass",
                           "punct", "conj", "cc", "mark", "aux", "aux:tense", "aux:pass",
                           "auxpass", "neg", "csubj", "expl:subj", "expl:comp", "expl:pass",
                           "dep"})


def _speech_at_event(top: Token, root: Token, lex: Lexicon) -> bool:
    """Speech with a complement locating it at the event (« à la sortie », "at the
    final whistle", "told reporters in Paris"), not from elsewhere."""
    comps = [c for c in top.children if c.dep_ not in _CONTENT_DEPS and c != root
             and not (c.i <= root.i and root.i < c.i + len(list(c.subtree)) and c.dep_ in
                      SUBJECT_DEPS)]
    comps += [c for c in root.children if c.dep_ in ("nmod", "obl", "prep")]
    for comp in comps:
        sub = list(comp.subtree)
        # « depuis la tour de contrôle », "at the staging area", "told the courtroom": a
        # spot of the event's site (not « depuis son bureau », "from Paris")
        if _names_site(_site_text(sub), lex, speech=True) or (
                comp.dep_ in OBJECT_DEPS and _tok(comp) in lex.site_words):
            return True
        if _has_words(sub, lex.not_at_event):
            return False
        if _has_words(sub, lex.event_anchors):
            return True
        head_case = [c for c in comp.children if c.dep_ in ("case", "prep")]
        prep = comp if comp.dep_ == "prep" else (head_case[0] if head_case else None)
        if prep is not None and _tok(prep) in lex.place_preps and any(
                t.ent_type_ in PLACE_LABELS for t in sub):
            return True
    return False


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _event_year(article: Article) -> int | None:
    """The year of the story: that of publication, else the latest year the text gives."""
    published = article.published
    if published is not None:
        return published.year
    years = [int(y) for y in _YEAR.findall(article.text)]
    return max(years) if years else None


def _elsewhen(top: Token, lex: Lexicon, year: int | None = None) -> bool:
    """A clause dated away from the event (« il y a trois ans », "in 2018", "last year").
    A year is away only when it is before the story's own ``year`` (« le 14 mars 2026 »
    in a 2026 story dates the event itself)."""
    for child in top.children:
        if child.dep_ not in ("obl", "obl:mod", "advmod", "npadvmod", "prep", "nmod", "advcl"):
            continue
        sub = list(child.subtree)
        if any(t.like_num and len(t.text) == 4 and t.text.isdigit()
               and t.text[:2] in ("19", "20") and (year is None or int(t.text) < year)
               for t in sub):
            return True
        if _has_words(sub, lex.past_units) and _has_words(sub, lex.past_markers):
            return True
    return False


def _in_quote(article: Article, mention: Mention) -> bool:
    """The mention sits inside quoted speech of its sentence."""
    text = mention.sent.text
    base = mention.sent.start_char
    pos = mention.anchor_start - base
    for opening, closing in (("«", "»"), ("\u201c", "\u201d"), ('"', '"')):
        i = text.find(opening)
        while 0 <= i < pos:
            j = text.find(closing, i + 1)
            if j < 0:
                break
            if i < pos < j:
                return True
            i = text.find(opening, j + 1)
    return False


def _verb_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma or form is in ``words``; when the lemmatizer left the form as it
    is (« estime », « juge »), an entry whose stem the form starts with counts."""
    lemma, low = _lemma(verb), _tok(verb)
    if lemma in words or low in words:
        return True
    if verb.pos_ != "VERB" or lemma != low:
        return False
    return any(len(w) >= 6 and w.endswith(("er", "ir", "re")) and " " not in w
               and low.startswith(w[:-2]) and len(low) - len(w) <= 3 for w in words)


def _remote(verb: Token, lex: Lexicon) -> bool:
    """The verb's own complements put the deed away from the event: « par téléphone »,
    "remotely", « depuis Paris », "from his office" (not « depuis la tour de contrôle »)."""
    for child in verb.children:
        if child.dep_ not in _ADVERBIAL_DEPS and child.dep_ not in ("agent", "obl:agent"):
            continue
        sub = list(child.subtree)
        text = _site_text(sub)
        if _names_site(text, lex, speech=True):
            continue
        if any(w in text for w in (f" {w} " for w in lex.not_at_event
                                   if w not in lex.locative_preps)):
            return True
        cases = [c for c in child.children if c.dep_ in ("case", "prep")]
        if child.dep_ == "prep":
            cases.append(child)
        if not any(_tok(c) in lex.not_at_event for c in cases):
            continue
        if any(t.ent_type_ in PLACE_LABELS for t in sub) or any(
                _tok(t) in _POSS_PRONOUNS or "Yes" in t.morph.get("Poss") for t in sub):
            return True
    return False


def _realis_agent(article: Article, mention: Mention, root: Token, top: Token, kind: str,
                  lex: Lexicon) -> bool:
    """The person did something at the event: the subject (or agent) of an asserted
    action verb, past or present, that is not speech, a state or a possibility."""
    if kind != "subject" or top.pos_ != "VERB":
        return False
    quiet = (lex.speech_verbs | lex.comment_verbs | lex.state_verbs | lex.talk_verbs
             | lex.possibility | lex.possibility_conditional | lex.remote_verbs)
    if _verb_in(top, quiet):
        return False
    if "Imp" in top.morph.get("Mood") or "Sub" in top.morph.get("Mood"):
        return False
    if any(c.dep_ == "cop" for c in top.children):
        return False  # « était opposé au voyage »: a participle as an adjective, a state
    if _present_verb(top, lex)[1] and _topic_object(top, lex):
        return False  # "welcomed the talks in a statement": a comment
    if _remote(top, lex):
        return False
    return not (_elsewhen(top, lex, _event_year(article)) or _in_quote(article, mention))


def _own_staff(arg: Token, lex: Lexicon) -> bool:
    """« son porte-parole », "his aide": the partner belongs to the subject."""
    head = arg
    poss = [c for c in head.children if c.dep_ in ("poss", "nmod:poss")
            or (c.dep_ == "det" and "Yes" in c.morph.get("Poss"))]
    return bool(poss) and _tok(head) not in lex.counterpart_nouns and _lemma(
        head) not in lex.counterpart_nouns


def _deed_before(root: Token, lex: Lexicon) -> bool:
    """The words before the name read « <deed> de [son capitaine,] X » (the parse of
    such a phrase is often wrong)."""
    doc = root.doc
    i = root.i - 1
    steps = 0
    while i > 0 and steps < 6:
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":", "!", "?"):
            return False
        if _tok(tok) in ("de", "d'", "of", "du") and (
                _tok(doc[i - 1]) in lex.deed_nouns or _lemma(doc[i - 1]) in lex.deed_nouns):
            return True
        i -= 1
        steps += 1
    return False


def _deed_author(root: Token, lex: Lexicon) -> bool:
    """« le but de X », "X's strike", « un centre de X »: X did a deed at the event."""
    if _deed_before(root, lex):
        return True
    cur = root
    while cur.dep_ in ("appos", "flat", "flat:name", "compound") and head_of(cur) != cur:
        cur = head_of(cur)
    if cur.dep_ not in ("nmod", "poss", "nmod:poss", "pobj"):
        return False
    head = head_of(cur)
    if cur.dep_ == "pobj" and head.dep_ == "prep" and _tok(head) == "of":
        head = head_of(head)
    return _tok(head) in lex.deed_nouns or _lemma(head) in lex.deed_nouns


_REL_SUBJECTS = frozenset({"qui", "who", "that", "which"})


def _future(verb: Token) -> bool:
    morph = verb.morph
    if "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
        return True
    return any(c.dep_.startswith("aux") and ("Fut" in c.morph.get("Tense")
                                             or "Cnd" in c.morph.get("Mood")
                                             or _tok(c) in ("will", "would", "'ll"))
               for c in verb.children)


def _own_verbs(root: Token, chain: list[Token], kind: str) -> list[tuple[Token, bool]]:
    """Verbs whose subject the person is besides the governing one: a relative clause
    on the name ("who scored", « qui a offert »), a participle on it (« entré en
    jeu »), and verbs coordinated with the person's verb that have no subject of
    their own (« X, …, n'a pas fait le déplacement » parsed as a conjunct).
    ``shared`` marks the coordinated ones."""
    out: list[tuple[Token, bool]] = []
    head = root
    while head.dep_ in ("flat", "flat:name", "compound") and head_of(head) != head:
        head = head_of(head)
    # « le ministre, X, qui … »: the relative clause may hang on the role noun
    holders = [head, head_of(head)] if head.dep_ == "appos" else [head]
    holders += [c for c in head.children if c.dep_ == "appos"]
    for child in [c for h in holders for c in h.children]:
        if child.pos_ != "VERB" or child.dep_ not in ("acl", "acl:relcl", "relcl", "dep"):
            continue
        if child in ancestors_of(root):
            continue  # the name is inside that clause
        subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
        relative = bool(subj) and _tok(subj[0]) in _REL_SUBJECTS
        participle = not subj and "Part" in child.morph.get("VerbForm") and (
            "Pass" not in child.morph.get("Voice")) and child.i > head.i
        # « La trésorière, X, siégeait aux côtés de Y. » parsed with the role noun as the
        # root and the finite verb hung on it: the verb is the phrase's predicate
        predicate = not subj and "Fin" in child.morph.get("VerbForm") and child.i > head.i and (
            any(h.dep_ == "ROOT" and h.pos_ in ("NOUN", "PROPN") for h in holders))
        if relative or participle or predicate:
            out.append((child, False))
    if chain and kind == "subject":
        top = chain[0]
        for child in [*top.children, *root.children]:
            if child.dep_ == "conj" and child.pos_ == "VERB" and not any(
                    c.dep_ in SUBJECT_DEPS for c in child.children):
                out.append((child, True))
    return out


_POSS_PRONOUNS = frozenset({"his", "her", "their", "son", "sa", "ses", "leur", "leurs"})


def _own_deed(top: Token, root: Token, lex: Lexicon) -> bool:
    """"X was praised for his substitutions", « salué pour son doublé »: the
    person's own deed at the event, in the complements of their verb."""
    for child in top.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in ("ccomp", "parataxis", "advcl"):
            continue
        for tok in child.subtree:
            if (_tok(tok) in lex.deed_nouns or _lemma(tok) in lex.deed_nouns) and any(
                    _tok(c) in _POSS_PRONOUNS for c in tok.children
                    if c.dep_ in ("poss", "det", "nmod:poss")):
                return True
    return False


def assess(article: Article, mention: Mention, lex: Lexicon) -> None:
    """Presence, modality, claimant and contextual side of one mention."""
    doc = article.doc
    root = span_root(doc, mention.anchor_start, mention.anchor_end)
    if root is None:
        return
    if root.dep_ == "ROOT" and root.pos_ not in ("VERB", "AUX"):
        # « Aïgerim Baïbossynova a rencontré… » parsed with the first name as a root of
        # its own: the name's word that hangs on the sentence stands for it
        inner = [t for t in doc[max(0, root.i - 4) : root.i + 5] if mention.anchor_start <= t.idx
                 < mention.anchor_end and t != root and head_of(t) != t and not (
                     mention.anchor_start <= head_of(t).idx < mention.anchor_end)]
        if inner:
            root = inner[0]
    if not governing_verbs(article, root):
        # a broken parse may hang the first name on a noun and the surname on the verb
        for tok in doc[max(0, root.i - 4) : root.i + 5]:
            if tok != root and mention.anchor_start <= tok.idx < mention.anchor_end and (
                    head_of(tok) != tok and not (mention.anchor_start <= head_of(tok).idx
                                                 < mention.anchor_end)
                    and governing_verbs(article, tok)):
                root = tok
                break
    mention.root = root
    # a first name the tagger read as a verb (« Ièrlan Baïmoukhanov devrait… ») is no
    # clause of its own: the clause is that of the word the name hangs on
    clause = root
    if root.pos_ in ("VERB", "AUX") and _inside_person(root) and head_of(root) != root and (
            root.dep_ not in _CLAUSE_DEPS and root.dep_ not in ("xcomp", "acl", "ROOT")):
        clause = head_of(root)
    chain = governing_verbs(article, clause)
    mention.verbless = not chain
    expected, denied, absent_cue = modality_parts(article, clause)
    if expected and _imperfect_only(article, chain, lex):
        expected = False
    if not expected and not denied and _announced(root, chain, lex):
        expected = True
    if absent_cue and denied:
        absent_cue, denied = False, False
    claimant = claimant_of(article, mention.sent, mention.anchor_start, mention.anchor_end)
    mention.claimant = claimant
    if denied or absent_cue:
        mention.modality = "denied"
    elif expected:
        mention.modality = "expected"
    elif claimant is not None:
        mention.modality = "reported"
    ancestors = ancestors_of(root)
    present_cue = False
    deed_cue = False  # a deed done: at the event, but its negation says nothing of presence
    speech_subject = False
    delegation_side: str | None = None
    # presence and meeting verbs
    if chain:
        top = chain[0]
        arg = _argument_of(root, top)
        kind = _arg_kind(arg, lex) if arg is not None else "other"
        if arg is None:
            # the parse ran this sentence into another: the name's phrase stands
            # before its stand-in verb as subject, after it as object
            edge = ancestors_of(root)[-1] if ancestors_of(root) else root
            if is_cut(edge):
                has_subject = any(c.dep_ in SUBJECT_DEPS and head_of(c) == top
                                  for c in top.children)
                if root.i < top.i and not has_subject:
                    arg, kind = edge, "subject"
                elif root.i > top.i and not any(c.dep_ in ("case", "prep")
                                                 for c in edge.children):
                    arg, kind = edge, "object"
        if kind == "other" and arg is not None and (_bare_subject(arg, top)
                                                     or _before_subject(doc, mention, top)):
            kind = "subject"
        loose = arg is not None and arg.dep_ in ("obl", "obl:mod", "nmod", "dep") and (
            arg.i > 0 and doc[arg.i - 1].text == ",") and not any(
            c.dep_ in ("case", "prep", "mark") for c in arg.children)
        if kind == "other" and arg is not None and (arg.dep_ == "appos" or loose):
            # « dirigées par le commandant des pompiers, X »: the parse hung the name on
            # the verb; the name takes the part of the role phrase it stands beside
            kind = _apposed_kind(doc, mention, top, lex) or kind
        for verb in _verbs_below(chain):
            is_present, objects_too = _present_verb(verb, lex)
            if is_present and kind == "with" and arg is not None and (
                    _lemma(verb) in lex.talk_verbs and _own_staff(arg, lex)):
                is_present = False  # a word with one's own spokesman is no meeting
            if is_present and objects_too and kind == "subject" and _topic_object(verb, lex):
                is_present = False  # "welcomed the deal", « a salué l'accord »: a comment
            if is_present and (kind in ("subject", "with") or (objects_too and kind == "object"
                                                                 and verb == top)):
                present_cue = True
            # « participent l'assistant X et le ministre Y »: an inverted subject
            bare = arg is not None and not any(c.dep_ in ("case", "prep") for c in arg.children)
            if is_present and kind == "object" and verb == top and verb.i < root.i and bare:
                present_cue = True
            deleg = _delegation(verb, lex)
            if deleg is not None and (kind in ("object", "other") or verb != top):
                present_cue = True
                delegation_side = lex.side(_np_text(deleg))
        speechy = _verb_in(top, lex.speech_verbs | lex.comment_verbs)
        if speechy and kind == "object" and top.i < root.i and not any(
                c.dep_ in SUBJECT_DEPS for c in top.children):
            kind = "subject"  # « », a réagi l'entraîneur X : an inverted subject
        if kind == "subject" and speechy:
            speech_subject = True
            if _speech_at_event(top, root, lex) and not _in_quote(article, mention):
                present_cue = True
        elif _realis_agent(article, mention, root, top, kind, lex):
            deed_cue = True
        if kind == "subject":
            # "was at the table", "was absent from", « était présent »
            for child in top.children:
                if child.dep_ not in ("acomp", "attr", "prep", "xcomp", "obl", "obl:mod",
                                      "advmod"):
                    continue
                words = [child, *[g for g in child.children if g.dep_ in ("pobj", "obj")]]
                for w in words:
                    if _tok(w) in lex.present_heads or _lemma(w) in lex.present_heads:
                        present_cue = True
                    # « en l'absence du ministre », "in the absence of Y": Y's absence
                    owned = w.pos_ == "NOUN" and any(
                        g.dep_ in ("nmod", "prep") for g in w.children)
                    if (_tok(w) in lex.absence or _lemma(w) in lex.absence) and not owned:
                        absent_cue = not denied
            # "stayed away from", « a boudé »: a verb of staying away
            if _listed_verb(top, lex.absent_verbs) and not denied:
                absent_cue = True
                mention.modality = "denied"
    if not chain and _mistagged_verb(root, lex):
        present_cue = True  # « X, la ministre, l'accompagnait » with the verb read as a name
    # « était sur place », "was on the scene": the person's predicate places them there
    if _on_site(root, lex) or (chain and kind == "subject" and _at_site(chain[0], lex)):
        present_cue = True
    # « X, présent au poste de commandement, », "X, who was not at the talks,"
    apposed = _apposed_presence(article, root, mention, lex)
    if apposed is None and chain and kind == "subject" and arg is not None:
        apposed = _fronted_presence(article, chain[0], arg, lex)
    if _deed_author(root, lex):
        present_cue = True
    # "X, who scored", « X, entré en jeu », "X arrived ... and met": the person's own
    # clauses and the verbs sharing the subject
    conj_absent = apposed == "absent"
    if apposed == "present":
        present_cue = True
    hoped = _expectation_words(article.lang)
    for verb, _shared in _own_verbs(root, chain, kind if chain else "other"):
        negated = is_negated(article, verb)
        is_present, _objects = _present_verb(verb, lex)
        if _lemma(verb) in hoped and any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "X, who had been expected to attend,": an expectation, no deed
        if is_present and _objects and _topic_object(verb, lex):
            is_present = False
        if not negated and _listed_verb(verb, lex.absent_verbs):
            conj_absent = True  # « X devait assister au départ mais a annulé sa venue »
            continue
        if is_present and negated:
            conj_absent = True  # "X, who did not take part, ...", « X ..., n'a pas siégé »
        elif not negated and not _future(verb) and (
                is_present or _realis_agent(article, mention, root, verb, "subject", lex)):
            present_cue = True
    if chain and kind == "subject" and _own_deed(chain[0], root, lex):
        present_cue = True
    # « en présence de », "flanked by", "talks with"
    for k, anc in enumerate(ancestors):
        low, lemma = _tok(anc), _lemma(anc)
        if low in lex.present_heads or lemma in lex.present_heads:
            present_cue = True
        if (low in lex.meeting_nouns or lemma in lex.meeting_nouns) and anc.pos_ in ("NOUN",
                                                                                    "PROPN"):
            path = [root, *ancestors[:k]]
            if any(_tok(t) in lex.with_words for t in path) or any(
                    _tok(c) in lex.with_words for t in path for c in t.children
                    if c.dep_ in ("case", "prep")):
                present_cue = True
            if any(t.dep_ in ("poss", "nmod:poss") for t in path[-1:]):
                present_cue = True
        if (low in lex.delegation_nouns or lemma in lex.delegation_nouns) and k <= 3:
            side = lex.side(_np_text(anc))
            if side:
                delegation_side = side
                present_cue = True
        # « sous l'égide de X », "under the chairmanship of X": X runs the event
        if (low in lex.chair_heads or lemma in lex.chair_heads) and _chair_prep(anc, lex):
            present_cue = True
        if low == "including" or low == "dont":
            head = head_of(anc)
            if _tok(head) in lex.delegation_nouns or _lemma(head) in lex.delegation_nouns:
                present_cue = True
                delegation_side = lex.side(_np_text(head)) or delegation_side
    if conj_absent:
        mention.presence, mention.modality = "absent", "denied"
    elif _possibility(root, chain, lex):
        mention.presence = "mentioned"
    elif absent_cue:
        mention.presence = "absent"
    elif present_cue:
        mention.presence = "absent" if denied else "expected" if expected else "present"
    elif deed_cue and not denied:
        # « M. X n'a fait aucune déclaration », "X did not score": no absence either
        mention.presence = "expected" if expected else "present"
    elif expected and not speech_subject and not _state_to_come(article, chain, lex) and (
            not _source_cue_before(article, mention)):
        mention.presence = "expected"
    else:
        mention.presence = "mentioned"
    mention.side = mention.role_side or delegation_side


def _announced(root: Token, chain: list[Token], lex: Lexicon) -> bool:
    """« X est annoncé jeudi à Genève », « la présence de X est annoncée »: the person
    (or their coming) is the subject of a passive verb of announcing."""
    if not chain or not _verb_in(chain[0], lex.announce_verbs):
        return False
    verb = chain[0]
    passive = "Pass" in verb.morph.get("Voice") or any(
        c.dep_ in ("aux:pass", "auxpass", "cop") for c in verb.children)
    if not passive:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.left_edge.i <= root.i <= c.right_edge.i
               for c in verb.children)


def _imperfect_only(article: Article, chain: list[Token], lex: Lexicon) -> bool:
    """The expectation read in ``chain`` rests only on an imperfect whose stem ends in
    r (« figurait », « déclarait »: the ending looks like a conditional's) or on a
    compound past that looks like a word of expectation (« a appelé »), with no
    word of expectation and no other future form."""
    hoped = _expectation_words(article.lang)

    def imperfect(verb: Token) -> bool:
        lemma, low = _lemma(verb), _tok(verb)
        return "Imp" in verb.morph.get("Tense") and lemma.endswith("rer") and low in {
            lemma[:-2] + end for end in ("ait", "aient", "ais")}

    def past_form(verb: Token) -> bool:
        # « a appelé son homologue »: a compound past whose participle only looks like
        # a word of expectation (« appelé à »), the verb itself being none; « a dû
        # rentrer au port »: a necessity in the compound past, which happened
        compound = any(c.dep_ == "aux:tense" and _lemma(c) == "avoir" for c in verb.children)
        return compound and ((_tok(verb) in hoped and _lemma(verb) not in hoped)
                             or _lemma(verb) in lex.past_realized)

    if not any(imperfect(v) or past_form(v) for v in chain):
        return False
    for verb in chain:
        if past_form(verb):
            continue
        if _lemma(verb) in hoped or _tok(verb) in hoped or (
                not imperfect(verb) and _future(verb)):
            return False
        if any(c.dep_ in ("xcomp", "acomp") and _lemma(c) in hoped for c in verb.children):
            return False
    return True


@cache
def _source_cue_re(lang: str) -> re.Pattern[str] | None:
    cues = sorted((fold(str(c)) for c in lexicon("attribution", lang).get("according_to", [])),
                  key=len, reverse=True)
    if not cues:
        return None
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?<![\w'])(?:{alts})\s*$")


def _source_cue_before(article: Article, mention: Mention) -> bool:
    """« Selon X, la délégation arrivera mardi »: X is the source of what is to come,
    not the one expected."""
    cue = _source_cue_re(article.lang)
    if cue is None:
        return False
    before = fold(article.text[max(mention.sent.start_char, mention.start - 40) : mention.start])
    return cue.search(before) is not None


@cache
def _expectation_words(lang: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in lexicon("attribution", lang).get("expectation", []))


def _state_to_come(article: Article, chain: list[Token], lex: Lexicon) -> bool:
    """« X restera à la tête du groupe », "X will remain chief executive": only the future
    of a state verb, with no word of expectation ("is due to", « est attendu »): a state
    to come is no taking part in the event."""
    if not chain or _lemma(chain[0]) not in lex.state_verbs:
        return False
    hoped = _expectation_words(article.lang)
    words = [*chain, *(c for v in chain for c in v.children if c.dep_ in ("xcomp", "acomp"))]
    return not any(_lemma(w) in hoped or _tok(w) in hoped for w in words)


def _scope_sides(article: Article, sent: Span, lex: Lexicon,
                 mentions: list[Mention], finder: Finder) -> None:
    """« Côté russe, … ; côté américain, … », "for Putin, …": sides by position."""
    marks: list[tuple[int, str | None]] = []
    text = fold_case(sent.text)
    base = sent.start_char
    if lex.side_scopes is not None:
        for m in lex.side_scopes.finditer(text):
            word = next((v for k, v in m.groupdict().items() if v and k.startswith("side")), None)
            if word:
                marks.append((base + m.end(), lex.side_key(word)))
    if lex.person_scopes is not None:
        for m in lex.person_scopes.finditer(text):
            pos = base + m.end()
            target = next((x for x in mentions if x.anchor_start == pos and x.group), None)
            if target is not None and target.group is not None:
                marks.append((target.anchor_end, _group_side(target.group)))
    # "Putin, flanked by Lavrov": the side of the person accompanied
    for mention in mentions:
        if mention.side is None and mention.root is not None:
            for anc in ancestors_of(mention.root):
                if _tok(anc) in lex.accompany_heads or _lemma(anc) in lex.accompany_heads:
                    host = head_of(anc)
                    owner = finder.by_token.get(host.i)
                    if owner is None:
                        subj = [c for c in host.children if c.dep_ in SUBJECT_DEPS]
                        owner = finder.by_token.get(subj[0].i) if subj else None
                    if owner is not None and owner is not mention and owner.group is not None:
                        mention.side = _group_side(owner.group)
                    break
    marks.sort()
    for mention in mentions:
        if mention.side is not None:
            continue
        before = [side for pos, side in marks if pos <= mention.anchor_start]
        if before and before[-1]:
            mention.side = before[-1]


def _group_side(group: Group) -> str | None:
    for m in group.mentions:
        if m.role_side:
            return m.role_side
    for m in group.mentions:
        if m.side:
            return m.side
    return None


# --------------------------------------------------------------------------- claims


def _best(mentions: list[Mention]) -> Mention:
    return max(mentions, key=lambda m: (RANK[m.presence], m.role is not None, -m.start))


def _claim(article: Article, subject: str, mentions: list[Mention], *, name: str | None,
           role: str | None, side: str | None, plural: bool) -> Claim:
    best = _best(mentions)
    # a singular role resolved to the person (« le président tanzanien ») may be the
    # mention that shows the presence; the name stays the one written
    shown = best if best.name is not None or name is None else next(
        (m for m in mentions if m.name is not None), best)
    as_written = _text(article, shown.anchor_start, shown.anchor_end)
    value = ParticipantValue(name=name, as_written=as_written, role=role, side=side,
                             presence=best.presence, plural=plural)
    label = name or f"{role} (role)"
    extras = ", ".join(x for x in (role if name else None, side) if x)
    text = f"{label}{f' ({extras})' if extras else ''}: {best.presence}"
    return article.make_claim(SLOT, subject, value, text, best.start, best.end,
                              claimant=best.claimant, modality=best.modality)


def find_mentions(article: Article) -> tuple[Finder, list[Mention]]:
    lex = lexicon_for(article.lang)
    finder = Finder(article, lex)
    role_only: list[Mention] = []
    per_sentence: list[tuple[Span, list[RoleHit]]] = []
    all_hits = _role_hits(article, lex)
    k = 0
    for sent in article.sentences():
        while k < len(all_hits) and all_hits[k].start < sent.start_char:
            k += 1
        j = k
        while j < len(all_hits) and all_hits[j].start < sent.end_char:
            j += 1
        hits = [h for h in all_hits[k:j] if h.end <= sent.end_char]
        finder.sentence(sent, hits)
        per_sentence.append((sent, hits))
        k = j
    for sent, hits in per_sentence:
        for hit in hits:
            if hit.used:
                continue
            role_only.append(Mention(sent=sent, start=_with_determiner(article, hit.start, lex),
                                     end=hit.end, anchor_start=hit.start, anchor_end=hit.end,
                                     name=None, role=hit.key, role_side=hit.side,
                                     plural=hit.plural))
    everything = sorted(finder.mentions + role_only, key=lambda m: m.start)
    for mention in everything:
        assess(article, mention, lex)
    # « …, participent X ; côté américain, Y et Z. »: a verbless clause shares the verb before it
    for i, mention in enumerate(everything):
        if not mention.verbless or mention.presence != "mentioned":
            continue
        before = [m for m in everything[:i] if not m.verbless
                  and m.anchor_end <= mention.anchor_start]
        gap = article.text[before[-1].anchor_end : mention.anchor_start] if before else ""
        if before and ";" in gap and not re.search(r"[.!?\n]", gap):
            mention.presence, mention.modality = before[-1].presence, before[-1].modality
        elif before and before[-1].name is not None and mention.name is not None and (
                re.fullmatch(r"\s*(?:,|,?\s*\b(?:et|and)\b)\s*", gap)):
            # « … par A et B. » parsed with B as a fragment of its own: B shares A's part
            mention.presence, mention.modality = before[-1].presence, before[-1].modality
    # « A, et son homologue, B, se sont entretenus » parsed with A on no verb: A shares
    # the part of the person coordinated after it
    for i, mention in enumerate(everything):
        if not mention.verbless or mention.presence != "mentioned" or mention.name is None:
            continue
        after = next((m for m in everything[i + 1:] if m.name is not None
                      and m.anchor_start >= mention.anchor_end), None)
        if after is None or after.sent.start != mention.sent.start or after.verbless:
            continue
        gap = article.doc.char_span(mention.anchor_end, after.anchor_start,
                                    alignment_mode="expand")
        words = article.text[mention.anchor_end : after.anchor_start]
        if gap is not None and _COORDINATION.match(words) and not any(
                t.pos_ in ("VERB", "AUX") for t in gap):
            mention.presence, mention.modality = after.presence, after.modality
    _distribute_plural_roles(article, everything, lex)
    for sent, _hits in per_sentence:
        in_sent = [m for m in everything
                   if sent.start_char <= m.anchor_start < sent.end_char]
        _scope_sides(article, sent, lex, in_sent, finder)
    return finder, everything


_COORDINATION = re.compile(r"\s*,?\s*(?:et|and)\b[^.;:!?\n]{0,80}$")
_JOINERS = re.compile(r"\s*(?:,|,?\s+(?:et|and)\s+)\s*$")


def _distribute_plural_roles(article: Article, everything: list[Mention], lex: Lexicon) -> None:
    """« Les présidents russe et américain, A et B », "the French and German ministers,
    A and B": the role goes to each name, and the sides to the names in their order."""
    if lex.side_re is None:
        return
    text = article.text
    for m in everything:
        if m.name is not None or not m.plural or m.role is None:
            continue
        comma = text.find(",", m.anchor_end, m.sent.end_char)
        if comma < 0 or "\n" in text[m.start:comma]:
            continue
        # the side words of the role phrase, before it or after it, up to the comma
        left = max(m.sent.start_char, text.rfind(",", m.sent.start_char, m.anchor_start) + 1)
        sides = [lex.side_key(w.group(0)) for w in lex.side_re.finditer(fold_case(
            text[left:comma]))]
        names = sorted((n for n in everything if n.name is not None
                        and comma < n.anchor_start < m.sent.end_char), key=lambda n: n.start)
        listed: list[Mention] = []
        at = comma
        for n in names:
            gap = text[at:n.anchor_start] if listed else text[at + 1:n.anchor_start]
            if (listed and not _JOINERS.fullmatch(gap)) or (not listed and gap.strip()):
                break
            listed.append(n)
            at = n.anchor_end
        if len(listed) < 2:
            continue
        paired = len(sides) == len(listed) and None not in sides  # else the role only
        for k, n in enumerate(listed):
            n.role = n.role or m.role
            if paired and n.role_side is None:
                n.role_side = sides[k]


_DATELINE = re.compile(
    r"\s*[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd'\u2019.\- ]*[A-Z\u00c0-\u00dd]"
    r"(?:,\s*[^\n,()\-\u2013\u2014]{1,40})?(?:\s*\([^)\n]{1,60}\))?\s*[-\u2013\u2014]\s")


def _counted(m: Mention, lex: Lexicon) -> bool:
    """« les deux présidents », "both leaders": a count refers back to named people."""
    if m.root is None:
        return False
    return any(c.like_num or _tok(c) in ("both", "deux", "two", "tous", "all")
               for c in m.root.children if c.dep_ in ("nummod", "det", "predet", "amod"))


def _dateline(article: Article) -> tuple[int, int] | None:
    """The span of a dateline ("GENEVA (Wire) - ", « BRUXELLES - ») opening the text."""
    starts = [r.start for r in article.source.regions if r.kind in ("lead", "body")]
    if not starts:
        return None
    start = min(starts)
    m = _DATELINE.match(article.text, start)
    return (start, m.end()) if m else None


def _modifies_a_thing(root: Token, lex: Lexicon) -> bool:
    """The name only qualifies a common noun: "the Aurus Senat limousine", « sa
    limousine Aurus Senat », "Harwick shares", « le titre Harwick »."""
    head = root.head
    if root.dep_ == "compound" and head.pos_ == "NOUN" and head.i > root.i:
        return True
    prev = root.doc[root.i - 1] if root.i > 0 else None
    while prev is not None and prev.i > 0 and prev.head == root and prev.dep_ in (
            "compound", "flat", "flat:name"):
        prev = root.doc[prev.i - 1]
    if prev is None or prev.pos_ != "NOUN" or not prev.text[:1].islower():
        return False
    if _tok(prev) in lex.person_nouns or _lemma(prev) in lex.person_nouns:
        return False  # « la chanteuse Lina Morel », "the climber Ana Ruiz": a person
    before = root.doc[prev.i - 1] if prev.i > 0 else None
    # « au gymnase Pierre de Coubertin »: a contracted article counts as one
    return before is not None and (before.pos_ == "DET" or _tok(before) in lex.determiners
                                   or "Def" in before.morph.get("Definite"))


def _keep_mention(article: Article, m: Mention, lex: Lexicon,
                  dateline: tuple[int, int] | None) -> bool:
    if dateline is not None and dateline[0] <= m.anchor_start < dateline[1]:
        return False
    if m.role is not None or m.titled or m.root is None:
        return True
    return not _modifies_a_thing(m.root, lex)


def _with_a_person(tok: Token) -> bool:
    """"Trump and Putin": coordinated with a name tagged as a person."""
    near = [tok.head, *tok.children] if tok.dep_ == "conj" else list(tok.children)
    return any(n.dep_ == "conj" or n == tok.head for n in near
               if n.ent_type_ in PERSON_LABELS and n != tok)


def _thing_words(article: Article, lex: Lexicon, dropped: list[Mention]) -> set[str]:
    """Words the article uses as (part of) a place or organisation name: in a
    non-person entity, after a preposition of place, or qualifying a thing."""
    out: set[str] = set()
    for ent in article.doc.ents:
        if ent.label_ in NON_PERSON_LABELS:
            out.update(fold(t.text) for t in ent if t.text[:1].isupper())
    for m in dropped:
        if m.name:
            out.update(fold(w) for w in m.name.split())
    return out


_CODE_NAME = re.compile(r"\d|-[A-Z0-9]{1,2}\b")


def _after_locative(article: Article, m: Mention, lex: Lexicon) -> bool:
    """The mention follows a preposition of place or origin ("in", "from", « à »)."""
    raw = article.text[max(0, m.anchor_start - 40) : m.anchor_start]
    # "from French Guiana", « en Guyane française »: up to two capitalised words of the
    # place's own name may stand between the preposition and the mention
    for _ in range(2):
        cut = re.search(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00dd][\w\-]*\s+$", raw)
        if cut is None or fold_case(cut.group().strip()).lower() in lex.locative_preps:
            break
        raw = raw[: cut.start()]
    before = fold_case(raw[-16:]).lower()
    words = re.findall(r"[\w']+", before)
    if not words or not re.search(r"[\w']\s+$", before):
        return False
    last = words[-1]
    two = " ".join(words[-2:])
    return last in lex.locative_preps or two in lex.locative_preps


def _mention_label(m: Mention) -> str:
    """The entity label of a mention: a person when any of its words is tagged so
    (« Daniyar Ermekov » with « Daniyar » read as MISC), else its root's label."""
    if m.root is None:
        return ""
    doc = m.root.doc
    words = [t for t in doc[max(0, m.root.i - 5) : m.root.i + 6]
             if m.anchor_start <= t.idx < m.anchor_end]
    if any(t.ent_type_ in PERSON_LABELS for t in words):
        return "PER"
    if m.root.ent_type_ == "MISC" and len(words) >= 2 and all(t.is_oov for t in words):
        return ""  # a transliterated name the model knows nothing of: no evidence either way
    return str(m.root.ent_type_)


def _is_person(article: Article, group: Group, lex: Lexicon,
               things_in: frozenset[str] | set[str] = frozenset()) -> bool:
    """People only: a name never written with a first name, a role or a title is
    taken for a person only when nothing says it is a place or an organisation."""
    if any(m.role is not None or m.titled for m in group.mentions):
        return True
    if _CODE_NAME.search(group.name):
        return False  # "Vesta-2", "Calypso-A": a product or craft, not a person
    labels = [_mention_label(m) for m in group.mentions if _mention_label(m)]
    people = sum(1 for lab in labels if lab in PERSON_LABELS)
    things = sum(1 for lab in labels if lab in NON_PERSON_LABELS)
    located = [_after_locative(article, m, lex) for m in group.mentions]
    if any(located) and (not people or all(located)):
        return False  # "in Kourou", « depuis Kourou »: a place of the article
    if len(group.tokens) == 1:
        # a lone capitalised word: a person only when tagged so, seen inside a
        # sentence, and never used as a place or an organisation in the article
        inside = any(m.root is not None and m.root.i > m.sent.start for m in group.mentions)
        paired = sum(1 for m in group.mentions if m.root is not None and _with_a_person(m.root))
        return (inside or paired > 0) and people + paired > things and (
            group.tokens[-1] not in things_in)
    # « A et Daniyar Ermekov » with « Daniyar » read as MISC: listed with a person
    people += sum(1 for m in group.mentions if m.root is not None and _with_a_person(m.root)
                  and _mention_label(m) not in PLACE_LABELS)
    if things > people:
        return False
    if people:
        return not normalise_place(group.name).known
    for m in group.mentions:
        prev = m.root.doc[m.root.i - 1] if m.root is not None and m.root.i > 0 else None
        first = m.root.doc[0] if m.root is not None else None
        if first is not None and prev is not None and _tok(prev) in lex.place_preps and all(
                t.ent_type_ not in PERSON_LABELS for t in m.sent if m.anchor_start <= t.idx
                < m.anchor_end):
            return False
    return not normalise_place(group.name).known


def _resolve_singular_roles(article: Article, everything: list[Mention], people: list[Group],
                            definite: frozenset[str]) -> None:
    """« le dirigeant russe », "the fire chief": a singular role with no name refers
    to the one named person of that role (and side) in the article; its presence
    counts for that person. Two candidates, or none: it stays unresolved."""
    held: list[tuple[Group, str, str | None]] = []
    for group in people:
        role = next((m.role for m in group.mentions if m.role and m.name), None)
        if role is not None:
            held.append((group, role, _group_side(group)))
    if not held:
        return
    for mention in everything:
        if mention.name is not None or mention.role is None or mention.plural:
            continue
        if mention.presence == "mentioned":
            continue  # nothing to add to the person
        if fold(article.text[mention.start : mention.anchor_start]).strip() not in definite:
            continue  # "the prime minister" refers back; "a minister", "Brazil's minister" not
        fits = [group for group, role, side in held
                if (role == mention.role or role_fits(mention.role, role))
                and not (mention.role_side and mention.role_side != side)]
        if len(fits) == 1 and mention not in fits[0].mentions:
            fits[0].mentions.append(mention)


def participant_claims(article: Article) -> Iterator[Claim]:
    if article.lang not in ("fr", "en") and not lexicon("participants", article.lang):
        return
    finder, everything = find_mentions(article)
    lex = lexicon_for(article.lang)
    dateline = _dateline(article)
    people: list[Group] = []
    dropped: list[Mention] = []
    for group in finder.groups:
        kept = [m for m in group.mentions if _keep_mention(article, m, lex, dateline)]
        dropped += [m for m in group.mentions if m not in kept]
        group.mentions = kept
    things_in = _thing_words(article, lex, dropped) | finder.thing_words
    for group in finder.groups:
        if group.mentions and _is_person(article, group, lex, things_in):
            people.append(group)
    _resolve_singular_roles(article, everything, people, lex.definite)
    person_roles: list[str] = []
    for group in people:
        role = next((m.role for m in group.mentions if m.role), None)
        if role:
            person_roles.append(role)
        yield _claim(article, group.name, group.mentions, name=group.name, role=role,
                     side=_group_side(group), plural=False)
    by_role: dict[str, list[Mention]] = {}
    for mention in everything:
        if mention.name is None and mention.role is not None and mention.plural:
            by_role.setdefault(mention.role, []).append(mention)
    claimed_roles = {r for r, found in by_role.items() if any(m.presence != "mentioned"
                                                              for m in found)}
    for role, found in by_role.items():
        # a singular role ("le président russe") refers to someone, it names no group;
        # a group only talked about ("les ministres n'ont rien dit") is no participant
        mentions = [m for m in found if m.presence != "mentioned"]
        if not mentions:
            continue
        # a group whose members the article names (« les ministres » after a named
        # minister, "the two leaders") is claimed through those people
        if any(role_fits(role, held) for held in person_roles):
            continue
        if any(_counted(m, lex) and len(people) >= 2 for m in mentions):
            continue
        # « les ministres » after « les ministres des Affaires étrangères »: the wider
        # group refers back to the narrower one claimed in the article
        if any(other != role and role_fits(role, other) for other in claimed_roles):
            continue
        sides = {m.side for m in mentions if m.side}
        yield _claim(article, f"role:{role}", mentions, name=None, role=role,
                     side=sides.pop() if len(sides) == 1 else None,
                     plural=any(m.plural for m in mentions))


@extractor("participants")
def participants(article: Article) -> Iterator[Claim]:
    yield from participant_claims(article)
