"""What holders of a company's shares get for each share in a deal ("under the merger accord, Tosca shareholders
will get $41.50 a share", "unitholders of Pelican will receive 9.20 euros per share in cash") is the deal's price
per share, an agreed term: actual, whatever the tense (`deal_considerations.paid_per_share`). A dividend per share
and a total paid are no such price. Sentences written for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Halvern Corp agreed to buy Tosca Systems. Under the merger accord, Tosca shareholders will get $41.50 a "
            "share.",
            41.5,
        ),
        ("The revised offer from Halvern Corp would give Brisket Foods stockholders 18 euros a share.", 18),
        (
            "Rowan Group sealed a takeover of Pelican Mills on Friday, and unitholders of Pelican will receive 9.20 "
            "euros per share in cash.",
            9.2,
        ),
    ],
)
def test_what_holders_get_per_share_in_a_deal_is_its_price(nlp, text, amount):
    fact = _fact(nlp, text, amount)
    assert (fact.predicate, fact.modality) == ("acquisition price per share", "actual")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tosca Systems shareholders will receive a one-off payout of 40 cents per share next month.", 0.4),
        ("Tosca Systems shareholders will get $3 a share in extra payouts this year.", 3),
        ("Halvern Corp agreed to buy Tosca Systems. Under the accord, Tosca holders will get $2 billion overall.", 2e9),
        (
            "Fenwick Tools stockholders will receive 60 cents a share through a special dividend once the Marlow "
            "Group takeover is complete.",
            0.6,
        ),
        ("Before the acquisition closes, Orrin Labs shareholders will get $3 a share in cash as a one-time payout.", 3),
    ],
)
def test_dividends_and_totals_are_no_price_per_share(nlp, text, amount):
    assert _fact(nlp, text, amount).predicate != "acquisition price per share"
