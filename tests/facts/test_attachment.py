"""Which period dates which figure: end-to-end on news sentences written for these tests (issue 10)."""

import datetime as dt

import pytest

from tests.facts.period_facts import dates_among
from tests.facts.surface_facts import facts_in

D = dt.date


Q2_2019 = (D(2019, 4, 1), D(2019, 6, 30))
Q2_2018 = (D(2018, 4, 1), D(2018, 6, 30))


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        # the earlier side of a comparison takes the story's period one year back; the later side keeps it
        (
            "Orvane Tools Inc said net profit rose to $412 million in the second quarter from $388 million in the "
            "prior-year quarter.",
            412_000_000.0,
            388_000_000.0,
        ),
        (
            "Pellworth Bank said second-quarter earnings fell to $52 million, or 9 cents a share, from "
            "$80 million, or 14 cents a share, a year earlier.",
            52_000_000.0,
            80_000_000.0,
        ),
        (
            "Marlow Freight AB said second-quarter sales climbed to 6.1 billion crowns, compared with 5.4 billion "
            "crowns in the same quarter last year.",
            6_100_000_000.0,
            5_400_000_000.0,
        ),
        (
            "Quellin Foods posted second-quarter operating income of 310 million euros, up from 270 million "
            "euros in the year-ago period.",
            310_000_000.0,
            270_000_000.0,
        ),
    ],
)
def test_attachment_comparison_dates_the_earlier_figure_a_year_back(nlp, text, later, earlier):
    facts = facts_in(nlp, text, D(2019, 7, 25))
    assert dates_among(facts, later) == Q2_2019
    assert dates_among(facts, earlier) == Q2_2018


@pytest.mark.parametrize(
    "body",
    [
        # "the quarter", "the period", "quarterly" and unlabelled results mean the quarter the story reports on
        "Operating profit in the quarter rose 11 percent to 95 million euros.",
        "Revenue for the period increased 11 percent to 95 million euros.",
        "The group's quarterly revenue grew 11 percent to 95 million euros.",
        "Sales rose 11 percent to 95 million euros.",
    ],
)
def test_attachment_story_period_from_the_title(nlp, body):
    text = (
        f" date 2019-07-25 Tarrant Media third-quarter profit beats forecasts\n\nTarrant Media said on Thursday. {body}"
    )
    facts = facts_in(nlp, text, None)
    assert dates_among(facts, 95_000_000.0) == (D(2019, 7, 1), D(2019, 9, 30)) or dates_among(facts, 95_000_000.0) == (
        D(2018, 7, 1),
        D(2018, 9, 30),
    )


