"""Align: claims about the same topic grouped together.

Blocking first — claims are only ever compared within one slot (and, for
figures, one subject: the talks are never compared with the press
conference; places are one topic per story) — so thousands of sources stay
fast; durations of one subject more than twentyfold apart are two topics (a two-day
postponement and a 20-minute hold are both "delays"). A role mention without a name
leans on named people of a fitting role
and the same presence. People are clustered across
spellings and languages with the match ladder of ``align.people``; every
link records its level and score.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from reconcile.align.compare import compare
from reconcile.align.frames import (
    FRAMED_SLOTS,
    TIMED_SLOTS,
    Cluster,
    ValueKey,
    cluster_block,
    topic_match,
    value_key,
)
from reconcile.align.main_event import split_main_event
from reconcile.lang import fold
from reconcile.lang.people import match_people
from reconcile.lang.places import relate_places
from reconcile.lang.roles import role_fits
from reconcile.models import (
    Claim,
    DurationValue,
    LocationValue,
    Match,
    ParticipantValue,
    PossibleMatch,
    Presence,
    TopicMatch,
)
from reconcile.settings import Settings


@dataclass
class Topic:
    slot: str
    subject: str
    claims: list[Claim]
    matches: list[Match] = field(default_factory=list)
    related: list[Claim] = field(default_factory=list)
    match: TopicMatch = field(default_factory=lambda: TopicMatch(level="single"))

    @property
    def id(self) -> str:
        return finding_id(self.slot, self.subject)


def comparable(a: Claim, b: Claim) -> bool:
    """What is expected is never set against what happened."""
    return (a.qualifiers.modality == "expected") == (b.qualifiers.modality == "expected")


def compatible(a: Claim, b: Claim) -> bool:
    """Can both values be true?"""
    return not comparable(a, b) or compare(a, b).compatible


def related(a: Claim, b: Claim) -> bool:
    """One place or date, or one within the other, as far as is known (an unplaced site is
    related to nothing: it may be anywhere)."""
    if isinstance(a.value, LocationValue) and isinstance(b.value, LocationValue):
        return relate_places(a.value, b.value) in ("same", "contains", "within")
    return comparable(a, b) and compare(a, b).compatible


def _distinct(claims: list[Claim]) -> dict[ValueKey, Claim]:
    """The first claim of each distinct value (and modality), in claim order."""
    out: dict[ValueKey, Claim] = {}
    for claim in claims:
        out.setdefault(value_key(claim), claim)
    return out


def finding_id(slot: str, subject: str) -> str:
    """Stable across runs and when unrelated sources are added: slot and subject only."""
    return "F-" + hashlib.sha1(f"{slot}|{subject}".encode()).hexdigest()[:10]


class _UnionFind:
    def __init__(self, items: list[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller root wins: clusters do not depend on the order of sources
            self.parent[max(ra, rb)] = min(ra, rb)


def build_topics(
    claims: list[Claim], settings: Settings
) -> tuple[list[Topic], list[PossibleMatch]]:
    """The topics of a story, and the pairs of topics that are only possibly the same."""
    by_slot: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_slot[claim.slot].append(claim)
    topics: list[Topic] = []
    possible: list[PossibleMatch] = []
    for slot, group in sorted(by_slot.items()):
        if slot == "event.participants":
            topics.extend(_people_topics(group, settings))
        elif slot in TIMED_SLOTS:
            topics.extend(_timed_topics(slot, group))
        elif slot == "event.tone":
            topics.extend(_opinion_topics(group, settings))
        else:
            by_subject: dict[str, list[Claim]] = defaultdict(list)
            for claim in group:
                by_subject[claim.subject].append(claim)
            for subject, cs in sorted(by_subject.items()):
                if slot in FRAMED_SLOTS:
                    found, maybe = _framed_topics(slot, subject, cs)
                    topics.extend(found)
                    possible.extend(maybe)
                else:
                    topics.append(Topic(slot, subject, cs))
    for topic in topics:
        topic.claims.sort(key=lambda c: (c.source, c.start, c.id))
    return sorted(topics, key=lambda t: (t.slot, t.subject)), possible


def _framed_topics(
    slot: str, subject: str, claims: list[Claim]
) -> tuple[list[Topic], list[PossibleMatch]]:
    """One topic per frame cluster; the largest keeps the subject, the others are named by
    what they are about (« people · airlifted »)."""
    clusters, maybe = cluster_block(subject, claims, compatible)
    named: dict[int, Topic] = {}
    used: set[str] = set()
    for i, cluster in enumerate(clusters):
        name = subject if i == 0 else _cluster_subject(subject, cluster, used)
        used.add(name)
        named[id(cluster)] = Topic(slot, name, list(cluster.claims), match=topic_match(cluster))
    topics: list[Topic] = []
    for topic in named.values():
        if slot == "event.duration":
            for part in _by_scale(topic.subject, topic.claims):
                part.match = topic.match
                topics.append(part)
        else:
            topics.append(topic)
    possible = [_possible(slot, named[id(a)], named[id(b)]) for a, b in maybe
                if id(a) in named and id(b) in named]
    return topics, possible


def _cluster_subject(subject: str, cluster: Cluster, used: set[str]) -> str:
    frame = cluster.claims[0].frame
    words = [cluster.name() or "other"]
    if frame is not None and frame.holder:
        words.append(frame.holder)
    if frame is not None and frame.time != "during":
        words.append(frame.time)
    name = f"{subject} · {' '.join(w for w in words if w)}"
    n = 2
    while name in used:
        name, n = f"{name} {n}", n + 1
    return name


def _possible(slot: str, a: Topic, b: Topic) -> PossibleMatch:
    ca, cb = a.claims[0], b.claims[0]
    # the first pair in claim order that disagrees, found among the distinct values only
    theirs = list(_distinct(b.claims).values())
    for x in _distinct(a.claims).values():
        y = next((y for y in theirs if not compatible(x, y)), None)
        if y is not None:
            ca, cb = x, y
            break
    how = [f"«{c.frame.phrase}»" if c.frame and c.frame.phrase else "(no frame read)"
           for c in (ca, cb)]
    return PossibleMatch(
        slot=slot, findings=[a.id, b.id], subjects=[a.subject, b.subject],
        claims=[ca.id, cb.id], level="lemma",
        reason=f"values differ and the frames {how[0]} and {how[1]} might be the same "
               "measurement: not called a conflict",
    )


def _timed_topics(slot: str, claims: list[Claim]) -> list[Topic]:
    """The main event's place or date is one topic per story (a source whose lead says
    "earthquake" calls it the epicentre, another the venue; containment decides between the
    places); a place or date of an earlier or a later event is a topic of its own."""
    subjects = Counter(c.subject for c in claims)
    subject = sorted(subjects, key=lambda s: (-subjects[s], s))[0]
    by_time: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_time[claim.frame.time if claim.frame else "during"].append(claim)
    topics = []
    for time, group in sorted(by_time.items()):
        if time == "during":
            main, other = split_main_event(group, related, compatible)
            topics.append(Topic(slot, subject, main, match=TopicMatch(level="subject")))
            if other:
                # what a source that names the main event's place also names: another
                # thing's place (where someone spoke from), never set against the venue
                topics.append(Topic(slot, f"{subject} · other", other,
                                    match=TopicMatch(level="subject", confident=False)))
        else:
            # several earlier events may be named: their places are never a conflict
            topics.append(Topic(slot, f"{subject} · {time}", group,
                                match=TopicMatch(level="subject", confident=False)))
    return topics


#: tone rules that read a polarity lexicon rather than the event's own words
#: (``extract/labels/tones.py``)
GUESSED_TONE_RULES = frozenset({"tone.judgement"})


def _opinion_topics(claims: list[Claim], settings: Settings) -> list[Topic]:
    """One topic per claimant: different people's opinions never conflict; an outlet's own
    comment is the outlet's."""
    def holder(claim: Claim) -> str:
        return claim.qualifiers.claimant or f"outlet {claim.source}"

    names = sorted({holder(c) for c in claims})
    links = _UnionFind(names)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if a.startswith("outlet ") or b.startswith("outlet "):
                continue
            if fold(a) == fold(b) or match_people(a, b, settings.name_fuzzy_threshold):
                links.union(a, b)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[links.find(holder(claim))].append(claim)
    topics = []
    for members in groups.values():
        said = Counter(holder(c) for c in members)
        who = sorted(said, key=lambda n: (-said[n], n))[0]
        subject = f"{members[0].subject} · {who}"
        # a tone read from a polarity lexicon is a guess: when it disagrees, check, not red
        sure = not any(c.rule in GUESSED_TONE_RULES for c in members)
        topics.append(Topic("event.tone", subject, members,
                            match=TopicMatch(level="person", confident=sure)))
    return topics


