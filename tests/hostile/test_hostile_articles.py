"""Odd or hostile article files: each is read, or skipped with one warning naming it,
and the rest of the story is reconciled as if it were not there."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from hostile_story import Cli, add, snapshot

from reconcile.cli import EXIT_OK

SEEDS = ("000_d9695c3b86d25c9c", "002_31ab8b50a5ba3bd6")


def _report(cli: Cli, story: Path, *extra: str) -> tuple[dict[str, object], list[str]]:
    done = cli(story, "--report", "json", *extra)
    assert done.code == EXIT_OK, done.err
    return json.loads(done.out), done.warnings()


def _skipped_exactly(cli: Cli, story: Path, hostile: Path, warning: str) -> None:
    """``hostile`` is skipped with ``warning`` as the run's one line, and the report is the
    one the story gives without it, byte for byte; the claims cache is left as it was."""
    hostile_bytes = hostile.read_bytes() if not hostile.is_symlink() else None
    moved = hostile.rename(hostile.with_name(".aside"))  # dot files are not articles
    baseline = cli(story)
    moved.rename(hostile)
    before = snapshot(story)
    done = cli(story)
    assert done.code == EXIT_OK, done.err
    assert done.said == [f"Warning: {warning}"], done.said
    assert done.out == baseline.out
    assert snapshot(story) == before
    if hostile_bytes is not None:
        assert hostile.read_bytes() == hostile_bytes


# --------------------------------------------------------------------------- front matter


@pytest.mark.parametrize(("fixture", "problem"), [
    ("date_impossible.md",
     "publication date '2026-13-45' does not exist (month must be in 1..12)"),
    ("date_relative.md", "publication date 'yesterday' is not a date (give YYYY-MM-DD)"),
    ("date_ambiguous.md",
     "publication date '08/11/2025' is ambiguous (day or month first?): give YYYY-MM-DD"),
])
def test_an_unreadable_publication_date_is_a_warning_and_no_date(
    cli: Cli, story: Path, fixture: str, problem: str
) -> None:
    path = add(story, fixture)
    report, warnings = _report(cli, story)
    assert warnings == [f"Warning: {path}: {problem}"]
    sources = {s["id"]: s for s in report["sources"]}  # type: ignore[attr-defined]
    assert set(sources) == {*SEEDS, path.stem}  # read all the same, and the others too
    assert sources[path.stem]["date"] is None
    assert sources[path.stem]["outlet"] == "The Ledger"


def test_a_day_first_date_that_cannot_be_month_first_is_read(cli: Cli, story: Path) -> None:
    path = add(story, "date_day_first.md")
    report, warnings = _report(cli, story)
    assert warnings == []
    dates = {s["id"]: s["date"] for s in report["sources"]}  # type: ignore[attr-defined]
    assert dates[path.stem] == "2025-08-15"


def test_a_date_in_the_future_is_kept_with_a_warning(cli: Cli, story: Path) -> None:
    path = add(story, "date_future.md")
    report, warnings = _report(cli, story)
    assert warnings == [f"Warning: {path}: publication date '2925-08-15' is in the future"]
    dates = {s["id"]: s["date"] for s in report["sources"]}  # type: ignore[attr-defined]
    assert dates[path.stem] == "2925-08-15"


def test_unknown_front_matter_keys_name_the_key_meant(cli: Cli, story: Path) -> None:
    path = add(story, "unknown_keys.md")
    report, warnings = _report(cli, story)
    known = "the keys read are title, outlet, url, date, lang"
    assert warnings == [
        f"Warning: {path}: front-matter key 'publisher' is not read (did you mean 'outlet'?); "
        f"{known}",
        f"Warning: {path}: front-matter key 'published' is not read (did you mean 'date'?); "
        f"{known}",
    ]
    assert path.stem in {s["id"] for s in report["sources"]}  # type: ignore[attr-defined]


def test_a_yaml_alias_bomb_in_front_matter_is_refused(cli: Cli, story: Path) -> None:
    path = add(story, "yaml_bomb.md")
    _skipped_exactly(cli, story, path,
                     f"{path}:2: not valid YAML (aliases (*i) are not accepted) (skipped)")


def test_front_matter_nested_beyond_the_parser_is_refused(cli: Cli, story: Path) -> None:
    path = story / "deep.md"
    path.write_text("---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nText.\n", "utf-8")
    _skipped_exactly(cli, story, path, f"{path}: YAML nested too deeply (skipped)")


def test_oversized_front_matter_is_refused(cli: Cli, story: Path) -> None:
    path = story / "fat.md"
    path.write_text("---\n" + "k: v\n" * 250_000 + "---\nText.\n", "utf-8")
    _skipped_exactly(cli, story, path, f"{path}: YAML document of 1,250,001 characters, over "
                                       "the 1,000,000 accepted (skipped)")


# --------------------------------------------------------------------------- size


def _one_line(path: Path, size: int) -> Path:
    sentence = b"The talks lasted nearly three hours in Anchorage, officials said. "
    with path.open("wb") as handle:
        handle.write(sentence * (size // len(sentence)))
    return path


def test_an_article_over_the_parsers_limit_is_skipped_naming_its_size(
    cli: Cli, story: Path
) -> None:
    path = story / "long.txt"
    paragraph = "The talks lasted nearly three hours in Anchorage, officials said. " * 15
    path.write_text("Long read\n\n" + "\n\n".join([paragraph] * 1100), "utf-8")
    chars = len(path.read_text("utf-8"))
    assert 1_000_000 < chars < 1_200_000
    _skipped_exactly(cli, story, path, f"{path}: {chars:,} characters of text, over the "
                                       "1,000,000 an article may have (the parser's limit) "
                                       "(skipped)")


def test_a_5_mb_one_line_article_is_skipped(cli: Cli, story: Path) -> None:
    path = _one_line(story / "one_line.txt", 5_000_000)
    chars = path.stat().st_size
    _skipped_exactly(cli, story, path, f"{path}: {chars:,} characters of text, over the "
                                       "1,000,000 an article may have (the parser's limit) "
                                       "(skipped)")


def test_a_30_mb_article_is_refused_unread_in_well_under_30_s(cli: Cli, story: Path) -> None:
    path = _one_line(story / "huge.txt", 30_000_000)
    started = time.monotonic()
    _skipped_exactly(cli, story, path, f"{path}: {path.stat().st_size:,} bytes, over the "
                                       "8,000,000 an article file may have (skipped)")
    assert time.monotonic() - started < 30  # two runs of the story included


# --------------------------------------------------------------------------- content


def test_text_hidden_from_readers_is_not_article_text(cli: Cli, story: Path) -> None:
    path = add(story, "hidden_text.html")
    done = cli(story, "--report", "json")
    assert done.code == EXIT_OK and done.warnings() == [], done.err
    report = json.loads(done.out)
    mine = [c for c in report["claims"] if c["source"] == path.stem]
    assert any("Anchorage" in c["quote"] for c in mine)  # the visible text is read
    assert "HIDDEN" not in done.out
    for place in ("Moscow", "Paris", "Geneva", "Beijing"):
        assert not any(place in c["quote"] for c in mine), place
    from reconcile.ingest import read_source

    text = read_source(path, "x").text
    assert "Both delegations left Anchorage" in text and "HIDDEN" not in text


@pytest.mark.parametrize("fixture", ["utf16_bom.txt", "utf32_bom.txt"])
def test_utf16_and_utf32_files_with_a_mark_are_read(cli: Cli, story: Path, fixture: str) -> None:
    path = add(story, fixture)
    report, warnings = _report(cli, story)
    assert warnings == []
    sources = {s["id"]: s for s in report["sources"]}  # type: ignore[attr-defined]
    assert sources[path.stem]["title"] == "Sommet en Alaska"
    assert sources[path.stem]["lang"] == "fr"
    quotes = [c["quote"] for c in report["claims"]  # type: ignore[attr-defined]
              if c["source"] == path.stem]
    assert any("trois heures" in q for q in quotes)


def test_a_link_out_of_the_sources_folder_is_skipped(cli: Cli, story: Path) -> None:
    secret = story.parent / "secrets.txt"
    secret.write_text("Internal memo\n\nThe password of the newsroom is hunter2, said Ann.\n")
    link = story / "notes.txt"
    os.symlink(Path("..") / "secrets.txt", link)
    _skipped_exactly(cli, story, link, f"{link}: a link to {secret.resolve()}, outside the "
                                       "sources folder (skipped)")
    assert "hunter2" not in cli(story, "--report", "json").out


def test_a_link_within_the_sources_folder_is_read(cli: Cli, story: Path) -> None:
    (story / "archive").mkdir()
    add(story, "utf16_bom.txt", "archive/copy.txt")
    os.symlink(Path("archive") / "copy.txt", story / "linked.txt")
    report, warnings = _report(cli, story)
    assert warnings == []
    assert "linked" in {s["id"] for s in report["sources"]}  # type: ignore[attr-defined]


def test_a_dangling_link_is_a_warning(cli: Cli, story: Path) -> None:
    link = story / "gone.txt"
    os.symlink("nowhere.txt", link)
    _skipped_exactly(cli, story, link, f"{link}: a link to nothing readable (skipped)")
