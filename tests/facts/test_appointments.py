"""Appointments and deals whose object the parse hides: a person the parser reads as the verb's predicate
("named Ann Lee as president"), a passive appointment of a named person ("Ann Lee was appointed chief
executive of X"), a participle or relative clause around a deal verb ("X, bought by Y", "X, which Y
acquired"), a unit named by its place ("sold its Taiwan unit"). Sentences written for these tests, with invented
names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in, roles_in

PUBLISHED = dt.date(2019, 8, 14)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Halvern Corp had named Marta Olsen as its new president and chief operating officer in 2018.",
            ("Halvern", "appointment", "Marta Olsen"),
        ),
        (
            "Brisco Inc on Tuesday named former banker Leon Tate to run its investor relations team.",
            ("Brisco", "appointment", "Leon Tate"),
        ),
        (
            "Kettle Mills Ltd appointed veteran engineer Sara Quint as head of research, the miller said.",
            ("Kettle Mills", "appointment", "Sara Quint"),
        ),
    ],
)
def test_a_person_read_as_the_predicate_of_an_appointing_verb_is_appointed(nlp, text, event):
    assert event in events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event", "role"),
    [
        (
            "Anna Berg was appointed deputy chief executive of Kellam Group in March.",
            ("Kellam Group", "appointment", "Anna Berg"),
            ("Kellam Group", "deputy chief executive", "Anna Berg"),
        ),
        (
            "Orrin Tull has been named chief financial officer of Pomfret Energy Inc, effective June 1.",
            ("Pomfret Energy", "appointment", "Orrin Tull"),
            ("Pomfret Energy", "chief financial officer", "Orrin Tull"),
        ),
        (
            "Dalby Freight Co said on Monday that Helen Carter was named president, replacing a retiring executive.",
            ("Dalby Freight", "appointment", "Helen Carter"),
            ("Dalby Freight", "president", "Helen Carter"),
        ),
    ],
)
def test_a_named_person_appointed_in_the_passive_takes_the_post_of_the_organization_it_names(nlp, text, event, role):
    assert event in events_in(nlp, text, PUBLISHED)
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Brisco Inc has been appointed to advise the bidders, a source said.",
        "Halvern Corp said a new chairman was named last week.",
        "The Corvex fund was named after a river in the north of the country.",
    ],
)
def test_no_appointment_without_a_named_person_appointed(nlp, text):
    assert [e for e in events_in(nlp, text, PUBLISHED) if e[1] == "appointment"] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Fenwick Foods Inc, bought by Marlow Dairy Co for $2 billion in 2015, makes cheese.",
            ("Marlow Dairy", "acquisition", "Fenwick Foods"),
        ),
        (
            "The settlement also covers loans sold by Ostler Bank, which Pellam Corp acquired in May.",
            ("Pellam", "acquisition", "Ostler Bank"),
        ),
        (
            "Brigham Tools Inc, which was purchased by Halden Industries Ltd last year, cut 300 jobs.",
            ("Halden Industries", "acquisition", "Brigham Tools"),
        ),
    ],
)
def test_a_deal_verb_in_a_participle_or_relative_clause_acts_on_the_noun_it_describes(nlp, text, event):
    assert event in events_in(nlp, text, PUBLISHED)


def test_a_person_names_whom_she_appoints_when_no_organization_does(nlp):
    text = "Governor Rhea Lund on Friday named Tomas Varga as her chief of staff."
    assert ("Rhea Lund", "appointment", "Tomas Varga") in events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kellam Group agreed to sell its Taiwan unit to a local investor for $300 million.",
            ("Kellam Group", "sale", "Taiwan unit"),
        ),
        ("Ostler Corp completed the sale of its European business in March.", ("Ostler", "sale", "European business")),
        (
            "Brisco Inc booked a one-time profit on the sale of a minority holding in Halvern Bank and of its Canada "
            "and Mexico operations.",
            ("Brisco", "sale", "Canada and Mexico operations"),
        ),
    ],
)
def test_a_unit_named_by_its_place_is_the_object_of_a_deal(nlp, text, event):
    assert event in events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Kellam Group agreed to sell the unit to a local investor for $300 million.",
        "Ostler Corp expanded its European business in March.",
        "Brisco Inc reported higher sales at its Canada and Mexico operations.",
    ],
)
def test_no_deal_object_without_a_description_or_a_deal(nlp, text):
    # "its cable unit" is named by what it does: a deal object since events4 (tests/facts/test_deal_objects.py)
    assert events_in(nlp, text, PUBLISHED) == []
