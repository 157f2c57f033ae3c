"""The article's named people, for the owners and riders of its vehicles."""

from __future__ import annotations

import re
from typing import Any

from reconcile.extract.context import Article
from reconcile.extract.mentions.lexicon import fold_case, lexicon_for
from reconcile.extract.mentions.people import Person, by_side, people_of, person_named, principals
from reconcile.extract.vehicles.words import _families, _low, _model_side, _norm
from reconcile.lang.roles import role_ancestors, role_key

# ------------------------------------------------------------------ the article's people


class _People:
    """The article's named people, computed once per article when a vehicle needs them."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._people: list[Person] | None = None
        self._leads: list[Person] = []

    def _load(self) -> list[Person]:
        if self._people is None:
            sents = [(s, _norm(s.text), s.start_char) for s in self.article.sentences()]
            self._people = people_of(self.article, sents)
            self._leads = principals(self.article, self._people, sents)
            self._sides_from_mentions(self._people)
        return self._people

    def _sides_from_mentions(self, people: list[Person]) -> None:
        """A side the participant claims lack, from a side word just before the person's
        first mention on its line ("Russian President X", « le président russe X »)."""
        lex = lexicon_for(self.article.lang)
        text = self.article.text
        for person in people:
            if person.side is not None:
                continue
            at = text.find(person.name.split()[-1])
            if at < 0:
                continue
            line_start = text.rfind("\n", 0, at) + 1
            person.side = lex.side(text[max(line_start, at - 40) : at])

    def _role_of(self, phrase: str, words: dict[str, Any]) -> str | None:
        low = _low(phrase)
        roles = words.get("owner_roles") or {}
        found = next(
            (str(key) for key, forms in roles.items()
             if any(re.search(rf"(?<!\w){re.escape(str(f).lower())}(?!\w)", low) for f in forms)),
            None,
        )
        if found is None:  # the role taxonomy's names for a leader (« le chef du Kremlin »)
            taxonomy = role_key(phrase, self.article.lang)
            found = taxonomy if taxonomy in roles else None
        return found

    def role_owner(
        self, phrase: str, context: str, words: dict[str, Any]
    ) -> tuple[str | None, str | None, str | None]:
        """« présidentielle russe », « du Premier ministre » (side from ``context``), "the
        Russian leader": ``(name, role, side)``: the one named person of that side and
        role, else no name but the role and side the phrase says (the alignment stage
        may find the person in other sources)."""
        role = self._role_of(phrase, words)
        if role is None:
            return None, None, None
        lex = lexicon_for(self.article.lang)
        people = self._load()
        side = lex.side(phrase) or _model_side(phrase)
        if side is None:
            # a nationality the side list lacks (« présidentielle kazakhe ») before a side
            # word elsewhere in the sentence (« jusqu'à l'Élysée »)
            found_by_nationality = self._by_nationality(phrase, role, words)
            if found_by_nationality is not None:
                return found_by_nationality, role, None
            holders = [p for p in people if p.role and role_key(p.role) == role]
            if len(holders) == 1:  # « du Premier ministre »: the article's one
                return holders[0].name, role, holders[0].side
            side = lex.side(context)
        if side is not None:
            leads = [p for p in self._leads if p.side == side]
            if len(leads) == 1:  # the principal of that side owns the presidential car
                return leads[0].name, role, side
            # no guess from the form of a name: a surname ending says nothing an editor
            # can check about a person's side
            found = by_side(people, self._leads, side, role)
            return (found.name if found else None), role, side
        return None, role, None

    def _by_nationality(self, phrase: str, role: str, words: dict[str, Any]) -> str | None:
        """A nationality the side list does not know (« présidentielle kazakhe », "the
        Brazilian presidential jet"): the one person whose own mention carries the same
        adjective (« le président kazakh X », "Brazilian President X"), by word stem."""
        skip = {_low(str(f)) for fs in (words.get("owner_roles") or {}).values() for f in fs}
        skip |= set(_families(self.article.lang)["noun"])
        stems = {
            fold_case(w).lower()[:5]
            for w in re.findall(r"[^\W\d_]{5,}", phrase)
            if _low(w) not in skip
        }
        if not stems:
            return None
        owners = [p.name for p in self._load() if stems & self._mention_stems(p)]
        if len(owners) > 1:  # « Côté kazakh, le ministre … »: the one of the role
            roles = {p.name: p.role for p in self._load()}
            owners = [o for o in owners if roles.get(o) == role] or owners
        return owners[0] if len(owners) == 1 else None

    def _mention_stems(self, person: Person) -> set[str]:
        """Word stems around every mention of a person (the first may be a headline): the
        words before it, and an apposition after it up to the clause end (« X, président
        du Kazakhstan, »)."""
        text = self.article.text
        found: set[str] = set()
        for m in re.finditer(re.escape(person.name.split()[-1]), text):
            at = m.start()
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            after = ""
            if text[m.end() : m.end() + 1] == ",":  # an apposition, not the clause on
                after = re.split(r"[;:.()\u2013\u2014]", text[at : min(line_end, at + 70)])[0]
            near = text[max(line_start, at - 40) : at] + " " + after
            found |= {fold_case(w).lower()[:5] for w in re.findall(r"[^\W\d_]{5,}", near)}
        return found

    def holder(self, phrase: str) -> str | None:
        """The article's one person whose role is the phrase's role or a narrower one
        (« la ministre » → the interior minister, when she is the only minister)."""
        key = role_key(phrase, self.article.lang)
        if key is None:
            return None
        found = [p for p in self._load()
                 if p.role and (p.role == key or key in role_ancestors(p.role))]
        return found[0].name if len(found) == 1 else None

    def is_person(self, text: str) -> bool:
        return person_named(self._load(), text) is not None

    def named(self, text: str) -> str:
        person = person_named(self._load(), text)
        return person.name if person else text
