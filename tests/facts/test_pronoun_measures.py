"""A pronoun subject of a bare move stands for the measure told before it, also outside a clause joined to its
own: the main clause's subject before a relative clause on another noun ("where it rose"), or the previous
sentence's subject for a pronoun that opens its sentence. A name or a stock's shares before it keep the share-price
reading (facts/pronoun_measures.py). Sentences written for these tests, with invented names."""

import pytest

from extractor.eval.predicates import predicate_compatible
from tests.facts.surface_facts import facts_of


def _fact(nlp, text: str, surface: str):
    facts = [f for f in facts_of(nlp, text, title="Quarterly update", published="2012-05-10") if f.value]
    found = [f for f in facts if f.value.surface == surface]
    assert found, [(f.predicate, f.value.surface) for f in facts]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Same-store sales at Tolliver Stores were strongest in the southern region, where they climbed 6.4 "
            "percent.",
            "6.4 percent",
            "sales",
        ),
        (
            "Rental income at Dunmore Group shrank in every region except the capital, where it increased 1.5 percent.",
            "1.5 percent",
            "income",
        ),
        (
            "Consumer confidence in Freedonia sank 3.5 points in August. It had climbed 2 points in July.",
            "2 points",
            "confidence",
        ),
    ],
)
def test_a_pronoun_takes_the_measure_told_before_it(nlp, text, surface, head):
    predicate = _fact(nlp, text, surface).predicate
    assert predicate_compatible(predicate, head), predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # the nearest subject is a currency, and the pronoun's clause names another currency
        (
            "Inflation in Velmaria climbed to 6 percent in June while the florin slid. It fell 1.2 percent against "
            "the euro on Thursday.",
            "1.2 percent",
            "inflation",
        ),
        (
            "Unemployment in Velmaria rose to 9 percent as the florin weakened. It dropped 0.4 percent against the "
            "yen on Friday.",
            "0.4 percent",
            "unemployment",
        ),
        # a plural measure is no antecedent of "it"
        (
            "Although revenues at Caddock Tools Inc dipped 2 percent, it rose 5 percent on Wednesday.",
            "5 percent",
            "revenues",
        ),
        (
            "Although sales at Caddock Tools Inc eased 2 percent, it climbed 5 percent after the results.",
            "5 percent",
            "sales",
        ),
        # the pronoun's clause names trading: a stock moved
        (
            "Quarterly revenue at Ellery Paints Corp beat forecasts. It rose 3 percent in afternoon trading in Oslo.",
            "3 percent",
            "revenue",
        ),
        ("Net income at Ellery Paints Corp doubled. It climbed 3 percent in morning trading.", "3 percent", "income"),
    ],
)
def test_a_pronoun_that_disagrees_or_trades_takes_no_measure(nlp, text, surface, head):
    predicate = _fact(nlp, text, surface).predicate
    assert not predicate_compatible(predicate, head), predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares of Marrow Foods fell 2 percent on Monday. They closed at $14.10 in late trading.", "$14.10"),
        ("Marrow Foods Corp posted its results before the bell. It rose 4 percent in early trading.", "4 percent"),
    ],
)
def test_shares_or_a_company_before_the_pronoun_stay_a_share_price(nlp, text, surface):
    assert _fact(nlp, text, surface).predicate == "share price"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Container bookings at Port Halloway climbed to 7,240 in the week to June 3; at its smaller rival Quenby, "
            "however, they dropped from 3,150.",
            "3,150",
            "bookings",
        ),
        (
            "Passenger arrivals at Norland airport rose to 52,600 in April: at the Sudmark terminal they eased from "
            "18,900.",
            "18,900",
            "arrivals",
        ),
        (
            "Housing permits in Ardenne province reached 4,410 in July; in the coastal region, by comparison, they "
            "slipped from 1,275.",
            "1,275",
            "permits",
        ),
    ],
)
def test_a_pronoun_past_a_semicolon_or_colon_takes_no_measure_of_another_holder(nlp, text, surface, head):
    """After the break the clause is told of another holder: the pronoun's measure is not borrowed from before it."""
    facts = [f for f in facts_of(nlp, text, title="Quarterly update", published="2012-05-10") if f.value]
    first = next(f for f in facts if predicate_compatible(f.predicate, head))
    after = [f for f in facts if f.value.surface == surface]
    assert all((f.subject, f.predicate) != (first.subject, first.predicate) for f in after), after


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        # the previous sentence's main subject, not its side clause's
        (
            "Operating profit at Halden Tools Inc climbed 7 percent as orders recovered. It climbed 3 percent in the "
            "first quarter.",
            "3 percent",
            "profit",
        ),
        (
            "Turnover at Quarry Foods Plc slipped 2 percent while costs rose. It slipped 1 percent in the spring.",
            "1 percent",
            "turnover",
        ),
        # "close" as an adjective is no cue of trading
        (
            "Consumer spending in Velmaria rose 0.3 percent in March. It may grow 0.4 percent in April, close to "
            "the pace of a year ago.",
            "0.4 percent",
            "spending",
        ),
    ],
)
def test_the_main_subject_before_keeps_the_measure(nlp, text, surface, head):
    predicate = _fact(nlp, text, surface).predicate
    assert predicate_compatible(predicate, head), predicate
