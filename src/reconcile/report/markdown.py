"""``--report md``: conflicts first, then agreements, extras, possible matches, delegations.

Made to be read in a terminal as well as rendered on GitHub: a conflict is a short block
(its reason, then one row a claim), agreements and extras are tables of one row a claim,
whatever the number of sources, so that no line grows with the story. Every piece of
article text is escaped, so that a CommonMark renderer shows it as text, never a tag.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence

from tabulate import tabulate

from reconcile.models import Claim, Finding, PossibleMatch, Report, Source, Verdict
from reconcile.report.labels import (
    delegations,
    qualifier_words,
    shorten,
    slot_label,
    split_reason,
    summary,
    topic_label,
)

__all__ = ["escape", "render", "topic_label"]

TOPIC_WIDTH = 36
VALUE_WIDTH = 44
QUOTE_WIDTH = 48
TITLE_WIDTH = 60
TEXT_WIDTH = 100  # paragraphs and list items are wrapped here (soft line breaks)

# `&` only where it would start an entity: « AT&T » stays readable, « &lt; » stays text
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# `](` and `][` make links and images; `]` elsewhere is only a bracket
_LINK = re.compile(r"\](?=[(\[])")
# what would open a block (heading, quote, list, setext underline) at a line's start
_BLOCK_START = re.compile(r"^(?:([#>*+=-])|(\d+)([.)]))")


def escape(text: str) -> str:
    """Article text (or anything quoting it) made inert for a table cell or a paragraph:
    no tag, no entity, no code span, no link, no cell break."""
    text = " ".join(text.split())
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\\", "\\\\").replace("`", "\\`").replace("|", "\\|")
    return _LINK.sub("\\\\]", text)


def _wrapped(text: str, indent: str = "", first: str = "") -> list[str]:
    """Escaped text as the lines of a paragraph (or of a list item, after ``first``):
    soft breaks, so it renders as one paragraph; no line may start a block."""
    wrapper = textwrap.TextWrapper(TEXT_WIDTH, initial_indent=first, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False)
    lines = wrapper.wrap(escape(text)) or [first]
    out = []
    for n, line in enumerate(lines):
        lead = first if n == 0 else indent
        out.append(lead + _BLOCK_START.sub(_inert_start, line[len(lead):]))
    return out


def _inert_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def _value(claim: Claim) -> str:
    words = qualifier_words(claim)
    return escape(shorten(claim.text + (f" ({', '.join(words)})" if words else ""), VALUE_WIDTH))


def _quote(claim: Claim) -> str:
    return escape(f"«{shorten(claim.quote, QUOTE_WIDTH - 2)}»")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def _claims_of(finding: Finding, claims: dict[str, Claim]) -> list[Claim]:
    return [claims[c] for c in finding.claims if c in claims]


def _conflict(finding: Finding, claims: dict[str, Claim]) -> list[str]:
    out = [f"### {escape(topic_label(finding))} · `{finding.id}`", ""]
    out += _wrapped(split_reason(finding.reason).text)
    rows = [[escape(c.source), _value(c), _quote(c)] for c in _claims_of(finding, claims)]
    out += ["", _table(["source", "value", "quote"], rows), ""]
    if finding.consensus:
        c = finding.consensus
        voices = f"{c.support} voice" + ("s" if c.support != 1 else "")
        if c.majority:
            line = f"Majority: {c.value} ({voices}); outliers: {', '.join(c.outliers) or 'none'}"
        else:
            line = f"No majority: {' vs '.join(c.tied)} ({voices} each)"
        out += [*_wrapped(line), ""]
    if finding.decision:
        d = finding.decision
        line = f"Reviewed by {d.by} on {d.at}: {d.stands}" + (f" ({d.note})" if d.note else "")
        out += [*_wrapped(line), ""]
    return out


def _conflicts(findings: list[Finding], claims: dict[str, Claim]) -> list[str]:
    out = ["## Conflicts", ""]
    if not findings:
        return [*out, "_none_", ""]
    out += ["_Record a decision with `reconcile review SOURCES_DIR <id> --stands VALUE`._", ""]
    for finding in findings:
        out += _conflict(finding, claims)
    return out + _legends(findings)


def _legends(findings: Iterable[Finding]) -> list[str]:
    legends = sorted({r.legend for f in findings if (r := split_reason(f.reason)).legend})
    return [line for legend in legends for line in (*_wrapped(legend), "")]


def _claim_rows(findings: list[Finding], claims: dict[str, Claim]) -> list[list[str]]:
    rows = []
    for finding in findings:
        for n, claim in enumerate(_claims_of(finding, claims)):
            head = [escape(shorten(topic_label(finding), TOPIC_WIDTH)), finding.id] if n == 0 else [
                "", ""]
            rows.append([*head, escape(claim.source), _value(claim), _quote(claim)])
    return rows


def _says_more(finding: Finding) -> bool:
    """An extra's reason is worth a line only when it says more than who states it."""
    return finding.verdict is not Verdict.EXTRA or finding.reason != (
        f"only {finding.sources[0]} states it" if finding.sources else "")


