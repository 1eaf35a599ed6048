"""A title held at several organizations at once (facts/conjoined_employers.py): "treasurer of both Kestrel
Holdings and Brandt Motors" gives the role at each organization the of-phrase lists; a list of fields ("head of
sales and marketing") adds none. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)


def roles_of(nlp, text):
    return {(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Ann Whitlow, treasurer of both Kestrel Holdings and Brandt Motors, signed the loan papers on Tuesday.",
            {("Kestrel Holdings", "treasurer", "Ann Whitlow"), ("Brandt Motors", "treasurer", "Ann Whitlow")},
        ),
        (
            "Tom Reedy, chairman of Ostler Inc and Pellam Group, resigned.",
            {("Ostler", "chairman", "Tom Reedy"), ("Pellam Group", "chairman", "Tom Reedy")},
        ),
        (
            "The audit was led by Lena Ortiz, the president of Corvel AG and Dunmore Foods.",
            {("Corvel", "president", "Lena Ortiz"), ("Dunmore Foods", "president", "Lena Ortiz")},
        ),
    ],
)
def test_a_title_at_conjoined_organizations_gives_a_role_at_each(nlp, text, roles):
    assert roles <= roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ostler Inc said Tom Reedy, head of sales and marketing, would retire.",  # fields, not employers
        "Demand will slow, said Tom Reedy, a partner at Harwell Partners and a former Ostler official.",
    ],
)
def test_no_second_role_without_a_second_named_employer(nlp, text):
    found = roles_of(nlp, text)
    assert len({subject for subject, _, name in found if name == "Tom Reedy"}) <= 1
