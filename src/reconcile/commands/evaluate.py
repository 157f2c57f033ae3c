"""Measure the pipeline against the labelled corpus: ``reconcile eval CORPUS_DIR``.

A corpus is a folder of events, one sub-folder each, holding articles and a
``gold.yaml`` (see ``tests/corpus/README.md``). For every event the pipeline is
run as an editor would run it, then scored:

Extraction (per slot, per language: precision, recall, F1)
    A predicted claim matches a gold claim when the slot is the same, the
    predicted span overlaps an occurrence of the gold quote (or of one of its
    ``also_quotes``) in the ingested article text, and the key value agrees:

    * duration — nominal minutes equal within ±1, and the hedge equal when the
      gold gives one (case and accents folded, « d' » read as « de », a
      trailing « de » / "of" ignored);
    * quantity — nominal equal (a score such as ``2-1`` must appear in the
      claim's text or quote);
    * date — the same ISO date (or both unresolved);
    * location — the name matches once folded, or names the gold quote, or
      :mod:`reconcile.lang.places` relates the two places as the same one;
    * participants — the same person (:func:`reconcile.lang.people.match_people`,
      folded surnames without it) and the same presence, on any mention of the
      person (one claim per person per article: the span is not required);
    * vehicle / format / tone / outcome / next — every field the gold gives
      (non-null) is equal: labels folded, people by name match, places as above.

    Each gold claim is matched at most once (maximum bipartite matching). A
    prediction left over whose only candidates are gold claims already matched
    is a *repeat* (the same value said again on the gold quote or one of its
    ``also_quotes``: "a tool claim on any of them matches", README): it is
    neither a true nor a false positive and is not counted as predicted. Any
    other prediction that matches nothing is a false positive; when it overlaps a
    ``must_not`` phrase of its slot (or ``*``) it is also listed as a
    ``must_not`` hit. Slots that no gold claim in the corpus uses (``quote``,
    ``event.setting``) are counted but not scored.

Verdicts
    For each gold topic, the report's findings with the same slot and a matching
    subject (participants: the same person; places: any, a story has one place
    topic; otherwise the same subject, folded).
    When several findings match, the one with the most sources is compared.
    When no finding's subject matches, the findings holding a predicted claim
    matched to one of the topic's gold claims are used (``matched_by="claims"``),
    except findings that already match another gold topic by subject.
    ``accuracy`` = topics whose verdict equals the gold one / gold topics. A
    *false conflict* is a matching finding that says ``conflicting`` where the
    gold says ``agreed`` or ``extra``; each finding is counted once, at the first
    topic it is blamed for (one finding holding the claims of several gold topics
    is one false alarm for the editor, not several). Conflicting findings that
    match no gold topic are listed as *unlabelled conflicts*.

Syndication
    The gold ``syndication`` pairs (near-identical copies) against the pairs the
    judge detects (``align.syndication``): pairs found / gold pairs, and pairs
    detected that the gold does not list.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from reconcile import safe_yaml
from reconcile.align.syndication import syndicated_pairs
from reconcile.align.vehicles import same_vehicle_name
from reconcile.errors import InputError, UsageError
from reconcile.models import (
    Claim,
    DateValue,
    DurationValue,
    Finding,
    LabelValue,
    LocationValue,
    NextValue,
    OutcomeValue,
    ParticipantValue,
    QuantityValue,
    Source,
    VehicleValue,
)
from reconcile.settings import Settings

ARTICLE_SUFFIXES = (".txt", ".md", ".html")
ALL = "all"
PARTICIPANTS = "event.participants"
LOCATION = "event.location"
CONFLICTING = "conflicting"


# --------------------------------------------------------------------------- result models


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


def score_conflicts(
    event: str,
    topics: Sequence[dict[str, Any]],
    findings: Sequence[Finding],
    topic_claims: dict[tuple[str, str], set[str]],
) -> ConflictScore:
    reported = [f for f in findings if f.verdict.value == CONFLICTING]
    true_ids: set[str] = set()
    found = 0
    wanted = [t for t in topics if str(t["verdict"]) == CONFLICTING]
    for topic in wanted:
        slot, subject = str(topic["slot"]), str(topic["subject"])
        ids = topic_claims.get((slot, fold(subject)), set())
        hits = {
            f.id for f in reported
            if f.slot == slot and (_subject_matches(slot, subject, f) or ids & set(f.claims))
        }
        true_ids |= hits
        found += bool(hits)
    return ConflictScore(
        event=event, gold=len(wanted), found=found, reported=len(reported),
        true=len(true_ids),
        false=[f"{f.slot} · {f.subject}" for f in reported if f.id not in true_ids],
    )


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


# --------------------------------------------------------------------------- folding


def fold(text: object) -> str:
    """Lower case, accents and typographic apostrophes/dashes folded, spaces collapsed."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def fold_hedge(text: object) -> str:
    s = fold(text)
    s = re.sub(r"\bd'\s*", "de ", s)
    s = re.sub(r"\s+(de|of|d')$", "", s.strip())
    return s.strip()


