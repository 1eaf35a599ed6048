"""The date of an announcement does not date the plan it announces; a result announced on a date, a plan dated
in its own clause, and a trailing period still ahead keep their period. Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from extractor.facts.announcement_dates import _announcement_time
from extractor.mentions.calendars import day, unresolved
from extractor.mentions.periods import PeriodMention
from extractor.models import Period
from tests.facts.surface_facts import dated_in

PUBLISHED = dt.date(2014, 3, 12)
LEAD = "Orvel Industries Inc said on Wednesday that its order book had grown.\n\n"


def dated(nlp, text, surface):
    return dated_in(nlp, LEAD + text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In May Orvel proposed a scheme to shed 450 posts at its mills.", "450"),
        ("Last month Orvel outlined plans to take 1,200 workers off its truck lines.", "1,200"),
        ("Orvel unveiled 40 branch closures last week.", "40"),
        ("Orvel proposed 600 redundancies on Monday.", "600"),
    ],
)
def test_a_plan_takes_no_period_from_the_day_it_was_announced(nlp, text, surface):
    assert dated(nlp, text, surface) == [("target", None)]


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("In February Orvel announced a 3 percent gain in its margin.", "3 percent", "February 2014"),
        ("Orvel intends to shed 900 jobs in 2015.", "900", "2015"),
        ("In January it shut 300 depots across two states.", "300", "January 2014"),
        ("Orvel announced 300 job cuts in the fourth quarter.", "300", "Q4 2014"),
        ("Orvel outlined 85 layoffs at its depot in the second half.", "85", "H2 2014"),
    ],
)
def test_a_result_or_a_plan_dated_in_its_own_clause_keeps_the_period(nlp, text, surface, label):
    assert [p for _, p in dated(nlp, text, surface)] == [label]


# a day phrase after the verb dates the announcing even when it is not over by publication (the publication day
# itself, a weekday the reader left unresolved, a day still ahead): a plan is not set for one day
@pytest.mark.parametrize(
    ("text", "verb", "phrase", "period", "point", "dates_it"),
    [
        ("Orvel proposed 600 redundancies on Wednesday", "proposed", "on Wednesday", day(PUBLISHED), True, True),
        ("Orvel unveils 80 plant closures on Friday", "unveils", "on Friday", unresolved("Friday"), True, True),
        (
            "Orvel will outline 45 depot shutdowns on March 20",
            "outline",
            "on March 20",
            day(dt.date(2014, 3, 20)),
            True,
            True,
        ),
        (
            "Orvel announced 300 job cuts in the fourth quarter",
            "announced",
            "in the fourth quarter",
            Period(start=dt.date(2014, 10, 1), end=dt.date(2014, 12, 31), label="Q4 2014"),
            False,
            False,
        ),
    ],
)
def test_a_day_after_the_verb_dates_the_announcement(nlp, text, verb, phrase, period, point, dates_it):
    doc = nlp(text)
    doc._.published = PUBLISHED.isoformat()
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    mention = PeriodMention(start, start + len(phrase), period, point=point, text=phrase)
    token = next(t for t in doc if t.text == verb)
    assert _announcement_time(mention, span, token) is dates_it
