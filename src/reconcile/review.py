"""``reconcile review``: record an editor's decision on one conflict.

The decision goes to the sources folder's decisions file (see
``reconcile.decisions``), keyed by the finding id shown in the report's id
column. Importing this module also registers ``reconcile check``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from reconcile import check as _check  # noqa: F401  (registers 'reconcile check')
from reconcile import cli
from reconcile.errors import UsageError
from reconcile.models import Decision, Verdict

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


def _parser() -> argparse.ArgumentParser:
    parser = cli._Parser(
        prog="reconcile review",
        description=(
            "Record an editor's decision on a conflicting finding in the sources folder's "
            "decisions file (reconcile-decisions.yaml). 'reconcile check' then no longer "
            "fails on it, and the md report shows it beside the conflict."
        ),
    )
    parser.add_argument("sources", type=Path, help="folder of articles (.txt, .md, .html)")
    parser.add_argument("finding", metavar="FINDING_ID",
                        help="the conflict's id, as in the report's id column (F-…)")
    parser.add_argument(
        "--stands", required=True,
        help=f'the value that stands, or "{SPECIAL[0]}", or "{SPECIAL[1]}"',
    )
    parser.add_argument("--note", default="", help="why (optional; kept in the file)")
    parser.add_argument("--by", metavar="NAME",
                        help="who decides (default: git user.name, else the login name)")
    cli.common_options(parser)
    return parser


def cmd_review(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    from reconcile.decisions import decisions_path, record_decision, seen_values
    from reconcile.pipeline import run, stderr_progress
    from reconcile.report.markdown import topic_label

    settings = cli.settings_from(args)
    stands = " ".join(args.stands.split())
    if not stands:
        raise UsageError("--stands", "give the value that stands (it is empty)")
    path = decisions_path(args.sources, settings)
    if path is None:
        raise UsageError(args.sources, "decisions belong to a folder of sources, not one article")
    by = (args.by or "").strip() or default_editor(args.sources)
    if not by:
        raise UsageError("--by", "say who decides (no git user.name, no login name)")
    result = run(args.sources, settings, progress=stderr_progress)
    finding = next((f for f in result.report.findings if f.id == args.finding), None)
    if finding is None:
        raise UsageError(args.finding, f"no such finding in the report of {args.sources} "
                                       "(ids are in the report's id column)")
    if finding.verdict is not Verdict.CONFLICTING:
        raise UsageError(args.finding, f"{topic_label(finding)} is {finding.verdict.value}, "
                                       "not conflicting: there is nothing to decide")
    at = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
    claims = {c.id: c for c in result.report.claims}
    decision = Decision(finding=finding.id, stands=stands, note=args.note.strip(), by=by, at=at,
                        seen=seen_values(finding, claims))
    record_decision(path, decision)
    values = sorted({claims[c].text for c in finding.claims if c in claims})
    if stands.casefold() not in {v.casefold() for v in (*values, *SPECIAL)}:
        print(f"Note: {stands!r} is none of the values given ({'; '.join(values)}); "
              "recorded as written", file=sys.stderr)
    was = " (replacing the earlier decision)" if finding.decision else ""
    print(f"Recorded in {path}: {finding.id} ({topic_label(finding)}): {stands}, "
          f"by {by} at {at}{was}")
    return cli.EXIT_OK


cli.register("review", cmd_review)
