"""A price level told in a clause hung on a stock's move ("X shares added 3 percent, closing at $7") is the
stock's owner's, as the move is, not the story's main party's (discourse: `_subject_candidates` asks
`_stock_owner` of the inherited clause subject when the figure has no measured noun). Stories written for
these tests, invented names; the story is about a regulator that fined the company."""

import pytest

from tests.facts.surface_facts import subject_of as story_subject

TITLE = "Surface Transport Board fines freight carrier"
LEAD = (
    "WASHINGTON (Reuters) - The Surface Transport Board fined Kestrel Freight Corp $300 million on Friday, the "
    "board said. The board said the fine covers one year, and the board will review two more years. "
)


def subject_of(nlp, body, surface):
    return story_subject(nlp, TITLE, LEAD + body, surface, "2012-05-04")


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Kestrel shares gained 41 cents, or 0.5 percent, to close at $81.06.", "$81.06"),
        ("Kestrel shares fell 2.3 percent in afternoon trade, ending at $35.20.", "$35.20"),
        ("Kestrel stock gained 4 percent, to finish at $38.40 on the Nasdaq.", "$38.40"),
    ],
)
def test_a_level_after_a_stock_move_is_the_stocks(nlp, body, surface):
    assert subject_of(nlp, body, surface) == "Kestrel Freight"


@pytest.mark.parametrize(
    ("body", "surface", "subject"),
    [
        # the moves themselves were the stock's already
        ("Kestrel shares gained 41 cents, or 0.5 percent, to close at $81.06.", "41 cents", "Kestrel Freight"),
        ("Kestrel stock gained 4 percent, to finish at $38.40 on the Nasdaq.", "4 percent", "Kestrel Freight"),
        # the board's own figure in the lead stays the board's
        ("Kestrel shares fell 2.3 percent in afternoon trade.", "$300 million", "Surface Transport Board"),
    ],
)
def test_near_misses(nlp, body, surface, subject):
    assert subject_of(nlp, body, surface) == subject