@pytest.mark.parametrize(
    "lead",
    [
        # the lead names the period even after a dateline; the body states its end to the day
        "Bramwell Stores posted a lower first-quarter profit on Tuesday. Sales rose 4 percent to $700 million "
        "in the first quarter ended May 4.",
        "Bramwell Stores, the discount chain, reported a drop in quarterly profit. Sales rose 4 percent to "
        "$700 million in its fiscal first quarter that ended May 4.",
        "Bramwell Stores cut its outlook after its first-quarter profit fell. In the quarter ended May 4, sales "
        "rose 4 percent to $700 million.",
    ],
)
def test_attachment_stated_quarter_end_dates_the_results(nlp, lead):
    text = f" date 2019-05-21 Bramwell Stores profit falls\n\nDALLAS (Reuters) - {lead}"
    facts = facts_in(nlp, text, None)
    assert dates_among(facts, 700_000_000.0) == (D(2019, 2, 5), D(2019, 5, 4))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a share move on a weekday is that day, resolved against the publication date (a Thursday)
        ("Shares of Hollin Mining closed down 3.5 percent on Wednesday.", -3.5, (D(2019, 7, 24), D(2019, 7, 24))),
        ("Shares of Corvex Corp rose 61 cents to $18.20 on Monday.", 18.2, (D(2019, 7, 22), D(2019, 7, 22))),
        ("The stock of Ardent Labs fell 7 percent in Tuesday trading.", -7.0, (D(2019, 7, 23), D(2019, 7, 23))),
    ],
)
def test_attachment_price_move_on_a_weekday(nlp, text, amount, expected):
    facts = facts_in(nlp, text, D(2019, 7, 25))
    signed = [
        f for f in facts if f.value and (-f.value.amount if f.value.direction == "down" else f.value.amount) == amount
    ]
    assert signed, [(f.value.amount, f.value.direction) for f in facts if f.value]
    assert (signed[0].period.start, signed[0].period.end) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # horizons of targets and forecasts
        (
            "Fenwick Aerospace Co forecast that airlines would buy 31,000 jets over the next 20 years.",
            31_000.0,
            (D(2019, 7, 25), D(2039, 7, 24)),
        ),
        ("Lorrin Telecom aims to reach 5 million subscribers by 2022.", 5_000_000.0, (D(2019, 7, 25), D(2022, 12, 31))),
        ("Dunmore Steel expects to ship 2 million tonnes next year.", 2_000_000.0, (D(2020, 1, 1), D(2020, 12, 31))),
    ],
)
def test_attachment_horizons(nlp, text, amount, expected):
    assert dates_among(facts_in(nlp, text, D(2019, 7, 25)), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a phrase in a nested clause does not date the figure of the main clause
        (
            "Halvard Group Plc's stock, which had lost a fifth of its value this year, gained 2 percent on Friday.",
            2.0,
            (D(2019, 7, 19), D(2019, 7, 19)),
        ),
        ("Peskett Brewing Co said its volumes rose 6 percent after it bought a rival brewer in April.", 6.0, None),
        ("Costa Verde Mining said in March that output rose 8 percent in 2018.", 8.0, (D(2018, 1, 1), D(2018, 12, 31))),
    ],
)
def test_attachment_phrase_in_another_clause(nlp, text, amount, expected):
    result = dates_among(facts_in(nlp, text, D(2019, 7, 25)), amount)
    assert (result if result != (None, None) else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank describing a name in apposition is not dated by the results of another clause
        ("Corvane Bank, Spain's third-largest lender, said its second-quarter profit rose 8 percent.", None),
        ("Halstrom Group, whose unit posted a loss in the first quarter, is Norway's second-biggest insurer.", None),
        ("Halstrom Group, Norway's second-biggest insurer, posted a loss last week.", None),
        # a rank in its own clause takes that clause's period
        ("Teskel Phones Inc was the second-biggest seller of smartphones in May.", (D(2019, 5, 1), D(2019, 5, 31))),
    ],
)
def test_attachment_rank_periods(nlp, text, expected):
    ranks = [f for f in facts_in(nlp, text, D(2019, 7, 25)) if f.kind == "rank"]
    assert ranks, "no rank read"
    period = ranks[0].period
    assert (None if period is None else (period.start, period.end)) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # an estimate told in the past is of the period just gone, not of the next one
        ("Analysts had expected Brenmor Corp to post sales of $40 million in the second quarter.", 40_000_000.0),
        ("In the second quarter, analysts on average expected Quintal Inc to earn 31 cents a share.", 0.31),
        ("For the second quarter, analysts were expecting Fendal Corp to earn 52 cents a share.", 0.52),
        (
            "Analysts polled by Reuters had forecast Delvin Corp revenue of $2.1 billion for the second quarter.",
            2_100_000_000.0,
        ),
    ],
)
def test_attachment_past_estimate_is_of_the_period_just_gone(nlp, text, amount):
    facts = facts_in(nlp, text, D(2019, 7, 25))
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "forecast"
    assert (fact.period.start, fact.period.end) == Q2_2019


@pytest.mark.parametrize(
    "sentence",
    [
        # "a year earlier" is relative to the sentence's own period before the story's
        "Profit at Larkin Foods Co fell to $61 million in its second quarter ended on February 3 from $58 million "
        "a year earlier.",
        "In its second quarter ended on February 3, Larkin Foods Co earned $61 million, compared with $58 million "
        "in the year-ago quarter.",
        "Larkin Foods Co said net income for the second quarter ended on February 3 fell to $61 million, versus "
        "$58 million in the same quarter a year ago.",
    ],
)
def test_attachment_year_earlier_of_the_sentence_period(nlp, sentence):
    text = f" date 2019-02-25 Larkin Foods profit falls, full-year outlook raised\n\n{sentence}"
    facts = facts_in(nlp, text, None)
    assert dates_among(facts, 61_000_000.0) == (D(2018, 11, 4), D(2019, 2, 3))
    assert dates_among(facts, 58_000_000.0) == (D(2017, 11, 4), D(2018, 2, 3))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a change stated against a year earlier is dated by the sentence's own period, not a year back
        ("Gorland Telecom SA added 30,000 broadband lines in May, a 4 percent rise from a year earlier.", 4.0),
        ("Wexley Mills Inc shipped 2 million tonnes in May, up 4 percent from a year ago.", 4.0),
        ("Revenue at Pardoe Group rose 4 percent in May compared with a year earlier.", 4.0),
    ],
)
def test_attachment_change_against_a_year_earlier_keeps_its_period(nlp, text, amount):
    assert dates_among(facts_in(nlp, text, D(2019, 7, 25)), amount) == (D(2019, 5, 1), D(2019, 5, 31))


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        # a price level on a day is as of that day; the move keeps the day as its period only
        ("Shares of Corvex Corp closed at $18.20 on Monday.", 18.2, D(2019, 7, 22)),
        ("Brisco Mining Ltd stock ended Tuesday at $4.75.", 4.75, D(2019, 7, 23)),
        ("On Wednesday, shares of Talvin Inc traded at $31.40.", 31.4, D(2019, 7, 24)),
    ],
)
def test_attachment_price_level_on_a_day_is_as_of_that_day(nlp, text, amount, day):
    fact = next(f for f in facts_in(nlp, text, D(2019, 7, 25)) if f.value and f.value.amount == amount)
    assert (fact.period.start, fact.period.end, fact.as_of) == (day, day, day)


