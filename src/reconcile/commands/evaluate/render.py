"""`reconcile eval`'s table: extraction per slot and language, then verdicts, conflicts,
syndication, the topics judged wrong, must_not hits and warnings."""

from __future__ import annotations

from tabulate import tabulate

from reconcile.commands.evaluate.scores import ALL, EvalResult, SlotScore, VerdictScore


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def render_table(result: EvalResult, summary: bool = False) -> str:
    """The scores as text; with ``summary`` the figures only, no error listed (how a blind
    set is measured: its errors are not read before it is measured)."""
    v = result.verdicts
    lines = [
        f"corpus {result.corpus}: {len(result.events)} events, {result.articles} articles",
        "",
        *_extraction(result),
        "",
        *(_verdicts(v)[:1] if summary else _verdicts(v)),
        *_conflicts(v, summary),
        *(_syndication(v)[:1] if summary else _syndication(v)),
        *([] if summary else _wrong_topics(result)),
        *([] if summary else _must_not(result)),
    ]
    if result.warnings:
        lines += ["", *(f"warning: {w}" for w in result.warnings)]
    return "\n".join(lines) + "\n"


def _score_row(first: str, r: SlotScore) -> list[object]:
    return [first, r.lang, r.gold, r.predicted, r.tp, r.fp, r.fn,
            r.must_not, _pct(r.precision), _pct(r.recall), _pct(r.f1)]


def _extraction(result: EvalResult) -> list[str]:
    rows = [_score_row(r.slot if r.lang == ALL else "", r) for r in result.extraction]
    rows.append(_score_row("TOTAL", overall(result)))
    lines = [tabulate(rows, headers=["slot", "lang", "gold", "pred", "tp", "fp", "fn",
                                     "must_not", "P", "R", "F1"], tablefmt="simple")]
    if result.unscored:
        lines.append("not scored (no gold claims in these slots): " + ", ".join(
            f"{slot} {n}" for slot, n in sorted(result.unscored.items())))
    return lines


def _verdicts(v: VerdictScore) -> list[str]:
    lines = [
        f"verdicts: {v.correct}/{v.topics} correct (accuracy {_pct(v.accuracy)}; "
        f"{v.correct_via_claims}/{v.topics} = {_pct(v.accuracy_via_claims)} also finding "
        f"topics through matched claims); {v.found} topics found; "
        f"{len(v.false_conflicts)} false conflicts; "
        f"{len(v.unlabelled_conflicts)} unlabelled conflicts",
    ]
    for t in v.false_conflicts:
        lines.append(f"  FALSE CONFLICT {t.event}: {t.slot} {t.subject} (gold {t.gold}; "
                     f"{', '.join(t.findings)})")
    lines += [f"  unlabelled conflict {s}" for s in v.unlabelled_conflicts]
    return lines


def _conflicts(v: VerdictScore, summary: bool = False) -> list[str]:
    lines = [
        f"conflicts: precision {_pct(v.conflict_precision())}, recall "
        f"{_pct(v.conflict_recall())} (reported {sum(c.reported for c in v.conflicts)}, "
        f"true {sum(c.true for c in v.conflicts)}, gold {sum(c.gold for c in v.conflicts)})"
    ]
    for c in v.conflicts:
        lines.append(f"  {c.event}: {c.found}/{c.gold} gold conflicts reported; "
                     f"{c.reported} reported, {len(c.false)} false"
                     + (f" ({'; '.join(c.false)})" if c.false and not summary else ""))
    return lines


def _syndication(v: VerdictScore) -> list[str]:
    lines = [f"syndication: {v.syndication_found}/{v.syndication_gold} gold pairs detected; "
             f"{len(v.syndication_extra)} pairs detected that the gold does not list"]
    lines += [f"  unlisted syndication {pair}" for pair in v.syndication_extra]
    if v.self_contradictions:
        lines.append(f"self-contradictions: {v.self_contradictions} in gold, "
                     f"{len(v.self_contradictions_missed)} not flagged")
    return lines


def _wrong_topics(result: EvalResult) -> list[str]:
    wrong = [t for t in result.topics if not t.correct and not t.false_conflict]
    if not wrong:
        return []
    return ["", tabulate(
        [[t.event, t.slot, t.subject, t.gold, t.predicted or "(none)",
          ", ".join(t.findings)] for t in wrong],
        headers=["event", "slot", "subject", "gold", "got", "findings"], tablefmt="simple")]


def _must_not(result: EvalResult) -> list[str]:
    hits = result.must_not_hits
    if not hits:
        return []
    return ["", f"must_not hits: {len(hits)}",
            *(f"  {e.event}/{e.article} {e.slot}: «{e.quote}» ({e.expected})" for e in hits)]


def overall(result: EvalResult) -> SlotScore:
    total = SlotScore(slot="TOTAL", lang=ALL)
    for r in result.extraction:
        if r.lang == ALL:
            total.gold += r.gold
            total.predicted += r.predicted
            total.tp += r.tp
            total.must_not += r.must_not
    return total.finish()
