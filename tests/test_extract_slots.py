"""Must-find / must-not-find cases for the location, vehicle, label and quote extractors.

Articles are written for these tests (summits, a football final, a company
announcement, an earthquake), in French and English; none comes from sources/.
"""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.models import Claim
from reconcile.settings import Settings

SETTINGS = Settings()


@pytest.fixture(scope="module")
def extract(article_claims: Any) -> Any:
    def run(text: str, slot: str | None = None, lang: str | None = None) -> list[Claim]:
        return list(article_claims(text, slot, lang, "2025-08-16" if lang else None))

    return run


def _venues(claims: list[Claim]) -> dict[str, Any]:
    return {getattr(c.value, "name", ""): c for c in claims}


# --------------------------------------------------------------------------- locations

def test_fr_site_city_region_chain(extract: Any) -> None:
    claims = extract(
        "Sommet en Alaska\n\nLes deux présidents se sont rencontrés vendredi sur la base "
        "militaire Elmendorf-Richardson, à Anchorage, en Alaska.\n",
        "event.location",
    )
    venues = _venues(claims)
    base = venues["base militaire Elmendorf-Richardson"]
    assert base.value.kind == "site"
    assert base.value.within == ["Anchorage", "Alaska"]
    assert base.quote.startswith("sur la base")
    # named in the title and the lead alike: the lead's sentence is the better quote
    assert venues["Alaska"].part == "lead"
    assert venues["Alaska"].value.kind == "region"


def test_en_joint_base_with_state(extract: Any) -> None:
    claims = extract(
        "Leaders meet\n\nThe two presidents met on Friday at Joint Base Elmendorf-Richardson "
        "in Anchorage, Alaska, Washington said.\n",
        "event.location",
    )
    venues = _venues(claims)
    # every place of the chain is claimed, with what contains it; Washington is not a venue
    assert set(venues) == {"Joint Base Elmendorf-Richardson", "Anchorage", "Alaska"}
    assert venues["Anchorage"].value.within == ["Alaska"]
    assert venues["Anchorage"].quote == "in Anchorage, Alaska"
    value = venues["Joint Base Elmendorf-Richardson"].value
    assert value.kind == "site"
    assert value.within == ["Anchorage", "Alaska"]


def test_metonymy_and_between_are_not_venues(extract: Any) -> None:
    claims = extract(
        "Diplomatie\n\nLe dialogue entre Moscou et Washington a repris, a indiqué Paris. "
        "Washington a salué la rencontre.\n",
        "event.location",
    )
    assert claims == []


def test_origin_is_not_a_venue(extract: Any) -> None:
    claims = extract(
        "Arrivée\n\nLe président russe, venu de Moscou, a rencontré son homologue à Helsinki.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Helsinki"}
    assert _venues(claims)["Helsinki"].value.kind == "city"


def test_en_from_is_not_a_venue(extract: Any) -> None:
    claims = extract(
        "Arrival\n\nPutin, who flew in from Moscow, met the president in Geneva on Friday.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Geneva"}


def test_previous_event_place_is_not_a_venue(extract: Any) -> None:
    claims = extract(
        "Retrouvailles\n\nLes deux dirigeants se sont rencontrés à Genève. Leur précédent "
        "sommet, à Helsinki en 2018, avait été tendu.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Genève"}


def test_place_in_organisation_name_is_not_a_venue(extract: Any) -> None:
    claims = extract(
        "Results\n\nThe Bank of England announced its results on Thursday. "
        "Analysts at the University of Chicago were surprised.\n",
        "event.location",
    )
    assert "England" not in _venues(claims)
    assert "Chicago" not in _venues(claims)


def test_en_stadium_in_city(extract: Any) -> None:
    claims = extract(
        "Cup final\n\nThe final was played at Wembley Stadium in London on Saturday evening.\n",
        "event.location",
    )
    stadium = _venues(claims)["Wembley Stadium"].value
    assert stadium.kind == "site"
    assert stadium.within == ["London"]


