"""Judge: one verdict per topic — agreed, extra or conflicting — with its reason.

A conflict is a *finding*, never an exception. Claims are compared pairwise
by value type (``align.compare``); what is *expected* is never set against
what happened; near-identical sources count as one voice.
"""

from __future__ import annotations

from dataclasses import dataclass

from reconcile.align import Alignment
from reconcile.align.compare import Comparison, compare
from reconcile.align.topics import Topic, comparable
from reconcile.lang.places import LEVELS
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
    notes = [_syndication_note(group, alignment, settings) for group in alignment.groups()]
    findings = [judge_topic(t, alignment.voice, settings) for t in alignment.topics]
    findings.sort(key=lambda f: (VERDICT_ORDER[f.verdict], f.slot, f.subject, f.id))
    return findings, notes


def _syndication_note(group: list[str], alignment: Alignment, settings: Settings) -> str:
    """One note per group of near-identical copies, not one per pair."""
    scores = [s for a, b, s in alignment.syndicated if a in group and b in group]
    low = min(scores, default=settings.syndication_threshold)
    if len(group) == 2:
        return (f"{group[0]} and {group[1]} are near-identical texts (similarity {low:.0%} ≥ "
                f"{settings.syndication_threshold:.0%}): counted as one voice")
    return (f"{len(group)} near-identical texts ({', '.join(group)}; similarity ≥ {low:.0%}, "
            f"threshold {settings.syndication_threshold:.0%}): counted as one voice")


#: slots where one source naming two different values is no contradiction: an event
#: can span places (a welcome ceremony at one site, the talks at another)
SEVERAL_PER_SOURCE = frozenset({"event.location"})


def _value_key(claim: Claim) -> tuple[str, str]:
    return claim.value.model_dump_json(), claim.qualifiers.modality


def _compare_pair(a: Claim, b: Claim) -> Comparison:
    why = compare(a, b)
    modalities = {a.qualifiers.modality, b.qualifiers.modality}
    # for people, denial is a presence ("absent") and compare() already weighs it
    one_denies = "denied" in modalities and len(modalities) > 1
    if one_denies and why.compatible and a.slot != "event.participants":
        why = Comparison(False, "one source asserts what the other denies")
    return why


