"""A bare "the same period" takes the span just named: an earlier phrase of its own sentence, else the first dated
span the sentence before named (`facts.same_period`); with a year word it stays a year back, a comparison."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods
from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2024, 5, 10)
H1_2023 = (D(2023, 1, 1), D(2023, 6, 30))
SINCE_2021 = (D(2021, 1, 1), PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the sentence before named a half year: the bare anaphor is that half
        (
            "Halden Corp said exports climbed 40 percent during the first half of 2023. Its imports rose 12 percent "
            "in the same period.",
            12.0,
            H1_2023,
        ),
        # "over the same period" after a span to publication: that span, not a comparison a year back
        (
            "Quillby Foods shares have gained 9 percent since 2021. The Ostrava benchmark lost 4 percent over the "
            "same period.",
            4.0,
            SINCE_2021,
        ),
        # the earlier phrase is in the anaphor's own sentence
        (
            "Brindle Mining output fell 6 percent during the first half of 2023, while costs rose 11 percent during "
            "the same period.",
            11.0,
            H1_2023,
        ),
        # "during the same period" with the span a sentence back, told in other words
        (
            "Revenue at Halden Corp rose 18 percent since 2021. During the same period, its payroll grew by 300 "
            "workers.",
            300.0,
            SINCE_2021,
        ),
    ],
)
def test_same_period_takes_the_span_just_named(nlp, text, amount, expected):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == expected


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a year word makes it a year back, an earlier side
        "Quillby Foods shares rose 9 percent during the first half of 2023. Sales grew 5 percent over the same period "
        "last year.",
        # near miss: "compared with the same period" is an earlier side, not the span itself
        "Brindle Mining said in the first half of 2023 its output was 2 percent higher compared with the same period.",
    ],
)
def test_same_period_with_a_comparison_cue_stays_an_earlier_side(text):
    found = [m for m in find_periods(text, published=PUBLISHED) if "same period" in m.text]
    assert found and all(m.role == "comparison" and m.back == 12 for m in found)


def test_same_period_alone_over_a_span_is_a_period():
    found = find_periods("Output rose 4 percent over the same period.", published=PUBLISHED)
    assert [(m.role, m.back) for m in found] == [("period", 0)]


def test_same_period_with_nothing_named_before_keeps_the_story_reading(nlp):
    # near miss: nothing dated before it, so the anaphor keeps its label and no dates
    text = "Halden Corp imports rose 12 percent in the same period."
    assert periods_by_amount(nlp, text, PUBLISHED)[12.0] == (None, None)
