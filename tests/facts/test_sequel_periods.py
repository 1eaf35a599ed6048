"""A figure told as the sequel of an earlier one (periods30): "rose 2 percent after falling 1 percent in May" is of
June, the period after the earlier figure's, when the later figure names no period of its own. Not when what the
"after" clause tells is an event or another measure's move, nor when the next period has not begun (an actual
figure's: not ended) by publication. Invented stories and sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 7, 16)
JUNE = (dt.date(2014, 6, 1), dt.date(2014, 6, 30))
MAY = (dt.date(2014, 5, 1), dt.date(2014, 5, 31))
JULY = (dt.date(2014, 7, 1), dt.date(2014, 7, 31))
Q2 = (dt.date(2014, 4, 1), dt.date(2014, 6, 30))
LEAD = "Orvania's statistics office put out several reports on Wednesday."


def period_of(sentence: str, surface: str, title: str = "Orvania data show a mixed picture") -> tuple | None:
    # the sentence follows a lead that names no period, so no release or report period dates the story
    text = f" date {PUBLISHED.isoformat()} {title}\n\n{LEAD} " + sentence
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text) if f.value]
    period = facts[0].period
    return (period.start, period.end) if period is not None and period.start is not None else None


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        # a participle clause opened by "after" holds the earlier figure and its month
        ("Orvania's factory orders dropped 1.4 percent after climbing 0.9 percent in May.", "1.4 percent", JUNE),
        # a prepositional phrase opened by "following" with a change noun
        ("Orvania's retail sales edged up 0.3 percent, following a 0.5 percent decline in May.", "0.3 percent", JUNE),
        # "after" with a change noun and a revised earlier figure
        ("Orvania's exports fell 2.2 percent after a revised 1.1 percent gain in May.", "2.2 percent", JUNE),
        # a quarter: the quarter after the earlier one
        ("Orvania's imports grew 3.1 percent after shrinking 0.7 percent in the first quarter.", "3.1 percent", Q2),
        # a bare count
        ("Orvania's payrolls grew by 84,000 after rising by 61,000 in May.", "84,000", JUNE),
        # the earlier figure keeps its own month
        ("Orvania's factory orders dropped 1.4 percent after climbing 0.9 percent in May.", "0.9 percent", MAY),
    ],
)
def test_the_later_figure_takes_the_next_period(sentence, surface, expected):
    assert period_of(sentence, surface) == expected


def test_a_forecast_takes_a_period_under_way():
    # a prediction of the month under way is of that month; an actual figure's month must be over
    sentence = "Economists expect Orvania's exports to rise 0.4 percent following a 0.2 percent drop in June."
    assert period_of(sentence, "0.4 percent") == JULY


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an event, not an earlier value, after "after"
        ("Orvania's hotel bookings rose 6 percent after a heat wave in May.", "6 percent"),
        # another measure's move, told with a subject of its own: a cause
        ("Orvania's car sales rose 5 percent after dealers cut prices 8 percent in May.", "5 percent"),
        # another unit: a count of hires is no earlier value of a percent change
        ("Orvania Telecom's revenue rose 4 percent after hiring 300 engineers in May.", "4 percent"),
        # the next month ended two years before publication: a background pair of figures, not the latest release
        ("Orvania's shipments abroad climbed 3 percent after a 2 percent increase in May 2012.", "3 percent"),
        (
            "Orvania's economy expanded 1.2 percent following a 0.4 percent contraction in the fourth quarter of 2012.",
            "1.2 percent",
        ),
        # the next month has not ended by publication: an actual figure is left undated
        ("Orvania's steel output slipped 0.8 percent after rising 1.2 percent in June.", "0.8 percent"),
        # a year is no month or quarter: the rule does not guess the next year
        ("Orvania's economy grew 1.5 percent after shrinking 2 percent in 2012.", "1.5 percent"),
        # a day is the date of an announcement, not the period of an earlier figure
        ("Orvania's bond sales rose 7 percent after a 3 percent cut in rates on May 12.", "7 percent"),
    ],
)
def test_near_misses_stay_undated(sentence, surface):
    assert period_of(sentence, surface) is None


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        (
            "In April Orvania's store takings advanced 0.7 percent, which followed a March increase of 0.2 percent.",
            "0.7 percent",
            "April",
        ),
        # a background sentence about an earlier year keeps its year, not the quarter after the earlier figure's
        (
            "Orvania's shipments abroad slid 3 percent in 2012 following an increase of 2 percent during the final"
            " quarter of 2011.",
            "3 percent",
            "2012",
        ),
    ],
)
def test_a_period_of_its_own_wins(sentence, surface, expected):
    bounds = {
        "April": (dt.date(2014, 4, 1), dt.date(2014, 4, 30)),
        "2012": (dt.date(2012, 1, 1), dt.date(2012, 12, 31)),
    }
    assert period_of(sentence, surface) == bounds[expected]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a deduction, not an earlier value of the same measure: "after" a charge or a payment
        ("Orvania Telecom's net income was $5 million after a $2 million charge in May.", "$5 million"),
        ("Orvania Telecom earned $12 million after paying $3 million in taxes in May.", "$12 million"),
        # a move of another measure, named as the object of the earlier clause's verb
        ("Orvania Telecom's profit rose 9 percent after cutting costs 4 percent in May.", "9 percent"),
    ],
)
def test_no_sequel_of_a_deduction_or_of_another_measure(sentence, surface):
    assert period_of(sentence, surface) != JUNE  # other readers may date it by May; never the month after


@pytest.mark.parametrize(
    ("sentence", "surface", "following"),
    [
        # the move noun of the earlier clause moves another noun (its in/of object) than the one the figure measures
        (
            "Orvania Telecom trimmed its payroll 6 percent after a 15 percent slump in bookings in the first quarter.",
            "6 percent",
            Q2,
        ),
        (
            "Orvania Air's profit margin narrowed to 6 percent after a 3 percent climb in jet fuel prices in May.",
            "6 percent",
            JUNE,
        ),
        (
            "Orvania Steel lifted its list prices 7 percent following an 11 percent surge in coal costs in May.",
            "7 percent",
            JUNE,
        ),
    ],
)
def test_no_sequel_of_a_move_noun_of_another_measure(sentence, surface, following):
    assert period_of(sentence, surface) != following


def test_a_move_noun_of_the_same_measure_is_a_sequel():
    # the in/of object of the earlier move is the noun the figure measures
    sentence = "Orvania's car orders recovered 4 percent after a 2 percent slide in orders during May."
    assert period_of(sentence, "4 percent") == JUNE
