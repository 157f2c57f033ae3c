"""What a duration measures: the noun it names, its clause's, the article's main event;
which part of the talks; and the spans that are no length of the event (a wait, a state)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from reconcile.extract.amounts import Amount, interval
from reconcile.extract.context import Article, lexicon, person_key
from reconcile.extract.durations.words import (
    _OWN_CLAUSE_STOP,
    _PARTED,
    _PERSONAL,
    FIXED_PHRASE,
    FRAGMENT,
    IN_SENTENCE,
    LATE,
    LONG_LIVED,
    MAIN_EVENT,
    MONTH,
    NAMED_NOUN,
    PART_OF_TALKS,
    PREVIOUS,
    VERB_MEASURE,
    WEEK,
    WORKING_MEAL,
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


@dataclass(frozen=True)
class Measured:
    """What a duration measures (its claim's subject), and the rule that said so."""

    subject: str
    rule: str


@dataclass(frozen=True)
class _Site:
    """A duration figure in the parse, and the words around it that can say what it measures."""

    span: Any
    verb: Any  # the verb the figure hangs on
    subjects: list[Any]  # that verb's subjects, or those of the verb it hangs off
    antecedent: list[Any]  # the antecedent of the relative clause it is in
    candidates: list[Any]  # the words that can name what it measures, in the order asked


def _site(doc: Any, span: Any) -> _Site:
    """The figure's verb, its subjects and the words that can name what it measures: the
    noun after "of", the noun it modifies, the verb's subjects, antecedent and objects."""
    root = span.root
    sent = span.sent
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
    return _Site(span, verb, subjects, antecedent, candidates)


def _is_part(article: Article, doc: Any, span: Any) -> bool:
    """ "…, dont près de trois heures pour la partie …" / "including … for the part …"."""
    words = article.words("subjects")
    part_before = set(words.get("part_before", []))
    part_after = set(words.get("part_after", []))
    sent = span.sent
    after = []
    for token in doc[span.end : min(span.end + 4, sent.end)]:
        if token.is_punct:
            break
        after.append(token)
    before = doc[max(span.start - 2, sent.start) : span.start]
    return any(t.lower_ in part_after for t in after) or any(
        t.lower_ in part_before for t in before
    )


def _tokens_after(span: Any, n: int) -> Any:
    """The ``n`` tokens after a span, within its sentence."""
    return span.doc[span.end : min(span.end + n, span.sent.end)]


def _named(
    article: Article, table: dict[str, str], amount: Amount, site: _Site
) -> tuple[str, str] | None:
    """What the figure's own words say it measures: a set phrase, a measuring verb, else the
    first measured noun of its phrase or of its verb's."""
    if amount.measures is not None:
        return amount.measures, FIXED_PHRASE
    after = _tokens_after(site.span, 2)
    if any(t.lower_ in _word_set(article.lang, "late") for t in after):
        return "delay", LATE
    verb_key = _subject_key(site.verb, table)
    if verb_key is not None and verb_key in _word_set(article.lang, "verb_first"):
        return verb_key, VERB_MEASURE  # "the talks were delayed by two hours": a delay
    for token in site.candidates:
        key = _subject_key(token, table)
        if key is not None:
            # « le marathon de négociations », "a marathon of talks": the complement says
            # what was measured, the head only how it felt
            inner = [c for c in token.children if c.dep_ in ("nmod", "pobj", "prep")]
            inner += [g for c in inner if c.dep_ == "prep" for g in c.children]
            return next((k for c in inner if (k := _subject_key(c, table))), key), NAMED_NOUN
    return None


def _unnamed(
    article: Article,
    doc: Any,
    table: dict[str, str],
    site: _Site,
    is_part: bool,
    previous: str | None,
) -> tuple[str, str, bool] | None:
    """(subject, rule, named) for a figure whose own words name nothing: what a pronoun or a
    part refers back to, a measured noun of the sentence, or, for a verbless fragment, of the
    sentence before it (which counts as named: the fragment is that sentence's answer)."""
    sent = site.span.sent
    pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in site.verb.children)
    if previous is not None and (pronoun or is_part):
        return previous, PREVIOUS, False
    key = next((k for t in sent if (k := _subject_key(t, table))), None)
    if key is not None:
        return key, IN_SENTENCE, False
    if not any(t.pos_ in ("VERB", "AUX") for t in sent) and sent.start:
        # a fragment ("Trente-huit minutes.") answers the sentence before it
        before_sent = doc[sent.start - 1].sent
        key = next((k for t in before_sent if (k := _subject_key(t, table))), None)
        if key is not None:
            return key, FRAGMENT, True
    return None


