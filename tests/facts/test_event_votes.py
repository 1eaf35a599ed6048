"""A vote on something, dated ahead of the story, is a planned event of the named body that votes ("vote"), or of
the company whose shareholders vote ("shareholder vote"); its object is what is voted on, as a common-noun
phrase. Past, undated, denied votes and unnamed voters give none. Sentences written for these tests with
invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 6, 14)


def votes(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.modality, str(f.period.start) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and "vote" in f.predicate
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Valdorian Senate is to vote on the spending package on Wednesday evening.",
            [("Valdorian Senate", "vote", "spending package", "target", "2022-06-15")],
        ),
        (
            "Marlowe Group will hold separate stockholder votes on the acquisition at sites in Ghent and Namur in "
            "July.",
            [("Marlowe Group", "shareholder vote", "acquisition", "target", "2022-07-01")],
        ),
        (
            "Shareholders of Dunmore Bank will vote on the merger at a special meeting on July 1.",
            [("Dunmore Bank", "shareholder vote", "merger", "target", "2022-07-01")],
        ),
        (
            "Stellan Mining said its shareholders would vote on the proposed $3 billion takeover on June 28.",
            [("Stellan Mining", "shareholder vote", "proposed takeover", "target", "2022-06-28")],
        ),
    ],
)
def test_a_scheduled_vote_is_a_planned_event(nlp, text, expected):
    assert votes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore Bank shareholders voted on the merger on Tuesday.",  # done: background
        "The Valdorian Senate will vote on the spending package.",  # undated
        "Lawmakers will vote on the bill next week.",  # no named body
        "The Valdorian Senate will not vote on the spending package on Wednesday.",  # denied
        "The board of Ostrava Savings Bank votes on an annual basis each spring.",  # no thing voted on
    ],
)
def test_no_vote_event_when_done_undated_denied_or_unnamed(nlp, text):
    assert votes(nlp, text) == []
