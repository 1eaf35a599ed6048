"""Whose figure it is when a story names a person paid or a forecaster's firm (facts/payees.py and
discourse._employs_forecaster): stories written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2011, 5, 12)
LEAD = "NEW YORK (Reuters) - Norvale Foods Inc said on Tuesday its quarterly profit rose 12 percent to $400 million. "


def run(nlp, text, title="Norvale Foods profit rises"):
    return story_extraction(nlp, LEAD + text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "payee"),
    [
        # the one who gets or earns the pay is the clause's subject
        ("Finance chief Ann Marsh took home $3.4 million in pay and shares in 2010.", 3.4e6, "Ann Marsh"),
        ("Tom Lutz, the retailer's treasurer, earned a salary of $640,000 last year.", 640_000, "Tom Lutz"),
        # a passive verb of giving: its subject is paid
        ("Dana Whitfield was awarded a $1.9 million bonus for 2010.", 1.9e6, "Dana Whitfield"),
        # the possessor of the pay noun
        ("Gil Ostrander's pay package grew 20 percent to $12 million, a filing showed.", 12e6, "Gil Ostrander"),
        # the person the salary is of
        ("The salary of Ruth Calloway was set at $725,000 for the coming year.", 725_000, "Ruth Calloway"),
        # a pronoun takes the person named just before
        (
            "Chairman Lionel Brack stepped down in May. He was also given a $380,000 severance award.",
            380_000,
            "Lionel Brack",
        ),
    ],
)
def test_a_named_person_paid_is_the_subject_of_the_pay(nlp, text, amount, payee):
    assert subjects_with_amount(run(nlp, text), amount) == {payee}


@pytest.mark.parametrize(
    ("text", "amount", "payee"),
    [
        # the indirect object of a verb of giving
        ("The board awarded Chief Executive Ann Marsh a bonus of $3 million.", 3e6, "Ann Marsh"),
        ("Norvale paid its finance chief, Tom Lutz, $2.5 million in salary and bonus last year.", 2.5e6, "Tom Lutz"),
        ("Norvale gave Rita Gomez, its new treasurer, a signing bonus of $400,000.", 400_000, "Rita Gomez"),
        # a surname the tagger missed at the start of a sentence: the one person so named
        (
            "Norvale hired Gil Ostrander in March. Ostrander drew a salary of 127,000 euros at his last job.",
            127_000,
            "Gil Ostrander",
        ),
    ],
)
def test_the_one_given_pay_is_its_subject(nlp, text, amount, payee):
    assert subjects_with_amount(run(nlp, text), amount) == {payee}


@pytest.mark.parametrize(
    ("text", "amount", "payee"),
    [
        (
            "The salaries of Rita Gomez, finance chief, and Paul Hart, head of sales, were $300,000 and "
            "$350,000, respectively.",
            350_000,
            "Paul Hart",
        ),
        (
            "Ann Marsh and Tom Lutz run the food unit. Their 2011 pay ceiling was lowered to $3.1 million, against "
            "$4.4 million, for Marsh and to $2.6 million, against $3.9 million, for Lutz.",
            2.6e6,
            "Tom Lutz",
        ),
        (
            "Bonuses of Ann Marsh and Tom Lutz came to $800,000 and $950,000 respectively.",
            800_000,
            "Ann Marsh",
        ),
    ],
)
def test_pay_listed_for_several_people_goes_to_each(nlp, text, amount, payee):
    assert subjects_with_amount(run(nlp, text), amount) == {payee}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # no named person: the company's pay bill
        ("Overall compensation for its store managers will fall 10 percent next year.", 10.0),
        # the payer's verb: the person who cut pay is not paid
        ("Auditor Mark Feld cut bonuses at the company by 35 percent.", 35.0),
        ("Norvale said it paid $45 million in bonuses to traders in 2010.", 45e6),
    ],
)
def test_pay_without_a_named_payee_stays_the_company_s(nlp, text, amount):
    assert subjects_with_amount(run(nlp, text), amount) == {"Norvale Foods"}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Halden Bank analyst Tom Reed had forecast earnings of $1.05 a share.", 1.05),
        ("Kestrel Securities analysts had expected revenue of $2.3 billion.", 2.3e9),
        ("Brant & Co strategist Lia Moss sees net income of about $380 million in the quarter.", 380e6),
    ],
)
def test_a_forecaster_s_firm_is_not_the_subject_of_the_forecast(nlp, text, amount):
    extraction = run(nlp, text)
    assert subjects_with_amount(extraction, amount) == {"Norvale Foods"}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The bank's Freedonia economist, Lia Moss, cut her forecast for GDP growth to 2.1 percent.", 2.1),
        ("Halden Bank's Freedonia economist said GDP growth would slow to 1.4 percent next year.", 1.4),
        ("Kestrel Securities' Freedonia strategist sees inflation at 3.2 percent in 2012.", 3.2),
    ],
)
def test_a_place_before_an_economist_is_what_the_economist_covers(nlp, text, amount):
    extraction = run(nlp, text, title="Freedonia growth forecast cut")
    assert subjects_with_amount(extraction, amount) == {"Freedonia"}
