"""An index written by its role ("the benchmark index", "the broader gauge") is the market's headline index
the story named last by its proper name, also one written as a name with a number that had no reading of its
own, when the story shows that name is an index (index_names.index_name, `index_role_modifiers`). A sector's
index is no antecedent, and a product's model number is no index. Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from tests.facts import surface_facts

PUBLISHED = dt.date(2012, 6, 8)
TITLE = "Prices move"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "NEW YORK (Reuters) - The Halden 300 .HLD closed at a two-week high on Tuesday as buyers came "
            "back to retailers. Over the month, the benchmark index has gained about 6 percent.",
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
            "LONDON (Reuters) - The Brantley 100 .BRT slipped on Thursday as miners fell. The broader index lost "
            "0.8 percent over the week.",
            "0.8 percent",
            "Brantley 100",
        ),
    ],
)
def test_a_role_reads_the_index_named_before(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}


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
            "OSLO (Reuters) - Freedonia's main stock index shed 2.1 percent on Monday after a surprise rate rise.",
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
    ],
)
def test_a_name_or_description_stays(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a sector's index is not what "broader" or "benchmark" points back to
        (
            "LONDON (Reuters) - Lenders led the way, with the Halden bank index .HBK up 2 percent. "
            "The benchmark index is up 6 percent this year.",
            "6 percent",
            "benchmark index",
        ),
        (
            "PARIS (Reuters) - The Halden retail index .HRT rose 2 percent on upbeat sales, while the broader "
            "index gained 0.5 percent.",
            "0.5 percent",
            "broader index",
        ),
        # a product's model number, with no sign in the story that it is an index
        (
            "DETROIT (Reuters) - The Corvane 350 sold well in March, dealers said. The benchmark index rose 2 percent.",
            "2 percent",
            "benchmark index",
        ),
        (
            "SEATTLE (Reuters) - The Pellam 90 flew again after repairs on Monday. The main index rose 2 percent.",
            "2 percent",
            "main index",
        ),
    ],
)
def test_a_role_skips_a_sector_index_and_a_model_number(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}