def test_fr_stadium_final(extract: Any) -> None:
    claims = extract(
        "Finale de la Coupe\n\nLa finale s'est jouée samedi au Stade de France, à Saint-Denis, "
        "devant 80 000 spectateurs.\n",
        "event.location",
    )
    stade = _venues(claims)["Stade de France"]
    assert stade.value.kind == "site"
    assert stade.value.within == ["Saint-Denis"]
    assert stade.quote == "au Stade de France, à Saint-Denis"


def test_en_company_headquarters(extract: Any) -> None:
    claims = extract(
        "New phone\n\nThe company announced the device at its headquarters in Cupertino, "
        "California, on Tuesday.\n",
        "event.location",
    )
    hq = next(c for c in claims if "headquarters" in c.value.name)
    assert hq.value.kind == "site"
    assert hq.value.within == ["Cupertino", "California"]


def test_en_earthquake_town_near_province(extract: Any) -> None:
    claims = extract(
        "Deadly quake\n\nA magnitude 6.1 earthquake struck near the town of Khoy in "
        "West Azerbaijan province, Iran, on Monday.\n",
        "event.location",
    )
    town = _venues(claims)["town of Khoy"].value
    assert town.kind == "city"
    assert town.within == ["West Azerbaijan province", "Iran"]


def test_fr_earthquake_object_of_verb_and_direction(extract: Any) -> None:
    claims = extract(
        "Séisme\n\nLe séisme a frappé la province de Van, dans l'est de la Turquie, lundi.\n",
        "event.location",
    )
    van = _venues(claims)["province de Van"].value
    assert van.kind == "region"
    assert van.within == ["Turquie"]


def test_same_place_twice_is_one_claim(extract: Any) -> None:
    claims = extract(
        "Talks\n\nThe leaders met in Geneva on Monday. The summit in Geneva lasted two hours.\n",
        "event.location",
    )
    assert [c.value.name for c in claims] == ["Geneva"]


def test_body_sentence_without_event_is_not_a_venue(extract: Any) -> None:
    claims = extract(
        "Profile\n\nThe leaders met in Geneva on Monday. The minister grew up in Lyon and "
        "studied in Paris.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Geneva"}


# --------------------------------------------------------------------------- vehicles

def test_fr_vehicle_nickname_and_rider(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nVladimir Poutine est monté dans la Cadillac One surnommée The Beast "
        "pour rejoindre le lieu du sommet.\n",
        "event.vehicle",
    )
    assert len(claims) == 1
    value = claims[0].value
    assert claims[0].subject == "ride"
    assert value.name == "Cadillac One"
    assert value.nickname == "The Beast"
    assert "Vladimir Poutine" in value.riders


def test_fr_generic_vehicle_with_nationality(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nLe président russe a pris place dans la voiture présidentielle américaine "
        "à l'issue de la rencontre.\n",
        "event.vehicle",
    )
    value = claims[0].value
    assert value.name == "voiture présidentielle américaine"
    assert value.owner is None  # a nationality is not an owner


def test_fr_usual_vehicle(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nLe président russe se déplace habituellement dans une Aurus Senat, un modèle "
        "qu'il utilise depuis 2018.\n",
        "event.vehicle",
    )
    assert [c.subject for c in claims] == ["usual"]
    assert claims[0].value.name == "Aurus Senat"


def test_en_possessive_owner_and_rider(extract: Any) -> None:
    claims = extract(
        "Summit\n\nPutin rode in Trump's limousine, nicknamed The Beast, to the talks.\n",
        "event.vehicle",
    )
    value = claims[0].value
    assert claims[0].subject == "ride"
    assert value.owner == "Trump"
    assert value.nickname == "The Beast"
    assert value.riders == ["Putin"]


def test_en_usual_with_claimant(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe president usually travels in an armoured Cadillac, according to "
        "the Secret Service.\n",
        "event.vehicle",
    )
    assert claims[0].subject == "usual"
    assert claims[0].qualifiers.claimant is not None
    assert "Secret Service" in claims[0].qualifiers.claimant


def test_vehicle_without_ride_is_not_a_claim(extract: Any) -> None:
    claims = extract(
        "Security\n\nPolice found a car bomb near the embassy. Car sales rose in July.\n",
        "event.vehicle",
    )
    assert claims == []


