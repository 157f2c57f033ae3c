"""``reconcile review``: record an editor's decision on one conflict.

The decision goes to the sources folder's decisions file (see
``reconcile.decisions``), keyed by the finding id shown in the report's id
column.
"""

from __future__ import annotations

import datetime as dt
import getpass
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reconcile.errors import UsageError
from reconcile.models import Claim, Decision, Verdict
from reconcile.progress import Progress
from reconcile.settings import Settings

SPECIAL = ("not a conflict", "both wrong")


def default_editor(folder: Path) -> str | None:
    """git's user.name for the sources repository, else the login name."""
    try:
        done = subprocess.run(["git", "config", "user.name"], cwd=folder, capture_output=True,
                              text=True, check=False)
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    except (FileNotFoundError, NotADirectoryError):
        pass
    try:
        return getpass.getuser() or None
    except (OSError, KeyError):
        return None


@dataclass(frozen=True)
class Recorded:
    """What ``review`` wrote: the decision, where, and what the editor should be told."""

    path: Path
    decision: Decision
    label: str
    replaced: bool
    unknown_value: str | None = None


def review(
    sources: Path, finding_id: str, stands: str, note: str, by: str | None, settings: Settings,
    progress: Progress | None = None, replace: bool = False,
) -> Recorded:
    """Record an editor's decision on one conflicting finding of ``sources``; a finding
    already decided in the file is decided again only with ``replace`` (the earlier
    decision, its note included, would otherwise be lost without a word)."""
    from reconcile.decisions import decisions_path, load_decisions, record_decision, seen_values
    from reconcile.pipeline import run
    from reconcile.report.markdown import topic_label

    stands = " ".join(stands.split())
    if not stands:
        raise UsageError("--stands", "give the value that stands (it is empty)")
    path = decisions_path(sources, settings)
    if path is None:
        raise UsageError(sources, "decisions belong to a folder of sources, not one article")
    by = (by or "").strip() or default_editor(sources)
    if not by:
        raise UsageError("--by", "say who decides (no git user.name, no login name)")
    result = run(sources, settings, progress=progress)
    finding = next((f for f in result.report.findings if f.id == finding_id), None)
    if finding is None:
        raise UsageError(finding_id, f"no such finding in the report of {sources} "
                                     "(ids are in the report's id column)")
    if finding.verdict is not Verdict.CONFLICTING:
        raise UsageError(finding_id, f"{topic_label(finding)} is {finding.verdict.value}, "
                                     "not conflicting: there is nothing to decide")
    earlier = load_decisions(path).get(finding.id)
    if earlier is not None and not replace:
        raise UsageError(finding_id, f"already decided ({earlier.stands!r}, by {earlier.by} at "
                                     f"{earlier.at}); give --replace to record a new decision "
                                     "in its place")
    at = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
    claims = {c.id: c for c in result.report.claims}
    decision = Decision(finding=finding.id, stands=stands, note=note.strip(), by=by, at=at,
                        seen=seen_values(finding, claims))
    record_decision(path, decision)
    mine = [claims[c] for c in finding.claims if c in claims]
    unknown = None
    if _fold(stands) not in {_fold(v) for c in mine for v in value_names(c)} | set(SPECIAL):
        unknown = "; ".join(sorted({c.text for c in mine}))
    return Recorded(path, decision, topic_label(finding), earlier is not None, unknown)


def value_names(claim: Claim) -> list[str]:
    """What an editor may call a claim's value: its display form ("closed_doors (à huis
    clos)"), its label ("closed_doors", "closed doors"), its words, the name it gives."""
    value = claim.value.model_dump()
    names = [claim.text]
    for key in ("label", "name", "date"):
        if isinstance(value.get(key), str):
            names += [value[key], value[key].replace("_", " ")]
    words = value.get("words")
    if isinstance(words, list):
        names += [w for w in words if isinstance(w, str)]
    return names


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
