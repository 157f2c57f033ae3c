"""Integrity of the labelled corpora: tests/corpus/ (development), tests/heldout/,
tests/blind/ and tests/blind2/.

Checks the gold files against their articles, not the tool: every gold quote is
an exact substring of its article, every article has a gold entry (and vice
versa), slots are SPEC slot names, verdicts are agreed|extra|conflicting, and
each topic is backed by the claims listed for it. The held-out set is checked
the same way; it must also stay disjoint from the development corpus. The blind
set (tests/blind/) is checked the same way too, and must stay disjoint from both. The second
blind set (tests/blind2/) likewise, disjoint from all three.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from reconcile.models import SLOTS

CORPUS = Path(__file__).parent / "corpus"
HELDOUT = Path(__file__).parent / "heldout"
BLIND = Path(__file__).parent / "blind"
BLIND2 = Path(__file__).parent / "blind2"
BLIND3 = Path(__file__).parent / "blind3"
BLIND4 = Path(__file__).parent / "blind4"
BLIND5 = Path(__file__).parent / "blind5"
BLIND6 = Path(__file__).parent / "blind6"
BLIND7 = Path(__file__).parent / "blind7"
BLIND8 = Path(__file__).parent / "blind8"
ARTICLE_SUFFIXES = {".txt", ".md", ".html"}
VERDICTS = {"agreed", "extra", "conflicting"}
PRESENCE = {"present", "expected", "mentioned", "absent"}
MODALITY = {"asserted", "expected", "denied", "reported"}
LANGS = {"fr", "en"}


def _events(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


CORPUS_EVENTS = _events(CORPUS)
HELDOUT_EVENTS = _events(HELDOUT)
BLIND_EVENTS = _events(BLIND)
BLIND2_EVENTS = _events(BLIND2)
BLIND3_EVENTS = _events(BLIND3)
BLIND4_EVENTS = _events(BLIND4)
BLIND5_EVENTS = _events(BLIND5)
BLIND6_EVENTS = _events(BLIND6)
BLIND7_EVENTS = _events(BLIND7)
BLIND8_EVENTS = _events(BLIND8)
EVENTS = (CORPUS_EVENTS + HELDOUT_EVENTS + BLIND_EVENTS + BLIND2_EVENTS + BLIND3_EVENTS
          + BLIND4_EVENTS + BLIND5_EVENTS + BLIND6_EVENTS + BLIND7_EVENTS + BLIND8_EVENTS)


def _id(event: Path) -> str:
    return f"{event.parent.name}/{event.name}"


def _gold(event: Path) -> dict:
    with (event / "gold.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _articles(event: Path) -> list[Path]:
    return sorted(p for p in event.iterdir() if p.suffix in ARTICLE_SUFFIXES)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    dt.date.fromisoformat(str(value))
    return str(value)


@pytest.mark.parametrize(
    ("events", "n_events", "per_event", "per_lang"),
    [
        (CORPUS_EVENTS, 5, (4, 5), 10),
        (HELDOUT_EVENTS, 4, (3, 3), 6),
        (BLIND_EVENTS, 3, (3, 3), 4),
        (BLIND2_EVENTS, 4, (3, 3), 6),
        (BLIND3_EVENTS, 3, (10, 15), 15),  # stories at real scale
        (BLIND4_EVENTS, 3, (10, 15), 15),
        (BLIND5_EVENTS, 3, (10, 15), 15),
        (BLIND6_EVENTS, 3, (10, 15), 15),
        (BLIND7_EVENTS, 3, (10, 15), 15),
        (BLIND8_EVENTS, 3, (10, 15), 15),
    ],
    ids=["corpus", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
         "blind8"],
)
def test_corpus_has_enough_events_and_languages(
    events: list[Path], n_events: int, per_event: tuple[int, int], per_lang: int
) -> None:
    assert len(events) >= n_events
    langs = {"fr": 0, "en": 0}
    for event in events:
        arts = _articles(event)
        assert per_event[0] <= len(arts) <= per_event[1], f"{_id(event)}: {len(arts)} articles"
        for entry in _gold(event)["articles"].values():
            langs[entry["lang"]] += 1
    assert langs["fr"] >= per_lang and langs["en"] >= per_lang, langs
    suffixes = [a.suffix for e in events for a in _articles(e)]
    assert suffixes.count(".md") >= 2 and suffixes.count(".html") >= 1


def test_heldout_is_disjoint_from_the_development_corpus() -> None:
    """Held-out events are other stories: no shared event folder, article text or person."""
    assert {e.name for e in HELDOUT_EVENTS}.isdisjoint({e.name for e in CORPUS_EVENTS})
    dev_texts = {_text(a) for e in CORPUS_EVENTS for a in _articles(e)}
    assert not any(_text(a) in dev_texts for e in HELDOUT_EVENTS for a in _articles(e))
    assert _people(HELDOUT_EVENTS).isdisjoint(_people(CORPUS_EVENTS))


def _people(events: list[Path]) -> set[str]:
    return {
        str(c["subject"])
        for e in events
        for entry in _gold(e)["articles"].values()
        for c in entry.get("claims") or []
        if c.get("slot") == "event.participants"
    }


def test_blind_is_disjoint_from_the_other_sets() -> None:
    """Blind events are other stories: no shared event folder, article text or person."""
    assert BLIND_EVENTS, "tests/blind/ has no events"
    for others in (CORPUS_EVENTS, HELDOUT_EVENTS):
        assert {e.name for e in BLIND_EVENTS}.isdisjoint({e.name for e in others})
        texts = {_text(a) for e in others for a in _articles(e)}
        assert not any(_text(a) in texts for e in BLIND_EVENTS for a in _articles(e))
        assert _people(BLIND_EVENTS).isdisjoint(_people(others))


def test_blind2_is_disjoint_from_the_other_sets() -> None:
    """Second blind set: other stories again, no shared event folder, article text or person."""
    assert BLIND2_EVENTS, "tests/blind2/ has no events"
    for others in (CORPUS_EVENTS, HELDOUT_EVENTS, BLIND_EVENTS):
        assert {e.name for e in BLIND2_EVENTS}.isdisjoint({e.name for e in others})
        texts = {_text(a) for e in others for a in _articles(e)}
        assert not any(_text(a) in texts for e in BLIND2_EVENTS for a in _articles(e))
        assert _people(BLIND2_EVENTS).isdisjoint(_people(others))


def test_blind2_set_plants_a_syndicated_pair_and_conflicts() -> None:
    """The second blind set keeps what its README promises: a wire-copy pair and conflicts."""
    golds = [_gold(e) for e in BLIND2_EVENTS]
    assert any(g.get("syndication") for g in golds)
    conflicting = {t["slot"] for g in golds for t in g["topics"] if t["verdict"] == "conflicting"}
    assert {
        "quantity",
        "event.duration",
        "event.date",
        "event.participants",
        "event.location",
    } <= conflicting
    assert all(
        any(t["verdict"] == "conflicting" for t in g["topics"])
        and any(t["verdict"] == "extra" for t in g["topics"])
        for g in golds
    )


def test_blind_set_plants_a_syndicated_pair_and_conflicts() -> None:
    """The blind set keeps what its README promises: a wire-copy pair and conflicts."""
    golds = [_gold(e) for e in BLIND_EVENTS]
    assert any(g.get("syndication") for g in golds)
    conflicting = {t["slot"] for g in golds for t in g["topics"] if t["verdict"] == "conflicting"}
    assert {"quantity", "event.duration", "event.date", "event.participants"} <= conflicting


@pytest.mark.parametrize("event", EVENTS, ids=_id)
def test_every_article_has_gold_and_back(event: Path) -> None:
    gold = _gold(event)
    assert isinstance(gold.get("event"), str) and gold["event"]
    on_disk = {p.name for p in _articles(event)}
    in_gold = set(gold["articles"])
    assert on_disk == in_gold, f"missing gold: {on_disk - in_gold}; no file: {in_gold - on_disk}"


@pytest.mark.parametrize("event", EVENTS, ids=_id)
def test_claims_quote_their_article(event: Path) -> None:
    gold = _gold(event)
    problems: list[str] = []
    for name, entry in gold["articles"].items():
        text = _text(event / name)
        assert entry["lang"] in LANGS, f"{name}: lang {entry['lang']!r}"
        _iso(entry.get("date"))
        words = len(_plain(text).split())
        assert 100 <= words <= 450, f"{name}: {words} words"  # aggregator copies are short
        for claim in entry.get("claims") or []:
            where = f"{name}: {claim.get('slot')} {claim.get('quote')!r}"
            if claim.get("slot") not in SLOTS:
                problems.append(f"{where}: unknown slot")
            if not claim.get("subject"):
                problems.append(f"{where}: no subject")
            if not isinstance(claim.get("value"), dict):
                problems.append(f"{where}: no value")
            for quote in [claim.get("quote"), *claim.get("also_quotes", [])]:
                if not quote or quote not in text:
                    problems.append(f"{where}: quote {quote!r} not in article")
            if claim.get("modality", "asserted") not in MODALITY:
                problems.append(f"{where}: modality {claim['modality']!r}")
            value = claim.get("value") or {}
            if claim.get("slot") == "event.participants":
                if value.get("presence") not in PRESENCE:
                    problems.append(f"{where}: presence {value.get('presence')!r}")
                if value.get("name") != claim.get("subject"):
                    problems.append(f"{where}: subject is not the canonical name")
            if claim.get("slot") == "event.date":
                try:
                    _iso(value.get("date"))
                except ValueError:
                    problems.append(f"{where}: bad date {value.get('date')!r}")
            if claim.get("slot") == "event.duration" and not isinstance(
                value.get("minutes"), (int, float)
            ):
                problems.append(f"{where}: duration without minutes")
        for bad in entry.get("must_not") or []:
            if bad.get("slot") not in (*SLOTS, "*"):
                problems.append(f"{name}: must_not slot {bad.get('slot')!r}")
            if not bad.get("quote") or bad["quote"] not in text:
                problems.append(f"{name}: must_not quote {bad.get('quote')!r} not in article")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("event", EVENTS, ids=_id)
def test_topics_are_backed_by_claims(event: Path) -> None:
    gold = _gold(event)
    stated: dict[tuple[str, str], set[str]] = {}
    for name, entry in gold["articles"].items():
        for claim in entry.get("claims") or []:
            stated.setdefault((claim["slot"], str(claim["subject"])), set()).add(name)
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    for topic in gold["topics"]:
        key = (topic["slot"], str(topic["subject"]))
        if key in seen:
            problems.append(f"duplicate topic {key}")
        seen.add(key)
        if topic["verdict"] not in VERDICTS:
            problems.append(f"{key}: verdict {topic['verdict']!r}")
        sources = stated.get(key, set())
        if not sources:
            problems.append(f"{key}: no claim states it")
        elif topic["verdict"] == "extra" and len(sources) != 1:
            problems.append(f"{key}: extra but stated by {sorted(sources)}")
        elif topic["verdict"] == "agreed" and len(sources) < 2:
            problems.append(f"{key}: agreed but stated by {sorted(sources)}")
    missing = set(stated) - seen
    if missing:
        problems.append(f"claims without a topic: {sorted(missing)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("event", EVENTS, ids=_id)
def test_cross_references_and_front_matter(event: Path) -> None:
    gold = _gold(event)
    names = set(gold["articles"])
    for pair in gold.get("syndication") or []:
        assert set(pair) <= names, f"syndication names unknown articles: {pair}"
    for topic in gold["topics"]:
        for name in topic.get("self_contradiction") or []:
            assert name in names, f"self_contradiction names unknown article {name}"
    for path in _articles(event):
        first = _text(path).split("\n", 1)[0]
        if path.suffix == ".txt" and first.startswith(" date "):
            header_date = first.split()[1]
            assert header_date == _iso(gold["articles"][path.name]["date"]), path.name
        if path.suffix != ".md":
            continue
        head = _text(path).split("\n---\n", 1)[0].removeprefix("---\n")
        meta = yaml.safe_load(head)
        assert {"title", "outlet", "url", "date", "lang"} <= set(meta), path.name
        assert _iso(meta["date"]) == _iso(gold["articles"][path.name]["date"]), path.name
        assert meta["lang"] == gold["articles"][path.name]["lang"], path.name


def _plain(text: str) -> str:
    """Article text without front matter or markup, for the word count."""
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    if "<article" in text:
        text = text[text.index("<article") : text.index("</article>")]
    return re.sub(r"<[^>]+>", " ", text)
