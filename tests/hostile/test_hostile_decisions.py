"""Decisions and editors' claims: a bomb in the decisions file, a review given twice, a
value named by its label, a decision id that matches nothing, a hand-edited claim whose
offsets are wrong, two stories with the same file names."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hostile_story import FIXTURES, Cli, snapshot

from reconcile.cli import EXIT_CHECK_FAILED, EXIT_OK, EXIT_USAGE
from reconcile.decisions import load_decisions

CONFLICT = "F-5aba009410"  # the shipped story's one conflict: duration · talks
DECISIONS = "reconcile-decisions.yaml"
OPEN_TALKS = ("Sommet d'Anchorage\n\nLes discussions entre les deux présidents se sont tenues "
              "vendredi devant la presse, à Anchorage, a indiqué la Maison-Blanche.\n")


def _peak_rss_mb(*args: str | Path) -> tuple[int, float, str]:
    """Run ``reconcile *args`` in a fresh interpreter: its status, peak RSS (MB), stderr.

    The peak is /proc's VmHWM, the new program's own: Linux's ``ru_maxrss`` carries over
    the parent's (this test process, spaCy loaded) through fork and exec."""
    probe = textwrap.dedent(f"""\
        import re, resource, sys
        from pathlib import Path
        from reconcile.cli import main
        code = main({[str(a) for a in args]!r})
        sys.stdout.flush()
        status = Path("/proc/self/status")
        found = re.search(r"VmHWM:\\s+(\\d+) kB", status.read_text()) if status.exists() else None
        peak = found.group(1) if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(peak, file=sys.stderr)
        sys.exit(code)
        """)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=False, timeout=120)
    *said, peak = done.stderr.splitlines()
    return done.returncode, int(peak) / 1024, "\n".join(said)


def test_a_yaml_bomb_stays_under_200_mb(story: Path) -> None:
    shutil.copyfile(FIXTURES / "yaml_bomb.md", story / "bomb.md")
    code, peak, said = _peak_rss_mb(story)
    assert code == EXIT_OK and "aliases (*i) are not accepted" in said and "Traceback" not in said
    assert peak < 200, f"peak RSS {peak:.0f} MB"
    (story / "bomb.md").unlink()
    shutil.copyfile(FIXTURES / "decisions_bomb.yaml", story / DECISIONS)
    code, peak, said = _peak_rss_mb(story)
    assert code == EXIT_USAGE and said.startswith("Error: ") and "Traceback" not in said
    assert peak < 200, f"peak RSS {peak:.0f} MB"


