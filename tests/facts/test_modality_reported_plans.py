"""A holder's own plan that the press relays stays the holder's target (`modality_reported_plans`, round 29): the
report tells what the holder means to do ("intends to pay back", "is on track to issue", "may also redeem"), not a
prediction of its own. What the report predicts of an outcome, an act the holder is forced to, and what an analyst
says the holder could do stay forecasts; a result the report relays stays actual. Sentences written for these
tests, invented names and figures."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_amount

PUBLISHED = dt.date(2024, 3, 14)
OPENING = "Norvale Corp news.\n\n"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a verb of wanting or planning with the holder as its subject
        (
            "A newspaper reported on Sunday that Halden Foods intends to repay 700 million euros of its state loans "
            "over three years.",
            7e8,
        ),
        ("Norvale Corp seeks to cut 1,200 jobs over two years, the Halden Gazette reported.", 1200),
        ("The Treasury of Ostland plans to borrow 20 billion crowns next year, the newspaper reported.", 2e10),
        # "on track to"
        (
            "The newspaper reported that Tasker Group is on track to issue 1.5 billion pounds of bonds before "
            "December.",
            1.5e9,
        ),
        # an act the holder controls, under a modal
        ("Brindle Bank could also redeem 6 billion euros of its preference stock, the article added.", 6e9),
        ("Ostrander Bank may sell about $3 billion of its office towers, the Halden Gazette reported.", 3e9),
        ("Norvale Corp will close 14 stores by March, the report said.", 14),
        # a need of the holder's own is its plan (FACTS.md: "will need to hire" is a target)
        ("Halden Foods will need to raise 600 million euros of new capital, the newspaper reported.", 6e8),
        ("The newspaper reported that Quillon Energy may sell 800 million euros of pipelines and depots.", 8e8),
        # the clause of a report's noun
        ("Velmont Steel shares rose amid newspaper reports that it would buy 12 scrap yards.", 12),
        ("Investors fretted over press reports that Brask Foods would shut 14 bakeries this spring.", 14),
    ],
)
def test_a_holders_plan_the_press_relays_is_a_target(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # an outcome the report predicts: no act of the holder
        (
            "Ostrander Bank could lose about $3 billion on its office towers, the Halden Gazette reported.",
            3e9,
            "forecast",
        ),
        ("Profit at Ostrander Bank could fall 10 percent this year, the report said.", 10, "forecast"),
        ("Norvale Corp's sales could reach $2 billion next year, the report said.", 2e9, "forecast"),
        ("Norvale Corp will likely report a profit of $40 million, the report said.", 4e7, "forecast"),
        ("Norvale Corp is expected to post a loss of $300 million this quarter, the report said.", 3e8, "forecast"),
        # an act forced on the holder, or told in the passive
        ("Norvale Corp may have to pay up to $500 million in fines, the report said.", 5e8, "forecast"),
        ("Ostrander Bank could be forced to sell $3 billion of assets, the report said.", 3e9, "forecast"),
        # a deal's value in talks stays the report's forecast
        (
            "Kettleby Mining is in talks to buy Orvane Tools in a transaction that would value the toolmaker at up to "
            "$2 billion, the report said.",
            2e9,
            "forecast",
        ),
        # an analyst's or forecasters' view of what the holder could do stays theirs
        ("Norvale Corp could sell $2 billion of assets, an analyst said.", 2e9, "forecast"),
        (
            "Analysts expect Norvale Corp to raise $2 billion in new capital this year, the newspaper reported.",
            2e9,
            "forecast",
        ),
        # a sale of goods: a volume of sales, an outcome, not a holder's disposal
        ("Velmont Motors could sell 450,000 trucks in Asia next year, the newspaper reported.", 450000, "forecast"),
        ("Kettleby Phones will sell 2 million more handsets this year, the report said.", 2e6, "forecast"),
        # "on track" to a result
        ("Halden Foods is on track to post a loss of 90 million euros this year, the report said.", 9e7, "forecast"),
        (
            "The newspaper reported that Tasker Group is on track to report a record profit of 400 million pounds.",
            4e8,
            "forecast",
        ),
        # a plan denied or dismissed
        ("Brindle Bank denied it plans to cut 2,500 jobs, the newspaper reported.", 2500, "forecast"),
        ("Ostrander Bank dismissed talk that it would shed 900 staff, the report said.", 900, "forecast"),
        # a payment that befalls the holder: a penalty or a settlement
        ("Norvale Corp could spend up to 800 million euros on penalties, the report said.", 8e8, "forecast"),
        (
            "Velmont Steel may pay as much as $600 million to settle the claims, the newspaper reported.",
            6e8,
            "forecast",
        ),
        # a kind of party, not a holder
        ("Lenders such as Brindle Bank could sell 9 billion euros of loans, the report said.", 9e9, "forecast"),
        # the price per share a bidder would pay in talks: the report's forecast, like the value a deal would set
        ("Kettleby Mining would pay $41 a share for Orvane Tools, the newspaper reported.", 41, "forecast"),
        ("The report said Halwick Group would pay 2.4 billion euros for Brask Foods.", 2.4e9, "forecast"),
        ("Tarnby Air may price its new shares at $18 each, the newspaper reported.", 18, "forecast"),
        # a result the report relays stays actual
        ("Norvale Corp raised $2 billion in new capital last month, the report said.", 2e9, "actual"),
    ],
)
def test_near_misses_keep_their_modality(nlp, text, amount, expected):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == expected
