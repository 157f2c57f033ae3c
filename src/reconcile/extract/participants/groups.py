"""From mentions to the article's people: the mentions of a sentence, scopes and sides,
plural roles, which groups are persons, the claim of a group."""

from __future__ import annotations

import re

from reconcile.extract.attribution import (
    ancestors_of,
    fold,
    head_of,
)
from reconcile.extract.context import Article, doc_ents
from reconcile.extract.mentions.lexicon import (
    NON_PERSON_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    RANK,
    SUBJECT_DEPS,
    Lexicon,
    Span,
    Token,
    fold_case,
    lexicon_for,
)
from reconcile.extract.participants.assess import assess
from reconcile.extract.participants.mentions import (
    Finder,
    Group,
    Mention,
    RoleHit,
    _lemma,
    _role_hits,
    _text,
    _tok,
    _with_determiner,
)
from reconcile.extract.participants.rules import SHARED_CLAUSE
from reconcile.lang.places import normalise_place
from reconcile.lang.roles import role_fits
from reconcile.models import Claim, ParticipantValue

SLOT = "event.participants"


def _scope_sides(article: Article, sent: Span, lex: Lexicon,
                 mentions: list[Mention], finder: Finder) -> None:
    """« Côté russe, … ; côté américain, … », "for Putin, …": sides by position."""
    marks = _scope_marks(sent, lex, mentions)
    _accompanied_sides(lex, mentions, finder)
    marks.sort()
    for mention in mentions:
        if mention.side is not None:
            continue
        before = [side for pos, side in marks if pos <= mention.anchor_start]
        if before and before[-1]:
            mention.side = before[-1]


def _scope_marks(sent: Span, lex: Lexicon,
                 mentions: list[Mention]) -> list[tuple[int, str | None]]:
    """Where a side scope (« côté russe, », "for Putin,") opens, and its side."""
    marks: list[tuple[int, str | None]] = []
    text = fold_case(sent.text)
    base = sent.start_char
    if lex.side_scopes is not None:
        for m in lex.side_scopes.finditer(text):
            word = next((v for k, v in m.groupdict().items() if v and k.startswith("side")), None)
            if word:
                marks.append((base + m.end(), lex.side_key(word)))
    if lex.person_scopes is not None:
        for m in lex.person_scopes.finditer(text):
            pos = base + m.end()
            target = next((x for x in mentions if x.anchor_start == pos and x.group), None)
            if target is not None and target.group is not None:
                marks.append((target.anchor_end, _group_side(target.group)))
    return marks


def _accompanied_sides(lex: Lexicon, mentions: list[Mention], finder: Finder) -> None:
    """"Putin, flanked by Lavrov": the side of the person accompanied."""
    for mention in mentions:
        if mention.side is None and mention.root is not None:
            for anc in ancestors_of(mention.root):
                if _tok(anc) in lex.accompany_heads or _lemma(anc) in lex.accompany_heads:
                    owner = _accompanied(anc, finder)
                    if owner is not None and owner is not mention and owner.group is not None:
                        mention.side = _group_side(owner.group)
                    break


def _accompanied(anc: Token, finder: Finder) -> Mention | None:
    """The person a word of accompanying (« entouré de », "flanked by") hangs on: its
    head, or that head's subject."""
    host = head_of(anc)
    owner = finder.by_token.get(host.i)
    if owner is None:
        subj = [c for c in host.children if c.dep_ in SUBJECT_DEPS]
        owner = finder.by_token.get(subj[0].i) if subj else None
    return owner


def _group_side(group: Group) -> str | None:
    for m in group.mentions:
        if m.role_side:
            return m.role_side
    for m in group.mentions:
        if m.side:
            return m.side
    return None


# --------------------------------------------------------------------------- claims


def _best(mentions: list[Mention]) -> Mention:
    return max(mentions, key=lambda m: (RANK[m.presence], m.role is not None, -m.start))


