"""periods23: a month or quarter phrase hanging on a verb told in the past keeps its past reading, even when another
clause of the sentence speaks of the future ("will", "plans", "hoping") and so makes the sentence read its phrases
as the next ones. Near-misses: a verb of giving or keeping an outlook ("guided to", "reiterated its goal",
"maintained its forecast"), a verb of announcing a plan, and a clause that is itself in the future."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2011, 8, 24)


@pytest.mark.parametrize(
    ("text", "amount", "start", "end"),
    [
        (  # a perfect participle before a main clause of planning
            "Having sold 15 percent of its shares in February, Brannock Paper plans to list the rest.",
            15.0,
            D(2011, 2, 1),
            D(2011, 2, 28),
        ),
        (  # a perfect participle after a main clause in the future
            "Caddow Holdings will take full control of Ferrin, having bought an 18 percent stake in April.",
            18.0,
            D(2011, 4, 1),
            D(2011, 4, 30),
        ),
        (  # a past perfect before a participle clause of hoping
            "Ulvane Rail had ordered 30 locomotives in October, hoping to run them on a new line from 2013.",
            30.0,
            D(2010, 10, 1),
            D(2010, 10, 31),
        ),
        (  # a past perfect joined to a clause in the future
            "Ulvane Chemicals had signed a $70 million supply contract in March, and it will begin shipping next year.",
            70_000_000.0,
            D(2011, 3, 1),
            D(2011, 3, 31),
        ),
    ],
)
def test_a_phrase_of_a_past_clause_keeps_the_past(nlp, text, amount, start, end):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == (start, end)


@pytest.mark.parametrize(
    ("text", "amount", "start", "end"),
    [
        (  # a verb of giving guidance, in the past: what it dates is still ahead
            "Pardo Gas guided for earnings of $700 million in the fourth quarter, and it sees prices firming.",
            700_000_000.0,
            D(2011, 10, 1),
            D(2011, 12, 31),
        ),
        (  # a verb of restating a goal
            "Brannock Paper reiterated its goal of 600 tonnes of output in December, and it expects demand to firm.",
            600.0,
            D(2011, 12, 1),
            D(2011, 12, 31),
        ),
        (  # a plural subject and a verb of predicting
            "Ulvane Chemicals and Pardo Gas jointly forecast shipments of 3 million tonnes in November and will add "
            "ships.",
            3_000_000.0,
            D(2011, 11, 1),
            D(2011, 11, 30),
        ),
        (  # a verb of keeping, with a prediction noun for object
            "Ulvane Chemicals maintained its forecast of $90 million in sales in December, and it will build a plant.",
            90_000_000.0,
            D(2011, 12, 1),
            D(2011, 12, 31),
        ),
        (  # a verb of affirming a target
            "Kilbride Foods affirmed a target of 250 new outlets in December and plans more next year.",
            250.0,
            D(2011, 12, 1),
            D(2011, 12, 31),
        ),
        (  # a verb of keeping an outlook through a preposition, and a past relative clause on the quarter
            "Brannock Paper stood by its forecast of $40 million in operating profit in its fourth quarter, which "
            "started in July.",
            40_000_000.0,
            D(2011, 10, 1),
            D(2011, 12, 31),
        ),
        (  # after an active verb of announcing a plan a trailing period may be the plan's own
            "Dunmore Textiles proposed 90 layoffs in the fourth quarter and expects to name more later.",
            90.0,
            D(2011, 10, 1),
            D(2011, 12, 31),
        ),
    ],
)
def test_a_phrase_of_a_clause_that_looks_ahead_stays_ahead(nlp, text, amount, start, end):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == (start, end)