# a leading article or preposition: a whole word (« au siège » must not lose just its « a »)
_LEADING = re.compile(
    r"^(?:(?:(?:the|an|a|in|at|of|le|la|les|du|des|de|aux|au|en|dans|sur)\s+)|l'|d')+"
)


def _place_key(text: object) -> str:
    return _LEADING.sub("", fold(text).strip(" .,;:\"'«»")).strip()


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    match_people = _optional("reconcile.lang.people", "match_people")
    if match_people is not None:
        return match_people(a, b) is not None
    sa, sb = fold(a).split(), fold(b).split()
    return bool(sa and sb) and sa[-1] == sb[-1]


def same_place(
    predicted: str | LocationValue | None,
    gold: str | None,
    gold_quotes: Sequence[str] = (),
    gold_kind: str | None = None,
) -> bool:
    """The same place: folded names, the gold quote itself, or ``relate_places`` says same."""
    if predicted is None or not gold:
        return False
    pred_value = predicted if isinstance(predicted, LocationValue) else LocationValue(
        name=predicted)
    key = _place_key(pred_value.name)
    if key and (key == _place_key(gold) or any(key == _place_key(q) for q in gold_quotes)):
        return True
    relate = _optional("reconcile.lang.places", "relate_places")
    if relate is None:
        return False
    kind = gold_kind if gold_kind in ("site", "city", "region", "country") else "other"
    try:
        relation = relate(pred_value, LocationValue(name=gold, kind=kind))
    except Exception:  # an optional helper: a failure there is "not the same"
        return False
    return bool(relation == "same")


# --------------------------------------------------------------------------- gold


@dataclass
class GoldClaim:
    slot: str
    subject: str
    quotes: list[str]
    value: dict[str, Any]
    spans: list[tuple[int, int]] = field(default_factory=list)

    def describe(self) -> str:
        shown = {k: v for k, v in self.value.items() if v is not None}
        return f"{self.subject}: {_short(shown)} «{self.quotes[0]}»"


@dataclass
class MustNot:
    slot: str
    quote: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = text.find(quote)
    while quote and start >= 0:
        out.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return out


def gold_claims(entry: dict[str, Any], text: str) -> list[GoldClaim]:
    out: list[GoldClaim] = []
    for raw in entry.get("claims") or []:
        quotes = [str(raw["quote"]), *[str(q) for q in raw.get("also_quotes") or []]]
        claim = GoldClaim(
            slot=str(raw["slot"]),
            subject=str(raw.get("subject", "")),
            quotes=quotes,
            value=dict(raw.get("value") or {}),
        )
        for quote in quotes:
            claim.spans.extend(occurrences(text, quote))
        out.append(claim)
    return out


