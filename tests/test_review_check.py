"""Editors' review and the CI gate, end to end on throw-away git repositories.

Commands run in-process through ``reconcile.cli.main`` (spaCy loads once per
session); only the GitHub workflow's command line runs as a real script, on a
claims cache the in-process runs have already filled.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from review_story import AGREEING, SHORT_TALKS, SHORT_TALKS_LINE, git, write

from reconcile.cli import EXIT_CHECK_FAILED, EXIT_OK, EXIT_USAGE, main
from reconcile.decisions import apply_decisions, load_decisions, record_decision
from reconcile.models import Decision, Finding, Report, Verdict
from reconcile.pipeline import run
from reconcile.settings import Settings

ROOT = Path(__file__).resolve().parent.parent

EDITOR_CLAIM: dict[str, Any] = {
    "id": "c-afp:editor0001",
    "source": "c-afp",
    "slot": "quantity",
    "subject": "participants_quoted",
    "value": {"type": "quantity", "min": 1.0, "max": 1.0, "nominal": 1.0, "unit": "participant"},
    "text": "1 participant",
    "quote": "un participant",
    "start": 0,
    "end": 0,
    "qualifiers": {"hedge": None, "claimant": None, "modality": "asserted"},
    "origin": "editor",
    "part": "body",
}


# --------------------------------------------------------------------------- helpers


def make_repo(root: Path) -> Path:
    """A sources repository with the two agreeing articles committed."""
    repo = root / "newsroom"
    (repo / "sources").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test Editor")
    git(repo, "config", "user.email", "editor@example.org")
    git(repo, "config", "commit.gpgsign", "false")
    for name, body in AGREEING.items():
        write(repo / "sources", name, body)
    git(repo, "add", "sources")
    git(repo, "commit", "-q", "-m", "two agreeing sources")
    return repo


def add_short_talks(repo: Path, commit: bool = True) -> Path:
    path = write(repo / "sources", *SHORT_TALKS)
    if commit:
        git(repo, "add", "sources")
        git(repo, "commit", "-q", "-m", "a third source: much shorter talks")
    return path


def reconcile(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def cli(repo: Path, capsys: pytest.CaptureFixture[str], command: str, *args: str | Path
        ) -> tuple[int, str, str]:
    """``reconcile <command> <repo>/sources … --claims-dir <repo>/claims``."""
    return reconcile(capsys, command, repo / "sources", *args, "--claims-dir", repo / "claims")


def settings(repo: Path) -> Settings:
    return Settings(claims_dir=repo / "claims")


def conflict_id(repo: Path) -> str:
    report = run(repo / "sources", settings(repo)).report
    ids = [f.id for f in report.findings if f.verdict is Verdict.CONFLICTING]
    assert len(ids) == 1, ids
    return ids[0]


# --------------------------------------------------------------------------- the scenario


def test_scripted_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = make_repo(tmp_path)
    decisions = repo / "sources" / "reconcile-decisions.yaml"

    # two agreeing sources: nothing to decide
    code, out, _ = cli(repo, capsys, "check")
    assert code == EXIT_OK, out
    assert "all reviewed" in out

    # a third source whose talks lasted much less: the gate names it
    add_short_talks(repo)
    code, out, err = cli(repo, capsys, "check", "--base", "HEAD~1")
    assert code == EXIT_CHECK_FAILED, out + err
    assert f"sources/{SHORT_TALKS[0]}:{SHORT_TALKS_LINE}" in out
    assert "a-lemonde.txt" not in out and "b-reuters.txt" not in out  # not brought by them
    fid = conflict_id(repo)
    assert fid in out and "duration · talks" in out

    code, out, _ = cli(repo, capsys, "check", "--base", "HEAD~1", "--format", "github")
    assert code == EXIT_CHECK_FAILED
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1
    assert errors[0].startswith(
        f"::error file=sources/{SHORT_TALKS[0]},line={SHORT_TALKS_LINE},title="
    )
    assert fid in errors[0] and "quarante minutes" in errors[0]

    # an editor records a decision: the gate passes, the report shows it
    code, out, err = cli(repo, capsys, "review", fid, "--stands", "3 h",
                         "--note", "AFP timed only the plenary session")
    assert code == EXIT_OK, err
    assert decisions.exists() and fid in out
    recorded = load_decisions(decisions)[fid]
    assert (recorded.stands, recorded.by) == ("3 h", "Test Editor")  # by: git user.name
    assert recorded.note == "AFP timed only the plenary session"
    assert recorded.at[:4].isdigit() and "T" in recorded.at
    assert cli(repo, capsys, "check")[0] == EXIT_OK
    assert cli(repo, capsys, "check", "--base", "HEAD~1")[0] == EXIT_OK
    code, out, _ = reconcile(capsys, repo / "sources", "--claims-dir", repo / "claims")
    assert code == EXIT_OK
    assert "**3 sources · " in out  # the decisions file is not read as an article
    assert "1 conflicting (1 reviewed, 0 unreviewed)" in out
    assert "Reviewed by Test Editor" in out and "AFP timed only the plenary session" in out

    # an editor adds a claim by hand to the new source's claims file
    claims_file = repo / "claims" / "c-afp.json"
    record = json.loads(claims_file.read_text("utf-8"))
    text = (repo / "sources" / SHORT_TALKS[0]).read_text("utf-8")
    start = text.index(EDITOR_CLAIM["quote"])
    editor = {**EDITOR_CLAIM, "start": start, "end": start + len(EDITOR_CLAIM["quote"])}
    record["claims"].append(editor)
    claims_file.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
    editor_block = textwrap.indent(json.dumps(editor, ensure_ascii=False, indent=2), "    ")
    decisions_before = decisions.read_bytes()

    # re-run extraction of every source (as after an extractor upgrade)
    for path in (repo / "claims").glob("*.json"):
        stale = json.loads(path.read_text("utf-8"))
        stale["extractor_version"] = "an older extractor"
        path.write_text(json.dumps(stale, ensure_ascii=False, indent=2) + "\n", "utf-8")
    result = run(repo / "sources", settings(repo))
    assert sorted(result.analysed) == ["a-lemonde", "b-reuters", "c-afp"]
    assert decisions.read_bytes() == decisions_before
    assert editor_block in claims_file.read_text("utf-8")
    assert any(c.id == EDITOR_CLAIM["id"] for c in result.report.claims)
    assert cli(repo, capsys, "check", "--base", "HEAD~1")[0] == EXIT_OK


LONG_TALKS = ("d-ansa.txt", """\
    Ginevra: colloqui fiume

    The two delegations met on Tuesday in Geneva.
    The talks lasted nearly six hours, an aide said.
    """)
SAME_AS_REUTERS = ("e-ap.txt", """\
    Geneva talks end

    The two delegations met in Geneva on Tuesday.
    The talks lasted about three hours, one of the diplomats said.
    """)


def test_a_new_value_after_a_decision_reopens_the_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(tmp_path)
    add_short_talks(repo)
    fid = conflict_id(repo)
    assert cli(repo, capsys, "review", fid, "--stands", "3 h")[0] == EXIT_OK
    decisions = repo / "sources" / "reconcile-decisions.yaml"
    seen = load_decisions(decisions)[fid].seen
    assert [line.split(": ")[0] for line in seen] == ["a-lemonde", "b-reuters", "c-afp"]
    assert cli(repo, capsys, "check")[0] == EXIT_OK

    # a later source repeating a value the editor weighed: still covered
    write(repo / "sources", *SAME_AS_REUTERS)
    assert conflict_id(repo) == fid
    assert cli(repo, capsys, "check")[0] == EXIT_OK

    # a later source with a value nobody weighed: the gate fails again, and says why
    write(repo / "sources", *LONG_TALKS)
    assert conflict_id(repo) == fid
    code, out, err = cli(repo, capsys, "check")
    assert code == EXIT_CHECK_FAILED, out + err
    assert fid in out and "d-ansa.txt" in out
    report = run(repo / "sources", settings(repo)).report
    assert any(n.startswith(f"decision {fid}") and "reopened" in n and "d-ansa" in n
               for n in report.notes)
    # reviewing again (which replaces the earlier decision) records the new value seen
    code, _, err = cli(repo, capsys, "review", fid, "--stands", "3 h")
    assert code == EXIT_USAGE and "--replace" in err  # not without saying so
    assert cli(repo, capsys, "review", fid, "--stands", "3 h", "--replace")[0] == EXIT_OK
    assert any(line.startswith("d-ansa: ") for line in load_decisions(decisions)[fid].seen)
    assert cli(repo, capsys, "check")[0] == EXIT_OK


def test_incremental_add_and_remove_keep_editor_claims(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    assert sorted(run(repo / "sources", settings(repo)).analysed) == ["a-lemonde", "b-reuters"]
    add_short_talks(repo)
    assert run(repo / "sources", settings(repo)).analysed == ["c-afp"]  # that source only

    claims_file = repo / "claims" / "c-afp.json"
    record = json.loads(claims_file.read_text("utf-8"))
    start = (repo / "sources" / SHORT_TALKS[0]).read_text("utf-8").index("un participant")
    record["claims"].append({**EDITOR_CLAIM, "start": start, "end": start + 14})
    claims_file.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
    before = claims_file.read_bytes()

    (repo / "sources" / "b-reuters.txt").unlink()
    result = run(repo / "sources", settings(repo))
    assert result.analysed == []
    assert not (repo / "claims" / "b-reuters.json").exists()
    assert claims_file.read_bytes() == before


# --------------------------------------------------------------------------- nothing lost


@pytest.mark.parametrize(("content", "line"), [
    ("F-0123456789:\n  stands: 3 h\n  by: Jane\n  at: '2025-08-16'\n  who: me\n", 5),
    ("F-0123456789:\n  stands: 3 h\n  by: [Jane\n", 3),
    ("# header\n\nF-0123456789:\n  stands: ''\n  by: Jane\n  at: '2025-08-16'\n", 4),
    ("- just a list\n", 1),
])
def test_malformed_decisions_file_is_one_line_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, line: int
) -> None:
    repo = make_repo(tmp_path)
    path = repo / "sources" / "reconcile-decisions.yaml"
    path.write_text(content, "utf-8")
    for command in (["check"], ["review", "F-0123456789", "--stands", "3 h"]):
        code, out, err = cli(repo, capsys, *command)
        assert code == EXIT_USAGE, (command, out, err)
        assert err.startswith(f"Error: {path}:{line}: ") and err.count("\n") == 1, err
        assert path.read_text("utf-8") == content
    code, _, err = reconcile(capsys, repo / "sources", "--claims-dir", repo / "claims")
    assert code == EXIT_USAGE and f"{path}:{line}" in err
    assert path.read_text("utf-8") == content


def test_stale_decisions_are_kept_and_noted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(tmp_path)
    report = run(repo / "sources", settings(repo)).report
    agreed = next(f for f in report.findings if f.verdict is Verdict.AGREED)
    path = repo / "sources" / "reconcile-decisions.yaml"
    content = textwrap.dedent(f"""\
        # hand-written, comments and all
        F-00000000ff:
          stands: 2 h
          by: Jane
          at: '2025-08-15T09:00:00+02:00'

        {agreed.id}:
          stands: not a conflict
          note: |-
            kept from an earlier review
            on two lines
          by: Jane
          at: '2025-08-15T09:05:00+02:00'
        """)
    path.write_text(content, "utf-8")
    code, out, _ = reconcile(capsys, repo / "sources", "--claims-dir", repo / "claims")
    assert code == EXIT_OK
    assert "stale decision F-00000000ff" in out and f"stale decision {agreed.id}" in out
    assert cli(repo, capsys, "check")[0] == EXIT_OK
    assert path.read_text("utf-8") == content

    # recording another decision keeps the stale ones and the hand-written lines
    add_short_talks(repo)
    fid = conflict_id(repo)
    code, _, err = cli(repo, capsys, "review", fid, "--stands", "3 h", "--by", "Desk")
    assert code == EXIT_OK, err
    after = path.read_text("utf-8")
    assert set(load_decisions(path)) == {"F-00000000ff", agreed.id, fid}
    assert content.strip() in after or all(line in after for line in content.splitlines())
    assert "# hand-written, comments and all" in after


def test_apply_decisions_sets_only_conflicts() -> None:
    def finding(fid: str, verdict: Verdict) -> Finding:
        return Finding(id=fid, slot="event.duration", subject=fid, verdict=verdict, claims=[],
                       sources=[], reason="")

    report = Report(sources=[], claims=[], findings=[
        finding("F-1", Verdict.CONFLICTING), finding("F-2", Verdict.CONFLICTING),
        finding("F-3", Verdict.AGREED)])
    decided = {fid: Decision(finding=fid, stands="x", by="me", at="2025-01-01")
               for fid in ("F-1", "F-3", "F-9")}
    out = apply_decisions(report, decided)
    assert [f.decision is not None for f in out.findings] == [True, False, False]
    assert [n.split()[2].rstrip(":") for n in out.notes] == ["F-3", "F-9"]
    assert report.findings[0].decision is None  # the input report is not changed


def test_record_decision_replaces_in_place(tmp_path: Path) -> None:
    path = tmp_path / "reconcile-decisions.yaml"
    first = Decision(finding="F-b", stands="3 h", by="A", at="2025-01-01T10:00:00")
    record_decision(path, first)
    record_decision(path, Decision(finding="F-a", stands="1 h", by="A", at="2025-01-01T10:00:00"))
    record_decision(path, Decision(finding="F-c", stands="2 h", by="A", at="2025-01-01T10:00:00"))
    once = path.read_text("utf-8")
    assert once.index("F-a:") < once.index("F-b:") < once.index("F-c:")
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed
    record_decision(path, first.model_copy(update={"stands": "both wrong", "note": "a\nb"}))
    again = path.read_text("utf-8")
    assert load_decisions(path)["F-b"].stands == "both wrong"
    assert load_decisions(path)["F-b"].note == "a\nb"
    # only the F-b entry changed: everything before it and from F-c on is as it was
    assert again.split("F-b:")[0] == once.split("F-b:")[0]
    assert again.split("F-c:")[1] == once.split("F-c:")[1]
    assert "F-b:\n  stands: both wrong\n  note: |-\n    a\n    b\n  by: A\n" in again
    assert yaml.safe_load(again)  # still plain YAML for any other tool


# --------------------------------------------------------------------------- usage


def test_review_and_check_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(tmp_path)
    report = run(repo / "sources", settings(repo)).report
    agreed = next(f for f in report.findings if f.verdict is Verdict.AGREED)
    cases = [
        (["check", "--base", "no-such-ref"], "unknown git revision"),
        (["check", "--format", "xml"], "invalid choice"),
        (["review", "F-0000000000", "--stands", "3 h"], "no such finding"),
        (["review", agreed.id, "--stands", "3 h"], "not conflicting"),
        (["review", agreed.id], "--stands"),
    ]
    for args, problem in cases:
        code, _, err = cli(repo, capsys, *args)
        assert code == EXIT_USAGE, args
        assert err.startswith("Error: ") and err.count("\n") == 1 and problem in err, err
        assert "Traceback" not in err
    assert not (repo / "sources" / "reconcile-decisions.yaml").exists()

    outside = tmp_path / "not-git"
    outside.mkdir()
    write(outside, *SHORT_TALKS)
    code, _, err = reconcile(capsys, "check", outside, "--base", "HEAD",
                             "--claims-dir", tmp_path / "claims2")
    assert code == EXIT_USAGE and "git repository" in err and err.count("\n") == 1


def test_every_flag_has_help() -> None:
    from reconcile.cli import check, eval, review, run, schema

    for parser in (check.parser(), review.parser(), run.parser(), eval.parser(), schema.parser()):
        for action in parser._actions:
            assert action.help, (parser.prog, action.dest)
