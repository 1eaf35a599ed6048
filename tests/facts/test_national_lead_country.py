"""A lead whose subject is an economy figure or a government that a nationality (or a country as possessor)
names, under a title that writes the same nationality, makes a country story even where the tagger names the
country nowhere as a place in the title (salience._national_lead_country): the story's unheld figures take the
country, not a party, agency or central bank named further down. A lead about "authorities" weighing a
company's pay, or a title without the nationality, keeps the old reading. Stories written for these tests,
invented names."""

import pytest

from tests.facts.surface_facts import subject_of as story_subject


def subject_of(nlp, title, body, surface):
    return story_subject(nlp, title, body, surface, "2012-05-14")


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Slovenian lenders' unpaid debt climbs again in March",
            "(Reuters) - Unpaid debt at Slovenian lenders climbed 14.5 percent in March, up on a year before, Korvath "
            "Bank data showed on Monday. Lending to households fell 2.3 percent in the month.",
            "2.3 percent",
            "Slovenia",
        ),
        (
            "Latvian ministers argue over spending cuts",
            "(Reuters) - Two Latvian government ministers traded barbs on Tuesday over spending cuts demanded by the "
            "Baltic Lending Fund. The cuts are worth about 800 million euros over two years, and joblessness "
            "stands at 17 percent.",
            "800 million euros",
            "Latvia",
        ),
        (
            "Estonian inflation eases in May",
            "(Reuters) - Estonian consumer price inflation slowed to 3.1 percent in May. Food prices rose 4.2 "
            "percent from a year ago, while fuel prices jumped 9.8 percent, Merrow Partners economist Ann Tamm "
            "said.",
            "9.8 percent",
            "Estonia",
        ),
        (
            "Voters punish Croatian government",
            "(Reuters) - Croatia's government saw its majority cut to three on Friday as voters backed the Blue "
            "Renewal party. The rescue loans would carry an average interest rate of 5.5 percent, Blue Renewal's "
            "leader said.",
            "5.5 percent",
            "Croatia",
        ),
    ],
)
def test_a_nationality_on_the_leads_figure_or_government_makes_a_country_story(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "country"),
    [
        (
            "Slovak authorities weigh curbs on bank pay",
            "(Reuters) - Slovak authorities are weighing rules on pay at big banks such as Orbis Bank, which took "
            "state aid last year. Orbis Bank shares have lost about 40 percent of their value this year.",
            "40 percent",
            "Slovakia",
        ),
        (
            "Spending cuts split cabinet",
            "(Reuters) - Two Latvian government ministers traded barbs on Tuesday over spending cuts demanded by the "
            "Baltic Lending Fund. The fund said the cuts would be worth about 800 million euros over two years.",
            "800 million euros",
            "Latvia",
        ),
        (
            "Lithuanian inflation eases in May",
            "(Reuters) - Consumer prices at Vilmar Foods rose 2.1 percent in May, the retailer said. Its fuel "
            "prices jumped 6.5 percent, Vilmar said.",
            "6.5 percent",
            "Lithuania",
        ),
    ],
)
def test_no_country_story_without_the_nationality_on_the_leads_figure_and_in_the_title(
    nlp, title, body, surface, country
):
    assert subject_of(nlp, title, body, surface) != country
