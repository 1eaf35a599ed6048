"""The later side of a year-back comparison in a story whose title and lead name no period (undated39): the
story's results base (`story_period.results_base`, the quarter its body reports results for) dates the earlier
side "a year earlier" as that quarter a year back, so the later side is of the quarter itself, as a results
story's figure takes its report period. A figure with no counted-back side keeps no period. Invented stories and
sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 7, 23)
Q2 = (dt.date(2014, 4, 1), dt.date(2014, 6, 30))
Q2_BEFORE = (dt.date(2013, 4, 1), dt.date(2013, 6, 30))
TITLE = "Regional lenders lean on fees as margins thin"
# the title and the two opening sentences name no period; a later sentence about results names the quarter
LEAD = (
    "Thinner lending margins may weigh on regional lenders in coming months. "
    "Loan demand is growing only slowly, bankers say. "
    "On Wednesday Quillby Bank and Harrowgate Financial reported results for the quarter that closed on June 30."
)


def period_of(sentence: str, surface: str) -> tuple | None:
    text = f" date {PUBLISHED.isoformat()} {TITLE}\n\n{LEAD} " + sentence
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text) if f.value]
    period = facts[0].period
    return (period.start, period.end) if period is not None and period.start is not None else None


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # "up from" hung on the verb, the year-back phrase at the clause's end
        ("Harrowgate posted net income of $418 million, up from $377 million a year earlier.", "$418 million"),
        # a per-share figure coordinated with the later side
        (
            "Harrowgate posted net income of $418 million, or 73 cents a share, up from $377 million, or 66 cents a "
            "share, a year before.",
            "73 cents",
        ),
        # "rose to ... from ... a year ago": the end point of a change verb
        ("Fee income at Quillby rose to $2.31 billion from $2.07 billion a year ago.", "$2.31 billion"),
        # the change itself, with the earlier side after it
        ("Quillby's deposits grew 6 percent to $88 billion from $83 billion a year earlier.", "6 percent"),
    ],
)
def test_the_later_side_takes_the_results_base(sentence, surface):
    assert period_of(sentence, surface) == Q2


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        # the earlier side keeps the base a year back
        (
            "Harrowgate posted net income of $418 million, up from $377 million a year earlier.",
            "$377 million",
            Q2_BEFORE,
        ),
        # no counted-back side: the figure still takes no period
        ("Harrowgate posted net income of $418 million, up from $377 million.", "$418 million", None),
        # the year-back phrase sits in another clause: it does not make this figure a later side
        (
            "Quillby's loans rose 3 percent from a year earlier as its fee income reached $990 million.",
            "$990 million",
            None,
        ),
        # an earlier side is no later side
        (
            "Harrowgate posted net income of $418 million, compared with $377 million in the first quarter.",
            "$377 million",
            (dt.date(2014, 1, 1), dt.date(2014, 3, 31)),
        ),
    ],
)
def test_near_misses_keep_their_dating(sentence, surface, expected):
    assert period_of(sentence, surface) == expected
