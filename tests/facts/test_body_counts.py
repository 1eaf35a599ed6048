"""Counts of public life (`facts.body_counts`): a vote tally next to a vote word gives the votes for and against
of the body that voted; "N-member" / "N-seat" / "N-nation" before a body gives its size. Scores, ranges, dates
and unnamed bodies give none. Sentences written for these tests with invented names and figures."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 4, 22)


def counts(nlp, text, counted):
    return sorted(
        (f.subject, f.predicate, f.value.amount)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "metric" and f.value is not None and f.value.counted == counted
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Valdorian Senate passed the water bill by a vote of 58-40 on Wednesday.",
            [("Valdorian Senate", "votes against", 40.0), ("Valdorian Senate", "votes in favor", 58.0)],
        ),
        (
            "The Federal Assembly approved the pension reform with a 212-97 vote late on Tuesday.",
            [("Federal Assembly", "votes against", 97.0), ("Federal Assembly", "votes in favor", 212.0)],
        ),
        (
            "The Central Bank of Ostrava's policy board voted 6-3 to leave its key rate at 2 percent.",
            [
                ("Central Bank of Ostrava", "votes against", 3.0),
                ("Central Bank of Ostrava", "votes in favor", 6.0),
            ],
        ),
        (
            "After a long debate the House cleared the measure, a vote of 301 to 122, sending it to the governor.",
            [("House", "votes against", 122.0), ("House", "votes in favor", 301.0)],
        ),
    ],
)
def test_a_vote_tally_gives_votes_for_and_against(nlp, text, expected):
    assert counts(nlp, text, "vote") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor City Rovers beat the Lakeside Hawks 3-1 on Sunday.",  # a score: no vote word
        "Lakeside won their fifth straight game, 104-97, at home.",  # a score after a comma
        "The ballot opens at 9-10 a.m. in the capital.",  # clock times, no tally
        "Shares of Marlowe Group rose 12-15 percent after the vote.",  # a range of a unit
        "Lawmakers voted 45-20 to delay the tax.",  # nobody named holds the count
        "The Valdorian Senate drew votes 10-15 percent higher than last year.",  # a range of a unit after a vote word
        "The season ran from 2019-20 and the vote came later.",  # a season, not a vote
    ],
)
def test_no_votes_without_a_vote_word_or_a_named_body(nlp, text):
    assert counts(nlp, text, "vote") == []


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        (
            "Splits within the Central Bank of Ostrava's nine-member board have widened this year.",
            "member",
            [("Central Bank of Ostrava", "board members", 9.0)],
        ),
        (
            "The measure needs 60 votes to pass in the 100-seat Valdorian Senate.",
            "seat",
            [("Valdorian Senate", "seats", 100.0)],
        ),
        (
            "Ministers of the 12-nation Andean Trade Pact met in Quito on Monday.",
            "nation",
            [("Andean Trade Pact", "nations", 12.0)],
        ),
    ],
)
def test_a_member_compound_gives_the_size_of_a_body(nlp, text, counted, expected):
    assert counts(nlp, text, counted) == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("A five-member panel will review the claims.", "member"),  # no named body
        ("Dunmore Bank bought a 40-seat jet for its staff.", "seat"),  # a jet's seats: no body follows by name
        ("Marlowe Group opened a 200-room hotel in Namur.", "room"),  # not a member noun
    ],
)
def test_no_body_size_without_a_named_body(nlp, text, counted):
    assert counts(nlp, text, counted) == []
