"""Bankruptcy filings: a named company that files for bankruptcy has a "bankruptcy filing" event with no object;
a filing only possible, needed, feared or denied gives none. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)  # a Friday


def filings(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [f for f in facts if f.kind == "event" and f.predicate == "bankruptcy filing"]


@pytest.mark.parametrize(
    ("text", "filer", "start", "end"),
    [
        (
            "Orvel Energy Corp filed for bankruptcy protection on Tuesday after its lenders pulled a credit line.",
            "Orvel Energy",
            dt.date(2021, 3, 9),
            dt.date(2021, 3, 9),
        ),
        (
            "Tamsin Airways Inc, which filed for Chapter 11 bankruptcy in 2016, returned to profit last year.",
            "Tamsin Airways",
            dt.date(2016, 1, 1),
            dt.date(2016, 12, 31),
        ),
        (
            "Calder Freight Ltd has shed half its routes since filing for insolvency in May 2019.",
            "Calder Freight",
            dt.date(2019, 5, 1),
            dt.date(2019, 5, 31),
        ),
        (
            "Weak ticket sales forced Brisco Rail Inc to file for insolvency in 2019, its founder wrote.",
            "Brisco Rail",
            dt.date(2019, 1, 1),
            dt.date(2019, 12, 31),
        ),
        (
            "Velmont Chemicals Corp declared bankruptcy on Tuesday after losing a court case.",
            "Velmont Chemicals",
            dt.date(2021, 3, 9),
            dt.date(2021, 3, 9),
        ),
        (
            "Drayton Insurance Co, which went bankrupt in 2008, was later sold in pieces.",
            "Drayton Insurance",
            dt.date(2008, 1, 1),
            dt.date(2008, 12, 31),
        ),
        (
            "In January, Pellworth Mining Inc filed for protection from its creditors in a Delaware court.",
            "Pellworth Mining",
            dt.date(2021, 1, 1),
            dt.date(2021, 1, 31),
        ),
    ],
)
def test_a_named_company_filing_for_bankruptcy_is_a_dated_filing_of_bankruptcy(nlp, text, filer, start, end):
    [fact] = filings(nlp, text)
    state = "insolvency" if "insolvency" in text else "bankruptcy"  # the noun written; "bankruptcy" for "bankrupt"
    assert (fact.subject, fact.object, fact.modality) == (filer, state, "actual")
    assert (fact.period.start, fact.period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Orvel Energy Corp could have to file for bankruptcy if its bondholders reject the swap.",
        "Tamsin Airways Inc would have to file for bankruptcy protection unless it raised new cash by June.",
        "Calder Freight Ltd has few options short of filing for insolvency, lawyers said.",
        "A failed lender vote could leave Pellworth Mining Inc free to file for bankruptcy next spring.",
        "Brisco Dairy Inc did not file for bankruptcy, its chairman insisted.",
        "Harmon Feeds Corp filed for a patent on its new silage wrap on Monday.",
        "Velmont Chemicals Corp nearly went bankrupt in 2009, its chairman recalled.",
        "Analysts do not expect Drayton Insurance Co to go bankrupt this year.",
        "Kessel Marine Corp went ahead with its harbour expansion on Monday.",
    ],
)
def test_a_possible_feared_denied_or_other_filing_is_no_bankruptcy_filing(nlp, text):
    assert filings(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Orvel Energy Corp lost its biggest client. It filed for bankruptcy on Tuesday.",
        "Tamsin Airways Inc ran out of cash. The company filed for bankruptcy protection in May.",
        "Calder Freight Ltd sold its trucks after it filed for bankruptcy in 2018.",
    ],
)
def test_a_filer_named_only_by_a_pronoun_or_common_noun_is_not_guessed(nlp, text):
    assert filings(nlp, text) == []


def test_a_filing_announced_ahead_is_a_plan_of_the_company(nlp):
    [fact] = filings(nlp, "Kessel Marine Corp will file for bankruptcy on Monday, people familiar with the plan said.")
    assert (fact.subject, fact.modality, fact.period.start) == ("Kessel Marine", "target", dt.date(2021, 3, 15))
