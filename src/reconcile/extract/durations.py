"""``event.duration`` and ``quantity``: hedged figures, and what they measure.

The figures come from ``amounts.find_amounts`` (pure text); this module decides
*what* was measured or counted, with the words per language in
``data/subjects.yaml``:

- a duration's subject is the noun it measures (its head, the clause's subject,
  a relative clause's antecedent, the verb itself: "the ground shook for…"),
  and, for the talks, *which part*: a time of day or a part word in the
  figure's own clause (``talks.morning``, ``talks.lunch``, ``talks.part``);
  a duration that names nothing stands for the article's main event (the
  subject its words name most often). Talks that last a week or more are the
  negotiations (a process), not a sitting. A duration of a month or more is
  kept only when its clause names what it measures ("job cuts spread over three
  years"), never for a wait or a gap ("il a fallu attendre trois ans");
- a count's subject is the counted noun (a compound's head: "family tents" →
  tents), a people count by its verb ("9,000 people employed" → employees,
  "people were killed" → deaths), what happened to the counted things
  ("homes destroyed"), and, when the sentence restricts it to one place ("In X
  alone"), that place ("deaths in X");
- a money or percent figure is what it measures (price, revenue, share price),
  with the company or body named in that noun phrase ("Harwick shares") and its
  direction ("rise" / "fall") when the verb says the figure moved; the
  currency or "percent" goes to ``QuantityValue.unit`` so that the same price
  in euros and in dollars is not compared;
- a football score ("2-1") in a sentence about a game is a ``score`` quantity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from reconcile.extract.amounts import Amount, find_amounts, interval
from reconcile.extract.context import Article, doc_text, lexicon, person_key
from reconcile.extract.registry import extractor
from reconcile.models import Claim, DurationValue, QuantityValue

MONTH = 43_200  # minutes; longer durations need a named subject
YEAR = 525_600  # minutes; an elapsed span this long is a state, not the event
WEEK = 10_080
_PARTED = ("talks", "negotiations", "event")  # subjects that have parts (a morning, a lunch)
_PERSONAL = ("race",)  # subjects measured per person: a race time is one runner's
_OWN_CLAUSE_STOP = {"relcl", "acl:relcl", "advcl", "ccomp", "parataxis", "acl", "punct"}
_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,2})[-–](\d{1,2})(?![\w,:/-]|\.\d)")
# a match in sets: « 6-4, 3-6, 7-6 (7-5) », "6-4 3-6 7-6 (5)": one score, tie-breaks dropped
_SET = r"\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))?"
_SETS = re.compile(rf"(?<![\w.,:/-]){_SET}(?:,?\s{_SET})+(?![\w:/-]|[.,]\d)")
_TIEBREAK = re.compile(r"\s?\(\d{1,2}(?:[-–]\d{1,2})?\)")
_STATE_DEPS = ("amod", "acl", "advcl", "appos")
_PLACE_DEPS = ("pobj", "obl", "obl:mod", "nmod", "obl:arg")


def _nouns(article: Article, section: str) -> dict[str, str]:
    """word or lemma → subject key, for one section of subjects.yaml."""
    return _noun_table(article.lang, section)


@cache
def _noun_table(lang: str, section: str) -> dict[str, str]:
    # built once per language: it is read for every figure of every article
    table: dict[str, str] = {}
    for key, words in lexicon("subjects", lang).get(section, {}).items():
        for word in words:
            table[word.lower()] = key
    return table


@cache
def _duration_table(lang: str, short: bool) -> dict[str, str]:
    """The duration subjects; a figure under a week never measures a contract or a term
    ("sans accord, après cinq heures de négociations")."""
    table = _noun_table(lang, "durations")
    if not short:
        return table
    long_only = _word_set(lang, "long_only")
    return {word: key for word, key in table.items() if key not in long_only}


@cache
def _word_set(lang: str, section: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("subjects", lang).get(section, []))


def _subject_key(token: Any, table: dict[str, str]) -> str | None:
    for form in (token.lower_, token.lemma_.lower()):
        if form in table:
            return table[form]
    return None


def _verb_of(token: Any) -> Any:
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb


def _own(token: Any) -> list[Any]:
    """The token and its descendants, without the clauses hanging off it."""
    out = [token]
    for child in token.children:
        if child.dep_ not in _OWN_CLAUSE_STOP:
            out.extend(_own(child))
    return out


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


def _is_reference(doc: Any, amount: Amount) -> bool:
    """ "les deux présidents", "the two leaders": a definite phrase names, it does not count."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    # French contractions ("des", "aux") are ADP with Definite=Def
    return before.pos_ in ("DET", "ADP") and (
        "Def" in before.morph.get("Definite")
        or "Yes" in before.morph.get("Poss")
        or before.lower_ in ("the", "these", "those", "their", "its", "our")
    )


