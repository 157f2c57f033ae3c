"""Who a statement is attributed to, and with what modality.

``claimant_of(article, sent, start, end)``: the source the sentence attributes
the stretch ``text[start:end]`` to — the object of « selon » / "according to",
the subject of a speech verb whose clause (or whose quotation) holds the
stretch, a pronoun resolved to the last person named before it.

``modality_of(article, sent, start, end)``: ``expected`` (future, conditional,
"is expected to", « doit »), ``denied`` (negated governing verb, « absent »),
``reported`` (a claimant), else ``asserted``.

The words live in ``extract/data/attribution.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from reconcile.extract.context import Article, doc_ents, doc_text, lexicon
from reconcile.lang.folding import fold_chars
from reconcile.models import Modality

Token = Any
Span = Any

_PERSON_LABELS = frozenset({"PER", "PERSON"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, accents and curly apostrophes away; the length is kept (cached: token
    texts and lemmas repeat)."""
    return fold_chars(text)


@cache
def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in lexicon("attribution", lang).get(key, []) or [])


@cache
def _cue_regex(lang: str) -> re.Pattern[str] | None:
    cues = sorted((fold(str(c)) for c in lexicon("attribution", lang).get("according_to", [])),
                  key=len, reverse=True)
    if not cues:
        return None
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?<![\w'])(?:{alts})(?![\w])")


def _lemma(tok: Token) -> str:
    return fold(tok.lemma_ or tok.text)


def _lower(tok: Token) -> str:
    return fold(tok.text)


# --------------------------------------------------------------------------- per-document tables

# Tables computed once per parsed document and kept in ``doc.user_data`` (a dict
# owned by the Doc object, so it lives and dies with the parse; only plain ints
# and tuples are stored, so a Doc stays serialisable).
_SENT_OF = "reconcile.sent_of"
_STARTS = "reconcile.token_starts"


def index_sentences(article: Article) -> None:
    """Record which of ``article.sentences()`` each token belongs to (-1: none).

    spaCy's parser may run a title into the lead or one paragraph into the
    next; with this table, :func:`head_of` never climbs out of the mention's own
    sentence."""
    doc = article.doc
    if _SENT_OF in doc.user_data:
        return
    sent_of = [-1] * len(doc)
    for k, sent in enumerate(article.sentences()):
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    doc.user_data[_SENT_OF] = sent_of


def head_of(tok: Token) -> Token:
    """``tok.head``, but a token whose head lies in another sentence of the
    article is its own head (the last token inside is the root)."""
    head = tok.head
    sent_of = tok.doc.user_data.get(_SENT_OF)
    if sent_of is None or head.i == tok.i:
        return head
    own = sent_of[tok.i]
    return head if own < 0 or sent_of[head.i] == own else tok


def ancestors_of(tok: Token) -> list[Token]:
    """``tok.ancestors`` inside the token's own sentence, innermost first."""
    out: list[Token] = []
    cur = tok
    for _ in range(64):
        head = head_of(cur)
        if head.i == cur.i:
            break
        out.append(head)
        cur = head
    return out


def is_cut(tok: Token) -> bool:
    """The token's head lies in another sentence: the parse ran two sentences together."""
    return bool(head_of(tok).i == tok.i and tok.head.i != tok.i)


def stand_in_verb(tok: Token) -> Token | None:
    """For a token whose climb was cut at the sentence edge: the clause verb of its
    own sentence the parser failed to attach it to — the first predicate after the
    token, else the last one before it (None outside any indexed sentence)."""
    sent_of = tok.doc.user_data.get(_SENT_OF)
    if sent_of is None or sent_of[tok.i] < 0:
        return None
    own = sent_of[tok.i]
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and sent_of[lo - 1] == own:
        lo -= 1
    while hi + 1 < len(doc) and sent_of[hi + 1] == own:
        hi += 1
    finite = [t for t in doc[lo : hi + 1] if t.pos_ in ("VERB", "AUX") and t.dep_ not in (
        "aux", "aux:tense", "aux:pass", "auxpass", "cop", "amod", "acl")]
    after = [t for t in finite if t.i > tok.i]
    before = [t for t in finite if t.i < tok.i]
    return after[0] if after else before[-1] if before else None


def _folded_text(sent: Span) -> str:
    """``fold(sent.text)``, built once per sentence (``Span.text`` walks the tokens)."""
    table = sent.doc.user_data.setdefault("reconcile.folded_sents", {})
    key = (sent.start, sent.end)
    text = table.get(key)
    if text is None:
        text = table[key] = fold(sent.text)
    result: str = text
    return result


def _token_starts(doc: Any) -> list[int]:
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = [t.idx for t in doc]
        doc.user_data[_STARTS] = starts
    result: list[int] = starts
    return result


# --------------------------------------------------------------------------- spans


def span_root(doc: Any, start: int, end: int) -> Token | None:
    """The token of ``text[start:end]`` whose head lies outside it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _subtree_chars(tok: Token) -> tuple[int, int]:
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _inside(tok: Token, start: int, end: int) -> bool:
    s, e = _subtree_chars(tok)
    return s <= start and end <= e


def _is_ancestor(anc: Token, tok: Token) -> bool:
    return anc.i == tok.i or any(a.i == anc.i for a in ancestors_of(tok))


def quote_spans(sent: Span, lang: str) -> list[tuple[int, int]]:
    """Character ranges of quoted speech in the sentence (absolute offsets)."""
    return _quote_spans(sent, lang)


def _quote_spans(sent: Span, lang: str) -> list[tuple[int, int]]:
    """Character ranges of quoted speech in the sentence (absolute offsets),
    found once per sentence and document."""
    table = sent.doc.user_data.setdefault("reconcile.quote_spans", {})
    key = (lang, sent.start, sent.end)
    found = table.get(key)
    if found is None:
        found = table[key] = tuple(_find_quotes(sent.text, sent.start_char, lang))
    return list(found)


def _find_quotes(text: str, base: int, lang: str) -> Iterator[tuple[int, int]]:
    for pair in lexicon("attribution", lang).get("quotes", []) or []:
        opening, closing = str(pair[0]), str(pair[1])
        pos = 0
        while True:
            i = text.find(opening, pos)
            if i < 0:
                break
            j = text.find(closing, i + len(opening))
            if j < 0:
                break
            yield (base + i, base + j + len(closing))
            pos = j + len(closing)


def _name_phrase(tok: Token) -> list[Token]:
    """A subject head with its name parts (flat:name, compound, first names)."""
    parts = [tok]
    for child in tok.children:
        if child.dep_ in ("flat:name", "flat", "compound", "nmod") and child.pos_ == "PROPN":
            parts.append(child)
    parts.sort(key=lambda t: t.i)
    lo, hi = parts[0].i, parts[-1].i
    return [tok.doc[i] for i in range(lo, hi + 1)]


def _phrase_text(tokens: Iterable[Token], lang: str) -> str | None:
    toks = list(tokens)
    dets = _words(lang, "determiners")
    while toks and (_lower(toks[0]) in dets or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    doc = toks[0].doc
    text: str = doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    return text.strip() or None


def _person_ents(doc: Any) -> list[Any]:
    """The doc's person entities, listed once per doc (from ``doc_ents``)."""
    cached = doc.user_data.get("reconcile.person_ents")
    if cached is None:
        cached = [ent for ent in doc_ents(doc) if ent.label_ in _PERSON_LABELS]
        doc.user_data["reconcile.person_ents"] = cached
    return list(cached)


def _last_person_before(article: Article, offset: int) -> str | None:
    best = None
    for ent in _person_ents(article.doc):
        if ent.end_char <= offset:
            best = ent
    if best is None:
        return None
    text: str = best.text
    return text.removesuffix("'s").removesuffix("\u2019s").strip() or None


def _subject_text(article: Article, subj: Token) -> str | None:
    if _lower(subj) in _words(article.lang, "pronouns"):
        return _last_person_before(article, subj.idx) or subj.text
    if subj.pos_ == "PRON":
        return None
    names = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if names:
        return _phrase_text(_name_phrase(names[0]), article.lang)
    return _phrase_text(_name_phrase(subj) if subj.pos_ == "PROPN" else _np(subj), article.lang)


def _np(tok: Token) -> list[Token]:
    """A noun phrase without its clauses: the head with its modifiers."""
    keep = [tok]
    for child in tok.children:
        if child.dep_ in ("det", "amod", "compound", "flat:name", "flat", "nmod", "poss", "case",
                          "nummod", "fixed", "appos") and child.dep_ != "punct":
            keep.extend(t for t in child.subtree if not t.is_punct or t.text in "-'.")
    keep.sort(key=lambda t: t.i)
    # keep it contiguous around the head
    lo = hi = tok.i
    idx = {t.i for t in keep}
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    return [tok.doc[i] for i in range(lo, hi + 1)]


def _subjects(verb: Token) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if not subs and verb.dep_ == "conj":
        subs = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    return subs


def _speech_verbs(sent: Span, lang: str) -> Iterator[Token]:
    """The speech verbs of the sentence, found once per sentence and document."""
    doc = sent.doc
    table = doc.user_data.setdefault("reconcile.speech_verbs", {})
    key = (lang, sent.start, sent.end)
    found: tuple[int, ...] | None = table.get(key)
    if found is None:
        verbs = _words(lang, "speech_verbs")
        found = table[key] = tuple(
            i for i in range(sent.start, sent.end)
            if (tok := doc[i]).pos_ in ("VERB", "AUX") and _lemma(tok) in verbs)
    for i in found:
        yield doc[i]


# --------------------------------------------------------------------------- claimant


def claimant_of(article: Article, sent: Any, start: int, end: int) -> str | None:
    """Who the sentence attributes ``text[start:end]`` to, as written; None if nobody."""
    index_sentences(article)
    return _according_to(article, sent, start) or _speech_subject(article, sent, start, end)


def _according_to(article: Article, sent: Any, start: int) -> str | None:
    """« selon X », "according to X": the phrase after the cue, up to a comma."""
    lang = article.lang
    regex = _cue_regex(lang)
    if regex is None:
        return None
    folded = _folded_text(sent)
    for m in regex.finditer(folded):
        phrase = _cue_phrase(article.doc, sent, sent.start_char + m.end())
        if not phrase:
            continue
        p_start = phrase[0].idx
        p_end = phrase[-1].idx + len(phrase[-1].text)
        if p_start <= start < p_end:
            continue  # the span is the claimant itself
        first = phrase[0] if _lower(phrase[0]) not in _words(lang, "determiners") else None
        if first is not None and _lower(first) in _words(lang, "pronouns"):
            return _last_person_before(article, first.idx) or first.text
        text = _phrase_text(phrase, lang)
        if text:
            return text
    return None


def _cue_phrase(doc: Any, sent: Any, cue_end: int) -> list[Token]:
    """The tokens after an attribution cue, up to punctuation, a verb or a relative word
    (eight at most)."""
    phrase: list[Token] = []
    first_i = max(sent.start, bisect_left(_token_starts(doc), cue_end))
    for i in range(first_i, sent.end):
        tok = doc[i]
        if (tok.is_punct and tok.text not in "-'.&") or tok.pos_ in ("VERB", "AUX"):
            break
        if _lower(tok) in ("que", "qu'", "that", "qui", "who", "which"):
            break
        phrase.append(tok)
        if len(phrase) >= 8:
            break
    return phrase


def _speech_subject(article: Article, sent: Any, start: int, end: int) -> str | None:
    """The subject of a speech verb that governs the stretch, introduces the quotation it
    sits in, or is an incise of its clause (« … », a déclaré X)."""
    lang = article.lang
    root = span_root(article.doc, start, end)
    if root is None:
        return None
    quotes = [q for q in _quote_spans(sent, lang) if q[0] <= start and end <= q[1]]
    for verb in _speech_verbs(sent, lang):
        subs = _subjects(verb)
        if not subs:
            continue
        subj = subs[0]
        if any(_inside(s, start, end) for s in subs) or (
                verb.idx <= start < verb.idx + len(verb.text)):
            continue
        governs = _is_ancestor(verb, root)
        # « … », a déclaré X : the speech verb hangs off the quoted clause
        incise = verb.dep_ in ("parataxis", "ccomp", "advcl") and _is_ancestor(
            head_of(verb), root) and not _is_ancestor(verb, root) and abs(verb.idx - start) < 400
        in_quote = any(not (q[0] <= subj.idx < q[1]) and not (q[0] <= verb.idx < q[1])
                       for q in quotes)
        if governs or in_quote or (incise and (quotes or verb.dep_ == "parataxis")):
            text = _subject_text(article, subj)
            if text:
                return text
    return None


# --------------------------------------------------------------------------- modality


def _is_predicate(tok: Token) -> bool:
    if tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "ADJ":
        return tok.dep_ == "ROOT" or any(c.dep_ == "cop" for c in tok.children)
    return False


def _clause_chain(tok: Token, lang: str = "") -> list[Token]:
    """The verbs governing ``tok`` up to its finite clause (xcomp chains included),
    never climbing out of the token's own sentence (see :func:`head_of`)."""
    chain: list[Token] = []
    cur = tok
    expectation = _words(lang, "expectation") if lang else frozenset()
    for _ in range(16):
        head = head_of(cur)
        if _is_predicate(cur):
            chain.append(cur)
            if cur.dep_ in ("xcomp", "aux", "aux:pass", "auxpass") and head.i != cur.i:
                cur = head
                continue
            if (cur.dep_ in ("ccomp", "csubj", "csubj:pass", "csubjpass") and head.i != cur.i
                    and _lemma(head) in expectation):
                chain.append(head)
            break
        if head.i == cur.i:
            if is_cut(cur):
                verb = stand_in_verb(cur)
                if verb is not None and verb.i != cur.i:
                    cur = verb
                    continue
            break
        cur = head
    return chain


def governing_verbs(article: Article, root: Token) -> list[Token]:
    """The clause verbs above a token, innermost first (xcomp chains included),
    inside the token's own sentence of ``article.sentences()``."""
    index_sentences(article)
    return _clause_chain(root, article.lang)


def _aux_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "neg",
                                                   "advmod", "cop", "mark", "aux:caus")]


