"""A figure that the parse hangs on the receiver of a measure ("income attributable to shareholders of $120
million") sizes the measure, not the receiver: sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2017, 10, 19)


def levels(nlp, text):
    return [f.predicate for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvale Corp reported net income attributable to common shareholders of $120 million.", "net income"),
        ("Halden Mills posted a net loss available to common stockholders of $30 million in the quarter.", "net loss"),
        ("Grenmoor Trust approved a cash return to its investors of 60 pence a share.", "cash return per share"),
        ("Brindle Telecom plans a special dividend to investors of $2 a share.", "special dividend per share"),
        ("Kestrel Foods extended a loan to its unit of $50 million.", "loan"),
    ],
)
def test_a_figure_hung_on_a_receiver_sizes_the_measure(nlp, text, expected):
    assert expected in levels(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "of" on a noun that is not a receiver keeps its noun
        ("Ostrava Steel reported revenue of $4 billion for the year.", "revenue"),
        ("Pollard Inc said sales to retailers reached $2 billion.", "sales"),
        ("Brindle Telecom cut its sales forecast to a level of $3 billion.", "sales"),
    ],
)
def test_other_of_phrases_keep_their_noun(nlp, text, expected):
    assert expected in levels(nlp, text)
