"""The data that `reconcile` saves or prints: sources, claims, findings, reports.

Pydantic models with ``extra="forbid"`` at every boundary; what is only
scratch state inside a stage uses plain dataclasses in that stage.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- sources


class SourceInfo(Strict):
    """What the report says about a source (the article text stays out of it)."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = Field(default=None, description="publication date, YYYY-MM-DD")
    lang: str | None = None


RegionKind = Literal["meta", "title", "caption", "lead", "body"]


class Region(Strict):
    """A stretch of the article text: what it is decides whether claims come from it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: RegionKind


class Source(SourceInfo):
    """One article as ingested: metadata plus the exact text claims quote from."""

    text: str
    content_hash: str
    regions: list[Region] = Field(default_factory=list)
    lang_confidence: float | None = None

    def info(self) -> SourceInfo:
        return SourceInfo.model_validate(
            self.model_dump(exclude={"text", "content_hash", "regions", "lang_confidence"})
        )


# --------------------------------------------------------------------------- slots

SLOTS = (
    "event.date",
    "event.location",
    "event.duration",
    "event.participants",
    "event.vehicle",
    "event.format",
    "event.tone",
    "event.outcome",
    "event.next",
    "event.setting",
    "quantity",
    "quote",
)

Presence = Literal["present", "expected", "mentioned", "absent"]
Modality = Literal["asserted", "expected", "denied", "reported"]
Origin = Literal["machine", "editor"]


class DurationValue(Strict):
    """A hedged interval in minutes; ``None`` bounds are open-ended."""

    type: Literal["duration"] = "duration"
    min_minutes: float | None
    max_minutes: float | None
    nominal_minutes: float | None = Field(default=None, description="the figure as written")


class QuantityValue(Strict):
    type: Literal["quantity"] = "quantity"
    min: float | None
    max: float | None
    nominal: float | None = None
    unit: str | None = Field(default=None, description="what is counted, as a lemma")


class DateValue(Strict):
    type: Literal["date"] = "date"
    date: str | None = Field(description="YYYY-MM-DD, or null when it cannot be resolved")
    anchor: str | None = Field(
        default=None, description="what a relative mention was resolved against"
    )
    weekday: str | None = None
    precision: Literal["day", "week", "month", "year"] = "day"


class ParticipantValue(Strict):
    type: Literal["participant"] = "participant"
    name: str | None = Field(description="canonical name; null for a role-only mention")
    as_written: str
    role: str | None = None
    side: str | None = None
    presence: Presence = "present"
    plural: bool = Field(default=False, description="a role mention naming several people")


class LocationValue(Strict):
    type: Literal["location"] = "location"
    name: str
    kind: Literal["site", "city", "region", "country", "other"] = "other"
    within: list[str] = Field(default_factory=list)


class VehicleValue(Strict):
    type: Literal["vehicle"] = "vehicle"
    name: str | None = None
    owner: str | None = None
    nickname: str | None = None
    riders: list[str] = Field(default_factory=list)
    owner_role: str | None = Field(
        default=None,
        description="whose it is when the article names nobody: the owner's role key "
        "(« la limousine présidentielle russe »: president)",
    )
    owner_side: str | None = Field(
        default=None, description="and the owner's side key (russia), with owner_role"
    )
    owner_from: list[str] = Field(
        default_factory=list,
        description="set at alignment: the sources whose participant claims name the one "
        "person of owner_role and owner_side, who is then the owner",
    )

    def readable(self) -> str:
        """« Aurus Senat « Kortezh » of Andrei Kuznetsov — Kuznetsov », « limousine of the
        president russia »."""
        text = (self.name or "vehicle") + (f" « {self.nickname} »" if self.nickname else "")
        described = " ".join(
            w.replace("_", " ") for w in (self.owner_role, self.owner_side) if w
        )
        if self.owner:
            text += f" of {self.owner}"
            if self.owner_from:
                text += f" ({described}, as named by {', '.join(self.owner_from)})"
        elif described:
            text += f" of the {described}"
        return text + (f" — {', '.join(self.riders)}" if self.riders else "")


class LabelValue(Strict):
    """A categorical value: a format (closed_doors), a tone (positive), a setting."""

    type: Literal["label"] = "label"
    label: str
    words: list[str] = Field(default_factory=list)


class OutcomeValue(Strict):
    type: Literal["outcome"] = "outcome"
    agreement: bool | None
    label: str | None = None


class NextValue(Strict):
    type: Literal["next"] = "next"
    place: str | None = None
    participants: list[str] = Field(default_factory=list)
    when: str | None = Field(default=None, description="the words saying when, as written")
    date: str | None = Field(
        default=None,
        description="when resolved against the publication date: YYYY-MM-DD, or YYYY-MM "
        "when only the month is said",
    )


class QuoteValue(Strict):
    type: Literal["quote"] = "quote"
    speaker: str | None = None
    text: str


Value = Annotated[
    DurationValue
    | QuantityValue
    | DateValue
    | ParticipantValue
    | LocationValue
    | VehicleValue
    | LabelValue
    | OutcomeValue
    | NextValue
    | QuoteValue,
    Field(discriminator="type"),
]


FrameTime = Literal["before", "during", "after", "next"]
MatchLevel = Literal["key", "lemma", "encoder", "subject", "person", "role", "place", "single"]


class Frame(Strict):
    """What a claim's value is about, read from the parse: the act or object it attaches
    to, whose it is, when it sits in the story, and who holds an opinion.

    ``key`` is language-neutral when the lexicon knows the concept (« les discussions »
    and "the talks" are both ``talks``); ``lemma`` is the head word otherwise, so two
    claims in one language can still meet on it.
    """

    key: str | None = Field(
        default=None, description="language-neutral concept key (talks, drive, deaths)"
    )
    lemma: str | None = Field(default=None, description="head lemma the value attaches to")
    phrase: str | None = Field(default=None, description="the head phrase as written")
    lang: str | None = Field(default=None, description="language of lemma and phrase")
    holder: str | None = Field(
        default=None, description="whose it is: the person or side the measured thing belongs to"
    )
    time: FrameTime = Field(
        default="during",
        description="when it sits relative to the story's main event (an earlier summit: before)",
    )
    claimant: str | None = Field(default=None, description="who holds an opinion or gives a figure")
    rule: str | None = Field(default=None, description="the named rule that read the frame")
    time_rule: str | None = Field(
        default=None, description="the named rule that put the value before or after the main "
        "event (none: during)"
    )


class Qualifiers(Strict):
    hedge: str | None = Field(default=None, description="the hedge word as written")
    claimant: str | None = Field(default=None, description="who the source attributes it to")
    modality: Modality = "asserted"


class Claim(Strict):
    id: str
    source: str
    slot: str
    subject: str
    value: Value
    text: str = Field(description="the value, readable")
    quote: str = Field(description="verbatim; equals the article text[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    qualifiers: Qualifiers = Field(default_factory=Qualifiers)
    origin: Origin = "machine"
    part: Literal["meta", "title", "lead", "body"] = "body"
    frame: Frame | None = Field(default=None, description="what the value is about")
    rule: str | None = Field(default=None, description="the named extraction rule that made it")
    line: int | None = Field(
        default=None, ge=1, description="line of the article the quote starts on"
    )

    @model_validator(mode="after")
    def _offsets_ordered(self) -> Claim:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


def claim_id(source: str, slot: str, subject: str, start: int, end: int) -> str:
    """A claim id that stays the same while the article text does not move."""
    digest = hashlib.sha1(f"{source}|{slot}|{subject}|{start}|{end}".encode()).hexdigest()
    return f"{source}:{digest[:10]}"


# --------------------------------------------------------------------------- findings


class Verdict(StrEnum):
    AGREED = "agreed"
    EXTRA = "extra"
    CONFLICTING = "conflicting"


class Match(Strict):
    """How two claims were found to be about the same thing (splink-style level)."""

    a: str
    b: str
    level: str = Field(description="exact, folded, variant, fuzzy, role, containment, ...")
    score: float | None = None


class TopicMatch(Strict):
    """How the claims of a topic were found to be about the same thing."""

    level: MatchLevel = Field(
        description="key: same lexicon concept; lemma: same head word in one language; "
        "encoder: sentence-encoder score over the threshold; subject: the slot's one "
        "subject (a date or a place of the main event); person / role / place: matched by "
        "name, role or containment; single: one claim or one frame"
    )
    score: float | None = None
    confident: bool = Field(
        default=True, description="confident enough that divergent values are a conflict"
    )
    frame: Frame | None = Field(default=None, description="the topic's frame")


class PossibleMatch(Strict):
    """Two topics whose frames only *might* be the same, holding divergent values: listed
    for an editor to look at, never counted as a conflict."""

    slot: str
    findings: list[str] = Field(min_length=2, max_length=2)
    subjects: list[str] = Field(min_length=2, max_length=2)
    claims: list[str] = Field(min_length=2, max_length=2, description="one claim of each topic")
    level: str
    score: float | None = None
    reason: str


class Consensus(Strict):
    """The largest class of compatible values, and whether it is larger than every other."""

    value: str
    support: int
    sources: list[str]
    outliers: list[str] = Field(default_factory=list)
    majority: bool = Field(
        default=True,
        description="false when another class has as many voices: a tie is not a majority",
    )
    tied: list[str] = Field(
        default_factory=list, description="on a tie, the value of every class with the top count"
    )


class Decision(Strict):
    """An editor's decision on a conflicting finding."""

    finding: str
    stands: str = Field(description='the value that stands, "not a conflict" or "both wrong"')
    note: str = ""
    by: str
    at: str
    seen: list[str] = Field(
        default_factory=list,
        description="the values decided on, as 'source: value' (written by reconcile review); "
        "a source bringing a value not among them reopens the conflict. Empty: the decision "
        "covers the finding whatever comes later",
    )


