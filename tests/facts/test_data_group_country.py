"""A trade group or private board that publishes figures ("the Quendry Housing Federation said") is their
source, not their holder, like a public statistics body (FACTS.md: economy-wide facts and country-wide industry
totals take the country). But a group need not belong to one nation, so its figures go to a country only when
the group is tied to it (mentions/data_groups.py): the text writes the country ("Canadian builders"), the
group's name carries it ("the Australian ... Federation") or calls the group or its figures national. A
worldwide or international group, one known only from the dateline's capital, and a group of a state or city
give their figures to no place: the group keeps them.
Stories written for these tests, with invented groups."""

import pytest

from tests.facts.surface_facts import subject_in


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the country written as a nationality before a noun
            "OTTAWA (Reuters) - Canadian builders broke ground on fewer homes in April, the Quendry Housing "
            "Federation said on Thursday, as starts slid 7.3 percent from March.",
            "7.3 percent",
            "Canada",
        ),
        (  # the group's own name carries the nationality
            "CANBERRA (Reuters) - Sales of new cars fell 3.8 percent in May, the Australian Motor Dealers "
            "Federation said on Monday, the fourth monthly drop in a row.",
            "3.8 percent",
            "Australia",
        ),
        (  # the group calls itself national
            "OTTAWA (Reuters) - Farm equipment dealers sold 2,140 tractors in the quarter, up 5 percent, the "
            "National Implement Dealers Board said on Friday.",
            "2,140",
            "Canada",
        ),
        (  # the figures are called nationwide
            "WASHINGTON (Reuters) - Nationwide listings of houses offered for sale rose 3.4 percent in October, the "
            "Pemberly Realty Board said on Tuesday.",
            "3.4 percent",
            "United States",
        ),
        (  # a worldwide word in a cause on the verb, not in the figure's phrase
            "CANBERRA (Reuters) - Wine exports dropped 6.1 percent in the year to June amid a global glut of "
            "grapes, the Australian Vintners Association said.",
            "6.1 percent",
            "Australia",
        ),
        (  # the world's economy in a clause of its own
            "WASHINGTON (Reuters) - U.S. factories booked 1.9 percent more orders for machine tools in June, the "
            "Dallard Toolmakers Federation said, even as the world economy cooled.",
            "1.9 percent",
            "United States",
        ),
        (  # world prices as the reason, and the group's name carries the nationality
            "OTTAWA (Reuters) - Mills shipped 2.8 percent more timber in March, helped by firmer world prices, the "
            "Canadian Lumber Makers Board said on Friday.",
            "2.8 percent",
            "Canada",
        ),
        (  # global in a comparison after the figure
            "WASHINGTON (Reuters) - U.S. truck orders sank 11.4 percent in the first quarter, the "
            "steepest slide since the global downturn, the Vessing Freight Institute said.",
            "11.4 percent",
            "United States",
        ),
    ],
)
def test_a_group_tied_to_a_nation_gives_its_figures_to_that_country(nlp, text, surface, subject):
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # worldwide figures, though the dateline is a capital and one nationality is written
            "PARIS (Reuters) - Airlines around the world, French carriers among them, will lose $4.1 billion "
            "this year, the Kessler Air Transport Federation said on Monday.",
            "$4.1 billion",
            "Kessler Air Transport Federation",
        ),
        (  # an international group by its name
            "LONDON (Reuters) - Container traffic slowed in the third quarter, the Corliss International "
            "Freight Federation said, with volumes down 2.9 percent from a year earlier.",
            "2.9 percent",
            "Corliss International Freight Federation",
        ),
        (  # only the dateline's capital: not enough for a group
            "WASHINGTON (Reuters) - Boat dealers took more trade-ins in the latest week, the Harlow Lenders "
            "Association said on Wednesday, while the typical charge for a marina berth eased to 3.9 percent.",
            "3.9 percent",
            "Harlow Lenders Association",
        ),
        (  # the same with another capital
            "OTTAWA (Reuters) - Boat makers shipped more vessels in the spring, the Brixley Marine Board said, "
            "and dealers sold 6,300 boats in the quarter.",
            "6,300",
            "Brixley Marine Board",
        ),
    ],
)
def test_a_group_not_tied_to_a_nation_keeps_its_figures(nlp, text, surface, subject):
    assert subject_in(nlp, text, surface) == subject


def test_a_group_s_figure_for_a_world_market_is_the_world_s(nlp):
    """A market's total scoped by a world word is the world's (world_measures.py), whoever publishes it."""
    text = (
        "TOKYO (Reuters) - Global demand for industrial robots will grow 9 percent next year, the Wendham "
        "Automation Institute said on Thursday."
    )
    assert subject_in(nlp, text, "9 percent") == "world"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "(Reuters) - Nevada casinos drew fewer visitors in June, the Carrow Gaming Board said on Thursday, "
            "and the board plans to hire 25 more inspectors next year.",
            "25",
            "Carrow Gaming Board",
        ),
        (
            "(Reuters) - Maine lobster boats landed smaller catches this summer, the Pelling Harbor Association "
            "said, and the association has set aside $2 million to help crews.",
            "$2 million",
            "Pelling Harbor Association",
        ),
        (
            "(Reuters) - Michigan orchards suffered a late frost, the Grantham Fruit Institute said on Friday, "
            "and the institute will ask lawmakers for $12 million in aid for its members.",
            "$12 million",
            "Grantham Fruit Institute",
        ),
    ],
)
def test_a_state_is_no_country_for_a_groups_figures(nlp, text, surface, subject):
    assert subject_in(nlp, text, surface) == subject
