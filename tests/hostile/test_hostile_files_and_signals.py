"""Where the output goes and what the machine does: folders that cannot be listed or
written, paths of the wrong kind, a full disk, a closed pipe, Ctrl-C, a bug.

Permissions mean nothing to root, so those cases run ``reconcile`` without the
capabilities that let root ignore them; a full disk is a 64 KB tmpfs in a private mount namespace
(``unshare``), or, where that is not allowed, a write that fails as a full disk does.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_story import Cli, snapshot

from reconcile.cli import EXIT_OK, EXIT_USAGE

GERMAN = ("Gipfel in Alaska\n\nDie beiden Präsidenten trafen sich am Freitag in Anchorage, "
          "sagte ein Sprecher der Regierung. Die Gespräche dauerten fast drei Stunden.\n")


def _error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    return lines[0]


# --------------------------------------------------------------------------- paths


def test_claims_dir_that_is_a_file(cli: Cli, story: Path, tmp_path: Path) -> None:
    taken = tmp_path / "notes.json"
    taken.write_text("{}\n")
    done = cli(story, "--claims-dir", taken)
    assert done.code == EXIT_USAGE and done.out == ""
    assert _error_line(done.err) == (
        f"Error: {taken}: the claims folder is a file (see --claims-dir)")
    assert taken.read_text() == "{}\n"


def test_out_that_is_a_folder_fails_before_the_run(cli: Cli, story: Path, tmp_path: Path
                                                   ) -> None:
    (story / ".reconcile").rename(tmp_path / "cache-aside")  # a run would take a while
    before = snapshot(story)
    done = cli(story, "--out", tmp_path)
    assert done.code == EXIT_USAGE
    assert _error_line(done.err) == (
        f"Error: {tmp_path}: --out is a folder; give the report's file name")
    assert snapshot(story) == before  # nothing was analysed, nothing cached


def test_a_report_replaces_its_file_whole_and_keeps_its_mode(cli: Cli, story: Path,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("old\n")
    out.chmod(0o644)
    assert cli(story, "--out", out).code == EXIT_OK
    assert out.read_text().startswith("# Reconciliation report")
    assert out.stat().st_mode & 0o777 == 0o644
    assert not list(tmp_path.glob(".*.tmp"))


# --------------------------------------------------------------------------- full disk


@contextlib.contextmanager
def _small_disk(tmp_path: Path) -> Iterator[list[str] | None]:
    """The command prefix that runs in a private mount namespace with ``tmp_path/disk`` a
    64 KB tmpfs, or None where this machine does not allow one."""
    disk = tmp_path / "disk"
    disk.mkdir()
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=1m t {disk}"],
                           capture_output=True, check=False) if shutil.which("unshare") else None
    yield ["unshare", "-m", "sh", "-c", f'mount -t tmpfs -o size=1m t {disk} && "$@"', "-"] \
        if probe is not None and probe.returncode == 0 else None


def _fill(folder: str) -> str:
    """Shell words filling ``folder`` up (dd stops at the end of the disk)."""
    return f"dd if=/dev/zero of={folder}/filler bs=4k status=none 2>/dev/null; "


def _run_full(prefix: list[str], script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, "sh", "-c", script], cwd=cwd, capture_output=True,
                          text=True, check=False, timeout=120)


def test_full_disk_under_out_keeps_the_old_report(cli: Cli, story: Path, tmp_path: Path) -> None:
    with _small_disk(tmp_path) as prefix:
        if prefix is None:
            pytest.skip("no private tmpfs here (unshare/mount refused); see the ENOSPC case")
        disk = tmp_path / "disk"
        script = (f"printf 'old report\\n' > {disk}/report.md && {_fill(str(disk))}"
                  f"{sys.executable} -m reconcile {story} --out {disk}/report.md; "
                  f"echo \"rc=$?\"; cat {disk}/report.md; ls -a {disk}")
        done = _run_full(prefix, script, tmp_path)
    assert "Traceback" not in done.stderr
    assert _error_line(done.stderr) == (
        f"Error: {disk}/report.md: cannot be written (No space left on device)")
    lines = done.stdout.splitlines()
    assert lines[0] == f"rc={EXIT_USAGE}" and lines[1] == "old report"
    assert sorted(lines[2:]) == [".", "..", "filler", "report.md"]  # no temporary file left


def test_full_disk_under_the_claims_cache_is_a_warning(story: Path, tmp_path: Path) -> None:
    (story / "de.txt").write_text(GERMAN, "utf-8")  # a new source to cache; no spaCy needed
    with _small_disk(tmp_path) as prefix:
        if prefix is None:
            pytest.skip("no private tmpfs here (unshare/mount refused); see the ENOSPC case")
        disk = tmp_path / "disk"
        script = (f"cp -r {story}/.reconcile/claims {disk}/claims && {_fill(str(disk))}"
                  f"{sys.executable} -m reconcile {story} --claims-dir {disk}/claims; "
                  f"echo \"rc=$?\"; ls -a {disk}/claims")
        done = _run_full(prefix, script, tmp_path)
    assert "Traceback" not in done.stderr
    warnings = [w for w in done.stderr.splitlines() if w.startswith("Warning: ")]
    assert warnings == [
        f"Warning: {story}/de.txt: language 'de' is not supported (fr, en): not analysed",
        f"Warning: {disk}/claims/de.json: cannot be written (No space left on device): claims "
        "not cached from here on (the report is complete; the next run analyses the sources "
        "again)",
    ], done.stderr
    assert "**3 sources · " in done.stdout and f"rc={EXIT_OK}" in done.stdout
    assert "de.json" not in done.stdout and ".tmp" not in done.stdout


def test_a_write_failing_as_on_a_full_disk(cli: Cli, story: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The same two cases where no tmpfs can be mounted: every write hits ENOSPC."""
    import reconcile.store

    def full_disk(prefix: str = "", suffix: str = "", dir: str | None = None) -> tuple[int, str]:
        return os.open("/dev/full", os.O_WRONLY), str(Path(dir or ".") / f"{prefix}x{suffix}")

    out = tmp_path / "report.md"
    out.write_text("old report\n")
    (story / "de.txt").write_text(GERMAN, "utf-8")
    for name in ("ok", "full"):  # the seeds' claims cached, de.txt's to write
        shutil.copytree(story / ".reconcile" / "claims", tmp_path / name)
    baseline = cli(story, "--claims-dir", tmp_path / "ok").out
    monkeypatch.setattr(reconcile.store.tempfile, "mkstemp", full_disk)
    cache = snapshot(story)
    done = cli(story, "--claims-dir", tmp_path / "full")
    assert done.code == EXIT_OK and done.out == baseline
    assert done.warnings()[1] == (
        f"Warning: {tmp_path / 'full' / 'de.json'}: cannot be written (No space left on "
        "device): claims not cached from here on (the report is complete; the next run "
        "analyses the sources again)")
    (story / "de.txt").unlink()
    done = cli(story, "--out", out)
    assert done.code == EXIT_USAGE
    assert _error_line(done.err) == f"Error: {out}: cannot be written (No space left on device)"
    assert out.read_text() == "old report\n"
    del cache["de.txt"]
    assert snapshot(story) == cache


