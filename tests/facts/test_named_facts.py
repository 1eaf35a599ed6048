"""Ranks, events and the subject a finite verb lost in the parse: tables of sentences written for these
tests with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_in

PUBLISHED = dt.date(2019, 8, 14)


@pytest.mark.parametrize(
    ("text", "subject", "position", "head"),
    [
        ("Kanto Motors, Japan's No. 3 carmaker, said profit rose.", "Kanto Motors", 3, "carmakers"),
        ("Volvex Corp is the No. 2 maker of trucks in Europe.", "Volvex", 2, "makers"),
        ("Zentra Inc became the No. 1 tablet vendor in Chile by volume.", "Zentra", 1, "vendors"),
        ("Zentra Inc ranked number one in terms of tablet sales in Chile.", "Zentra", 1, "sales"),
    ],
)
def test_a_numbered_rank_names_the_ranked_noun(nlp, text, subject, position, head):
    ranks = [f for f in facts_in(nlp, text, PUBLISHED) if f.kind == "rank"]
    assert [(f.subject, f.value.amount, f.predicate.split()[-1]) for f in ranks] == [(subject, position, head)]


@pytest.mark.parametrize(
    "text",
    [
        "Volvex Corp said the number of complaints was small.",  # "number" without a numeral
        "Volvex Corp filed 12 patents, No. 4 of them in Spain.",  # no noun ranked
        "Volvex Corp said item No. 250 on the list was sold.",  # a catalogue number, not a rank
    ],
)
def test_a_rank_marker_without_a_ranked_noun_is_no_rank(nlp, text):
    assert [f for f in facts_in(nlp, text, PUBLISHED) if f.kind == "rank"] == []


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ferrow Group said on Friday earnings climbed to 64 million euros.", "earnings"),
        ("Ferrow Group said on Thursday net sales fell to 410 million euros.", "net sales"),
        ("Ferrow Group said in March orders jumped to 3,200.", "orders"),
    ],
)
def test_a_finite_verb_without_a_parsed_subject_takes_the_noun_phrase_before_it(nlp, text, predicate):
    levels = [f for f in facts_in(nlp, text, PUBLISHED) if f.kind == "metric"]
    assert levels and levels[0].predicate.startswith(predicate.split()[0])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Margins improved after the acquisition in July of Dunmore Brands Inc.", "Dunmore Brands"),
        ("Profit fell after the purchase in March of Hollin Foods Ltd.", "Hollin Foods"),
        ("Margins widened with the takeover in June of Pellow Systems Corp.", "Pellow Systems"),
    ],
)
def test_an_event_noun_with_a_date_before_its_of_object_names_the_object(nlp, text, target):
    text = f"Garrick Holdings Inc reported results. {text}"
    events = [f for f in facts_in(nlp, text, PUBLISHED) if f.kind == "event"]
    assert [(f.predicate, f.object) for f in events] == [("acquisition", target)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Ravel Bank raised the levy applied to its overdrafts to $1.2 billion.", "levy"),
        ("Ravel Bank cut the fee charged to small clients to $15.", "fee"),
        ("Ravel Bank lifted the dividend paid to holders to 40 cents.", "dividend"),
    ],
)
def test_a_participle_takes_the_noun_it_modifies_as_its_subject(nlp, text, head):
    levels = [f for f in facts_in(nlp, text, PUBLISHED) if f.kind == "metric"]
    assert levels and levels[0].predicate.split()[-1] == head


@pytest.mark.parametrize(
    ("text", "org", "title", "person"),
    [
        (
            "Demand is firm, said Daniel Ortega Ruiz, a senior retail specialist at Halden Research.",
            "Halden Research",
            "senior retail specialist",
            "Daniel Ortega Ruiz",
        ),
        (
            "Prices will hold, said Tom Becker, chief steel analyst at Korvel Securities Inc.",
            "Korvel Securities",
            "chief steel analyst",
            "Tom Becker",
        ),
        (
            "Orders are slowing, said Mei Tanaka, a regional pricing director at Orland Consulting Group.",
            "Orland Consulting Group",  # written only with "Group": the name keeps it
            "regional pricing director",
            "Mei Tanaka",
        ),
    ],
)
def test_a_described_title_after_a_name_belongs_to_the_named_organization(nlp, text, org, title, person):
    text = f"Garrick Holdings Inc reported results. {text}"
    roles = [(f.subject, f.predicate, f.object) for f in facts_in(nlp, text, PUBLISHED) if f.kind == "role"]
    assert (org, title, person) in roles


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        ("Talvo Inc has hired Hanna Berg from a rival to run its Nordic stores.", "hire", "Hanna Berg"),
        ("Ostrow Bank Inc appointed Peter Lund as chief executive.", "appointment", "Peter Lund"),
        ("Brisk Air Corp hired Maria Olsen from a rival carrier.", "hire", "Maria Olsen"),
    ],
)
def test_a_hire_or_appointment_is_an_event_with_the_person(nlp, text, predicate, person):
    events = [(f.predicate, f.object) for f in facts_in(nlp, text, PUBLISHED) if f.kind == "event"]
    assert (predicate, person) in events


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("Talvo Inc, which makes up 8 percent of group sales, was sold.", "8 percent", None),
        ("Talvo Inc said sales picked up 3 percent.", "3 percent", "up"),
        ("Talvo Inc said its unit accounts for 12 percent of revenue and set up 4 new plants.", "12 percent", None),
    ],
)
def test_a_particle_of_a_static_verb_states_no_movement(nlp, text, surface, direction):
    facts = [f for f in facts_in(nlp, text, PUBLISHED) if f.value and f.value.surface == surface]
    assert facts and facts[0].value.direction == direction


@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        (
            "Halvern Rail Corp, the top rail contractor, reported a lower profit.",
            "Halvern Rail",
            "rail contractors",
        ),
        ("Brisk Foods Inc, the largest snack maker, said sales rose.", "Brisk Foods", "snack makers"),
        ("Ostrow Air Corp, the biggest regional carrier, cut fares.", "Ostrow Air", "regional carriers"),
    ],
)
def test_a_superlative_in_apposition_to_a_name_ranks_it_without_a_field(nlp, text, subject, predicate):
    ranks = [(f.subject, f.predicate, f.value.amount) for f in facts_in(nlp, text, PUBLISHED) if f.kind == "rank"]
    assert ranks == [(subject, predicate, 1.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Brisk Foods Inc said the biggest risk is weather.",  # not in apposition to a name
        "Brisk Foods Inc hired Ana Ortega, the top candidate.",  # a person, not a rankable organization noun
        "Brisk Foods Inc posted its largest gain in years.",  # a figure, not an organization
    ],
)
def test_a_superlative_without_field_or_named_organization_is_no_rank(nlp, text):
    assert [f for f in facts_in(nlp, text, PUBLISHED) if f.kind == "rank"] == []
