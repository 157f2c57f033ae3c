"""``reconcile review SOURCES_DIR FINDING_ID --stands VALUE``: record an editor's decision."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reconcile.cli.common import EXIT_OK, Parser, common_options, settings_from, stderr_progress
from reconcile.commands.review import SPECIAL


def parser() -> Parser:
    parser = Parser(
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
        help=f'the value that stands (as the report shows it, or its label), or '
             f'"{SPECIAL[0]}", or "{SPECIAL[1]}"',
    )
    parser.add_argument("--note", default="", help="why (optional; kept in the file)")
    parser.add_argument("--replace", action="store_true",
                        help="decide again a finding that already has a decision (its "
                             "earlier entry, note included, is replaced)")
    parser.add_argument("--by", metavar="NAME",
                        help="who decides (default: git user.name, else the login name)")
    common_options(parser)
    return parser


def command(argv: Sequence[str]) -> int:
    args = parser().parse_args(argv)
    from reconcile.commands.review import review

    done = review(args.sources, args.finding, args.stands, args.note, args.by,
                  settings_from(args), progress=stderr_progress, replace=args.replace)
    d = done.decision
    if done.unknown_value is not None:
        print(f"Note: {d.stands!r} is none of the values given ({done.unknown_value}); "
              "recorded as written", file=sys.stderr)
    was = " (replacing the earlier decision)" if done.replaced else ""
    print(f"Recorded in {done.path}: {d.finding} ({done.label}): {d.stands}, "
          f"by {d.by} at {d.at}{was}")
    return EXIT_OK
