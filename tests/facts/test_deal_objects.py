"""Deal objects the recognizer gives no usable name: a company it missed or mislabelled, a unit named by what
it does, and names around an object that are parties, not the object. Sentences written for these tests,
with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2017, 7, 7)


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Brandt Holdings Corp said it would buy trading platform zQuote for $75 million.",
            ("Brandt", "acquisition", "zQuote"),
        ),
        (
            "Analysts praised Ostler Media Group's $2 billion purchase of Quillfilm last year.",
            ("Ostler Media", "acquisition", "Quillfilm"),
        ),
        (
            "Pellam Foods Corp agreed to buy rival bakery Crumbwell for $310 million in cash.",
            ("Pellam Foods", "acquisition", "Crumbwell"),
        ),
    ],
)
def test_a_proper_noun_an_acquisition_acts_on_is_a_company(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Norvale Energy Corp said it would sell its pipeline unit to Harwick Partners LP.",
            ("Norvale Energy", "sale", "pipeline unit"),
        ),
        (
            "Norvale Energy Corp said it would sell its pipeline unit to Harwick Partners LP.",
            ("Harwick Partners", "acquisition", "pipeline unit"),
        ),
        (
            "Glenmore Paper Co is looking to sell its tissue business, the company said.",
            ("Glenmore Paper", "sale", "tissue business"),
        ),
    ],
)
def test_a_unit_named_by_what_it_does_is_the_object_of_a_deal(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brisco Group Inc sold the whole business last year.",
        "Brisco Group Inc plans to sell some businesses next year.",
        "Ireland's lenders rely on the funds to pay for day-to-day operations.",
    ],
)
def test_a_unit_named_by_no_noun_or_no_owner_is_no_deal_object(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Networks Inc launched its bid for Harlan Telecom Corp on Monday.",
        "Ostler Drilling Corp unveiled a $1.9 billion agreement with Vantor Power Co to supply turbines.",
        "Quillby Inc buys concentrate from Pellam Beverages Corp and bottles drinks in Europe.",
    ],
)
def test_a_name_after_for_with_or_from_is_a_party_not_the_object(nlp, text):
    assert events_of(nlp, text) == []


def test_the_partner_of_an_agreement_follows_with(nlp):
    text = "Ardent Energy Corp signed a supply agreement with Marlow Power Co on Monday."
    assert ("Ardent Energy", "agreement", "Marlow Power") in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Capital recently sold Brandt Bank shares, but may buy Kestrel Financial shares later.",
        "Athens passed its first borrowing test by selling Treasury bills at a lower yield.",
        "Harwick Motors Corp has started selling the new Zeta Ranger and Zeta Hauler pickup trucks.",
    ],
)
def test_goods_or_securities_a_name_premodifies_are_no_deal_object(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in ("sale", "acquisition")] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Pellam Bank Corp bought the assets of failed lender Brandt Savings in October.",
            ("Pellam Bank", "acquisition", "Brandt Savings"),
        ),
        (
            "Harwick Ports Co announced it would sell Ostler Shipping's U.S. assets and hold them separately.",
            ("Harwick Ports", "sale", "Ostler Shipping"),
        ),
        (
            "Vantor Group Inc agreed to buy the European assets of Alder Chemicals Corp for $80 million.",
            ("Vantor", "acquisition", "Alder Chemicals"),
        ),
    ],
)
def test_the_assets_a_company_owns_are_still_a_deal_object(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Harwick Group Inc sold part of Woodlands Inc last year. Woodlands, which makes up a tenth of "
            "Harwick's sales, has hired Tom Park to run its stores.",
            ("Woodlands", "hire", "Tom Park"),
        ),
        (
            "Ostler Group Inc bought Riverbanks Inc in 2004. Riverbanks, which makes up a tenth of Ostler's "
            "revenue, hired Dana Ross to run its bakeries.",
            ("Riverbanks", "hire", "Dana Ross"),
        ),
        (
            "Brisco Holdings Inc acquired Lakeshores Inc in 2010. Lakeshores, which makes up a quarter of "
            "Brisco's revenue, has hired Ann Lee as president.",
            ("Lakeshores", "hire", "Ann Lee"),
        ),
    ],
)
def test_a_company_the_tagger_missed_here_but_named_before_does_the_event(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Glenmore Capital Corp has hired Kestrel Bank to sell its fine-paper business, the paper said.",
            ("Glenmore Capital", "sale", "fine-paper business"),
        ),
        (
            "Ostler Group Inc retained Marlow Partners to sell its Brandt Foods unit.",
            ("Ostler", "sale", "Brandt Foods"),
        ),
        (
            "Vantor Retail Inc hired designer Ann Lee to launch the Zeta Sport collection next year.",
            ("Vantor Retail", "launch", "Zeta Sport"),
        ),
    ],
)
def test_whoever_hires_someone_to_do_an_event_does_it(nlp, text, event):
    assert event in events_of(nlp, text)


def test_whoever_is_urged_to_do_an_event_does_it(nlp):
    text = "Pellam Bank Corp urged Harwick Corp to sell its Alder Media unit."
    assert ("Harwick", "sale", "Alder Media") in events_of(nlp, text)
