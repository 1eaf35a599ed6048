"""A lead whose subject is an economy noun that nobody holds ("Existing home sales dropped in May", "Jobless
claims climbed last week") reads the whole economy: the story is about the country its frame gives (the
dateline's capital), so its unheld figures take the country, not an organization the story names in passing
(FACTS.md: economy-wide facts take the country as subject). A company that reports the lead's figure, or
holds it, keeps it. Stories written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subject_in

PUBLISHED = dt.date(2019, 8, 14)


def subject_of(nlp, text, surface):
    return subject_in(nlp, text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            " date 2019-08-14 Home sales drop as factory orders cool\n\n"
            "WASHINGTON (Reuters) - Existing home sales dropped to a four-year low in July and factory orders "
            "cooled, stoking worries about the recovery.\n\n"
            "Aides at the Halvard Institute held a call with advisers about the data. "
            "Unfilled orders slipped 0.4 percent after two monthly gains.",
            "0.4 percent",
            "United States",
        ),
        (
            " date 2019-08-14 Jobless claims climb\n\n"
            "LONDON (Reuters) - Jobless claims climbed for a third straight week, a sign that hiring is losing "
            "steam.\n\n"
            "Analysts at Brindle Securities said the labor market was cooling. "
            "Building permits fell 2.7 percent in the month.",
            "2.7 percent",
            "Britain",
        ),
        (
            " date 2019-08-14 Machinery orders sink\n\n"
            "TOKYO (Reuters) - Machinery orders sank in June as exporters grew cautious.\n\n"
            "The Quillby Council urged lawmakers to act quickly. "
            "Core orders were down 3.1 percent from a year earlier.",
            "3.1 percent",
            "Japan",
        ),
    ],
)
def test_unheld_lead_statistic_makes_the_story_the_countrys(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the company reports the lead's figure: its own sales
            " date 2019-08-14 Sales rise at retailer\n\n"
            "NEW YORK (Reuters) - Sales rose 4 percent in the second quarter, Marrow Stores Inc said on Tuesday.\n\n"
            "The retailer opened 12 stores in the quarter.",
            "4 percent",
            "Marrow Stores",
        ),
        (  # the company holds the lead's figure after "at"
            " date 2019-08-14 Orders climb at toolmaker\n\n"
            "WASHINGTON (Reuters) - Orders climbed 6 percent at Dennet Tools Corp in the latest quarter.\n\n"
            "Dennet Tools said demand from builders stayed strong.",
            "6 percent",
            "Dennet Tools",
        ),
        (  # the lead's statistic stands in a background clause: the company stays the topic
            " date 2019-08-14 Toolmaker cuts jobs\n\n"
            "OTTAWA (Reuters) - Harrow Tools Ltd cut 300 jobs as the market slowed.\n\n"
            "Harrow Tools said revenue fell 5 percent.",
            "5 percent",
            "Harrow Tools",
        ),
    ],
)
def test_a_company_figure_in_the_lead_keeps_the_company(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject
