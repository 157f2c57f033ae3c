"""Judge: one verdict per topic — agreed, extra or conflicting — with its reason.

A conflict is a *finding*, never an exception. Claims are compared pairwise
by value type (``align.compare``); what is *expected* is never set against
what happened; near-identical sources count as one voice.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from reconcile.align import Alignment
from reconcile.align.compare import Comparison, compare
from reconcile.align.frames import ValueKey, value_key
from reconcile.align.topics import Topic, comparable
from reconcile.lang.places import LEVELS, relate_places
from reconcile.models import (
    Claim,
    Consensus,
    DurationValue,
    Finding,
    LocationValue,
    ParticipantValue,
    QuantityValue,
    Verdict,
)
from reconcile.settings import Settings

VERDICT_ORDER = {Verdict.CONFLICTING: 0, Verdict.AGREED: 1, Verdict.EXTRA: 2}


@dataclass(frozen=True)
class Clash:
    a: Claim
    b: Claim
    why: Comparison


def judge(alignment: Alignment, settings: Settings) -> tuple[list[Finding], list[str]]:
    """One finding per topic of the alignment, and the report's notes; reads, never
    re-aligns."""
    low: dict[str, float] = {}  # voice → the lowest similarity of its checked pairs
    for a, _, score in alignment.syndicated:
        group = alignment.voice[a]
        low[group] = min(score, low.get(group, score))
    notes = [_syndication_note(group, low.get(group[0]), settings)
             for group in alignment.groups()]
    findings = [judge_topic(t, alignment.voice, settings) for t in alignment.topics]
    findings.sort(key=lambda f: (VERDICT_ORDER[f.verdict], f.slot, f.subject, f.id))
    return findings, notes


def _syndication_note(group: list[str], low: float | None, settings: Settings) -> str:
    """One note per group of near-identical copies, not one per pair."""
    if low is None:
        low = settings.syndication_threshold
    if len(group) == 2:
        return (f"{group[0]} and {group[1]} are near-identical texts (similarity {low:.0%} ≥ "
                f"{settings.syndication_threshold:.0%}): counted as one voice")
    return (f"{len(group)} near-identical texts ({', '.join(group)}; similarity ≥ {low:.0%}, "
            f"threshold {settings.syndication_threshold:.0%}): counted as one voice")


#: slots where one source naming two different values is no contradiction: an event
#: can span places (a welcome ceremony at one site, the talks at another)
SEVERAL_PER_SOURCE = frozenset({"event.location"})

Key = ValueKey


def _compare_pair(a: Claim, b: Claim) -> Comparison:
    why = compare(a, b)
    modalities = {a.qualifiers.modality, b.qualifiers.modality}
    # for people, denial is a presence ("absent") and compare() already weighs it
    one_denies = "denied" in modalities and len(modalities) > 1
    if one_denies and why.compatible and a.slot != "event.participants":
        why = Comparison(False, "one source asserts what the other denies")
    return why


@dataclass(frozen=True)
class Clashes:
    """What the verdict needs of a topic's incompatible pairs, without listing them: a value
    repeated by thousands of sources against another makes millions of pairs."""

    first: Clash | None = None  # the first incompatible pair in claim order
    shown: Clash | None = None  # the pair the reason names: a source against itself first
    self_contradiction: bool = False

    def __bool__(self) -> bool:
        return self.first is not None


#: a candidate pair: (indices p < q into the topic's claims, and how they compare)
_Pair = tuple[int, int, Comparison]


class _Topic:
    """A topic's claims indexed for the clash search: distinct values, the index of each
    claim's value, where each source's run of claims ends (claims sorted by source)."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.keys = [value_key(c) for c in claims]
        self.groups: dict[Key, list[int]] = {}
        for i, key in enumerate(self.keys):
            self.groups.setdefault(key, []).append(i)
        self.end = list(range(len(claims)))
        for i in range(len(claims) - 2, -1, -1):
            if claims[i].source == claims[i + 1].source:
                self.end[i] = self.end[i + 1]
        self.runs = len({c.source for c in claims}) == 1 + sum(
            a.source != b.source for a, b in itertools.pairwise(claims)
        )
        self.verdicts: dict[tuple[Key, Key], Comparison] = {}
        self.several = bool(claims) and claims[0].slot in SEVERAL_PER_SOURCE

    def verdict(self, early: Key, late: Key) -> Comparison:
        """How a claim of value ``early`` compares with a later one of value ``late``."""
        if (early, late) not in self.verdicts:
            self.verdicts[(early, late)] = _compare_pair(
                self.claims[self.groups[early][0]], self.claims[self.groups[late][0]]
            )
        return self.verdicts[(early, late)]

    def clash(self, pair: _Pair) -> Clash:
        return Clash(self.claims[pair[0]], self.claims[pair[1]], pair[2])

    def order(self, pair: _Pair) -> tuple[str, str, int, int]:
        """The reason's order among pairs of one kind: by claim ids, then claim order."""
        return self.claims[pair[0]].id, self.claims[pair[1]].id, pair[0], pair[1]


