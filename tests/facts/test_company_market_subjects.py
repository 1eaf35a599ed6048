"""A place on a company's sales only locates them (mentions/company_markets.py): a story whose headline and
lead give a company's sales in a country is the company's story, not an economy story, so its later unheld
figures take the company; economy data that a statistics body reports keep the country. Sentences written for
these tests, invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2014-03-04"


@pytest.mark.parametrize(
    ("title", "text", "surface", "subject"),
    [
        (  # the company reports the country's sales as its own
            "Corvane Appliances posts higher U.S. sales",
            "CHICAGO (Reuters) - U.S. sales were up 4.4 percent in the third quarter on new kitchen lines, "
            "Corvane Appliances Inc said on Thursday. Dishwasher sales gained 13 percent, the company said.",
            "13 percent",
            "Corvane Appliances",
        ),
        (  # a possessive owner
            "Halvern Tractors says its U.S. sales fell",
            "CHICAGO (Reuters) - Its U.S. sales fell 7 percent in the second quarter as a long drought hit "
            "farmers, Halvern Tractors Co said on Friday. Combine sales shrank 9 percent and sprayer sales edged "
            "up 3 percent.",
            "9 percent",
            "Halvern Tractors",
        ),
        (  # the maker in an "of" phrase
            "Brennick Marine French sales rise",
            "PARIS (Reuters) - Over the spring season, French sales of Brennick Marine SA yachts rose 11 percent. "
            "Orders from charter firms doubled, though sales to private owners eased 4 percent.",
            "4 percent",
            "Brennick Marine",
        ),
    ],
)
def test_a_company_s_sales_in_a_country_make_a_company_story(nlp, title, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=title, published=PUBLISHED) == {subject}


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
    assert surface_facts.subjects_of(nlp, text, surface, title=title, published=PUBLISHED) == {subject}
