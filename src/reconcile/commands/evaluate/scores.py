"""What `reconcile eval` gives: per-slot extraction scores, errors, verdict and conflict
scores, gathered in one `EvalResult` (the `--json` output)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

ALL = "all"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SlotScore(_Model):
    slot: str
    lang: str = Field(description="fr, en, or 'all'")
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    must_not: int = Field(default=0, description="false positives on a must_not phrase")
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None

    def finish(self) -> SlotScore:
        self.fn = self.gold - self.tp
        self.fp = self.predicted - self.tp
        self.precision = self.tp / self.predicted if self.predicted else None
        self.recall = self.tp / self.gold if self.gold else None
        p, r = self.precision, self.recall
        if p is not None and r is not None:
            self.f1 = 2 * p * r / (p + r) if p + r else 0.0
        return self


class ClaimError(_Model):
    """One extraction error, for reading: a miss, a spurious claim, or a wrong value."""

    kind: str = Field(description="missed | wrong_value | false_positive | must_not")
    event: str
    article: str
    lang: str
    slot: str
    expected: str | None = None
    got: str | None = None
    quote: str | None = None


class TopicScore(_Model):
    event: str
    slot: str
    subject: str
    gold: str
    predicted: str | None = Field(description="verdict of the best matching finding, or null")
    findings: list[str] = Field(default_factory=list)
    matched_by: str | None = Field(
        default=None, description="subject (the SPEC rule) | claims (a finding holding a "
        "predicted claim matched to one of the topic's gold claims) | null"
    )
    correct: bool = False
    false_conflict: bool = False
    self_contradiction_missed: bool = Field(
        default=False, description="gold marks a source contradicting itself; the finding not"
    )


class ConflictScore(_Model):
    """Conflicts of one story, the editor's view: is red right, and is every real one red?

    A reported conflict is *true* when it is the finding of a gold conflicting topic by
    subject, or holds a predicted claim matched to one of that topic's gold claims; every
    other reported conflict is *false* (labelled or not)."""

    event: str
    gold: int = Field(default=0, description="gold conflicting topics")
    found: int = Field(default=0, description="gold conflicting topics reported as conflicting")
    reported: int = Field(default=0, description="conflicting findings in the report")
    true: int = Field(default=0, description="reported conflicts that are gold conflicts")
    false: list[str] = Field(default_factory=list, description="slot · subject of the others")


class VerdictScore(_Model):
    topics: int = 0
    correct: int = 0
    found: int = 0
    accuracy: float | None = Field(default=None, description="findings matched by subject")
    correct_via_claims: int = 0
    accuracy_via_claims: float | None = Field(
        default=None, description="also counting findings found through matched claims"
    )
    false_conflicts: list[TopicScore] = Field(default_factory=list)
    self_contradictions: int = Field(default=0, description="gold topics marked so")
    self_contradictions_missed: list[TopicScore] = Field(default_factory=list)
    unlabelled_conflicts: list[str] = Field(
        default_factory=list, description="event: slot subject of conflicts no gold topic names"
    )
    syndication_gold: int = Field(default=0, description="gold near-identical pairs")
    syndication_found: int = Field(default=0, description="gold pairs the judge detects")
    syndication_extra: list[str] = Field(
        default_factory=list, description="detected pairs the gold does not list"
    )
    conflicts: list[ConflictScore] = Field(default_factory=list, description="per story")

    def conflict_precision(self) -> float | None:
        reported = sum(c.reported for c in self.conflicts)
        return sum(c.true for c in self.conflicts) / reported if reported else None

    def conflict_recall(self) -> float | None:
        gold = sum(c.gold for c in self.conflicts)
        return sum(c.found for c in self.conflicts) / gold if gold else None


class EvalResult(_Model):
    corpus: str
    events: list[str]
    articles: int
    extraction: list[SlotScore] = Field(description="one row per slot × language (and 'all')")
    unscored: dict[str, int] = Field(
        default_factory=dict, description="predicted claims in slots that no gold claim uses"
    )
    verdicts: VerdictScore
    topics: list[TopicScore] = Field(default_factory=list)
    errors: list[ClaimError] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def score(self, slot: str, lang: str = ALL) -> SlotScore | None:
        for row in self.extraction:
            if row.slot == slot and row.lang == lang:
                return row
        return None

    @property
    def must_not_hits(self) -> list[ClaimError]:
        return [e for e in self.errors if e.kind == "must_not"]