class Finding(Strict):
    id: str
    slot: str
    subject: str
    verdict: Verdict
    claims: list[str]
    sources: list[str]
    reason: str
    self_contradiction: bool = False
    matches: list[Match] = Field(default_factory=list)
    related: list[str] = Field(
        default_factory=list, description="claims elsewhere this finding leans on (role matches)"
    )
    consensus: Consensus | None = None
    decision: Decision | None = None
    topic: TopicMatch | None = Field(default=None, description="how the topic was formed")


class Report(Strict):
    schema_version: Literal["1"] = "1"
    sources: list[SourceInfo]
    claims: list[Claim]
    findings: list[Finding]
    possible: list[PossibleMatch] = Field(
        default_factory=list, description="check: possibly the same measurement"
    )
    notes: list[str] = Field(default_factory=list, description="syndication, warnings")

    def counts(self) -> dict[str, int]:
        out = {v.value: 0 for v in Verdict}
        for finding in self.findings:
            out[finding.verdict.value] += 1
        return out


class ClaimsFile(Strict):
    """``claims/<source>.json``: the cache of one source's claims."""

    schema_version: Literal["1"] = "1"
    source: str
    source_path: str | None = None
    content_hash: str
    extractor_version: str
    claims: list[Claim]


def report_json_schema() -> dict[str, Any]:
    return Report.model_json_schema()
