"""A possessor written before a title and a few words that only describe the post (a place, a nationality, an
adjective, a noun of the post's area) holds the post: the place or nationality is not the employer. Sentences
written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)
LEAD = "Ostrava Group cut its forecast on Tuesday. "  # the story's company, so that a fallback to it shows


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            LEAD + "Norvale's U.S. sales chief Ann Bo said demand for trucks stayed firm.",
            ("Norvale", "sales chief", "Ann Bo"),
        ),
        (
            LEAD + "Analysts named Halbrook Bank's Swiss-born head Piet Arnold as a possible successor.",
            ("Halbrook Bank", "head", "Piet Arnold"),
        ),
        (
            LEAD + "Tarvik Airlines' German cargo unit chief Jens Ober called the cut overdue.",
            ("Tarvik Airlines", "chief", "Jens Ober"),
        ),
        (
            LEAD + "Dorrit Bank's London investment banking chief Omar Vance left for a rival.",
            ("Dorrit Bank", "investment banking chief", "Omar Vance"),
        ),
    ],
)
def test_a_possessor_past_describing_words_holds_the_post(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        (LEAD + "Freedonia's U.S. ambassador Lena Hart said the talks would go on.", "Freedonia"),
        (LEAD + "Norvale's rival Brindle Corp chief executive Ann Bo said prices would rise.", "Norvale"),
        (LEAD + "Senator Dana Kell's Ohio campaign chief Tom Reed said the race was close.", "Dana Kell"),
    ],
)
def test_no_possessor_post_past_an_employer_a_place_or_a_person(nlp, text, not_holder):
    assert not_holder not in [subject for subject, _, _ in roles_of(nlp, text)]
