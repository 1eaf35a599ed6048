"""What a person receives (facts/payees.py, round 14): a figure that is the direct object of an active verb of
receiving whose subject is a person ("He will receive 90,000 restricted shares", "Dunn earned $48.2 million by
selling part of his stake") is the person's, with or without a pay noun; and a pay noun under a participle on
the thing received ("will get payments based on a salary of $900,000") is paid to the subject of the verb above
it. Stories written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import subject_of


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Quillby founder cashes in",
            "NEW YORK (Reuters) - Filings show Quillby Corp President Mark Dunn earned $48.2 million when he "
            "sold stock this month.",
            "$48.2 million",
            "Mark Dunn",
        ),
        (
            "Ardent hires chief",
            "(Reuters) - Ardent Tools Inc said Peter Vance would become chief executive. Under his contract he "
            "will receive 90,000 restricted shares.",
            "90,000",
            "Peter Vance",
        ),
        (
            "Garston names chief",
            "(Reuters) - Garston Group said Neil Roper would take over as chief executive in May. He will get "
            "75,000 performance shares over three years.",
            "75,000",
            "Neil Roper",
        ),
    ],
)
def test_what_a_person_receives_is_the_persons(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Dornick sets chief's pay",
            "(Reuters) - Dornick Corp said its new chief executive, Sam Kerr, will draw quarterly installments "
            "calculated on a base salary of $1.2 million.",
            "$1.2 million",
            "Sam Kerr",
        ),
        (
            "Ostrel sets chief's pay",
            "(Reuters) - Ostrel Mining Ltd said its new chief executive, Paul Grant, will get quarterly checks "
            "linked to a yearly salary of $900,000.",
            "$900,000",
            "Paul Grant",
        ),
        (
            "Harlow sets chief's pay",
            "(Reuters) - Harlow Retail said its interim chief, Dean Price, will get installments tied to a yearly "
            "pay package of $800,000.",
            "$800,000",
            "Dean Price",
        ),
    ],
)
def test_pay_under_a_participle_goes_to_the_receiver_above(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


def test_a_company_that_receives_keeps_its_figure(nlp):
    body = "(Reuters) - Kestrel Foods said it received $40 million from the sale of a plant on Monday."
    assert subject_of(nlp, "Kestrel sells plant", body, "$40 million") == "Kestrel Foods"