# --------------------------------------------------------------------------- labels

def test_fr_closed_doors_in_title(extract: Any) -> None:
    claims = extract(
        "Trump et Poutine à huis clos\n\nLes deux présidents se sont parlé vendredi.\n",
        "event.format",
    )
    assert [(c.value.label, c.part) for c in claims] == [("closed_doors", "title")]


def test_en_formats(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe leaders first met one-on-one, then in a three-on-three format with "
        "their advisers, behind closed doors.\n",
        "event.format",
    )
    labels = {c.value.label: c.value.words for c in claims}
    assert labels["one_on_one"] == ["one-on-one"]
    assert labels["n_on_n"] == ["three-on-three", "3-on-3"]
    assert "closed_doors" in labels


def test_fr_tete_a_tete_and_trois_contre_trois(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nLes présidents ont eu un tête-à-tête, puis une réunion à trois contre trois.\n",
        "event.format",
    )
    labels = {c.value.label: c.value.words for c in claims}
    assert labels["one_on_one"] == ["tête-à-tête"]
    assert labels["n_on_n"][1] == "3-on-3"


def test_score_is_not_a_format(extract: Any) -> None:
    claims = extract(
        "Final\n\nThe home side won the final two to one after extra time, and Trump on Putin "
        "was the headline.\n",
        "event.format",
    )
    assert claims == []


def test_fr_tone_with_claimant(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nVladimir Poutine a qualifié les discussions de constructives et utiles.\n",
        "event.tone",
    )
    assert len(claims) == 1
    assert claims[0].value.label == "positive"
    assert claims[0].value.words == ["constructives", "utiles"]
    assert "Poutine" in (claims[0].qualifiers.claimant or "")


def test_en_negated_tone(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe talks were not productive, a Kremlin aide said.\n",
        "event.tone",
    )
    assert claims[0].value.label == "negative"
    assert claims[0].qualifiers.modality != "denied"


def test_en_mixed_tone(extract: Any) -> None:
    claims = extract(
        "Summit\n\nOfficials described the meeting as frank but tense.\n",
        "event.tone",
    )
    assert claims[0].value.label in ("mixed", "negative")
    assert claims[0].value.words == ["frank", "tense"]


def test_good_outside_talks_is_not_a_tone(extract: Any) -> None:
    claims = extract(
        "Final\n\nThe home side played a good game and the crowd was warm.\n",
        "event.tone",
    )
    assert claims == []


def test_en_no_deal_until_deal(extract: Any) -> None:
    claims = extract(
        "Summit\n\n\"There's no deal until there's a deal,\" Trump told reporters after the "
        "meeting.\n",
        "event.outcome",
    )
    assert len(claims) == 1
    assert claims[0].value.agreement is False
    assert claims[0].value.label == "no_deal"


def test_fr_negated_deal(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nLes deux camps ne sont pas parvenus à un accord sur l'Ukraine.\n",
        "event.outcome",
    )
    assert claims[0].value.agreement is False


def test_en_deal_and_expected_deal(extract: Any) -> None:
    claims = extract(
        "Merger\n\nThe two firms reached an agreement on Tuesday. Their unions could reach "
        "a deal next week.\n",
        "event.outcome",
    )
    assert [(c.value.agreement, c.qualifiers.modality) for c in claims] == [
        (True, "asserted"),
        (True, "expected"),
    ]


def test_fr_ceasefire(extract: Any) -> None:
    claims = extract(
        "Trêve\n\nLes belligérants ont conclu un cessez-le-feu dimanche soir.\n",
        "event.outcome",
    )
    assert claims[0].value.label == "ceasefire"
    assert claims[0].value.agreement is True


def test_fr_next_meeting_possible(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nUn prochain rendez-vous pourrait avoir lieu à Moscou, avec Volodymyr "
        "Zelensky.\n",
        "event.next",
    )
    value = claims[0].value
    assert value.place == "Moscou"
    assert "Volodymyr Zelensky" in value.participants
    assert claims[0].qualifiers.modality == "expected"


