"""An earlier figure is stated in the rate of the figure it is compared with (predicate_forms._rate_compared,
docs/DECISIONS.md): "40 cents a share, up from 31 cents" compares two per-share figures, and "net income of $40
million, or 66 cents a share, compared with $30 million, or 51 cents" two totals and two per-share figures.
Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Results", published="2011-04-20").predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Corvanta Inc said its quarterly profit was 84 cents a share, up from 61 cents a year ago.",
            "61 cents",
            "earnings per share",
        ),
        (
            "Brisling Group earned $212 million, or 47 cents per share, in the quarter, compared with $180 million, "
            "or 39 cents, a year before.",
            "39 cents",
            "earnings per share",
        ),
        (
            "Tamsin Retail forecast 2012 earnings of $2.10 to $2.20 per share, versus $1.96 in 2011.",
            "$1.96",
            "earnings per share",
        ),
        (
            "Orlen Mills Inc raised its quarterly dividend to 18 cents a share from 15 cents.",
            "15 cents",
            "dividend per share",
        ),
    ],
)
def test_an_earlier_figure_is_stated_in_the_rate_it_is_compared_with(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Brisling Group earned $212 million, or 47 cents per share, in the quarter, compared with $180 million, "
            "or 39 cents, a year before.",
            "$180 million",
            "earnings",
        ),
        (
            "Corvanta Inc said net income rose to $96 million, or 52 cents a share, from $88 million.",
            "$88 million",
            "net income",
        ),
        ("Tamsin Retail shares closed at $31.40, up from $29.75 a week earlier.", "$29.75", "share price"),
    ],
)
def test_a_total_or_a_price_takes_no_per_share_rate(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
