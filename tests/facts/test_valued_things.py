"""A thing valued at money is stated in its value, as money "worth" puts on a noun (FACTS.md, "seat value");
a company valued at money is its market value, a deal its acquisition value (extractor/facts/valuations.py
`_thing_value`). Sentences written for these tests."""

import pytest

from tests.facts.surface_facts import predicate_of


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        ("Each Kestrel Corp seat was valued at about $3 million.", 3e6, "seat value"),
        (
            "Under the plan, Kestrel Corp members would receive memberships valued at roughly $250,000 each.",
            250000,
            "membership value",
        ),
        ("The Kestrel Corp painting, valued at $12 million, was sold last week.", 12e6, "painting value"),
        ("Kestrel Corp, valued at about $15 billion, bought back stock.", 15e9, "market value"),
        ("Kestrel Corp agreed to a deal valued at $2 billion.", 2e9, "acquisition value"),
        ("The Kestrel Corp unit was valued by analysts at $900 million.", 9e8, "valuation"),
    ],
)
def test_what_is_valued_names_the_value(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected
