"""Round 11 (preds10) predicate rules, each on sentences written for these tests with invented names:
money a deal is valued at is the deal's value; money after "worth" that follows a noun is that noun's
value ("options worth $2 million": "option value"; a measure noun stays itself: "unit sales worth" is sales); the
noun of a fixed phrase working as a preposition ("in lieu of", "thanks to") measures nothing; money raised
in an offering is its proceeds; a percentage of GDP measures the clause subject; money cut or saved "in" a
measure is the size of the cut or saving."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_in

PUBLISHED = dt.date(2019, 8, 14)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Brannock Media said it would sell its radio arm to Ostler Partners in a transaction valued at "
            "$900 million, including debt.",
            "$900 million",
            "acquisition value",
        ),
        (
            "Quillon Corp agreed to merge with Fadden Inc in an all-stock deal valued at about $3.2 billion, "
            "the companies said on Monday.",
            "$3.2 billion",
            "acquisition value",
        ),
        (
            "Tessaly Bank is negotiating for Rendle Capital in a deal that could value the broker at up to "
            "$740 million, two sources said.",
            "$740 million",
            "acquisition value",
        ),
        (
            "Marrick Foods' offer, valuing Colby Snacks at $14.20 a share, was rejected by the board.",
            "$14.20",
            "acquisition price per share",
        ),
    ],
)
def test_a_deal_valued_at_money_gives_its_value_and_per_share_its_price(nlp, text, surface, predicate):
    assert fact_in(nlp, text, surface, PUBLISHED).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        # a deal's value reads like its price: "said it would buy X in a deal valued at" reports agreed terms
        (
            "Harlow Corp said on Thursday it would buy Brimcote Inc in a deal valued at $2 billion.",
            "$2 billion",
            "actual",
        ),
        (
            "Ostrava Mining will acquire Pendle Coal in a transaction valued at 640 million euros.",
            "640 million euros",
            "actual",
        ),
        (
            "Caradon Homes plans to buy Verity Build in a deal valued at $300 million.",
            "$300 million",
            "target",
        ),
    ],
)
def test_a_deal_value_takes_the_modality_of_a_deal_price(nlp, text, surface, modality):
    assert fact_in(nlp, text, surface, PUBLISHED).modality == modality


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Dorley Group's finance chief was granted options worth 1.6 million pounds last year, the annual "
            "report showed.",
            "1.6 million pounds",
            "option value",
        ),
        (
            "Kestler Aero forecast 12,400 jet deliveries worth $1.9 trillion over the next two decades.",
            "$1.9 trillion",
            "jet deliveries",  # a measure noun stated in money is that measure
        ),
        (
            "Pallant Oil said on Tuesday that the two service deals, each worth about $250 million, "
            "would lift output at its southern fields.",
            "$250 million",
            "deal value",
        ),
        (
            "Harlan Energy said its pipeline business could be worth as much as $600 million to a buyer.",
            "$600 million",
            "pipeline business value",
        ),
        (
            "Calloway Steel won orders worth 300 million euros from carmakers in the quarter, it said.",
            "300 million euros",
            "orders",
        ),
    ],
)
def test_money_worth_after_a_noun_measures_that_noun(nlp, text, surface, predicate):
    assert fact_in(nlp, text, surface, PUBLISHED).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Harwell Retail said quarterly group revenue rose 6 percent to 840 million euros thanks to strong "
            "demand for garden furniture.",
            "840 million euros",
            "revenue",
        ),
        (
            "Wexcombe Bank's chairman took stock options worth 2.4 million dollars in lieu of a salary, "
            "a filing showed.",
            "2.4 million dollars",
            "option",
        ),
        (
            "Ferrand Motors' operating profit climbed to $1.1 billion on top of a strong first half, the "
            "carmaker said.",
            "$1.1 billion",
            "profit",
        ),
        (
            "Brisco Telecom's net income reached 95 million pounds in line with forecasts, the company said.",
            "95 million pounds",
            "income",
        ),
    ],
)
def test_the_noun_of_a_fixed_preposition_phrase_is_not_measured(nlp, text, surface, head):
    predicate = fact_in(nlp, text, surface, PUBLISHED).predicate
    assert head in predicate.split(), predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Tamber Networks raised $275 million in its initial public offering on Wednesday, pricing the "
            "shares above the expected range.",
            "$275 million",
            "ipo proceeds",
        ),
        (
            "The flotation could raise as much as 1.2 billion euros for Ulverston Gas, two bankers said.",
            "1.2 billion euros",
            "ipo proceeds",
        ),
        (
            "Coldharbour Mining said it raised C$85 million through a placement of new shares to "
            "institutional investors.",
            "C$85 million",
            "offering proceeds",
        ),
        (
            "Pennick Capital has raised $3.1 billion for its third infrastructure fund, the firm said.",
            "$3.1 billion",
            "funds raised",
        ),
    ],
)
def test_money_raised_in_an_offering_is_its_proceeds(nlp, text, surface, predicate):
    assert fact_in(nlp, text, surface, PUBLISHED).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Portugal's draft budget has the deficit stabilising near 2.8 percent of gross domestic product "
            "after 2016, the finance ministry said.",
            "2.8 percent",
            "deficit",
        ),
        (
            "Greece's public debt has swelled to 158 percent of the economy, the European Commission said.",
            "158 percent",
            "debt",
        ),
        (
            "Italy's Treasury said the state borrowing requirement would ease to 3.6 percent of GDP in 2013.",
            "3.6 percent",
            "requirement",
        ),
        (
            "Trasker Oil said weak crude prices had cut petroleum revenue to about 9 percent of the country's "
            "gross domestic product last year.",
            "9 percent",
            "revenue",
        ),
    ],
)
def test_a_percentage_of_gdp_measures_the_clause_subject_or_the_moved_object(nlp, text, surface, head):
    predicate = fact_in(nlp, text, surface, PUBLISHED).predicate
    assert predicate.split()[-1] == head, predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "kind"),
    [
        (
            "Ravenhill Electric intends to cut 240 billion yen in costs in the year to March, its president said.",
            "240 billion yen",
            "cost cuts",
            "metric",
        ),
        (
            "Talbot Motors will save $800 million in annual pension costs under the agreement with its union.",
            "$800 million",
            "pension cost savings",  # "annual" is the period, not the measure
            "metric",
        ),
        (
            "Corvane Foods aims to slash 90 million euros in overhead spending by 2015, the company said.",
            "90 million euros",
            "overhead spending cuts",
            "metric",
        ),
        (
            "Fennick Group cut its costs by $120 million last year, the company said.",
            "$120 million",
            "costs",
            "change",
        ),
    ],
)
def test_money_cut_or_saved_in_a_measure_is_the_size_of_the_cut(nlp, text, surface, predicate, kind):
    fact = fact_in(nlp, text, surface, PUBLISHED)
    assert (fact.predicate, fact.kind) == (predicate, kind)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Thornley Land Plc said the value of its office portfolio rose 4 percent to 6.2 billion pounds in "
            "the year to March.",
            "6.2 billion pounds",
            "office portfolio value",
        ),
        (
            "Analysts at Brume Securities estimate the value of the merger at about 90 billion won.",
            "90 billion won",
            "acquisition value",
        ),
        (
            "Kessler Partners made a cash offer of $9.50 a share for Lomond Chemicals on Monday, valuing the "
            "paint maker at about $610 million.",
            "$610 million",
            "acquisition value",
        ),
    ],
)
def test_the_value_of_a_whole_names_the_value(nlp, text, surface, predicate):
    assert fact_in(nlp, text, surface, PUBLISHED).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Harlow Group will pay $23.75 per share in cash for Quenby Instruments, the companies said.",
            "$23.75",
            "acquisition price per share",
        ),
        (
            "Marrisford Inc agreed to pay $18 a share for Tolley Systems, a 30 percent premium.",
            "$18",
            "acquisition price per share",
        ),
        (
            "Under the plan, Ostrander Bank would pay $640 million for Kelsey Trust Corp.",
            "$640 million",
            "acquisition price",
        ),
    ],
)
def test_money_paid_for_a_company_is_its_acquisition_price(nlp, text, surface, predicate):
    assert fact_in(nlp, text, surface, PUBLISHED).predicate == predicate