def test_en_next_meeting(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe next meeting will be held in Moscow, the Kremlin said.\n",
        "event.next",
    )
    assert claims[0].value.place == "Moscow"


def test_next_meeting_place_is_not_a_venue(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe leaders met in Geneva. The next summit could take place in Moscow.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Geneva"}


def test_setting_backdrop(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe two leaders spoke in front of a blue backdrop in the main hall.\n",
        "event.setting",
    )
    assert "backdrop" in {c.value.label for c in claims}


# --------------------------------------------------------------------------- quotes

def test_fr_quote_with_speaker_after(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nVladimir Poutine a rencontré Donald Trump. « Nous avons eu des discussions "
        "constructives », a déclaré Poutine.\n",
        "quote",
    )
    assert len(claims) == 1
    assert claims[0].value.text == "Nous avons eu des discussions constructives"
    assert claims[0].value.speaker == "Poutine"
    assert claims[0].subject == "Vladimir Poutine"
    assert claims[0].quote.startswith("«") and claims[0].quote.endswith("»")


def test_en_quote_speaker_and_curly(extract: Any) -> None:
    claims = extract(
        "Summit\n\n“We will meet again very soon,” Putin told reporters on Friday.\n",
        "quote",
    )
    assert claims[0].value.text == "We will meet again very soon"
    assert claims[0].subject == "Putin"


def test_short_quotes_are_names_not_quotes(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nTrump est arrivé dans sa limousine « The Beast ». Les discussions ont été "
        "« utiles ».\n",
        "quote",
    )
    assert claims == []


def test_quote_without_speaker_is_unknown(extract: Any) -> None:
    claims = extract(
        "Report\n\nA sign at the entrance read \"Pursuing peace together, for all\".\n",
        "quote",
    )
    assert claims[0].subject == "unknown"


# --------------------------------------------------------------------------- second round

def test_war_place_is_another_event(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nLes deux présidents se sont rencontrés à Genève. Ils ont discuté de la "
        "guerre en Syrie lors de la rencontre.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Genève"}


def test_en_war_place_is_another_event(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe leaders met in Geneva. The talks focused on the war in Sudan.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Geneva"}


def test_tone_claimant_passive_agent(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nDes entretiens jugés fructueux par les deux délégations se sont achevés "
        "mardi.\n",
        "event.tone",
    )
    assert claims[0].value.label == "positive"
    assert "délégations" in (claims[0].qualifiers.claimant or "")


def test_direct_is_not_a_tone(extract: Any) -> None:
    claims = extract(
        "Summit\n\nThe meeting set up a direct line between the two defence ministries.\n",
        "event.tone",
    )
    assert claims == []


def test_room_words_skip_article(extract: Any) -> None:
    claims = extract(
        "Conseil\n\nLa réunion s'est tenue dans la salle des fêtes de la mairie.\n",
        "event.setting",
    )
    assert claims[0].value.words == ["salle des fêtes"]


def test_quote_speaker_role_phrase(extract: Any) -> None:
    claims = extract(
        "Annonce\n\nLe directeur général a déclaré : « Nous ouvrirons trois usines en 2026 ».\n",
        "quote",
    )
    assert claims[0].value.speaker is not None
    assert "directeur" in claims[0].value.speaker


def test_vehicle_owner_from_other_mention(extract: Any) -> None:
    claims = extract(
        "Sommet\n\nLe ministre est arrivé dans la berline de Marie Dupont, une Tesla blanche.\n",
        "event.vehicle",
    )
    assert claims[0].value.name == "Tesla"
    assert claims[0].value.owner == "Marie Dupont"


def test_possessive_owner_is_the_rider(extract: Any) -> None:
    claims = extract(
        "Summit\n\nMarie Dupont arrived at the talks in her white Tesla, known to her staff as "
        "the \"Comet\".\n",
        "event.vehicle",
    )
    value = claims[0].value
    assert value.name == "Tesla"
    assert value.nickname == "Comet"
    assert value.owner == "Marie Dupont"
    assert claims[0].quote.startswith("her white Tesla")


def test_duplicate_outcome_is_one_claim(extract: Any) -> None:
    claims = extract(
        "Talks\n\nThe talks ended without a deal on Tuesday. After four hours, the two sides "
        "parted without a deal.\n",
        "event.outcome",
    )
    assert len(claims) == 1


def test_follow_up_place_is_not_a_venue_fr(extract: Any) -> None:
    claims = extract(
        "Commerce\n\nLes négociateurs se sont réunis à Bruxelles et doivent se retrouver à "
        "Lisbonne en juin.\n",
        "event.location",
    )
    assert set(_venues(claims)) == {"Bruxelles"}


def test_event_name_is_not_a_place(extract: Any) -> None:
    claims = extract(
        "Final\n\nThe club won in the Continental Trophy final at the Olympic Stadium in Rome.\n",
        "event.location",
    )
    assert "Continental Trophy" not in _venues(claims)
    assert "Olympic Stadium" in _venues(claims)


def test_extractors_that_read_participants_run_after_them() -> None:
    from reconcile.extract import load_extractors
    from reconcile.extract.registry import registered

    load_extractors()
    order = list(registered())
    for reader in ("labels", "vehicles"):
        assert order.index("participants") < order.index(reader), order


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "statement"),
    [
        ("fr", "D'après la préfecture du Nord, la digue a cédé peu après minuit samedi.",
         "la préfecture du Nord", "la digue a cédé peu après minuit samedi"),
        ("fr", "Le vol a été retardé de deux heures, selon la compagnie aérienne.",
         "la compagnie aérienne", "Le vol a été retardé de deux heures"),
        ("en", "According to the Lagos Herald, the minister left the summit early on Friday.",
         "the Lagos Herald", "the minister left the summit early on Friday"),
        ("en", "Turnout reached 61 percent, according to the electoral commission.",
         "the electoral commission", "Turnout reached 61 percent"),
    ],
)
def test_statement_attributed_without_quotation_marks(
    extract: Any, lang: str, text: str, speaker: str, statement: str
) -> None:
    quotes = extract(f"Titre\n\n{text}\n", "quote", lang)
    found = [(c.value.speaker, c.value.text, c.qualifiers.modality) for c in quotes]
    assert (speaker, statement, "reported") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Selon lui, la réunion s'est bien passée pour tout le monde."),
        ("fr", "Les discussions ont duré trois heures selon un diplomate présent."),
        ("en", "According to her, the meeting went well for everyone involved."),
    ],
)
def test_no_attributed_statement_without_a_source_of_its_own(
    extract: Any, lang: str, text: str
) -> None:
    quotes = extract(f"Titre\n\n{text}\n", "quote", lang)
    assert [c for c in quotes if c.qualifiers.modality == "reported"] == []


