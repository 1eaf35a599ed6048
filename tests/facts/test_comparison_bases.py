"""Four period rules of round 16, each on sentences written for these tests (invented names):

- a phrase that says which period ("first-quarter", "2011") on the noun a figure measures through "of" ("a
  first-quarter loss of $3 billion") dates the figure, not a reporting time elsewhere in the clause ("last week");
- "a year earlier" on the earlier side of a comparison counts back from a phrase that could date that figure,
  not from one that dates another earlier side or a participle clause ("but up from $900 million in the first
  quarter", "..., marking its smallest fall in 2009");
- a predicted index level or move (forecast, target) is of the period it is expected in, not a quote of the
  day the story was told;
- "last year" on the earlier side of a comparison is the later side's period a year back ("up from $388
  million last year" in a third-quarter report: the third quarter of the year before), unless written as the
  whole year ("in all of last year") or counted against a whole year or a deadline.
"""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def _periods(nlp, text: str, published: dt.date) -> dict[float, tuple | None]:
    facts = extract(text, published=published, nlp=nlp)
    return {f.value.amount: (f.period.start, f.period.end) if f.period else None for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Carmaker cut\n\nOstrava Motors unveiled a third-quarter net loss of 2.4 billion euros late last month, "
            "its chief executive said.",
            D(2010, 11, 20),
            2.4e9,
            (D(2010, 7, 1), D(2010, 9, 30)),
        ),
        (
            "Grocers\n\nPenhallow Stores, a rival grocer, had disclosed a fourth-quarter profit of $310 million last "
            "month.",
            D(2013, 2, 8),
            3.1e8,
            (D(2012, 10, 1), D(2012, 12, 31)),
        ),
        (
            "Chemicals maker shares slide\n\nBrindle Chemicals Plc booked a fourth-quarter charge of 95 million euros "
            "on its fertiliser plants earlier this month.",
            D(2012, 2, 14),
            9.5e7,
            (D(2011, 10, 1), D(2011, 12, 31)),
        ),
        (  # a length alone ("annual") does not outrank the year the clause names
            "Islandia slump\n\nThe republic enjoyed annual growth of 6.5 percent in 2010 before the slump began.",
            D(2012, 6, 11),
            6.5,
            (D(2010, 1, 1), D(2010, 12, 31)),
        ),
    ],
)
def test_phrase_on_the_measured_noun_through_of(nlp, text, published, amount, expected):
    assert _periods(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Marlow Trust Inc third-quarter profit falls\n\nMarlow Trust Inc said third-quarter profit fell. Fee "
            "income slipped to $840 million from $960 million a year earlier, while it climbed from $790 million in "
            "the second quarter.",
            D(2011, 10, 19),
            9.6e8,
            (D(2010, 7, 1), D(2010, 9, 30)),
        ),
        (
            "Hiring gauge improves\n\nThe Pellam Hiring Index rose to 131 in May. Against a reading of 160 a year ago "
            "the gauge was off 18 percent, the smallest such gap recorded in 2010.",
            D(2010, 6, 3),
            160,
            (D(2009, 5, 1), D(2009, 5, 31)),
        ),
        (
            "Quarry Freight Inc second-quarter results\n\nQuarry Freight Inc said second-quarter profit fell. Net "
            "revenue came to $4.2 billion versus $4.6 billion a year ago, and against $3.9 billion in the first "
            "quarter.",
            D(2014, 7, 24),
            4.6e9,
            (D(2013, 4, 1), D(2013, 6, 30)),
        ),
    ],
)
def test_year_back_counts_from_a_phrase_of_its_own_figure(nlp, text, published, amount, expected):
    assert _periods(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Economists see faster inflation\n\nEconomists predict the consumer price index will rise 2.6 percent in "
            "2014.",
            D(2014, 3, 12),
            2.6,
            (D(2014, 1, 1), D(2014, 12, 31)),
        ),
        (
            "Strategists lift equity targets\n\nStrategists now expect the Velmar Composite Index to gain 12 "
            "percent next year.",
            D(2015, 11, 20),
            12.0,
            (D(2016, 1, 1), D(2016, 12, 31)),
        ),
        (
            "Producer prices seen easing\n\nThe producer price index is forecast to climb 1.8 percent in the "
            "third quarter by a panel of economists.",
            D(2012, 6, 5),
            1.8,
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
    ],
)
def test_predicted_index_takes_the_period_expected(nlp, text, published, amount, expected):
    assert _periods(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Tamsin Foods Inc third-quarter profit rises\n\nTamsin Foods Inc said on Tuesday its third-quarter "
            "profit rose as snack demand grew. Net income was $412 million, up from $388 million last year.",
            D(2012, 10, 24),
            3.88e8,
            (D(2011, 7, 1), D(2011, 9, 30)),
        ),
        (
            "Corvel Shipping first-half profit falls\n\nCorvel Shipping Ltd said on Thursday its first-half profit "
            "fell. Freight revenue dropped to $1.2 billion, compared with $1.5 billion last year.",
            D(2014, 8, 7),
            1.5e9,
            (D(2013, 1, 1), D(2013, 6, 30)),
        ),
        (
            "Ambrose Retail second-quarter sales rise\n\nAmbrose Retail Inc said on Wednesday its second-quarter "
            "sales rose. Operating profit was $96 million, against $81 million last year.",
            D(2016, 8, 10),
            8.1e7,
            (D(2015, 4, 1), D(2015, 6, 30)),
        ),
        (  # against a deadline, "last year" is the calendar year before publication
            "Ambrose Retail full-year results\n\nAmbrose Retail Inc, which runs 900 stores, aims for sales of $9 "
            "billion by 2020, against $6.2 billion last year.",
            D(2016, 3, 9),
            6.2e9,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
        (  # written as the whole year, it stays the whole year
            "Ambrose Retail second-quarter sales rise\n\nAmbrose Retail Inc said on Wednesday its second-quarter "
            "sales rose. In the first half it opened 40 stores, compared with 55 stores in all of last year.",
            D(2016, 8, 10),
            55,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
    ],
)
def test_last_year_on_the_earlier_side_is_the_same_period_a_year_back(nlp, text, published, amount, expected):
    assert _periods(nlp, text, published)[amount] == expected
