"""Deal objects the recognizer gives no usable name: a company it missed or mislabelled, a unit named by what
it does, and names around an object that are parties, not the object. Sentences written for these tests,
with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2017, 7, 7)


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Brandt Holdings Corp agreed on Friday to purchase online broker zQuote for $75 million in cash.",
            ("Brandt Holdings", "acquisition", "zQuote"),
        ),
        (
            "Ostler Media Group's $2 billion purchase of Quillfilm doubled its film library.",
            ("Ostler Media Group", "acquisition", "Quillfilm"),
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
        "Small lenders borrow from the central bank to pay for back-office operations.",
    ],
)
def test_a_unit_named_by_no_noun_or_no_owner_is_no_deal_object(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ostler Drilling Corp unveiled a drilling contract with Vantor Power Co on Tuesday.",
        "Quillby Inc purchases its packaging from Pellam Paper Corp.",
        "Brenham Foods Ltd buys most of its flour from Carden Mills Inc.",
    ],
)
def test_a_name_after_for_with_or_from_is_a_party_not_the_object(nlp, text):
    # no contract or purchase takes the party as what is contracted or bought (a launched bid for its target:
    # test_a_launched_offer_is_a_bid_for_its_target)
    assert events_of(nlp, text) == []


def test_a_launched_offer_is_a_bid_for_its_target(nlp):
    text = "Marlow Networks Inc launched a hostile offer for Harlan Telecom Corp."
    assert events_of(nlp, text) == [("Marlow Networks", "offer", "Harlan Telecom")]


def test_the_partner_of_an_agreement_follows_with(nlp):
    text = "Ardent Energy Corp signed a supply agreement with Marlow Power Co on Monday."
    assert ("Ardent Energy", "supply agreement", "Marlow Power") in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund sold Brandt Bank shares in May.",
        "Freedonia raised 2 billion euros by selling Alder Bank bonds.",
        "Harwick Motors Corp will begin selling Zeta Ranger and Zeta Hauler trucks in Canada next month.",
    ],
)
def test_goods_or_securities_a_name_premodifies_are_no_deal_object(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in ("sale", "acquisition")] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Regulators let Pellam Bank Corp buy the assets of Brandt Savings after the lender collapsed.",
            ("Pellam Bank", "acquisition", "Brandt Savings"),
        ),
        (
            "Harwick Ports Co will sell Ostler Shipping's U.S. assets by June.",
            ("Harwick Ports", "sale", "Ostler Shipping"),
        ),
        (
            "Vantor Group Inc agreed to buy the European assets of Alder Chemicals Corp for $80 million.",
            ("Vantor Group", "acquisition", "Alder Chemicals"),
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
            "Glenmore Capital Corp hired Kestrel Bank last month to sell its tissue business.",
            ("Glenmore Capital", "sale", "tissue business"),
        ),
        (
            "Ostler Group Inc retained Marlow Partners to sell its Brandt Foods unit.",
            ("Ostler Group", "sale", "Brandt Foods"),
        ),
        (
            "Vantor Retail Inc hired Ann Lee, a former rival executive, to launch the Zeta Sport shoe line.",
            ("Vantor Retail", "launch", "Zeta Sport"),
        ),
    ],
)
def test_whoever_hires_someone_to_do_an_event_does_it(nlp, text, event):
    assert event in events_of(nlp, text)


def test_an_event_one_party_urges_on_another_is_no_ones_deal(nlp):
    # unlike a hired agent's deal, an urged one did not happen (DECISIONS, events5): neither the urger's nor
    # the urged party's sale
    text = "Pellam Bank Corp urged Harwick Corp to sell its Alder Media unit."
    assert [e for e in events_of(nlp, text) if e[1] == "sale"] == []
