"""A public or international body that leads a story holds no sales, stores or staff in a country: a figure
its story places "in" or "for" a country is that country's (facts/public_leads.py, `discourse._place_holder`).
Stories written for these tests; the bodies are named as the `international_bodies` lexicon writes them,
the companies are invented, the countries real (spaCy must label them as places)."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2013, 5, 6)


def run(nlp, title, text):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("title", "text", "amount", "holder"),
    [
        # a shortfall in a country, in a story the banking watchdog of many nations leads
        (
            "EU watchdog raises bank capital demands",
            "LONDON (Reuters) - The European Banking Authority said on Monday that lenders must raise more capital. "
            "The European Banking Authority said the hole in Portugal would be covered by 4.2 billion euros of "
            "state aid, and that the shortfall in Portugal had grown by 11 percent since June.",
            11.0,
            "Portugal",
        ),
        # investment in a country, in a story the union leads
        (
            "European Union agrees to ease budget rules",
            "BRUSSELS (Reuters) - European Union leaders agreed on Tuesday to give governments more room to invest, "
            "the European Union said. Public investment in Greece dropped 7.5 percent last year, and further cuts "
            "were planned.",
            7.5,
            "Greece",
        ),
        # an indicator's reading for a country, in a story the OECD leads
        (
            "OECD indicator shows recovery gathering pace",
            "PARIS (Reuters) - The OECD said on Monday that its leading indicator for its members rose in March. "
            "The OECD said the indicator for Canada climbed to 100.8, while the euro zone stayed flat.",
            100.8,
            "Canada",
        ),
        # a reading for a country written as the clause's subject, in a story the IMF leads
        (
            "IMF says outlook brightens for major economies",
            "WASHINGTON (Reuters) - World trade is picking up, the International Monetary Fund reported on Tuesday. "
            "In its report the IMF said the reading for Peru firmed to 101.9 in May.",
            101.9,
            "Peru",
        ),
    ],
)
def test_a_figure_placed_in_a_country_is_the_countrys(nlp, title, text, amount, holder):
    assert subjects_with_amount(run(nlp, title, text), amount) == {holder}


@pytest.mark.parametrize(
    ("title", "text", "amount", "holder"),
    [
        # a company's sales in a country stay the company's, located there
        (
            "Harlow Pumps quarterly profit rises",
            "CHICAGO (Reuters) - Harlow Pumps Inc reported higher quarterly profit on Tuesday. Harlow Pumps said "
            "revenue rose to $2.1 billion. Sales in Brazil rose 14 percent, Harlow Pumps said.",
            14.0,
            "Harlow Pumps",
        ),
        # loans a body lends for a country are no reading of that country: only an economy noun or a reading
        # takes its place from "for"
        (
            "IMF approves new loans",
            "WASHINGTON (Reuters) - The International Monetary Fund on Friday approved new lending to several "
            "members. The International Monetary Fund said it agreed to 3.3 billion euros in loans for Cyprus.",
            3.3e9,
            "International Monetary Fund",
        ),
        # the body's own rate, with no place phrase, stays the body's
        (
            "IMF raises lending charge",
            "WASHINGTON (Reuters) - The International Monetary Fund raised the charge on its emergency loans on "
            "Friday. The International Monetary Fund said its lending rate would rise to 1.5 percent from June.",
            1.5,
            "International Monetary Fund",
        ),
    ],
)
def test_other_figures_keep_their_holder(nlp, title, text, amount, holder):
    assert subjects_with_amount(run(nlp, title, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # in a country's economy story, a reading "for" another country is that country's
        (
            "BERLIN (Reuters) - Germany's exports rose 2 percent in March, the statistics office said. Germany's "
            "imports fell. The sentiment indicator for Spain dropped to 88.5 in March, a separate survey showed.",
            88.5,
            "Spain",
        ),
        (
            "TOKYO (Reuters) - Japan's exports fell 3 percent in April, the finance ministry said. Japan's imports "
            "rose. A separate gauge showed the reading for South Korea slipped to 97.2 in April.",
            97.2,
            "South Korea",
        ),
        # an economy noun "for" a country: the country's
        (
            "OTTAWA (Reuters) - Canada's exports rose 4 percent in June, Statistics Canada said. Canada's imports "
            "fell. Exports for Mexico climbed 6.5 percent over the same month, a separate report showed.",
            6.5,
            "Mexico",
        ),
    ],
)
def test_a_reading_for_a_country_is_the_countrys(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, "Economy news", text), amount) == {holder}


def test_loans_for_a_country_stay_the_lenders(nlp):
    text = (
        "BERLIN (Reuters) - Germany's exports rose 2 percent in March, the statistics office said. Germany's "
        "imports fell 1 percent. Germany's share of bilateral loans for Greece is 22.4 billion euros."
    )
    assert subjects_with_amount(run(nlp, "Economy news", text), 22.4e9) == {"Germany"}
