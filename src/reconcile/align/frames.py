"""Topics from frames: two claims share a topic only when what they are about matches.

Claims are first blocked by slot and subject (what the extractor says is measured: the
talks, the people counted, the vehicle). Inside a block they are clustered by frame, as
a ladder of levels (splink's comparison levels), each recorded on the topic:

* ``key`` — the same language-neutral concept (« hébergées » and "sheltered");
* ``lemma`` — the same head word in one language;
* ``subject`` — a claim whose frame could not be read joins the block's one frame, or the
  frame its value is compatible with;
* two frames with *different* concept keys are different things, never merged; two
  frames that only might be the same (different words, no key to tell) are merged when
  their values agree, and otherwise kept apart and listed as "possibly the same" — so a
  conflict is only ever called inside a confident topic.

Opinions are blocked by claimant (an outlet's own comment is its own claimant), and places
and dates by when they sit relative to the main event (an earlier summit's city is not
the venue's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from reconcile.models import Claim, Frame, MatchLevel, PossibleMatch, TopicMatch

Compatible = Callable[[Claim, Claim], bool]
ValueKey = tuple[str, str]


#: id(claim) → (the claim, its key), inside ``value_keys_kept``
_KEPT: ContextVar[dict[int, tuple[Claim, ValueKey]] | None] = ContextVar("value_keys",
                                                                          default=None)


def value_key(claim: Claim) -> ValueKey:
    """What compatibility depends on inside one slot: the value and its modality. Claims
    with one key are compared once, however many sources repeat them."""
    kept = _KEPT.get()
    if kept is None:
        return claim.value.model_dump_json(), claim.qualifiers.modality
    known = kept.get(id(claim))
    if known is not None and known[0] is claim:
        return known[1]
    key = claim.value.model_dump_json(), claim.qualifiers.modality
    kept[id(claim)] = claim, key
    return key


@contextmanager
def value_keys_kept() -> Iterator[None]:
    """Inside, each claim's key is computed once, not at every stage that groups by it (a
    JSON dump of the value: a third of judging at 10,000 sources). Claims are not changed
    in place while they are aligned and judged (a resolved owner is a new claim)."""
    token = _KEPT.set({})
    try:
        yield
    finally:
        _KEPT.reset(token)

#: slots whose topics are cut by the frames of their claims
FRAMED_SLOTS = frozenset(
    {"quantity", "event.duration", "event.vehicle", "event.outcome", "event.format"}
)
#: slots of the main event: cut by when they sit (before / during / next)
TIMED_SLOTS = frozenset({"event.location", "event.date"})


@dataclass
class Cluster:
    claims: list[Claim]
    label: tuple[str, ...] | None  # ("key", k) / ("lemma", lang, lemma); None: frame unread
    level: MatchLevel = "single"
    confident: bool = True
    merged_from: list[tuple[str, ...]] = field(default_factory=list)
    _distinct: dict[ValueKey, Claim] | None = field(default=None, repr=False, compare=False)
    _seen: int = field(default=0, repr=False, compare=False)

    @property
    def sources(self) -> set[str]:
        return {c.source for c in self.claims}

    def distinct(self) -> dict[ValueKey, Claim]:
        """The first claim of each distinct value, in claim order (kept up to date by
        ``add``)."""
        if self._distinct is None or self._seen != len(self.claims):
            self._distinct = {}
            for claim in self.claims:
                self._distinct.setdefault(value_key(claim), claim)
            self._seen = len(self.claims)
        return self._distinct

    def add(self, claims: list[Claim]) -> None:
        distinct = self.distinct()
        self.claims.extend(claims)
        for claim in claims:
            distinct.setdefault(value_key(claim), claim)
        self._seen = len(self.claims)

    def name(self) -> str | None:
        if self.label is None:
            return None
        return self.label[1] if self.label[0] == "key" else self.label[2]


#: frame rules whose head is a noun: a noun the lexicon does not know still names what is
#: measured (« la trêve », "the dispute"); a verb it does not know is too often one of saying,
#: estimating or causing ("left", « estimé ») to tell two measurements apart
NOUN_RULES = ("frame.head_noun", "frame.measure_of", "frame.light_verb_subject", "frame.object")
#: subjects that name only a kind of thing counted, not which ones
VAGUE_SUBJECTS = frozenset({"people"})
#: frame rules that read a pronoun subject: the value is about what the pronoun stands for
PRONOUN_RULES = ("frame.light_verb_clause",)


def frame_label(claim: Claim) -> tuple[str, ...] | None:
    """What a claim is about, as a label: the concept of its frame's head (or the subject, when
    the head is the subject's own word); else the head word in its language."""
    frame = claim.frame
    if frame is None:
        return None
    tail = (frame.holder or "", frame.time)
    if frame.key:
        return ("key", frame.key, *tail)
    if frame.lemma and (frame.rule or "").startswith(NOUN_RULES):
        return ("lemma", frame.lang or "", frame.lemma, *tail)
    if frame.holder or frame.time != "during":
        return ("key", claim.subject, *tail)
    return None


class _Memo:
    """``compatible`` decided once per ordered pair of distinct values."""

    def __init__(self, compatible: Compatible) -> None:
        self.compatible = compatible
        self.seen: dict[tuple[ValueKey, ValueKey], bool] = {}

    def both(self, kx: ValueKey, x: Claim, ky: ValueKey, y: Claim) -> bool:
        for pair, (p, q) in (((kx, ky), (x, y)), ((ky, kx), (y, x))):
            if pair not in self.seen:
                self.seen[pair] = self.compatible(p, q)
            if not self.seen[pair]:
                return False
        return True

    def all(self, a: dict[ValueKey, Claim], b: dict[ValueKey, Claim]) -> bool:
        return all(self.both(kx, x, ky, y) for kx, x in a.items() for ky, y in b.items())


