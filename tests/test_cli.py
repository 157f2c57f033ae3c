from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from reconcile.cli import EXIT_OK, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_missing_path_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run([str(tmp_path / "nowhere")], capsys)
    assert code == EXIT_USAGE
    assert err.count("\n") == 1 and err.startswith("Error: ") and "nowhere" in err
    assert "Traceback" not in err and out == ""


def test_empty_folder_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run([str(tmp_path)], capsys)
    assert code == EXIT_USAGE and "no article files" in err and err.count("\n") == 1


def test_bad_flag_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["sources", "--report", "pdf"], capsys)
    assert code == EXIT_USAGE and err.count("\n") == 1 and "invalid choice" in err


def test_malformed_claims_file_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.txt").write_text("Titre\n\nLes discussions ont duré deux heures mardi.\n")
    claims = tmp_path / "claims"
    claims.mkdir()
    broken = '{\n  "schema_version": "1",\n  "source": oops\n}\n'
    (claims / "a.json").write_text(broken)
    code, _, err = _run([str(sources), "--claims-dir", str(claims)], capsys)
    assert code == EXIT_USAGE
    assert f"{claims / 'a.json'}:3" in err and err.count("\n") == 1
    assert (claims / "a.json").read_text() == broken  # left untouched


def test_schema_and_json_report_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, schema_text, _ = _run(["schema"], capsys)
    assert code == EXIT_OK
    schema = json.loads(schema_text)
    code, report_text, _ = _run(
        [str(ROOT / "sources"), "--report", "json", "--claims-dir", str(tmp_path)], capsys
    )
    assert code == EXIT_OK
    report = json.loads(report_text)
    jsonschema.validate(report, schema)
    texts = {}
    from reconcile.ingest import load_sources

    for source in load_sources(ROOT / "sources").sources:
        texts[source.id] = source.text
    assert report["claims"]
    for claim in report["claims"]:
        assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["quote"]
    # every claim lands in exactly one finding
    landed = [cid for f in report["findings"] for cid in f["claims"]]
    assert sorted(landed) == sorted(c["id"] for c in report["claims"])


def test_out_file_and_unchanged_second_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = tmp_path / "claims"
    out = tmp_path / "report.md"
    args = [str(ROOT / "sources"), "--claims-dir", str(claims), "--out", str(out)]
    assert _run(args, capsys)[0] == EXIT_OK
    first = out.read_text()
    stamps = {p: p.stat().st_mtime_ns for p in claims.glob("*.json")}
    assert _run(args, capsys)[0] == EXIT_OK
    assert out.read_text() == first
    assert {p: p.stat().st_mtime_ns for p in claims.glob("*.json")} == stamps
    # a cached run never imports spaCy
    probe = (
        f"import sys; from reconcile.cli import main; main({args!r}); print('spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False")


def test_unsupported_language_is_warned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "de.txt").write_text(
        "Titel\n\nDie Gespräche dauerten fast drei Stunden, sagte der Sprecher der Regierung "
        "am Freitag in Berlin.\n",
        encoding="utf-8",
    )
    (sources / "fr.txt").write_text(
        "Titre\n\nLes discussions ont duré près de trois heures vendredi à Berlin, a indiqué "
        "le porte-parole du gouvernement.\n",
        encoding="utf-8",
    )
    code, out, err = _run([str(sources), "--claims-dir", str(tmp_path / "c")], capsys)
    assert code == EXIT_OK
    assert "de.txt: language 'de' is not supported" in err
    # and in the report itself: its empty column is not the source saying nothing
    notes = " ".join(out.split("## Notes", 1)[1].split())  # a long note wraps (soft breaks)
    assert "de.txt: language 'de' is not supported" in notes
    assert "fr.txt" not in notes


def test_python_dash_m_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reconcile", "--help"], capture_output=True, text=True, check=True
    )
    assert "--report" in done.stdout and "--claims-dir" in done.stdout
