"""Scheduled meetings, summits and elections: invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def gatherings(nlp, text):
    """(subject, predicate, object, start, end, modality) of the meeting-like events of a text."""
    kinds = ("meeting", "summit", "election", "referendum")
    return [
        (f.subject, f.predicate, f.object, f.period.start if f.period else None, f.period.end if f.period else None,
         f.modality)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate.split()[-1] in kinds
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brannock Foods Inc is to hold its annual shareholder meeting on April 22.",
            (
                "Brannock Foods",
                "shareholder meeting",
                "annual shareholder meeting",
                dt.date(2021, 4, 22),
                dt.date(2021, 4, 22),
            ),
        ),
        (
            "Traders looked ahead to the Bank of Veland's policy meeting on Thursday.",
            ("Bank of Veland", "policy meeting", "policy meeting", dt.date(2021, 3, 11), dt.date(2021, 3, 11)),
        ),
        (
            "Finance ministers of the Corvane Union will gather at a summit in Lisbon in June.",
            ("Corvane Union", "summit", "summit", dt.date(2021, 6, 1), dt.date(2021, 6, 30)),
        ),
        (
            "Analysts expect the Bank of Veland to cut rates at its next meeting on May 4.",
            ("Bank of Veland", "meeting", "meeting", dt.date(2021, 5, 4), dt.date(2021, 5, 4)),
        ),
        (
            "The vote is likely to come before the parliamentary election in Ostmark in September.",
            ("Ostmark", "parliamentary election", "parliamentary election", dt.date(2021, 9, 1), dt.date(2021, 9, 30)),
        ),
    ],
)
def test_a_dated_gathering_ahead_is_a_planned_event_of_its_holder(nlp, text, expected):
    """The object is the gathering as written, without its possessor, date or "next" (the readable gold never
    leaves an event's object empty)."""
    subject, predicate, written, start, end = expected
    assert (subject, predicate, written, start, end, "target") in gatherings(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The news comes with Corvane Union trade ministers meeting in Porto on Friday and Saturday.",
            (dt.date(2021, 3, 12), dt.date(2021, 3, 13)),
        ),
        (
            "Ostmark will host a summit of the Corvane Union on June 18-19.",
            (dt.date(2021, 6, 18), dt.date(2021, 6, 19)),
        ),
        (
            "The Bank of Veland could ease policy at its April 27-28 meeting.",
            (dt.date(2021, 4, 27), dt.date(2021, 4, 28)),
        ),
    ],
)
def test_a_gathering_of_two_days_is_dated_by_both(nlp, text, expected):
    assert [(g[3], g[4]) for g in gatherings(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board of Kestrel Inc is scheduled to meet on Sunday to discuss the offer.",
            ("Kestrel", "board meeting", dt.date(2021, 3, 14)),
        ),
        (
            "The Bank of Veland, which meets on March 18, is expected to keep rates on hold.",
            ("Bank of Veland", "meeting", dt.date(2021, 3, 18)),
        ),
        (
            "Brannock Foods Inc said its supervisory board will meet on May 28 to approve the changes.",
            ("Brannock Foods", "supervisory board meeting", dt.date(2021, 5, 28)),
        ),
    ],
)
def test_a_body_that_meets_on_a_date_ahead_holds_a_meeting(nlp, text, expected):
    subject, predicate, day = expected
    assert (subject, predicate, predicate, day, day, "target") in gatherings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brannock Foods Inc's board met on Tuesday.",
        "Brannock Foods Inc must meet its sales targets by June.",
        "Mara Tovell will meet Teodor Vask on Friday.",
        "The board of Kestrel Inc will meet with Brannock Foods Inc on Friday.",
    ],
)
def test_a_past_meeting_a_target_met_or_a_meeting_with_another_party_is_no_gathering(nlp, text):
    assert gatherings(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # gone by: a past-tense clause, a "last" meeting, a date before the story
        "One director voted against the plan at an emergency Bank of Veland meeting on March 2.",
        "At their last meeting on March 1, Bank of Veland policymakers kept rates on hold.",
        "Brannock Foods Inc held its annual meeting in February.",
        # called off, undated, attended by a person only
        "Brannock Foods Inc will postpone its annual meeting in May.",
        "The board plans to cancel the shareholder meeting of Kestrel Inc set for June 4.",
        # denied or only threatened
        "Brannock Foods Inc will not hold its annual shareholder meeting on April 22.",
        "Kestrel Inc shareholders threatened to call an emergency meeting on April 22.",
        "Brannock Foods Inc said its annual meeting would take place in Lisbon.",
        "Mara Tovell is scheduled to speak at a summit in Lisbon on Friday.",
    ],
)
def test_a_past_called_off_undated_or_unheld_gathering_is_no_event(nlp, text):
    assert gatherings(nlp, text) == []