def _claim(article: Article, subject: str, mentions: list[Mention], *, name: str | None,
           role: str | None, side: str | None, plural: bool) -> Claim:
    best = _best(mentions)
    # a singular role resolved to the person (« le président tanzanien ») may be the
    # mention that shows the presence; the name stays the one written
    shown = best if best.name is not None or name is None else next(
        (m for m in mentions if m.name is not None), best)
    as_written = _text(article, shown.anchor_start, shown.anchor_end)
    value = ParticipantValue(name=name, as_written=as_written, role=role, side=side,
                             presence=best.presence, plural=plural)
    label = name or f"{role} (role)"
    extras = ", ".join(x for x in (role if name else None, side) if x)
    text = f"{label}{f' ({extras})' if extras else ''}: {best.presence}"
    claim = article.make_claim(SLOT, subject, value, text, best.start, best.end,
                               claimant=best.claimant, modality=best.modality)
    return claim.model_copy(update={"rule": best.rule})


def find_mentions(article: Article) -> tuple[Finder, list[Mention]]:
    lex = lexicon_for(article.lang)
    finder = Finder(article, lex)
    per_sentence = _sentence_hits(article, finder, _role_hits(article, lex))
    role_only = _role_only(article, per_sentence, lex)
    everything = sorted(finder.mentions + role_only, key=lambda m: m.start)
    for mention in everything:
        assess(article, mention, lex)
    _share_part_before(article, everything)
    _share_part_after(article, everything)
    _distribute_plural_roles(article, everything, lex)
    for sent, _hits in per_sentence:
        in_sent = [m for m in everything
                   if sent.start_char <= m.anchor_start < sent.end_char]
        _scope_sides(article, sent, lex, in_sent, finder)
    return finder, everything


def _sentence_hits(article: Article, finder: Finder,
                   all_hits: list[RoleHit]) -> list[tuple[Span, list[RoleHit]]]:
    """Each sentence with its role hits, after the finder has read it."""
    per_sentence: list[tuple[Span, list[RoleHit]]] = []
    k = 0
    for sent in article.sentences():
        while k < len(all_hits) and all_hits[k].start < sent.start_char:
            k += 1
        j = k
        while j < len(all_hits) and all_hits[j].start < sent.end_char:
            j += 1
        hits = [h for h in all_hits[k:j] if h.end <= sent.end_char]
        finder.sentence(sent, hits)
        per_sentence.append((sent, hits))
        k = j
    return per_sentence


def _role_only(article: Article, per_sentence: list[tuple[Span, list[RoleHit]]],
               lex: Lexicon) -> list[Mention]:
    """A mention for each role hit no name took."""
    role_only: list[Mention] = []
    for sent, hits in per_sentence:
        for hit in hits:
            if hit.used:
                continue
            role_only.append(Mention(sent=sent, start=_with_determiner(article, hit.start, lex),
                                     end=hit.end, anchor_start=hit.start, anchor_end=hit.end,
                                     name=None, role=hit.key, role_side=hit.side,
                                     plural=hit.plural))
    return role_only


def _share_part_before(article: Article, everything: list[Mention]) -> None:
    """« …, participent X ; côté américain, Y et Z. »: a verbless clause shares the verb
    before it."""
    for i, mention in enumerate(everything):
        if not mention.verbless or mention.presence != "mentioned":
            continue
        before = [m for m in everything[:i] if not m.verbless
                  and m.anchor_end <= mention.anchor_start]
        gap = article.text[before[-1].anchor_end : mention.anchor_start] if before else ""
        if before and ";" in gap and not re.search(r"[.!?\n]", gap):
            mention.presence, mention.modality = before[-1].presence, before[-1].modality
            mention.rule = SHARED_CLAUSE
        elif before and before[-1].name is not None and mention.name is not None and (
                re.fullmatch(r"\s*(?:,|,?\s*\b(?:et|and)\b)\s*", gap)):
            # « … par A et B. » parsed with B as a fragment of its own: B shares A's part
            mention.presence, mention.modality = before[-1].presence, before[-1].modality
            mention.rule = SHARED_CLAUSE


