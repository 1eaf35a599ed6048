"""An amount stated per share whose noun comes after the rate ("7 cents a share of audit fees", "$2.50 a share in
extra payouts") measures that noun per share; the form of payment and the period after "in" do not:
sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 11, 7)


def predicates(nlp, text):
    return [f.predicate for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvale Corp said its second-quarter profit absorbed 7 cents a share of audit fees.", "audit fees per share"),
        ("Varden Bank booked 12 cents a share in restructuring charges.", "restructuring charges per share"),
        ("Halden Mills said its profit included 4 cents per diluted share of tax benefits.", "tax benefits per share"),
    ],
)
def test_the_noun_after_the_rate_is_measured_per_share(nlp, text, expected):
    assert expected in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Foods earned 95 cents a share in the quarter.", "earnings per share"),
        ("Pollard Inc will pay $41 a share in cash for Brindle Telecom.", "payment per share"),
        ("Ostrava Steel earned $1.10 a share in 2011.", "earnings per share"),
    ],
)
def test_payment_forms_and_periods_after_the_rate_measure_nothing(nlp, text, expected):
    assert expected in predicates(nlp, text)