def _clashes(claims: list[Claim]) -> Clashes:
    """The first incompatible pair in claim order, the one the reason names, and whether a
    source contradicts itself. Values are compared once per pair of distinct values, and a
    pair of values held by many claims is searched, not enumerated."""
    topic = _Topic(claims)
    if not topic.runs:  # a source's claims are not together: the plain enumeration
        return _summary(topic, _every_pair(topic))
    confirmed = _Confirmations(claims) if topic.several else None
    own = [] if topic.several else _same_source_pairs(topic)
    across: list[tuple[_Pair, _Pair]] = []  # (first in claim order, first by ids)
    keys = list(topic.groups)
    for x, ka in enumerate(keys):
        for kb in keys[x + 1 :]:
            a, b = topic.groups[ka], topic.groups[kb]
            if not comparable(claims[a[0]], claims[b[0]]):
                continue
            if confirmed is not None:  # a source naming the other's place, as precisely
                place_a, place_b = claims[a[0]], claims[b[0]]
                a = [i for i in a if not confirmed.names(claims[i].source, place_b)]
                b = [j for j in b if not confirmed.names(claims[j].source, place_a)]
            for early, late in ((a, b), (b, a)):
                if early and late:
                    why = topic.verdict(topic.keys[early[0]], topic.keys[late[0]])
                    if why.compatible:
                        continue
                    for xs, ys in _unconfirmed(confirmed, claims, early, late):
                        across.extend(_cross_source(topic, xs, ys, why))
    return _pick(topic, own, across)


def _unconfirmed(
    confirmed: _Confirmations | None, claims: list[Claim], early: list[int], late: list[int]
) -> list[tuple[list[int], list[int]]]:
    """The claims of two values that may clash, by the sets of places their sources name:
    two sources that name a common place as precisely are not set against each other."""
    if confirmed is None:
        return [(early, late)]
    level = max(confirmed.level(claims[early[0]]), confirmed.level(claims[late[0]]))
    xs: dict[frozenset[Key], list[int]] = {}
    ys: dict[frozenset[Key], list[int]] = {}
    for i in early:
        xs.setdefault(confirmed.named_by[claims[i].source], []).append(i)
    for j in late:
        ys.setdefault(confirmed.named_by[claims[j].source], []).append(j)
    return [(x, y) for cx, x in xs.items() for cy, y in ys.items()
            if not confirmed.share(cx, cy, level)]


def _pick(topic: _Topic, own: list[_Pair], across: list[tuple[_Pair, _Pair]]) -> Clashes:
    firsts = own + [f for f, _ in across]
    if not firsts:
        return Clashes()
    first = min(firsts, key=lambda p: (p[0], p[1]))
    shown = min(own or [s for _, s in across], key=topic.order)
    return Clashes(topic.clash(first), topic.clash(shown), bool(own))


def _cross_source(
    topic: _Topic, early: list[int], late: list[int], why: Comparison
) -> list[tuple[_Pair, _Pair]]:
    """Pairs p < q with p of ``early``, q of ``late`` and another source: the first in
    claim order and the first by claim ids (both index lists ascending)."""
    if late[-1] <= topic.end[early[0]]:
        return []  # no claim of ``late`` after the first source of ``early``
    # the smallest (id, index) of late[k:], for every k
    best: list[tuple[str, int]] = [("", -1)] * len(late)
    for k in range(len(late) - 1, -1, -1):
        here = (topic.claims[late[k]].id, late[k])
        best[k] = here if k == len(late) - 1 else min(here, best[k + 1])
    first: _Pair | None = None
    by_id: _Pair | None = None
    for p in early:
        k = bisect.bisect_right(late, topic.end[p])
        if k == len(late):
            break  # the runs only move right: no later p has a partner either
        if first is None:
            first = (p, late[k], why)
        candidate = (p, best[k][1], why)
        if by_id is None or topic.order(candidate) < topic.order(by_id):
            by_id = candidate
    assert first is not None and by_id is not None
    return [(first, by_id)]


def _same_source_pairs(topic: _Topic) -> list[_Pair]:
    """Every incompatible pair of one source's claims (a source has few in a topic)."""
    out: list[_Pair] = []
    start = 0
    while start < len(topic.claims):
        end = topic.end[start]
        for p in range(start, end + 1):
            for q in range(p + 1, end + 1):
                out.extend(_pair_if_clash(topic, p, q))
        start = end + 1
    return out


def _pair_if_clash(topic: _Topic, p: int, q: int) -> list[_Pair]:
    kp, kq = topic.keys[p], topic.keys[q]
    if kp == kq or not comparable(topic.claims[p], topic.claims[q]):
        return []
    why = topic.verdict(kp, kq)
    return [] if why.compatible else [(p, q, why)]


def _every_pair(topic: _Topic) -> list[_Pair]:
    """Every incompatible pair, enumerated (claims not grouped by source; and the tests'
    reference for the search)."""
    claims = topic.claims
    confirmed = _Confirmations(claims) if topic.several else None
    out: list[_Pair] = []
    for p in range(len(claims)):
        for q in range(p + 1, len(claims)):
            a, b = claims[p], claims[q]
            if topic.several and a.source == b.source:
                continue
            if confirmed is not None and confirmed.either(a, b):
                continue
            out.extend(_pair_if_clash(topic, p, q))
    return out


def _summary(topic: _Topic, pairs: list[_Pair]) -> Clashes:
    if not pairs:
        return Clashes()
    same = [p for p in pairs if topic.claims[p[0]].source == topic.claims[p[1]].source]
    return Clashes(
        topic.clash(pairs[0]), topic.clash(min(same or pairs, key=topic.order)), bool(same)
    )


def _level(kind: str) -> int:
    """How broad a place is (``align.places.LEVELS``: site 0 … country 3; "other" is the
    broadest): a city confirms a city or a region, never a site."""
    return LEVELS.get(kind, len(LEVELS))


#: how a source's own place must relate to the other's to confirm it: that place, or one
#: inside it. A place the gazetteer cannot relate to it ("unknown") confirms it only at its
#: own level (two unnamed sites may be one site in two languages): a hotel it cannot place
#: is in no city it knows, so it confirms neither Geneva nor Lausanne.
CONFIRMING = frozenset({"same", "within"})