def _share_part_after(article: Article, everything: list[Mention]) -> None:
    """« A, et son homologue, B, se sont entretenus » parsed with A on no verb: A shares
    the part of the person coordinated after it."""
    for i, mention in enumerate(everything):
        if not mention.verbless or mention.presence != "mentioned" or mention.name is None:
            continue
        after = next((m for m in everything[i + 1:] if m.name is not None
                      and m.anchor_start >= mention.anchor_end), None)
        if after is None or after.sent.start != mention.sent.start or after.verbless:
            continue
        gap = article.doc.char_span(mention.anchor_end, after.anchor_start,
                                    alignment_mode="expand")
        words = article.text[mention.anchor_end : after.anchor_start]
        if gap is not None and _COORDINATION.match(words) and not any(
                t.pos_ in ("VERB", "AUX") for t in gap):
            mention.presence, mention.modality = after.presence, after.modality
            mention.rule = SHARED_CLAUSE



_COORDINATION = re.compile(r"\s*,?\s*(?:et|and)\b[^.;:!?\n]{0,80}$")


_JOINERS = re.compile(r"\s*(?:,|,?\s+(?:et|and)\s+)\s*$")


def _distribute_plural_roles(article: Article, everything: list[Mention], lex: Lexicon) -> None:
    """« Les présidents russe et américain, A et B », "the French and German ministers,
    A and B": the role goes to each name, and the sides to the names in their order."""
    if lex.side_re is None:
        return
    text = article.text
    for m in everything:
        if m.name is not None or not m.plural or m.role is None:
            continue
        comma = text.find(",", m.anchor_end, m.sent.end_char)
        if comma < 0 or "\n" in text[m.start:comma]:
            continue
        # the side words of the role phrase, before it or after it, up to the comma
        left = max(m.sent.start_char, text.rfind(",", m.sent.start_char, m.anchor_start) + 1)
        sides = [lex.side_key(w.group(0)) for w in lex.side_re.finditer(fold_case(
            text[left:comma]))]
        names = sorted((n for n in everything if n.name is not None
                        and comma < n.anchor_start < m.sent.end_char), key=lambda n: n.start)
        listed: list[Mention] = []
        at = comma
        for n in names:
            gap = text[at:n.anchor_start] if listed else text[at + 1:n.anchor_start]
            if (listed and not _JOINERS.fullmatch(gap)) or (not listed and gap.strip()):
                break
            listed.append(n)
            at = n.anchor_end
        if len(listed) < 2:
            continue
        paired = len(sides) == len(listed) and None not in sides  # else the role only
        for k, n in enumerate(listed):
            n.role = n.role or m.role
            if paired and n.role_side is None:
                n.role_side = sides[k]


_DATELINE = re.compile(
    r"\s*[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd'\u2019.\- ]*[A-Z\u00c0-\u00dd]"
    r"(?:,\s*[^\n,()\-\u2013\u2014]{1,40})?(?:\s*\([^)\n]{1,60}\))?\s*[-\u2013\u2014]\s")


def _counted(m: Mention, lex: Lexicon) -> bool:
    """« les deux présidents », "both leaders": a count refers back to named people."""
    if m.root is None:
        return False
    return any(c.like_num or _tok(c) in ("both", "deux", "two", "tous", "all")
               for c in m.root.children if c.dep_ in ("nummod", "det", "predet", "amod"))


def _dateline(article: Article) -> tuple[int, int] | None:
    """The span of a dateline ("GENEVA (Wire) - ", « BRUXELLES - ») opening the text."""
    starts = [r.start for r in article.source.regions if r.kind in ("lead", "body")]
    if not starts:
        return None
    start = min(starts)
    m = _DATELINE.match(article.text, start)
    return (start, m.end()) if m else None


