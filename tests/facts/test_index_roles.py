"""An index written by its role ("the benchmark index", "the broader gauge") is the index the story named
last, also one written as a name with a number that had no reading ("The Halden 300 turned positive")
(index_names.index_name, `index_role_modifiers`). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts import surface_facts

PUBLISHED = dt.date(2012, 6, 8)


def subjects_of(nlp, text, surface):
    return surface_facts.subjects_of(nlp, text, surface, title="Stocks edge up", published=PUBLISHED.isoformat())


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "NEW YORK (Reuters) - The Halden 300 ended higher for a fifth day on Friday. The benchmark index "
            "is up about 6 percent this month.",
            "6 percent",
            "Halden 300",
        ),
        (
            "TOKYO (Reuters) - The Norvik Composite Index .NVC rose 1.2 percent to 9,870.10. Traders said buying "
            "was thin. The key index has added 4 percent since Monday.",
            "4 percent",
            "Norvik Composite",
        ),
        (
            "LONDON (Reuters) - The Brantley 100 slipped on Thursday as miners fell. The broader index lost "
            "0.8 percent over the week.",
            "0.8 percent",
            "Brantley 100",
        ),
    ],
)
def test_a_role_reads_the_index_named_before(nlp, text, surface, subject):
    assert subjects_of(nlp, text, surface) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a proper name still names its own index
        (
            "NEW YORK (Reuters) - The Halden 300 rose. The benchmark Marley Transport Index .MTI gained 2 percent.",
            "2 percent",
            "Marley Transport",
        ),
        # a described index keeps its description
        (
            "Builders were upbeat. The Dorrit Builders Council said its index of construction bookings rose "
            "to 58.2 from 55.0.",
            "58.2",
            "index of construction bookings",
        ),
        # no index named before: the role phrase as written stays the name
        (
            "OSLO (Reuters) - Rate worries pushed Freedonia's main stock index down 2.1 percent on Monday.",
            "2.1 percent",
            "main stock index",
        ),
        # a place's possessive: another market's index, not the one named before
        (
            "NEW YORK (Reuters) - The Halden 300 rose on Monday. Freedonia's benchmark index fell 4 percent, "
            "its worst day in a year.",
            "4 percent",
            "benchmark index",
        ),
        # a product with a number is no index
        (
            "SEATTLE (Reuters) - Deliveries of the Corvane 350 jet rose. The benchmark index of aircraft "
            "orders rose 3 percent.",
            "3 percent",
            "index of aircraft orders",
        ),
    ],
)
def test_a_name_or_description_stays(nlp, text, surface, subject):
    assert subjects_of(nlp, text, surface) == {subject}
