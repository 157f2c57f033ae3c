"""Matching layer: people, roles, places, vehicles (reconcile.align)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.align.vehicles import relate_vehicles, vehicle_key
from reconcile.lang.people import (
    PersonMatch,
    canonical_name,
    fold_name,
    link_surnames,
    match_people,
)
from reconcile.lang.places import INVERSE, normalise_place, relate_places
from reconcile.lang.roles import match_role, role_fits, role_key
from reconcile.models import LocationValue, VehicleValue
from reconcile.settings import Settings

THRESHOLD = Settings().name_fuzzy_threshold

# --------------------------------------------------------------------------- people

MUST_MATCH: list[tuple[str, str]] = [
    ("Witcoff", "Witkoff"),
    ("Steve Witcoff", "Steve Witkoff"),
    ("l'envoyé spécial Steve Witcoff", "Steven Witkoff"),
    ("Ouchakov", "Ushakov"),
    ("Iouri Ouchakov", "Yuri Ushakov"),
    ("Iouri Ouchakov", "Yury Ushakov"),
    ("Youri Ouchakov", "Yuri Ushakov"),
    ("Belooussov", "Belousov"),
    ("Andreï Belooussov", "Andrei Belousov"),
    ("Andreï Belooussov", "Andrey Belousov"),
    ("Silouanov", "Siluanov"),
    ("Anton Silouanov", "Anton Siluanov"),
    ("Zelenski", "Zelensky"),
    ("Zelensky", "Zelenskyy"),
    ("Volodymyr Zelenski", "Volodymyr Zelenskyy"),
    ("Lavrov", "Lavrov"),
    ("Sergueï Lavrov", "Sergey Lavrov"),
    ("Sergueï Lavrov", "Sergei Lavrov"),
    ("M. Lavrov", "Sergueï Lavrov"),
    ("Mr. Rubio", "Marco Rubio"),
    ("Poutine", "Putin"),
    ("Vladimir Poutine", "Vladimir Putin"),
    ("le président Vladimir Poutine", "Putin"),
    ("Dmitri Peskov", "Dmitry Peskov"),
    ("Mikhaïl Gorbatchev", "Mikhail Gorbachev"),
    ("Alexeï Navalny", "Alexei Navalny"),
    ("Alexeï Navalny", "Alexey Navalny"),
    ("Kirill Dmitriev", "Kirill Dmitriyev"),
    ("Sergueï Choïgou", "Sergei Shoigu"),
    ("Nikita Khrouchtchev", "Nikita Khrushchev"),
    ("Evgueni Prigojine", "Yevgeny Prigozhin"),
    ("Boris Eltsine", "Boris Yeltsin"),
    ("Benyamin Nétanyahou", "Benjamin Netanyahu"),
    ("Mouammar Kadhafi", "Muammar Qaddafi"),
    ("Bachar el-Assad", "Bashar al-Assad"),
    ("Joe Biden", "Joseph Biden"),
    ("J. D. Vance", "JD Vance"),
    ("Vance", "JD Vance"),
    ("Kim", "Kim Jong-un"),
    ("Kim Jong Un", "Kim Jong-un"),
    ("von der Leyen", "Ursula von der Leyen"),
    ("Erdogan", "Erdoğan"),
    ("Recep Tayyip Erdogan", "Erdoan"),  # one dropped letter, 6+ letters
    ("Vladimir Zelensky", "Volodymyr Zelenskyy"),
]

MUST_NOT_MATCH: list[tuple[str, str]] = [
    ("Besson", "Bessent"),
    ("Éric Besson", "Scott Bessent"),
    ("Rubio", "Rubiales"),
    ("Marco Rubio", "Luis Rubiales"),
    ("Kim", "Kimmel"),
    ("Kim Jong-un", "Jimmy Kimmel"),
    ("Macron", "Marcon"),  # a swap is two edits
    ("Putin", "Puten"),  # one edit, but too short to be fuzzy
    ("Hunter Biden", "Joe Biden"),
    ("Eric Trump", "Donald Trump"),
    ("Melania Trump", "Donald Trump"),
    ("Vladimir Putin", "Volodymyr Zelensky"),
    ("Lavrov", "Peskov"),
    ("Dmitri Peskov", "Dmitri Medvedev"),
    ("Kirill Dmitriev", "Dmitri Peskov"),
    ("Witkoff", "Whitaker"),
    ("Marco Rubio", "Mark Rutte"),
    ("J. Biden", "H. Biden"),
    ("Donald", "Donald Trump"),  # a first name is not a surname
    ("", "Lavrov"),
    ("Ouchakov", "Ushakova"),  # prefix extension
]


@pytest.mark.parametrize(("a", "b"), MUST_MATCH)
def test_people_must_match(a: str, b: str) -> None:
    assert match_people(a, b, THRESHOLD) is not None, (a, b, fold_name(a), fold_name(b))


@pytest.mark.parametrize(("a", "b"), MUST_NOT_MATCH)
def test_people_must_not_match(a: str, b: str) -> None:
    assert match_people(a, b, THRESHOLD) is None, (a, b, match_people(a, b, THRESHOLD))


def test_pair_tables_are_large_enough() -> None:
    assert len(MUST_MATCH) + len(MUST_NOT_MATCH) >= 40


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("Lavrov", "lavrov", "exact"),
        ("Ouchakov", "Ushakov", "folded"),
        ("Sergueï Lavrov", "Sergey Lavrov", "folded"),
        ("Steve Witkoff", "Stephen Witkoff", "variant"),
        ("Steve Witcoff", "Steven Witkoff", "variant"),  # known aliases
        ("Lavrov", "Sergueï Lavrov", "surname"),
        ("H. Biden", "Hunter Biden", "surname"),
        ("Erdogan", "Erdoan", "fuzzy"),
    ],
)
def test_match_levels(a: str, b: str, level: str) -> None:
    found = match_people(a, b, THRESHOLD)
    assert found is not None and found.level == level, found
    assert 0.0 < found.score <= 1.0
    assert found.reason


def test_fuzzy_threshold_is_applied() -> None:
    # "Hegsethh"-like single insertions pass at 88 but not at 99
    assert match_people("Erdogan", "Erdoan", 88.0) is not None
    assert match_people("Erdogan", "Erdoan", 99.0) is None
    assert match_people("Erdogan", "Erdoan", 0.88) is not None  # a fraction is scaled


def test_fold_name_examples() -> None:
    assert fold_name("Iouri Ouchakov") == fold_name("Yuri Ushakov")
    assert fold_name("Zelenskyy") == fold_name("Zelenski")
    assert fold_name("Dostoïevski") == fold_name("Dostoyevsky")
    assert fold_name("  Sergueï   LAVROV ") == fold_name("sergey lavrov")
    assert fold_name("Besson") != fold_name("Bessent")


def test_canonical_name() -> None:
    assert canonical_name("Iouri Ouchakov") == "Yuri Ushakov"
    assert canonical_name("le président Vladimir Poutine") == "Vladimir Putin"
    assert canonical_name("Steve Witcoff") == "Steve Witkoff"
    # unknown people keep their spelling, without titles
    assert canonical_name("M. Jean Dupont") == "Jean Dupont"


def test_link_surnames() -> None:
    names = ["Sergueï Lavrov", "Marco Rubio", "M. Lavrov", "Mr. Rubio", "Peskov"]
    links = link_surnames(names)
    assert links["M. Lavrov"] == "Sergueï Lavrov"
    assert links["Mr. Rubio"] == "Marco Rubio"
    assert links["Peskov"] == "Peskov"  # nothing to link to
    assert links["Sergueï Lavrov"] == "Sergueï Lavrov"


def test_link_surnames_headline_and_ambiguity() -> None:
    links = link_surnames(["Poutine", "Vladimir Poutine"])
    assert links["Poutine"] == "Vladimir Poutine"  # a headline before the body
    ambiguous = link_surnames(["Joe Biden", "Hunter Biden", "Biden"])
    assert ambiguous["Biden"] == "Biden"  # two different Bidens before it: left alone
    assert link_surnames(["Biden", "Joe Biden", "Hunter Biden"])["Biden"] == "Biden"


NAMES = [n for pair in MUST_MATCH + MUST_NOT_MATCH for n in pair]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(NAMES) | st.text(max_size=30), st.sampled_from(NAMES) | st.text(max_size=30))
def test_match_people_is_symmetric(a: str, b: str) -> None:
    assert match_people(a, b, THRESHOLD) == match_people(b, a, THRESHOLD)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(NAMES) | st.text(max_size=40))
def test_fold_name_is_idempotent(name: str) -> None:
    once = fold_name(name)
    assert fold_name(once) == once


def test_person_match_type() -> None:
    found = match_people("Witcoff", "Witkoff")
    assert isinstance(found, PersonMatch)


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("phrase", "lang", "key"),
    [
        ("le ministre des Affaires étrangères", "fr", "foreign_minister"),
        ("le ministre russe des Affaires étrangères", "fr", "foreign_minister"),
        ("foreign minister", "en", "foreign_minister"),
        ("US Secretary of State", "en", "foreign_minister"),
        ("le secrétaire d'État", "fr", "foreign_minister"),
        ("le chef de la diplomatie russe", "fr", "foreign_minister"),
        ("secrétaire d'État chargé du Numérique", "fr", "junior_minister"),
        ("l'assistant présidentiel", "fr", "aide"),
        ("conseiller", "fr", "adviser"),
        ("aide", "en", "aide"),
        ("adviser", "en", "adviser"),
        ("l'envoyé spécial", "fr", "envoy"),
        ("special envoy", "en", "envoy"),
        ("porte-parole", "fr", "spokesperson"),
        ("spokesman", "en", "spokesperson"),
        ("le ministre russe des Finances", "fr", "finance_minister"),
        ("Treasury Secretary", "en", "finance_minister"),
        ("le ministre de la Défense", "fr", "defence_minister"),
        ("defense secretary", "en", "defence_minister"),
        ("président", "fr", "president"),
        ("chef d'État", "fr", "head_of_state"),
        ("prime minister", "en", "head_of_government"),
        ("PDG", "fr", "ceo"),
        ("CEO", "en", "ceo"),
        ("entraîneur", "fr", "coach"),
        ("coach", "en", "coach"),
        ("vice-ministre des Affaires étrangères", "fr", "deputy_minister"),
        ("deputy foreign minister", "en", "deputy_minister"),
        ("l'ancien président", "fr", "former_president"),
        ("vice-président américain", "fr", "vice_president"),
        ("spokesman", None, "spokesperson"),
    ],
)
def test_role_key(phrase: str, lang: str | None, key: str) -> None:
    assert role_key(phrase, lang) == key


def test_role_key_unknown_and_plural() -> None:
    assert role_key("le chien", "fr") is None
    plural = match_role("les ministres des Affaires étrangères", "fr")
    assert plural is not None and plural.plural and plural.key == "foreign_minister"
    single = match_role("le ministre des Affaires étrangères", "fr")
    assert single is not None and not single.plural
    assert (m := match_role("aides", "en")) is not None and m.plural


@pytest.mark.parametrize(
    ("group", "person", "fits"),
    [
        ("les ministres des Affaires étrangères", "foreign_minister", True),
        ("foreign_minister", "foreign_minister", True),
        ("conseillers", "adviser", True),
        ("conseillers", "aide", True),
        ("conseillers", "envoy", True),
        ("advisers", "national_security_adviser", True),
        ("aides", "envoy", False),
        ("ministres", "finance_minister", True),
        ("ministres", "defence_minister", True),
        ("minister", "aide", False),
        ("minister", "envoy", False),
        ("foreign_minister", "defence_minister", False),
        ("les ministres des Affaires étrangères", "l'assistant présidentiel", False),
        ("responsables", "envoy", True),
        ("présidents", "president", True),
        ("president", "former_president", False),
        ("coach", "player", False),
        ("nonsense words", "president", False),
    ],
)
def test_role_fits(group: str, person: str, fits: bool) -> None:
    assert role_fits(group, person) is fits


# --------------------------------------------------------------------------- places


def loc(name: str, kind: str = "other", within: list[str] | None = None) -> LocationValue:
    return LocationValue(name=name, kind=kind, within=within or [])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "key", "kind"),
    [
        ("Genève", "geneva", "city"),
        ("Geneva", "geneva", "city"),
        ("à Genève", "geneva", "city"),
        ("Londres", "london", "city"),
        ("Moscou", "moscow", "city"),
        ("en Alaska", "alaska", "region"),
        ("Californie", "california", "region"),
        ("les États-Unis", "united_states", "country"),
        ("la Maison Blanche", "white_house", "site"),
        ("base militaire Elmendorf-Richardson", "joint_base_elmendorf_richardson", "site"),
        ("Joint Base Elmendorf", "joint_base_elmendorf_richardson", "site"),
        ("Elmendorf-Richardson base", "joint_base_elmendorf_richardson", "site"),
        ("Anchorage, Alaska", "anchorage", "city"),
        ("Île-de-France", "ile_de_france", "region"),
    ],
)
def test_normalise_place(name: str, key: str, kind: str) -> None:
    ref = normalise_place(name)
    assert (ref.key, ref.kind) == (key, kind)


def test_normalise_place_chain_and_context() -> None:
    assert normalise_place("Anchorage").within == ["alaska", "united_states"]
    assert normalise_place("Georgia", ["United States"]).key == "georgia_us"
    assert normalise_place("Géorgie").key == "georgia_country"
    unknown = normalise_place("Hôtel Captain Cook")
    assert not unknown.known and unknown.kind == "other"
    assert normalise_place("Anchorage").known


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (loc("Genève"), loc("Geneva"), "same"),
        (loc("Joint Base Elmendorf"), loc("Elmendorf-Richardson base"), "same"),
        (loc("base militaire Elmendorf-Richardson", "site"), loc("Anchorage", "city"), "within"),
        (loc("Anchorage"), loc("Alaska"), "within"),
        (loc("Alaska"), loc("Anchorage, en Alaska"), "contains"),
        (loc("États-Unis"), loc("Anchorage"), "contains"),
        (loc("Moscou"), loc("Anchorage"), "disjoint"),
        (loc("Alaska"), loc("Texas"), "disjoint"),
        (loc("Paris"), loc("Alaska"), "disjoint"),
        (loc("Russie"), loc("Alaska"), "disjoint"),
        # unknown places placed by the text's own chain
        (loc("Hôtel Captain Cook", "site", ["Anchorage"]), loc("Alaska"), "within"),
        (loc("Hôtel Captain Cook", "site", ["Anchorage"]), loc("Moscou"), "disjoint"),
        (loc("Hôtel Captain Cook", "site", ["Anchorage"]), loc("Joint Base Elmendorf"), "disjoint"),
        (loc("salle de réunion", "site", ["base Elmendorf-Richardson"]), loc("Alaska"), "within"),
        (loc("Quelque part", "other"), loc("Alaska"), "unknown"),
        (loc("Stade Vélodrome", "site"), loc("Vélodrome stadium", "site"), "same"),
        # two unknown sites may be one site in two languages: only their cities decide
        (loc("Centre spatial du Nord", "site"), loc("Northern Space Centre", "site"), "unknown"),
        (loc("Centre spatial du Nord", "site", ["Moscou"]),
         loc("Northern Space Centre", "site", ["Anchorage"]), "disjoint"),
    ],
)
def test_relate_places(a: LocationValue, b: LocationValue, relation: str) -> None:
    assert relate_places(a, b) == relation
    assert relate_places(b, a) == INVERSE[relation]


PLACE_NAMES = [
    "Genève",
    "Geneva",
    "Anchorage",
    "Alaska",
    "Texas",
    "Moscou",
    "Russie",
    "États-Unis",
    "Joint Base Elmendorf",
    "base militaire Elmendorf-Richardson",
    "Hôtel Captain Cook",
    "salle de réunion",
    "Paris",
    "Georgia",
    "Anchorage, Alaska",
]
KINDS = ["site", "city", "region", "country", "other"]
location_values = st.builds(
    loc,
    st.sampled_from(PLACE_NAMES) | st.text(max_size=15),
    st.sampled_from(KINDS),
    st.lists(st.sampled_from(PLACE_NAMES), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(location_values, location_values)
def test_relate_places_is_inverse(a: LocationValue, b: LocationValue) -> None:
    assert relate_places(b, a) == INVERSE[relate_places(a, b)]


# --------------------------------------------------------------------------- vehicles

BEAST = VehicleValue(name="la Cadillac One", nickname="The Beast", owner="Donald Trump")


@pytest.mark.parametrize(
    ("name", "owner", "nickname", "key"),
    [
        ("la Cadillac One", None, "The Beast", "us_presidential_limousine"),
        ("the Beast", None, None, "us_presidential_limousine"),
        ("sa berline officielle Aurus", None, None, "aurus_senat"),
        ("Air Force One", None, None, "air_force_one"),
        ("la papamobile", None, None, "popemobile"),
        ("la voiture présidentielle américaine", None, None, "car@us_president"),
        ("the presidential limousine", "Trump", None, "limousine@us_president"),
        ("la limousine blindée de Donald Trump", None, None, "limousine@us_president"),
        ("une voiture", None, None, "car"),
        ("nothing known", None, None, None),
    ],
)
def test_vehicle_key(name: str, owner: str | None, nickname: str | None, key: str | None) -> None:
    assert vehicle_key(name, owner, nickname) == key


@pytest.mark.parametrize(
    ("b", "relation"),
    [
        (VehicleValue(name="la voiture présidentielle américaine"), "less_precise"),
        (VehicleValue(name="the American presidential car"), "less_precise"),
        (VehicleValue(name="the presidential limousine", owner="Trump"), "less_precise"),
        (VehicleValue(name="Cadillac One"), "same"),
        (VehicleValue(name="the Beast"), "same"),
        (VehicleValue(name="sa berline officielle Aurus"), "different"),
        (VehicleValue(name="la limousine de Poutine"), "different"),
        (VehicleValue(name="Air Force One"), "different"),
        (VehicleValue(name="l'avion présidentiel américain"), "different"),
        (VehicleValue(name="something else"), "unknown"),
    ],
)
def test_relate_vehicles(b: VehicleValue, relation: str) -> None:
    assert relate_vehicles(BEAST, b) == relation
    assert relate_vehicles(b, BEAST) == relation


def test_relate_generic_vehicles() -> None:
    us_car = VehicleValue(name="la voiture présidentielle américaine")
    assert relate_vehicles(us_car, VehicleValue(name="the American presidential car")) == "same"
    limo = VehicleValue(name="la limousine officielle", owner="Donald Trump")
    assert relate_vehicles(us_car, limo) == "less_precise"
    assert relate_vehicles(us_car, VehicleValue(name="la voiture du président russe")) == (
        "different"
    )
