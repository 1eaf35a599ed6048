"""Money per share that a deal hands the owners of the target's shares ("Orrin Labs stockholders will receive $27
per share in cash once the merger is done") is the deal's price per share, an agreed term: actual, whatever the
tense (`deal_considerations.paid_per_share`). A dividend or payout per share, even beside a deal, and a total paid
are no such price. Sentences written for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orrin Labs stockholders will receive $27 per share in cash once the merger with Caldera Inc is done.", 27),
        ("In the takeover, Marlow Group will give Fenwick Tools shareholders $11 a share.", 11),  # giver: no deal noun
        ("Under the merger terms, Brisket Foods stockholders will get $14 in cash for each share.", 14),
        (
            "Halvern Corp sealed its purchase of Tosca Systems, whose unitholders received 6.40 euros in cash per "
            "share.",
            6.4,
        ),
        # a dividend told in a clause joined to the price's clause does not make the price a payout
        ("When the takeover closes, Quarry Labs will give Nettle stockholders $19 a share and scrap its dividend.", 19),
        ("After the merger, Tamsin Retail shareholders get $8 per share, and Orlo keeps its payout at 20 cents.", 8),
        # the bare "holders" are owners too
        ("Under the acquisition deal, Pindar Mills holders will receive $31 in cash per share.", 31),
        ("Brenna Group will give Colter Paper holders 15 euros a share in the merger, it said.", 15),
    ],
)
def test_what_owners_get_per_share_in_a_deal_is_its_price(nlp, text, amount):
    fact = _fact(nlp, text, amount)
    assert (fact.predicate, fact.modality) == ("acquisition price per share", "actual")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tosca Systems shareholders will receive a one-off payout of 40 cents per share next month.", 0.4),
        ("Halvern Corp agreed to buy Tosca Systems. Under the accord, Tosca holders will get $2 billion overall.", 2e9),
        (
            "Fenwick Tools stockholders will receive 60 cents a share through a special dividend once the Marlow "
            "Group takeover is complete.",
            0.6,
        ),
        ("Before the acquisition closes, Orrin Labs shareholders will get $3 a share in cash as a one-time payout.", 3),
        # holders that are not named as the target's: what a restructuring offers its creditors and owners
        ("Under the merger terms, Brenna Group will give equity holders 12 euros a share, it said.", 12),
    ],
)
def test_payouts_and_totals_are_no_price_per_share(nlp, text, amount):
    assert _fact(nlp, text, amount).predicate != "acquisition price per share"
