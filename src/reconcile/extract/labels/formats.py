"""``event.format``: closed doors, one-on-one, n-on-n, open, expanded."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.extract.context import Article
from reconcile.extract.labels.words import Sentence
from reconcile.extract.registry import rule
from reconcile.models import Claim, LabelValue

PHRASE = rule("format.phrase", "the format phrases are set expressions (behind closed doors, "
              "one-on-one, in front of the cameras) that say how a meeting was held and little "
              "else; each is matched whole, on word boundaries")
COUNTED_SIDES = rule("format.counted_sides", "'N-on-N' / « N contre N » is a format only when both "
                     "sides are numbers (digits or the listed number words): names or teams "
                     "set against each other are not")


def _number(word: str, numbers: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    return numbers.get(word.lower())


def _formats(article: Article, c: dict[str, Any], sents: list[Sentence]) -> Iterator[Claim]:
    seen: set[str] = set()
    for sent, text, base in sents:
        taken: list[tuple[int, int]] = []
        for label, patterns in c["format"].items():
            for pat in patterns:
                for m in pat.finditer(text):
                    if any(a < m.end() and m.start() < b for a, b in taken):
                        continue
                    words = [article.text[base + m.start() : base + m.end()]]
                    out = label
                    if label == "n_on_n":
                        a, b = (_number(g, c["numbers"]) for g in m.groups()[:2])
                        if a is None or b is None:
                            continue
                        if a == b == 1:
                            out = "one_on_one"
                        else:
                            words.append(f"{a}-on-{b}")
                    taken.append((m.start(), m.end()))
                    key = out + "|" + "|".join(words[1:])
                    if key in seen:
                        continue
                    seen.add(key)
                    s, e = base + m.start(), base + m.end()
                    yield article.make_claim(
                        "event.format", c["format_subject"].get(out, "talks"),
                        LabelValue(label=out, words=words),
                        f"{out} ({words[0]})", s, e,
                        claimant=claimant_of(article, sent, s, e),
                        modality=modality_of(article, sent, s, e),
                    ).model_copy(update={"rule": COUNTED_SIDES if label == "n_on_n" else PHRASE})