def test_reading_a_yaml_bomb_allocates_next_to_nothing(tmp_path: Path) -> None:
    import tracemalloc

    from reconcile.errors import InputError
    from reconcile.ingest import read_source

    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="aliases"):
            read_source(FIXTURES / "yaml_bomb.md", "bomb")
        with pytest.raises(InputError, match="aliases"):
            load_decisions(FIXTURES / "decisions_bomb.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, f"{peak:,} bytes"


@pytest.mark.parametrize("command", [[], ["check"], ["review", "STORY", CONFLICT,
                                                     "--stands", "3 h"]])
def test_an_alias_in_the_decisions_file_is_one_line_and_the_file_kept(
    cli: Cli, story: Path, command: list[str]
) -> None:
    path = story / DECISIONS
    shutil.copyfile(FIXTURES / "decisions_bomb.yaml", path)
    before = snapshot(story)
    args = [story if a == "STORY" else a for a in command] if command else [story]
    if command == ["check"]:
        args = ["check", story]
    done = cli(*args)
    assert done.code == EXIT_USAGE and done.out == ""
    assert done.said == [f"Error: {path}:2: not valid YAML (aliases (*a) are not accepted)"]
    assert snapshot(story) == before


# --------------------------------------------------------------------------- review


def test_a_second_review_asks_for_replace(cli: Cli, story: Path) -> None:
    first = cli("review", story, CONFLICT, "--stands", "près de 3 h", "--note", "pool report",
                "--by", "Ann")
    assert first.code == EXIT_OK, first.err
    path = story / DECISIONS
    kept = path.read_bytes()
    again = cli("review", story, CONFLICT, "--stands", "un peu plus de 3 h", "--by", "Bo")
    assert again.code == EXIT_USAGE
    assert len(again.said) == 1 and again.said[0].startswith(f"Error: {CONFLICT}: already "
                                                             "decided ('près de 3 h', by Ann at ")
    assert again.said[0].endswith("give --replace to record a new decision in its place")
    assert path.read_bytes() == kept  # the first decision and its note are still there
    replaced = cli("review", story, CONFLICT, "--stands", "un peu plus de 3 h", "--by", "Bo",
                   "--replace")
    assert replaced.code == EXIT_OK and "(replacing the earlier decision)" in replaced.out
    assert load_decisions(path)[CONFLICT].by == "Bo"


def test_a_new_entry_goes_below_the_header_and_the_file_keeps_its_mode(
    cli: Cli, story: Path
) -> None:
    path = story / DECISIONS
    header = "# Decisions of the Alaska desk.\n# Ask Ann before changing one.\n"
    path.write_text(header + "F-ffffffffff:\n  stands: 2 h\n  by: Ann\n  at: '2025-08-16'\n")
    path.chmod(0o664)
    done = cli("review", story, CONFLICT, "--stands", "près de 3 h", "--by", "Bo")
    assert done.code == EXIT_OK, done.err
    text = path.read_text()
    assert text.startswith(header + f"{CONFLICT}:\n")  # sorted first, yet under the header
    assert text.index(CONFLICT) < text.index("F-ffffffffff")
    assert path.stat().st_mode & 0o777 == 0o664


def test_a_comment_only_decisions_file_keeps_its_comment(cli: Cli, story: Path) -> None:
    path = story / DECISIONS
    path.write_text("# our desk's rulings\n")
    assert cli("review", story, CONFLICT, "--stands", "près de 3 h", "--by", "Bo").code == EXIT_OK
    assert path.read_text().startswith("# our desk's rulings\n\n" + f"{CONFLICT}:\n")


def test_stands_accepts_a_label_as_well_as_the_display_form(cli: Cli, story: Path) -> None:
    (story / "open.txt").write_text(OPEN_TALKS, "utf-8")
    report = json.loads(cli(story, "--report", "json").out)
    fmt = next(f for f in report["findings"] if f["slot"] == "event.format")
    assert fmt["verdict"] == "conflicting", fmt
    labelled = cli("review", story, fmt["id"], "--stands", "closed doors", "--by", "Bo")
    assert labelled.code == EXIT_OK and labelled.said == [], labelled.said  # no "Note: …"
    unknown = cli("review", story, fmt["id"], "--stands", "half open", "--by", "Bo",
                  "--replace")
    assert unknown.code == EXIT_OK
    assert unknown.said[0].startswith("Note: 'half open' is none of the values given")


def test_check_warns_about_a_decision_that_matches_no_finding(cli: Cli, story: Path) -> None:
    path = story / DECISIONS
    typo = CONFLICT[:-1] + "1"
    path.write_text(f"{typo}:\n  stands: 3 h\n  by: Ann\n  at: '2025-08-16'\n")
    done = cli("check", story)
    assert done.code == EXIT_CHECK_FAILED  # the typo covers nothing
    assert done.warnings() == [f"Warning: {path}: decision {typo} matches no finding (did you "
                               f"mean {CONFLICT}?); it covers nothing"]


def test_check_does_not_write_the_claims_cache_unless_asked(cli: Cli, story: Path) -> None:
    (story / "open.txt").write_text(OPEN_TALKS, "utf-8")
    before = snapshot(story)
    assert cli("check", story).code == EXIT_CHECK_FAILED
    assert snapshot(story) == before  # a pre-commit hook must change no tracked file
    assert cli("check", story, "--write-claims").code == EXIT_CHECK_FAILED
    assert (story / ".reconcile" / "claims" / "open.json").exists()


# --------------------------------------------------------------------------- editor claims


def _add_editor_claim(claims_file: Path, start: int, end: int, quote: str) -> None:
    record = json.loads(claims_file.read_text("utf-8"))
    record["claims"].append({
        "id": "000:editor-venue", "source": record["source"], "slot": "event.location",
        "subject": "venue", "value": {"type": "location", "name": "Anchorage", "kind": "city"},
        "text": "Anchorage [city]", "quote": quote, "start": start, "end": end,
        "origin": "editor",
    })
    claims_file.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")


def test_an_editor_claim_off_its_quote_is_warned_on_every_run(cli: Cli, story: Path) -> None:
    claims_file = story / ".reconcile" / "claims" / "000_d9695c3b86d25c9c.json"
    text = (story / "000_d9695c3b86d25c9c.txt").read_text("utf-8")
    at = text.index("Anchorage")
    _add_editor_claim(claims_file, at + 3, at + 12, "Anchorage")  # offsets typed wrong
    before = claims_file.read_bytes()
    expected = [f"Warning: {claims_file}: editor claim 000:editor-venue: its quote is not at "
                f"{at + 3}-{at + 12} (it is at {at}-{at + 9})"]
    for _ in range(2):  # the cache is fresh: nothing is re-extracted, the check still runs
        done = cli(story)
        assert done.code == EXIT_OK and done.warnings() == expected, done.err
    assert claims_file.read_bytes() == before


def test_two_stories_with_the_same_file_names_keep_their_own_claims(
    cli: Cli, story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other-story"
    shutil.copytree(story, other)
    claims_file = story / ".reconcile" / "claims" / "000_d9695c3b86d25c9c.json"
    text = (story / "000_d9695c3b86d25c9c.txt").read_text("utf-8")
    at = text.index("Anchorage")
    _add_editor_claim(claims_file, at, at + 9, "Anchorage")
    monkeypatch.chdir(tmp_path)  # one working directory for both, as on a desk
    first = json.loads(cli(story.name, "--report", "json").out)
    second = json.loads(cli(other.name, "--report", "json").out)
    assert any(c["id"] == "000:editor-venue" for c in first["claims"])
    assert not any(c["id"] == "000:editor-venue" for c in second["claims"])
    assert not (tmp_path / "claims").exists()  # nothing in the working directory
