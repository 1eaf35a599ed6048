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


@pytest.mark.parametrize(
    ("text", "role", "when"),
    [
        (  # a weekday before the title, the firm in an of-phrase after the name
            "On Monday chief executive Ilse Marren of Dovetree Logistics said the depot would close.",
            ("Dovetree Logistics", "chief executive", "Ilse Marren"),
            "Monday",
        ),
        (  # a month before a temporary post
            "In March interim chief executive Bram Tolle of Quarrin Foods cut the dividend by half.",
            ("Quarrin Foods", "interim chief executive", "Bram Tolle"),
            "March",
        ),
        (  # "On Friday" before an acting post, the firm after "at"
            "On Friday acting chairman Oskar Vell at Pembry Rail Corp told reporters the talks had stalled.",
            ("Pembry Rail", "acting chairman", "Oskar Vell"),
            "Friday",
        ),
        (  # a date phrase the tagger reads as DATE before the title
            "Last week president Nadia Korr of Selbourne Paper Inc warned that pulp costs would rise.",
            ("Selbourne Paper", "president", "Nadia Korr"),
            "week",
        ),
        (  # a month after "since"
            "Since January spokeswoman Ruth Ambler of Fenwick Energy Ltd has declined to comment on the merger.",
            ("Fenwick Energy", "spokeswoman", "Ruth Ambler"),
            "January",
        ),
        (  # an abbreviated title after a weekday
            "On Tuesday CEO Jonas Pike of Marrow Holdings said the sale was off.",
            ("Marrow Holdings", "ceo", "Jonas Pike"),
            "Tuesday",
        ),
    ],
)
def test_a_day_or_month_before_a_title_holds_no_post(nlp, text, role, when):
    roles = roles_in(nlp, text, PUBLISHED)
    assert role in roles
    assert all(when not in subject for subject, _, _ in roles)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # a weekday opens the sentence, but a firm's name stands right before the title
            "On Monday Harwick Mills Inc chief executive Ada Penn said orders had doubled.",
            ("Harwick Mills", "chief executive", "Ada Penn"),
        ),
        (  # a month right before an untagged firm's name: the run of names stops at the month
            "In April Tellford strategist Piet Ros cut his forecast for the index.",
            ("Tellford", "strategist", "Piet Ros"),
        ),
        (  # a month ends the sentence; the firm before the acting post keeps it
            "Corlith Bank acting chairman Emil Sarno will step down in June, the lender said.",
            ("Corlith Bank", "acting chairman", "Emil Sarno"),
        ),
    ],
)
def test_a_firm_before_a_title_keeps_it_beside_a_date(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)
