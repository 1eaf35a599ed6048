"""A prediction with no period phrase of its own takes the period of the figure told the sentence before: an estimate
with no other kind of figure before it in its sentence, that of the first figure of its kind; an estimate or outlook
in a sentence about "that" figure, that of the first figure (`estimate_periods`). Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

D = dt.date
OPENING = "Results\n\n"


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Halvorsen Tools Inc said it expects second-quarter earnings of 52 to 56 cents a share.\n\n"
            "The average analyst estimate is 55 cents.",
            D(2014, 4, 23),
            0.55,
            (D(2014, 4, 1), D(2014, 6, 30)),
        ),
        (
            "Quillon Pharma raised its 2016 profit forecast to a range of $3.10 to $3.25 a share.\n\n"
            "Analysts expect $3.20.",
            D(2016, 7, 28),
            3.20,
            (D(2016, 1, 1), D(2016, 12, 31)),
        ),
        (
            "Bramhall Foods said it expects third-quarter sales of $410 million to $420 million.\n\n"
            "Wall Street analysts, on average, are looking for sales of $418 million, according to a survey.",
            D(2012, 7, 30),
            4.18e8,
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
    ],
)
def test_an_estimate_after_guidance_takes_its_period(nlp, text, published, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Corlett Systems forecast fourth-quarter revenue growth of 4 to 6 percent.\n\n"
            "That implies revenue of $2.2 billion to $2.3 billion, above the average forecast of $2.15 billion.",
            D(2013, 5, 15),
            2.15e9,
            (D(2013, 10, 1), D(2013, 12, 31)),
        ),
        (
            "Pemberton Steel stood by its outlook for 2011 operating profit of 800 million euros.\n\n"
            "That compares with an average estimate of 840 million euros from 11 analysts.",
            D(2011, 3, 2),
            8.4e8,
            (D(2011, 1, 1), D(2011, 12, 31)),
        ),
        (
            "Ostrava Glass Corp expects full-year 2015 revenue of about $1.6 billion.\n\n"
            "This is below the $1.7 billion analysts had pencilled in.",
            D(2015, 2, 10),
            1.7e9,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
    ],
)
def test_a_prediction_about_that_figure_takes_its_period(nlp, text, published, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "amount"),
    [
        (
            "Marlow Bank opened 40 branches in the first quarter.\n\n"
            "Analysts expect the bank to earn $1.2 billion, a survey showed.",
            D(2010, 5, 3),
            1.2e9,
        ),
        (
            "Brisk Mobile signed up 900,000 new customers during the fourth quarter.\n\n"
            "Analysts expect the operator to post revenue of $2.6 billion, a survey showed.",
            D(2013, 2, 1),
            2.6e9,
        ),
        (
            "Kessel Chemicals hired 1,300 workers in the first half.\n\n"
            "Analysts, on average, see profit of $310 million.",
            D(2016, 8, 1),
            3.1e8,
        ),
        (
            "Tarrant Hotels sold 2.5 million room nights in the second quarter.\n\n"
            "The average estimate among analysts was $180 million in revenue.",
            D(2015, 7, 20),
            1.8e8,
        ),
    ],
)
def test_no_period_from_a_count_before_a_money_estimate(nlp, text, published, amount):
    # a count is not the figure a money estimate is measured against: its period is not the estimate's
    assert period_with_amount(nlp, OPENING + text, amount, published) is None


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Tessaly Motors forecast 2014 sales of 2 million cars.\n\n"
            "Its profit rose to $610 million in the first quarter, above the $580 million analysts expected.",
            D(2014, 4, 30),
            5.8e8,
            (D(2014, 1, 1), D(2014, 3, 31)),
        ),
        (
            "Harrow Energy forecast 2015 output of 30 million barrels.\n\nIts revenue fell to $2.2 billion in the "
            "second quarter, short of the $2.4 billion analysts expected.",
            D(2015, 7, 29),
            2.4e9,
            (D(2015, 4, 1), D(2015, 6, 30)),
        ),
        (
            "Corvane Steel aims for 2012 shipments of 9 million tonnes.\n\n"
            "Second-quarter profit slipped to $88 million, below the $95 million analysts had expected.",
            D(2012, 7, 25),
            9.5e7,
            (D(2012, 4, 1), D(2012, 6, 30)),
        ),
    ],
)
def test_a_result_in_the_estimates_sentence_dates_it(nlp, text, published, amount, expected):
    # the result told first in the estimate's own sentence dates it, not the year of the outlook before
    assert period_with_amount(nlp, OPENING + text, amount, published) == expected
