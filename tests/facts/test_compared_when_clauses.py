"""A "when" clause right after the earlier side of a comparison tells of that period ("better than in the second half
of 2023, when it lost 410 million euros"; "a turnaround from March, when payrolls shrank in 31 states"), and the
verbs conjoined in that clause share it (`attachment._when_phrase`, `period_phrases` "month_when")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
H2_2023 = (D(2023, 7, 1), D(2023, 12, 31))
MARCH_2024 = (D(2024, 3, 1), D(2024, 3, 31))
Q3_2023 = (D(2023, 7, 1), D(2023, 9, 30))


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        # "than in <period>, when ...": the loss is the earlier period's, not the half just reported
        (
            "Selvik Bank said its first-half results were far better than in the second half of 2023, when the lender "
            "booked a loss of 410 million euros.",
            D(2024, 8, 2),
            410_000_000.0,
            H2_2023,
        ),
        # "from <month>, when ...": a bare month after "from" read only with its "when" clause
        (
            "Hiring at Halden Corp turned around from March, when the company cut jobs in 31 states and added jobs "
            "in 12.",
            D(2024, 5, 17),
            31.0,
            MARCH_2024,
        ),
        # the second verb of the "when" clause shares its period
        (
            "Hiring at Halden Corp turned around from March, when the company cut jobs in 31 states and added jobs "
            "in 12.",
            D(2024, 5, 17),
            12.0,
            MARCH_2024,
        ),
        # in other words, two verbs on counted stores
        (
            "Halden Corp sales recovered from March, when the chain shut 31 stores and opened 12.",
            D(2024, 5, 17),
            12.0,
            MARCH_2024,
        ),
        # "compared with <period>, when ..." in other words
        (
            "Brindle Mining output slowed compared with the third quarter of 2023, when the mine produced 80,000 "
            "tonnes of copper.",
            D(2024, 5, 10),
            80_000.0,
            Q3_2023,
        ),
    ],
)
def test_when_clause_after_a_compared_period_takes_that_period(nlp, text, published, amount, expected):
    assert periods_by_amount(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "not_expected"),
    [
        # near miss: no "when" clause, so "from March" is no period of the figure
        (
            "Quillby Foods said sales have risen 5 percent from March and it expects further gains.",
            D(2024, 5, 17),
            5.0,
            MARCH_2024,
        ),
        # near miss: the figure stands in the main clause, before the compared period and its clause
        (
            "Halden Corp added 40,000 subscribers in April, a turnaround from March, when it lost customers.",
            D(2024, 5, 17),
            40_000.0,
            MARCH_2024,
        ),
    ],
)
def test_figures_outside_the_when_clause_keep_their_own_period(nlp, text, published, amount, not_expected):
    assert periods_by_amount(nlp, text, published)[amount] != not_expected
