"""Figures after a "City, State" descriptor or restated per share ("$50 million, or 12 cents a share") are
not a list of holders with one figure each: stories written for these tests, invented company names (the
towns and states are real, so that spaCy labels them as places)."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 3, 14)


def subjects_by_amount(nlp, text):
    document = document_from_text(f" date {PUBLISHED.isoformat()} Company news\n\n{text}", doc_id="t")
    facts = next(extract_documents([document], nlp=nlp)).facts
    return {round(abs(f.value.amount), 4): f.subject for f in facts if f.value is not None}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Quillby Tools Inc posted a higher profit on Tuesday. The Akron, Ohio, maker of drills and saws "
            "said net income climbed to $84 million, or 61 cents a share, from $70 million.",
            84_000_000,
            "Quillby Tools",
        ),
        (
            "Quillby Tools Inc posted a higher profit on Tuesday. The Akron, Ohio, maker of drills and saws "
            "said net income climbed to $84 million, or 61 cents a share, from $70 million.",
            0.61,
            "Quillby Tools",
        ),
        (
            "Harrowgate Foods Corp cut its forecast. The Denver, Colorado, grocer said quarterly profit "
            "dropped 5 percent to $12.5 million, or 9 cents per share, as costs rose.",
            12_500_000,
            "Harrowgate Foods",
        ),
        (
            "Shares of Ostrell Media Inc fell on Monday after the Tampa, Florida, publisher reported "
            "revenue of $410 million, or $2.05 a share in profit, for the quarter.",
            410_000_000,
            "Ostrell Media",
        ),
    ],
)
def test_a_city_and_state_is_no_list_of_holders(nlp, text, amount, holder):
    assert subjects_by_amount(nlp, text)[amount] == holder


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "Brindle Foods posted a profit. Rivals Harrow Mills and Pellam Bakeries rose 4 percent and "
            "2 percent respectively.",
            {4.0: "Harrow Mills", 2.0: "Pellam Bakeries"},
        ),
        (
            "Brindle Foods posted a profit. Bank shares slid, with Ostrava Credit and Kestlow Bank down "
            "3.5 percent and 1.5 percent.",
            {3.5: "Ostrava Credit", 1.5: "Kestlow Bank"},
        ),
        (
            "Brindle Foods posted a profit. Shares of Vantor Grain and Quillby Mills gained 2.5 percent and "
            "1.8 percent on the news.",
            {2.5: "Vantor Grain", 1.8: "Quillby Mills"},
        ),
    ],
)
def test_a_list_of_holders_is_joined_by_and(nlp, text, amounts):
    found = subjects_by_amount(nlp, text)
    assert {a: found.get(a) for a in amounts} == amounts


# "stock_owner": the organization after "shares of" / "shares in" owns the stock, not the story's company
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Tarnwell Foods Inc said on Friday it would close plants. Shares of Ombrelle Chips Inc ( OMBC.O ) "
            "jumped 12.4 percent to $9.15.",
            12.4,
            "Ombrelle Chips",
        ),
        (
            "Kestlow Oil Corp agreed a venture with Dravon Energy Corp ( DRV.N ). Shares in Dravon were up "
            "5.7 percent in late trade.",
            5.7,
            "Dravon Energy",
        ),
        (
            "Pellinor Bank posted higher profit. Elsewhere, stock of Varrick Mills Inc slid 3.3 percent after "
            "its chief executive quit.",
            3.3,
            "Varrick Mills",
        ),
        (
            "Harlow Trucks rejected a bid from Pellam AG. Harlow shares closed up 2.15 percent, while Pellam "
            "shares were down 1.75 percent.",
            1.75,
            "Pellam",
        ),
        (
            "Tarnwell Foods Inc posted a profit on Monday. Shares of the company rose 2.2 percent.",
            2.2,
            "Tarnwell Foods",
        ),
        (
            "Brindle Foods said profit rose. Vantor Capital bought 2 million shares of Ostrava Steel last week.",
            2_000_000,
            "Vantor Capital",
        ),
    ],
)
def test_shares_of_a_company_are_its_own(nlp, text, amount, holder):
    assert subjects_by_amount(nlp, text)[amount] == holder


# "the index" with no earlier reading: the capitalized index named last before it
@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "Home sales fell in Freedonia. Separately, a report from the Halden central bank showed its "
            "Regional Activity Index contracted again in October. In that report, the index improved to "
            "minus 1.06 in October.",
            1.06,
            "Regional Activity Index",
        ),
        (
            "Factory output rose in Freedonia. The Kestrel Purchasing Managers Index showed activity expanding "
            "in May. The index stood at 53.4 in the month.",
            53.4,
            "Kestrel Purchasing Managers Index",
        ),
        (
            "Consumers grew gloomier in Freedonia. A survey by Ostrava Research put its Vantor Consumer "
            "Sentiment Index at its lowest in a decade. The index dropped 4.2 points in June.",
            4.2,
            "Vantor Consumer Sentiment Index",
        ),
    ],
)
def test_the_index_is_the_one_named_before(nlp, text, amount, holder):
    assert subjects_by_amount(nlp, text)[amount] == holder


# a place's shares are a market's, and "stocks" in the plural may be inventories: no company owns them
@pytest.mark.parametrize(
    ("text", "amount", "not_holder"),
    [
        (
            "Kestrel Mills Inc posted a profit on Friday. U.S. Vantor Bureau data showed prices rose. U.S. "
            "shares sank over 3 percent on the day.",
            3.0,
            "U.S. Vantor Bureau",
        ),
        (
            "Kestrel Mills Inc posted a profit on Friday. Gasoline Traders Group expects demand to rise. "
            "Gasoline stocks jumped 2.31 million barrels last week.",
            2_310_000,
            "Gasoline Traders Group",
        ),
        (
            "Kestrel Mills Inc posted a profit on Friday. The European Vantor Board met. European shares fell "
            "2.6 percent on the day.",
            2.6,
            "European Vantor Board",
        ),
    ],
)
def test_no_company_owns_a_market_or_inventories(nlp, text, amount, not_holder):
    subjects = subjects_by_amount(nlp, text)
    assert amount in subjects, subjects  # the figure is found, and not given to the market's name
    assert subjects[amount] != not_holder
