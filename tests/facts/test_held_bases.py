"""Stocks named by the people a firm holds, the sites it runs and levels of several words (periods29): a level of
such a stock stated for a period holds at the period's end (`as_of`), not over it; a change of the stock, the
additions to it and a flow beside it keep their period."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2014, 8, 6)
TITLE = "Quarterly results.\n\n"


def one_fact(text: str, surface: str):
    facts = extract(TITLE + text, published=PUBLISHED)
    found = [f for f in facts if f.value is not None and f.value.surface == surface and f.kind == "metric"]
    assert len(found) == 1, [(f.predicate, f.value.surface) for f in facts if f.value]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "as_of"),
    [
        (
            "Merrow Health Inc counted 3.2 million consumers in its savings plans in the second quarter.",
            "3.2 million",
            D(2014, 6, 30),
        ),
        ("Talbridge Wealth Corp had 410,000 clients in the second quarter, the firm said.", "410,000", D(2014, 6, 30)),
        ("Ferrand Resorts Inc ran 23 casinos in 2013, its filing showed.", "23", D(2013, 12, 31)),
        (
            "U.S. job openings held steady at 4.1 million in June, the Labor Department said.",
            "4.1 million",
            D(2014, 6, 30),
        ),
        ("Pendle Bank's book value rose to $31.40 in the second quarter.", "$31.40", D(2014, 6, 30)),
        (
            "Corliss Capital Inc said its funds under management reached $88 billion in the first half.",
            "$88 billion",
            D(2014, 6, 30),
        ),
    ],
)
def test_a_level_of_such_a_stock_has_no_period(text, surface, as_of):
    fact = one_fact(text, surface)
    assert (fact.period, fact.as_of) == (None, as_of)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # precision probes: additions to the stock and a flow beside it keep the quarter
        ("Talbridge Wealth Corp added 12,000 new clients in the second quarter.", "12,000"),
        ("Talbridge Wealth Corp said revenue from clients rose to $2.3 billion in the second quarter.", "$2.3 billion"),
        ("Ferrand Resorts Inc said casino revenue fell to $610 million in the second quarter.", "$610 million"),
        ("Merrow Health Inc treated 90,000 patients in the second quarter.", "90,000"),
    ],
)
def test_additions_and_flows_keep_their_period(text, surface):
    period = one_fact(text, surface).period
    assert period is not None and (period.start, period.end) == (D(2014, 4, 1), D(2014, 6, 30))


Q1 = (D(2014, 1, 1), D(2014, 3, 31))
Y2012, Y2013 = (D(2012, 1, 1), D(2012, 12, 31)), (D(2013, 1, 1), D(2013, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # precision probes: people counted passing through (a verb of treating, serving, seeing or leaving, in the
        # clause or in a clause on the noun) and a percent on sites are flows or rates, never a level at a date
        (
            "Merrow Health Inc said the number of patients it treated in 2013 climbed 6 percent to 2.4 million.",
            "2.4 million",
            None,
        ),
        ("Talbridge Wealth Corp said customers who quit the firm in 2013 rose to 18,000.", "18,000", None),
        ("Talbridge Wealth Corp served 900,000 clients in 2013, compared with 820,000 in 2012.", "900,000", Y2013),
        ("Merrow Health Inc saw 1.1 million patients last year, up from 950,000 a year before.", "950,000", Y2012),
        ("Prewitt Steel Co said its mills operated at 79 percent of capacity in the first quarter.", "79 percent", Q1),
    ],
)
def test_a_count_passing_through_is_no_level(text, surface, period):
    fact = one_fact(text, surface)
    dates = None if fact.period is None else (fact.period.start, fact.period.end)
    assert (dates, fact.as_of) == (period, None)
