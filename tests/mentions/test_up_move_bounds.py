"""'up to' after a verb whose particle is 'up' ("ticked up to 7.4 percent") is the level the move reached, not the
bound "at most" (`cues._up_move_before`, lexicon `up_move_forms`; docs/DECISIONS.md, "Quantities", round 16).
The news table checks value, unit and direction only, so the bound is checked here. Sentences written for this
test, with invented names."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Joblessness in Pellora ticked up to 7.4 percent in June.", "="),
        ("The ten-year yield edged up to 3.12 percent on Monday.", "="),
        ("Economists see inflation creeping up to 2.9 percent by winter.", "="),
        ("The index inched up to 101.3 from 100.8.", "="),
        ("The jobless rate crept up to 6 percent last quarter.", "="),
        ("Output is ramping up to 90,000 barrels.", "="),
        # a bound still: no verb with the particle "up" before it
        ("Brandt Mining may cut up to 700 jobs.", "<="),
        ("The stimulus could add up to 1.5 percent to output.", "<="),
        ("Prices could rise up to 4 percent next year.", "<="),
        ("The fund may raise up to $300 million.", "<="),
    ],
)
def test_up_to_after_a_verb_of_moving_up(text: str, bound: str) -> None:
    first = find_quantities(text)[0]
    assert first.quantity.bound == bound, (text, first.quantity)
