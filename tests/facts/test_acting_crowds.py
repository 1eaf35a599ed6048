"""Counted people or bodies told by what they do keep the doing in the predicate (facts/acting_crowds.py): the
count's noun is the subject of a verb of doing ("four directors voted against"), and the predicate writes the verb
as a present participle with its first complement ("directors voting against the merger"). Sentences written for
these tests, invented names."""

import pytest

from extractor.facts.attachment_days import is_dated_daily
from extractor.facts.predicate_forms import crowd_part, is_stock, predicate_head
from extractor.word_forms import present_participle
from tests.facts.surface_facts import fact_among, facts_of

OPENING = "Ostwick markets were calm on Wednesday. "


def predicate_of(nlp, text, surface):
    facts = facts_of(nlp, OPENING + text, title="Ostwick business news", published="2012-03-14")
    return fact_among(facts, surface).predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Four Tarvel Bank directors voted against the merger on Monday.",
            "Four",
            "directors voting against the merger",
        ),
        (
            "Two members of the Ostwick rate panel opposed the latest rate cut in March.",
            "Two",
            "members opposing latest rate cut",
        ),
        (
            "Some 40 Ostwick lenders need fresh capital, the central bank said on Friday.",
            "40",
            "lenders needing fresh capital",
        ),
        (
            "About 2,000 workers marched on the parliament building on Saturday.",
            "2,000",
            "workers marching on the parliament building",
        ),
        # a firm noun, which the reading never takes for a measure: the counted noun, as written, with its doing
        ("More than 30 pension funds appealed the ruling, their lawyers said.", "30", "funds appealing ruling"),
        # a preposition in two words: "out of"
        (
            "Three foreign banks have pulled out of the Ostwick bond market this year.",
            "Three",
            "banks pulling out of the bond market",
        ),
        # a share of the crowd
        (
            "Roughly a quarter of shoppers use mobile coupons, a Brantley Retail survey found.",
            "a quarter",
            "share of shoppers using mobile coupons",
        ),
        (
            "Nearly half of Dalwick Steel's hourly workers earn overtime pay, the union said.",
            "half",
            "share of hourly workers earning overtime pay",
        ),
    ],
)
def test_a_counted_crowd_keeps_what_it_does(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # forecasters are counted as polled, not by what they expect
        ("Thirty economists expect the Ostwick central bank to cut rates in June.", "Thirty", "economist"),
        # a verb of being sizes the crowd
        ("The 40 members of the Ostwick council are elected every four years.", "40", "members"),
        # a clause after the verb is never kept, and the verb alone says too little
        ("Three shareholders agreed to lend Dalwick Steel $50 million last week.", "Three", "shareholders"),
        # a negated verb
        ("Two directors of Dalwick Steel did not attend the meeting on Tuesday.", "Two", "directors"),
        # the small clause of having ("had N members enrolled")
        ("Dalwick Health had 1.2 million members enrolled by late June.", "1.2 million", "members"),
        # a noun for things, not for people or bodies
        ("About 300 Brantley stores closed last year, the company said.", "300", "stores"),
        # money the crowd moves is read as before
        ("Twelve investors paid $40 million for the Dalwick Steel stake.", "$40 million", "price paid for stake"),
        # the whole a part is taken from: the 25 did not all need capital
        ("Nine of the 25 Ostwick lenders tested need more capital, the regulator said.", "25", "lender"),
    ],
)
def test_other_counts_keep_their_predicate(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("predicate", "head", "crowd"),
    [
        ("directors voting against the merger", "directors", "directors"),
        ("share of shoppers using mobile coupons", "share", "share of shoppers"),
        ("people collecting long-term disability payments", "people", "people"),
        # no crowd before the "-ing" word: the head as before
        ("bank lending", "lending", "bank lending"),
        ("consumer spending", "spending", "consumer spending"),
        ("oil and gas spending", "spending", "oil and gas spending"),
    ],
)
def test_the_crowd_is_the_head_of_its_predicate(predicate, head, crowd):
    assert predicate_head(predicate) == head
    assert crowd_part(predicate) == crowd


def test_a_crowd_that_sells_stock_is_no_daily_quote_and_stays_a_stock():
    assert not is_dated_daily("banks selling stock")
    assert is_stock("employees working in research centers") == is_stock("employees")
    assert is_dated_daily("share price")


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("vote", "voting"),
        ("need", "needing"),
        ("cut", "cutting"),
        ("begin", "beginning"),
        ("die", "dying"),
        ("agree", "agreeing"),
        ("open", "opening"),
        ("appeal", "appealing"),
    ],
)
def test_present_participle(lemma, form):
    assert present_participle(lemma) == form
