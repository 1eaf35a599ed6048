"""A sale that names its buyer but no seller: the sold organization is the passive subject of "sell" ("X was
sold to Y", "X, which was sold to Y"), or the possessor of a sale noun with no of-object ("X's sale to Y"); the
named buyer after "to" acquired it. No named buyer, securities sold, a plural "sales" or an active sale with its
seller written give no such fact. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def acquisitions(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.object) for f in facts if f.kind == "event" and f.predicate == "acquisition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brandt Co was sold to Kestrel Holdings in 2019.", [("Kestrel Holdings", "Brandt")]),
        (
            "Dace Networks, which was sold to Mirova Telecom for $2 billion, cut 300 jobs.",
            [("Mirova Telecom", "Dace Networks")],
        ),
        ("Halvern Bank's $3 billion sale to Orrin Capital closed in May.", [("Orrin Capital", "Halvern Bank")]),
        (
            "Shareholders sued over Halvern Bank's collapse and fire sale to Orrin Capital.",
            [("Orrin Capital", "Halvern Bank")],
        ),
        (
            "Prices may fall after Dace Networks' sale to Brenton ( BRN.N ) closes.",
            [("Brenton", "Dace Networks")],
        ),
    ],
)
def test_a_sale_to_a_named_buyer_is_its_acquisition(nlp, text, expected):
    assert acquisitions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The unit was sold to investors last year.",  # no named buyer
        "The bonds were sold to Orrin Capital at a discount.",  # securities, not a company
        "Halvern Bank's sales to Orrin Capital rose 5 percent.",  # sales: revenue, not a deal
        "Peter Brandt was sold to the idea by Orrin Capital.",  # no company sold
        "Kestrel Holdings has not been sold to Orrin Capital.",  # denied
    ],
)
def test_no_named_buyer_or_no_company_sold_gives_no_acquisition(nlp, text):
    assert acquisitions(nlp, text) == []
