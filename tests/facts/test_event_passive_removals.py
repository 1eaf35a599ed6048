"""A named person who "was fired", "was ousted", "was dismissed" lost a post even where the clause writes
none: a dismissal or ouster by the organization whose post the person held, else the
story's company. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2016, 11, 3)


def removals(nlp, text):
    return [
        (f.subject, f.predicate, f.object, str(f.period.start) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate in ("dismissal", "ouster")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quarry Holdings Inc said on Tuesday that Derek Oyelaran was fired after an internal review of "
            "his expense claims.",
            ("Quarry Holdings", "dismissal", "Derek Oyelaran", None),
        ),
        pytest.param(
            "Lydia Crane was ousted in a boardroom coup in 2012, three years after she founded Cobalt Media Inc.",
            ("Cobalt Media", "ouster", "Lydia Crane", "2012-01-01"),
            marks=pytest.mark.xfail(strict=True, reason="the recognizer tags 'Lydia Crane' as an organization"),
        ),
        (
            "Brennan Cole was fired on Thursday, Dalmore Outdoor Inc said in a statement, without giving a reason.",
            ("Dalmore Outdoor", "dismissal", "Brennan Cole", "2016-11-03"),
        ),
        (
            "Tarrant Shipping Co said on Monday that Ravi Menon was dismissed for breaching its trading rules.",
            ("Tarrant Shipping", "dismissal", "Ravi Menon", None),
        ),
    ],
)
def test_a_named_person_removed_without_a_written_post(nlp, text, expected):
    assert expected in removals(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rockets were fired from a site near the border, the army said.",
        "Quarry Holdings Inc said the workers who were fired last year would get no severance.",
        "Derek Oyelaran was fired up by the crowd at the Quarry Holdings Inc meeting.",
        "Walter Brune was not ousted, Ellery Insurance Co said, and remains chief executive.",
        "A motion to remove the tariffs was dismissed by the court in May.",
        # a pronoun is left alone: its antecedent was too often wrong on real stories
        "Walter Brune ran Ellery Insurance Co for two decades before he was ousted in 2009 by a shareholder revolt.",
    ],
)
def test_no_named_person_removed_no_event(nlp, text):
    assert removals(nlp, text) == []