def _distinct(claims: list[Claim]) -> dict[ValueKey, Claim]:
    out: dict[ValueKey, Claim] = {}
    for claim in claims:
        out.setdefault(value_key(claim), claim)
    return out


def _rank(cluster: Cluster) -> tuple[int, int, str]:
    return (-len(cluster.sources), -len(cluster.claims), str(cluster.label))


def cluster_block(
    subject: str, claims: list[Claim], compatible: Compatible
) -> tuple[list[Cluster], list[tuple[Cluster, Cluster]]]:
    """The frame clusters of one block, and the pairs that are only possibly the same."""
    by_label: dict[tuple[str, ...], list[Claim]] = {}
    unread: list[Claim] = []
    for claim in claims:
        label = frame_label(claim)
        if label is None:
            unread.append(claim)
        else:
            by_label.setdefault(label, []).append(claim)
    clusters = sorted(
        # a figure of another time (an earlier flood's toll): several earlier events may be
        # meant, so their values are never set against each other
        (Cluster(cs, label, "key" if label[0] == "key" else "lemma",
                 confident=label[-1] == "during") for label, cs in by_label.items()),
        key=_rank,
    )
    memo = _Memo(compatible)
    clusters, possible = _merge_maybe_same(clusters, memo)
    if not clusters:
        # counts of bare "people" whose frames are unread say nothing of which people (on
        # board, hospitalised, at the rally): listed together, never set against each other
        return [Cluster(unread, None, "subject" if len(unread) > 1 else "single",
                        confident=subject not in VAGUE_SUBJECTS or len(unread) == 1)], []
    left = _place_unread(subject, unread, clusters, memo)
    if left:
        # leftovers of a block that holds several things: nothing says they are one
        rest = Cluster(left, None, "subject", confident=len(left) == 1)
        possible.extend((c, rest) for c in clusters
                        if not memo.all(_distinct(left), c.distinct()))
        clusters.append(rest)
    return clusters, possible


def _place_unread(
    subject: str, unread: list[Claim], clusters: list[Cluster], memo: _Memo
) -> list[Claim]:
    """Put each claim whose frame is unread in a cluster, and return those left over.

    Such a claim may be about the block's subject itself. A light verb with a pronoun subject
    ("they lasted…", « elles ont duré… ») points back at the thing the extractor took its
    subject from: it joins the cluster whose frame is that subject. Any other unread frame is a
    guess, and a guess never turns a topic red: it joins that cluster, or a cluster of a
    narrower thing (people *airlifted*), only when its value agrees with it, and is listed as
    possibly the same otherwise."""
    itself = next(
        (c for c in clusters if c.name() == subject and c.label and c.label[-2:] == ("", "during")),
        None,
    )
    if itself is None and len(clusters) == 1 and clusters[0].label is not None \
            and clusters[0].label[0] == "key" and not clusters[0].label[1]:
        itself = clusters[0]
    left: list[Claim] = []
    for claim in unread:
        own = {value_key(claim): claim}
        anaphoric = claim.frame is not None and (claim.frame.rule or "").startswith(
            PRONOUN_RULES)
        first = [itself] if itself is not None else []
        home = itself if itself is not None and anaphoric else next(
            (c for c in first + [c for c in clusters if c is not itself]
             if memo.all(own, c.distinct())), None)
        if home is None:
            left.append(claim)
        else:
            home.add([claim])
            home.level = "subject"
    return left


def _merge_maybe_same(
    clusters: list[Cluster], memo: _Memo
) -> tuple[list[Cluster], list[tuple[Cluster, Cluster]]]:
    """Merge clusters that might be about the same thing when their values agree (a larger
    cluster first); two concept keys that differ are never the same thing."""
    out: list[Cluster] = []
    possible: list[tuple[Cluster, Cluster]] = []
    for cluster in clusters:
        home = None
        for kept in out:
            if _different(kept, cluster):
                continue
            if memo.all(kept.distinct(), cluster.distinct()):
                home = kept
                break
            possible.append((kept, cluster))
        if home is None:
            out.append(cluster)
        else:
            home.add(cluster.claims)
            home.merged_from.append(cluster.label or ())
            home.level = "subject"
    return out, possible


def _different(a: Cluster, b: Cluster) -> bool:
    """Frames that cannot be the same thing: two different concepts, or one thing before or
    after the event and the other during it, or two different holders."""
    la, lb = a.label, b.label
    if la is None or lb is None:
        return False
    if la[-1] != lb[-1] or (la[-2] and lb[-2] and la[-2] != lb[-2]):
        return True
    return la[0] == "key" == lb[0] and la[1] != lb[1] and bool(la[1]) and bool(lb[1])


def topic_match(cluster: Cluster) -> TopicMatch:
    frame = next((c.frame for c in cluster.claims if c.frame is not None), None)
    return TopicMatch(
        level=cluster.level, confident=cluster.confident,
        frame=Frame.model_validate(frame.model_dump()) if frame else None,
    )


def possible_match(
    slot: str, a: tuple[str, str, Claim], b: tuple[str, str, Claim], reason: str
) -> PossibleMatch:
    """``a`` and ``b``: (finding id, subject, one claim) of each topic."""
    return PossibleMatch(
        slot=slot, findings=[a[0], b[0]], subjects=[a[1], b[1]], claims=[a[2].id, b[2].id],
        level="lemma", reason=reason,
    )
