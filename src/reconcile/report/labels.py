"""What the human reports (Markdown, HTML) say the same way: topic labels, a claim's
qualifiers in a few words, a reason without the hedge-band legend."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.models import Claim, Finding, ParticipantValue, Report

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

# The judge appends its band legend to the reason of every hedged-figure finding, either
# as "…; bands: near −8%, …" or "… (bands: near −8%, …)". Reports show it once.
_QUOTED = re.compile(r"«([^«»]*)»")
QUOTE_IN_REASON = 60
_LEGEND = re.compile(r"(?:;\s*|\s*\()(bands: [^;()]*?)(?:\)|(?=;)|$)")


def slot_label(slot: str) -> str:
    return SLOT_LABELS.get(slot, slot)


def topic_label(finding: Finding) -> str:
    return f"{slot_label(finding.slot)} · {finding.subject}"


@dataclass(frozen=True)
class Reason:
    text: str
    legend: str | None  # the band legend taken out of it, if any


def split_reason(reason: str) -> Reason:
    """The reason as one plain sentence, and the band legend it carried."""
    found = _LEGEND.search(reason)
    if not found:
        return Reason(_sentence(reason), None)
    text = reason[: found.start()] + reason[found.end() :]
    legend = found.group(1)
    return Reason(_sentence(text), f"Hedge {legend}")


def _sentence(text: str) -> str:
    """One line ending in a full stop, the quotes it repeats cut short (the values beside
    it show them)."""
    text = " ".join(text.split()).rstrip(" ;,")
    text = _QUOTED.sub(lambda m: f"«{shorten(m.group(1), QUOTE_IN_REASON)}»", text)
    return text if not text or text.endswith((".", "…", "?", "!")) else text + "."


def qualifier_words(claim: Claim) -> list[str]:
    """What qualifies a value: the hedge (when the value does not show it), who says so,
    the modality, the part of the article, an editor's hand."""
    q = claim.qualifiers
    words = [
        q.hedge if q.hedge and q.hedge.casefold() not in claim.text.casefold() else None,
        f"per {q.claimant}" if q.claimant and q.claimant not in claim.text else None,
        q.modality if q.modality != "asserted" else None,
        "lead" if claim.part == "lead" else None,
        "editor" if claim.origin == "editor" else None,
    ]
    return [w for w in words if w]


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def summary(report: Report) -> str:
    counts = report.counts()
    conflicting = counts["conflicting"]
    reviewed = sum(1 for f in report.findings if f.verdict.value == "conflicting" and f.decision)
    return (
        f"{len(report.sources)} sources · {len(report.claims)} claims · "
        f"{conflicting} conflicting ({reviewed} reviewed, {conflicting - reviewed} unreviewed) · "
        f"{counts['agreed']} agreed · {counts['extra']} extra"
    )


@dataclass(frozen=True)
class Delegate:
    """One row of the delegation table: a person (or an unnamed role) and, per source,
    the presences it gives them."""

    person: str
    role: str
    side: str
    presence: dict[str, str]
    finding: str


def delegations(report: Report) -> list[Delegate]:
    claims = {c.id: c for c in report.claims}
    rows = []
    for finding in report.findings:
        if finding.slot != "event.participants":
            continue
        people = [claims[c] for c in finding.claims if c in claims]
        pairs = [(c, c.value) for c in people if isinstance(c.value, ParticipantValue)]
        presence: dict[str, set[str]] = {}
        for claim, value in pairs:
            presence.setdefault(claim.source, set()).add(value.presence)
        name = finding.subject
        if name.startswith("role:"):
            name = f"({name[5:]}, unnamed)"
        if finding.related:
            name += " ~ " + ", ".join(sorted({claims[r].subject for r in finding.related
                                              if r in claims}))
        rows.append(Delegate(
            person=name,
            role=next((v.role for _, v in pairs if v.role), ""),
            side=next((v.side for _, v in pairs if v.side), ""),
            presence={s: ", ".join(sorted(p)) for s, p in presence.items()},
            finding=finding.id,
        ))
    rows.sort(key=lambda r: (r.side == "", r.side, r.person))
    return rows
