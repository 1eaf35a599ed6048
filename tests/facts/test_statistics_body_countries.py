"""The country of a story led by a statistics body or a trade group (round 32, subjects): a paragraph that opens
with an upper-case nationality ("U.S. lenders ...") writes the country as any other sentence does, only a
dateline ("OSLO (Reuters) -") is no evidence; and a body named "X of <country>" speaks for that country though
the story is filed from another of its cities.
Stories written for these tests, with invented groups (the central banks are the lexicon's)."""

import pytest

from tests.facts.surface_facts import subject_of


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Business lending dips in May",
            "NEW YORK (Reuters) - Business borrowing dipped in May, an industry group said on Tuesday.\n\n"
            "U.S. businesses borrowed $4.2 billion in loans and leases in May, the Harlow Lending Association said.",
            "$4.2 billion",
            "United States",
        ),
        (
            "Home building picks up",
            "CHICAGO (Reuters) - Home building picked up in March, a builders' group said.\n\n"
            "U.S. builders started 3.1 percent more homes than a year earlier, the Tarvel Builders Association "
            "said on Tuesday.",
            "3.1 percent",
            "United States",
        ),
        (
            "Card spending climbs",
            "BOSTON (Reuters) - Spending on cards climbed in April, a lenders' federation said on Monday.\n\n"
            "U.S. card holders spent 6 percent more than a year earlier, according to the Corliss Card "
            "Federation.",
            "6 percent",
            "United States",
        ),
    ],
)
def test_a_paragraph_opening_nationality_gives_the_groups_figures_a_country(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface"),
    [
        (  # the dateline's city is no evidence of a worldwide group's country
            "Freight volumes climb",
            "LONDON (Reuters) - Freight volumes climbed 4 percent in March, the Halver Freight Association said.",
            "4 percent",
        ),
        (
            "Cargo volumes slip",
            "PARIS - Air cargo volumes slipped 2.5 percent in May, the Orvane Cargo Association said on Monday.",
            "2.5 percent",
        ),
        (
            "Members add seats",
            "SYDNEY (Reuters) - Member airlines added 7 percent more seats in June, the Quendry Airline "
            "Association said.",
            "7 percent",
        ),
    ],
)
def test_a_dateline_still_gives_a_group_no_country(nlp, title, body, surface):
    assert subject_of(nlp, title, body, surface).endswith("Association")


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Reserves steady",
            "SYDNEY (Reuters) - Policymakers at the Reserve Bank of Australia held rates steady on Tuesday.\n\n"
            "Foreign currency reserves stood at $41 billion at the end of June, the central bank said.",
            "$41 billion",
            "Australia",
        ),
        (
            "Central bank sees slower credit growth",
            "TORONTO (Reuters) - The Bank of Canada said on Friday that it expected household credit to grow more "
            "slowly.\n\nHousehold debt climbed to $1.9 trillion by the end of March, the bank said in a report.",
            "$1.9 trillion",
            "Canada",
        ),
        (
            "Central bank keeps money tight",
            "SHANGHAI (Reuters) - The People's Bank of China kept money market rates high on Wednesday.\n\n"
            "Foreign exchange reserves climbed to $3.5 trillion in June, the central bank reported.",
            "$3.5 trillion",
            "China",
        ),
    ],
)
def test_a_central_bank_named_of_its_country_gives_its_figures_that_country(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "country"),
    [
        (  # a city after "of" names a branch: no country by the name
            "Regional bank lending slips",
            "HOUSTON (Reuters) - Loans at member banks fell 3 percent in the quarter, the Federal Reserve Bank of "
            "Dallas said on Monday.",
            "3 percent",
            "United States",
        ),
        (  # a lender named "of" a country is no statistics body: its own figures stay its own
            "Lender's profit climbs",
            "BERGEN (Reuters) - Trust Bank of Norway said on Tuesday its net profit rose 9 percent in the quarter.",
            "9 percent",
            "Norway",
        ),
        (
            "Insurer's premiums grow",
            "MELBOURNE (Reuters) - Mutual Assurance Company of Australia said its premiums grew 4 percent in 2010.",
            "4 percent",
            "Australia",
        ),
    ],
)
def test_a_name_of_a_city_or_a_company_gives_no_country(nlp, title, body, surface, country):
    assert subject_of(nlp, title, body, surface) not in (None, country)
