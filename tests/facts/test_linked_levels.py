"""A plain number set beside a level as its old value or as its estimate measures what the level measures
(`facts/linked_levels.py`): it is a fact of the same measure and holder, the estimate a forecast. Sentences
written for these tests, with invented names and figures."""

import pytest

from tests.facts.surface_facts import fact_with_surface, facts_of

TITLE = "Economic data roundup"
PUBLISHED = "2015-03-13"
DATELINE = "OTTAWA (Reuters) - "


def _fact(nlp, text: str, surface: str):
    return fact_with_surface(nlp, DATELINE + text, surface, title=TITLE, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "level", "surface", "modality"),
    [
        (  # the old level of a move, with the period noun right after it and a change before the level
            "The labour office said on Wednesday that Brelmont's jobless claims fell 3,000 to 286,000 in the "
            "week ending April 4 from a downwardly revised 289,000 seven days earlier.",
            "286,000",
            "289,000",
            "actual",
        ),
        (  # an index, an apposition between its name and its verb
            "The Corvane sentiment index, a gauge of shoppers' mood, firmed to 61.3 in the week ending April 3 "
            "from a revised 59.8 the week before.",
            "61.3",
            "59.8",
            "actual",
        ),
        (
            "Freight bookings at Ostrava rail yards increased to 18,450 in the week ending May 9 from a revised "
            "17,980 the week before.",
            "18,450",
            "17,980",
            "actual",
        ),
        (  # the old level named by a possessive period, as a move's own old level is (`shown_moves.revised_level`)
            "Paid admissions at Lindqvist theme parks rose by 2,300 to 41,800 in the week ending July 12 from the "
            "previous week's 39,500.",
            "41,800",
            "39,500",
            "actual",
        ),
        (  # an estimate of the level, after a clause of reporting
            "New home registrations came to 3,870 in March, the statistics bureau said on Tuesday, beating the "
            "analysts' prediction of 3,500.",
            "3,870",
            "3,500",
            "forecast",
        ),
        (
            "Building permits dropped to 41,500 last month, the agency said, below the consensus of 44,000.",
            "41,500",
            "44,000",
            "forecast",
        ),
        (
            "Permits for new dwellings in Tarrow climbed to 12,640 in June, against a poll estimate of 11,900.",
            "12,640",
            "11,900",
            "forecast",
        ),
    ],
)
def test_a_linked_plain_number_takes_the_measure_and_holder_of_the_level_before_it(nlp, text, level, surface, modality):
    before, linked = _fact(nlp, text, level), _fact(nlp, text, surface)
    assert linked.kind == "metric"
    assert (linked.subject, linked.predicate) == (before.subject, before.predicate)
    assert linked.modality == modality


@pytest.mark.parametrize(
    ("text", "level", "surface"),
    [
        # a figure between them that is no fact: the number is that figure's old value ("a figure between")
        (
            "The Arlen factory gauge rose to 54.2, while the Morsk services gauge posted a gain to 51.6 from 50.9.",
            "54.2",
            "50.9",
        ),
        # another clause after a semicolon (the clause break)
        (
            "Freight bookings at Ostrava rose to 18,450 in the week ending May 9; at the rival port of Delny, by "
            "contrast, they slid from 9,300.",
            "18,450",
            "9,300",
        ),
        # another clause after a colon (the clause break)
        (
            "Jobless claims in Brelmont rose to 286,000 in the week ending April 4: in neighbouring Tarrow they fell "
            "from 41,300.",
            "286,000",
            "41,300",
        ),
        # a long relative clause between the two numbers (MAX_GAP)
        (
            "Freight bookings at Ostrava rose to 18,450 in the week ending May 9, though the operator, which has "
            "been cutting staff and closing smaller depots across the north of the country, is down from 31.",
            "18,450",
            "31",
        ),
    ],
)
def test_an_unlinked_bare_number_borrows_no_measure(nlp, text, level, surface):
    before = _fact(nlp, text, level)
    found = facts_of(nlp, DATELINE + text, title=TITLE, published=PUBLISHED)
    borrowed = [f for f in found if f.value is not None and f.value.surface == surface]
    assert all((f.subject, f.predicate) != (before.subject, before.predicate) for f in borrowed)
