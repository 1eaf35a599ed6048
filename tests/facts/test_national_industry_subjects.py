"""A country's industry holds its totals: "Freedonian lenders must find 4 billion crowns, a regulator reported" is
Freedonia's figure, not the reporting authority's (national_industries.industry_country): sentences written for
these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts import surface_facts

PUBLISHED = dt.date(2013, 3, 12)
TITLE = "Watchdog tells lenders to raise capital"
LEAD = "The Northern Banking Board on Tuesday told lenders across the region to raise more capital. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Norwegian banks must find 4.2 billion euros of fresh capital, the Northern Banking Board said.",
            "4.2 billion euros",
            "Norway",
        ),
        (
            "Lenders in Finland will need fresh capital of 2.7 billion euros, the board said.",
            "2.7 billion euros",
            "Finland",
        ),
        ("Bad debts at Swedish banks increased 6.4 percent in January, the board said.", "6.4 percent", "Sweden"),
        (
            "The board said Danish insurers raised their bond holdings by 1.3 billion euros.",
            "1.3 billion euros",
            "Denmark",
        ),
        (
            "European lenders may cut loans by 80 billion euros this year, the board estimated.",
            "80 billion euros",
            "Europe",
        ),
    ],
)
def test_a_national_industry_total_takes_the_country(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # one named bank keeps its own figure
        ("Ostby Bank needs fresh capital of 900 million euros, the board said.", "900 million euros", "Ostby Bank"),
        # a single firm described by its nationality is no industry
        ("Ostby Bank, a Norwegian bank, posted a profit of 310 million euros.", "310 million euros", "Ostby Bank"),
    ],
)
def test_a_firm_keeps_its_figures(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "firms"),
    [
        (
            "Danish banks Holmgaard and Tved Sparekasse raised 1.1 billion euros in new shares.",
            "1.1 billion euros",
            {"Holmgaard", "Tved Sparekasse"},
        ),
        (
            "Finnish insurers Aalto and Riekko Vakuutus paid 75 million euros in dividends.",
            "75 million euros",
            {"Aalto", "Riekko Vakuutus"},
        ),
        (
            "Irish lenders Carrow and Moyle Building Society need 900 million euros of capital.",
            "900 million euros",
            {"Carrow", "Moyle Building Society"},
        ),
        (
            "Norwegian lenders Ostby Bank and Fjell Bank reported a combined profit of 640 million euros.",
            "640 million euros",
            {"Ostby Bank", "Fjell Bank"},
        ),
    ],
)
def test_the_firms_named_after_the_noun_keep_the_figure(nlp, text, surface, firms):
    # "Danish banks Holmgaard and Tved ...": the names say which banks are meant, so no country takes the figure
    assert surface_facts.subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED) <= firms
