"""The one text fold (``lang/folding.py``) and its named variants."""

from __future__ import annotations

import unicodedata

from reconcile.lang.folding import fold, fold_chars


def test_fold_drops_accents_and_folds_case() -> None:
    assert fold("Évry-Courcouronnes") == "evry-courcouronnes"
    assert fold("Straße") == "strasse"  # case folding, not lowercasing
    assert fold("Straße", keep_case=True) == "Straße"
    assert fold("ﬁnale") == "finale"  # compatibility forms decomposed


def test_ascii_only_drops_what_does_not_decompose() -> None:
    assert fold("Øresund Ålborg", keep_case=True, ascii_only=True) == "resund Alborg"


def test_fold_chars_keeps_the_length() -> None:
    text = "L’Élysée, ﬁn `ok´ İz"
    for keep_case in (False, True):
        folded = fold_chars(text, keep_case=keep_case)
        assert len(folded) == len(text)
    assert fold_chars(text) == "l'elysee, ﬁn 'ok' iz"
    assert fold_chars(text, keep_case=True) == "L'Elysee, ﬁn 'ok' Iz"


def test_fold_is_the_decomposition_without_marks_on_every_character() -> None:
    for code in range(0x3000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        bare = unicodedata.normalize("NFKD", ch.casefold())
        assert fold(ch) == "".join(c for c in bare if not unicodedata.combining(c)), hex(code)