def _modifies_a_thing(root: Token, lex: Lexicon) -> bool:
    """The name only qualifies a common noun: "the Aurus Senat limousine", « sa
    limousine Aurus Senat », "Harwick shares", « le titre Harwick »."""
    head = root.head
    if root.dep_ == "compound" and head.pos_ == "NOUN" and head.i > root.i:
        return True
    prev = root.doc[root.i - 1] if root.i > 0 else None
    while prev is not None and prev.i > 0 and prev.head == root and prev.dep_ in (
            "compound", "flat", "flat:name"):
        prev = root.doc[prev.i - 1]
    if prev is None or prev.pos_ != "NOUN" or not prev.text[:1].islower():
        return False
    if _tok(prev) in lex.person_nouns or _lemma(prev) in lex.person_nouns:
        return False  # « la chanteuse Lina Morel », "the climber Ana Ruiz": a person
    before = root.doc[prev.i - 1] if prev.i > 0 else None
    # « au gymnase Pierre de Coubertin »: a contracted article counts as one
    return before is not None and (before.pos_ == "DET" or _tok(before) in lex.determiners
                                   or "Def" in before.morph.get("Definite"))


def _keep_mention(article: Article, m: Mention, lex: Lexicon,
                  dateline: tuple[int, int] | None) -> bool:
    if dateline is not None and dateline[0] <= m.anchor_start < dateline[1]:
        return False
    if m.role is not None or m.titled or m.root is None:
        return True
    return not _modifies_a_thing(m.root, lex)


def _with_a_person(tok: Token) -> bool:
    """"Trump and Putin": coordinated with a name tagged as a person."""
    near = [tok.head, *tok.children] if tok.dep_ == "conj" else list(tok.children)
    return any(n.dep_ == "conj" or n == tok.head for n in near
               if n.ent_type_ in PERSON_LABELS and n != tok)


def _thing_words(article: Article, lex: Lexicon, dropped: list[Mention]) -> set[str]:
    """Words the article uses as (part of) a place or organisation name: in a
    non-person entity, after a preposition of place, or qualifying a thing."""
    out: set[str] = set()
    for ent in doc_ents(article.doc):
        if ent.label_ in NON_PERSON_LABELS:
            out.update(fold(t.text) for t in ent if t.text[:1].isupper())
    for m in dropped:
        if m.name:
            out.update(fold(w) for w in m.name.split())
    return out


_CODE_NAME = re.compile(r"\d|-[A-Z0-9]{1,2}\b")


def _after_locative(article: Article, m: Mention, lex: Lexicon) -> bool:
    """The mention follows a preposition of place or origin ("in", "from", « à »)."""
    raw = article.text[max(0, m.anchor_start - 40) : m.anchor_start]
    # "from French Guiana", « en Guyane française »: up to two capitalised words of the
    # place's own name may stand between the preposition and the mention
    for _ in range(2):
        cut = re.search(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00dd][\w\-]*\s+$", raw)
        if cut is None or fold_case(cut.group().strip()).lower() in lex.locative_preps:
            break
        raw = raw[: cut.start()]
    before = fold_case(raw[-16:]).lower()
    words = re.findall(r"[\w']+", before)
    if not words or not re.search(r"[\w']\s+$", before):
        return False
    last = words[-1]
    two = " ".join(words[-2:])
    return last in lex.locative_preps or two in lex.locative_preps


def _mention_label(m: Mention) -> str:
    """The entity label of a mention: a person when any of its words is tagged so
    (« Daniyar Ermekov » with « Daniyar » read as MISC), else its root's label."""
    if m.root is None:
        return ""
    doc = m.root.doc
    words = [t for t in doc[max(0, m.root.i - 5) : m.root.i + 6]
             if m.anchor_start <= t.idx < m.anchor_end]
    if any(t.ent_type_ in PERSON_LABELS for t in words):
        return "PER"
    if m.root.ent_type_ == "MISC" and len(words) >= 2 and all(t.is_oov for t in words):
        return ""  # a transliterated name the model knows nothing of: no evidence either way
    return str(m.root.ent_type_)


