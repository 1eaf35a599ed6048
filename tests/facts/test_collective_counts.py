"""A count of members that sizes a collective the clause names (facts/collective_counts.py): the collective is the
predicate ("cut its workforce by 450 jobs" is a change of the workforce), the members only what is counted.
Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import fact_in


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "counted"),
    [
        (
            "Harlow Mills Inc will shrink its workforce by 450 posts before the summer, it said.",
            "450",
            "workforce",
            "post",
        ),
        (
            "Pentrose Steel Corp plans to reduce its global workforce by 4,700 positions in 2020.",
            "4,700",
            "global workforce",
            "position",
        ),
        ("Corbel Airways Inc said it would expand its fleet by 20 aircraft next year.", "20", "fleet", "aircraft"),
        ("Dunmore Retail Inc trimmed its store network by 35 outlets last year.", "35", "store network", "outlet"),
    ],
)
def test_a_count_after_by_changes_the_object_of_the_change_verb(
    nlp, text: str, surface: str, predicate: str, counted: str
) -> None:
    fact = fact_in(nlp, text, surface)
    assert (fact.kind, fact.predicate, fact.value.counted) == ("change", predicate, counted)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The museum employs a restoration staff of 30 people, Harlow Trust said.", "30", "restoration staff"),
        (
            "Pentrose Steel Corp, which has a workforce of 5,000 employees, said on Monday it would close a mill.",
            "5,000",
            "workforce",
        ),
        ("Corbel Airways Inc said its headcount of 3,400 employees would shrink next year.", "3,400", "headcount"),
    ],
)
def test_a_collective_sized_by_an_of_count_is_the_measure(nlp, text: str, surface: str, predicate: str) -> None:
    assert fact_in(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Harlow Health Inc said its membership passed 6 million subscribers in April.", "6 million", "membership"),
        (  # at a sentence's start, where the tagger may take the noun for a name
            "Harlow Health Inc posted results on Tuesday. Enrollment topped 4.1 million members in the quarter.",
            "4.1 million",
            "enrollment",
        ),
        ("Pentrose Steel Corp said its workforce totaled 12,000 employees at the end of May.", "12,000", "workforce"),
        ("Corbel Clubs Inc said its membership reached 2 million people in March.", "2 million", "membership"),
    ],
)
def test_a_collective_subject_sized_by_a_count_object_is_the_measure(
    nlp, text: str, surface: str, predicate: str
) -> None:
    assert fact_in(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a subject that is no collective: what the verb's object counts is the measure
        ("Harlow Health Inc said its clinics treated 3.5 million patients last year.", "3.5 million", "patients"),
        # the counted noun is the object itself: a metric of the jobs cut
        ("Harlow Mills Inc cut 450 jobs in the spring.", "450", "jobs cut"),
        # a money or percent cut of the object was read so before
        ("Harlow Mills Inc cut its workforce by 10 percent.", "10 percent", "workforce"),
        # a noun that is no collective of its members keeps the counted noun
        ("Harlow Mills Inc announced cuts of 10,000 staff.", "10,000", "staff"),
        ("Harlow Mills Inc hired a team of 12 engineers in May.", "12", "engineers"),
        ("Corbel Airways Inc now flies a fleet of 200 aircraft to 40 cities.", "200", "aircraft"),
    ],
)
def test_counts_that_size_no_collective_keep_their_reading(nlp, text: str, surface: str, predicate: str) -> None:
    assert fact_in(nlp, text, surface).predicate == predicate
