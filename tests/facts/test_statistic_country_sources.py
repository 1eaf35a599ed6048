"""Economy-wide statistics take the country (FACTS.md), in two shapes where no subject candidate named it before:

- an index that is itself an economy-wide statistic and bears no proper name ("the consumer price index", "the
  overall CPI index") is the country's reading (`statistics_country.is_statistic_index`), not a named index; a
  compiler's or a proper name before it ("the KPX consumer price index", "the Vantor Activity Index") keeps the
  index as the subject of its readings;
- a story that names its country only on a public body ("the Portuguese finance ministry", "the Danish central
  bank") gives that country to its statistics (`statistics_country._public_body_country`); with no such body the
  story has no country, and a company's own figures stay the company's ("the retailer's sales in Spain");
- a story that writes its country only before nouns ("U.S. manufactured goods", "German exporters") gives it to
  its statistics as the last evidence (`statistics_country.written_country`), but not to a statistic whose own
  proper modifier names another holder ("EU gross domestic product").

Sentences written for these tests; organization names invented."""

import pytest

from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2014-03-13"
ECONOMY_TITLE = "Freedonia economy cools"
ECONOMY_LEAD = "OSTRAVA (Reuters) - Freedonia's economy slowed in the third quarter, the statistics office said. "
FUND_TITLE = "Lenders trim outlook"
FUND_LEAD = "NEW YORK (Reuters) - The Harland Monetary Fund said on Tuesday it expects a weaker recovery. "
DATA_TITLE = "Data roundup"
DATA_LEAD = "NEW YORK (Reuters) - Orders and prices moved on Thursday, data showed. "
COMPANY_TITLE = "Kestrel sales slip"
COMPANY_LEAD = "NEW YORK (Reuters) - Kestrel Corp reported slimmer quarterly earnings on Tuesday. "


def subject(nlp, lead: str, title: str, text: str, surface: str) -> str:
    return fact_with_surface(nlp, lead + text, surface, title=title, published=PUBLISHED).subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Last month the consumer price index ran 0.8 percent above its level of a year ago.", "0.8 percent"),
        ("Analysts had expected the overall CPI index to come in 2.1 percent higher for the year.", "2.1 percent"),
        ("In January the producer price index slipped 0.3 percent, a third monthly fall.", "0.3 percent"),
        ("Its fourth-quarter consumer price index was seen at 1.7 percent in the poll.", "1.7 percent"),
    ],
)
def test_an_unnamed_price_index_is_the_country_s_statistic(nlp, text, surface):
    assert subject(nlp, ECONOMY_LEAD, ECONOMY_TITLE, text, surface) == "Freedonia"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The KPX consumer price index rose 5.1 percent in the year to March.",
            "5.1 percent",
            "KPX consumer price index",
        ),
        ("The Vantor Activity Index rose 0.4 percent in February.", "0.4 percent", "Vantor Activity Index"),
    ],
)
def test_a_named_index_stays_the_subject_of_its_readings(nlp, text, surface, expected):
    assert subject(nlp, ECONOMY_LEAD, ECONOMY_TITLE, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Officials at the Portuguese finance ministry said on Monday that the economy would shrink by 2.5 "
            "percent this year.",
            "2.5 percent",
            "Portugal",
        ),
        (
            "A spokesman for the Danish central bank said inflation should ease to 1.8 percent by December.",
            "1.8 percent",
            "Denmark",
        ),
        (
            "The fund said the economy would grow 1.2 percent next year. Later, the Dutch central bank said it agreed.",
            "1.2 percent",
            "Netherlands",
        ),  # the body is named in another sentence
    ],
)
def test_a_public_body_s_nationality_gives_the_story_s_country(nlp, text, surface, expected):
    assert subject(nlp, FUND_LEAD, FUND_TITLE, text, surface) == expected


