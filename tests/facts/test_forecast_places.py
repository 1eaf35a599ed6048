"""A forecast of an economy's or a market's measure belongs to the place it is for, not to the institution or
company that makes it (facts/forecast_places.py): the place is the possessor, adjective, compound or "for" object of
the forecast noun or of the measured noun. A company's own measure stays the company's. Sentences written for these
tests; organization names invented, countries real (the tagger must read them as places)."""

import pytest

from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2014-03-13"
AGENCY_TITLE = "Harland Institute trims regional outlook"
AGENCY_LEAD = "ZURICH (Reuters) - The Harland Institute published new estimates for a dozen economies on Thursday. "
COMPANY_TITLE = "Kestrel lifts outlook"
COMPANY_LEAD = "CHICAGO (Reuters) - Kestrel Corp raised its full-year outlook on Tuesday. "


def agency_fact(nlp, text, surface):
    return fact_with_surface(nlp, AGENCY_LEAD + text, surface, title=AGENCY_TITLE, published=PUBLISHED)


def company_fact(nlp, text, surface):
    return fact_with_surface(nlp, COMPANY_LEAD + text, surface, title=COMPANY_TITLE, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("The institute cut its growth outlook for Peru to 1.2 percent.", "1.2 percent", "Peru"),  # "for" object
        ("Its new forecast for Portuguese growth stands at 1.3 percent.", "1.3 percent", "Portugal"),
        ("The institute said Latvia's growth forecast is now 2.6 percent.", "2.6 percent", "Latvia"),  # possessor
        ("Its Colombian inflation forecast now stands at 3.6 percent.", "3.6 percent", "Colombia"),
        ("Harland now projects Mexican inflation of 4 percent next year.", "4 percent", "Mexico"),  # a statistic
        ("The institute now sees Asian economic growth of 5.5 percent next year.", "5.5 percent", "Asia"),  # a region
    ],
)
def test_a_forecast_for_a_place_is_the_place_s(nlp, text, surface, place):
    assert agency_fact(nlp, text, surface).subject == place


def test_a_company_s_view_of_a_regional_market_is_the_region_s(nlp):
    text = "Kestrel now puts its European truck market growth forecast at 4.5 percent."
    assert company_fact(nlp, text, "4.5 percent").subject == "Europe"


def test_a_region_adjective_names_an_industry_total(nlp):
    text = "Asian new car sales fell 7 percent in May, Kestrel said."
    assert company_fact(nlp, text, "7 percent").subject == "Asia"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kestrel raised its forecast for Brazilian sales growth to 8 percent.", "8 percent"),  # its sales
        ("Kestrel cut its growth outlook for its Asian unit to 5 percent.", "5 percent"),  # a unit, no place
        ("Kestrel said its sales in Brazil rose 4 percent.", "4 percent"),  # its own sales in a country
        ("Kestrel's growth forecast for 2013 is 6 percent.", "6 percent"),  # its own growth
        ("Kestrel said its European sales climbed 3 percent.", "3 percent"),  # owned by "its"
    ],
)
def test_a_company_s_own_forecast_stays_the_company_s(nlp, text, surface):
    assert company_fact(nlp, text, surface).subject == "Kestrel"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The institute's own budget rose 3 percent to $37 million.", "3 percent"),  # its own budget
        ("The institute now employs 450 economists in its Peru office.", "450"),  # its own staff
    ],
)
def test_an_agency_s_own_figures_stay_its_own(nlp, text, surface):
    assert agency_fact(nlp, text, surface).subject == "Harland Institute"


REVIEW_TITLE = "Harland sees slow recovery in Canada"
REVIEW_LEAD = "OTTAWA (Reuters) - The Harland Institute said on Friday that Canada's recovery would stay slow. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Growth in the economy will be only 1.1 percent, the institute predicted.", "1.1 percent"),
        ("The institute said inflation would be 2.1 percent next year.", "2.1 percent"),
        ("It expects the jobless rate to be 7.4 percent at the end of 2014.", "7.4 percent"),
    ],
)
def test_a_statistic_a_forecaster_states_is_the_country_s(nlp, text, surface):
    fact = fact_with_surface(nlp, REVIEW_LEAD + text, surface, title=REVIEW_TITLE, published=PUBLISHED)
    assert fact.subject == "Canada"


