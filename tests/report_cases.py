"""Reports built by hand for the report writers' tests: a hostile article (markup,
script, links, a very long word, pipes and backticks in its text and metadata) beside a
plain one, with a conflict, a decision, an agreement, extras and a possible match."""

from __future__ import annotations

from reconcile.models import (
    Claim,
    Consensus,
    Decision,
    DurationValue,
    Finding,
    LabelValue,
    ParticipantValue,
    PossibleMatch,
    Region,
    Report,
    Source,
    Verdict,
)

LONG_WORD = "Anticonstitutionnellement" * 80  # 2000 letters, no break opportunity
HOSTILE_TEXT = (
    "Titre <script>window.__pwned = 'title'</script>\n\n"
    "Les discussions ont duré <b>près de trois heures</b> | selon "
    "<img src=x onerror=\"window.__pwned='img'\"> l'AFP, à Genève.\n\n"
    "Voir <a href=\"javascript:window.__pwned='link'\">ce lien</a> et "
    "[ici](javascript:window.__pwned='md') avec `code` &lt;i&gt; chez AT&T.\n"
    "# pas un titre\n"
    f"Mot {LONG_WORD} fin.\n"
)
PLAIN_TEXT = "Sommet\n\nLes discussions ont duré environ deux heures à Genève, avec Jean Dupont.\n"

#: fragments of HOSTILE_TEXT that claims quote, each must show as text wherever it goes
QUOTES = {
    "duration": "<b>près de trois heures</b>",
    "img": "<img src=x onerror=\"window.__pwned='img'\">",
    "link": "<a href=\"javascript:window.__pwned='link'\">ce lien</a>",
    "md_link": "[ici](javascript:window.__pwned='md')",
    "code": "`code` &lt;i&gt; chez AT&T",
    "long": f"Mot {LONG_WORD} fin",
    "place": "à Genève",
}
BANDS = "bands: near −8%, just over +15%, about ±8%, bare ±5%, « une vingtaine » ±20%"


def _claim(source: str, article: str, quote: str, n: int, **fields: object) -> Claim:
    start = article.index(quote)
    values: dict[str, object] = {
        "id": f"{source}:{n:010d}", "source": source, "quote": quote, "start": start,
        "end": start + len(quote), "line": article.count("\n", 0, start) + 1,
    }
    values.update(fields)
    return Claim.model_validate(values)


def _label(source: str, article: str, key: str, n: int, slot: str, subject: str) -> Claim:
    quote = QUOTES[key]
    return _claim(source, article, quote, n, slot=slot, subject=subject, text=quote,
                  value=LabelValue(label=quote, words=[quote]))


def _claims() -> list[Claim]:
    h, p = "hostile", "plain"
    return [
        _claim(h, HOSTILE_TEXT, QUOTES["duration"], 1, slot="event.duration", subject="talks",
               text="près de 3 h <b>", value=DurationValue(min_minutes=165.6, max_minutes=179),
               qualifiers={"hedge": "près de"}),
        _claim(p, PLAIN_TEXT, "environ deux heures", 2, slot="event.duration", subject="talks",
               text="environ 2 h", value=DurationValue(min_minutes=110.4, max_minutes=129.6)),
        _claim(h, HOSTILE_TEXT, QUOTES["img"], 3, slot="event.participants",
               subject="<img src=x onerror=alert(1)>", text=QUOTES["img"] + ": present",
               value=ParticipantValue(name=QUOTES["img"], as_written=QUOTES["img"])),
        _label(h, HOSTILE_TEXT, "link", 4, "event.format", "talks | link"),
        _label(h, HOSTILE_TEXT, "md_link", 5, "event.tone", "talks"),
        _label(h, HOSTILE_TEXT, "code", 6, "event.setting", "`room`"),
        _label(h, HOSTILE_TEXT, "long", 7, "quote", "mot"),
        _claim(h, HOSTILE_TEXT, QUOTES["place"], 8, slot="event.location", subject="venue",
               text="Genève", value=LabelValue(label="Genève")),
        _claim(p, PLAIN_TEXT, "à Genève", 9, slot="event.location", subject="venue",
               text="Genève", value=LabelValue(label="Genève")),
        _claim(p, PLAIN_TEXT, "Jean Dupont", 10, slot="event.participants", subject="Jean Dupont",
               text="Jean Dupont: present",
               value=ParticipantValue(name="Jean Dupont", as_written="Jean Dupont",
                                      role="envoy", side="<b>side</b>")),
    ]