class _Confirmations:
    """Two sources naming places of one event disagree only if neither names, as precisely,
    the place the other gives: « l'esplanade des Invalides puis l'Élysée » and « à l'Élysée »
    agree on the Élysée (the ceremony at the Invalides is one source's extra); the
    Arosemena palace against the Bahía Real hotel, each source naming only its own,
    conflict. Decided once per set of places a source names and distinct place, and once
    per pair of distinct places: thousands of sources naming a handful stay cheap."""

    def __init__(self, claims: list[Claim]) -> None:
        places: dict[str, dict[Key, Claim]] = {}
        for claim in claims:
            if isinstance(claim.value, LocationValue):
                places.setdefault(claim.source, {}).setdefault(value_key(claim), claim)
        self.named_by = {source: frozenset(own) for source, own in places.items()}
        self.place = {k: c for own in places.values() for k, c in own.items()}
        self.named: dict[tuple[frozenset[Key], Key], bool] = {}
        self.fits: dict[tuple[Key, Key], bool] = {}
        self.shared: dict[tuple[frozenset[Key], frozenset[Key], int], bool] = {}

    def _fits(self, own_key: Key, key: Key) -> bool:
        """Is the place ``own_key`` the place ``key``, or inside it?"""
        if (own_key, key) not in self.fits:
            own, place = self.place[own_key].value, self.place[key].value
            assert isinstance(own, LocationValue) and isinstance(place, LocationValue)
            relation = relate_places(own, place)
            self.fits[(own_key, key)] = relation in CONFIRMING or (
                relation == "unknown" and _level(own.kind) == _level(place.kind)
            )
        return self.fits[(own_key, key)]

    def names(self, source: str, place: Claim) -> bool:
        """Does ``source`` name ``place``, or a place inside it, as precisely?"""
        key = value_key(place)
        own = self.named_by.get(source, frozenset())
        if (own, key) not in self.named:
            assert isinstance(place.value, LocationValue)
            wanted = _level(place.value.kind)
            self.place.setdefault(key, place)
            self.named[(own, key)] = any(
                self._fits(k, key) for k in sorted(own)
                # a less precise place than the one to confirm confirms nothing
                if _level(self.place[k].value.kind) <= wanted  # type: ignore[union-attr]
            )
        return self.named[(own, key)]

    def level(self, place: Claim) -> int:
        assert isinstance(place.value, LocationValue)
        return _level(place.value.kind)

    def share(self, xs: frozenset[Key], ys: frozenset[Key], level: int) -> bool:
        """Do two sources both name one place (one of them as a place inside it), at
        ``level`` or more precisely? Then each one's other places are its extras (the
        welcome ceremony elsewhere), not a clash."""
        if (xs, ys, level) not in self.shared:
            self.shared[(xs, ys, level)] = any(
                self._fits(kx, ky) for kx in sorted(xs) for ky in sorted(ys)
                if self.level(self.place[kx]) <= level and self.level(self.place[ky]) <= level
            )
        return self.shared[(xs, ys, level)]

    def either(self, a: Claim, b: Claim) -> bool:
        if a.source == b.source:
            return False
        level = max(self.level(a), self.level(b))
        return (self.names(a.source, b) or self.names(b.source, a)
                or self.share(self.named_by[a.source], self.named_by[b.source], level))


def _label(claim: Claim) -> str:
    hedge = f" ({claim.qualifiers.hedge})" if claim.qualifiers.hedge else ""
    return f"{claim.source} «{claim.quote}»{hedge}"


def _bands(settings: Settings) -> str:
    b = settings.bands
    return (
        f"bands: near −{b.near:.0%}, just over +{b.over:.0%}, about ±{b.about:.0%}, "
        f"bare ±{b.bare:.0%}, « une vingtaine » ±{b.rough:.0%}"
    )


def _consensus(claims: list[Claim], voice: dict[str, str]) -> Consensus:
    """Greedy compatibility classes; the class with most voices is the consensus."""
    classes: list[list[Claim]] = []
    shown: list[dict[tuple[str, str], Claim]] = []  # distinct values of each class
    seen: dict[tuple[tuple[str, str], tuple[str, str]], bool] = {}

    def fits(claim: Claim, key: tuple[str, str], other_key: tuple[str, str], other: Claim) -> bool:
        if (key, other_key) not in seen:
            seen[(key, other_key)] = _compare_pair(claim, other).compatible
        return seen[(key, other_key)]

    for claim in sorted(claims, key=lambda c: (c.text, c.source, c.id)):
        key = value_key(claim)
        for members, distinct in zip(classes, shown, strict=True):
            if all(
                fits(claim, key, k, m) for k, m in distinct.items() if comparable(claim, m)
            ):
                members.append(claim)
                distinct.setdefault(key, claim)
                break
        else:
            classes.append([claim])
            shown.append({key: claim})
    ranked = sorted(
        classes, key=lambda m: (-len({voice[c.source] for c in m}), sorted(c.text for c in m))
    )
    best = ranked[0]
    supporters = sorted({c.source for c in best})
    support = len({voice[s] for s in supporters})
    top = [m for m in ranked if len({voice[c.source] for c in m}) == support]
    if len(top) > 1:  # 2 v 2 or 1 v 1: nobody is an outlier, nothing is a majority
        return Consensus(
            value=best[0].text,
            support=support,
            sources=supporters,
            majority=False,
            tied=[m[0].text for m in top],
        )
    outliers = sorted({c.source for m in ranked[1:] for c in m} - set(supporters))
    return Consensus(value=best[0].text, support=support, sources=supporters, outliers=outliers)


