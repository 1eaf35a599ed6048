"""Economy figures a public statistics body publishes are the country's, not the publisher's (FACTS.md:
economy-wide facts take the country as subject): the country is the place that holds an economy noun, else
the one the publisher's own name starts with, else the one the text sets before nouns as their nationality,
else the country of a capital in the dateline.
Stories written for these tests, with invented bodies."""

import datetime as dt

import pytest

from extractor.mentions.entities import index_entities
from extractor.mentions.salience import is_publisher
from tests.facts.surface_facts import subject_in

PUBLISHED = dt.date(2019, 8, 14)


def subject_of(nlp, text, surface):
    return subject_in(nlp, text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a place holding an economy noun later in the story
            "OSLO (Reuters) - Factory orders rose 1.2 percent in March, the Trade Department said on Monday. "
            "Economists had expected a smaller gain. Norway's exports slipped in the month.",
            "1.2 percent",
            "Norway",
        ),
        (  # the publisher's own name starts with its country
            "Housing starts dropped 4 percent in June, the U.S. Housing Department said on Tuesday. "
            "Builders blamed the weather for the slower pace.",
            "4 percent",
            "United States",
        ),
        (  # the country written only as a nationality before other nouns
            "Consumer prices climbed 0.3 percent in April, the Labor Office said on Wednesday. "
            "The report lifted U.S. stocks, and U.S. bond yields edged higher.",
            "0.3 percent",
            "United States",
        ),
        (  # no country written: the capital the story was filed from
            "WASHINGTON (Reuters) - Jobless claims rose 12,000 to 305,000 last week, the Labor Department reported "
            "on Thursday. Economists had expected a smaller rise.",
            "12,000",
            "United States",
        ),
        (
            "OTTAWA (Reuters) - Building permits fell 3 percent in May, the Statistics Bureau said. "
            "It was the second monthly decline in a row.",
            "3 percent",
            "Canada",
        ),
        (
            "TOKYO (Reuters) - Machinery orders climbed 2.4 percent in April, the Cabinet Office said on Monday, "
            "beating the median forecast.",
            "2.4 percent",
            "Japan",
        ),
        (  # the body's data or report is the source
            "WASHINGTON (Reuters) - Retail sales rose 0.4 percent in May, according to Commerce Bureau data "
            "released on Friday.",
            "0.4 percent",
            "United States",
        ),
        (
            "OTTAWA (Reuters) - A report from the Statistics Bureau showed wholesale sales slipped 1.1 percent "
            "in March.",
            "1.1 percent",
            "Canada",
        ),
        (
            "TOKYO (Reuters) - Industrial output edged up 0.5 percent in June, data from the Finance Ministry showed.",
            "0.5 percent",
            "Japan",
        ),
        (  # a ministry's figures in a story that names its country as a holder of another figure
            "Wholesale inflation eased to 2.1 percent in May, the Finance Ministry said. "
            "Canada's trade surplus narrowed at the same time.",
            "2.1 percent",
            "Canada",
        ),
    ],
)
def test_a_publishers_figures_take_the_country(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # a company is not a publisher: its figures stay its own
            "Brisco Inc said revenue rose 5 percent in the second quarter. The results lifted U.S. stocks.",
            "5 percent",
            "Brisco",
        ),
        (
            "Halvern Group posted a 7 percent rise in quarterly sales. Shares of U.S. rivals were little changed.",
            "7 percent",
            "Halvern Group",
        ),
        (  # a dateline is no subject of a company's figures
            "WASHINGTON (Reuters) - Brisco Inc said its revenue rose 6 percent in the second quarter.",
            "6 percent",
            "Brisco",
        ),
        (
            "Revenue at Pellam Corp fell 3 percent last quarter, hurt by weak U.S. demand.",
            "3 percent",
            "Pellam",
        ),
    ],
)
def test_a_companys_figures_keep_the_company(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    "text",
    [
        "The Fraud Office said on Monday it had dropped its case against Brisco, at a hearing in Oslo's High Court.",
        "WASHINGTON (Reuters) - A judge ruled that the Justice Department had overstepped its powers in its case.",
        "OTTAWA (Reuters) - The Patent Office rejected the applications of Pellam Corp, a court filing showed.",
    ],
)
def test_a_public_body_that_reports_no_figure_makes_no_economy_story(nlp, text):
    """A place that only owns an institution, or the capital of a dateline, is no country of an economy
    story when the public body reports no figure (a prosecutor's or a patent office's story)."""
    entities = index_entities(nlp(text))
    assert entities.main_org is not None and entities.main_org.name.endswith(("Office", "Department"))
    assert not is_publisher(entities.main_org)
    assert entities.main_place is None