def _finding(n: int, slot: str, subject: str, verdict: Verdict, claims: list[Claim],
             reason: str, **fields: object) -> Finding:
    return Finding.model_validate({
        "id": f"F-{n:010d}", "slot": slot, "subject": subject, "verdict": verdict,
        "claims": [c.id for c in claims], "sources": sorted({c.source for c in claims}),
        "reason": reason, **fields,
    })


def hostile_report() -> tuple[Report, list[Source]]:
    """A story of two sources, one of them hostile, and the report on it."""
    claims = _claims()
    c = {int(claim.id[-10:]): claim for claim in claims}
    conflict_reason = (
        f"intervals [165.6–179 min] and [110.4–129.6 min] are disjoint: hostile "
        f"«{QUOTES['duration']}» (près de) vs plain «environ deux heures» (environ); {BANDS}"
    )
    findings = [
        _finding(1, "event.duration", "talks", Verdict.CONFLICTING, [c[1], c[2]],
                 conflict_reason,
                 consensus=Consensus(value="<i>2 h</i>", support=1, sources=["plain"],
                                     outliers=["hostile"]),
                 decision=Decision(finding="F-0000000001", stands="environ 2 h | <u>",
                                   note="<script>window.__pwned='note'</script>", by="ed`itor",
                                   at="2025-08-16T10:00:00+02:00")),
        _finding(2, "event.location", "venue", Verdict.AGREED, [c[8], c[9]],
                 "compatible: the same value"),
        _finding(3, "event.participants", "<img src=x onerror=alert(1)>", Verdict.EXTRA, [c[3]],
                 f"only hostile states it; quoted as «{QUOTES['img']}»"),
        _finding(4, "event.format", "talks | link", Verdict.EXTRA, [c[4]],
                 "only hostile states it"),
        _finding(5, "event.tone", "talks", Verdict.EXTRA, [c[5]], "only hostile states it"),
        _finding(6, "event.setting", "`room`", Verdict.EXTRA, [c[6]], "only hostile states it"),
        _finding(7, "quote", "mot", Verdict.EXTRA, [c[7]], "only hostile states it"),
        _finding(8, "event.participants", "Jean Dupont", Verdict.EXTRA, [c[10]],
                 "only plain states it"),
    ]
    possible = [PossibleMatch(
        slot="event.tone", findings=["F-0000000005", "F-0000000006"],
        subjects=["talks", "`room`"], claims=[c[5].id, c[6].id], level="lemma", score=0.5,
        reason="frames <em>might</em> be | the same",
    )]
    hostile = Source(
        id="hostile", path="sources/hostile.md", text=HOSTILE_TEXT, content_hash="0",
        title="<script>window.__pwned='meta'</script> Sommet | `x`",
        outlet="<img src=x onerror=\"window.__pwned='outlet'\">",
        url="javascript:window.__pwned='url'", date="2025-08-15", lang="fr",
        regions=[Region(start=0, end=HOSTILE_TEXT.index("\n"), kind="title"),
                 Region(start=HOSTILE_TEXT.index("\n") + 2, end=len(HOSTILE_TEXT), kind="body")],
    )
    plain = Source(id="plain", path="sources/plain.txt", text=PLAIN_TEXT, content_hash="1",
                   title="Sommet", url="https://example.org/sommet", lang="fr")
    report = Report(
        sources=[hostile.info(), plain.info()], claims=claims, findings=findings,
        possible=possible, notes=["a note with <b>markup</b> | and a pipe"],
    )
    return report, [hostile, plain]
