"""event.participants and attribution: table-driven must-find / must-not-find cases.

Each case is an article text, the claims it must give (subject -> expected
fields of the value and qualifiers) and the subjects it must not give.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reconcile.extract import extract_claims
from reconcile.extract.attribution import claimant_of, modality_of
from reconcile.ingest import read_source
from reconcile.models import Claim
from reconcile.settings import Settings

SETTINGS = Settings()


def participants(body_article: Any, lang: str, text: str) -> dict[str, Claim]:
    from reconcile.extract.participants import participant_claims

    art = body_article(lang, text)
    out: dict[str, Claim] = {}
    for claim in participant_claims(art):
        assert text[claim.start : claim.end] == claim.quote
        assert claim.subject not in out, f"two claims for {claim.subject}"
        out[claim.subject] = claim
    return out


# (id, lang, text, must find {subject: {field: value}}, must not find [subject])
CASES: list[tuple[str, str, str, dict[str, dict[str, Any]], list[str]]] = [
    # ---------------------------------------------------------------- summit, French
    ("fr-role-apposition", "fr",
     "Le ministre russe des Affaires étrangères Sergueï Lavrov participe aux discussions.",
     {"Sergueï Lavrov": {"role": "foreign_minister", "side": "russia", "presence": "present",
                         "quote": "Le ministre russe des Affaires étrangères Sergueï Lavrov"}},
     []),
    ("fr-side-scope", "fr",
     "Côté russe, le conseiller diplomatique Iouri Ouchakov est présent ; côté américain, "
     "l'envoyé spécial Steve Witkoff assiste aux discussions.",
     {"Iouri Ouchakov": {"side": "russia", "presence": "present", "role": "adviser"},
      "Steve Witkoff": {"side": "united_states", "presence": "present", "role": "envoy"}},
     []),
    ("fr-postposed-role-expected", "fr",
     "Les deux dirigeants devraient être rejoints par Anton Silouanov, ministre des Finances.",
     {"Anton Silouanov": {"role": "finance_minister", "presence": "expected",
                          "modality": "expected",
                          "quote": "Anton Silouanov, ministre des Finances"}},
     []),
    ("fr-denied", "fr",
     "Le chef de la diplomatie ukrainienne Andriï Sybiha n'a pas participé à la réunion.",
     {"Andriï Sybiha": {"presence": "absent", "modality": "denied", "side": "ukraine",
                        "role": "foreign_minister"}},
     []),
    ("fr-according-to", "fr",
     "Selon le Wall Street Journal, le secrétaire d'État Marco Rubio a assisté au dîner.",
     {"Marco Rubio": {"claimant": "Wall Street Journal", "modality": "reported",
                      "presence": "present"}},
     ["Wall Street Journal"]),
    ("fr-possibility-mentioned", "fr",
     "Le président américain Donald Trump a rencontré le président russe Vladimir Poutine. "
     "Il a évoqué la possibilité qu'un prochain sommet réunisse Vladimir Poutine et "
     "Volodymyr Zelensky.",
     {"Donald Trump": {"presence": "present", "side": "united_states", "role": "president"},
      "Vladimir Poutine": {"presence": "present", "side": "russia"},
      "Volodymyr Zelensky": {"presence": "mentioned"}},
     []),
    ("fr-surname-links", "fr",
     "Le ministre des Affaires étrangères Sergueï Lavrov a déclaré aux journalistes que la "
     "rencontre serait utile. M. Lavrov a ensuite rejoint la table des négociations.",
     {"Sergueï Lavrov": {"presence": "present"}},
     ["Lavrov", "M. Lavrov"]),
    ("fr-role-only-plural", "fr",
     "Les deux présidents se sont entretenus en présence des ministres des Affaires étrangères "
     "et de conseillers.",
     {"role:foreign_minister": {"name": None, "plural": True, "presence": "present"},
      "role:adviser": {"name": None, "plural": True, "presence": "present"}},
     []),
    ("fr-quote-speaker", "fr",
     "« Les discussions ont été constructives », a affirmé Vladimir Poutine. "
     "Le porte-parole du Kremlin Dmitri Peskov a dit que Iouri Ouchakov participerait.",
     {"Vladimir Poutine": {"presence": "mentioned", "claimant": None},
      "Dmitri Peskov": {"side": "russia", "role": "spokesperson", "presence": "mentioned"},
      "Iouri Ouchakov": {"presence": "expected", "claimant": "Dmitri Peskov"}},
     []),
    ("fr-not-persons", "fr",
     "Selon l'AFP, la Maison Blanche et le Kremlin ont confirmé le sommet d'Anchorage.",
     {},
     ["AFP", "Maison Blanche", "Kremlin", "Anchorage"]),
    # ---------------------------------------------------------------- summit, English
    ("en-role-before", "en",
     "Secretary of State Marco Rubio and Kremlin aide Yury Ushakov joined the talks.",
     {"Marco Rubio": {"role": "foreign_minister", "presence": "present",
                      "quote": "Secretary of State Marco Rubio"},
      "Yury Ushakov": {"side": "russia", "presence": "present"}},
     []),
    ("en-appositive-role", "en",
     "Sergei Lavrov, the Russian foreign minister, attended the dinner.",
     {"Sergei Lavrov": {"role": "foreign_minister", "side": "russia", "presence": "present",
                        "quote": "Sergei Lavrov, the Russian foreign minister"}},
     []),
    ("en-expected", "en",
     "Ukrainian President Volodymyr Zelensky is expected to join the next round of talks.",
     {"Volodymyr Zelensky": {"presence": "expected", "modality": "expected", "side": "ukraine",
                             "role": "president"}},
     []),
    ("en-did-not-attend", "en",
     "Treasury Secretary Scott Bessent did not attend the summit.",
     {"Scott Bessent": {"presence": "absent", "modality": "denied",
                        "role": "finance_minister"}},
     []),
    ("en-role-only-flanked", "en",
     "Trump and Putin met for nearly three hours, flanked by their foreign ministers and aides.",
     {"role:foreign_minister": {"plural": True, "presence": "present", "side": None},
      "Trump": {"presence": "present"}, "Putin": {"presence": "present"}},
     []),
    ("en-according-to", "en",
     "According to Reuters, the US delegation will include Commerce Secretary Howard Lutnick.",
     {"Howard Lutnick": {"presence": "expected", "claimant": "Reuters",
                         "side": "united_states"}},
     ["Reuters"]),
    ("en-said-reported", "en",
     "Kremlin spokesman Dmitry Peskov said Sergei Lavrov took part in the talks.",
     {"Sergei Lavrov": {"presence": "present", "modality": "reported",
                        "claimant": "Dmitry Peskov"},
      "Dmitry Peskov": {"presence": "mentioned", "claimant": None, "side": "russia"}},
     []),
    # speech located at the event counts as presence (corpus README convention)
    ("en-told-reporters", "en",
     "\"We made real progress,\" Vladimir Putin told reporters after the meeting.",
     {"Vladimir Putin": {"presence": "present", "modality": "asserted"}},
     []),
    ("en-on-the-side", "en",
     "On the Russian side, Foreign Minister Sergei Lavrov was at the table.",
     {"Sergei Lavrov": {"side": "russia", "presence": "present"}},
     []),
    ("en-delegation-side", "en",
     "The American delegation included Steve Witkoff.",
     {"Steve Witkoff": {"side": "united_states", "presence": "present"}},
     []),
    # ---------------------------------------------------------------- football final
    ("fr-football-coaches", "fr",
     "En finale, l'entraîneur parisien Luis Enrique a retrouvé le sélectionneur Didier Deschamps. "
     "Le capitaine Marquinhos, blessé, n'a pas joué mais était présent sur le banc.",
     {"Luis Enrique": {"role": "coach", "presence": "present"},
      "Didier Deschamps": {"role": "coach", "presence": "present"},
      "Marquinhos": {"role": "captain"}},
     []),
    ("en-football-final", "en",
     "Liverpool manager Arne Slot said his players were exhausted. Referee Michael Oliver "
     "was absent from the final.",
     {"Arne Slot": {"role": "coach", "presence": "mentioned"},
      "Michael Oliver": {"role": "referee", "presence": "absent"}},
     ["Liverpool"]),
    # ---------------------------------------------------------------- press conference
    ("en-company-ceo", "en",
     "Chief Executive Tim Cook hosted the press conference, alongside CFO Kevan Parekh. "
     "Mr. Cook said sales would grow.",
     {"Tim Cook": {"role": "ceo", "presence": "present"},
      "Kevan Parekh": {"presence": "present"}},
     ["Cook", "Mr. Cook"]),
    ("fr-company-pdg", "fr",
     "Le PDG de Renault, Luca de Meo, a présenté les résultats. Selon lui, la directrice "
     "financière Duarte Pereira devrait rejoindre la réunion mardi.",
     {"Duarte Pereira": {"presence": "expected", "modality": "expected"}},
     ["Renault", "role:ceo"]),
    # ---------------------------------------------------------------- disaster
    ("fr-disaster-officials", "fr",
     "Le préfet du Var Philippe Mahé s'est rendu sur place, en présence du maire de Toulon "
     "Josée Massi. Le ministre de l'Intérieur n'était pas présent.",
     {"Philippe Mahé": {"role": "prefect"},
      "Josée Massi": {"role": "mayor", "presence": "present"}},
     ["Var", "Toulon"]),
    ("en-disaster-officials", "en",
     "Governor Gavin Newsom toured the burned area with Fire Chief Kristin Crowley. "
     "Mayor Karen Bass did not attend the briefing.",
     {"Gavin Newsom": {"role": "governor"},
      "Kristin Crowley": {"role": "fire_chief"},
      "Karen Bass": {"role": "mayor", "presence": "absent", "modality": "denied"}},
     []),
    ("en-mentioned-topic", "en",
     "The two leaders talked about Volodymyr Zelensky and the war.",
     {"Volodymyr Zelensky": {"presence": "mentioned"}},
     []),
    ("fr-absent-adjective", "fr",
     "Absent du sommet, le président ukrainien Volodymyr Zelensky a réagi depuis Kiev.",
     {"Volodymyr Zelensky": {"side": "ukraine", "role": "president"}},
     ["Kiev"]),
]


def _field(claim: Claim, name: str) -> Any:
    if name in ("claimant", "modality"):
        return getattr(claim.qualifiers, name)
    if name == "quote":
        return claim.quote
    return getattr(claim.value, name)


@pytest.mark.parametrize(("case_id", "lang", "text", "find", "not_find"), CASES,
                         ids=[c[0] for c in CASES])
def test_participants(body_article: Any, case_id: str, lang: str, text: str,
                      find: dict[str, dict[str, Any]], not_find: list[str]) -> None:
    claims = participants(body_article, lang, text)
    for subject, fields in find.items():
        assert subject in claims, f"{case_id}: no claim for {subject}; got {sorted(claims)}"
        claim = claims[subject]
        for name, expected in fields.items():
            got = _field(claim, name)
            assert got == expected, f"{case_id}: {subject}.{name} = {got!r}, not {expected!r}"
    for subject in not_find:
        assert subject not in claims, f"{case_id}: unexpected claim for {subject}"


def test_case_count() -> None:
    assert len(CASES) >= 25


# ---------------------------------------------------------------- attribution directly

ATTRIBUTION = [
    ("fr", "Selon le Wall Street Journal, les discussions ont duré trois heures.",
     "trois heures", "Wall Street Journal", "reported"),
    ("fr", "D'après Reuters, le sommet aura lieu à Moscou.", "Moscou", "Reuters", "expected"),
    ("en", "The talks lasted about three hours, Putin said.", "about three hours", "Putin",
     "reported"),
    ("en", "According to the Kremlin, the meeting was constructive.", "constructive",
     "Kremlin", "reported"),
    ("en", "The meeting lasted three hours.", "three hours", None, "asserted"),
    ("en", "Trump will travel to Moscow.", "Moscow", None, "expected"),
    ("fr", "Les deux dirigeants n'ont pas conclu d'accord.", "accord", None, "denied"),
]


@pytest.mark.parametrize(("lang", "text", "span", "claimant", "modality"), ATTRIBUTION)
def test_attribution(body_article: Any, lang: str, text: str, span: str,
                     claimant: str | None, modality: str) -> None:
    art = body_article(lang, text)
    start = text.index(span)
    end = start + len(span)
    sent = next(iter(art.doc.sents))
    assert claimant_of(art, sent, start, end) == claimant
    assert modality_of(art, sent, start, end) == modality


def test_through_ingest(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        " date 2025-08-15 Sommet en Alaska\n\n"
        "Côté russe, le ministre des Affaires étrangères Sergueï Lavrov participe aux "
        "discussions. Le Kremlin a indiqué que Anton Silouanov, ministre des Finances, "
        "devrait les rejoindre.\n",
        encoding="utf-8",
    )
    source = read_source(path, "a")
    claims = [c for c in extract_claims(source, SETTINGS) if c.slot == "event.participants"]
    by_subject = {c.subject: c for c in claims}
    assert by_subject["Sergueï Lavrov"].value.presence == "present"  # type: ignore[union-attr]
    assert by_subject["Anton Silouanov"].value.presence == "expected"  # type: ignore[union-attr]
    for claim in claims:
        assert source.text[claim.start : claim.end] == claim.quote


# ------------------------------------------- tense and expectation words (attribution)


@pytest.mark.parametrize(
    ("text", "name", "presence"),
    [
        # an imperfect of a -rer verb is not a conditional
        ("La ministre de la Culture, Claire Vautier, figurait parmi les invités du dîner "
         "d'État.", "Claire Vautier", "present"),
        # « a appelé » is a call, not « est appelé à » (due to)
        ("Le maire, Paul Girardin, a appelé les habitants au calme.",
         "Paul Girardin", "mentioned"),
        ("Le préfet, Marc Olivier, est appelé à participer à la réunion de crise mardi.",
         "Marc Olivier", "expected"),
        ("Le ministre, Luc Ferrand, participerait à la réunion de jeudi.",
         "Luc Ferrand", "expected"),
    ],
)
def test_fr_tense_and_expectation_words(
    participants_of: Any, text: str, name: str, presence: str
) -> None:
    found = participants_of("fr", text)
    assert name in found
    assert found[name].value.presence == presence


def test_fr_the_nearest_role_phrase_is_the_apposed_one(participants_of: Any) -> None:
    found = participants_of(
        "fr",
        "Le président brésilien était entouré de son chef de la diplomatie, Joaquim Prado, "
        "et de deux conseillers.",
    )
    assert found["Joaquim Prado"].value.role == "foreign_minister"
