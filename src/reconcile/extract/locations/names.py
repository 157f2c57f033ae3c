"""Place names in a sentence: site noun phrases (« la base militaire X », "X Stadium"),
where a name ends, administrative phrases (« le village de X », "X province")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from reconcile.extract.context import doc_tokens
from reconcile.extract.locations.words import Kind, _fmap, _fset, _gazetteer_kind, _low, fold

_PHRASES: dict[tuple[int, str], tuple[dict[str, Any], dict[str, list[tuple[str, ...]]]]] = {}


def _phrases(words: dict[str, Any], key: str) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word phrases of ``locations.yaml``, folded and indexed by their first word
    (longest first), built once per language."""
    found = _PHRASES.get((id(words), key))
    if found is None or found[0] is not words:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in words.get(key) or []:
            toks = tuple(fold(str(phrase)).replace("'", "' ").split())
            if toks and toks[0] == "the":
                toks = toks[1:]
            if toks:
                index.setdefault(toks[0], []).append(toks)
        for lst in index.values():
            lst.sort(key=len, reverse=True)
        found = (words, index)
        _PHRASES[(id(words), key)] = found
    return found[1]


def _unnamed_site_spans(doc: Any, sent: Any, words: dict[str, Any]) -> Iterator[tuple[int, int]]:
    """« l'hôtel de ville », « la salle des fêtes de X », "the town hall": a site phrase
    that needs no proper name; « de X » / "of X" after it is its name."""
    tokens = doc_tokens(doc)
    index = _phrases(words, "unnamed_sites")
    if not index:
        return
    i = sent.start
    while i < sent.end:
        options = index.get(fold(tokens[i].text))
        hit = 0
        for toks in options or ():
            n = len(toks)
            if i + n <= sent.end and all(
                fold(tokens[i + m].text) == toks[m] for m in range(n)
            ):
                hit = n
                break
        if not hit:
            i += 1
            continue
        end = i + hit
        k = end
        if k < sent.end and tokens[k].text[:1].isupper() and not tokens[k].is_sent_start and (
            tokens[k].ent_type_ not in ("PER", "PERSON", "DATE")
        ):
            end = _run_end(doc, sent, k)  # « l'ensemble de lancement Vega »
            yield i, end
            i = end
            continue
        if k < sent.end and _low(tokens[k]) in ("de", "d'", "du", "of"):
            k += 1
            if k < sent.end and _low(tokens[k]) in ("la", "l'", "le", "the"):
                k += 1
            e = _run_end(doc, sent, k)
            if e > k:
                end = e
        yield i, end
        i = end


def _site_spans(doc: Any, sent: Any, words: dict[str, Any]) -> Iterator[tuple[int, int]]:
    tokens = doc_tokens(doc)
    nouns = _fset(words, "site_nouns")
    lower_ok = _fset(words, "site_lowercase")
    if words is None or not nouns:
        return
    french_order = "à" in words.get("prepositions", [])
    i = sent.start
    while i < sent.end:
        tok = tokens[i]
        low = fold(tok.text)
        if french_order and low in nouns and tok.pos_ in ("NOUN", "PROPN") and not (
            _town_direction(doc, sent, i, words)
        ):
            span = _french_site(doc, sent, i, words, nouns)
            if span is not None:
                yield span
                i = span[1]
                continue
        elif not french_order and tok.is_lower and low in nouns and (
            named := _named_before(doc, sent, i)
        ) is not None:
            # "the Elysée presidential palace", "the Jupiter control room": a name, then
            # lower-case words and the site noun
            yield named, i + 1
            i += 1
            continue
        elif not french_order and (
            (tok.text[:1].isupper() and low in nouns) or (tok.is_lower and low in lower_ok)
        ):
            found = _english_site(doc, sent, i)
            if found is not None:
                s, e, named_site = found
                if named_site:
                    yield s, e
                i = e
                continue
        i += 1