def _no_length(article: Article, doc: Any, amount: Amount, site: _Site) -> bool:
    """A span that is not the length of anything the article tells: a wait, a state."""
    if site.verb.lemma_.lower() in _word_set(article.lang, "wait_verbs"):
        return True  # "had to wait nearly three years for this meeting": a wait
    # "depuis plus de dix ans", "have worked together for a decade": a state
    return amount.nominal >= YEAR and _elapsed(article, doc, site.span, site.verb)


def _scopes(site: _Site) -> tuple[list[Any], list[Any]]:
    """The figure's own phrase ("un déjeuner de travail de deux heures", "a one-on-one
    meeting that lasted…") and its clause ("the morning session ran for…", "dans la
    matinée", a fronted "L'après-midi, …")."""
    span = site.span
    root = span.root
    head = root.head
    figure = set(range(span.start, span.end))
    own = _own(root) + [head] + [c for c in head.children if c.dep_ not in _OWN_CLAUSE_STOP]
    for tok in site.antecedent:
        own += _own(tok)
    clause = [t for tok in site.subjects for t in _own(tok)] + _fronted(span.sent, span.start)
    for tok in site.verb.children:
        if tok.dep_ in ("obl:mod", "obl", "npadvmod", "prep") and tok.i not in figure:
            clause += _own(tok)
    return own, clause


def _working_meal(article: Article, key: str | None, words: list[Any]) -> str | None:
    """« un dîner de travail », "a working dinner": a part of the talks."""
    meal_parts: dict[str, str] = lexicon("subjects", article.lang).get("meal_parts", {})
    if key in meal_parts and any(t.lower_ in _word_set(article.lang, "working") for t in words):
        return f"talks.{meal_parts[key]}"
    return None


def _by_default(article: Article, previous: str | None) -> Measured:
    """A figure nothing names: the previous figure's subject, else the article's main event."""
    if previous:
        return Measured(previous, PREVIOUS)
    return Measured(_main_subject(article), MAIN_EVENT)


def _refined(
    article: Article, key: str, amount: Amount, part: str | None, is_part: bool, sent: Any
) -> str:
    """The subject as a topic: weeks of talks are the negotiations, a part of the talks is
    its own (``talks.morning``, ``talks.part``), a race time is one runner's."""
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


def _measured(
    article: Article, doc: Any, amount: Amount, previous: str | None
) -> Measured | None:
    """What the duration measures (None: a long span that names nothing — a wait, a gap)."""
    table = _duration_table(article.lang, amount.nominal < WEEK)
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        if amount.measures:
            return Measured(amount.measures, FIXED_PHRASE)
        return _by_default(article, previous)
    site = _site(doc, span)
    is_part = _is_part(article, doc, span)
    key: str | None = None
    rule: str | None = None
    named = False
    if found := _named(article, table, amount, site):
        (key, rule), named = found, True
    elif unnamed := _unnamed(article, doc, table, site, is_part, previous):
        key, rule, named = unnamed
    if _no_length(article, doc, amount, site):
        return None
    if amount.nominal >= MONTH and not named:
        pronoun = any(c.pos_ == "PRON" for c in site.subjects)
        key = _named_before(article, doc, span.sent) if pronoun else _long_subject(article)
        if key is None:
            return None  # "il a fallu attendre près de trois ans": a gap, not a length
        rule = LONG_LIVED
    own, clause = _scopes(site)
    figure = range(span.start, span.end)
    part = _part_of(article, [t for t in own if t.i not in figure]) or _part_of(
        article, [t for t in clause if t.i not in figure]
    )
    if key is None and part is not None:
        key, rule = "talks", PART_OF_TALKS
    if meal := _working_meal(article, key, own + clause):
        return Measured(meal, WORKING_MEAL)
    if key is None or rule is None:
        default = _by_default(article, previous)
        key, rule = default.subject, default.rule
    return Measured(_refined(article, key, amount, part, is_part, span.sent), rule)


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
