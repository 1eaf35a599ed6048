"""A share move quoted with the level it ended at ("ended trading 8.1 percent up at 52.10 euros on Thursday") is one
quote: the day the parse hangs on the level dates the move too (`attachment._ends_the_move`). Sentences written for
these tests; invented companies; published on a Friday, so the day named is not the publication day."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
FRIDAY = D(2007, 4, 6)
THURSDAY = (D(2007, 4, 5), D(2007, 4, 5))
WEDNESDAY = (D(2007, 4, 4), D(2007, 4, 4))


@pytest.mark.parametrize(
    ("text", "move", "level", "expected"),
    [
        (
            "Talvo shares jump on bid talk\n\n"
            "Talvo stock ended trading 8.1 percent up at 52.10 euros on Thursday after a newspaper report.",
            8.1,
            52.1,
            THURSDAY,
        ),
        (
            "Talvo shares jump on bid talk\n\n"
            "Shares of Talvo finished 3.4 percent higher at 18.75 euros on Wednesday on talk of a rival offer.",
            3.4,
            18.75,
            WEDNESDAY,
        ),
        (
            "Talvo shares jump on bid talk\n\n"
            "Talvo shares ended up 2.2 percent at 40.60 euros on Thursday in Frankfurt.",
            2.2,
            40.6,
            THURSDAY,
        ),
    ],
)
def test_the_day_of_the_level_dates_its_move(nlp, text, move, level, expected):
    periods = periods_by_amount(nlp, text, FRIDAY)
    assert periods[level] == expected
    assert periods[move] == expected


def test_another_stocks_level_does_not_date_the_move(nlp):
    """Near miss: the level and its day belong to another stock's clause; the move keeps the story's day."""
    text = (
        "Talvo shares jump on bid talk\n\n"
        "Talvo shares closed up 3 percent, while Brenlow ended at 30.15 euros on Wednesday."
    )
    periods = periods_by_amount(nlp, text, FRIDAY)
    assert periods[30.15] == WEDNESDAY
    assert periods[3.0] == (FRIDAY, FRIDAY)