def _section(title: str, findings: list[Finding], claims: dict[str, Claim]) -> list[str]:
    out = [f"## {title}", ""]
    if not findings:
        return [*out, "_none_", ""]
    out += [_table(["topic", "id", "source", "value", "quote"], _claim_rows(findings, claims)), ""]
    reasons = [f for f in findings if _says_more(f)]
    if reasons:
        out += ["Why:", ""]
        for f in reasons:
            out += _wrapped(split_reason(f.reason).text, "  ", f"- `{f.id}` ")
        out.append("")
    return out + _legends(findings)


def _possible(possible: list[PossibleMatch], claims: dict[str, Claim]) -> list[str]:
    if not possible:
        return []
    out = ["## Check: possibly the same measurement", ""]
    for p in possible:
        sides = []
        for finding, subject, cid in zip(p.findings, p.subjects, p.claims, strict=True):
            quote = f" «{shorten(claims[cid].quote, QUOTE_WIDTH - 2)}»" if cid in claims else ""
            sides.append(f"{subject} ({finding}){quote}")
        line = f"{' vs '.join(sides)}: {p.reason}"
        out += _wrapped(line, "  ", f"- {escape(slot_label(p.slot))}: ")
    return [*out, ""]


def _delegation_table(report: Report) -> str:
    source_ids = [s.id for s in report.sources]
    rows = [
        [escape(d.person), escape(d.role), escape(d.side),
         *(escape(d.presence.get(s, "—")) for s in source_ids)]
        for d in delegations(report)
    ]
    if not rows:
        return "_none_"
    return _table(["person", "role", "side", *map(escape, source_ids)], rows)


def _sources_table(report: Report) -> str:
    rows = [
        [escape(s.id), escape(shorten(s.title or "", TITLE_WIDTH)), escape(s.outlet or ""),
         escape(s.date or "—"), escape(s.lang or "—")]
        for s in report.sources
    ]
    return _table(["id", "title", "outlet", "date", "lang"], rows)


def render(report: Report, sources: Sequence[Source] = ()) -> str:
    claims = {c.id: c for c in report.claims}
    by_verdict = {v: [f for f in report.findings if f.verdict is v] for v in Verdict}
    out = ["# Reconciliation report", "", f"**{summary(report)}**", ""]
    out += _conflicts(by_verdict[Verdict.CONFLICTING], claims)
    out += _section("Agreed", by_verdict[Verdict.AGREED], claims)
    out += _section("Extra (one source only)", by_verdict[Verdict.EXTRA], claims)
    out += _possible(report.possible, claims)
    out += ["## Delegations", "", _delegation_table(report), ""]
    out += ["## Sources", "", _sources_table(report)]
    if report.notes:
        out += ["", "## Notes", ""]
        for note in report.notes:
            out += _wrapped(note, "  ", "- ")
    return "\n".join(out) + "\n"
