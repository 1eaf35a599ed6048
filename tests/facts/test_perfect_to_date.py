"""A deed told in the present perfect over the running year or month (periods28): "this year" on it is the year
so far, from January 1 to the publication day; "this month" the month so far. Plans, forecasts, the simple past,
the past perfect and another clause's phrase keep the whole year. Invented stories and sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 10, 12)
YEAR_TO_DATE = (dt.date(2011, 1, 1), PUBLISHED)
MONTH_TO_DATE = (dt.date(2011, 10, 1), PUBLISHED)
WHOLE_YEAR = (dt.date(2011, 1, 1), dt.date(2011, 12, 31))


def period_of(sentence: str, surface: str) -> tuple | None:
    text = f" date {PUBLISHED.isoformat()} Tamberly Foods trims its business\n\n" + sentence
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text) if f.value]
    period = facts[0].period
    return (period.start, period.end) if period is not None and period.start is not None else None


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        (
            "Some 720 posts have been eliminated at the Tamberly Foods bakeries this year, a union official said.",
            "720",
            YEAR_TO_DATE,
        ),
        ("This year, Tamberly's warehouse sales have raised $1.5 billion.", "$1.5 billion", YEAR_TO_DATE),
        ("Orders at the bakery unit have dropped 12 percent this year, Tamberly said.", "12 percent", YEAR_TO_DATE),
        ("Tamberly has opened 31 kiosks in airports this month.", "31", MONTH_TO_DATE),
        (
            "Production at the crisp plants, which Tamberly wants to modernise, has shrunk 9 percent this year.",
            "9 percent",
            YEAR_TO_DATE,
        ),
    ],
)
def test_a_perfect_deed_this_year_runs_to_date(sentence, surface, expected):
    assert period_of(sentence, surface) == expected


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a plan, a target or a forecast for this year is of the whole year (FACTS.md)
        ("Tamberly expects to earn $1.45 a share this year.", "$1.45"),
        ("Tamberly has said it plans to close 25 plants this year.", "25"),
        ("Tamberly has raised its forecast for this year to $1.60 a share.", "$1.60"),
        # the simple past and the past perfect tell a deed of a past time, not of the year so far
        ("Tamberly cut 300 jobs in its biscuit unit this year, it said in March.", "300"),
        ("Before the merger Tamberly had sold $400 million of assets this year.", "$400 million"),
    ],
)
def test_other_tenses_and_moods_keep_the_whole_year(sentence, surface):
    assert period_of(sentence, surface) == WHOLE_YEAR


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a level held over the year is as of a day, not a deed of the year so far (perfect_spans.told_level)
        ("Vantor has kept its quarterly dividend at 50 cents a share this year.", "50 cents"),
        # the level a move reached
        ("Vantor's copper output has fallen to 2 million tons this year.", "2 million tons"),
        # a level maintained, fronted year
        ("This year Vantor has maintained its fee at 3 percent of sales.", "3 percent"),
    ],
)
def test_a_level_held_or_reached_keeps_the_whole_year(sentence, surface):
    assert period_of(sentence, surface) == WHOLE_YEAR


def test_a_phrase_of_another_clause_is_not_run_to_date():
    # "this year" dates the plan's clause; the perfect's figure has none of its own
    sentence = "Tamberly has sold 14 stores, and it will buy a dairy this year."
    assert period_of(sentence, "14") != YEAR_TO_DATE


def test_a_named_span_of_this_year_keeps_its_end():
    sentence = "Tamberly has spent $90 million on marketing in the first half of this year."
    assert period_of(sentence, "$90 million") == (dt.date(2011, 1, 1), dt.date(2011, 6, 30))
