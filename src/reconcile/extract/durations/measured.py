"""What a duration measures: the noun it names, its clause's, the article's main event;
which part of the talks; and the spans that are no length of the event (a wait, a state)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from reconcile.extract.amounts import Amount, interval
from reconcile.extract.context import Article, lexicon, person_key
from reconcile.extract.durations.words import (
    _OWN_CLAUSE_STOP,
    _PARTED,
    _PERSONAL,
    MONTH,
    WEEK,
    YEAR,
    _duration_table,
    _nouns,
    _own,
    _subject_key,
    _verb_of,
    _word_set,
)


def _fronted(sent: Any, figure_start: int) -> list[Any]:
    """An opening phrase before the first comma ("L'après-midi, …", "In the morning, …")."""
    for tok in sent[:6]:
        if tok.text == ",":
            return list(sent[: tok.i - sent.start]) if tok.i < figure_start else []
    return []


def _main_subject(article: Article) -> str:
    """The event a bare duration stands for: the duration subject the article names most."""
    cached = getattr(article, "_dq_main", None)
    if isinstance(cached, str):
        return cached
    table = _nouns(article, "durations")
    never = _word_set(article.lang, "never_default")
    counts: Counter[str] = Counter()
    for sent in article.sentences():
        for tok in sent:
            key = _subject_key(tok, table) if tok.pos_ in ("NOUN", "PROPN", "VERB") else None
            if key is not None and key not in never:
                counts[key] += 1
    main = min(counts, key=lambda k: (-counts[k], k)) if counts else "event"
    if counts and counts[main] < 2:
        main = "event"  # one passing « réunion » does not make a cyclone story about talks
    article._dq_main = main  # type: ignore[attr-defined]
    return main


def _part_of(article: Article, scope: list[Any]) -> str | None:
    """morning / lunch / afternoon / part: the first part word in the figure's clause."""
    parts = _nouns(article, "parts")
    found = [(t.i, key) for t in scope if (key := _subject_key(t, parts))]
    text = " ".join(t.lower_ for t in sorted(scope, key=lambda t: t.i)).replace("-", " ")
    for word, key in parts.items():
        if "-" in word and re.search(rf"(?<!\w){re.escape(word.replace('-', ' '))}(?!\w)", text):
            found.append((-1, key))
    if not found:
        return None
    # a time of day says more than a generic part word
    keys = [k for _, k in sorted(found)]
    return next((k for k in keys if k != "part"), keys[0])


def _measured(article: Article, doc: Any, amount: Amount, previous: str | None) -> str | None:
    """What the duration measures (None: a long span that names nothing — a wait, a gap)."""
    table = _duration_table(article.lang, amount.nominal < WEEK)
    words = article.words("subjects")
    part_before = set(words.get("part_before", []))
    part_after = set(words.get("part_after", []))
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return amount.measures or previous or _main_subject(article)
    root = span.root
    sent = span.sent
    # "…, dont près de trois heures pour la partie …" / "including … for the part …"
    after = []
    for token in doc[span.end : min(span.end + 4, sent.end)]:
        if token.is_punct:
            break
        after.append(token)
    before = doc[max(span.start - 2, sent.start) : span.start]
    is_part = any(t.lower_ in part_after for t in after) or any(
        t.lower_ in part_before for t in before
    )
    # "… of talks", "… de négociations", "onze jours de grève": what follows the figure
    # through "of"/"de" is what it measures
    following = [
        t
        for t in doc[span.end : min(span.end + 3, sent.end)]
        if t.pos_ == "NOUN" and doc[span.end].pos_ == "ADP"
    ]
    # a compound "a 90-minute meeting": the figure modifies a noun
    head = root.head
    candidates = [*following, head, *head.children]
    verb = _verb_of(root)
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    governor = verb
    for _ in range(3):
        if subjects or governor.dep_ not in ("xcomp", "advcl", "conj") or governor.head == governor:
            break
        # "the probe is designed to operate for ten years", a verb the parser hung off
        # another clause: the governing verb's subject
        governor = governor.head
        subjects = [c for c in governor.children if c.dep_.startswith("nsubj")]
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    # "a working lunch that lasted two hours": the relative clause's antecedent
    antecedent = [governor.head] if governor.dep_ in ("relcl", "acl:relcl", "acl") else []
    candidates += subjects + antecedent + [verb] + objects
    candidates += [t for t in doc[span.end : min(span.end + 3, sent.end)] if t.pos_ == "NOUN"]
    key = amount.measures
    verb_key = _subject_key(verb, table)
    if key is None and verb_key in _word_set(article.lang, "verb_first"):
        key = verb_key  # "the talks were delayed by two hours": a delay
    for token in candidates:
        if key:
            break
        key = _subject_key(token, table)
        if key is not None:
            # « le marathon de négociations », "a marathon of talks": the complement says
            # what was measured, the head only how it felt
            inner = [c for c in token.children if c.dep_ in ("nmod", "pobj", "prep")]
            inner += [g for c in inner if c.dep_ == "prep" for g in c.children]
            key = next((k for c in inner if (k := _subject_key(c, table))), key)
    named = key is not None
    if key is None:
        pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in verb.children)
        key = previous if pronoun or is_part else None
        if key is None:
            key = next((k for t in sent if (k := _subject_key(t, table))), None)
        if key is None and not any(t.pos_ in ("VERB", "AUX") for t in sent) and sent.start:
            # a fragment ("Trente-huit minutes.") answers the sentence before it
            before_sent = doc[sent.start - 1].sent
            key = next((k for t in before_sent if (k := _subject_key(t, table))), None)
            named = key is not None
    if verb.lemma_.lower() in _word_set(article.lang, "wait_verbs"):
        return None  # "had to wait nearly three years for this meeting": a wait
    if amount.nominal >= YEAR and _elapsed(article, doc, span, verb):
        return None  # "depuis plus de dix ans", "have worked together for a decade": a state
    if amount.nominal >= MONTH and not named:
        pronoun = any(c.pos_ == "PRON" for c in subjects)
        key = _named_before(article, doc, sent) if pronoun else _long_subject(article)
        if key is None:
            return None  # "il a fallu attendre près de trois ans": a gap, not a length
    # the figure's own phrase first ("un déjeuner de travail de deux heures", "a
    # one-on-one meeting that lasted…"), then its clause ("the morning session ran
    # for…", "dans la matinée", a fronted "L'après-midi, …")
    figure = set(range(span.start, span.end))
    own = _own(root) + [head] + [c for c in head.children if c.dep_ not in _OWN_CLAUSE_STOP]
    for tok in antecedent:
        own += _own(tok)
    clause = [t for tok in subjects for t in _own(tok)] + _fronted(sent, span.start)
    for tok in verb.children:
        if tok.dep_ in ("obl:mod", "obl", "npadvmod", "prep") and tok.i not in figure:
            clause += _own(tok)
    part = _part_of(article, [t for t in own if t.i not in figure]) or _part_of(
        article, [t for t in clause if t.i not in figure]
    )
    if key is None and part is not None:
        key = "talks"
    meal_parts: dict[str, str] = lexicon("subjects", article.lang).get("meal_parts", {})
    if key in meal_parts and any(
        t.lower_ in _word_set(article.lang, "working") for t in own + clause
    ):
        # « un dîner de travail », "a working dinner": a part of the talks
        return f"talks.{meal_parts[key]}"
    key = key or previous or _main_subject(article)
    if key == "talks" and amount.nominal >= WEEK:
        key = "negotiations"  # weeks of talks are a process, not a sitting
    if key in _PARTED:
        if part is not None and part != "part":
            return f"{key}.{part}"
        if part == "part":
            is_part = True
    if is_part and not key.endswith(".part"):
        key = f"{key}.part"
    base = key.split(" · ")[0]
    if base in _PERSONAL:  # each runner's time is their own topic
        who = person_key(sent)
        key = f"{base} · {who}" if who else base
    return key


