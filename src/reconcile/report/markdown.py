"""``--report md``: conflicts first, then agreements, then extras, then delegations."""

from __future__ import annotations

from tabulate import tabulate

from reconcile.models import Claim, Finding, ParticipantValue, Report, Verdict

SLOT_LABELS = {
    "event.date": "date",
    "event.location": "place",
    "event.duration": "duration",
    "event.participants": "participant",
    "event.vehicle": "vehicle",
    "event.format": "format",
    "event.tone": "tone",
    "event.outcome": "outcome",
    "event.next": "next meeting",
    "event.setting": "setting",
    "quantity": "figure",
    "quote": "quote",
}
QUOTE_WIDTH = 70


def cell(text: str) -> str:
    """Escape what would break a Markdown table cell."""
    return (
        text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ").strip()
    )


def short(quote: str, width: int = QUOTE_WIDTH) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= width else quote[: width - 1].rstrip() + "…"


def topic_label(finding: Finding) -> str:
    return f"{SLOT_LABELS.get(finding.slot, finding.slot)} · {finding.subject}"


def _claim_cell(claim: Claim) -> str:
    q = claim.qualifiers
    extras = [
        x
        for x in (
            q.hedge and f"hedge: {q.hedge}",
            q.claimant and f"per {q.claimant}",
            q.modality != "asserted" and q.modality,
            claim.part == "lead" and "lead",
            claim.origin == "editor" and "editor",
        )
        if x
    ]
    tail = f" ({', '.join(extras)})" if extras else ""
    return f"{claim.text}{tail} «{short(claim.quote)}»"


def _row(finding: Finding, claims: dict[str, Claim], source_ids: list[str]) -> list[str]:
    by_source: dict[str, list[str]] = {s: [] for s in source_ids}
    for cid in finding.claims:
        claim = claims[cid]
        by_source[claim.source].append(_claim_cell(claim))
    reason = finding.reason
    if finding.consensus and finding.verdict is Verdict.CONFLICTING:
        c = finding.consensus
        outliers = ", ".join(c.outliers) or "—"
        reason += f". Majority: {c.value} ({c.support} voice(s)); outliers: {outliers}"
    if finding.decision:
        d = finding.decision
        reason += f". Reviewed by {d.by} on {d.at}: {d.stands}" + (f" — {d.note}" if d.note else "")
    row = [cell(topic_label(finding)), cell(finding.id), cell(reason)]
    row += [cell(" · ".join(by_source[s])) if by_source[s] else "—" for s in source_ids]
    return row


def _table(findings: list[Finding], claims: dict[str, Claim], source_ids: list[str]) -> str:
    headers = ["topic", "id", "reason", *source_ids]
    rows = [_row(f, claims, source_ids) for f in findings]
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def _delegations(report: Report, claims: dict[str, Claim], source_ids: list[str]) -> str:
    rows = []
    for finding in report.findings:
        if finding.slot != "event.participants":
            continue
        people = [claims[c] for c in finding.claims]
        values = [c.value for c in people if isinstance(c.value, ParticipantValue)]
        role = next((v.role for v in values if v.role), "")
        side = next((v.side for v in values if v.side), "")
        cells = []
        for sid in source_ids:
            mine = [v for c, v in zip(people, values, strict=False) if c.source == sid]
            cells.append(", ".join(sorted({v.presence for v in mine})) if mine else "—")
        name = (
            finding.subject
            if not finding.subject.startswith("role:")
            else (f"({finding.subject[5:]}, unnamed)")
        )
        if finding.related:
            name += " ~ " + ", ".join(sorted({claims[r].subject for r in finding.related}))
        rows.append([cell(name), cell(role or ""), cell(side or ""), *cells])
    rows.sort(key=lambda r: (r[2] == "", r[2], r[0]))
    headers = ["person", "role", "side", *source_ids]
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def render(report: Report) -> str:
    claims = {c.id: c for c in report.claims}
    source_ids = [s.id for s in report.sources]
    counts = report.counts()
    reviewed = sum(1 for f in report.findings if f.verdict is Verdict.CONFLICTING and f.decision)
    out = ["# Reconciliation report", ""]
    out.append(
        f"**{len(report.sources)} sources · {len(report.claims)} claims · "
        f"{counts['conflicting']} conflicting ({reviewed} reviewed, "
        f"{counts['conflicting'] - reviewed} unreviewed) · {counts['agreed']} agreed · "
        f"{counts['extra']} extra**"
    )
    out.append("")
    for title, verdict in (
        ("Conflicts", Verdict.CONFLICTING),
        ("Agreed", Verdict.AGREED),
        ("Extra (one source only)", Verdict.EXTRA),
    ):
        chosen = [f for f in report.findings if f.verdict is verdict]
        out += [f"## {title}", ""]
        out.append(_table(chosen, claims, source_ids) if chosen else "_none_")
        out.append("")
    out += ["## Delegations", "", _delegations(report, claims, source_ids), ""]
    out += ["## Sources", ""]
    rows = [
        [cell(s.id), cell(s.title or ""), cell(s.outlet or ""), s.date or "—", s.lang or "—"]
        for s in report.sources
    ]
    out.append(
        tabulate(
            rows,
            headers=["id", "title", "outlet", "date", "lang"],
            tablefmt="github",
            disable_numparse=True,
        )
    )
    if report.notes:
        out += ["", "## Notes", ""] + [f"- {cell(n)}" for n in report.notes]
    return "\n".join(out) + "\n"
