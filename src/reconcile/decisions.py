"""Editors' decisions on conflicts: ``<sources>/reconcile-decisions.yaml``.

One YAML mapping, keyed by stable finding id (``F-`` + 10 hex digits, the same
across runs and when unrelated sources are added), sorted, one blank line
between entries so that every review is a small diff::

    F-1a2b3c4d5e:
      stands: about 2½ hours
      note: the pool report times the talks from 11:30 to 14:00
      by: Jane Doe
      at: '2025-08-16T10:42:00+02:00'

Every scalar is read as text (YAML's dates, numbers and booleans are not
resolved), so a hand-written ``at: 2025-08-16`` stays the string it looks
like. A decision whose finding is no longer conflicting is never deleted:
it is reported as stale in the report's notes and kept in the file.

Recording a decision rewrites only that decision's lines when the file has
the usual block layout, so hand-written comments elsewhere survive; the file
is otherwise re-rendered in full. Every write is atomic.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from reconcile import safe_yaml
from reconcile.errors import InputError
from reconcile.models import Claim, Decision, Finding, Report, Verdict
from reconcile.settings import Settings
from reconcile.store import atomic_write, validation_problem

HEADER = """\
# reconcile decisions: editors' rulings on conflicting findings.
#
# One entry per conflict, keyed by its finding id (the "id" column of the
# report; it stays the same across runs and when other sources are added):
#
#   F-0123456789:
#     stands: the value that stands, or "not a conflict", or "both wrong"
#     note: why (optional)
#     by: who decided
#     at: when (ISO date-time)
#     seen:                  (written by reconcile review)
#     - "source: value"      the values decided on; a later source that
#                            brings another value reopens the conflict
#
# Record one with: reconcile review SOURCES_DIR FINDING_ID --stands "..."
# or edit this file by hand. `reconcile check` fails only on conflicts that
# no entry covers. Entries for findings that are no longer conflicting are
# kept (the report lists them as stale).
"""

FIELDS = ("stands", "note", "by", "at", "seen")
LISTS = ("seen",)
REQUIRED = ("stands", "by", "at")


def decisions_path(sources_dir: Path, settings: Settings) -> Path | None:
    """Where the decisions of a sources folder live; None for a single article."""
    return sources_dir / settings.decisions_file if sources_dir.is_dir() else None


# --------------------------------------------------------------------------- loading


@dataclass
class _Entry:
    decision: Decision
    key_line: int  # 0-based line of the finding id
    end_line: int  # 0-based line after the entry's last non-blank, non-comment line


def load_decisions(path: Path | None) -> dict[str, Decision]:
    """The decisions of ``path`` by finding id; {} when there is no file yet."""
    if path is None or not path.exists():
        return {}
    return {fid: e.decision for fid, e in _parse(path, _read(path)).items()}


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot be read ({exc})") from None


def _parse(path: Path, text: str) -> dict[str, _Entry]:
    root = safe_yaml.compose(text, path)  # no aliases, no huge file: see safe_yaml
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise InputError(
            f"{path}:{root.start_mark.line + 1}",
            "a decisions file is a mapping of finding ids to decisions",
        )
    lines = text.split("\n")
    entries: dict[str, _Entry] = {}
    for key, value in root.value:
        where = f"{path}:{key.start_mark.line + 1}"
        if not isinstance(key, yaml.ScalarNode) or not key.value.strip():
            raise InputError(where, "each key must be a finding id such as F-0123456789")
        fid = key.value
        if fid in entries:
            raise InputError(where, f"{fid} is decided twice")
        decision = _decision(path, fid, key, value)
        entries[fid] = _Entry(decision, key.start_mark.line, _end_line(lines, value))
    return entries


def _decision(path: Path, fid: str, key: yaml.Node, value: yaml.Node) -> Decision:
    """One finding's decision, every field checked, errors at the line they are on."""
    if not isinstance(value, yaml.MappingNode):
        raise InputError(
            f"{path}:{value.start_mark.line + 1}",
            f"{fid}: a decision is a mapping with {', '.join(FIELDS)}",
        )
    fields, lists, field_line = _fields(path, fid, value)
    for name in REQUIRED:
        if not fields.get(name, "").strip():
            line = field_line.get(name, key.start_mark.line + 1)
            raise InputError(f"{path}:{line}", f"{fid}: {name} is missing or empty")
    try:
        return Decision(finding=fid, **fields, **lists)
    except ValidationError as exc:  # pragma: no cover - every field is text by now
        raise InputError(f"{path}:{key.start_mark.line + 1}",
                         f"{fid}: {validation_problem(exc)}") from None


def _fields(
    path: Path, fid: str, value: yaml.MappingNode
) -> tuple[dict[str, str], dict[str, list[str]], dict[str, int]]:
    """A decision's text fields, its list fields, and the line of each text field."""
    fields: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    field_line: dict[str, int] = {}
    for fkey, fvalue in value.value:
        fwhere = f"{path}:{fkey.start_mark.line + 1}"
        name = fkey.value if isinstance(fkey, yaml.ScalarNode) else "?"
        if name not in FIELDS:
            raise InputError(
                fwhere, f"{fid}: unknown field {name!r} (expected {', '.join(FIELDS)})"
            )
        if name in fields or name in lists:
            raise InputError(fwhere, f"{fid}: {name} is given twice")
        if name in LISTS:
            items = fvalue.value if isinstance(fvalue, yaml.SequenceNode) else None
            if items is None or not all(isinstance(i, yaml.ScalarNode) for i in items):
                raise InputError(fwhere, f"{fid}: {name} must be a list of text lines")
            lists[name] = [i.value for i in items]
            continue
        if not isinstance(fvalue, yaml.ScalarNode):
            raise InputError(fwhere, f"{fid}: {name} must be text")
        fields[name] = fvalue.value
        field_line[name] = fkey.start_mark.line + 1
    return fields, lists, field_line