def is_negated(article: Article, verb: Token) -> bool:
    lang = article.lang
    neg = _words(lang, "negation")
    with_ne = _words(lang, "negation_with_ne")
    after_ne = _words(lang, "negation_after_ne")
    restrictive = _words(lang, "restrictive")
    kids = list(verb.children)
    texts = {_lower(c) for c in kids}
    if texts & neg or any(c.dep_ == "neg" for c in kids):
        return True
    if texts & with_ne:
        if texts & after_ne:
            return True
        following = {_lower(t) for t in verb.doc[verb.i : min(len(verb.doc), verb.i + 8)]}
        return not (following & restrictive)
    return False


def _is_future(article: Article, verb: Token) -> bool:
    morph = verb.morph
    if "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
        return True
    # a finite future form the tagger took for a participle (« signera »: no auxiliary)
    bare = not any(c.dep_.startswith("aux") for c in verb.children)
    if verb.pos_ in ("VERB", "AUX") and ("Part" not in morph.get("VerbForm") or bare):
        low = _lower(verb)
        lemma = _lemma(verb)
        # « figurait », « déclarait »: the imperfect of a -rer verb ends like a conditional
        imperfect = lemma.endswith("er") and any(
            low == lemma[:-2] + e for e in _words(article.lang, "imperfect_endings")
        )
        if low != lemma and not imperfect and any(
            low.endswith(e) for e in _words(article.lang, "future_endings")
        ):
            return True
    future_aux = _words(article.lang, "future_aux")
    for child in verb.children:
        if child.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass") and (
            _lower(child) in future_aux
            or "Fut" in child.morph.get("Tense")
            or "Cnd" in child.morph.get("Mood")
        ):
            return True
    # "is going to attend"
    return bool(verb.dep_ == "xcomp" and _lemma(verb.head) == "go" and verb.head.tag_ == "VBG")


