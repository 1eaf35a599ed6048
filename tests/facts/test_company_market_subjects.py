"""A place on a company's sales only locates them (mentions/company_markets.py): a story whose headline and
lead give a company's sales in a country is the company's story, not an economy story, so its later unheld
figures take the company; economy data that a statistics body reports keep the country. Sentences written for
these tests, invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2014-03-04"


def subjects_of(nlp, title, text, surface):
    return surface_facts.subjects_of(nlp, text, surface, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("title", "text", "surface", "subject"),
    [
        (  # the company reports the country's sales as its own
            "Corvane Motors posts higher U.S. sales",
            "DETROIT (Reuters) - U.S. sales climbed 6 percent in February on demand for compact sedans, Corvane "
            "Motors Inc said on Monday. Sedan sales jumped 14 percent, the company said.",
            "14 percent",
            "Corvane Motors",
        ),
        (  # a possessive owner
            "Halvern Motors says its U.S. sales slipped in February",
            "DETROIT (Reuters) - Its U.S. sales slipped 2.5 percent in February as snowstorms kept buyers away, "
            "Halvern Motors Co said on Tuesday. Pickup sales dropped 9 percent, while crossover sales gained "
            "3 percent.",
            "9 percent",
            "Halvern Motors",
        ),
        (  # the maker in an "of" phrase
            "Brennick Trucks U.S. van sales jump",
            "DETROIT (Reuters) - In February, U.S. sales of Brennick Trucks Inc vans jumped 11 percent as fleet "
            "buyers returned. Deliveries to rental firms more than doubled, while sales to small businesses fell "
            "4 percent.",
            "4 percent",
            "Brennick Trucks",
        ),
    ],
)
def test_a_company_s_sales_in_a_country_make_a_company_story(nlp, title, text, surface, subject):
    assert subjects_of(nlp, title, text, surface) == {subject}


@pytest.mark.parametrize(
    ("title", "text", "surface", "subject"),
    [
        (
            "U.S. retail sales edge up in February",
            "WASHINGTON (Reuters) - U.S. retail sales edged up 0.3 percent in February as shoppers returned "
            "to malls, the Commerce Department said on Thursday.",
            "0.3 percent",
            "United States",
        ),
        (
            "Canadian home sales fall for third month",
            "OTTAWA (Reuters) - Canadian home sales fell 4.1 percent in February from January, the national "
            "realtors' association said on Monday.",
            "4.1 percent",
            "Canada",
        ),
        (
            "German factory orders rise in January",
            "BERLIN (Reuters) - The Economy Ministry said on Friday that German factory orders rose 1.2 percent "
            "in January, beating forecasts.",
            "1.2 percent",
            "Germany",
        ),
    ],
)
def test_economy_data_a_public_body_reports_keep_the_country(nlp, title, text, surface, subject):
    assert subjects_of(nlp, title, text, surface) == {subject}
