"""Four period rules of round 16, each on sentences written for these tests (invented names):

- a phrase that says which period ("first-quarter", "2011") on the noun a figure measures through "of" ("a
  first-quarter loss of $3 billion") dates the figure, not a reporting time elsewhere in the clause ("last week");
- "a year earlier" on the earlier side of a comparison counts back from a phrase that could date that figure,
  not from one that dates another earlier side or a clause tacked on after it ("while it had grown from 70 units
  over the spring");
- a predicted index level or move (forecast, target) is of the period it is expected in, not a quote of the
  day the story was told;
- "last year" on the earlier side of a comparison is the later side's period a year back ("up from $388
  million last year" in a third-quarter report: the third quarter of the year before), unless written as the
  whole year ("over the whole of last year") or counted against a whole year or a deadline; "the last year" is
  the twelve months to publication, not a calendar year.
"""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date


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
            "Orvino trade\n\nOrvino reported annual export growth of 9 percent for 2018, the trade ministry said on "
            "Monday.",
            D(2020, 5, 18),
            9.0,
            (D(2018, 1, 1), D(2018, 12, 31)),
        ),
    ],
)
def test_phrase_on_the_measured_noun_through_of(nlp, text, published, amount, expected):
    assert periods_by_amount(nlp, text, published)[amount] == expected


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
    assert periods_by_amount(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Economists see faster inflation\n\nIn 2014 the Dalmor cost-of-living index should climb 2.6 percent, a "
            "survey of economists showed.",
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
    assert periods_by_amount(nlp, text, published)[amount] == expected


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
    assert periods_by_amount(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Ambrose Retail second-quarter sales rise\n\nAmbrose Retail Inc said on Wednesday its second-quarter "
            "sales rose. Operating profit was $31 million, against $118 million in the whole of last year.",
            D(2016, 8, 10),
            1.18e8,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
        (
            "Kettering Mills third-quarter results\n\nKettering Mills said on Monday its third-quarter profit rose. "
            "Net income was $57 million, up from $190 million for all of last year.",
            D(2019, 10, 22),
            1.9e8,
            (D(2018, 1, 1), D(2018, 12, 31)),
        ),
        (
            "Halvard Bank first-quarter profit\n\nHalvard Bank said on Monday first-quarter profit climbed. Card fees "
            "reached 80 million crowns, versus 260 million crowns over all of last year.",
            D(2021, 4, 26),
            2.6e8,
            (D(2020, 1, 1), D(2020, 12, 31)),
        ),
    ],
)
def test_last_year_written_as_the_whole_year_stays_the_calendar_year(nlp, text, published, amount, expected):
    """ "all of", "the whole of", "the entire" (`whole_span_words`) before "last year" on the earlier side of a
    comparison with a quarter: the whole calendar year before publication, not the quarter a year back."""
    assert periods_by_amount(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Ambrose Retail second-quarter sales rise\n\nAmbrose Retail Inc said on Wednesday its second-quarter "
            "sales rose. Operating profit was $96 million, up from $81 million over the last year.",
            D(2016, 8, 10),
            8.1e7,
            (D(2015, 8, 11), D(2016, 8, 10)),
        ),
        (
            "Kettering Mills third-quarter results\n\nKettering Mills said its third-quarter profit rose. Net "
            "income reached $57 million, compared with $44 million in the last year.",
            D(2019, 10, 22),
            4.4e7,
            (D(2018, 10, 23), D(2019, 10, 22)),
        ),
        (
            "Halvard Bank first-quarter profit\n\nHalvard Bank said on Monday first-quarter profit climbed. Lending "
            "income was 310 million crowns, against 270 million crowns during the last year.",
            D(2021, 4, 26),
            2.7e8,
            (D(2020, 4, 27), D(2021, 4, 26)),
        ),
    ],
)
def test_the_last_year_is_the_twelve_months_to_publication(nlp, text, published, amount, expected):
    """ "the last year" (unlike "last year") is the trailing twelve months, so it is not read as the later side's
    period a year back."""
    assert periods_by_amount(nlp, text, published)[amount] == expected