@pytest.mark.parametrize(
    ("lang", "text", "decoration"),
    [
        ("fr", "Les ministres se sont réunis dans une salle du palais, ornée de tapisseries "
         "anciennes.", "ornée de tapisseries anciennes"),
        ("en", "The leaders met in a ballroom draped in the flags of both countries.",
         "draped in the flags of both countries"),
    ],
)
def test_room_decoration_is_a_setting(extract: Any, lang: str, text: str, decoration: str
                                      ) -> None:
    settings = extract(f"Titre\n\n{text}\n", "event.setting", lang)
    assert decoration in [c.quote for c in settings], [c.quote for c in settings]


def test_a_medal_decorated_soldier_is_no_room(extract: Any) -> None:
    settings = extract("Title\n\nThe general was decorated on Monday.\n", "event.setting", "en")
    assert settings == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The river rose five metres in less than a day. It crested at about 7.4 metres "
               "on Friday."),
        ("fr", "La rivière est montée de cinq mètres en moins de 24 heures. Elle a culminé à "
               "7,42 mètres vendredi."),
    ],
)
def test_two_unnamed_measurements_of_one_dimension_stay_apart(
    extract: Any, lang: str, text: str
) -> None:
    # neither sentence names what was measured: the two figures must not share a subject
    # (they would conflict), whatever the dimension
    figures = extract(f"Titre\n\n{text}\n", "quantity", lang)
    assert len(figures) == 2 and figures[0].subject != figures[1].subject, figures
