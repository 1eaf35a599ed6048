"""A bond's price or yield is a quote of its session, as a share price is (periods11): the day of its own clause,
else the publication day; not a maturity year ("due 2030"). An airline's yield or a dividend yield is no bond quote.
Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_surface

PUBLISHED = dt.date(2013, 5, 17)  # a Friday


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Halvard Steel's bonds were trading at 62 cents on the dollar on Wednesday.", "62 cents", 15),
        ("Freedonia's 10-year yield climbed to 2.4 percent on Monday.", "2.4 percent", 13),
        (
            "Ostrel Mining's 6 percent notes due 2030 fell to 88 cents on the dollar, according to traders.",
            "88 cents",
            17,
        ),
    ],
)
def test_a_bond_quote_is_of_its_day(nlp, text, surface, day):
    assert period_with_surface(nlp, text, surface, PUBLISHED) == (dt.date(2013, 5, day), dt.date(2013, 5, day))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Kestrel Air's yield, its revenue per passenger mile, rose 4 percent to 12.1 cents in the first quarter.",
            "12.1 cents",
        ),
        ("Brannock Bank said its dividend yield of 5.2 percent was safe.", "5.2 percent"),
    ],
)
def test_other_yields_take_no_session_day(nlp, text, surface):
    period = period_with_surface(nlp, text, surface, PUBLISHED)
    assert period is None or period[0] != period[1]
