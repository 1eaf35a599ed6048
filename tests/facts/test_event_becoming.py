"""A named person announced to become a post's holder ("will become chief operating officer in June", "is set
to become chairman") is the company's planned appointment; a past "became CEO in 2015" tells a career, not a
news event. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 4, 10)


def appointments(nlp, text):
    return [
        (f.subject, f.object, f.modality, str(f.period.start) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate == "appointment"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Corvel Media Corp said on Tuesday that its finance chief, Amara Obi, will become chief operating "
            "officer in June.",
            ("Corvel Media", "Amara Obi", "target", "2019-06-01"),
            marks=pytest.mark.xfail(strict=True, reason="the recognizer tags 'Amara Obi' as an organization"),
        ),
        (
            "Harwick Rail Inc said its freight chief, Tobias Lind, will become president of the railroad in "
            "July, when the current president retires.",
            ("Harwick Rail", "Tobias Lind", "target", "2019-07-01"),
        ),
        (
            "Ingrid Falk is set to become chief executive of Norrland Paper AB on May 1, the company said on Tuesday.",
            ("Norrland Paper", "Ingrid Falk", "target", "2019-05-01"),
        ),
        (
            "Lestrade Motors Co said Kenji Mori, head of its Asian business, would become chairman at the end "
            "of the year.",
            ("Lestrade Motors", "Kenji Mori", "target", "2019-12-31"),
        ),
    ],
)
def test_announced_to_become_a_post_holder_is_a_planned_appointment(nlp, text, expected):
    assert expected in appointments(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ingrid Falk became the first woman to climb the peak in winter.",
        "Tobias Lind could become chief executive of Harwick Rail Inc if the board agrees.",
        "Amara Obi did not become chairman of Corvel Media Corp, despite the campaign by investors.",
        "Harwick Rail Inc became the largest freight carrier in the region last year.",
        "Analysts expect Kenji Mori to become chairman of Lestrade Motors Co within two years.",
        # a career's past, and a clause that describes a person
        "Ingrid Falk, 47, became chief executive of Norrland Paper AB on March 1, 2016, after a decade "
        "running its pulp mills.",
        "Shares of Lestrade Motors Co rose after the carmaker said Kenji Mori, who became chairman last year, "
        "would also run its Asian business.",
    ],
)
def test_no_announced_post_no_appointment(nlp, text):
    assert appointments(nlp, text) == []