def _is_person(article: Article, group: Group, lex: Lexicon,
               things_in: frozenset[str] | set[str] = frozenset()) -> bool:
    """People only: a name never written with a first name, a role or a title is
    taken for a person only when nothing says it is a place or an organisation."""
    if any(m.role is not None or m.titled for m in group.mentions):
        return True
    if _CODE_NAME.search(group.name):
        return False  # "Vesta-2", "Calypso-A": a product or craft, not a person
    labels = [_mention_label(m) for m in group.mentions if _mention_label(m)]
    people = sum(1 for lab in labels if lab in PERSON_LABELS)
    things = sum(1 for lab in labels if lab in NON_PERSON_LABELS)
    located = [_after_locative(article, m, lex) for m in group.mentions]
    if any(located) and (not people or all(located)):
        return False  # "in Kourou", « depuis Kourou »: a place of the article
    if len(group.tokens) == 1:
        return _lone_person(group, people, things, things_in)
    # « A et Daniyar Ermekov » with « Daniyar » read as MISC: listed with a person
    people += sum(1 for m in group.mentions if m.root is not None and _with_a_person(m.root)
                  and _mention_label(m) not in PLACE_LABELS)
    if things > people:
        return False
    if people:
        return not normalise_place(group.name).known
    if _after_place_preposition(group, lex):
        return False
    return not normalise_place(group.name).known


def _lone_person(group: Group, people: int, things: int,
                 things_in: frozenset[str] | set[str]) -> bool:
    """A lone capitalised word: a person only when tagged so, seen inside a sentence, and
    never used as a place or an organisation in the article."""
    inside = any(m.root is not None and m.root.i > m.sent.start for m in group.mentions)
    paired = sum(1 for m in group.mentions if m.root is not None and _with_a_person(m.root))
    return (inside or paired > 0) and people + paired > things and (
        group.tokens[-1] not in things_in)


def _after_place_preposition(group: Group, lex: Lexicon) -> bool:
    """A mention of the group, not tagged as a person, comes after a place preposition."""
    for m in group.mentions:
        prev = m.root.doc[m.root.i - 1] if m.root is not None and m.root.i > 0 else None
        first = m.root.doc[0] if m.root is not None else None
        if first is not None and prev is not None and _tok(prev) in lex.place_preps and all(
                t.ent_type_ not in PERSON_LABELS for t in m.sent if m.anchor_start <= t.idx
                < m.anchor_end):
            return True
    return False


def _resolve_singular_roles(article: Article, everything: list[Mention], people: list[Group],
                            definite: frozenset[str]) -> None:
    """« le dirigeant russe », "the fire chief": a singular role with no name refers
    to the one named person of that role (and side) in the article; its presence
    counts for that person. Two candidates, or none: it stays unresolved."""
    held: list[tuple[Group, str, str | None]] = []
    for group in people:
        role = next((m.role for m in group.mentions if m.role and m.name), None)
        if role is not None:
            held.append((group, role, _group_side(group)))
    if not held:
        return
    for mention in everything:
        if mention.name is not None or mention.role is None or mention.plural:
            continue
        if mention.presence == "mentioned":
            continue  # nothing to add to the person
        if fold(article.text[mention.start : mention.anchor_start]).strip() not in definite:
            continue  # "the prime minister" refers back; "a minister", "Brazil's minister" not
        fits = [group for group, role, side in held
                if (role == mention.role or role_fits(mention.role, role))
                and not (mention.role_side and mention.role_side != side)]
        if len(fits) == 1 and mention not in fits[0].mentions:
            fits[0].mentions.append(mention)
