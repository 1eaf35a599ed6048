"""Figures of a traded instrument whose own phrase does not name it (facts/instrument_references.py, FACTS.md
"Subjects": a commodity price takes the commodity, a bond yield the bond): a prediction noun whose object is the
instrument, a bare "prices" or "yield" pointing back at the instrument just named, a named bond issue with no
maturity. Sentences written for these tests, with invented names and figures."""

import datetime as dt

import pytest

from tests.facts.surface_facts import only_fact_with_amount, story_extraction

PUBLISHED = dt.date(2015, 3, 4)
LEAD = "Markets were mixed on Wednesday as traders waited for data from Ruritania. "


def run(nlp, text, lead=LEAD):
    return story_extraction(nlp, lead + text, title="Markets report", published=PUBLISHED)


# the instrument, not the bank, the country or the story's company, holds the figure
@pytest.mark.parametrize(
    ("text", "amount", "subject"),
    [
        # a prediction noun with the instrument as its for-object, the figure hung on it
        (
            '"Prices should ease toward our $88 a barrel target for Brent crude," a Tollard Bank analyst said.',
            88.0,
            "Brent crude",
        ),
        # a bare "prices" after the commodity named in the sentence before
        (
            "Copper slid 2 percent to settle below $6,100 a tonne. On Tuesday, prices had touched a peak of $6,480.",
            6480.0,
            "copper",
        ),
        # "their yield": the bond that is the subject of the clause before
        ("The benchmark 10-year note gained 6/32 in price, and its yield eased to 2.118 percent.", 2.118, "note"),
        ("Five-year Treasury notes fell 9/32, while their yield climbed to 1.604 percent.", 1.604, "Treasury notes"),
        # "they" or "it" opening the sentence after one whose subject is the instrument
        ("Bobl yields fell 5 basis points to 0.233 percent. They were 8 basis points lower on the week.", 0.08, "Bobl"),
        ("Spot silver rose 1 percent to $16.40 an ounce. It has gained 7 percent since January.", 7.0, "spot silver"),
        # a named bond issue needs no maturity to be the bond
        ("Bund yields rose 4 basis points to 0.412 percent after the auction.", 0.412, "Bund"),
        ("Gilt yields slipped to 1.876 percent as the pound weakened.", 1.876, "Gilt"),
    ],
)
def test_the_instrument_holds_its_figure(nlp, text, amount, subject):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.subject.lower().endswith(subject.lower())


# precision probes: figures that are a party's own stay with it
@pytest.mark.parametrize(
    ("lead", "text", "amount", "owner"),
    [
        # a company's own price of a product, after a commodity was named
        (
            "Brennock Mining said on Wednesday copper output rose 3 percent. ",
            "Brennock Mining raised prices for its wire to $7,200 a tonne.",
            7200.0,
            "Brennock Mining",
        ),
        # a company's figure that mentions a commodity stays the company's
        (
            "Brennock Mining said on Wednesday it would sell a smelter. ",
            "Its oil output rose 3 percent in the quarter to 41,000 barrels a day.",
            3.0,
            "Brennock Mining",
        ),
        # an analyst's forecast of a company's figure stays the company's
        (
            "Brennock Mining said on Wednesday it would sell a smelter. ",
            "Analysts' forecast for Brennock Mining's profit is $1.20 a share.",
            1.20,
            "Brennock Mining",
        ),
        # consumer prices after an oil sentence are no commodity's
        (
            "Crude rose 1 percent to $61 a barrel on Wednesday in Ruritania. ",
            "Consumer prices in Ruritania rose 0.4 percent in February, the statistics office said.",
            0.4,
            "Ruritania",
        ),
        # "it" after a company's sentence is the company, also where a commodity was named before
        (
            "Gold rose 1 percent to $1,210 an ounce on Wednesday. Brennock Mining said output fell. ",
            "It expects to spend $300 million on new mines this year.",
            300e6,
            "Brennock Mining",
        ),
        # a building's sale price is no instrument
        (
            "Gold rose 1 percent to $1,210 an ounce on Wednesday. ",
            "Carrow Properties agreed to sell its Harbour Tower office block for $410 million.",
            410e6,
            "Carrow Properties",
        ),
    ],
)
def test_own_figures_stay_with_their_party(nlp, lead, text, amount, owner):
    fact = only_fact_with_amount(run(nlp, text, lead=lead), amount)
    assert fact.subject == owner
