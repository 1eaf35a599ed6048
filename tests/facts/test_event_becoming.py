"""A named person who becomes (or will become) a post's holder is appointed to it: "Ann Lee became chief
executive of Kestrel in June". Sentences written for these tests with invented names."""

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
        (
            "Ingrid Falk, 47, became chief executive of Norrland Paper AB on March 1, 2016, after a decade "
            "running its pulp mills.",
            ("Norrland Paper", "Ingrid Falk", "actual", "2016-03-01"),
        ),
        (
            "Tobias Lind became president of Harwick Rail Inc's freight unit in 2012 after the railroad bought "
            "a rival line.",
            ("Harwick Rail", "Tobias Lind", "actual", "2012-01-01"),
        ),
        pytest.param(
            "Corvel Media Corp said on Tuesday that its finance chief, Amara Obi, will become chief operating "
            "officer in June.",
            ("Corvel Media", "Amara Obi", "target", "2019-06-01"),
            marks=pytest.mark.xfail(strict=True, reason="the recognizer tags 'Amara Obi' as an organization"),
        ),
    ],
)
def test_becoming_a_post_holder_is_an_appointment(nlp, text, expected):
    assert expected in appointments(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ingrid Falk became the first woman to climb the peak in winter.",
        "Tobias Lind could become chief executive of Harwick Rail Inc if the board agrees.",
        "Amara Obi did not become chairman of Corvel Media Corp, despite the campaign by investors.",
        "Harwick Rail Inc became the largest freight carrier in the region last year.",
        "Analysts expect Kenji Mori to become chairman of Lestrade Motors Co within two years.",
        # a clause that describes a person: background, as the dev gold reads "replacing X, who became chairman"
        "Shares of Lestrade Motors Co rose after the carmaker said Kenji Mori, who became chairman last year, "
        "would also run its Asian business.",
    ],
)
def test_no_post_held_no_appointment(nlp, text):
    assert appointments(nlp, text) == []
