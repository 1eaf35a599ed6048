"""periods5: an estimate told in the past is of the period just gone, also when the main verb is passive ("was
lifted by ... and topped the estimate") or a heading fragment stands before the clause ("HIGHLIGHTS: -- ...")."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


@pytest.mark.parametrize(
    ("published", "text", "amount", "expected"),
    [
        (
            D(2010, 8, 6),
            "Harlow Insurance's profit was lifted by strong life sales and topped the mean estimate from a poll "
            "of 12 analysts for net profit of 640 million euros in the April-June period.",
            640_000_000.0,
            (D(2010, 4, 1), D(2010, 6, 30)),
        ),
        (
            D(2012, 5, 17),
            "HIGHLIGHTS: -- In the first quarter Freedonia's economy shrank 1.1 percent, compared with the median "
            "forecast for a 0.6 percent contraction.",
            0.6,
            (D(2012, 1, 1), D(2012, 3, 31)),
        ),
        (
            D(2011, 11, 9),
            "Brennor Bank's results were hurt by trading losses and missed the consensus estimate of analysts "
            "for quarterly earnings of $1.3 billion in the July-September period.",
            1_300_000_000.0,
            (D(2011, 7, 1), D(2011, 9, 30)),
        ),
    ],
)
def test_an_estimate_told_in_the_past_is_of_the_period_gone(nlp, published, text, amount, expected):
    facts = [f for f in extract(text, published=published, nlp=nlp) if f.value is not None]
    dated = [(f.period.start, f.period.end) for f in facts if abs(f.value.amount) == amount and f.period]
    assert dated == [expected]