def _clashes(claims: list[Claim]) -> list[Clash]:
    """Incompatible pairs, in claim order. Values are compared once per distinct value,
    not per claim: thousands of sources repeating a handful of values stay cheap (the
    modality is part of the value's key, so comparability is decided per value too)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault(_value_key(claim), []).append(i)
    verdicts: dict[tuple[tuple[str, str], tuple[str, str]], Comparison] = {}

    def verdict(i: int, ki: tuple[str, str], j: int, kj: tuple[str, str]) -> Comparison:
        if (ki, kj) not in verdicts:
            verdicts[(ki, kj)] = _compare_pair(claims[i], claims[j])
        return verdicts[(ki, kj)]

    found: list[tuple[int, int, Comparison]] = []
    keys = list(groups)
    for x, ka in enumerate(keys):
        for kb in keys[x + 1 :]:
            first_a, first_b = groups[ka][0], groups[kb][0]
            if not comparable(claims[first_a], claims[first_b]):
                continue
            a_first = verdict(first_a, ka, first_b, kb)
            b_first = verdict(first_b, kb, first_a, ka)
            if a_first.compatible and b_first.compatible:
                continue
            for i in groups[ka]:
                for j in groups[kb]:
                    a, b = claims[min(i, j)], claims[max(i, j)]
                    if a.source == b.source and a.slot in SEVERAL_PER_SOURCE:
                        continue
                    why = a_first if i < j else b_first
                    if not why.compatible:
                        found.append((min(i, j), max(i, j), why))
    found.sort(key=lambda f: (f[0], f[1]))
    out = [Clash(claims[i], claims[j], why) for i, j, why in found]
    if out and out[0].a.slot in SEVERAL_PER_SOURCE:
        confirmed = _Confirmations(claims)
        out = [c for c in out if not confirmed.either(c)]
    return out


def _level(kind: str) -> int:
    """How broad a place is (``align.places.LEVELS``: site 0 … country 3; "other" is the
    broadest): a city confirms a city or a region, never a site."""
    return LEVELS.get(kind, len(LEVELS))


class _Confirmations:
    """Two sources naming places of one event disagree only if neither names, as precisely,
    the place the other gives: « l'esplanade des Invalides puis l'Élysée » and « à l'Élysée »
    agree on the Élysée (the ceremony at the Invalides is one source's extra); the
    Arosemena palace against the Bahía Real hotel, each source naming only its own,
    conflict. Decided once per source and distinct place, and compared once per pair of
    distinct places: thousands of sources naming a handful of places stay cheap."""

    def __init__(self, claims: list[Claim]) -> None:
        self.places: dict[str, dict[tuple[str, str], Claim]] = {}
        for claim in claims:
            if isinstance(claim.value, LocationValue):
                self.places.setdefault(claim.source, {}).setdefault(_value_key(claim), claim)
        self.named: dict[tuple[str, tuple[str, str]], bool] = {}
        self.fits: dict[tuple[tuple[str, str], tuple[str, str]], bool] = {}

    def _names(self, source: str, place: Claim) -> bool:
        """Does ``source`` name ``place``, or a place inside it, as precisely?"""
        key = _value_key(place)
        if (source, key) in self.named:
            return self.named[(source, key)]
        assert isinstance(place.value, LocationValue)
        wanted = _level(place.value.kind)
        found = False
        for own_key, own in self.places.get(source, {}).items():
            assert isinstance(own.value, LocationValue)
            if _level(own.value.kind) > wanted:
                continue  # less precise than the place to confirm
            if (own_key, key) not in self.fits:
                self.fits[(own_key, key)] = compare(own, place).compatible
            if self.fits[(own_key, key)]:
                found = True
                break
        self.named[(source, key)] = found
        return found

    def either(self, clash: Clash) -> bool:
        a, b = clash.a, clash.b
        if a.source == b.source:
            return False
        return self._names(a.source, b) or self._names(b.source, a)


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
        key = _value_key(claim)
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
    topic_voices = {voice[s] for s in sources}
    clashes = _clashes(claims)
    self_contradiction = any(c.a.source == c.b.source for c in clashes)
    matches = topic.matches
    related = [c.id for c in topic.related]

    if clashes and not topic.match.confident:
        # frames that only might be the same: never red (the report lists the pair apart)
        verdict = Verdict.AGREED if len(topic_voices) >= 2 else Verdict.EXTRA
        first = clashes[0]
        reason = (f"values differ but the claims are only possibly about the same thing "
                  f"({first.why.rule}): listed under 'check', not called a conflict")
        consensus = None
    elif clashes:
        verdict = Verdict.CONFLICTING
        first = sorted(clashes, key=lambda c: (c.a.source != c.b.source, c.a.id, c.b.id))[0]
        reason = f"{first.why.rule}: {_label(first.a)} vs {_label(first.b)}"
        if self_contradiction:
            where = first.a.source if first.a.source == first.b.source else "a source"
            reason = f"{where} contradicts itself ({first.a.part} vs {first.b.part}); " + reason
        if isinstance(first.a.value, DurationValue | QuantityValue):
            reason += f"; {_bands(settings)}"
        consensus = _consensus(claims, voice) if len(topic_voices) > 1 else None
    elif related and len(topic_voices) == 1:
        verdict = Verdict.AGREED
        names = ", ".join(
            sorted(
                f"{c.value.name} ({c.source})"
                for c in topic.related
                if isinstance(c.value, ParticipantValue)
            )
        )
        role = claims[0].value.role if isinstance(claims[0].value, ParticipantValue) else None
        reason = f"role mention matched by role '{role}' to named people: {names}"
        consensus = None
    elif len(topic_voices) >= 2:
        verdict = Verdict.AGREED
        reason = _agreement_reason(topic, settings)
        consensus = None
    else:
        verdict = Verdict.EXTRA
        reason = f"only {sources[0]} states it"
        if len(sources) > 1:
            reason = f"only one voice: {', '.join(sources)} are the same wire copy"
        consensus = None

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
        self_contradiction=self_contradiction,
        matches=matches,
        related=related,
        consensus=consensus,
        topic=topic.match,
    )


def _agreement_reason(topic: Topic, settings: Settings) -> str:
    claims = topic.claims
    first = claims[0]
    if isinstance(first.value, QuantityValue) and (first.value.unit or "").startswith("score "):
        return f"same {first.value.unit} in {len(claims)} claims (goals compared in either order)"
    if (
        isinstance(first.value, QuantityValue)
        and len(units := {c.value.unit for c in claims if isinstance(c.value, QuantityValue)}) > 1
        and None not in units
    ):
        return (
            f"figures in different units ({', '.join(sorted(u or '' for u in units))}) are not "
            f"compared; those in one unit overlap ({_bands(settings)})"
        )
    if isinstance(first.value, DurationValue | QuantityValue):
        return f"all {len(claims)} hedged intervals overlap ({_bands(settings)})"
    if topic.slot == "event.participants":
        levels = sorted(
            {f"{m.level}" + (f" {m.score:.0f}" if m.score else "") for m in topic.matches}
        )
        how = f"names matched ({', '.join(levels)})" if levels else "same name"
        return (
            f"same person in {len({c.source for c in claims})} sources: {how}; presence compatible"
        )
    distinct = list({_value_key(c): c for c in claims}.values())
    rules = sorted(
        {compare(a, b).rule for i, a in enumerate(distinct) for b in distinct[i + 1 :]}
        or {"the same value"}
    )
    return "compatible: " + "; ".join(rules[:3]) + (" …" if len(rules) > 3 else "")
