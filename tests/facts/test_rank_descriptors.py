"""periods6: a rank that describes the subject of a clause ("The world's biggest tile maker confirmed its
outlook for this year") says who acts, not when the rank held: the clause's period does not date it. A rank
the clause states ("became the third-largest lender in 2011", "was the top seller in May") keeps it."""

import pytest

from extractor import extract


def _rank(nlp, published: str, body: str, amount: float):
    text = f" date {published} Company news\n\nOSLO (Reuters) - {body}"
    ranks = [f for f in extract(text, nlp=nlp) if f.kind == "rank" and f.value and f.value.amount == amount]
    assert ranks, "no rank read"
    return ranks[0]


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Alpenmilch AG sales rose 5 percent. The world's biggest dairy group confirmed its outlook of 4 percent "
            "sales growth this year.",
            1.0,
        ),
        ("World No. 2 tile maker Tavola Ceramics posted first-quarter profit above forecasts on Tuesday.", 2.0),
        ("The world's third-largest steel producer Ferrox Steel cut output by 8 percent in March.", 3.0),
        (
            "Ferrox Steel AG cut jobs. The world's third-largest steel producer warned of a 10 percent drop in "
            "demand for 2014.",
            3.0,
        ),
        ("Kestrel Motors met its unions on Monday. The No. 3 U.S. carmaker was aiming for profitability in 2014.", 3.0),
        (
            "Brannvik Brewing AS held its meeting. The No. 1 Nordic brewer said it was aiming for higher margins "
            "in 2014.",
            1.0,
        ),
    ],
)
def test_a_rank_describing_the_subject_takes_no_period(nlp, body, amount):
    assert _rank(nlp, "2013-04-23", body, amount).period is None


@pytest.mark.parametrize(
    ("body", "amount", "year"),
    [
        ("Brannvik Brewing AS became Norway's second-biggest brewer in 2011 after buying a rival.", 2.0, 2011),
        ("Halvor Bank ASA ranked as the country's third-largest lender in 2011.", 3.0, 2011),
        (
            "The 2012 figures rank Freedonia as the fourth largest salmon market in Europe, Kestrel Research said.",
            4.0,
            2012,
        ),
    ],
)
def test_a_stated_rank_keeps_its_period(nlp, body, amount, year):
    period = _rank(nlp, "2013-04-23", body, amount).period
    assert period is not None and period.start is not None and period.start.year == year
