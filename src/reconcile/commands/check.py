"""``reconcile check``: the CI gate. Fails only on conflicts no editor has decided.

For each unreviewed conflict it names the source file(s) that brought it: with
``--base REF``, the sources added or changed since that git revision (plus
untracked ones); without, the outliers of the conflict (or all its sources
when there is no majority). ``--format github`` prints GitHub Actions
annotations pointing at the line of the quote in that source.
"""

from __future__ import annotations

import contextlib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reconcile.errors import InputError, UsageError
from reconcile.models import Claim, Finding, Report, Source, Verdict
from reconcile.progress import Progress
from reconcile.settings import Settings

# --------------------------------------------------------------------------- git


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False)
    except FileNotFoundError:
        raise UsageError("--base", "needs git, which is not installed") from None


def git_root(folder: Path) -> Path | None:
    """The top of the git work tree holding ``folder``; None outside git."""
    try:
        done = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder,
                              capture_output=True, text=True, check=False)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return Path(done.stdout.strip()).resolve() if done.returncode == 0 else None


def changed_sources(sources_dir: Path, base: str) -> set[Path]:
    """Files under ``sources_dir`` added or changed since ``base``, and untracked ones."""
    folder = sources_dir if sources_dir.is_dir() else sources_dir.parent
    root = git_root(folder)
    if root is None:
        raise UsageError(sources_dir, "--base needs a git repository, and this is not in one")
    if base.startswith("-") or not base.strip():
        raise UsageError("--base", f"{base!r} is not a git revision")
    known = _git(["rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"], folder)
    if known.returncode != 0:
        raise UsageError("--base", f"unknown git revision {base!r}")
    diff = _git(["diff", "-z", "--name-only", "--no-renames", "--diff-filter=AM", base, "--",
                 "."], folder)
    if diff.returncode != 0:
        raise UsageError("--base", f"git diff failed: {_first_line(diff.stderr)}")
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--",
                      "."], folder)
    if untracked.returncode != 0:
        raise UsageError(sources_dir, f"git ls-files failed: {_first_line(untracked.stderr)}")
    names = [n for n in (diff.stdout + untracked.stdout).split("\0") if n]
    return {(root / name).resolve() for name in names}


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "no message")


# --------------------------------------------------------------------------- the gate


@dataclass
class Culprit:
    """One source that brought an unreviewed conflict, and where its claim is."""

    source: Source
    claim: Claim
    path: str  # as shown: relative to the git root when there is one
    line: int
    new: bool  # added or changed since --base


@dataclass
class Unreviewed:
    finding: Finding
    culprits: list[Culprit]


def unreviewed_conflicts(
    report: Report, sources: list[Source], changed: set[Path] | None, root: Path | None
) -> list[Unreviewed]:
    """Every conflicting finding without a decision, with the sources that brought it."""
    by_id = {s.id: s for s in sources}
    claims = {c.id: c for c in report.claims}
    out: list[Unreviewed] = []
    for finding in report.findings:
        if finding.verdict is not Verdict.CONFLICTING or finding.decision is not None:
            continue
        involved = [sid for sid in finding.sources if sid in by_id]
        new = {sid for sid in involved
               if changed is not None and Path(by_id[sid].path).resolve() in changed}
        culprits = []
        for sid in _blamed(finding, involved, new, changed):
            mine = sorted((claims[c] for c in finding.claims if claims[c].source == sid),
                          key=lambda c: c.start)
            if mine:
                culprits.append(_culprit(by_id[sid], mine[0], root, sid in new))
        out.append(Unreviewed(finding, culprits))
    return out


def _blamed(
    finding: Finding, involved: list[str], new: set[str], changed: set[Path] | None
) -> list[str]:
    """The sources a conflict is blamed on: those changed since --base, else (no base) the
    outliers of a majority, else every source involved."""
    if new:
        return [sid for sid in involved if sid in new]
    if changed is None and finding.consensus and finding.consensus.outliers:
        return [sid for sid in involved if sid in finding.consensus.outliers] or involved
    return involved


def _culprit(source: Source, claim: Claim, root: Path | None, new: bool) -> Culprit:
    path = Path(source.path)
    shown = source.path
    if root is not None:
        with contextlib.suppress(ValueError):  # a source outside the repository
            shown = path.resolve().relative_to(root).as_posix()
    return Culprit(source, claim, shown, quote_line(source, claim), new)