#: durations of one subject further apart than this measure different things: a launch
#: "delay" of two days (the postponement) and one of 20 minutes (a hold in the countdown)
SCALE_GAP = 20.0

_SCALES = ((60.0, "minutes"), (1440.0, "hours"), (10_080.0, "days"), (43_200.0, "weeks"))


def _scale_name(minutes: float) -> str:
    return next((name for limit, name in _SCALES if minutes < limit), "months or more")


def _by_scale(subject: str, claims: list[Claim]) -> list[Topic]:
    """One topic per order of magnitude: claims sorted by their figure are cut where the
    next is more than ``SCALE_GAP`` times the previous. The cluster with most sources keeps
    the subject; the others are named by their scale (« delay · minutes »)."""
    def figure(claim: Claim) -> float | None:
        v = claim.value
        return v.nominal_minutes if isinstance(v, DurationValue) else None

    known = sorted((c for c in claims if figure(c)), key=lambda c: (figure(c) or 0, c.id))
    clusters: list[list[Claim]] = []
    for claim in known:
        if clusters and (figure(claim) or 0) <= SCALE_GAP * (figure(clusters[-1][-1]) or 0):
            clusters[-1].append(claim)
        else:
            clusters.append([claim])
    if len(clusters) < 2:
        return [Topic("event.duration", subject, claims)]
    unknown = [c for c in claims if not figure(c)]
    # most sources, then most claims, then the larger scale (a two-day postponement is
    # "the delay" of a launch, the 20-minute hold the detail): the same whatever the order
    main = max(clusters, key=lambda cs: (len({c.source for c in cs}), len(cs), figure(cs[-1])))
    topics = [Topic("event.duration", subject, [*main, *unknown])]
    for cluster in clusters:
        if cluster is not main:
            scale = _scale_name(figure(cluster[0]) or 0)
            topics.append(Topic("event.duration", f"{subject} · {scale}", cluster))
    return topics


