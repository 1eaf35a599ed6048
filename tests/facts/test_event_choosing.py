"""A board or company that chooses, picks, selects, taps or installs a named person as a post's holder, or
elevates one to a post, appoints (promotes) that person. Sentences written for these tests with invented
names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2020, 2, 12)


def events(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ravensky Airlines Inc's board chose Clara Voss as its next chief executive on Monday, ending a "
            "six-month search.",
            ("Ravensky Airlines", "appointment", "Clara Voss"),
        ),
        pytest.param(
            "Dunholm Brewing Co has tapped longtime marketing head Pablo Ruiz as president, the brewer said.",
            ("Dunholm Brewing", "appointment", "Pablo Ruiz"),
            marks=pytest.mark.xfail(strict=True, reason="the recognizer tags no name in 'head Pablo Ruiz as'"),
        ),
        (
            "Meridane Bank SA elevated Gustav Thiel, its head of retail banking, to chief operating officer "
            "in January.",
            ("Meridane Bank", "promotion", "Gustav Thiel"),
        ),
        (
            "Shareholders of Kolby Steel Corp installed Irene Walsh as chairman at a heated annual meeting on Tuesday.",
            ("Kolby Steel", "appointment", "Irene Walsh"),
        ),
    ],
)
def test_choosing_a_person_for_a_post_appoints_the_person(nlp, text, expected):
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ravensky Airlines Inc chose Brandt Capital as its financial adviser for the sale.",
        "Dunholm Brewing Co tapped the bond market for $300 million on Monday.",
        "Investors picked Meridane Bank SA shares as their top choice for the year.",
        "Kolby Steel Corp installed new furnaces at its Ohio plant in March.",
        "Clara Voss was selected for the national rowing team in 2008.",
    ],
)
def test_choosing_things_or_firms_appoints_no_one(nlp, text):
    got = [e for e in events(nlp, text) if e[1] in ("appointment", "promotion")]
    assert got == []
