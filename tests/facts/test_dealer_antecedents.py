"""Who a pronoun or a bare surname names when a deal figure hangs on it (facts/person_dealers.py, payees.py):
stories written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subject_in

PUBLISHED = dt.date(2013, 3, 5)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the person last named was an object ("met"), the bidder sat in a phrase: the story's company
            "Halvern Mills said on Monday it had an offer from Grace Ibarra. Directors met Peter Quinn on "
            "Tuesday. She raised the offer to $2.4 billion on Wednesday.",
            "$2.4 billion",
            "Halvern Mills",
        ),
        (  # a person praised as an object is no antecedent of a later "she"
            "Harlow Mills got an approach from Nadia Ferro on Monday. Analysts praised Tom Reed of Wexley "
            "Capital. She offered $31 a share in cash for the miller.",
            "$31",
            "Harlow Mills",
        ),
        (  # the person named as a subject is the antecedent, not one named after her as an object
            "Harlow Mills confirmed the approach. Grace Ibarra telephoned Tom Reed on Monday. She offered $27 a share "
            "for the miller.",
            "$27",
            "Grace Ibarra",
        ),
    ],
)
def test_a_pronoun_names_the_person_last_named_as_a_subject(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface, PUBLISHED) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Corvane Pharma said on Monday it would not sell its stake in Lindqvist Labs. Ann Corvane, a "
            "biologist, joined the board of Lindqvist in 2009. Corvane holds about 16 percent of Lindqvist.",
            "16 percent",
            "Corvane Pharma",
        ),
        (
            "Brisket Foods rejected a bid on Tuesday. Tom Brisket, a rancher, founded the firm. Brisket owns "
            "22 percent of Maple Dairy, it said.",
            "22 percent",
            "Brisket Foods",
        ),
        (
            "Ostler Steel cut its output in May. Mira Ostler, a painter, is unrelated to the group. Ostler now "
            "owns 9 percent of Quarry Partners.",
            "9 percent",
            "Ostler Steel",
        ),
    ],
)
def test_a_word_that_names_a_company_is_no_surname(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface, PUBLISHED) == subject