def judge_topic(topic: Topic, voice: dict[str, str], settings: Settings) -> Finding:
    claims = topic.claims
    sources = sorted({c.source for c in claims})
    voices = len({voice[s] for s in sources})
    clashes = _clashes(claims)
    consensus = None
    if clashes and not topic.match.confident:
        verdict, reason = _unsure(clashes, voices)
    elif clashes:
        verdict, reason = Verdict.CONFLICTING, _conflict_reason(clashes, settings)
        consensus = _consensus(claims, voice) if voices > 1 else None
    elif topic.related and voices == 1:
        verdict, reason = Verdict.AGREED, _role_reason(topic)
    elif voices >= 2:
        verdict, reason = Verdict.AGREED, _agreement_reason(topic, settings)
    else:
        verdict, reason = Verdict.EXTRA, _extra_reason(sources)
    if topic.slot == "event.participants":
        presences = {c.value.presence for c in claims if isinstance(c.value, ParticipantValue)}
        if presences == {"expected"}:
            reason += "; expected to take part, never reported as present"
    return Finding(
        id=topic.id,
        slot=topic.slot,
        subject=topic.subject,
        verdict=verdict,
        claims=[c.id for c in claims],
        sources=sources,
        reason=reason,
        self_contradiction=clashes.self_contradiction,
        matches=topic.matches,
        related=[c.id for c in topic.related],
        consensus=consensus,
        topic=topic.match,
    )


def _unsure(clashes: Clashes, voices: int) -> tuple[Verdict, str]:
    """Frames that only might be the same: never red (the report lists the pair apart)."""
    assert clashes.first is not None
    verdict = Verdict.AGREED if voices >= 2 else Verdict.EXTRA
    return verdict, (
        f"values differ but the claims are only possibly about the same thing "
        f"({clashes.first.why.rule}): listed under 'check', not called a conflict"
    )


def _conflict_reason(clashes: Clashes, settings: Settings) -> str:
    first = clashes.shown
    assert first is not None
    reason = f"{first.why.rule}: {_label(first.a)} vs {_label(first.b)}"
    if clashes.self_contradiction:
        where = first.a.source if first.a.source == first.b.source else "a source"
        reason = f"{where} contradicts itself ({first.a.part} vs {first.b.part}); " + reason
    if isinstance(first.a.value, DurationValue | QuantityValue):
        reason += f"; {_bands(settings)}"
    return reason


def _role_reason(topic: Topic) -> str:
    names = ", ".join(
        sorted(
            f"{c.value.name} ({c.source})"
            for c in topic.related
            if isinstance(c.value, ParticipantValue)
        )
    )
    first = topic.claims[0].value
    role = first.role if isinstance(first, ParticipantValue) else None
    return f"role mention matched by role '{role}' to named people: {names}"


def _extra_reason(sources: list[str]) -> str:
    if len(sources) > 1:
        return f"only one voice: {', '.join(sources)} are the same wire copy"
    return f"only {sources[0]} states it"


def _agreement_reason(topic: Topic, settings: Settings) -> str:
    first = topic.claims[0].value
    if isinstance(first, DurationValue | QuantityValue):
        return _figures_reason(topic.claims, settings)
    if topic.slot == "event.participants":
        levels = sorted(
            {f"{m.level}" + (f" {m.score:.0f}" if m.score else "") for m in topic.matches}
        )
        how = f"names matched ({', '.join(levels)})" if levels else "same name"
        return (
            f"same person in {len({c.source for c in topic.claims})} sources: {how}; "
            "presence compatible"
        )
    distinct = list({value_key(c): c for c in topic.claims}.values())
    rules = sorted(
        {compare(a, b).rule for i, a in enumerate(distinct) for b in distinct[i + 1 :]}
        or {"the same value"}
    )
    return "compatible: " + "; ".join(rules[:3]) + (" …" if len(rules) > 3 else "")


def _figures_reason(claims: list[Claim], settings: Settings) -> str:
    first = claims[0].value
    if isinstance(first, QuantityValue) and (first.unit or "").startswith("score "):
        return f"same {first.unit} in {len(claims)} claims (goals compared in either order)"
    units = {c.value.unit for c in claims if isinstance(c.value, QuantityValue)}
    if isinstance(first, QuantityValue) and len(units) > 1 and None not in units:
        return (
            f"figures in different units ({', '.join(sorted(u or '' for u in units))}) are not "
            f"compared; those in one unit overlap ({_bands(settings)})"
        )
    return f"all {len(claims)} hedged intervals overlap ({_bands(settings)})"
