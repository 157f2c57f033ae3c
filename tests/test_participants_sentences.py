"""Participants across sentence edges, role keys of company heads, and the
per-document tables of attribution (speech verbs, quotes, sentence index).

Texts are written for these tests (other events, other wording than the corpus).
"""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.extract.attribution import (
    ancestors_of,
    claimant_of,
    head_of,
    index_sentences,
)
from reconcile.extract.context import Article
from reconcile.extract.nlp import load_pipeline
from reconcile.lang.roles import role_key
from reconcile.models import Claim, Region, Source
from reconcile.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def pipelines() -> dict[str, Any]:
    return {lang: load_pipeline(lang, tuple(SETTINGS.models[lang])) for lang in ("fr", "en")}


def _article(pipelines: dict[str, Any], lang: str, title: str, body: str) -> Article:
    text = f"{title}\n\n{body}" if title else body
    regions = [Region(start=0, end=len(title), kind="title")] if title else []
    start = len(title) + 2 if title else 0
    regions.append(Region(start=start, end=len(text), kind="body"))
    source = Source(id="t", path="t.txt", text=text, content_hash="0", lang=lang,
                    regions=regions)
    return Article(source=source, doc=pipelines[lang](text), settings=SETTINGS)


def _people(art: Article) -> dict[str, Claim]:
    from reconcile.extract.participants import participant_claims

    return {c.subject: c for c in participant_claims(art)}


# ---------------------------------------------------------------- role keys

@pytest.mark.parametrize(("phrase", "lang", "key"), [
    ("présidente-directrice générale", "fr", "ceo"),
    ("la présidente-directrice générale de Lactalys", "fr", "ceo"),
    ("le PDG du groupe", "fr", "ceo"),
    ("directrice générale", "fr", "ceo"),
    ("chief executive", "en", "ceo"),
    ("the chief executive of Norbridge", "en", "ceo"),
    ("présidente du conseil d'administration", "fr", "chairman"),
    ("board chair", "en", "chairman"),
    # must not: a head of state stays a president
    ("la présidente", "fr", "president"),
    ("the president", "en", "president"),
])
def test_role_keys(phrase: str, lang: str, key: str) -> None:
    assert role_key(phrase, lang) == key


# ---------------------------------------------------------------- sentence edges

def test_head_of_never_leaves_the_sentence(pipelines: dict[str, Any]) -> None:
    art = _article(pipelines, "fr", "Lisbonne : les ministres se séparent sans accord",
                   "La ministre portugaise Inês Carvalho et son homologue espagnol Pablo "
                   "Ortega se sont retrouvés jeudi à Lisbonne.")
    index_sentences(art)
    sents = art.sentences()
    for k, sent in enumerate(sents):
        for tok in sent:
            for anc in [head_of(tok), *ancestors_of(tok)]:
                assert sents[k].start <= anc.i < sents[k].end


def test_head_of_without_index_is_the_parser_head(pipelines: dict[str, Any]) -> None:
    doc = pipelines["en"]("The mayor met the governor on Monday.")
    assert all(head_of(t) == t.head for t in doc)


@pytest.mark.parametrize(("lang", "title", "body", "present", "absent_names"), [
    ("fr", "Lisbonne : les ministres se quittent sans accord",
     "La ministre portugaise Inês Carvalho a reçu jeudi à Lisbonne le ministre espagnol "
     "Pablo Ortega pour trois heures de discussions.",
     ["Inês Carvalho", "Pablo Ortega"], []),
    ("en", "Ministers part ways without a deal in Lisbon",
     "Economy minister Ines Carvalho met Spanish minister Pablo Ortega "
     "in Lisbon on Thursday for three hours of talks.",
     ["Ines Carvalho", "Pablo Ortega"], []),
    ("fr", "Naufrage au large de Brest : le préfet maritime salue les sauveteurs",
     "Le préfet maritime Alain Keraudren s'est rendu mardi sur le quai de Brest où il a "
     "rencontré les équipages.",
     ["Alain Keraudren"], []),
    ("en", "Fire chief praises crews after warehouse blaze",
     "Fire chief Dana Whitfield arrived at the warehouse shortly after midnight and "
     "directed the crews.",
     ["Dana Whitfield"], []),
])
def test_lead_names_get_their_own_verb(pipelines: dict[str, Any], lang: str, title: str,
                                       body: str, present: list[str],
                                       absent_names: list[str]) -> None:
    people = _people(_article(pipelines, lang, title, body))
    for name in present:
        assert name in people, (name, list(people))
        assert people[name].value.presence == "present", (name, people[name].value)
    for name in absent_names:
        assert name not in people


@pytest.mark.parametrize(("lang", "title", "body", "name"), [
    # the title's verb of meeting never makes a commentator present
    ("fr", "Les deux dirigeants se sont rencontrés à Oslo",
     "Le diplomate norvégien Henrik Solberg a estimé mercredi à la radio que la rencontre "
     "ne changera rien.",
     "Henrik Solberg"),
    ("en", "Leaders meet in Oslo for first summit",
     "Analyst Henrik Solberg said the meeting would change little.",
     "Henrik Solberg"),
])
def test_title_verb_does_not_place_a_commentator(pipelines: dict[str, Any], lang: str,
                                                 title: str, body: str, name: str) -> None:
    people = _people(_article(pipelines, lang, title, body))
    assert name in people
    assert people[name].value.presence == "mentioned"


# ---------------------------------------------------------------- attribution tables

@pytest.mark.parametrize(("lang", "text", "stretch", "who"), [
    ("fr", "« Nous avons avancé », a déclaré Marta Ruiz après la réunion. "
           "Le bilan reste lourd, a ajouté le maire Paul Girard.", "Le bilan reste lourd",
     "Paul Girard"),
    ("en", '"We made progress," Marta Ruiz said after the meeting. '
           "The toll remains heavy, Mayor Paul Girard added.", "The toll remains heavy",
     "Paul Girard"),
    ("en", "The plant will close in March, according to the union. "
           "Production stopped last week.", "The plant will close", "union"),
])
def test_claimant_with_cached_tables(pipelines: dict[str, Any], lang: str, text: str,
                                     stretch: str, who: str) -> None:
    source = Source(id="t", path="t.txt", text=text, content_hash="0", lang=lang,
                    regions=[Region(start=0, end=len(text), kind="body")])
    art = Article(source=source, doc=pipelines[lang](text), settings=SETTINGS)
    start = text.index(stretch)
    sent = next(s for s in art.sentences() if s.start_char <= start < s.end_char)
    first = claimant_of(art, sent, start, start + len(stretch))
    again = claimant_of(art, sent, start, start + len(stretch))  # from the cached tables
    assert first == again
    assert first is not None and who in first
    if who != "union":  # found through a speech verb: the table was built once
        assert art.doc.user_data.get("reconcile.speech_verbs")


def test_no_claimant_for_a_plain_statement(pipelines: dict[str, Any]) -> None:
    text = "The bridge reopened on Monday after repairs. Traffic resumed at noon."
    source = Source(id="t", path="t.txt", text=text, content_hash="0", lang="en",
                    regions=[Region(start=0, end=len(text), kind="body")])
    art = Article(source=source, doc=pipelines["en"](text), settings=SETTINGS)
    start = text.index("Traffic")
    sent = art.sentences()[-1]
    assert claimant_of(art, sent, start, start + 7) is None
