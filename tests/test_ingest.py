from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.errors import InputError, UsageError
from reconcile.ingest import load_sources, read_source


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_seed_header_is_date_and_title(tmp_path: Path) -> None:
    f = _write(
        tmp_path / "a.txt", " date 2025-08-15 Le sommet de Genève (DR)\n\nLe texte commence ici.\n"
    )
    source = read_source(f, "a")
    assert source.date == "2025-08-15"
    assert source.title == "Le sommet de Genève"
    kinds = {source.text[r.start : r.end]: r.kind for r in source.regions}
    assert kinds["(DR)"] == "caption"
    assert kinds[" date 2025-08-15"] == "meta"


def test_photo_credit_line_is_a_caption(tmp_path: Path) -> None:
    text = "Photo : AFP / Jane Doe\n\nLes ministres se sont réunis mardi à Lyon pour discuter.\n"
    source = read_source(_write(tmp_path / "b.txt", text), "b")
    captions = [source.text[r.start : r.end] for r in source.regions if r.kind == "caption"]
    assert captions == ["Photo : AFP / Jane Doe"]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings_keep_accents(tmp_path: Path, encoding: str) -> None:
    text = (
        "Réunion à Genève\n\nLes délégués ont été reçus à l’hôtel de ville, où ils ont déjeuné.\n"
    )
    if encoding == "latin-1":
        text = text.replace("’", "'")
    source = read_source(_write(tmp_path / "c.txt", text, encoding), "c")
    assert "délégués ont été reçus" in source.text
    assert "hôtel" in source.text


def test_markdown_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Big match\noutlet: The Daily\nurl: https://example.org/a\n"
        "date: 2026-05-30\nlang: en\n---\n# Big match\n\nThe final ended 2-1 after extra time.\n"
    )
    source = read_source(_write(tmp_path / "d.md", text), "d")
    assert (source.title, source.outlet, source.date, source.lang) == (
        "Big match",
        "The Daily",
        "2026-05-30",
        "en",
    )
    assert source.regions[0].kind == "meta"


def test_unclosed_front_matter_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="never closed"):
        read_source(_write(tmp_path / "e.md", "---\ntitle: x\n\nBody.\n"), "e")


def test_html_main_text(tmp_path: Path) -> None:
    html = (
        "<html lang='en'><head><title>Quake</title></head><body><nav>Home | World</nav>"
        "<article><h1>Quake</h1><p>An earthquake struck the coast on Saturday, officials "
        "said, killing at least twelve people in three villages.</p><p>Rescue teams worked "
        "through the night to reach the area.</p></article><footer>Copyright</footer>"
        "</body></html>"
    )
    source = read_source(_write(tmp_path / "f.html", html), "f")
    assert "killing at least twelve people" in source.text
    assert "Copyright" not in source.text
    assert source.lang == "en"


def test_binary_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    _write(tmp_path / "good.txt", "Titre\n\nLes discussions ont eu lieu à Paris mardi dernier.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = load_sources(tmp_path)
    assert [s.id for s in result.sources] == ["good"]
    assert len(result.warnings) == 1 and "bad.txt" in result.warnings[0]


def test_missing_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        load_sources(tmp_path / "nope")
    with pytest.raises(UsageError, match="no article files"):
        load_sources(tmp_path)


def test_language_detection(tmp_path: Path) -> None:
    fr = read_source(
        _write(
            tmp_path / "fr.txt",
            "Titre\n\nLe gouvernement a annoncé "
            "mercredi une série de mesures pour les agriculteurs.\n",
        ),
        "fr",
    )
    en = read_source(
        _write(
            tmp_path / "en.txt",
            "Title\n\nThe government announced a series of measures for farmers on Wednesday.\n",
        ),
        "en",
    )
    assert (fr.lang, en.lang) == ("fr", "en")


def test_no_word_list_in_the_data_files_holds_a_yaml_boolean() -> None:
    """YAML 1.1 reads an unquoted on / off / yes / no as a boolean: a word list holding
    one silently lost that word (it happened to "on" as a preposition)."""
    import yaml

    def booleans(node: object, path: str) -> list[str]:
        if isinstance(node, dict):
            return [p for k, v in node.items() for p in booleans(v, f"{path}/{k}")]
        if isinstance(node, list):
            return [path if isinstance(i, bool) else p for i in node
                    for p in ([path] if isinstance(i, bool) else booleans(i, path))]
        return []

    src = Path(__file__).resolve().parent.parent / "src" / "reconcile"
    found = [f"{f.name}:{p}" for f in sorted(src.glob("*/data/*.yaml"))
             for p in booleans(yaml.safe_load(f.read_text("utf-8")), "")]
    assert found == []


def test_html_publication_date_is_the_pages_own(tmp_path: Path) -> None:
    from reconcile.ingest import read_source

    body = "<p>" + "The council met on Friday to vote the budget of the town. " * 12 + "</p>"
    page = tmp_path / "page.html"
    # a date after the run date is still the page's date, not a guess of 1 January
    page.write_text('<html lang="en"><head><title>Budget vote</title><meta name="date" '
                    f'content="2099-03-06"></head><body><article>{body}</article></body></html>',
                    encoding="utf-8")
    assert read_source(page, "page").date == "2099-03-06"
    undated = tmp_path / "undated.html"
    undated.write_text('<html lang="en"><head><title>Budget vote in 2019</title></head><body>'
                       f'<article>{body}</article></body></html>', encoding="utf-8")
    assert read_source(undated, "undated").date is None  # no year-only guess
