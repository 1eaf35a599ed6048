"""periods23: a month or quarter phrase hanging on a verb told in the past keeps its past reading, even when another
clause of the sentence speaks of the future ("expected", "will", "plans") and so makes the sentence read its
phrases as the next ones. Near-misses: a verb that itself looks ahead ("was scheduled for", "had forecast"), a
trailing period after an active announcing verb, a phrase on a noun of a past clause ("whose delay until December
worried investors"), and a clause in the future."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2011, 8, 24)


@pytest.mark.parametrize(
    ("text", "amount", "start", "end"),
    [
        (  # a passive in a when-clause; the main clause looks ahead
            "Pellor Foods said its merger with Astrel, valued at $6 billion when it was announced in November, is "
            "expected to close in the fourth quarter.",
            6_000_000_000.0,
            D(2010, 11, 1),
            D(2010, 11, 30),
        ),
        (  # a past perfect before a participle clause of the future
            "Kestrel Air had agreed in October to lease 12 jets, planning to fly them on new routes next year.",
            12.0,
            D(2010, 10, 1),
            D(2010, 10, 31),
        ),
        (  # a perfect participle after a main clause in the future
            "Tamsin Group will buy the remaining shares of Varn, having acquired a 12 percent stake in October.",
            12.0,
            D(2010, 10, 1),
            D(2010, 10, 31),
        ),
    ],
)
def test_a_phrase_of_a_past_clause_keeps_the_past(nlp, text, amount, start, end):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == (start, end)


@pytest.mark.parametrize(
    ("text", "amount", "start", "end"),
    [
        (  # the clause of the phrase is itself in the future
            "Hollin Foods expects to cut 300 jobs in October.",
            300.0,
            D(2011, 10, 1),
            D(2011, 10, 31),
        ),
        (  # a passive of scheduling names a date to come
            "Hollin Foods will hold a vote on the $2 billion buyout, which was scheduled for October.",
            2_000_000_000.0,
            D(2011, 10, 1),
            D(2011, 10, 31),
        ),
        (  # a verb of predicting: what it dates is still ahead
            "Ferro Mining, which had forecast output of 40,000 tonnes in December, will report results next week.",
            40_000.0,
            D(2011, 12, 1),
            D(2011, 12, 31),
        ),
        (  # after an active announcing verb a trailing period may be the plan's own
            "Pellor Foods announced 200 store closures in the fourth quarter, and expects more next year.",
            200.0,
            D(2011, 10, 1),
            D(2011, 12, 31),
        ),
        (  # the phrase hangs on a noun of the past clause, not on its verb
            "Corven Steel, whose delay until December in selling a $500 million plant worried investors, plans to "
            "sell it next year.",
            500_000_000.0,
            D(2011, 12, 1),
            D(2011, 12, 31),
        ),
    ],
)
def test_a_phrase_of_a_clause_that_looks_ahead_stays_ahead(nlp, text, amount, start, end):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == (start, end)
