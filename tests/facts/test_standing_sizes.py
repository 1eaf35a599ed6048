"""periods25: the size of a standing term (a buyback program, plan or authorization) and a dividend paid each
quarter are no results of the quarter a story reports on (FACTS.md: a figure takes the story's period only when
it is one of those results). They keep a span of their own that runs past publication or names a year, and
drop "quarterly" and a past month or quarter told beside them (`standing_sizes`). Sentences written for these
tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2012, 7, 25)
LEAD = (
    "Orrin Foods second-quarter profit rises\n\n"
    "Orrin Foods Inc said on Wednesday its second-quarter net income rose to $61 million.\n\n"
)
QUARTER = (D(2012, 4, 1), D(2012, 6, 30))


def _periods(nlp, sentence, amount):
    facts = extract(LEAD + sentence, published=PUBLISHED, nlp=nlp)
    found = [f for f in facts if f.value and f.value.amount == amount]
    assert found, [(f.predicate, f.value) for f in facts]
    return [(f.period.start, f.period.end) if f.period else None for f in found]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The board also approved a $2 billion share buyback program.", 2_000_000_000.0),
        ("Orrin lifted its share repurchase authorization to $3 billion from $2 billion.", 3_000_000_000.0),
        ("Orrin lifted its share repurchase authorization to $3 billion from $2 billion.", 2_000_000_000.0),
        ("Orrin is lifting its quarterly dividend to 18 cents per share, up from 15 cents.", 0.18),
        ("Orrin is lifting its quarterly dividend to 18 cents per share, up from 15 cents.", 0.15),
        ("In May, the board adopted a $400 million stock purchase plan.", 400_000_000.0),
        ("Orrin declared a monthly distribution of 5 cents per unit.", 0.05),
        ("Orrin set its quarterly dividend at $0.11 per ordinary share.", 0.11),
        ("It bought back $90 million of stock in the quarter under its $1 billion program.", 1_000_000_000.0),
    ],
)
def test_a_standing_term_takes_no_period_of_the_story(nlp, sentence, amount):
    assert _periods(nlp, sentence, amount) == [None]


@pytest.mark.parametrize(
    ("sentence", "amount", "period"),
    [  # near misses: results of the quarter, a span the program runs over, a year the plan or payout is for
        ("Orrin paid dividends of $40 million in the quarter.", 40_000_000.0, QUARTER),
        ("It bought back $90 million of stock in the quarter under its $1 billion program.", 90_000_000.0, QUARTER),
        (
            "Orrin announced a $750 million buyback program to be completed by the end of 2014.",
            750_000_000.0,
            (PUBLISHED, D(2014, 12, 31)),
        ),
        ("Orrin kept its 2011 capital spending plan of $900 million.", 900_000_000.0, (D(2011, 1, 1), D(2011, 12, 31))),
        ("Its annual dividend for 2011 was 90 cents a share.", 0.9, (D(2011, 1, 1), D(2011, 12, 31))),
        ("Sales for the quarter rose to $1.9 billion.", 1_900_000_000.0, QUARTER),
    ],
)
def test_a_result_or_a_stated_span_keeps_its_period(nlp, sentence, amount, period):
    assert _periods(nlp, sentence, amount) == [period]


def _dating(nlp, sentence, amount):
    facts = extract(LEAD + sentence, published=PUBLISHED, nlp=nlp)
    found = [f for f in facts if f.value and f.value.amount == amount]
    assert found, [(f.predicate, f.value) for f in facts]
    return [((f.period.start, f.period.end) if f.period else None, f.as_of) for f in found]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [  # a total paid out in quarterly or monthly payouts is no rate: a result of the story's quarter
        ("Orrin paid out $47 million in monthly distributions.", 47_000_000.0),
        ("It paid quarterly dividends worth $33 million.", 33_000_000.0),
        ("Its monthly distributions to unitholders added up to $9 million.", 9_000_000.0),
    ],
)
def test_a_total_paid_in_quarterly_payouts_keeps_the_quarter(nlp, sentence, amount):
    assert _dating(nlp, sentence, amount) == [(QUARTER, None)]


@pytest.mark.parametrize(
    ("sentence", "amount", "dating"),
    [  # a past phrase of the term's own clause or noun dates the figure itself
        (
            "Orrin's quarterly dividend stood at 16 cents per share during the second quarter, against 14 cents a"
            " year before.",
            0.16,
            (QUARTER, None),
        ),
        (
            "Orrin's quarterly dividend stood at 16 cents per share during the second quarter, against 14 cents a"
            " year before.",
            0.14,
            ((D(2011, 4, 1), D(2011, 6, 30)), None),
        ),
        ("Its share buyback program for the quarter totaled $120 million.", 120_000_000.0, (QUARTER, None)),
        ("The company's investment plan in the second quarter was $310 million.", 310_000_000.0, (QUARTER, None)),
        ("The pension plan had $700 million of assets at June 30.", 700_000_000.0, (None, D(2012, 6, 30))),
    ],
)
def test_a_past_phrase_of_the_terms_own_clause_dates_it(nlp, sentence, amount, dating):
    assert _dating(nlp, sentence, amount) == [dating]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [  # a size told as holding now is as of publication
        ("The repurchase authorization now stands at $800 million.", 800_000_000.0),
        ("Its buyback program currently totals $1.2 billion.", 1_200_000_000.0),
        ("Orrin's quarterly dividend remains 18 cents a share.", 0.18),
    ],
)
def test_a_size_told_as_holding_now_is_as_of_publication(nlp, sentence, amount):
    assert _dating(nlp, sentence, amount) == [(None, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [  # a predicted payout rate is no estimate of the quarter the story reports
        ("Analysts expect Orrin to lift its quarterly payout to 20 cents per share.", 0.2),
        ("Some analysts think Orrin will trim its monthly payout to 6 cents per unit.", 0.06),
    ],
)
def test_a_predicted_rate_takes_no_quarter_of_the_story(nlp, sentence, amount):
    assert _dating(nlp, sentence, amount) == [(None, None)]
