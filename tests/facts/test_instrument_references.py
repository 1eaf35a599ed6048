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
            "Its year-end target for Brent crude stands at $74 a barrel, Tollard Bank strategists wrote.",
            74.0,
            "Brent",
        ),
        # a bare "prices" after the commodity named in the sentence before
        ("Zinc ended at $2,050 a tonne on Monday; prices had peaked near $2,210 in May.", 2210.0, "zinc"),
        # "their yield": the bond that is the subject of the clause before
        ("Gilts were steady on Thursday and their yield held at 1.42 percent.", 1.42, "Gilts"),
        (
            "Thirty-year Treasury bonds traded flat as their yield hovered at 3.07 percent.",
            3.07,
            "Treasury bond",
        ),  # one issue
        # "they" or "it" opening the sentence after one whose subject is the instrument
        ("Schatz yields edged up to 0.31 percent. Over the month they have added 12 basis points.", 0.12, "Schatz"),
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
            "Its oil output was up 3 percent on the year at 38,500 barrels a day.",
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


# near-misses: a bare "prices" after a commodity sentence whose figure is the price of something else (per seat,
# per gallon at the pump, per ring, per share) or whose nearest clause subject is no instrument
@pytest.mark.parametrize(
    ("text", "amount", "instrument"),
    [
        (
            "Brent slipped to $72 a barrel. On Zorvex Airlines, prices reached $140 a seat for June flights.",
            140.0,
            "brent",
        ),
        (
            "Crude oil added 2 percent to $66 a barrel. At service stations, prices climbed to $3.90 a gallon.",
            3.9,
            "crude",
        ),
        ("Spot gold hit $1,240 an ounce. At Dravik Jewellers, prices went up to $380 a ring.", 380.0, "gold"),
        (
            "Gold rose to $1,190 an ounce, and shares of Kelvar Mining tracked it; their price ended at $9.80.",
            9.8,
            "gold",
        ),
        (
            "Silver gained to $15.80 an ounce. On the exchange, prices reached $11 a share for the miner's stock.",
            11.0,
            "silver",
        ),
    ],
)
def test_prices_of_other_things_are_not_the_instruments(nlp, text, amount, instrument):
    facts = [f for f in run(nlp, text).facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert all(instrument not in (f.subject or "").lower() for f in facts), [(f.subject, f.predicate) for f in facts]


def test_a_bare_price_in_the_instruments_own_unit_points_back(nlp):
    text = "Nickel settled at $15,300 a tonne. Earlier in the session, prices had climbed to $15,640 a tonne."
    assert only_fact_with_amount(run(nlp, text), 15640.0).subject.lower() == "nickel"
