"""A clause opened by "after", "before" or "until" is of another time than the clause it hangs on: a period
phrase of the main clause does not date a figure inside it (issue 10, round 8). A quote in such a clause ("fell
to $8.34 on Friday after hitting $7.91") is of the same session and keeps the day."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

PUBLISHED = dt.date(2024, 3, 14)
OPENING = "Kestrel Corp news.\n\n"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The Halvorsen bond fund stopped taking money in June 2019, after a $1.4 billion flood of inflows.",
            1_400_000_000.0,
        ),
        (
            "Shareholders of Brindle Bank revolted over its sale in October after a 9.6 billion euro capital injection "
            "failed to reassure investors.",
            9_600_000_000.0,
        ),
        (
            "Tamsin Solar collapsed in 2022, after it had been granted $528 million of federal credit.",
            528_000_000.0,
        ),
    ],
)
def test_main_clause_phrase_does_not_date_a_time_shifted_clause(nlp, text, amount):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) is None


def test_quote_in_a_time_shifted_clause_keeps_its_session(nlp):
    text = "Marlow Retail shares were down 5 percent at $8.34 on Tuesday after sliding as low as $7.91."
    assert period_with_amount(nlp, OPENING + text, 7.91, PUBLISHED) == (dt.date(2024, 3, 12), dt.date(2024, 3, 12))