def _name(claim: Claim) -> str | None:
    value = claim.value
    return value.name if isinstance(value, ParticipantValue) else None


def _people_topics(claims: list[Claim], settings: Settings) -> list[Topic]:
    """One topic per person (their spellings clustered), then one per role mentioned
    without a name."""
    named = [c for c in claims if _name(c)]
    role_only = [c for c in claims if not _name(c)]
    return _named_topics(named, settings) + _role_topics(role_only, named)


def _named_topics(named: list[Claim], settings: Settings) -> list[Topic]:
    """Which spellings name one person: every pair the match ladder links joins one
    cluster, which is named by its most written spelling and keeps the links' levels."""
    names = sorted({n for c in named if (n := _name(c))})
    links = _UnionFind(names)
    level_of: dict[tuple[str, str], Match] = {}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            found = match_people(a, b, settings.name_fuzzy_threshold)
            if found is not None:
                links.union(a, b)
                level_of[(a, b)] = Match(a=a, b=b, level=found.level, score=found.score)
    clusters: dict[str, list[Claim]] = defaultdict(list)
    for claim in named:
        clusters[links.find(_name(claim) or "")].append(claim)
    topics = []
    for members in clusters.values():
        written = Counter(_name(c) for c in members)
        subject = sorted(written, key=lambda n: (-written[n], n or ""))[0] or ""
        spellings = {_name(c) for c in members}
        matches = [m for (a, b), m in sorted(level_of.items()) if a in spellings and b in spellings]
        topics.append(Topic("event.participants", subject, members, matches))
    return topics


def _role_topics(role_only: list[Claim], named: list[Claim]) -> list[Topic]:
    """One topic per role mentioned without a name (« les conseillers »), with the named
    people it may stand for (`_stands_for`) as its related claims."""
    by_role: dict[str, list[Claim]] = defaultdict(list)
    for claim in role_only:
        by_role[claim.subject].append(claim)
    topics = []
    for subject, members in by_role.items():
        first = members[0].value
        role = first.role if isinstance(first, ParticipantValue) else None
        voices = {c.source for c in members}
        presences = {c.value.presence for c in members if isinstance(c.value, ParticipantValue)}
        related = [c for c in named if _stands_for(c, role, voices, presences)]
        topics.append(Topic("event.participants", subject, members, related=related))
    return topics


def _stands_for(
    named: Claim, role: str | None, voices: set[str], presences: set[Presence]
) -> bool:
    """Whether a role mentioned without a name (its ``role``, the ``voices`` that mention it
    and the ``presences`` they give) may be the named person of ``named``: told by another
    source, of a fitting role, with one of those presences."""
    value = named.value
    if role is None or not isinstance(value, ParticipantValue) or value.role is None:
        return False
    if named.source in voices or not role_fits(role, value.role):
        return False
    # « les conseillers » at the table do not lean on an adviser only expected
    return value.presence in presences
