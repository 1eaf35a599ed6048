"""A move compared with an earlier move (docs/DECISIONS.md): in "rose 5 percent in May, up from 3 percent in April"
both figures are moves, so ", up from" does not make the first a level; the same holds for the speed of a move
("expanded at a 2.6 percent pace, up from 1.9 percent"). The percent set against it ("up from", "compared with",
"following", "versus") is the earlier move, in the direction of the verb. A level compared with a level ("rose to
5.4 percent, up from 5.1 percent", "$4.60 a share, up from $4.30") stays a level. Sentences written for these
tests, invented names (countries are real: spaCy must label them as places)."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def fact_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Economy news", published="2012-03-14")


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        (
            "Chile's consumer spending rose at a 2.4 percent pace in the third quarter, up from 1.1 percent in the "
            "second quarter.",
            "2.4 percent",
            "up",
        ),
        (
            "Sales at Tamsin Retail rose 5.2 percent in the quarter, up from 3.1 percent in the previous quarter.",
            "5.2 percent",
            "up",
        ),
        (
            "Peru's business investment expanded at a rate of 6.1 percent in May, up from 2.2 percent in April.",
            "6.1 percent",
            "up",
        ),
        ("Chile's imports dropped 3.3 percent in June, down from 1.2 percent in May.", "3.3 percent", "down"),
    ],
)
def test_a_move_compared_with_an_earlier_one_keeps_its_direction(nlp, text, surface, direction):
    fact = fact_of(nlp, text, surface)
    assert (fact.kind, fact.value.direction) == ("change", direction)


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        (
            "Chile's consumer spending rose at a 2.4 percent pace in the third quarter, up from 1.1 percent in the "
            "second quarter.",
            "1.1 percent",
            "up",
        ),
        (
            "Peru's factory output grew at a 3.3 percent annual rate last quarter, down from 4.0 percent in the "
            "prior three months.",
            "4.0 percent",
            "up",
        ),
        (
            "Sales at Tamsin Retail rose 5.2 percent in the quarter, compared with 3.1 percent a year earlier.",
            "3.1 percent",
            "up",
        ),
        (
            "Sales at Tamsin Retail fell 4.8 percent in the quarter, following 2.6 percent in the previous quarter.",
            "2.6 percent",
            "down",
        ),
        ("Chile's imports dropped 3.3 percent in June, down from 1.2 percent in May.", "1.2 percent", "down"),
        (
            "Analysts now see Peru's wholesale prices climbing 3.4 percent next year, up from the 2.8 percent they "
            "predicted in June.",
            "2.8 percent",
            "up",
        ),
    ],
)
def test_the_earlier_move_compared_with_is_a_move(nlp, text, surface, direction):
    fact = fact_of(nlp, text, surface)
    assert (fact.kind, fact.value.direction) == ("change", direction)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Orbis Corp's operating margin was 12.5 percent, up from 11.2 percent a year earlier.", "11.2 percent"),
        ("Orbis Corp's operating margin was 12.5 percent, up from 11.2 percent a year earlier.", "12.5 percent"),
        ("Halden Foods said its profit was 84 cents a share, up from 61 cents a year ago.", "84 cents"),
        ("Halden Foods said its profit was 84 cents a share, up from 61 cents a year ago.", "61 cents"),
        # a level a move reached: "down to", "up to" name where it ended, not an earlier move
        ("Norland's exports fell 2 percent in May, down to 8 percent of output.", "8 percent"),
        ("Norland's consumer prices rose 0.4 percent in May, up to 3.1 percent from 2.7 percent.", "3.1 percent"),
    ],
)
def test_a_level_compared_with_a_level_stays_a_level(nlp, text, surface):
    fact = fact_of(nlp, text, surface)
    assert fact.value.direction is None
