"""'up to' after a verb whose particle is 'up' ("crept up to 4 percent") is the level the move reached, not the
bound "at most" (`cues._up_move_before`, lexicon `up_move_forms`; docs/DECISIONS.md, "Quantities", round 16).
"move" and "revise" also take a direct object, so after them only a figure that reads as a level (a unit or a
percent, or an older figure "from" after it) is one; a bare count there keeps the bound. The news table checks
value, unit and direction only, so the bound is checked here. Sentences written for this test, with invented
names."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("After ticking up to 7.4 percent in spring, the jobless rate in Pellora eased.", "="),
        ("Sorvan shares edged up to 14.20 euros before the close.", "="),
        ("Economists see inflation creeping up to 2.9 percent by winter.", "="),
        ("Having inched up to 101.3, the gauge of Marlow factory orders stalled.", "="),
        ("The jobless rate crept up to 6 percent last quarter.", "="),
        ("Output is ramping up to 90,000 barrels.", "="),
        # "move" and "revise" before a figure that reads as a level
        ("Having moved up to 5.25 percent, the Calden Bank mortgage rate now tops its rivals'.", "="),
        ("In the new release, April's tally of home listings is revised up to 8,450 from 8,120.", "="),
        ("At the board meeting, the capital budget of Brenner was revised up to $2.4 billion.", "="),
        ("Permits for the quarter were revised up to 3,400 homes, from an earlier 3,100.", "="),
        # a bound still: no verb with the particle "up" before it
        ("Brandt Mining may cut up to 700 jobs.", "<="),
        ("The merger would add up to $40 million to the yearly costs of Hallam.", "<="),
        ("Prices could rise up to 4 percent next year.", "<="),
        ("The fund may raise up to $300 million.", "<="),
        # a bound still: "move" and "revise" with a counted direct object
        ("Kessing plans to move up to 250 engineers into its Lyon office.", "<="),
        ("Auditors at Parrin are revising up to 60 contracts signed last year.", "<="),
        ("Gantry will move up to 120 jobs from 2027 onwards.", "<="),
    ],
)
def test_up_to_after_a_verb_of_moving_up(text: str, bound: str) -> None:
    first = find_quantities(text)[0]
    assert first.quantity.bound == bound, (text, first.quantity)
