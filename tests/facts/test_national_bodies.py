"""A country named by its government or by a nationality on a figure's noun holds the figure (FACTS.md:
economy-wide facts take the country; the annotators give a state's stake, a government's spending and a
government bond's yield to the country). A government written with "U.S." keeps the annotators' name "U.S.
government"; a company that receives government money, and a nationality on a company noun, keep the company.
Sentences written for these tests, invented company names."""

import pytest

from extractor import extract
from extractor.facts.statistics_country import known_countries
from tests.facts.surface_facts import subjects_by_surface
from tests.facts.test_industry_totals import OPENING, PUBLISHED  # the same company story opening


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The Danish state's holding in the lender would drop to 22 percent next year.", "22 percent", "Denmark"),
        ("The Finnish government said it would spend 3 billion euros on rail lines.", "3 billion euros", "Finland"),
        ("The Austrian parliament approved a 6 billion euro package of tax cuts.", "6 billion euro", "Austria"),
        ("A Swiss state guarantee for the loans was cut to 900 million francs.", "900 million francs", "Switzerland"),
        ("The Polish government's 31 percent stake in the refiner is up for sale.", "31 percent", "Poland"),
    ],
)
def test_a_government_named_by_its_nationality_is_the_country(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Portuguese 10-year bond yields climbed to 7.4 percent on Thursday.", "7.4 percent", "Portugal"),
        ("Irish two-year yields eased to 4.15 percent after the auction.", "4.15 percent", "Ireland"),
        ("Greek government bond yields jumped to 18.2 percent, a record.", "18.2 percent", "Greece"),
    ],
)
def test_a_government_bonds_yield_with_a_nationality_is_the_countrys(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The company received $2 billion of U.S. government loans last year.", "$2 billion", "Torvane"),
        ("It had asked for 800 million euros of French state aid.", "800 million euros", "Torvane"),
        ("Its German sales rose 7 percent in the quarter.", "7 percent", "Torvane"),
    ],
)
def test_the_companys_own_figures_beside_a_nationality_stay_the_companys(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The U.S. government, which owns 61 percent of the carrier, plans to sell its shares.", "61 percent"),
        ("The U.S. government wrote off a $1.4 billion loan when the lender collapsed.", "$1.4 billion"),
        ("The U.S. government said it would spend $9 billion on port upgrades.", "$9 billion"),
    ],
)
def test_the_us_government_keeps_its_written_name(nlp, text, surface):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == "U.S. government", found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ferries carry most freight in the country's $12 billion coastal shipping market.", "$12 billion"),
        ("Rivals have cut fares to win a bigger slice of the nation's $4 billion passenger ferry trade.", "$4 billion"),
        ("Fuel costs weigh on the country's $20 billion shipping industry, analysts say.", "$20 billion"),
    ],
)
def test_the_countrys_figure_is_the_story_countrys(nlp, text, surface):
    opening = (
        "OSLO (Reuters) - Fjellvik Lines, a Norwegian ferry operator, said on Tuesday it would raise fares by summer. "
    )
    facts = extract(opening + text, published=PUBLISHED, nlp=nlp)
    found = {f.value.surface: f.subject for f in facts if f.value}
    assert found.get(surface) == "Norway", found


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Portugal's government set aside 4 billion euros for flood repairs.", "4 billion euros", "Portugal"),
        ("Austria's parliament approved a 7 billion euro package of tax cuts.", "7 billion euro", "Austria"),
        ("Finland's cabinet agreed on Monday to spend 2 billion euros on rail lines.", "2 billion euros", "Finland"),
    ],
)
def test_a_government_named_by_its_countrys_possessive_is_the_country(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ohio's government set aside 400 million dollars for flood repairs.", "400 million dollars"),
        ("Bavaria's cabinet agreed to spend 2 billion euros on rail lines.", "2 billion euros"),
        ("Quebec's government set aside 300 million dollars for flood repairs.", "300 million dollars"),
    ],
)
def test_a_possessive_that_is_no_country_names_none(nlp, text, surface):
    """A region's government is no country: no country at all holds its figure."""
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert surface in found and found[surface] not in known_countries(), found


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a measure only a government sets, in the capital's own clause
        (
            "Economists say Stockholm will cut interest rates by 50 basis points before December.",
            "50 basis points",
            "Sweden",
        ),
        ("Madrid raised 2 billion euros in a bond sale on Tuesday.", "2 billion euros", "Spain"),
        ("Some economists think Vienna will cut spending by 3 percent next year.", "3 percent", "Austria"),
        # a verb only a government does
        ("Rome borrowed 3 billion euros from investors on Friday.", "3 billion euros", "Italy"),
        ("Rome refused to borrow 3 billion euros from the markets this spring.", "3 billion euros", "Italy"),
    ],
)
def test_a_capital_that_acts_is_its_country(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Stockholm's home prices rose 6 percent in the year.", "6 percent", "Stockholm"),
        # a capital as a subject with no sign of its government acting is the city
        ("London lost 5,000 finance jobs in the spring as rates rose.", "5,000", "London"),
        ("Rome drew 9 million visitors last year, down 4 percent.", "9 million", "Rome"),
        ("Rome drew 9 million visitors last year, down 4 percent.", "4 percent", "Rome"),
        ("Madrid added 12,000 residents in the year.", "12,000", "Madrid"),
    ],
)
def test_a_capital_with_no_government_act_is_the_city(nlp, text, surface, city):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == city, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Torvane opened a 40 million euro plant in Madrid.", "40 million euro"),
        ("Sales in Vienna climbed 9 percent.", "9 percent"),
    ],
)
def test_a_capital_that_does_not_act_is_no_country(nlp, text, surface):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) not in ("Spain", "Austria"), found