@pytest.mark.parametrize(
    "text",
    [
        # ... but a whole year in an estimate is the year in progress
        "Analysts expected Brenmor Corp to earn $7.40 a share for the year.",
        "Analysts had forecast full-year profit of $7.40 a share at Brenmor Corp.",
        "Analysts were expecting Brenmor Corp to earn $7.40 a share this year.",
    ],
)
def test_attachment_past_estimate_of_the_year_is_the_current_year(nlp, text):
    fact = next(f for f in facts_in(nlp, text, D(2019, 7, 25)) if f.value and f.value.amount == 7.4)
    assert (fact.period.start, fact.period.end) == (D(2019, 1, 1), D(2019, 12, 31))


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # the lead names the story's period when it reports a measure of results, whatever the title says
        (
            "Renwick shares jump",
            "Renwick Corp posted a higher third-quarter profit on Thursday.",
            (D(2019, 7, 1), D(2019, 9, 30)),
        ),
        (
            "Renwick beats forecasts",
            "Renwick Corp said quarterly revenue climbed on strong demand.",
            (D(2019, 7, 1), D(2019, 9, 30)),
        ),
        # ... but not when it names no measure ("annual" is a period word, not a result)
        ("Leaders meet in the Alps", "Renwick Corp's chief spoke at the annual forum on Thursday.", None),
    ],
)
def test_attachment_story_period_from_a_results_lead(nlp, title, lead, expected):
    text = f" date 2019-10-24 {title}\n\n{lead} Sales rose 11 percent to 95 million euros."
    result = dates_among(facts_in(nlp, text, None), 95_000_000.0)
    assert (None if result == (None, None) else result) == expected


@pytest.mark.parametrize(
    ("body", "season"),
    [
        # a season is the story's period when the story states its span; else "holiday sales" is a topic
        (
            "Sales at toy chains rose 2.5 percent, Pellworth Research said. The data cover the Friday after "
            "Thanksgiving through December 24.",
            (D(2014, 11, 28), D(2014, 12, 24)),
        ),
        (
            "Toy chains' sales climbed 2.5 percent, Pellworth Research said. Its survey runs from Thanksgiving to "
            "Christmas Eve.",
            (D(2014, 11, 28), D(2014, 12, 24)),
        ),
        ("Sales at toy chains rose 2.5 percent, Pellworth Research said.", (None, None)),
    ],
)
def test_attachment_holiday_season_as_story_period(nlp, body, season):
    text = f" date 2014-12-27 Toy retailers' holiday sales up 2.5 percent\n\nNEW YORK (Reuters) - {body}"
    assert dates_among(facts_in(nlp, text, None), 2.5) == season


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank in a participle clause with no subject of its own is dated by the clause it hangs on
        (
            "Teskel Phones Inc's revenue in Peru went up 80 percent in the year's first half, becoming the "
            "third top brand in the Peruvian phone market.",
            (D(2019, 1, 1), D(2019, 6, 30)),
        ),
        (
            "Orvina Freight Ltd handled 9 million containers in March, becoming the world's fourth-largest port "
            "operator.",
            (D(2019, 3, 1), D(2019, 3, 31)),
        ),
        (
            "Brindle Air Corp's traffic grew 12 percent in 2018, making it the second-biggest airline in Chile.",
            (D(2018, 1, 1), D(2018, 12, 31)),
        ),
    ],
)
def test_attachment_rank_in_participle_clause(nlp, text, expected):
    ranks = [f for f in facts_in(nlp, text, D(2019, 7, 25)) if f.kind == "rank"]
    assert ranks, "no rank read"
    period = ranks[0].period
    assert (None if period is None else (period.start, period.end)) == expected