# --------------------------------------------------------------------------- permissions


def _as_user(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m reconcile *args`` bound by file permissions: as root, without the
    capabilities that let root ignore them (``setpriv``)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
    return subprocess.run([*prefix, sys.executable, "-m", "reconcile", *map(str, args)],
                          capture_output=True, text=True, check=False, timeout=120)


def test_a_sources_folder_that_cannot_be_listed(story: Path) -> None:
    story.chmod(0o311)  # can go through it, cannot read its names
    try:
        done = _as_user(story)
    finally:
        story.chmod(0o755)
    assert done.returncode == EXIT_USAGE and done.stdout == ""
    assert _error_line(done.stderr) == f"Error: {story}: cannot be listed (Permission denied)"


def test_a_read_only_claims_cache_is_read_and_warned_about(story: Path) -> None:
    (story / "de.txt").write_text(GERMAN, "utf-8")
    claims = story / ".reconcile" / "claims"
    before = snapshot(story / ".reconcile")
    claims.chmod(0o555)
    try:
        done = _as_user(story)
    finally:
        claims.chmod(0o755)
    assert done.returncode == EXIT_OK, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [w for w in done.stderr.splitlines() if w.startswith("Warning: ")]
    assert warnings[1] == (
        f"Warning: {claims / 'de.json'}: cannot be written (Permission denied): claims not "
        "cached from here on (the report is complete; the next run analyses the sources again)")
    assert "**3 sources · " in done.stdout
    assert snapshot(story / ".reconcile") == before


# --------------------------------------------------------------------------- signals, pipes


def _to_closed_pipe(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``reconcile *args | head -0``, deterministically: the reader is gone before a byte."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run([sys.executable, "-m", "reconcile", *map(str, args)],
                              stdout=writer, stderr=subprocess.PIPE, text=True, check=False,
                              timeout=120)
    finally:
        os.close(writer)


@pytest.mark.parametrize("command", [["schema"], ["STORY", "--report", "json"]])
def test_a_closed_pipe_ends_quietly_with_141(story: Path, command: list[str]) -> None:
    done = _to_closed_pipe(*[story if a == "STORY" else a for a in command])
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""


def _wait_for_spacy(process: subprocess.Popen[str], timeout: float = 60) -> bool:
    """Wait until ``process`` has spaCy's compiled modules mapped — it is analysing, well
    inside the CLI — and say whether it got there (False: it ended, or no /proc)."""
    maps = Path(f"/proc/{process.pid}/maps")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError):
            if "/spacy/" in maps.read_text():
                return True
        time.sleep(0.05)
    return False


def test_ctrl_c_exits_130_and_leaves_the_cache_whole(story: Path) -> None:
    (story / "c.txt").write_text(  # a source to analyse: spaCy loads, which takes a while
        "Sommet\n\nLes discussions ont duré près de trois heures vendredi à Anchorage.\n")
    before = snapshot(story / ".reconcile")
    process = subprocess.Popen([sys.executable, "-m", "reconcile", str(story)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if not _wait_for_spacy(process):
        process.kill()
        process.communicate()
        pytest.skip("could not catch the run while it analysed (no /proc, or it ended)")
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.splitlines()[-1] == "Interrupted" and "Traceback" not in err
    assert out == ""
    after = snapshot(story / ".reconcile")
    assert {k: v for k, v in after.items() if k in before} == before
    assert not [k for k in after if k.endswith(".tmp")]


def test_a_bug_is_one_line_with_its_own_status(cli: Cli, story: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import reconcile.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(reconcile.pipeline, "align_and_judge", broken)
    done = cli(story)
    assert done.code == 3
    assert _error_line(done.err) == ("Error: internal error (ValueError: boom); run again with "
                                     "--debug for the traceback, and please report it")
    with pytest.raises(ValueError, match="boom"):
        cli(story, "--debug")