def _town_direction(doc: Any, sent: Any, i: int, words: dict[str, Any]) -> bool:
    """« le centre d'Alès », « le centre de la ville »: a direction of a town, no site
    (not « le centre de contrôle »)."""
    tok = doc[i]
    return bool(
        tok.is_lower and fold(tok.text) in _fset(words, "directions") and i + 2 < sent.end
        and _low(doc[i + 1]) in ("de", "d'", "du")
        and (doc[i + 2].text[:1].isupper() or doc[i + 2].pos_ == "DET"
             or _low(doc[i + 1]) == "du")
    )


def _french_site(doc: Any, sent: Any, i: int, words: dict[str, Any],
                 nouns: frozenset[str]) -> tuple[int, int] | None:
    """The site phrase a French site noun at ``i`` heads, or None."""
    # « base aérienne de Creil », « stade de France », « aéroport d'X »
    # (« le centre d'Alès » is the town's centre: a direction of Alès)
    j = i + 1
    while j < sent.end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    end = j
    k = _past_complement(doc, sent, j, nouns)
    while k < sent.end and (
        doc[k].text[:1].isupper() or (doc[k].text == "-" and k > j)
    ) and not doc[k].is_sent_start:
        k += 1
        end = k
    if any(doc[m].text[:1].isupper() for m in range(i, end)):
        return i, end
    return _organisation_site(doc, sent, i, j, words)


def _past_complement(doc: Any, sent: Any, j: int, nouns: frozenset[str]) -> int:
    """Past « de », « de la » and a complement noun before the name after a site noun."""
    k = j
    if k < sent.end and _low(doc[k]) in ("de", "d'", "du", "des"):
        k += 1
        if k < sent.end and _low(doc[k]) in ("la", "l'", "le", "les"):
            k += 1
        elif k + 1 < sent.end and doc[k].is_lower and doc[k].pos_ == "NOUN" and (
            doc[k + 1].text[:1].isupper() and not doc[k + 1].is_sent_start
            and _low(doc[k - 1]) in ("de", "d'") and fold(doc[k].text) not in nouns
        ):
            # « le centre de contrôle Jupiter », « la salle de presse Mercure » (not
            # « une salle du stade Vélodrome »: a room of a site)
            k += 1
    return k


def _organisation_site(doc: Any, sent: Any, i: int, j: int,
                       words: dict[str, Any]) -> tuple[int, int] | None:
    """« au siège du groupe »: an organisation's site, named by the organisation."""
    k = j
    if k < sent.end and _low(doc[k]) in ("de", "d'", "du"):
        k += 1
        if k < sent.end and _low(doc[k]) in ("la", "l'", "le"):
            k += 1
        if k < sent.end and fold(doc[k].text) in _fset(words, "org_nouns"):
            return i, k + 1
    return None


def _english_site(doc: Any, sent: Any, i: int) -> tuple[int, int, bool] | None:
    """The run of capitalised words around an English site noun at ``i``: ``(start, end,
    whether it is a site phrase)``, or None when it is none and the scan goes on."""
    tok = doc[i]
    # a run of capitalised words (and hyphens) around the site noun
    s = i
    while s - 1 >= sent.start and (
        doc[s - 1].text[:1].isupper() or doc[s - 1].text == "-"
    ) and not doc[s - 1].is_sent_start and doc[s - 1].ent_type_ not in ("PERSON", "DATE"):
        s -= 1
    first = doc[s - 1] if s - 1 >= sent.start else None
    if first is not None and first.is_sent_start and first.pos_ == "PROPN":
        s -= 1
    e = _name_end(doc, sent, i + 1)
    # "Joint Base X" / "X Stadium": a name needs a capitalised word other than the noun
    # (or the noun alone is a site the gazetteer knows: "the Kremlin")
    if e - s > 1 or tok.is_lower or _gazetteer_kind(tok.text) == "site":
        if tok.is_lower:
            # "the company's headquarters": no name of its own
            s = i
            while s - 1 >= sent.start and doc[s - 1].dep_ in ("compound", "poss", "case"):
                s -= 1
            return s, e, s < i or e > i + 1
        return s, e, True
    return None


# lower-case words inside a foreign or an English site name: « Hôtel des Invalides »,
# "Arc de Triomphe", "Hall of Mirrors", "Tomb of the Unknown Soldier"
_NAME_PARTICLES = frozenset({"de", "des", "du", "d'", "la", "le", "l'", "of", "the", "di", "del",
                             "della", "von", "van"})


