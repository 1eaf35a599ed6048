"""Money an offer, a bid or a sale pays per share is the deal's price per share (docs/DECISIONS.md, round 32
preds32), whether a noun or a verb names the deal: "offers $31 per share" and "an offer of $31 per share" are both
the offer price per share, "selling its stock at $12.75 a share" the sale price per share. A result or a payout
stated per share keeps its own name ("earnings per share", "dividend per share"). Sentences written for these
tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "price"),
    [
        ("Kestrel Partners offers about $31 per share for the whole of Torvane.", "$31", "offer price per share"),
        (
            "Kestrel lifted its takeover offer for Torvane on Monday to 42 euros per share from 40.5 euros per share.",
            "40.5 euros",
            "takeover offer price per share",
        ),
        (
            "Kestrel lifted its takeover offer for Torvane on Monday to 42 euros per share from 40.5 euros per share.",
            "42 euros",
            "takeover offer price per share",
        ),
        (
            "Its largest holder is now Kestrel, with Marlow Capital selling nearly $400 million of its stock to "
            "Kestrel at $12.75 a share.",
            "$12.75",
            "sale price per share",
        ),
    ],
)
def test_money_a_deal_pays_per_share_is_its_price(nlp, text, surface, price):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == price, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane earned 45 cents per share in the quarter.", "45 cents", "earnings per share"),
        ("Torvane will pay a dividend of 20 cents per share in June.", "20 cents", "dividend per share"),
        ("Torvane's sales rose 4 percent to $4 billion in the quarter.", "$4 billion", "sales"),
    ],
)
def test_results_and_payouts_per_share_keep_their_names(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