def _end_line(lines: list[str], node: yaml.Node) -> int:
    """The line after a block entry, leaving out trailing blanks and comments."""
    end = node.end_mark.line + (1 if node.end_mark.column > 0 else 0)
    start = node.start_mark.line
    while end - 1 > start and _is_filler(lines[end - 1] if end - 1 < len(lines) else ""):
        end -= 1
    return end


def _is_filler(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


# --------------------------------------------------------------------------- saving


class _Dumper(yaml.SafeDumper):
    """Multi-line notes as literal blocks: they read (and diff) as written."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and value == value.strip() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def render_entry(decision: Decision) -> str:
    body = {name: getattr(decision, name) for name in FIELDS
            if name not in LISTS or getattr(decision, name)}
    dumped: str = yaml.dump(
        {decision.finding: body}, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
        default_flow_style=False, width=88,
    )
    return dumped


def render_decisions(decisions: dict[str, Decision]) -> str:
    """The whole file: header, then one entry per id, sorted, blank-line separated."""
    entries = [render_entry(decisions[fid]) for fid in sorted(decisions)]
    return HEADER + "".join("\n" + e for e in entries)


def record_decision(path: Path, decision: Decision) -> None:
    """Add or replace one decision in ``path``, atomically, leaving the rest as it is."""
    text = _read(path) if path.exists() else ""
    entries = _parse(path, text) if text.strip() else {}
    wanted = {fid: e.decision for fid, e in entries.items()}
    wanted[decision.finding] = decision
    if entries:
        updated = _edit_in_place(text, entries, decision)
    elif text.strip():  # only comments so far: they stay, the entry goes below them
        updated = text.rstrip("\n") + "\n\n" + render_entry(decision)
    else:
        updated = None
    if updated is None or _decisions_of(path, updated) != wanted:
        updated = render_decisions(wanted)
    atomic_write(path, updated)


def save_decisions(path: Path, decisions: dict[str, Decision]) -> None:
    atomic_write(path, render_decisions(decisions))


def _decisions_of(path: Path, text: str) -> dict[str, Decision] | None:
    try:
        return {fid: e.decision for fid, e in _parse(path, text).items()}
    except InputError:
        return None


def _edit_in_place(text: str, entries: dict[str, _Entry], decision: Decision) -> str | None:
    """Replace or insert one entry's lines; None when the layout is not the usual one."""
    lines = text.split("\n")
    block = render_entry(decision).rstrip("\n").split("\n")
    if any(e.key_line >= e.end_line for e in entries.values()):
        return None
    old = entries.get(decision.finding)
    if old is not None:
        lines[old.key_line : old.end_line] = block
        return "\n".join(lines)
    later = sorted((e for fid, e in entries.items() if fid > decision.finding),
                   key=lambda e: e.key_line)
    if later:
        at = later[0].key_line
        while at > 0 and lines[at - 1].lstrip().startswith("#"):
            at -= 1  # a comment just above an entry belongs to it
        if at == 0:  # ... unless it opens the file: that is the file's header
            at = later[0].key_line
        lines[at:at] = [*block, ""]
        return "\n".join(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join([*lines, "", *block, ""])


# --------------------------------------------------------------------------- applying


def seen_values(finding: Finding, claims: dict[str, Claim]) -> list[str]:
    """What an editor decides on: each claim of the finding as 'source: value'."""
    return sorted({f"{c.source}: {c.text}" for i in finding.claims if (c := claims.get(i))})


def _unseen(decision: Decision, finding: Finding, claims: dict[str, Claim]) -> list[str]:
    """The finding's 'source: value' lines a decision did not see: a new source with a
    value the decision did not weigh. A decision without ``seen`` covers everything."""
    if not decision.seen:
        return []
    sources = {line.split(": ", 1)[0] for line in decision.seen}
    values = {line.split(": ", 1)[-1] for line in decision.seen}
    return [line for line in seen_values(finding, claims)
            if line.split(": ", 1)[0] not in sources and line.split(": ", 1)[-1] not in values]


def apply_decisions(report: Report, decisions: dict[str, Decision]) -> Report:
    """The report with each conflicting finding's decision set; stale decisions noted.

    A decision stops covering its conflict when a source it did not see brings a
    value it did not see (the conflict is open again, and a note says why)."""
    findings: list[Finding] = []
    by_id = {f.id: f for f in report.findings}
    claims = {c.id: c for c in report.claims}
    notes = list(report.notes)
    for finding in report.findings:
        decision = decisions.get(finding.id) if finding.verdict is Verdict.CONFLICTING else None
        if decision is not None and (new := _unseen(decision, finding, claims)):
            notes.append(
                f"decision {finding.id} ({finding.slot} · {finding.subject}) reopened: "
                f"{'; '.join(new)} came after it was decided"
            )
            decision = None
        findings.append(finding.model_copy(update={"decision": decision}))
    for fid in sorted(decisions):
        decided = by_id.get(fid)
        if decided is None:
            notes.append(f"stale decision {fid}: no such finding any more (kept in the file)")
        elif decided.verdict is not Verdict.CONFLICTING:
            notes.append(
                f"stale decision {fid} ({decided.slot} · {decided.subject}): the finding is "
                f"{decided.verdict.value} now, not conflicting (kept in the file)"
            )
    return report.model_copy(update={"findings": findings, "notes": notes})


def unreviewed(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.verdict is Verdict.CONFLICTING and f.decision is None]