def _absence(article: Article, root: Token) -> bool:
    absence = _words(article.lang, "absence")
    for tok in [root, *ancestors_of(root)[:4]]:
        if _lemma(tok) in absence or _lower(tok) in absence:
            return True
    for child in root.children:
        if child.dep_ in ("case", "prep", "mark") and _lower(child) in absence:
            return True
        if child.dep_ in ("amod", "acl", "appos") and (_lemma(child) in absence
                                                       or _lower(child) in absence):
            return True
    head = head_of(root)
    return bool(head.i != root.i and head.dep_ == "prep" and _lower(head) in absence)


def modality_parts(article: Article, root: Token) -> tuple[bool, bool, bool]:
    """(expected, denied, absence-cue) for the clause governing ``root``."""
    lang = article.lang
    index_sentences(article)
    expectation = _words(lang, "expectation")
    chain = _clause_chain(root, lang)
    expected = False
    denied = False
    passive_only = _words(lang, "expectation_passive_only")
    for verb in chain:
        said = _lemma(verb) in expectation or _lower(verb) in expectation
        if said and _lower(verb) in passive_only and any(
            c.dep_.startswith("aux") and _lemma(c) == "avoir" for c in verb.children
        ):
            said = False  # « il a appelé » (he called), not « il est appelé à » (due to)
        if _is_future(article, verb) or said:
            expected = True
        if is_negated(article, verb):
            denied = True
    for verb in chain:
        for child in verb.children:
            # « doit participer », "is due to visit" (an adjective of expectation)
            if child.dep_ in ("xcomp", "acomp") and (_lemma(child) in expectation):
                expected = True
    absent = _absence(article, root)
    return expected, denied, absent


def modality_of(article: Article, sent: Any, start: int, end: int) -> Modality:
    root = span_root(article.doc, start, end)
    if root is None:
        return "asserted"
    expected, denied, absent = modality_parts(article, root)
    if denied != absent and (denied or absent):
        return "denied"
    if expected:
        return "expected"
    if claimant_of(article, sent, start, end) is not None:
        return "reported"
    return "asserted"
