"""Bytes → text: a byte-order mark first, then UTF-8, then charset detection; binary
files are refused."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from reconcile.errors import InputError


def decode_article(path: Path, raw: bytes) -> str:
    """Decode an article file, keeping accents intact whatever the legacy encoding."""
    bom = _bom_encoding(raw)
    if bom is not None:  # UTF-16 and UTF-32 are full of NUL bytes: not a sign of binary
        try:
            return _checked(path, raw.decode(bom))
        except UnicodeDecodeError:
            raise InputError(path, f"not a text file (a {bom} mark, but not {bom})") from None
    if b"\x00" in raw:
        raise InputError(path, "not a text file (binary content)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise InputError(path, "not a text file (no text encoding fits)") from None
        # latin-1 and cp1252 differ only in 0x80-0x9f; cp1252 is what editors' tools write.
        encoding = "cp1252" if best.encoding in {"latin_1", "iso8859_1"} else best.encoding
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            text = str(best)
    return _checked(path, text)


# UTF-32's little-endian mark starts with UTF-16's: longest first
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte-order mark announces (the codec reads and drops the mark)."""
    return next((name for mark, name in _BOMS if raw.startswith(mark)), None)


def _checked(path: Path, text: str) -> str:
    if _control_ratio(text) > 0.01:
        raise InputError(path, "not a text file (control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(text)
