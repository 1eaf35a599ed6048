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
        "The Valdorian Senate is expected to vote 55-44 on the water bill next month.",  # not cast yet
        "The Federal Assembly will pass the pension reform with a 212-97 vote, its leaders predict.",  # future
        "Ostrava's rate board might vote 6-3 for a cut in June, traders reckon.",  # possible
        "The Valdorian Senate plans to vote 58-40 before the recess.",  # planned
        "Owners of Marlowe Group get a vote 15 to 40 days after the notice goes out.",  # a span of days
        "The Valdorian Senate drew votes 2 to 3 million short of the target.",  # a range in millions
        "The Central Bank of Ostrava's policy board voted 6-3 against the bank merger.",  # against: sides unsure
    ],
)
def test_no_votes_without_a_vote_word_or_a_named_body(nlp, text):
    assert counts(nlp, text, "vote") == []


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        (
            "Two directors left the Harwick Monetary Authority's seven-member board in March.",
            "member",
            [("Harwick Monetary Authority", "board members", 7.0)],
        ),
        (
            "Reformers now hold 38 places in the 90-seat Valdorian Assembly after the poll.",
            "seat",
            [("Valdorian Assembly", "seats", 90.0)],
        ),
        (
            "Ministers of the 12-nation Andean Trade Pact met in Quito on Monday.",
            "nation",
            [("Andean Trade Pact", "nations", 12.0)],
        ),
        (
            "Envoys from the 14-member Meridian Growers Association gathered in Lisbon this week.",
            "member",
            [("Meridian Growers Association", "members", 14.0)],
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
        ("Corvell Airways' 220-seat planes will be retired by 2031.", "seat"),  # a product of a named owner
        ("Dunmore Bank said its new 80-seat cafe opens in May.", "seat"),  # a room of the speaker
        ("The Green party's 120-seat majority carried the budget.", "seat"),  # a majority is no body
        ("Quillon Motors said its five-seat coupe sells well.", "seat"),  # a car
    ],
)
def test_no_body_size_without_a_named_body(nlp, text, counted):
    assert counts(nlp, text, counted) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Valdorian Senate endorsed the treaty by a vote of 3 to 1 on Nov. 9, officials said.", "Nov. 9"),
        ("The Federal Assembly approved the levy in a 212-97 vote late on Tuesday.", "Tuesday"),
        ("On March 2 the House sent the levy on to the governor with a 301-122 vote.", "March 2"),
    ],
)
def test_a_vote_is_dated_by_the_day_on_its_verb(nlp, text, label):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    facts = [f for f in facts if f.value is not None and f.value.counted == "vote"]
    assert len(facts) == 2
    assert {f.period.label for f in facts if f.period is not None} == {label}


@pytest.mark.parametrize(
    "text",
    [
        "The Valdorian Senate passed the water bill by a vote of 58-40 on Wednesday.",
        "THE BOARD VOTED 7-2 TO KEEP RATES ON HOLD.",
        "The council's 9-3 Ballot settled it; a further 12 to 4 vote followed.",
        "Dunmore Bank's shares rose 3-4 percent on Monday.",  # no vote word: the gate skips the scan
        "The İstanbul assembly voted 31 to 20 for the plan.",  # a letter IGNORECASE folds: never gated out
        "Marlowe Group won 3-1 and will vote on the deal.",
    ],
)
def test_the_gated_tally_scan_finds_what_the_patterns_find(text):
    """`_tally_matches` skips a sentence without a vote word; it finds the same matches as the patterns' own scan."""
    from extractor.facts.body_counts import _tally_matches, _tally_patterns

    ungated = [m.span() for pattern in _tally_patterns() for m in pattern.finditer(text)]
    assert [m.span() for m in _tally_matches(text)] == ungated
