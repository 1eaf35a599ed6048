"""An adverb right after a verb of leaving or taking a post is no particle of it: "resigned immediately" is
still "resign", while "stepped down" and "took over" keep their particles. Sentences written for these tests
with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2017, 10, 4)


def events(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former finance minister Olga Berg resigned immediately as a senior adviser to Vastra Capital AB, "
            "following weeks of criticism of her pay.",
            ("Vastra Capital", "resignation", "Olga Berg"),
        ),
        pytest.param(
            "Milan Petrov retired abruptly as chairman of Sorel Cement Co on Monday after a dispute with investors.",
            ("Sorel Cement", "retirement", "Milan Petrov"),
            marks=pytest.mark.xfail(strict=True, reason="the recognizer tags 'Milan Petrov' as an organization"),
        ),
        pytest.param(
            "Chief Executive Nadia Haddad quit unexpectedly on Friday, Ferran Textiles Inc said.",
            ("Ferran Textiles", "resignation", "Nadia Haddad"),
            marks=pytest.mark.xfail(strict=True, reason="the recognizer tags 'Nadia' alone, as a place"),
        ),
        (
            "Greta Lindholm resigned suddenly as finance chief of Pomeroy Mills Inc on Thursday, the company said.",
            ("Pomeroy Mills", "resignation", "Greta Lindholm"),
        ),
        pytest.param(
            "Hamish Boyd, chairman of Ashgrove Telecom Plc, retired early last month, the company said.",
            ("Ashgrove Telecom", "retirement", "Hamish Boyd"),
            marks=pytest.mark.xfail(strict=True, reason="the parse reads 'retired' as a participle of the name"),
        ),
        (
            "Ruth Adler stepped down as chief executive of Calloway Freight Inc on Monday.",
            ("Calloway Freight", "departure", "Ruth Adler"),
        ),
    ],
)
def test_an_adverb_after_the_verb_leaves_the_departure(nlp, text, expected):
    assert expected in events(nlp, text)