def _elided_name(tok: Any) -> bool:
    """« d'Honneur », « l'Élysée » written as one token: a name after an elided particle."""
    text = str(tok.text).replace("\u2019", "'")
    return len(text) > 2 and text[:2].lower() in ("d'", "l'") and text[2:3].isupper()


def _joined_dash(doc: Any, i: int) -> bool:
    """``doc[i]`` is a hyphen written inside a word (« Saint-Étienne-du-Grès »)."""
    return bool(
        doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        and i + 1 < len(doc) and doc[i + 1].text[:1].isalpha()
    )


def _run_end(doc: Any, sent: Any, k: int) -> int:
    """The end of a run of capitalised words from ``k``, through the parts of a hyphenated
    name whatever their case (« Saint-Étienne-du-Grès », "Sainte-Marie-aux-Mines")."""
    e = k
    while e < sent.end:
        if doc[e].text[:1].isupper() or _elided_name(doc[e]):
            e += 1
        elif e > k and e + 1 < sent.end and _joined_dash(doc, e):
            e += 2
        else:
            break
    return e


def _name_end(doc: Any, sent: Any, e: int) -> int:
    """The end of a run of capitalised words (and hyphens) from ``e``, through particles
    followed by a capitalised word."""
    while e < sent.end:
        if doc[e].text[:1].isupper() or doc[e].text == "-" or _elided_name(doc[e]):
            e += 1
            continue
        k = e
        while k < sent.end and k - e < 2 and _low(doc[k]) in _NAME_PARTICLES:
            k += 1
        if k > e and k < sent.end and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
            e = k
            continue
        break
    return e


def _named_before(doc: Any, sent: Any, i: int) -> int | None:
    """The start of the name before a lower-case site noun at ``i``: a capitalised run after
    "the" or a preposition, then at most two lower-case modifiers ("the Elysée presidential
    palace", "the Zhongnanhai compound", "the Jupiter control room"); None without one."""
    k = i - 1
    while k >= sent.start and i - k <= 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k -= 1
    e = k + 1
    while k >= sent.start and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and not (
        doc[k].is_sent_start
    ) and doc[k].ent_type_ not in ("DATE", "ORG", "NORP"):
        k -= 1
    if k + 1 == e or k < sent.start or _low(doc[k]) not in ("the", "at", "in", "inside"):
        return None
    if _gazetteer_kind(doc[k + 1 : e].text) in ("city", "region", "country"):
        return None  # "the Rennes criminal court": a site of a town the text names
    return k + 1


def _admin_spans(doc: Any, sent: Any, words: dict[str, Any]) -> Iterator[tuple[int, int, Kind]]:
    """« la ville de X », "the town of X", "X province": (start, end, kind)."""
    tokens = doc_tokens(doc)
    nouns = cast(dict[str, Kind], _fmap(words, "admin_nouns"))
    for i in range(sent.start, sent.end):
        kind = nouns.get(fold(tokens[i].text))
        if kind is None:
            continue
        s = i
        while s - 1 >= sent.start:
            t = tokens[s - 1]
            if t.text[:1].isupper() and not t.is_sent_start and (
                # not "a remote Andean province"; "the Aude valley" read as an adjective is
                # a name
                t.pos_ == "PROPN" or t.ent_type_ not in ("", "NORP")
            ):
                s -= 1
            elif s < i and _joined_dash(doc, s - 1) and s - 2 >= sent.start:
                s -= 2  # "the Bouches-du-Rhône department"
            else:
                break
        if s < i:
            yield s, i + 1, kind  # "the Piedmont region of Italy": Italy is its container
            continue
        k = i + 1
        if k < sent.end and _low(tokens[k]) in ("de", "d'", "du", "des", "of"):
            k += 1  # « le hameau des Combes »
            if k < sent.end and _low(tokens[k]) in ("la", "l'", "le", "the"):
                k += 1
            e = _run_end(doc, sent, k)
            if e > k:
                yield i, e, kind
