"""undated41: a vague part of a month ("in early May", "late March 2016", "mid-June") does not say which days it
covers, so it keeps a label with null dates, as a vague part of a year does ("late 2008"; FACTS.md: vague horizons
have no period, or a label with null dates). The whole month stays the period of a plain month phrase, and "by late
June" still ends a stretch at that month."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.periods import find_periods
from tests.facts.period_facts import period_with_amount

D = dt.date
PUBLISHED = D(2016, 6, 23)


def _only_period(text: str):
    [mention] = find_periods(text, published=PUBLISHED)
    return mention.period


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Copper hit a peak of $4.10 a pound in early May.", "early May 2016"),
        ("Rollins Freight said it shed 300 jobs in late March 2015.", "late March 2015"),
        ("The Orvale index touched 2,310 in mid-June before falling back.", "mid-June 2016"),
        ("Lenders expect the bridge loan to be repaid in late February.", "late February 2016"),
        ("The fund sold 2 million shares during early April.", "early April 2016"),
        ("Harwick Mills raised $40 million in mid-January 2014.", "mid-January 2014"),
    ],
)
def test_a_vague_part_of_a_month_is_a_label(text, label):
    period = _only_period(text)
    assert (period.start, period.end, period.label) == (None, None, label)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a plain month is the whole month
        ("Copper hit a peak of $4.10 a pound in May.", D(2016, 5, 1), D(2016, 5, 31)),
        ("Rollins Freight said it shed 300 jobs in March 2015.", D(2015, 3, 1), D(2015, 3, 31)),
        # "by late June" ends a stretch at the month, as before
        ("Members at Dalwick Health reached 1.2 million by late June.", D(2016, 6, 1), D(2016, 6, 30)),
    ],
)
def test_a_plain_month_keeps_its_dates(text, start, end):
    period = _only_period(text)
    assert (period.start, period.end) == (start, end)


def test_since_a_vague_part_of_a_month_stays_a_span_label():
    [mention] = find_periods("The Orvale index has gained 12 percent since mid-March.", published=PUBLISHED)
    assert (mention.period.start, mention.period.end, mention.role) == (None, None, "to_date")


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("Brent crude prices have eased from their peak of $126.50 a barrel in early May.", 126.5),
        ("Tarvel Bank said it cut 450 jobs in late March.", 450.0),
        ("Kelbrook Steel raised $300 million in a bond sale in mid-April 2015.", 300_000_000.0),
        # a share price of a vague part of a month that is over: not the session's day
        ("Kestrel Inc shares have slipped 20 percent from a high of $31.40 in mid-October.", 31.4),
    ],
)
def test_a_figure_of_a_vague_part_of_a_month_takes_no_dates(nlp, body, amount):
    assert period_with_amount(nlp, body, amount, PUBLISHED) in (None, (None, None))


@pytest.mark.parametrize(
    ("body", "amount", "start", "end"),
    [
        ("Tarvel Bank said it cut 450 jobs in March.", 450.0, D(2016, 3, 1), D(2016, 3, 31)),
        (
            "Kestrel Inc shares have slipped 20 percent from a high of $31.40 in October.",
            31.4,
            D(2015, 10, 1),
            D(2015, 10, 31),
        ),
    ],
)
def test_a_figure_of_a_plain_month_keeps_the_month(nlp, body, amount, start, end):
    assert period_with_amount(nlp, body, amount, PUBLISHED) == (start, end)


def _gatherings(nlp, text: str) -> list[tuple]:
    """(predicate, start, end, label, modality) of the meeting events of a text published in March 2021."""
    facts = extract(text, published=D(2021, 3, 10), nlp=nlp)
    return [
        (f.predicate, f.period.start, f.period.end, f.period.label, f.modality)
        for f in facts
        if f.kind == "event" and f.predicate.endswith(("meeting", "vote")) and f.period is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board of Kestrel Inc will meet in late April to review the bid.",
            ("board meeting", None, None, "late April 2021", "target"),
        ),
        (
            "Brannock Foods Inc said its supervisory board would meet in mid-May to approve the plan.",
            ("supervisory board meeting", None, None, "mid-May 2021", "target"),
        ),
        (
            "The Veland Deposit Agency plans to meet in early June to set the new fee.",
            ("meeting", None, None, "early June 2021", "target"),
        ),
        (
            "Kestrel Inc is scheduled to host an investor meeting in late April.",
            ("investor meeting", None, None, "late April 2021", "target"),
        ),
        (
            "Shareholders of Brannock Foods Inc will vote on the merger in mid-May.",
            ("shareholder vote", None, None, "mid-May 2021", "target"),
        ),
    ],
)
def test_a_meeting_in_a_vague_part_of_a_month_ahead_is_planned_with_a_label(nlp, text, expected):
    assert expected in _gatherings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The board of Kestrel Inc met in late February to review the bid.",
        "Kestrel Inc held an investor meeting in late February.",
        "Brannock Foods Inc's board will meet in early 2022 to review the bid.",
    ],
)
def test_a_meeting_gone_by_or_in_a_vague_part_of_a_year_is_no_dated_gathering(nlp, text):
    assert [g for g in _gatherings(nlp, text) if g[3].startswith(("early", "late", "mid"))] == []