def must_nots(entry: dict[str, Any], text: str) -> list[MustNot]:
    out = []
    for raw in entry.get("must_not") or []:
        quote = str(raw["quote"])
        out.append(MustNot(slot=str(raw.get("slot", "*")), quote=quote,
                           spans=occurrences(text, quote)))
    return out


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _short(value: object, limit: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- value agreement


def value_agrees(pred: Claim, gold: GoldClaim) -> tuple[bool, str]:
    """Does the predicted value agree with the gold one on the slot's key fields?"""
    g = gold.value
    v = pred.value
    slot = gold.slot
    if slot == "event.duration":
        if not isinstance(v, DurationValue):
            return False, "not a duration"
        minutes = v.nominal_minutes
        if minutes is None and v.min_minutes is not None and v.max_minutes is not None:
            minutes = (v.min_minutes + v.max_minutes) / 2
        if minutes is None or abs(minutes - float(g["minutes"])) > 1:
            return False, f"minutes {minutes} ≠ {g['minutes']}"
        hedge = g.get("hedge")
        if hedge and fold_hedge(hedge) != fold_hedge(pred.qualifiers.hedge or ""):
            return False, f"hedge {pred.qualifiers.hedge!r} ≠ {hedge!r}"
        return True, ""
    if slot == "quantity":
        if "nominal" in g:
            if not isinstance(v, QuantityValue) or v.nominal is None:
                return False, "no nominal figure"
            want = float(g["nominal"])
            if abs(v.nominal - want) > 1e-6 * max(1.0, abs(want)):
                return False, f"nominal {v.nominal:g} ≠ {want:g}"
            return True, ""
        if "score" in g:
            score = fold(g["score"]).replace(" ", "")
            seen = (fold(pred.text) + " " + fold(pred.quote)).replace(" ", "")
            return (score in seen), f"score {g['score']} not in {pred.text!r}"
        return True, ""
    if slot == "event.date":
        if not isinstance(v, DateValue):
            return False, "not a date"
        want_date = _iso(g.get("date"))
        return v.date == want_date, f"date {v.date} ≠ {want_date}"
    if slot == "event.location":
        if not isinstance(v, LocationValue):
            return False, "not a location"
        ok = same_place(v, g.get("name"), gold.quotes, g.get("kind"))
        return ok, f"place {v.name!r} ≠ {g.get('name')!r}"
    if slot == "event.participants":
        if not isinstance(v, ParticipantValue):
            return False, "not a participant"
        name = v.name or v.as_written
        if not same_person(name, g.get("name") or gold.subject):
            return False, f"person {name!r} ≠ {g.get('name')!r}"
        want_presence = g.get("presence")
        if want_presence and v.presence != want_presence:
            return False, f"presence {v.presence} ≠ {want_presence}"
        return True, ""
    return _fields_agree(v, g, gold.quotes)


def _fields_agree(v: object, g: dict[str, Any], quotes: Sequence[str]) -> tuple[bool, str]:
    """Vehicle / format / tone / outcome / next: every field the gold gives is equal."""
    expected_type = {
        "label": LabelValue, "agreement": OutcomeValue, "nickname": VehicleValue,
        "owner": VehicleValue, "place": NextValue, "participants": NextValue,
    }
    for key, want in g.items():
        if want is None or want == [] or want == "":
            continue
        got = getattr(v, key, None)
        # an outcome that is not a deal (a launch's success, a bill adopted) is a label
        # on the outcome value: {label: success} in the gold matches it
        outcome_label = key == "label" and isinstance(v, OutcomeValue)
        if key in expected_type and not isinstance(v, expected_type[key]) and not outcome_label:
            return False, f"not a {expected_type[key].__name__} value"
        ok: bool
        if key == "agreement":
            ok = got == bool(want)
        elif key in ("owner",):
            ok = isinstance(got, str) and (same_person(got, str(want)) or fold(got) == fold(want))
        elif key == "name" and isinstance(v, VehicleValue):
            ok = isinstance(got, str) and same_vehicle_name(got, str(want))
        elif key == "place":
            ok = isinstance(got, str) and same_place(got, str(want))
        elif key in ("participants", "riders"):
            got_list = [str(x) for x in got or []]
            ok = all(any(same_person(w, x) for x in got_list) for w in want)
        else:
            ok = isinstance(got, str) and fold(got).strip("\"'«» ") == fold(want).strip("\"'«» ")
        if not ok:
            return False, f"{key} {got!r} ≠ {want!r}"
    return True, ""


def candidate(pred: Claim, gold: GoldClaim) -> tuple[bool, str]:
    """Slot, span overlap, then value; the second item says why not.

    A participant claim is one per person per article, quoting whichever mention
    shows the presence best (« M. X a signé », "the president said"): any mention
    of the gold person will do, so the span is not required for that slot."""
    if pred.slot != gold.slot:
        return False, "slot"
    if gold.slot != PARTICIPANTS and not _overlaps(pred.start, pred.end, gold.spans):
        return False, "span"
    return value_agrees(pred, gold)


def max_matching(edges: dict[int, list[int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): left index → right index."""
    right_of: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, []):
            if right in seen:
                continue
            seen.add(right)
            if right not in right_of or augment(right_of[right], seen):
                right_of[right] = left
                return True
        return False

    for left in sorted(edges):
        augment(left, set())
    return {left: right for right, left in right_of.items()}


@dataclass
class ArticleScore:
    """Matched pairs and the rest, for one article."""

    matched: list[tuple[Claim, GoldClaim]] = field(default_factory=list)
    #: predictions that only repeat an already matched gold claim (not counted)
    repeats: list[Claim] = field(default_factory=list)
    false_positives: list[Claim] = field(default_factory=list)
    must_not_hits: list[tuple[Claim, MustNot]] = field(default_factory=list)
    #: gold claims not matched: (gold, a same-slot prediction on its quote, why not)
    missed: list[tuple[GoldClaim, Claim | None, str]] = field(default_factory=list)
    golds: list[GoldClaim] = field(default_factory=list)


def score_article(
    text: str, entry: dict[str, Any], predictions: Sequence[Claim]
) -> ArticleScore:
    """Score one article's predicted claims against its gold entry."""
    golds = gold_claims(entry, text)
    forbidden = must_nots(entry, text)
    edges: dict[int, list[int]] = {}
    near: dict[int, tuple[Claim, str]] = {}
    for i, pred in enumerate(predictions):
        for j, gold in enumerate(golds):
            ok, why = candidate(pred, gold)
            if ok:
                edges.setdefault(i, []).append(j)
            elif why != "slot" and why != "span" and j not in near:
                near[j] = (pred, why)
    pairs = max_matching(edges, len(golds))
    out = ArticleScore(golds=golds)
    used = set(pairs.values())
    for i, pred in enumerate(predictions):
        if i in pairs:
            out.matched.append((pred, golds[pairs[i]]))
            continue
        if edges.get(i):  # every candidate is taken, else the matching would use it
            out.repeats.append(pred)
            continue
        out.false_positives.append(pred)
        for bad in forbidden:
            if bad.slot in ("*", pred.slot) and _overlaps(pred.start, pred.end, bad.spans):
                out.must_not_hits.append((pred, bad))
                break
    for j, gold in enumerate(golds):
        if j not in used:
            pred_near, why = near.get(j, (None, "no claim of this slot on the quote"))
            out.missed.append((gold, pred_near, why))
    return out


# --------------------------------------------------------------------------- corpus


def _load_gold(path: Path) -> dict[str, Any]:
    try:
        data = safe_yaml.load_typed(path.read_text(encoding="utf-8"), path)  # no alias bombs
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(path, f"is not valid YAML{where}") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise InputError(path, "has no 'articles' mapping")
    for name, entry in data["articles"].items():
        if not isinstance(entry, dict):
            raise InputError(path, f"article {name!r}: entry is not a mapping")
        for claim in entry.get("claims") or []:
            if not isinstance(claim, dict) or not claim.get("slot") or not claim.get("quote"):
                raise InputError(path, f"article {name!r}: a claim without slot or quote")
    topics = data.get("topics") or []
    if not isinstance(topics, list) or not all(
        isinstance(t, dict) and t.get("slot") and "subject" in t and t.get("verdict")
        for t in topics
    ):
        raise InputError(path, "'topics' must be a list of {slot, subject, verdict}")
    return data


def event_dirs(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.is_dir():
        raise UsageError(corpus_dir, "no such folder")
    if (corpus_dir / "gold.yaml").is_file():
        return [corpus_dir]
    events = sorted(p for p in corpus_dir.iterdir() if p.is_dir() and (p / "gold.yaml").is_file())
    if not events:
        raise UsageError(corpus_dir, "no event folder with a gold.yaml in it")
    return events


def _subject_matches(slot: str, gold_subject: str, finding: Finding) -> bool:
    if slot == "event.participants":
        return fold(gold_subject) == fold(finding.subject) or same_person(
            finding.subject, gold_subject
        )
    if slot == LOCATION:
        return True  # one place topic per story, whatever the gold calls it (venue, epicentre…)
    return fold(gold_subject) == fold(finding.subject)


def score_topics(
    event: str,
    topics: Sequence[dict[str, Any]],
    findings: Sequence[Finding],
    topic_claims: dict[tuple[str, str], set[str]] | None = None,
) -> tuple[list[TopicScore], list[str]]:
    """Compare each gold topic's verdict with the report's; list unlabelled conflicts.

    ``topic_claims`` maps (slot, folded subject) to the ids of predicted claims
    matched to that topic's gold claims: a fallback when no finding's subject
    matches (``matched_by="claims"``; not counted in the strict accuracy).
    """
    scores: list[TopicScore] = []
    claimed: set[str] = set()
    by_subject = {
        f.id for topic in topics for f in findings
        if f.slot == str(topic["slot"]) and _subject_matches(str(topic["slot"]),
                                                             str(topic["subject"]), f)
    }
    blamed: set[str] = set()
    for topic in topics:
        slot, subject, want = str(topic["slot"]), str(topic["subject"]), str(topic["verdict"])
        hits = [f for f in findings if f.slot == slot and _subject_matches(slot, subject, f)]
        matched_by = "subject" if hits else None
        if not hits and topic_claims:
            ids = topic_claims.get((slot, fold(subject)), set())
            hits = [
                f for f in findings
                if f.slot == slot and ids & set(f.claims) and f.id not in by_subject
            ]
            matched_by = "claims" if hits else None
        claimed.update(f.id for f in hits)
        best = max(hits, key=lambda f: (len(f.sources), len(f.claims)), default=None)
        got = best.verdict.value if best is not None else None
        scores.append(TopicScore(
            event=event, slot=slot, subject=subject, gold=want, predicted=got,
            findings=[f"{f.subject}={f.verdict.value}" for f in hits],
            matched_by=matched_by,
            correct=got == want,
            false_conflict=want != CONFLICTING
            and any(f.verdict.value == CONFLICTING and f.id not in blamed for f in hits),
            self_contradiction_missed=bool(topic.get("self_contradiction"))
            and not any(f.self_contradiction for f in hits),
        ))
        if want != CONFLICTING:
            blamed.update(f.id for f in hits if f.verdict.value == CONFLICTING)
    stray = [
        f"{event}: {f.slot} {f.subject}" for f in findings
        if f.verdict.value == CONFLICTING and f.id not in claimed
    ]
    return scores, stray


@dataclass
class _Tally:
    rows: dict[tuple[str, str], SlotScore] = field(default_factory=dict)

    def row(self, slot: str, lang: str) -> SlotScore:
        return self.rows.setdefault((slot, lang), SlotScore(slot=slot, lang=lang))

    def add(self, slot: str, lang: str, **counts: int) -> None:
        for target in (self.row(slot, lang), self.row(slot, ALL)):
            for key, n in counts.items():
                setattr(target, key, getattr(target, key) + n)


def evaluate(
    corpus_dir: Path,
    settings: Settings,
    progress: Callable[[str], None] | None = None,
) -> EvalResult:
    """Run the pipeline on every event of the corpus and score it against the gold."""
    from reconcile.pipeline import run  # late: the scoring helpers do not need spaCy

    events = event_dirs(corpus_dir)
    golds = {event: _load_gold(event / "gold.yaml") for event in events}
    tally = _Tally()
    errors: list[ClaimError] = []
    warnings: list[str] = []
    topics: list[TopicScore] = []
    stray_conflicts: list[str] = []
    conflicts: list[ConflictScore] = []
    syndication = [0, 0]  # gold pairs, gold pairs detected
    syndication_extra: list[str] = []
    per_article: list[tuple[str, str, str, ArticleScore, list[Claim]]] = []
    n_articles = 0
    for event in events:
        gold = golds[event]
        for name in gold["articles"]:
            if not (event / name).is_file():
                raise InputError(event / "gold.yaml", f"article {name!r} is not in {event}")
        if progress:
            progress(f"eval: {event.name}")
        event_settings = settings.model_copy(
            update={"claims_dir": settings.claims_dir / event.name}
        )
        result = run(event, event_settings)
        warnings.extend(f"{event.name}: {w}" for w in result.warnings)
        topic_claims: dict[tuple[str, str], set[str]] = {}
        by_source: dict[str, Source] = {Path(s.path).name: s for s in result.sources}
        claims_of: dict[str, list[Claim]] = {}
        for claim in result.report.claims:
            claims_of.setdefault(claim.source, []).append(claim)
        for name, entry in gold["articles"].items():
            source = by_source.get(name)
            if source is None:
                warnings.append(f"{event.name}/{name}: not ingested by the pipeline")
                continue
            n_articles += 1
            for gold_claim in gold_claims(entry, source.text):
                if not gold_claim.spans:
                    warnings.append(
                        f"{event.name}/{name}: gold quote {gold_claim.quotes[0]!r} is not in the "
                        "ingested text (counted as missed)"
                    )
            lang = str(entry.get("lang") or source.lang or "?")
            predictions = claims_of.get(source.id, [])
            scored = score_article(source.text, entry, predictions)
            per_article.append((event.name, name, lang, scored, predictions))
            for pred, gold_claim in scored.matched:
                topic_claims.setdefault((gold_claim.slot, fold(gold_claim.subject)), set()).add(
                    pred.id
                )
        for extra in sorted(set(by_source) - set(gold["articles"])):
            warnings.append(f"{event.name}/{extra}: article without gold entry (not scored)")
        gold_pairs = {frozenset(map(str, p)) for p in gold.get("syndication") or [] if len(p) == 2}
        name_of = {s.id: Path(s.path).name for s in result.sources}
        found_pairs = {
            frozenset((name_of[a], name_of[b]))
            for a, b, _ in syndicated_pairs(result.sources, settings.syndication_threshold)
        }
        syndication[0] += len(gold_pairs)
        syndication[1] += len(gold_pairs & found_pairs)
        syndication_extra.extend(
            f"{event.name}: {' ~ '.join(sorted(p))}" for p in sorted(found_pairs - gold_pairs,
                                                                    key=sorted)
        )
        t, stray = score_topics(
            event.name, gold.get("topics") or [], result.report.findings, topic_claims
        )
        topics.extend(t)
        stray_conflicts.extend(stray)
        conflicts.append(score_conflicts(
            event.name, gold.get("topics") or [], result.report.findings, topic_claims
        ))

    gold_slots = {
        str(c["slot"]) for g in golds.values() for e in g["articles"].values()
        for c in e.get("claims") or []
    }
    unscored: dict[str, int] = {}
    for event_name, name, lang, scored, predictions in per_article:
        for counted in scored.golds:
            tally.add(counted.slot, lang, gold=1)
        repeated = {id(p) for p in scored.repeats}
        for pred in predictions:
            if id(pred) in repeated:
                continue
            if pred.slot in gold_slots:
                tally.add(pred.slot, lang, predicted=1)
            else:
                unscored[pred.slot] = unscored.get(pred.slot, 0) + 1
        for pred, _gold in scored.matched:
            tally.add(pred.slot, lang, tp=1)
        hits = {id(p): bad for p, bad in scored.must_not_hits}
        for pred in scored.false_positives:
            bad = hits.get(id(pred))
            if bad is not None and pred.slot in gold_slots:
                tally.add(pred.slot, lang, must_not=1)
            errors.append(ClaimError(
                kind="must_not" if bad is not None else "false_positive",
                event=event_name, article=name, lang=lang, slot=pred.slot,
                expected=f"nothing on «{bad.quote}»" if bad is not None else None,
                got=f"{pred.subject}: {pred.text}", quote=pred.quote,
            ))
        for gold_claim, near_pred, why in scored.missed:
            errors.append(ClaimError(
                kind="wrong_value" if near_pred is not None else "missed",
                event=event_name, article=name, lang=lang, slot=gold_claim.slot,
                expected=gold_claim.describe(),
                got=f"{near_pred.subject}: {near_pred.text} ({why})" if near_pred else None,
                quote=near_pred.quote if near_pred else gold_claim.quotes[0],
            ))
    rows = sorted(
        (r.finish() for r in tally.rows.values() if r.slot in gold_slots),
        key=lambda r: (r.slot, r.lang != ALL, r.lang),
    )
    verdicts = VerdictScore(
        topics=len(topics),
        correct=sum(t.correct and t.matched_by == "subject" for t in topics),
        correct_via_claims=sum(t.correct for t in topics),
        found=sum(t.predicted is not None for t in topics),
        false_conflicts=[t for t in topics if t.false_conflict],
        self_contradictions=sum(
            bool(topic.get("self_contradiction"))
            for g in golds.values() for topic in g.get("topics") or []
        ),
        self_contradictions_missed=[t for t in topics if t.self_contradiction_missed],
        unlabelled_conflicts=stray_conflicts,
        syndication_gold=syndication[0],
        syndication_found=syndication[1],
        syndication_extra=syndication_extra,
        conflicts=conflicts,
    )
    if verdicts.topics:
        verdicts.accuracy = verdicts.correct / verdicts.topics
        verdicts.accuracy_via_claims = verdicts.correct_via_claims / verdicts.topics
    return EvalResult(
        corpus=str(corpus_dir),
        events=[e.name for e in events],
        articles=n_articles,
        extraction=rows,
        unscored=unscored,
        verdicts=verdicts,
        topics=topics,
        errors=errors,
        warnings=warnings,
    )


# --------------------------------------------------------------------------- rendering


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def render_table(result: EvalResult) -> str:
    from tabulate import tabulate

    rows = [
        [r.slot if r.lang == ALL else "", r.lang, r.gold, r.predicted, r.tp, r.fp, r.fn,
         r.must_not, _pct(r.precision), _pct(r.recall), _pct(r.f1)]
        for r in result.extraction
    ]
    total = overall(result)
    rows.append(["TOTAL", ALL, total.gold, total.predicted, total.tp, total.fp, total.fn,
                 total.must_not, _pct(total.precision), _pct(total.recall), _pct(total.f1)])
    lines = [
        f"corpus {result.corpus}: {len(result.events)} events, {result.articles} articles",
        "",
        tabulate(rows, headers=["slot", "lang", "gold", "pred", "tp", "fp", "fn", "must_not",
                                "P", "R", "F1"], tablefmt="simple"),
    ]
    if result.unscored:
        lines.append("not scored (no gold claims in these slots): " + ", ".join(
            f"{slot} {n}" for slot, n in sorted(result.unscored.items())))
    v = result.verdicts
    lines += [
        "",
        f"verdicts: {v.correct}/{v.topics} correct (accuracy {_pct(v.accuracy)}; "
        f"{v.correct_via_claims}/{v.topics} = {_pct(v.accuracy_via_claims)} also finding "
        f"topics through matched claims); {v.found} topics found; "
        f"{len(v.false_conflicts)} false conflicts; "
        f"{len(v.unlabelled_conflicts)} unlabelled conflicts",
    ]
    for t in v.false_conflicts:
        lines.append(f"  FALSE CONFLICT {t.event}: {t.slot} {t.subject} (gold {t.gold}; "
                     f"{', '.join(t.findings)})")
    for s in v.unlabelled_conflicts:
        lines.append(f"  unlabelled conflict {s}")
    lines.append(
        f"conflicts: precision {_pct(v.conflict_precision())}, recall "
        f"{_pct(v.conflict_recall())} (reported {sum(c.reported for c in v.conflicts)}, "
        f"true {sum(c.true for c in v.conflicts)}, gold {sum(c.gold for c in v.conflicts)})"
    )
    for c in v.conflicts:
        lines.append(f"  {c.event}: {c.found}/{c.gold} gold conflicts reported; "
                     f"{c.reported} reported, {len(c.false)} false"
                     + (f" ({'; '.join(c.false)})" if c.false else ""))
    lines.append(f"syndication: {v.syndication_found}/{v.syndication_gold} gold pairs detected; "
                 f"{len(v.syndication_extra)} pairs detected that the gold does not list")
    for pair in v.syndication_extra:
        lines.append(f"  unlisted syndication {pair}")
    if v.self_contradictions:
        lines.append(f"self-contradictions: {v.self_contradictions} in gold, "
                     f"{len(v.self_contradictions_missed)} not flagged")
    wrong = [t for t in result.topics if not t.correct and not t.false_conflict]
    if wrong:
        lines.append("")
        lines.append(tabulate(
            [[t.event, t.slot, t.subject, t.gold, t.predicted or "(none)",
              ", ".join(t.findings)] for t in wrong],
            headers=["event", "slot", "subject", "gold", "got", "findings"], tablefmt="simple"))
    hits = result.must_not_hits
    if hits:
        lines += ["", f"must_not hits: {len(hits)}"]
        lines += [f"  {e.event}/{e.article} {e.slot}: «{e.quote}» ({e.expected})" for e in hits]
    if result.warnings:
        lines += ["", *(f"warning: {w}" for w in result.warnings)]
    return "\n".join(lines) + "\n"


def overall(result: EvalResult) -> SlotScore:
    total = SlotScore(slot="TOTAL", lang=ALL)
    for r in result.extraction:
        if r.lang == ALL:
            total.gold += r.gold
            total.predicted += r.predicted
            total.tp += r.tp
            total.must_not += r.must_not
    return total.finish()
