"""A post held for a while ("acting", "interim") is part of the title written before a name, and the title reader
goes on past it to the post's owner (extractor/facts/titles_before.py, lexicons/temporary_post_modifiers.txt).
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import roles_in

PUBLISHED = dt.date(2021, 3, 9)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # the owner's name right before the temporary post
            "Tessaly Freight said Orlen Bank interim chief executive Mara Voss would join its board.",
            ("Orlen Bank", "interim chief executive", "Mara Voss"),
        ),
        (  # a possessor before two joined titles, the second one temporary, the name set off by a comma
            '"The plan is on track," said Pellworth Group\'s chairman and acting chief executive, Dov Amsel.',
            ("Pellworth Group", "chairman and acting chief executive", "Dov Amsel"),
        ),
        (  # an abbreviated title after the temporary word, the owner a possessive
            "Grindle Mining's interim CFO Lena Ohr told analysts the mine would reopen in May.",
            ("Grindle Mining", "interim cfo", "Lena Ohr"),
        ),
        (  # a regulator's temporary head, the regulator tagged before the title
            "Nordvale Power rose after the Federal Grid Commission acting chairman Ivo Brandt backed the tariff.",
            ("Federal Grid Commission", "acting chairman", "Ivo Brandt"),
        ),
    ],
)
def test_a_temporary_post_is_the_owners(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # "acting" as a verb before a title: no temporary post
        ("Halvard Foods is acting fast, chief executive Rune Ebbe said on Tuesday.", "Rune Ebbe"),
        # a temporary word with no title after it names no post
        ("The interim report by Saro Consulting was written by Pia Lund.", "Pia Lund"),
        # a temporary post in a hypothetical, given to nobody named
        ("The board would have to name an interim chief executive if Jo Marr left, analysts said.", "Jo Marr"),
        # a generic group with a temporary word, the person only an example of it
        ("Interim managers at rival lenders, such as Bo Lind, said prices were high.", "Bo Lind"),
        # a person quoted with no title at all
        ('"Prices will fall," said Kasper Moen of Tindra Textiles, who was acting on a hunch.', "Kasper Moen"),
    ],
)
def test_no_temporary_post_without_a_title(nlp, text, person):
    assert all(
        "interim" not in title and "acting" not in title
        for _, title, obj in roles_in(nlp, text, PUBLISHED)
        if obj == person
    )
