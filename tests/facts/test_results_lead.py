"""A story whose title is about something else but whose lead reports results in its main clause ("Pellham Rail
posted a quarterly profit") reports on the first quarter or half over at publication that its body reports
results for: its undated results take that period (story_period.report_period, facts/results_lead.py). A lead
that mentions results only in passing (a relative clause, a phrase of ground, an outlook) does not, and a body
sentence that forecasts a quarter names no period of the story's. Stories written for these tests."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        # the result noun is the object of the lead's root verb
        (
            "Pellham Rail shares jump as freight rebounds\n\n(Wirepost) - Pellham Rail Corp posted a quarterly "
            "profit on Wednesday, helped by a rebound in coal shipments.\n\nThe railroad said its net income for "
            "the second quarter was lifted by lower fuel bills. Freight revenue grew 8 percent to $1.26 billion.",
            D(2010, 7, 21),
            1260000000,
            (D(2010, 4, 1), D(2010, 6, 30)),
        ),
        (
            "Brightwater shares slide as outlook dims\n\nLONDON (Wirepost) - Brightwater Plc posted a lower "
            "profit on Tuesday and warned of a tough year ahead.\n\nChief Executive Ann Morrow said earnings in "
            "the first half had been hit by weak demand in Europe. Operating income dropped 11 percent to 212 million "
            "pounds.",
            D(2012, 8, 7),
            212000000,
            (D(2012, 1, 1), D(2012, 6, 30)),
        ),
        # the result clause is what the root says, and a second verb joined to the root tells the other news
        (
            "Halden Foods names new finance chief\n\nCHICAGO (Wirepost) - Halden Foods Corp said on Monday its net "
            "income fell for a third straight quarter, and it named a new chief financial officer.\n\nHalden's "
            "earnings in the fourth quarter were hurt by a product recall. Sales were $918 million, compared with "
            "$954 million a year earlier.",
            D(2009, 2, 9),
            918000000,
            (D(2008, 10, 1), D(2008, 12, 31)),
        ),
    ],
)
def test_a_results_lead_dates_the_undated_results(nlp, text, published, amount, expected):
    assert period_with_amount(nlp, text, amount, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "not_expected"),
    [
        # the lead is about a deal, not results: the body's quarter is no period of the story's
        (
            "Corvane to buy valve maker\n\n(Wirepost) - Corvane Industries Inc agreed on Thursday to buy a valve "
            "maker to widen its range.\n\nCorvane's profit rose in the second quarter, it said last week.\n\n"
            "The valve maker's orders climbed 9 percent, according to its owners.",
            D(2010, 7, 22),
            9,
            (D(2010, 4, 1), D(2010, 6, 30)),
        ),
    ],
)
def test_no_results_lead_is_no_story_period(nlp, text, published, amount, not_expected):
    assert period_with_amount(nlp, text, amount, published) != not_expected


@pytest.mark.parametrize(
    ("text", "published", "amount"),
    [
        # the result noun is in a relative clause on the company's appositive
        (
            "Ostler Brewing to sell cider arm\n\nDENVER (Wirepost) - Ostler Brewing Co, a brewer that booked a "
            "smaller profit last month, said on Tuesday it would sell its cider unit to Fane Drinks for $85 "
            "million.\n\nThe cider unit had sales of $40 million.\n\nOstler's earnings in the first quarter "
            "slipped 4 percent.",
            D(2011, 5, 10),
            40000000,
        ),
        # the result noun is the ground of the news, in a "following ..." phrase
        (
            "Garnet Retail to shut 45 stores\n\n(Wirepost) - Garnet Retail Group will shut 45 stores following two "
            "years of falling income, it said on Thursday.\n\nThe 45 stores posted combined sales of $64 million."
            "\n\nGarnet's loss in the fourth quarter widened.",
            D(2013, 1, 17),
            64000000,
        ),
        # the lead is an outlook: its result clause has a modal
        (
            "Tamsin Chemicals hit by strike\n\n(Wirepost) - Tamsin Chemicals warned on Monday that its earnings "
            "will fall short of forecasts because of a strike at its main plant.\n\nThe plant shipped 300,000 "
            "tonnes of resin.\n\nTamsin's profit in the second quarter rose 3 percent, it said in August.",
            D(2012, 10, 1),
            300000,
        ),
        # the lead reports results, but the body's only quarter is one it forecasts ("will be hurt"), which the
        # period reader would take for the last third quarter
        (
            "Verrick Air shares climb on fares\n\n(Wirepost) - Verrick Air Ltd posted a narrower loss on Wednesday "
            "as fares rose.\n\nIts profit in the third quarter will be hurt by dearer fuel, it warned.\n\nThe "
            "carrier flew 11 million passengers.",
            D(2012, 5, 2),
            11000000,
        ),
        # lead, review21mt: the result noun only gives the reason ("because of"), only describes ("by revenue"),
        # or is predicted ("expects its profit to fall", "forecast lower profit")
        (
            "Harlan Paper to cut jobs\n\n(Wirepost) - Harlan Paper Co will cut 700 jobs because of weaker profit "
            "at its packaging arm, it said on Monday.\n\nThe arm had revenue of $150 million.\n\nHarlan's "
            "earnings in the first quarter fell 9 percent.",
            D(2012, 6, 4),
            150000000,
        ),
        (
            "Pember Tools to shut depots\n\n(Wirepost) - Pember Tools Inc, the biggest tool seller in the region "
            "by revenue, said on Friday it would shut 25 depots.\n\nThe depots shipped 80,000 tonnes of "
            "goods.\n\nPember's profit in the first quarter dipped 5 percent.",
            D(2013, 5, 10),
            80000,
        ),
        (
            "Quaile Ferries warns\n\n(Wirepost) - Quaile Ferries Plc said on Tuesday it expects its earnings to "
            "shrink this winter as storms cut crossings.\n\nThe line carried 6 million passengers.\n\nQuaile's "
            "profit in the first quarter grew 2 percent, it said in April.",
            D(2012, 5, 8),
            6000000,
        ),
        (
            "Quaile Ferries gloomy\n\n(Wirepost) - Quaile Ferries Plc forecast weaker earnings for the winter on "
            "Tuesday as storms cut crossings.\n\nThe line carried 6 million passengers.\n\nQuaile's profit in "
            "the first quarter grew 2 percent, it said in April.",
            D(2012, 5, 8),
            6000000,
        ),
    ],
)
def test_a_result_in_passing_or_ahead_is_no_story_period(nlp, text, published, amount):
    assert period_with_amount(nlp, text, amount, published) is None