@pytest.mark.parametrize(
    ("sentence", "amount", "story_period"),
    [
        # a figure in a present-tense clause is a state at publication, not a result of the story's quarter
        ("Halvern Logistics Inc currently spends $5 million a month on fuel.", 5_000_000.0, False),
        ("Halvern Logistics Inc is now running depots in 35 cities.", 35.0, False),
        ('"We also have 200 million euros in cash," Halvern Logistics Inc said.', 200_000_000.0, False),
        # told in the past, the same kind of figure is a result of the quarter
        ("Halvern Logistics Inc handled 4,000 parcels a day.", 4000.0, True),
    ],
)
def test_attachment_present_tense_states_take_no_story_period(nlp, sentence, amount, story_period):
    title = " date 2019-07-25 Halvern Logistics second-quarter profit rises"
    text = f"{title}\n\nHalvern Logistics Inc said on Thursday. {sentence}"
    expected = (D(2019, 4, 1), D(2019, 6, 30)) if story_period else (None, None)
    assert dates_among(facts_in(nlp, text, None), amount) == expected


@pytest.mark.parametrize(
    ("sentence", "amount", "story_period"),
    [
        # a stock (staff, stores) changed against an earlier period changes over the story's period
        ("Its staff grew 4 percent compared with the previous year.", 4.0, True),
        ("The number of stores rose by 4 percent year on year.", 4.0, True),
        ("Headcount was up 4 percent from a year earlier.", 4.0, True),
        # with no comparison the change is still a flow over the story's period (periods4: "the inventory
        # slipped 0.9 percent" in a monthly release is that month's change); its end point is a level
        ("Its staff grew by 40 to 900.", 40.0, True),
        ("Its staff grew by 40 to 900.", 900.0, False),
    ],
)
def test_attachment_stock_change_against_a_year_takes_story_period(nlp, sentence, amount, story_period):
    title = " date 2019-07-25 Wexley Tools second-quarter profit rises"
    text = f"{title}\n\nWexley Tools Inc said on Thursday its profit rose. {sentence}"
    expected = (D(2019, 4, 1), D(2019, 6, 30)) if story_period else (None, None)
    assert dates_among(facts_in(nlp, text, None), amount) == expected


@pytest.mark.parametrize(
    ("sentence", "amount", "as_of"),
    [
        # a level dated "at the end of" / "as of" a day is a point, not a result over the story's period
        ("Its loan book stood at $4 billion at the end of June.", 4_000_000_000.0, D(2019, 6, 30)),
        ("Assets under management were $90 billion as of June 30.", 90_000_000_000.0, D(2019, 6, 30)),
        ("Its bond portfolio was worth $2 billion at the end of 2018.", 2_000_000_000.0, D(2018, 12, 31)),
    ],
)
def test_attachment_level_as_of_a_date_takes_no_story_period(nlp, sentence, amount, as_of):
    title = " date 2019-07-25 Marrow Bank second-quarter profit rises"
    text = f"{title}\n\nMarrow Bank Inc said on Thursday its profit rose. {sentence}"
    facts = [f for f in facts_in(nlp, text, None) if f.value is not None and f.value.amount == amount]
    assert facts, "no fact read"
    assert (facts[0].period, facts[0].as_of) == (None, as_of)


@pytest.mark.parametrize(
    "text",
    [
        # a rank before a relative clause is not dated by that clause's phrase, however the parser hangs it
        "Peru's third-largest lender, whose large domestic consumer lending business reported a 9 percent drop in "
        "profit in the second quarter, said most of the cuts would come this year.",
        "Chile's second-biggest retailer, whose big regional grocery chain posted a 4 percent fall in sales in the "
        "first quarter, said the stores would close next year.",
        "Mexico's largest cement maker, whose main domestic building materials unit reported a 7 percent rise in "
        "revenue in 2018, said it would expand.",
    ],
)
def test_attachment_rank_before_a_relative_clause_is_not_dated(nlp, text):
    lead = "Corvane Group Inc said on Monday it will cut 500 jobs. "
    ranks = [f for f in facts_in(nlp, lead + text, D(2019, 7, 25)) if f.kind == "rank"]
    assert ranks, "no rank read"
    assert ranks[0].period is None
