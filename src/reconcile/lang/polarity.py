"""Word polarity from maintained sentiment lexicons, read as data.

English: VADER's lexicon (``vaderSentiment``, MIT; valences −4…4 rated by ten people each).
French: the subjectivity lexicon of adjectives of the Pattern project, as shipped by
``textblob-fr`` (data under PDDL; polarity −1…1). Both wheels are pinned by sha256 in
``requirements/lexicons.txt`` and installed without their dependencies: only their data files
are read (found with ``importlib.util.find_spec``, which does not import the package), never
their analysers — a sentence score for social media is not what a tone needs (see
``extract/labels/tones.py``).

Polarity is returned on one scale, −1…1, keyed by the folded word form. A language without
a lexicon, or a lexicon that is not installed, has none: the rules that read it stay silent.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET  # a data file of an installed, hash-pinned wheel
from collections import defaultdict
from functools import cache
from pathlib import Path

from reconcile.lang.folding import fold

#: where each language's lexicon lives: (package, file inside it)
LEXICONS = {
    "en": ("vaderSentiment", "vader_lexicon.txt"),
    "fr": ("textblob_fr", "fr-sentiment.xml"),
}

VADER_SCALE = 4.0


def _data_file(package: str, name: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / name
    return path if path.is_file() else None


def _vader(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[fold(parts[0])] = float(parts[1]) / VADER_SCALE
    return out


def _pattern(path: Path) -> dict[str, float]:
    """The mean polarity of each form (the file lists a form once per sense)."""
    seen: dict[str, list[float]] = defaultdict(list)
    for word in ET.parse(path).getroot().iter("word"):
        form, value = word.get("form"), word.get("polarity")
        if form and value is not None:
            seen[fold(form)].append(float(value))
    return {form: sum(vs) / len(vs) for form, vs in seen.items()}


@cache
def polarity(lang: str) -> dict[str, float]:
    """Folded word form → polarity in −1…1 for ``lang``; empty without a lexicon."""
    where = LEXICONS.get(lang)
    path = _data_file(*where) if where else None
    if path is None:
        return {}
    return _vader(path) if path.suffix == ".txt" else _pattern(path)
