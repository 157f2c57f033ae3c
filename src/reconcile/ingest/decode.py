"""Bytes → text: UTF-8 first, then charset detection; binary files are refused."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from reconcile.errors import InputError


def decode_article(path: Path, raw: bytes) -> str:
    """Decode an article file, keeping accents intact whatever the legacy encoding."""
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
    if _control_ratio(text) > 0.01:
        raise InputError(path, "not a text file (control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(text)
