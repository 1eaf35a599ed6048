"""The earlier side of a move written "from the current X" (periods10): the level that holds at publication, as
of that day with no period, whatever period the later side is planned or reported for."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 4, 10)


def dating(text: str, surface: str) -> tuple:
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text, published=PUBLISHED) if f.value]
    fact = facts[0]
    return (fact.period.start, fact.period.end) if fact.period else None, fact.as_of, fact.modality


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Norvik Oil aims to raise output to 900,000 barrels per day by 2016 from the current 610,000 barrels "
            "per day.",
            "610,000 barrels per day",
        ),
        ("Tamsin Bank said it would add two directors to bring its board to 12 from its current 10.", "10"),
        ("Dravo Airlines plans to shrink its fleet to 80 jets by 2015 from the present 96.", "96"),
    ],
)
def test_the_current_level_is_as_of_publication(text, surface):
    assert dating(text, surface) == (None, PUBLISHED, "actual")


def test_the_later_side_keeps_its_horizon():
    text = (
        "Norvik Oil aims to raise output to 900,000 barrels per day by 2016 from the current 610,000 barrels per day."
    )
    assert dating(text, "900,000 barrels per day") == ((PUBLISHED, dt.date(2016, 12, 31)), None, "target")


def test_an_earlier_side_without_a_now_word_keeps_the_period_before():
    text = "Pellam Foods said sales rose to $2.1 billion in 2012 from $1.8 billion."
    assert dating(text, "$1.8 billion")[0] == (dt.date(2011, 1, 1), dt.date(2011, 12, 31))
