"""The quality gate: measured extraction scores never fall under the recorded floors.

``tests/eval_floors.yaml`` holds, per slot, precision / recall / F1 floors (the
scores measured when the floor was set, rounded down to 0.05) and the verdict
accuracy floor. Floors are only ever raised. A slot without gold claims in the
corpus is skipped.

The second half tests the matcher itself on tiny hand-made cases, including
cases that must NOT match.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from reconcile.commands.evaluate import (
    ALL,
    EvalResult,
    evaluate,
    fold_hedge,
    max_matching,
    overall,
    score_article,
    score_topics,
)
from reconcile.models import (
    Claim,
    DateValue,
    DurationValue,
    Finding,
    LabelValue,
    LocationValue,
    OutcomeValue,
    ParticipantValue,
    Presence,
    Qualifiers,
    QuantityValue,
    Value,
    VehicleValue,
    Verdict,
    claim_id,
)
from reconcile.settings import Settings

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
HELDOUT = HERE / "heldout"
FLOORS = HERE / "eval_floors.yaml"


# --------------------------------------------------------------------------- the gate


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> EvalResult:
    claims_dir = tmp_path_factory.mktemp("eval-claims")
    return evaluate(CORPUS, Settings(claims_dir=claims_dir))


def _floors() -> dict[str, Any]:
    data = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _slot_floors() -> Iterator[tuple[str, dict[str, float]]]:
    yield from sorted((_floors().get("extraction") or {}).items())


def _language_floors() -> Iterator[tuple[str, str, dict[str, float]]]:
    for lang, slots in sorted((_floors().get("extraction_by_language") or {}).items()):
        for slot, floor in sorted(slots.items()):
            yield lang, slot, floor


@pytest.mark.parametrize(("slot", "floor"), list(_slot_floors()), ids=lambda x: str(x))
def test_extraction_does_not_regress(
    measured: EvalResult, slot: str, floor: dict[str, float]
) -> None:
    _check_row(measured, slot, ALL, floor)


@pytest.mark.parametrize(("lang", "slot", "floor"), list(_language_floors()),
                         ids=lambda x: str(x))
def test_extraction_does_not_regress_in_either_language(
    measured: EvalResult, lang: str, slot: str, floor: dict[str, float]
) -> None:
    _check_row(measured, slot, lang, floor)


def _check_row(measured: EvalResult, slot: str, lang: str, floor: dict[str, float]) -> None:
    row = measured.score(slot, lang)
    if row is None or row.gold == 0:
        pytest.skip(f"{slot} ({lang}): no gold claims in the corpus")
    got = {"precision": row.precision or 0.0, "recall": row.recall or 0.0, "f1": row.f1 or 0.0}
    below = {k: (got[k], v) for k, v in floor.items() if got[k] + 1e-9 < v}
    assert not below, f"{slot} ({lang}): under the floor (measured, floor): {below}"


def test_verdicts_do_not_regress(measured: EvalResult) -> None:
    floor = _floors().get("verdicts") or {}
    v = measured.verdicts
    assert v.topics > 0
    assert (v.accuracy or 0.0) + 1e-9 >= floor.get("accuracy", 0.0)
    assert (v.accuracy_via_claims or 0.0) + 1e-9 >= floor.get("accuracy_via_claims", 0.0)
    max_false = floor.get("max_false_conflicts")
    if max_false is not None:
        assert len(v.false_conflicts) <= max_false, [
            f"{t.event}: {t.slot} {t.subject}" for t in v.false_conflicts
        ]


@pytest.fixture(scope="module")
def heldout(tmp_path_factory: pytest.TempPathFactory) -> EvalResult:
    return evaluate(HELDOUT, Settings(claims_dir=tmp_path_factory.mktemp("heldout-claims")))


def test_heldout_set_does_not_regress(heldout: EvalResult) -> None:
    """The held-out articles (never tuned on) keep their overall scores: a change that
    lifts the development corpus by fitting its sentences must not cost them."""
    floor = _floors().get("heldout") or {}
    total = overall(heldout)
    got = {"precision": total.precision or 0.0, "recall": total.recall or 0.0,
           "f1": total.f1 or 0.0, "accuracy": heldout.verdicts.accuracy or 0.0,
           "accuracy_via_claims": heldout.verdicts.accuracy_via_claims or 0.0}
    below = {k: (got[k], v) for k, v in floor.items() if k in got and got[k] + 1e-9 < v}
    assert not below, f"held-out set under the floor (measured, floor): {below}"
    max_false = floor.get("max_false_conflicts")
    if max_false is not None:
        assert len(heldout.verdicts.false_conflicts) <= max_false


def test_every_scored_slot_has_a_floor(measured: EvalResult) -> None:
    """A slot that gains gold claims must get a floor (run the eval, add it)."""
    floors = dict(_slot_floors())
    missing = [r.slot for r in measured.extraction if r.lang == ALL and r.slot not in floors]
    assert not missing, f"no floor in {FLOORS.name} for {missing}"


def test_eval_covers_every_event_and_article(measured: EvalResult) -> None:
    events = sorted(p.name for p in CORPUS.iterdir() if (p / "gold.yaml").is_file())
    assert measured.events == events
    gold_articles = sum(
        len(yaml.safe_load((CORPUS / e / "gold.yaml").read_text(encoding="utf-8"))["articles"])
        for e in events
    )
    assert measured.articles == gold_articles


# --------------------------------------------------------------------------- the matcher

TEXT = (
    "Les discussions ont duré près de quatre heures à Genève, ce samedi. "
    "Sergueï Volkhonski était présent ; Oleg Sidorenko était absent. "
    "Trois membres de chaque délégation. Photo : AFP / Jane Doe"
)


def _at(quote: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(quote, start + 1)
    return start, start + len(quote)


def _claim(slot: str, quote: str, value: Value, hedge: str | None = None,
           subject: str = "talks", text: str | None = None) -> Claim:
    start, end = _at(quote)
    return Claim(
        id=claim_id("a", slot, subject, start, end), source="a", slot=slot, subject=subject,
        value=value, text=text or quote, quote=quote, start=start, end=end,
        qualifiers=Qualifiers(hedge=hedge),
    )


def _entry(*claims: dict[str, Any], must_not: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"lang": "fr", "claims": list(claims), "must_not": must_not or []}


DURATION_GOLD = {"slot": "event.duration", "subject": "talks", "quote": "près de quatre heures",
                 "value": {"minutes": 240, "hedge": "près de"}}


def _duration(minutes: float, hedge: str | None, quote: str = "près de quatre heures") -> Claim:
    return _claim("event.duration", quote,
                  DurationValue(min_minutes=None, max_minutes=None, nominal_minutes=minutes), hedge)


def _tp(entry: dict[str, Any], *preds: Claim) -> int:
    return len(score_article(TEXT, entry, list(preds)).matched)


def test_duration_matches_with_same_minutes_and_hedge() -> None:
    assert _tp(_entry(DURATION_GOLD), _duration(240, "Près de")) == 1
    assert _tp(_entry(DURATION_GOLD), _duration(241, "près de")) == 1  # ±1 minute


def test_duration_must_not_match_on_other_minutes_or_hedge() -> None:
    assert _tp(_entry(DURATION_GOLD), _duration(242, "près de")) == 0
    assert _tp(_entry(DURATION_GOLD), _duration(240, "un peu plus de")) == 0
    assert _tp(_entry(DURATION_GOLD), _duration(240, None)) == 0


def test_duration_hedge_ignored_when_gold_gives_none() -> None:
    gold = {**DURATION_GOLD, "value": {"minutes": 240, "hedge": None}}
    assert _tp(_entry(gold), _duration(240, "près de")) == 1


def test_span_must_overlap_the_gold_quote() -> None:
    # right slot and value, but quoted somewhere else in the article
    far = _duration(240, "près de", quote="ce samedi")
    assert _tp(_entry(DURATION_GOLD), far) == 0
    partial = _duration(240, "près de", quote="quatre heures")
    assert _tp(_entry(DURATION_GOLD), partial) == 1


def test_slot_must_be_the_same() -> None:
    figure = QuantityValue(min=None, max=None, nominal=240)
    pred = _claim("quantity", "près de quatre heures", figure)
    assert _tp(_entry(DURATION_GOLD), pred) == 0


def test_each_gold_claim_is_matched_once() -> None:
    one, two = _duration(240, "près de"), _duration(240, "près de", quote="quatre heures")
    scored = score_article(TEXT, _entry(DURATION_GOLD), [one, two])
    assert len(scored.matched) == 1
    # the second claim repeats the matched value on the same quote: not a false positive
    # (README: "a tool claim on any of [the mentions] matches"), not counted at all
    assert len(scored.repeats) == 1
    assert scored.false_positives == []


def test_a_different_value_on_a_matched_quote_is_a_false_positive() -> None:
    one, two = _duration(240, "près de"), _duration(60, None, quote="quatre heures")
    scored = score_article(TEXT, _entry(DURATION_GOLD), [one, two])
    assert len(scored.matched) == 1
    assert scored.repeats == []
    assert len(scored.false_positives) == 1


def test_matching_is_maximal_not_greedy() -> None:
    # left 0 can take 0 or 1, left 1 only 0: a greedy pass would leave left 1 unmatched
    assert max_matching({0: [0, 1], 1: [0]}, 2) == {0: 1, 1: 0}


def test_hedge_folding() -> None:
    assert fold_hedge("près d'") == fold_hedge("Pres de")
    assert fold_hedge("une quarantaine de") == fold_hedge("une quarantaine")
    assert fold_hedge("près de") != fold_hedge("plus de")


def _person(name: str, presence: Presence = "present") -> ParticipantValue:
    return ParticipantValue(name=name, as_written=name, presence=presence)


PERSON_GOLD = {"slot": "event.participants", "subject": "Sergei Volkhonsky",
               "quote": "Sergueï Volkhonski",
               "value": {"name": "Sergei Volkhonsky", "presence": "present"}}


def test_participant_matches_across_spellings() -> None:
    pred = _claim("event.participants", "Sergueï Volkhonski", _person("Sergueï Volkhonski"))
    assert _tp(_entry(PERSON_GOLD), pred) == 1


def test_participant_must_not_match_other_person_or_presence() -> None:
    other = _claim("event.participants", "Sergueï Volkhonski", _person("Sergei Bessent"))
    assert _tp(_entry(PERSON_GOLD), other) == 0
    absent = _claim("event.participants", "Sergueï Volkhonski",
                    _person("Sergei Volkhonsky", "mentioned"))
    assert _tp(_entry(PERSON_GOLD), absent) == 0


def test_participant_may_quote_any_mention_of_the_person() -> None:
    # one claim per person per article, quoting the mention that shows the presence
    elsewhere = _claim("event.participants", "était présent", _person("Sergei Volkhonsky"))
    assert _tp(_entry(PERSON_GOLD), elsewhere) == 1
    other = _claim("event.participants", "Oleg Sidorenko", _person("Oleg Sidorenko"))
    assert _tp(_entry(PERSON_GOLD), other) == 0


LOCATION_GOLD = {"slot": "event.location", "subject": "venue", "quote": "Genève",
                 "value": {"name": "Geneva", "kind": "city"}}


def test_location_matches_by_name_or_quote_not_by_other_place() -> None:
    same = _claim("event.location", "Genève", LocationValue(name="Genève", kind="city"),
                  subject="venue")
    assert _tp(_entry(LOCATION_GOLD), same) == 1
    other = _claim("event.location", "Genève", LocationValue(name="Lausanne", kind="city"),
                   subject="venue")
    assert _tp(_entry(LOCATION_GOLD), other) == 0


def test_date_must_be_equal() -> None:
    gold = {"slot": "event.date", "subject": "event", "quote": "ce samedi",
            "value": {"date": "2026-03-14"}}
    good = _claim("event.date", "ce samedi", DateValue(date="2026-03-14"), subject="event")
    bad = _claim("event.date", "ce samedi", DateValue(date="2026-03-15"), subject="event")
    unresolved = _claim("event.date", "ce samedi", DateValue(date=None), subject="event")
    assert _tp(_entry(gold), good) == 1
    assert _tp(_entry(gold), bad) == 0
    assert _tp(_entry(gold), unresolved) == 0


def test_quantity_nominal_must_be_equal() -> None:
    gold = {"slot": "quantity", "subject": "delegates", "quote": "Trois membres",
            "value": {"nominal": 3, "hedge": None}}
    good = _claim("quantity", "Trois membres", QuantityValue(min=3, max=3, nominal=3))
    bad = _claim("quantity", "Trois membres", QuantityValue(min=4, max=4, nominal=4))
    assert _tp(_entry(gold), good) == 1
    assert _tp(_entry(gold), bad) == 0


def test_label_and_outcome_fields_given_in_gold_must_be_equal() -> None:
    tone = {"slot": "event.tone", "subject": "talks", "quote": "ce samedi",
            "value": {"label": "positive"}}
    assert _tp(_entry(tone), _claim("event.tone", "ce samedi", LabelValue(label="positive"))) == 1
    assert _tp(_entry(tone), _claim("event.tone", "ce samedi", LabelValue(label="mixed"))) == 0
    outcome = {"slot": "event.outcome", "subject": "talks", "quote": "ce samedi",
               "value": {"agreement": False}}
    no_deal = OutcomeValue(agreement=False)
    deal = OutcomeValue(agreement=True)
    assert _tp(_entry(outcome), _claim("event.outcome", "ce samedi", no_deal)) == 1
    assert _tp(_entry(outcome), _claim("event.outcome", "ce samedi", deal)) == 0


def test_vehicle_owner_null_in_gold_is_not_checked_but_given_one_is() -> None:
    gold = {"slot": "event.vehicle", "subject": "vehicle", "quote": "ce samedi",
            "value": {"name": "Aurus Senat", "owner": None, "nickname": None}}
    good = VehicleValue(name="aurus senat", owner="Someone")
    assert _tp(_entry(gold), _claim("event.vehicle", "ce samedi", good)) == 1
    assert _tp(_entry(gold), _claim("event.vehicle", "ce samedi", VehicleValue(name="Beast"))) == 0


def test_must_not_hits_are_false_positives_and_listed() -> None:
    entry = _entry(DURATION_GOLD, must_not=[{"slot": "*", "quote": "Photo : AFP / Jane Doe"}])
    caption = _claim("event.participants", "Jane Doe", _person("Jane Doe"))
    scored = score_article(TEXT, entry, [_duration(240, "près de"), caption])
    assert len(scored.matched) == 1
    assert scored.false_positives == [caption]
    assert [p for p, _ in scored.must_not_hits] == [caption]


def test_must_not_of_another_slot_is_not_a_hit() -> None:
    entry = _entry(must_not=[{"slot": "event.duration", "quote": "Jane Doe"}])
    caption = _claim("event.participants", "Jane Doe", _person("Jane Doe"))
    scored = score_article(TEXT, entry, [caption])
    assert scored.false_positives == [caption]
    assert scored.must_not_hits == []


def test_missed_gold_claim_reports_the_near_prediction() -> None:
    scored = score_article(TEXT, _entry(DURATION_GOLD), [_duration(180, "près de")])
    assert len(scored.missed) == 1
    _gold, near, why = scored.missed[0]
    assert near is not None and "minutes" in why


def _finding(slot: str, subject: str, verdict: Verdict, claims: list[str] | None = None) -> Finding:
    return Finding(id=f"{slot}:{subject}", slot=slot, subject=subject, verdict=verdict,
                   claims=claims or [], sources=["a", "b"], reason="test")


def test_topics_by_subject_person_and_false_conflicts() -> None:
    topics = [
        {"slot": "event.participants", "subject": "Sergei Volkhonsky", "verdict": "agreed"},
        {"slot": "event.duration", "subject": "talks", "verdict": "agreed"},
        {"slot": "quantity", "subject": "price", "verdict": "extra"},
    ]
    findings = [
        _finding("event.participants", "Sergueï Volkhonski", Verdict.AGREED),
        _finding("event.duration", "talks", Verdict.CONFLICTING),
        _finding("event.duration", "press", Verdict.CONFLICTING),
        _finding("quantity", "euro", Verdict.EXTRA, claims=["c1"]),
    ]
    scores, stray = score_topics("ev", topics, findings)
    assert [s.correct for s in scores] == [True, False, False]
    assert [s.false_conflict for s in scores] == [False, True, False]
    assert scores[2].predicted is None  # "euro" is not the subject "price"
    assert stray == ["ev: event.duration press"]
    via, _ = score_topics("ev", topics, findings, {("quantity", "price"): {"c1"}})
    assert via[2].matched_by == "claims" and via[2].correct


def test_self_contradiction_must_be_flagged_when_gold_says_so() -> None:
    topics = [{"slot": "event.duration", "subject": "talks", "verdict": "conflicting",
               "self_contradiction": ["wire_en.html"]}]
    plain = _finding("event.duration", "talks", Verdict.CONFLICTING)
    flagged = plain.model_copy(update={"self_contradiction": True})
    assert score_topics("ev", topics, [plain])[0][0].self_contradiction_missed
    assert not score_topics("ev", topics, [flagged])[0][0].self_contradiction_missed


def test_one_finding_over_several_topics_is_one_false_conflict() -> None:
    # the morning and the lunch both reach the same coarse "talks" finding through
    # their claims: the editor sees one false alarm, not two
    topics = [
        {"slot": "event.duration", "subject": "talks.morning", "verdict": "agreed"},
        {"slot": "event.duration", "subject": "talks.lunch", "verdict": "agreed"},
    ]
    coarse = _finding("event.duration", "talks", Verdict.CONFLICTING, claims=["m", "l"])
    scores, _ = score_topics("ev", topics, [coarse], {
        ("event.duration", "talks.morning"): {"m"}, ("event.duration", "talks.lunch"): {"l"}})
    assert [s.false_conflict for s in scores] == [True, False]


def test_a_finding_matched_by_subject_is_not_borrowed_through_claims() -> None:
    topics = [
        {"slot": "event.duration", "subject": "talks", "verdict": "conflicting"},
        {"slot": "event.duration", "subject": "talks.part", "verdict": "agreed"},
    ]
    talks = _finding("event.duration", "talks", Verdict.CONFLICTING, claims=["p"])
    scores, _ = score_topics("ev", topics, [talks], {("event.duration", "talks.part"): {"p"}})
    assert scores[0].correct
    assert scores[1].predicted is None and not scores[1].false_conflict


def test_a_summary_gives_the_figures_and_hides_every_error(heldout: EvalResult) -> None:
    from reconcile.commands.evaluate import render_table

    full, summary = render_table(heldout), render_table(heldout, summary=True)
    assert "TOTAL" in summary and "conflicts: precision" in summary
    hidden = ("FALSE CONFLICT", "must_not hits", "unlisted syndication", "«")
    assert not [w for w in hidden if w in summary]
    assert len(summary) < len(full)
