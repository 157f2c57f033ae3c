"""``event.participants``: one claim per person (or role group) per article.

People are found by NER (PER / PERSON), by a role title in front of a
capitalised name (« le ministre des Affaires étrangères Paul Morel »,
"Treasury aide Jane Booth") or after it (« Marie Durand, ministre des
Finances »), by an honorific (« M. Morel ») and, once a person is known, by
the surname alone. Later mentions link to the earlier full name; the claim
takes the strongest presence seen (present > absent > expected > mentioned)
and quotes the mention that shows it; its ``rule`` is the one that decided that
mention's presence (``participants/rules.py``: ``participant.met_verb``,
``participant.denied_presence``, …).

Roles with no name (« en présence des ministres des Affaires étrangères »)
give claims with ``name=None`` and subject ``role:<key>``.

Words: ``extract/data/participants.yaml`` (roles, sides, presence cues) and
``extract/data/attribution.yaml`` (speech verbs, negation, expectation).
"""

from __future__ import annotations

from collections.abc import Iterator

from reconcile.extract.context import Article, lexicon
from reconcile.extract.mentions.lexicon import Lexicon, lexicon_for
from reconcile.extract.participants.groups import (
    _claim,
    _counted,
    _dateline,
    _group_side,
    _is_person,
    _keep_mention,
    _resolve_singular_roles,
    _thing_words,
    find_mentions,
)
from reconcile.extract.participants.mentions import Finder, Group, Mention
from reconcile.extract.registry import extractor
from reconcile.lang.roles import role_fits
from reconcile.models import Claim

__all__ = ["participant_claims"]


def participant_claims(article: Article) -> Iterator[Claim]:
    if article.lang not in ("fr", "en") and not lexicon("participants", article.lang):
        return
    finder, everything = find_mentions(article)
    lex = lexicon_for(article.lang)
    people = _people(article, finder, lex)
    _resolve_singular_roles(article, everything, people, lex.definite)
    person_roles: list[str] = []
    for group in people:
        role = next((m.role for m in group.mentions if m.role), None)
        if role:
            person_roles.append(role)
        yield _claim(article, group.name, group.mentions, name=group.name, role=role,
                     side=_group_side(group), plural=False)
    yield from _role_claims(article, everything, people, person_roles, lex)


def _people(article: Article, finder: Finder, lex: Lexicon) -> list[Group]:
    """The finder's groups that are people, each with the mentions kept."""
    dateline = _dateline(article)
    people: list[Group] = []
    dropped: list[Mention] = []
    for group in finder.groups:
        kept = [m for m in group.mentions if _keep_mention(article, m, lex, dateline)]
        dropped += [m for m in group.mentions if m not in kept]
        group.mentions = kept
    things_in = _thing_words(article, lex, dropped) | finder.thing_words
    for group in finder.groups:
        if group.mentions and _is_person(article, group, lex, things_in):
            people.append(group)
    return people


def _role_claims(article: Article, everything: list[Mention], people: list[Group],
                 person_roles: list[str], lex: Lexicon) -> Iterator[Claim]:
    """One claim per role group with no name (« les ministres des Affaires étrangères »)
    that the article's named people do not stand for."""
    by_role: dict[str, list[Mention]] = {}
    for mention in everything:
        if mention.name is None and mention.role is not None and mention.plural:
            by_role.setdefault(mention.role, []).append(mention)
    claimed_roles = {r for r, found in by_role.items() if any(m.presence != "mentioned"
                                                              for m in found)}
    for role, found in by_role.items():
        # a singular role ("le président russe") refers to someone, it names no group;
        # a group only talked about ("les ministres n'ont rien dit") is no participant
        mentions = [m for m in found if m.presence != "mentioned"]
        if not mentions:
            continue
        # a group whose members the article names (« les ministres » after a named
        # minister, "the two leaders") is claimed through those people
        if any(role_fits(role, held) for held in person_roles):
            continue
        if any(_counted(m, lex) and len(people) >= 2 for m in mentions):
            continue
        # « les ministres » after « les ministres des Affaires étrangères »: the wider
        # group refers back to the narrower one claimed in the article
        if any(other != role and role_fits(role, other) for other in claimed_roles):
            continue
        sides = {m.side for m in mentions if m.side}
        yield _claim(article, f"role:{role}", mentions, name=None, role=role,
                     side=sides.pop() if len(sides) == 1 else None,
                     plural=any(m.plural for m in mentions))


@extractor("participants")
def participants(article: Article) -> Iterator[Claim]:
    yield from participant_claims(article)
