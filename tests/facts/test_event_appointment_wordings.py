"""Appointments and dismissals in wordings the parse reads apart: "named Ann Lee chief executive" (the parse
hangs the name on the post), "Lee, who was named chief executive in May" (a relative passive), "Lee, Kestrel's
chief executive, was fired" (the post in apposition to the passive subject). Sentences written for these tests
with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 9, 9)


def events(nlp, text):
    return [
        (f.subject, f.predicate, f.object, str(f.period.start) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pellworth Insurance Group on Tuesday named Soren Dahl chief financial officer, succeeding a "
            "finance chief who left in June to run a rival's Asian business.",
            ("Pellworth Insurance Group", "appointment", "Soren Dahl", "2021-09-07"),
        ),
        (
            "In a surprise move, Calder Mining Ltd named its head of exploration, Priya Nair, chief executive "
            "in July, weeks after the miner's profit slumped.",
            ("Calder Mining", "appointment", "Priya Nair", "2021-07-01"),
        ),
        pytest.param(
            "Haverly Foods Inc, which makes frozen meals, appointed Lukas Brenner president of its North "
            "American unit last month.",
            ("Haverly Foods", "appointment", "Lukas Brenner", "2021-08-01"),
            marks=pytest.mark.xfail(strict=True, reason="the recognizer tags 'Lukas' alone, as a nationality"),
        ),
    ],
)
def test_a_name_the_parse_hangs_on_the_post_is_appointed(nlp, text, expected):
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marit Solberg, who was named chief executive of Trondal Shipping ASA in March, told analysts on "
            "Wednesday that freight rates would stay high.",
            ("Trondal Shipping", "appointment", "Marit Solberg", "2021-03-01"),
        ),
        (
            "Analysts welcomed the plan by Oscar Vidal, who was appointed finance chief of Brightwater Rail Co "
            "in May, to sell two depots.",
            ("Brightwater Rail", "appointment", "Oscar Vidal", "2021-05-01"),
        ),
        (
            "Quintrel Bank said Hana Ito, who was promoted to chief risk officer in January, would oversee the review.",
            ("Quintrel Bank", "promotion", "Hana Ito", "2021-01-01"),
        ),
    ],
)
def test_a_person_appointed_in_a_relative_clause(nlp, text, expected):
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Felix Kramer, Ostmark Chemicals AG's chief executive, was fired on Monday after the accounting "
            "scandal widened.",
            ("Ostmark Chemicals", "dismissal", "Felix Kramer", "2021-09-06"),
        ),
        (
            "Delia Ross, the chairman of Wexford Utilities Plc, was ousted on Friday by shareholders angry over "
            "the dividend cut.",
            ("Wexford Utilities", "ouster", "Delia Ross", "2021-09-03"),
        ),
        (
            "Yusuf Demir, president of Karsel Telecom, was dismissed in August, the company said.",
            ("Karsel Telecom", "dismissal", "Yusuf Demir", "2021-08-01"),
        ),
    ],
)
def test_a_passive_dismissal_of_a_person_with_an_apposed_post(nlp, text, expected):
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pellworth Insurance Group named the drug a top seller in its annual report.",
        "Marit Solberg, who was named after her grandmother, runs a small bakery in Oslo.",
        "Felix Kramer, a trader at Ostmark Chemicals AG, was fired up by the rally on Monday.",
        "The factory, which was named Plant of the Year in 2019, was closed in May.",
    ],
)
def test_no_post_no_appointment(nlp, text):
    assert [e for e in events(nlp, text) if e[1] in ("appointment", "dismissal", "ouster", "promotion")] == []
