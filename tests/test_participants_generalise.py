"""event.participants, second round: presence of people who run or attend an event,
negated participation, name variants, non-persons, role word sense and singular
roles that refer to a named person. Sentences written for these tests (launches,
fires, strikes, floods, ministerial visits, trade talks), must-find and
must-not-find."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.models import Claim


def claims(participants_of: Any, lang: str, text: str) -> dict[str, Claim]:
    return dict(participants_of(lang, text))


# (id, lang, text, {subject: presence}, subjects that must not be claimed)
CASES: list[tuple[str, str, str, dict[str, str], list[str]]] = [
    # ------------------------------------------------ 1. running / attending the event
    ("fr-director-green-light", "fr",
     "Le lanceur a décollé à l'heure. Inès Morvan, directrice des opérations, a donné le "
     "feu vert peu avant minuit.",
     {"Inès Morvan": "present"}, []),
    ("en-coordinated-from-command-post", "en",
     "Prefect Alain Roussel coordinated the response from the command post overnight.",
     {"Alain Roussel": "present"}, []),
    ("fr-mayor-on-site", "fr",
     "Le maire, Bernard Quillet, était sur place dès six heures du matin.",
     {"Bernard Quillet": "present"}, []),
    ("fr-minister-went-to-site", "fr",
     "La ministre de l'Intérieur, Claire Davout, s'est rendue sur les lieux dans l'après-midi.",
     {"Claire Davout": "present"}, []),
    ("en-chaired-meeting", "en",
     "Deputy governor Ruth Okafor chaired the emergency meeting on Tuesday evening.",
     {"Ruth Okafor": "present"}, []),
    ("fr-mayor-ordered-evacuation", "fr",
     "Le maire de Saint-Ambroise, Yves Perrier, a ordonné l'évacuation du quartier.",
     {"Yves Perrier": "present"}, []),
    ("en-visited-the-site", "en",
     "Health minister Grace Mbeki visited the flooded hospital on Sunday.",
     {"Grace Mbeki": "present"}, []),
    # expected
    ("fr-expected-on-site", "fr",
     "Le Premier ministre, Léon Carrel, est attendu sur place demain matin.",
     {"Léon Carrel": "expected"}, []),
    ("en-due-to-visit", "en",
     "Interior minister Sofia Brandt is due to visit the site on Friday.",
     {"Sofia Brandt": "expected"}, []),
    # ------------------------------------------------ 2. negated participation
    ("fr-relative-negated", "fr",
     "Le ministre du Budget, Hervé Lacombe, qui ne participait pas aux négociations, a salué "
     "un bon accord.",
     {"Hervé Lacombe": "absent"}, []),
    ("en-relative-negated", "en",
     "Finance minister Jonas Berg, who did not take part in the talks, welcomed the deal.",
     {"Jonas Berg": "absent"}, []),
    ("fr-did-not-attend", "fr",
     "La commissaire européenne Anna Sorensen n'a pas assisté à la réunion de Lisbonne.",
     {"Anna Sorensen": "absent"}, []),
    ("en-not-at-table", "en",
     "Trade commissioner Paolo Venturi was not at the table when the text was agreed.",
     {"Paolo Venturi": "absent"}, []),
    ("en-stayed-away", "en",
     "Opposition leader Mark Heller stayed away from the ceremony.",
     {"Mark Heller": "absent"}, []),
    # ------------------------------------------------ 3. names
    ("fr-surname-only-diaeresis", "fr",
     "Aïdar Kassymov, vice-ministre de l'Énergie, a signé le protocole. M. Kassymov a "
     "ensuite quitté la salle.",
     {"Aïdar Kassymov": "present"}, ["Kassymov"]),
    ("fr-only-surname", "fr",
     "M. Benslimane a présidé la réunion de crise à la préfecture.",
     {"Benslimane": "present"}, []),
    ("en-particle-name", "en",
     "Mohamed Ben Slimane, the regional governor, toured the damaged port on Monday.",
     {"Mohamed Ben Slimane": "present"}, []),
    # ------------------------------------------------ 4. non-persons
    ("en-company-not-person", "en",
     "Orbis Launch said the Calypso-A satellite separated from the rocket after nine minutes. "
     "Nordic Aerospace built the upper stage.",
     {}, ["Orbis Launch", "Calypso-A", "Nordic Aerospace"]),
    ("en-place-not-person", "en",
     "The rocket lifted off in Kourou, French Guiana, at dawn. Kourou residents watched "
     "from the beach.",
     {}, ["Kourou", "French Guiana"]),
    ("fr-product-code", "fr",
     "Le satellite Vesta-2 a été placé en orbite. Le Groupe Altamar a fourni le moteur.",
     {}, ["Vesta-2", "Groupe Altamar", "Altamar"]),
    ("en-place-from-ner-person", "en",
     "The rocket lifted off from Kourou. In Kourou, crowds gathered. Vesta-2 will now test "
     "its antenna.",
     {}, ["Kourou", "Vesta-2"]),
    ("fr-place-and-code", "fr",
     "Le lancement a eu lieu à Kourou. À Kourou, la foule a applaudi. Calypso-A s'est séparé "
     "du lanceur, a indiqué Inès Morvan.",
     {"Inès Morvan": "mentioned"}, ["Kourou", "Calypso-A"]),
    # ------------------------------------------------ 5. role word sense
    ("en-captain-in-a-final", "en",
     "The captain, Rafael Ortiz, lifted the trophy after the final whistle.",
     {"Rafael Ortiz": "present"}, []),
    ("en-managers-in-strike", "en",
     "Nurses walked out at the Riverside hospital. The managers refused to meet the union.",
     {}, ["role:coach"]),
    ("en-ship-captain", "en",
     "The ferry ran aground near the harbour. The captain was questioned by police.",
     {}, ["role:captain"]),
    # ------------------------------------------------ 6. singular role resolves
    ("fr-singular-role-resolves", "fr",
     "Le président tanzanien, Samuel Mwita, a évoqué le projet dimanche. Le président "
     "tanzanien a ensuite rencontré les syndicats à Dodoma.",
     {"Samuel Mwita": "present"}, ["role:president"]),
    ("en-singular-role-resolves", "en",
     "Fire chief Dana Whitlock spoke to reporters in the morning. Later, the fire chief "
     "met residents at the evacuation centre.",
     {"Dana Whitlock": "present"}, ["role:fire_chief"]),
    ("en-prime-minister-two-named", "en",
     "Prime Minister Ella Norgaard praised the plan. Former prime minister Karl Vinter "
     "criticised it. The prime minister later attended the summit.",
     {"Karl Vinter": "mentioned"}, []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_presence_cases(participants_of: dict[str, Any],
                        case: tuple[str, str, str, dict[str, str], list[str]]) -> None:
    _id, lang, text, expected, forbidden = case
    got = claims(participants_of, lang, text)
    presence = {k: c.value.presence for k, c in got.items()}  # type: ignore[union-attr]
    for subject, want in expected.items():
        assert presence.get(subject) == want, presence
    for subject in forbidden:
        assert subject not in presence, presence
