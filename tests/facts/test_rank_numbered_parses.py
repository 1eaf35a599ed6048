"""Numbered ranks ("No. 2") the tokenizer or the parse splits oddly: a marker glued to its number ("No.1"), a
number hung on a modifier of the ranked noun, a description set as a title before a name that is not the
clause's subject. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def ranks_of(nlp, text):
    return [(f.subject, f.value.amount) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "rank"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pellow Electric, the world's No.1 toaster maker, fell 4 percent to 310 yen.", ("Pellow Electric", 1.0)),
        ("The takeover of Ostria's No.3 radio group Kelvane Media was approved by regulators.", ("Kelvane Media", 3.0)),
        ("Rules for No.2 lender Harlow Mutual Bank were eased on Monday.", ("Harlow Mutual Bank", 2.0)),
        (
            "Halvern Corp, the region's No. 2 non government-controlled gas firm by output, said earnings rose 9 "
            "percent.",
            ("Halvern", 2.0),
        ),
        ("Numbers from No. 2 oil importer Freedonia came in weak, showing factory growth cooled.", ("Freedonia", 2.0)),
        ("Demand from No. 1 oil consumer Freedonia was weak.", ("Freedonia", 1.0)),
    ],
)
def test_a_numbered_rank_split_by_the_parse_still_ranks_its_holder(nlp, text, expected):
    assert expected in ranks_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ticket No.4 was drawn on Friday.",
        "Pellow Electric sold 12 No.10 cans of paint.",
        "Figures from the copper market were weaker than expected.",
        "Its reply to question No. 3 was brief.",
    ],
)
def test_numbers_that_rank_nothing_give_no_rank(nlp, text):
    assert ranks_of(nlp, text) == []
