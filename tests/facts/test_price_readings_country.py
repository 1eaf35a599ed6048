"""A lead whose subject is a country's price reading ("Freedonian house prices rose") makes the story the
country's: its later bare "prices rose 1 percent" take the country as subject instead of being dropped for
want of a holder (lexicon `economy_nouns`, "prices"). Stories written for these tests, with invented wording."""

import pytest

from tests.facts.surface_facts import facts_of


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "U.S. home prices climb again",
            "NEW YORK (Reuters) - U.S. home prices climbed in May for a fourth straight month, a private survey "
            "showed on Tuesday.\n\nPrices rose 1.1 percent in April.",
            "1.1 percent",
            "United States",
        ),
        (
            "Japanese wholesale prices slip",
            "TOKYO (Reuters) - Japanese wholesale prices fell in March for a second month, central bank data "
            "showed on Wednesday.\n\nCompared with a year before, prices were down 0.8 percent.",
            "0.8 percent",
            "Japan",
        ),
        (
            "Dutch house prices rise",
            "AMSTERDAM (Reuters) - Dutch house prices rose in May at the fastest pace in years, the statistics "
            "office said on Monday.\n\nPrices of owner-occupied homes gained 3.9 percent from a year earlier.",
            "3.9 percent",
            "Netherlands",
        ),
    ],
)
def test_bare_prices_of_a_country_price_story_take_the_country(nlp, title, body, surface, subject):
    found = facts_of(nlp, body, title=title, published="2015-06-16")
    subjects = {f.subject for f in found if f.value is not None and f.value.surface == surface}
    assert subjects == {subject}
