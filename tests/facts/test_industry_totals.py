"""Country-wide industry totals in a company story take the country (FACTS.md): a place or nationality with a
trade's goods before the measured noun ("Freedonian truck sales", "U.S. diesel demand"), or a nationality
before exports or imports; a place without goods ("U.S. sales") or with a possessor ("its U.S. car sales")
leaves the figure with the company. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subjects_by_surface

PUBLISHED = dt.date(2013, 3, 5)
OPENING = "Torvane Corp, the packaging group, reported its annual results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("U.S. light truck sales slipped 7 percent in February, an industry group said.", "7 percent", "United States"),
        ("German car sales rose 3 percent last month.", "3 percent", "Germany"),
        ("U.S. diesel demand dropped 2.5 percent over the four weeks.", "2.5 percent", "United States"),
        ("Japanese exports fell 6 percent in May as shipments to China slowed.", "6 percent", "Japan"),
    ],
)
def test_a_countrys_industry_total_takes_the_country(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("U.S. sales rose 5 percent in the quarter.", "5 percent"),
        ("Its U.S. carton sales climbed 9 percent.", "9 percent"),
        ("Sales in Europe rose 4 percent, helped by new contracts.", "4 percent"),
    ],
)
def test_the_companys_own_sales_in_a_place_stay_the_companys(nlp, text, surface):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == "Torvane", found