def _spanning(article: Article, doc: Any, amount: Amount) -> Amount:
    """ "a deal over three years", "cuts spread over three years": "over" after a noun or a
    verb of spreading says across, not more than (unlike "lasted over three hours")."""
    if amount.hedge is None or amount.hedge.lower() not in _word_set(article.lang, "span_hedges"):
        return amount
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return amount
    before = doc[span.start - 1]
    spread = before.lemma_.lower() in _word_set(article.lang, "spread_verbs")
    if before.pos_ not in ("NOUN", "PROPN") and not spread:
        return amount
    low, high = interval(amount.nominal, None, article.settings.bands)
    return replace(amount, hedge=None, hedge_class=None, low=low, high=high)


def _long_subject(article: Article) -> str | None:
    """The long-lived thing an article is about (a probe, a contract), named at least
    twice: "Scientists expect data for the next twelve years" in a story about a probe."""
    cached = getattr(article, "_dq_long", ())
    if cached != ():
        return cached if isinstance(cached, str) else None
    table = _nouns(article, "durations")
    long_lived = _word_set(article.lang, "long_spans")
    counts: Counter[str] = Counter()
    for sent in article.sentences():
        for tok in sent:
            if tok.pos_ == "NOUN" and (key := _subject_key(tok, table)) in long_lived:
                counts[key] += 1
    best = min(counts, key=lambda k: (-counts[k], k)) if counts else None
    found = best if best is not None and counts[best] >= 2 else None
    article._dq_long = found  # type: ignore[attr-defined]
    return found


def _named_before(article: Article, doc: Any, sent: Any) -> str | None:
    """ "The probe was launched in June. It is built to operate for twelve years": the
    long-lived thing the previous sentence's subject names (a mission, a contract)."""
    if sent.start == 0:
        return None
    table = _nouns(article, "durations")
    long_lived = _word_set(article.lang, "long_spans")
    for tok in doc[sent.start - 1].sent:
        if tok.dep_.startswith("nsubj") and (key := _subject_key(tok, table)) in long_lived:
            return key
    return None


def _elapsed(article: Article, doc: Any, span: Any, verb: Any) -> bool:
    """A span counted back from now: « depuis dix ans », "for the past decade", "since
    …", "have cooperated for more than ten years" (a perfect with "for")."""
    sent = span.sent
    window = list(doc[max(span.start - 3, sent.start) : span.start])
    before = [t.lower_ for t in window]
    if set(before) & _word_set(article.lang, "elapsed_before"):
        return True
    # "the past decade", « les dix dernières années » (an adjective: "to last twelve years"
    # is a length)
    past = {t.lower_ for t in [*window, *span] if t.pos_ == "ADJ"}
    if past & _word_set(article.lang, "elapsed_after"):
        return True
    if article.lang == "en" and "for" in before[-2:]:
        return any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i < verb.i for c in verb.children
        )
    return False
