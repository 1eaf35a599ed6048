"""A period phrase the parse hangs inside the earlier side of a comparison ("against 31 cents a year before",
"compared with $2.60 in 2009") dates that earlier figure only, not a figure written after it
(`attachment._in_another_earlier_side`). Sentences written for these tests; invented companies."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
Q3_2011 = (D(2011, 7, 1), D(2011, 9, 30))
Q3_2010 = (D(2010, 7, 1), D(2010, 9, 30))
YEAR_2010 = (D(2010, 1, 1), D(2010, 12, 31))
YEAR_2009 = (D(2009, 1, 1), D(2009, 12, 31))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a year back on the earlier side, then the revenue the result came "on"
            "Harlow Tools posts third-quarter profit rise\n\n"
            "Harlow Tools Inc reported a third-quarter profit of 44 cents per share, against 31 cents a year before, "
            "on sales of $2.6 billion.",
            D(2011, 10, 20),
            {0.44: Q3_2011, 0.31: Q3_2010, 2.6e9: Q3_2011},
        ),
        (  # "versus" and "the year-ago quarter"
            "Dunmore Steel third-quarter profit climbs\n\n"
            "Dunmore Steel Corp posted earnings of 52 cents a share, versus 38 cents in the year-ago quarter, "
            "on revenue of $1.9 billion.",
            D(2011, 10, 26),
            {0.52: Q3_2011, 0.38: Q3_2010, 1.9e9: Q3_2011},
        ),
        (  # a named past year on the earlier side, then an estimate joined to it by "and under"
            "Kestrel Foods sees higher profit\n\n"
            "Kestrel Foods Inc forecast 2010 earnings of $2.75 to $2.85 per share, compared with $2.60 in 2009 and "
            "under the $2.91 a share most analysts had pencilled in.",
            D(2010, 2, 4),
            {2.6: YEAR_2009, 2.91: YEAR_2010},
        ),
        (  # a named month on the earlier side of one clause, then the next clause's figure
            "Regulator raises bank capital gap\n\n"
            "Lenders in Freedonia must raise 5.1 billion euros, down from a target of 6.2 billion in October, and "
            "lenders in Tarvia must raise 11.3 billion euros.",
            D(2011, 12, 8),
            {1.13e10: None},
        ),
    ],
)
def test_a_phrase_of_an_earlier_side_dates_no_later_figure(nlp, text, published, expected):
    periods = periods_by_amount(nlp, text, published)
    for amount, period in expected.items():
        assert periods[amount] == period, amount


def test_a_phrase_on_the_verb_still_dates_the_next_clause(nlp):
    """Near miss: "climbed to $5 million from $4 million in the first quarter" hangs the quarter on the verb; the
    clause after it keeps that quarter."""
    text = (
        "Pellam Corp posts results\n\n"
        "Pellam Corp's operating profit climbed to $5 million from $4 million in the first quarter, and its sales "
        "grew 8 percent to $60 million."
    )
    periods = periods_by_amount(nlp, text, D(2012, 7, 25))
    assert periods[6e7] == (D(2012, 1, 1), D(2012, 3, 31))
