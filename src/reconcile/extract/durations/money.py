"""What a money or percent figure measures: a known measure word near it, else the noun it
hangs on; with whose it is, the company named with it, and which way it moved."""

from __future__ import annotations

from typing import Any

from reconcile.extract.amounts import Amount
from reconcile.extract.context import Article
from reconcile.extract.durations.words import (
    MEASURED_WORD,
    VALUE_OF_NOUN,
    _nouns,
    _subject_key,
    _verb_of,
    _word_set,
)


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


def _measured_thing(
    article: Article, doc: Any, amount: Amount, unit: Any
) -> tuple[str, str] | None:
    """What a money or percent figure measures (and the rule that said so): the nearest
    known noun or verb in its sentence ("un prix de 4,2 milliards d'euros" → price), with the
    entity named in that noun phrase and the direction when the figure moved ("Harwick share
    price rise"), else the noun it hangs on."""
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
        hung = _hung_on(article, figure, amount) if figure is not None else None
        return (hung, VALUE_OF_NOUN) if hung is not None else None
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
    return " ".join(parts), MEASURED_WORD


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
