"""Figures of other companies in a comparison take their own subject, read from the figure's own phrase:
a list of figures each with its "at" company, figures after "compared with declines of ... for X", the bidder
who possesses the deal noun a price sizes, an untagged web name as a clause subject and a name listed as an
example of companies. Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import subjects_of

TITLE = "Torvane Corp quarterly profit rises"
PUBLISHED = "2012-05-03"
LEAD = (
    "NEW YORK (Reuters) - Torvane Corp said on Thursday its first-quarter profit rose 10 percent to $200 million.\n\n"
)


def subjects(nlp, text, surface):
    return subjects_of(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Unit volumes grew 2.5 percent at Quillby Stores, 3.4 percent at Marrow Outlets and 6.2 percent at "
            "Pellam Direct last year.",
            "3.4 percent",
            "Marrow Outlets",
        ),
        (
            "In the spring, footfall dropped 1.2 percent at Dunmore Halls, 2.6 percent at Ketteridge Malls and 3.9 "
            "percent at Vossberg Arcades.",
            "3.9 percent",
            "Vossberg Arcades",
        ),
        (
            "Operating profit rose 4 percent at Ostrow Energy, 6 percent at Kelby Mining and 9 percent at Brisk Air.",
            "6 percent",
            "Kelby Mining",
        ),
        (
            "Regional lenders are short of 7 billion euros in capital, including 2.6 billion at Halvik Bank ( HVK.MI ) "
            "and 1.8 billion at Sorrel Bank ( SRL.MI ).",
            "1.8 billion",
            "Sorrel Bank",
        ),
        (
            "Insurers face a shortfall of 12 billion euros, with 5.4 billion at Vantor ( VNT.PA ) and 2.9 billion at "
            "Belcourt ( BLC.PA ) alone.",
            "2.9 billion",
            "Belcourt",
        ),
    ],
)
def test_each_listed_figure_takes_its_own_at_company(nlp, text, surface, subject):
    assert subjects(nlp, text, surface) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Quillby's stock added 2.2 percent, compared with rises of 3.7 percent for Marrow Inc and 5 percent for "
            "Pellam Bakeries.",
            "5 percent",
            "Pellam Bakeries",
        ),
        (
            "Revenue rose 3 percent, versus gains of 5 percent for Ostrow Energy and 6 percent for Kelby Mining.",
            "5 percent",
            "Ostrow Energy",
        ),
        (
            "The margin was 11 percent, compared with margins of 14 percent for Brisk Air and 12 percent for "
            "Halloway Shipping.",
            "12 percent",
            "Halloway Shipping",
        ),
    ],
)
def test_compared_list_items_take_their_for_company(nlp, text, surface, subject):
    assert subjects(nlp, text, surface) == {subject}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Torvane raised prices of its pulp by 9 percent for paper maker Quillby Inc last week.", "9 percent"),
        (
            "Torvane won approval for a state guarantee of 2 billion euros for Marrow Inc, its lender.",
            "2 billion euros",
        ),
        ("Torvane cut its prices by 5 percent for Ostrow Energy, its largest customer.", "5 percent"),
    ],
)
def test_a_customer_or_beneficiary_after_for_does_not_hold_the_figure(nlp, text, surface):
    assert subjects(nlp, text, surface) == {"Torvane"}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Analysts compared the deal with Quillby Inc's $2 billion acquisition of Marrow Labs in 2006.",
            "$2 billion",
            "Quillby",
        ),
        (
            "Torvane's directors turned down Pellam Foods' revised bid of 41 euros per share in March.",
            "41 euros",
            "Pellam Foods",
        ),
        (
            "Investors recalled Ostrow Energy's $900 million purchase of a pipeline in 2009.",
            "$900 million",
            "Ostrow Energy",
        ),
    ],
)
def test_the_possessor_of_a_deal_noun_is_the_bidder(nlp, text, surface, subject):
    assert subjects(nlp, text, surface) == {subject}


@pytest.mark.parametrize(
    ("site", "sentence", "surface"),
    [
        ("PartsSearch.com", "PartsSearch.com stocks 600 spare parts for vintage cars.", "600"),
        ("CarSearch.com", "CarSearch.com reviews 300 new models every year.", "300"),
        ("ToySearch.com", "ToySearch.com and its sister site carry 900 board games.", "900"),
    ],
)
def test_a_web_name_without_a_part_of_speech_holds_its_figures(nlp, site, sentence, surface):
    lead = f"NEW YORK (Reuters) - Torvane Corp said on Monday it bought {site} for $40 million.\n\n"
    title = f"Torvane buys {site} for $40 mln"
    assert subjects_of(nlp, lead + sentence, surface, title=title, published=PUBLISHED) == {site}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "The rules will apply to lenders including Ferrante and Kelby Mining. Ferrante has 2,000 branches.",
            "2,000",
            "Ferrante",
        ),
        (
            "Rivals such as Kowalczyk and Dorsey Mills have cut prices. Kowalczyk employs 4,000 workers.",
            "4,000",
            "Kowalczyk",
        ),
        ("Insurers like Castellano have raised premiums. Castellano has 900 agents.", "900", "Castellano"),
    ],
)
def test_a_name_listed_as_an_example_of_companies_is_one(nlp, text, surface, subject):
    assert subjects(nlp, text, surface) == {subject}