def _unit_token(doc: Any, amount: Amount) -> Any | None:
    if amount.unit_start is None or amount.unit_end is None:
        return None
    span = doc.char_span(amount.unit_start, amount.unit_end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    # "300 family tents": a compound's head is what is counted; "two dozen mounted
    # guards": so is a modifier's
    while (
        token.dep_ in ("compound", "amod")
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i > token.i
        and token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
    ):
        token = token.head
    return token


def _counted(article: Article, doc: Any, amount: Amount) -> tuple[str, str | None] | None:
    """(subject, unit) of a count; None when the figure counts nothing worth a claim."""
    if amount.unit_start is None or amount.unit_end is None:
        return None
    unit = _unit_token(doc, amount)
    if unit is None:
        return None
    written_root = doc.char_span(amount.unit_start, amount.unit_end, alignment_mode="expand").root
    if written_root.pos_ == "PROPN" and written_root != unit and amount.nominal == 1:
        return None  # "one London brokerage": a number word before a name
    words = article.words("subjects")
    measures = set(words.get("measure_units", []))
    units = _nouns(article, "unit_keys")
    written = doc_text(doc)[amount.unit_start : amount.unit_end]
    forms = {unit.lower_, unit.lemma_.lower(), written.lower(), (amount.unit or "").lower()}
    if forms & measures or written.lower() in units:
        # "4,2 milliards d'euros", "12 %", "20 per cent": the unit says how it is
        # measured, not what
        thing = _measured_thing(article, doc, amount, unit)
        if thing is None:
            return None
        unit_key = (
            units.get(written.lower())
            or units.get((amount.unit or "").lower())
            or units.get(unit.lower_)
            or unit.lower_
        )
        return thing, unit_key
    physical = _nouns(article, "physical_units")
    measure = physical.get(written.lower()) or physical.get(written)
    if measure is not None:
        return _physical(article, doc, amount, measure), measure
    table = _nouns(article, "counts")
    known = _subject_key(unit, table)
    parties = _word_set(article.lang, "parties")
    if known is None and {unit.lower_, unit.lemma_.lower()} & parties and amount.nominal <= 2:
        return None  # "the two countries", « les deux camps »: the parties, not a figure
    if known is None and (_is_reference(doc, amount) or unit.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return None
    if known is None and unit.pos_ == "PROPN":
        return None  # "one London brokerage": a number word before a name
    if unit.lower_ in _word_set(article.lang, "principals"):
        return None  # "two presidents": the event's principals, named, not counted
    key = known or str(unit.lemma_.lower())
    named = (
        str(written_root.text) if written_root != unit and written_root.text[:1].isupper() else None
    )  # "15,000 Northgate fans", whatever the tagger makes of "Northgate"
    side = named or _entity_of(unit) or _side_of(unit)
    if key == "spectators" and side and unit.lower_ in _word_set(article.lang, "sided"):
        key = f"{side} supporters"  # "15,000 Northgate fans": one side's, not the crowd
    verb = _verb_of(unit)
    if key == "people":
        by_verb = _nouns(article, "counts_by_verb")
        following = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        key = (
            (_subject_key(verb, by_verb) if verb != unit else None)
            or (_subject_key(following, table) if following is not None else None)
            or key
        )
    if key in ("people",) and _is_reference(doc, amount):
        return None
    outcomes = _nouns(article, "count_outcomes")
    outcome = _subject_key(verb, outcomes) if verb != unit else None
    # "11 injured firefighters", « 11 pompiers blessés »: the state is in the phrase
    outcome = outcome or next(
        (k for c in unit.children if c.dep_ in _STATE_DEPS and (k := _subject_key(c, outcomes))),
        None,
    )
    if outcome and key not in ("deaths", "injured", "displaced", "missing", "employees"):
        key = f"{key} {outcome}"
    if place := _only_in(article, unit.sent):
        key = f"{key} in {place}"
    return key, None


def _physical(article: Article, doc: Any, amount: Amount, measure: str) -> str:
    """What a length, area or mass measures, never the unit symbol: the noun it qualifies
    (« un front de 12 km », "a 2.8-tonne satellite", "at a depth of 10 km"), what its verb
    did ("3,400 hectares burned" → area burned), the noun its verb sets ("the quota was set
    at 99,000 t"), else the dimension (distance, area, mass) with the verb that gives it
    (never one bare dimension for two different measurements of a story)."""
    span = doc.char_span(amount.unit_start, amount.unit_end, alignment_mode="expand")
    dimension = str(lexicon("subjects", article.lang).get("dimensions", {}).get(measure, measure))
    if span is None:
        return dimension
    token = span.root
    physical = _nouns(article, "physical_units")
    nouns = _nouns(article, "physical_nouns")
    head = token.head
    if head.pos_ == "ADP" and head.head != head:
        head = head.head  # "a depth of 10 km"
    qualifies = head != token and head.pos_ in ("NOUN", "PROPN")
    if qualifies and _subject_key(head, physical) is None and head.lower_ not in physical:
        known = _subject_key(head, nouns) or _subject_key(head, _nouns(article, "counts"))
        return known or str(head.lemma_.lower())
    verb = _verb_of(token)
    by_verb = _nouns(article, "physical_by_verb")
    # "3,400 ha burned", « 3 400 ha brûlés »: the verb or the participle in the phrase
    doers = [verb] if verb != token else []
    doers += [c for c in token.children if c.dep_ in _STATE_DEPS]
    burned = next((k for t in doers if (k := _subject_key(t, by_verb))), None)
    if burned is not None and dimension == "area":
        return burned
    # "the quota was set at 99,000 t", "measured its depth at…"
    named = [c for c in verb.children if c.dep_.startswith("nsubj") or c.dep_ in ("obj", "dobj")]
    for child in named if verb != token else []:
        if key := _subject_key(child, nouns):
            return key
    if verb != token and verb.pos_ in ("VERB", "AUX"):
        # what was measured is not named: its verb at least keeps two different
        # measurements apart ("rose five metres" vs "crested at 7.4 metres")
        return f"{dimension} ({verb.lemma_.lower()})"
    return dimension


def _only_in(article: Article, sent: Any) -> str | None:
    """The one place a count is restricted to: "In X alone", "in the village of X"."""
    cues = _word_set(article.lang, "subcount_cues")
    localities = _word_set(article.lang, "localities")
    for tok in sent:
        if tok.pos_ != "PROPN" or tok.dep_ not in _PLACE_DEPS:
            continue
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        near = {t.lower_ for t in sent[max(0, tok.i - sent.start - 3) : tok.i - sent.start + 4]}
        by_locality = head.lower_ in localities and _case_word(head) in ("in", "à", "dans")
        if (near & cues and _case_word(tok) in ("in", "à", "dans")) or by_locality:
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            return str(ent.text if ent is not None else tok.text)
    return None


def _case_word(token: Any) -> str | None:
    """The preposition of a noun: "in" for "in Quilcamayo", "à" for "à Quilcamayo"."""
    if token.dep_ == "pobj":
        return str(token.head.lower_)
    for child in token.children:
        if child.dep_ == "case":
            return str(child.lower_)
    return None


def _side_of(token: Any) -> str | None:
    """An adjective that makes a group one part of the crowd: « supporters anglais »."""
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.pos_ in ("ADJ", "PROPN"):
            return str(child.lower_)
    return None


def _entity_of(token: Any) -> str | None:
    """A company or body named in the noun phrase: "Harwick shares", "le titre Harwick"."""
    for child in token.children:
        # a name, whatever the tagger makes of it ("le titre Orion", "Orion shares")
        proper = child.pos_ == "PROPN" or (
            child.text[:1].isupper() and (child.i > child.sent.start or child.dep_ == "compound")
        )
        if proper and child.dep_ in (
            "compound",
            "nmod",
            "appos",
            "flat:name",
            "poss",
            "nmod:poss",
        ):
            return str(child.text)
    return None


def _measured_thing(article: Article, doc: Any, amount: Amount, unit: Any) -> str | None:
    """What a money or percent figure measures: the nearest known noun or verb in its
    sentence ("un prix de 4,2 milliards d'euros" → price), with the entity named in
    that noun phrase and the direction when the figure moved ("Harwick share price rise")."""
    table = _nouns(article, "measured")
    sent = unit.sent
    figure = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    centre = figure.start if figure is not None else unit.i
    moved = _verb_of(figure.root if figure is not None else unit)
    # the subject of the verb the figure hangs on first ("le titre X a reculé de 3 %"),
    # then the nearest known word
    verbs = _nouns(article, "measured_verbs")
    # then a word of the figure's own noun phrase ("a 20% pay increase": pay, not the verb
    # "demanding"), then the nearest known word
    phrase = figure.root.head if figure is not None else unit
    found = sorted(
        (
            not (t.head == moved and t.dep_.startswith("nsubj")),
            not (t == phrase or (t.head == phrase and t.dep_ in ("compound", "amod"))),
            abs(t.i - centre),
            t.i,
            key,
            t,
        )
        for t in sent
        if t.pos_ in ("NOUN", "VERB", "PROPN", "AUX", "ADJ")
        # "agreed to pay €450 million" is a price, "a 20% pay demand" is pay
        and (key := _subject_key(t, verbs if t.pos_ in ("VERB", "AUX") else table))
    )
    if not found:
        return _hung_on(article, figure, amount) if figure is not None else None
    key, token = found[0][4], found[0][5]
    if key in _word_set(article.lang, "qualified"):
        owner = _owner(article, token)
        if owner:
            key = f"{owner} {key}"  # "a mission costing €450 million": the mission's cost
    entity = _entity_of(token)
    direction = None
    own = [figure.root.head, token] if figure is not None else [token]
    for tok in (*own, moved, *moved.children):
        lemma = tok.lemma_.lower()
        if lemma in _word_set(article.lang, "rise") or tok.lower_ in _word_set(
            article.lang, "rise"
        ):
            direction = "rise"
        elif lemma in _word_set(article.lang, "fall") or tok.lower_ in _word_set(
            article.lang, "fall"
        ):
            direction = "fall"
        if direction:
            break
    parts = [p for p in (entity, key, direction) if p]
    return " ".join(parts)


def _hung_on(article: Article, figure: Any, amount: Amount) -> str | None:
    """A money or percent figure whose measure no table knows: the noun it hangs on ("a
    €450 million mission", « un contrat de 4,5 milliards d'euros », "a package of €2
    billion"), or the subject of a verb of amounting ("inflation reached 4.2%", « l'amende
    s'élève à 12 millions d'euros »). Never the unit alone: None when there is no such noun.
    A sum of money is that noun's value ("contract value"); a percentage is the noun."""
    root = figure.root
    # up through the figure's own words ("€", "million", "%", "d'euros")
    while root.head != root and root.head.i in range(figure.start, figure.end):
        root = root.head
    head = root.head
    if head.pos_ == "ADP" and head.head != head:
        head = head.head  # "a package of €2 billion"
    noun = None
    if head != root and head.pos_ == "NOUN" and root.dep_ not in ("obj", "dobj", "attr"):
        noun = head
    elif head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _word_set(
        article.lang, "amount_verbs"
    ):
        noun = next(
            (c for c in head.children if c.dep_.startswith("nsubj") and c.pos_ == "NOUN"), None
        )
    if noun is None:
        return None
    key = next(
        (
            k
            for section in ("measured", "durations", "counts", "physical_nouns")
            if (k := _subject_key(noun, _nouns(article, section)))
        ),
        str(noun.lemma_.lower()),
    )
    money = _nouns(article, "unit_keys").get((amount.unit or "").lower()) != "percent"
    return f"{key} value" if money else key


def _owner(article: Article, token: Any) -> str | None:
    """Whose cost or value: the noun the word hangs on ("contracts worth…", « une mission
    coûtant… ») or the subject of its verb ("the mission will cost…"), as a language-neutral
    key where the tables know the noun."""
    nouns = [token.head] if token.dep_ in ("amod", "acl", "acl:relcl", "relcl", "nmod") else []
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        nouns.append(token.head.head)  # "contracts with a value of …"
    nouns += [c for c in token.children if c.dep_.startswith("nsubj")]
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun == token:
            continue
        for section in ("durations", "counts", "physical_nouns"):
            if key := _subject_key(noun, _nouns(article, section)):
                return key
        return str(noun.lemma_.lower())
    return None


def _quote_span(doc: Any, amount: Amount) -> tuple[int, int]:
    """The figure, with its verb when the verb comes right before it ("ont duré …")."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    start = amount.start
    if span is not None and span.start > 0:
        window = doc[max(0, span.start - 3) : span.start]
        verbs = [t for t in window if t.pos_ in ("VERB", "AUX") and t.sent == span.sent]
        if verbs:
            first = verbs[0]
            aux = [c for c in first.children if c.dep_.startswith("aux") and c.i < first.i]
            start = min([first.idx, *[a.idx for a in aux if a.i >= span.start - 4]])
    return start, amount.end


def _minutes(value: float) -> str:
    if value >= 1440 and value % 1440 == 0:
        days = round(value / 1440)
        if value % 525600 == 0:
            return f"{round(value / 525600)} y"
        return f"{days} d"
    hours, minutes = divmod(round(value), 60)
    if hours and minutes:
        return f"{hours} h {minutes:02d}"
    if value < 1:
        return f"{value * 60:g} s"
    return f"{hours} h" if hours else f"{minutes} min"


def _scores(article: Article, sent: Any) -> Iterator[tuple[int, int, str]]:
    """Final scores ("2-1", « 2-1 a.p. ») in a sentence about a game; not a score during
    play (« à 6-5 », "led 2-0 at half-time")."""
    cues = _word_set(article.lang, "score_cues")
    text = sent.text
    if not any(m for m in _SCORE.finditer(text)):
        return
    if not any(t.lower_ in cues or t.lemma_.lower() in cues for t in sent):
        return
    before = _word_set(article.lang, "score_in_play_before")
    after = _word_set(article.lang, "score_in_play_after")
    sets = list(_SETS.finditer(text))
    inside = [(m.start(), m.end()) for m in sets]
    for m in sorted([*sets, *(m for m in _SCORE.finditer(text)
                              if not any(a <= m.start() < b for a, b in inside))],
                    key=lambda m: m.start()):
        head = " ".join(text[: m.start()].lower().split()[-2:])
        tail = " " + " ".join(text[m.end() :].lower().split()[:3]) + " "
        if any(head == w or head.endswith(" " + w) for w in before) or any(
            tail.startswith(f" {w} ") for w in after
        ):
            continue  # « à 6-5 », "led 2-0", "1-0 at half-time": the state of play
        if m.re is _SETS:  # the sets as written, from the winner's side
            score = " ".join(_TIEBREAK.sub("", m.group(0)).replace(",", " ").split())
            yield sent.start_char + m.start(), sent.start_char + m.end(), score.replace("–", "-")
            continue
        a, b = int(m.group(1)), int(m.group(2))
        yield sent.start_char + m.start(), sent.start_char + m.end(), f"{max(a, b)}-{min(a, b)}"


@extractor("durations")
def extract_durations(article: Article) -> Iterator[Claim]:
    doc = article.doc
    sentences = article.sentences()
    readable = [(s.start_char, s.end_char) for s in sentences]
    previous: str | None = None
    for amount in find_amounts(doc_text(doc), article.lang, article.settings.bands):
        if not any(s <= amount.start < e for s, e in readable):
            continue
        if amount.kind == "duration":
            amount = _spanning(article, doc, amount)
            subject = _measured(article, doc, amount, previous)
            if subject is None:
                continue
            previous = subject.split(".")[0]
            start, end = _quote_span(doc, amount)
            hedge = f"{amount.hedge} " if amount.hedge else ""
            yield article.make_claim(
                "event.duration",
                subject,
                DurationValue(
                    min_minutes=amount.low, max_minutes=amount.high, nominal_minutes=amount.nominal
                ),
                f"{hedge}{_minutes(amount.nominal)}",
                start,
                end,
                hedge=amount.hedge,
            )
        else:
            counted = _counted(article, doc, amount)
            if counted is None:
                continue
            subject, unit = counted
            hedge = f"{amount.hedge} " if amount.hedge else ""
            shown = f" {unit}" if unit else f" {subject}"
            yield article.make_claim(
                "quantity",
                subject,
                QuantityValue(min=amount.low, max=amount.high, nominal=amount.nominal, unit=unit),
                f"{hedge}{amount.nominal:g}{shown}",
                min(amount.start, amount.unit_start or amount.start),
                max(amount.end, amount.unit_end or amount.end),
                hedge=amount.hedge,
            )
    seen: set[str] = set()
    for sent in sentences:
        for start, end, score in _scores(article, sent):
            if score in seen:
                continue  # one claim per score and article; the others repeat it
            seen.add(score)
            yield article.make_claim(
                "quantity",
                "score",
                QuantityValue(min=None, max=None, nominal=None, unit=f"score {score}"),
                f"score {doc_text(doc)[start:end]}",
                start,
                end,
            )
