"""A predicted quote (periods10): a share price that analysts, traders or brokers expect is no session's level,
so it takes no publication day as its period; an observed quote still does."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 5, 17)


def one_fact(text: str, surface: str):
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text, published=PUBLISHED) if f.value]
    return facts[0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Analysts expect Halvard Corp shares to trade at $30.", "$30"),
        ("Brokers said Tamsin Corp's stock could fall to 200 pence.", "200 pence"),
        ("Dealers said Ostrel Mining's shares could climb to 12 euros.", "12 euros"),
    ],
)
def test_a_predicted_share_price_has_no_day(text, surface):
    fact = one_fact(text, surface)
    assert (fact.modality, fact.period) == ("forecast", None)


def test_an_observed_share_price_keeps_the_day():
    fact = one_fact("Tamsin Corp's stock fell 4 percent to 210 pence.", "210 pence")
    assert (fact.period.start, fact.period.end) == (PUBLISHED, PUBLISHED)