@pytest.mark.parametrize(
    ("lead", "title", "text", "surface", "expected"),
    [
        (
            FUND_LEAD,
            FUND_TITLE,
            "The fund said unemployment would stay near 7 percent next year.",
            "7 percent",
            "Harland Monetary Fund",
        ),  # no country written anywhere: the statistic falls to the story's organization
        (
            FUND_LEAD,
            FUND_TITLE,
            "The fund said its own staff grew 4 percent. The Portuguese finance ministry declined to comment.",
            "4 percent",
            "Harland Monetary Fund",
        ),  # the fund's own figure is no statistic
        (
            COMPANY_LEAD,
            COMPANY_TITLE,
            "The retailer's sales in Spain fell 3 percent, while the Spanish economy ministry said retail sales "
            "fell 1 percent.",
            "3 percent",
            "Kestrel",
        ),
        (
            COMPANY_LEAD,
            COMPANY_TITLE,
            "Kestrel said its revenue grew 6 percent over the three months. The Portuguese finance ministry said it "
            "would review the deal.",
            "6 percent",
            "Kestrel",
        ),
    ],
)
def test_without_a_body_s_country_or_for_an_own_figure_the_subject_stays(nlp, lead, title, text, surface, expected):
    assert subject(nlp, lead, title, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The Harland Statistics Bureau said factory orders rose 1.1 percent in February, as U.S. manufactured "
            "goods sold well.",
            "1.1 percent",
            "United States",
        ),
        (
            "Orders for long-lasting Canadian goods fell last month. The statistics agency said inflation was steady "
            "at 2.2 percent.",
            "2.2 percent",
            "Canada",
        ),
        (
            "German exporters had a weak month, and the economy shrank 0.3 percent in the quarter, the agency said.",
            "0.3 percent",
            "Germany",
        ),
    ],
)
def test_a_country_written_before_nouns_is_the_last_evidence_for_a_statistic(nlp, text, surface, expected):
    assert subject(nlp, DATA_LEAD, DATA_TITLE, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The agency said EU gross domestic product grew 0.4 percent, while German exporters had a weak month.",
            "0.4 percent",
            "EU",
        ),  # the statistic's own proper modifier names its holder
        ("Harland Corp said its sales rose 5 percent, helped by U.S. shoppers.", "5 percent", "Harland"),
    ],
)
def test_a_written_country_never_takes_a_named_holder_s_figure(nlp, text, surface, expected):
    assert subject(nlp, DATA_LEAD, DATA_TITLE, text, surface) == expected


NO_PLACE_TITLE = "Price gauges mixed"
NO_PLACE_LEAD = "Wholesale and shop prices went separate ways last month, figures showed. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The producer price index edged up 0.4 percent in March.", "0.4 percent"),
        ("Economists think the consumer price index will rise 2.3 percent this year.", "2.3 percent"),
        ("A year on, the consumer price index stood 1.1 percent higher, the figures showed.", "1.1 percent"),
    ],
)
def test_an_unnamed_price_index_holds_its_reading_where_the_story_names_no_country(nlp, text, surface):
    held = subject(nlp, NO_PLACE_LEAD, NO_PLACE_TITLE, text, surface)
    assert held is not None and "index" in held.lower()


def test_a_named_country_still_outranks_the_unnamed_index(nlp):
    text = "The producer price index edged up 0.4 percent in March."
    assert subject(nlp, ECONOMY_LEAD, ECONOMY_TITLE, text, "0.4 percent") == "Freedonia"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Chilean copper output slipped, Latin American lenders and Latin American insurers were cautious, and "
            "inflation held at 3.1 percent, the agency said.",
            "3.1 percent",
            "Chile",
        ),
        (
            "Mexican car plants were busy, yet North American rail shipments and North American truck orders eased; "
            "the jobless rate rose to 6.2 percent, the agency said.",
            "6.2 percent",
            "Mexico",
        ),
        (
            "Peruvian fishing fleets stayed in port, South American grain buyers and South American miners held "
            "back, and inflation reached 4.4 percent, the agency said.",
            "4.4 percent",
            "Peru",
        ),
    ],
)
def test_the_last_word_of_a_region_s_name_names_no_written_country(nlp, text, surface, expected):
    """ "Latin American lenders": the region's adjective, not "American" alone, so the country written once wins."""
    assert subject(nlp, DATA_LEAD, DATA_TITLE, text, surface) == expected