def test_a_forecaster_s_own_capacity_stays_its_own(nlp):
    text = "The institute's own lending capacity is $1 trillion."
    fact = fact_with_surface(nlp, REVIEW_LEAD + text, "$1 trillion", title=REVIEW_TITLE, published=PUBLISHED)
    assert fact.subject == "Harland Institute"


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (
            "Canadian steel pipe imports were down 8.3 percent from last year, a trade report showed.",
            "8.3 percent",
            "Canada",
        ),
        ("Japanese crude oil product imports fell 3 percent in April, Kestrel said.", "3 percent", "Japan"),
        ("European steel product demand will slip 2 percent next year, Kestrel said.", "2 percent", "Europe"),
    ],
)
def test_a_place_s_industry_total_with_goods_one_compound_deeper(nlp, text, surface, place):
    assert company_fact(nlp, text, surface).subject == place


def test_a_company_s_own_goods_figure_stays_its_own(nlp):
    text = "Kestrel said its U.S. oil product sales rose 6 percent."
    assert company_fact(nlp, text, "6 percent").subject == "Kestrel"


@pytest.mark.parametrize(
    ("text", "surface", "region"),
    [
        ("Kestrel lifted its outlook for North American market growth to 5 percent.", "5 percent", "North America"),
        ("Its forecast for South American growth was lowered to 1.8 percent.", "1.8 percent", "South America"),
        ("The institute cut its outlook for South African growth to 1.5 percent.", "1.5 percent", "South Africa"),
        ("Its Latin American growth forecast now stands at 2.2 percent.", "2.2 percent", "Latin America"),
    ],
)
def test_a_compass_region_adjective_is_read_as_a_whole_phrase(nlp, text, surface, region):
    """ "North American" is North America, not the country "American" alone names."""
    lead = COMPANY_LEAD if text.startswith("Kestrel") else AGENCY_LEAD
    assert fact_with_surface(nlp, lead + text, surface, title=AGENCY_TITLE, published=PUBLISHED).subject == region


NORVEX_LEAD = "CHICAGO (Reuters) - Norvex Inc reported higher quarterly sales on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Norvex cut its growth outlook for Brazil to 4 percent, citing weaker tractor orders there.", "4 percent"),
        ("Norvex's growth forecast for China is 20 percent this year.", "20 percent"),
        ("For Mexico, Norvex now expects growth of 11 percent as its new plant opens.", "11 percent"),
        ("Norvex trimmed its Canadian growth forecast to 2.5 percent after a dealer closed.", "2.5 percent"),
    ],
)
def test_a_company_s_bare_growth_in_a_place_stays_the_company_s(nlp, text, surface):
    """A company forecasting plain "growth" for a place forecasts its own business there (FACTS.md)."""
    fact = fact_with_surface(nlp, NORVEX_LEAD + text, surface, title="Norvex sales rise", published=PUBLISHED)
    assert fact.subject == "Norvex"


def test_a_company_s_forecast_of_a_place_s_market_growth_is_the_place_s(nlp):
    text = "Norvex raised its forecast for Indian market growth to 9 percent."
    fact = fact_with_surface(nlp, NORVEX_LEAD + text, "9 percent", title="Norvex sales rise", published=PUBLISHED)
    assert fact.subject == "India"


def test_an_international_body_s_bare_growth_for_a_place_is_the_place_s(nlp):
    """A body known by its capitals only (no ticker, no legal suffix) is no company: its outlook is the place's."""
    lead = "PARIS (Reuters) - The WTEB trimmed its forecasts for a dozen economies on Monday. "
    text = "The WTEB cut its growth outlook for Chile to 3.4 percent, citing lower copper prices."
    fact = fact_with_surface(nlp, lead + text, "3.4 percent", title="WTEB trims forecasts", published=PUBLISHED)
    assert fact.subject == "Chile"
