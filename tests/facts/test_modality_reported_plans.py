"""A holder's own plan that the press relays stays the holder's target (`modality_reported_plans`, round 29): the
report tells what the holder means to do ("wants to repay", "is on track to raise", "could also convert"), not a
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
        ("Norvale Corp wants to repay $4 billion in state aid by June, the newspaper reported.", 4e9),
        ("Norvale Corp seeks to cut 1,200 jobs over two years, the Halden Gazette reported.", 1200),
        ("The Treasury of Ostland plans to borrow 20 billion crowns next year, the newspaper reported.", 2e10),
        # "on track to"
        ("Norvale Corp is on track to sell at least $3 billion of new stock before autumn, the report said.", 3e9),
        # an act the holder controls, under a modal
        ("Brindle Bank could also redeem 6 billion euros of its preference stock, the article added.", 6e9),
        ("Ostrander Bank may sell about $3 billion of its office towers, the Halden Gazette reported.", 3e9),
        ("Norvale Corp will close 14 stores by March, the report said.", 14),
        # a ticker split by the parser before the verb stands for the company named before it
        (
            "LONDON (Reuters) - Norvale Group Plc ( NVLa.L ) could sell more than $3 billion of assets including its "
            "refineries, the Weekend Times reported.",
            3e9,
        ),
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
        # a result the report relays stays actual
        ("Norvale Corp raised $2 billion in new capital last month, the report said.", 2e9, "actual"),
    ],
)
def test_near_misses_keep_their_modality(nlp, text, amount, expected):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == expected