def quote_line(source: Source, claim: Claim) -> int:
    """The 1-based line of the claim's quote in the file as it is on disk."""
    from reconcile.ingest.decode import decode_article

    try:
        text = decode_article(Path(source.path), Path(source.path).read_bytes())
    except (OSError, InputError):
        text = source.text
    at = claim.start if text[claim.start : claim.end] == claim.quote else text.find(claim.quote)
    if at < 0:  # an HTML article: its text is not the file's; count in the text we have
        at = claim.start if source.text[claim.start : claim.end] == claim.quote else 0
        text = source.text
    return text.count("\n", 0, at) + 1


# --------------------------------------------------------------------------- output


def _label(finding: Finding) -> str:
    from reconcile.report.markdown import topic_label

    return topic_label(finding)


def _hint(sources_dir: Path, finding: Finding) -> str:
    return f'reconcile review {sources_dir} {finding.id} --stands "<value>"'


def render_text(found: list[Unreviewed], sources_dir: Path, base: str | None) -> str:
    lines = []
    for item in found:
        f = item.finding
        lines.append(f"{f.id} ({_label(f)}): unreviewed conflict: {f.reason}")
        for c in item.culprits:
            tag = " (new or changed since " + base + ")" if base and c.new else ""
            lines.append(f"  {c.path}:{c.line}: {c.claim.text} «{_short(c.claim.quote)}»{tag}")
        lines.append(f"  decide with: {_hint(sources_dir, f)}")
    return "\n".join(lines) + "\n"


def render_github(found: list[Unreviewed], sources_dir: Path, base: str | None) -> str:
    lines = []
    for item in found:
        f = item.finding
        for c in item.culprits:
            title = f"Unreviewed conflict {f.id} ({_label(f)})"
            message = (
                f"{c.source.id} says {c.claim.text} «{_short(c.claim.quote)}»: {f.reason}. "
                f"Decide with: {_hint(sources_dir, f)}"
            )
            props = f"file={_prop(c.path)},line={c.line},title={_prop(title)}"
            lines.append(f"::error {props}::{_data(message)}")
        if not item.culprits:
            lines.append(f"::error title={_prop(f.id)}::{_data(f.reason)}")
    return "\n".join(lines) + "\n"


def _short(quote: str, width: int = 80) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= width else quote[: width - 1].rstrip() + "…"


def _data(text: str) -> str:
    """Escape a workflow-command message (GitHub's escapeData)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    """Escape a workflow-command property (GitHub's escapeProperty)."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


RENDERERS = {"text": render_text, "github": render_github}


@dataclass(frozen=True)
class CheckOutcome:
    conflicts: int
    unreviewed: list[Unreviewed]
    warnings: list[str]


def check(
    sources_dir: Path, settings: Settings, base: str | None,
    progress: Progress | None = None, write_claims: bool = False,
) -> CheckOutcome:
    """Run the pipeline on ``sources_dir``; the conflicts no decision covers, with the sources
    that brought them (those changed since ``base`` when it is given).

    The claims cache is read but not written unless ``write_claims``: a hook must not change
    the files it checks (pre-commit fails a hook that does)."""
    from reconcile.pipeline import run

    changed = changed_sources(sources_dir, base) if base else None
    result = run(sources_dir, settings, progress=progress, write_claims=write_claims)
    folder = sources_dir if sources_dir.is_dir() else sources_dir.parent
    found = unreviewed_conflicts(result.report, result.sources, changed, git_root(folder))
    conflicts = sum(1 for f in result.report.findings if f.verdict is Verdict.CONFLICTING)
    warnings = [*result.warnings, *unmatched_decisions(sources_dir, settings, result.report)]
    return CheckOutcome(conflicts, found, warnings)


def unmatched_decisions(sources_dir: Path, settings: Settings, report: Report) -> list[str]:
    """A warning for each decision whose id is no finding's: a typo, or a finding gone."""
    import difflib

    from reconcile.decisions import decisions_path, load_decisions

    path = decisions_path(sources_dir, settings)
    ids = sorted(f.id for f in report.findings)
    conflicting = [f.id for f in report.findings if f.verdict is Verdict.CONFLICTING]
    out = []
    for fid in sorted(set(load_decisions(path)) - set(ids)):
        close = difflib.get_close_matches(fid, conflicting or ids, n=1, cutoff=0.8)
        hint = f" (did you mean {close[0]}?)" if close else ""
        out.append(f"{path}: decision {fid} matches no finding{hint}; it covers nothing")
    return out
