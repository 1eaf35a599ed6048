"""Figures of a named, owned part of a company (facts/segment_figures.py): the parent is the subject, the part is
named in the predicate, and a part read where the measure should be takes the clause's or the earlier figure's
measure. Sentences written for these tests, invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2014-04-24"
TITLE = "Halvorsen first-quarter profit rises"
LEAD = "OSLO (Reuters) - Halvorsen Group said on Thursday its first-quarter net profit rose 6 percent. "


def fact(nlp, text: str, surface: str):
    return surface_facts.fact_with_surface(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "measure", "part"),
    [
        ("Revenue at the company's cable unit climbed 7.5 percent.", "7.5 percent", "revenue", "cable unit"),
        ("Sales of Halvorsen's garden brands slipped 4 percent.", "4 percent", "sales", "garden brands"),
        ("Operating profit sank 13 percent at the lighting division.", "13 percent", "operating profit", "lighting"),
        ("At its freight arm, earnings grew 21 percent from a year ago.", "21 percent", "earnings", "freight arm"),
        ("The marine segment reported orders worth $340 million.", "$340 million", "orders", "marine segment"),
    ],
)
def test_a_measure_of_an_owned_part_names_the_part(nlp, text, surface, measure, part):
    found = fact(nlp, text, surface)
    assert found.subject == "Halvorsen"
    assert found.predicate.startswith(measure) and part in found.predicate


@pytest.mark.parametrize(
    ("text", "surface", "measure", "part"),
    [
        # the measure of the figure told just before
        (
            "Group sales rose 3 percent. Its outdoor furniture business grew 11 percent.",
            "11 percent",
            "sales",
            "outdoor",
        ),
        (
            "Net revenue fell 2 percent, weighed down by a 9 percent drop in its print division.",
            "9 percent",
            "net revenue",
            "print division",
        ),
        # the measure the clause's object names
        (
            "Held back by weather, the firm's paint and coatings divisions booked sales gains of 8 percent"
            " and 5 percent.",
            "5 percent",
            "sales",
            "paint and coatings divisions",
        ),
        ("The bank's Nordic retail business booked profit declines of 14 percent.", "14 percent", "profit", "retail"),
        # the figure's own of-phrase
        ("Its shipping unit generated $300 million of operating income.", "$300 million", "operating income", "ship"),
    ],
)
def test_a_part_read_as_the_measure_takes_the_measure_of_its_clause_or_the_figure_before(
    nlp, text, surface, measure, part
):
    found = fact(nlp, text, surface)
    assert found.subject == "Halvorsen"
    assert found.predicate.startswith(measure + " of ") and part in found.predicate


@pytest.mark.parametrize(
    ("text", "surface", "absent"),
    [
        ("Halvorsen sold 40 percent of its packaging unit to a rival.", "40 percent", "packaging"),
        ("Earnings from continuing operations rose 4 percent.", "4 percent", "operations"),
        ("Revenue at its largest unit increased 10 percent.", "10 percent", "unit"),
        (
            "With nine divisions in all, Halvorsen reported that its shipping arm grew sales by 3 percent.",
            "nine",
            "shipping",
        ),
        ("Sales rose 2 percent to $90 million thanks to gains at its spare parts business.", "2 percent", "parts"),
    ],
)
def test_no_owned_part_holds_the_figure(nlp, text, surface, absent):
    assert absent not in fact(nlp, text, surface).predicate


# Named units: the story ties the name to its parent once (apposition, compound or copula); the unit's later
# figures are the parent's, the unit named after "at" (facts/unit_ties.py).
TIES = (
    "Halvorsen's Tessaly Marine division won new orders, while Brundtvik Shipping, its ferry arm, lost money. "
    "Ostrava Kraft is the group's power unit. "
)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Operating profit rose 14 percent at Tessaly Marine.", "14 percent", "operating profit at tessaly marine"),
        ("Tessaly Marine booked orders of 2 billion crowns.", "2 billion crowns", "orders at tessaly marine"),
        ("Brundtvik Shipping posted an operating loss of 40 million crowns.", "40 million crowns", "brundtvik"),
        ("Brundtvik Shipping will shed 120 jobs by June.", "120", "brundtvik shipping"),
    ],
)
def test_a_named_unit_tied_to_its_parent_gives_the_parent_its_figures(nlp, text, surface, predicate):
    found = fact(nlp, TIES + text, surface)
    assert found.subject == "Halvorsen"
    assert predicate in found.predicate


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # no tie: a company of its own keeps its figures
        ("Rival Dunmore Lines posted an operating loss of 40 million crowns.", "40 million crowns", "Dunmore Lines"),
        ("Lindqvist Holding Inc, a customer, cut 90 jobs.", "90", "Lindqvist"),
        # "its" set before the story's own company and another: the owner is a third party, not the story's company
        (
            "Its owner will shut one of four yards at its Halvorsen and Tessaly Marine brands. "
            "Tessaly Marine posted a loss of 30 million crowns.",
            "30 million crowns",
            "Tessaly Marine",
        ),
        # a listed unit is a company of its own (FACTS.md)
        (
            "Nordhavn Bank, its Oslo-listed unit, posted net profit of 300 million crowns.",
            "300 million crowns",
            "Nordhavn Bank",
        ),
    ],
)
def test_an_untied_or_listed_company_keeps_its_figures(nlp, text, surface, subject):
    assert fact(nlp, text, surface).subject == subject


def test_a_unit_written_with_a_legal_suffix_is_a_company_of_its_own(nlp):
    text = "Its ferry arm, Skagerak Line Inc, carried more cargo. Skagerak Line posted a loss of 50 million crowns."
    assert fact(nlp, text, "50 million crowns").subject == "Skagerak Line"


# "its" names the organization the sentence puts before it, which may be a rival: the rival's unit never goes to
# the story's company (unit_ties._antecedent_org)
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Competitor Brandt Industries told investors its Vestby Cargo arm would close two depots. "
            "Vestby Cargo reported a loss of 45 million crowns.",
            "45 million crowns",
        ),
        (
            "Halvorsen faces pressure from Brandt Industries and its Vestby Cargo unit. "
            "Revenue at Vestby Cargo slid 7 percent.",
            "7 percent",
        ),
        (
            "A week earlier, Brandt Industries announced that its Vestby Cargo division had lost a contract. "
            "Vestby Cargo expects orders of 800 million crowns this year.",
            "800 million crowns",
        ),
    ],
)
def test_a_rivals_unit_is_not_the_story_companys(nlp, text, surface):
    assert fact(nlp, text, surface).subject != "Halvorsen"


def test_its_after_the_story_company_as_subject_still_ties_to_it(nlp):
    text = "Halvorsen expects its Vestby Cargo unit to cut costs. Vestby Cargo booked a profit of 20 million crowns."
    found = fact(nlp, text, "20 million crowns")
    assert (found.subject, found.predicate) == ("Halvorsen", "profit at vestby cargo")


# "lines" that are counted (phone, access, production lines) are no part of the company: no earlier measure
@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Group revenue rose 2 percent. Its fixed lines fell 4 percent to 3.1 million.", "4 percent", "fixed lines"),
        ("Sales climbed 5 percent. Its phone lines dropped 3 percent.", "3 percent", "phone lines"),
        ("Turnover was flat, and its mobile lines slipped 8 percent to 2.4 million.", "8 percent", "mobile lines"),
    ],
)
def test_counted_lines_take_no_earlier_measure(nlp, text, surface, predicate):
    assert fact(nlp, text, surface).predicate == predicate


# guards, each with rows that fail without it: a unit with no owner ("a Danish unit"), a unit subject of a verb of
# plans, not of results ("hopes to raise")
@pytest.mark.parametrize(
    ("text", "surface", "absent"),
    [
        ("Revenue at an Asian business rose 4 percent.", "4 percent", "asian"),
        ("Sales at a Danish unit rose 9 percent.", "9 percent", "danish"),
        ("Orders at a Polish division climbed 13 percent.", "13 percent", "polish"),
        ("Its paper arm hopes to raise revenue by 15 percent.", "15 percent", "paper"),
        ("Its cable division wants to cut costs by 8 percent.", "8 percent", "cable"),
        ("Its lighting segment intends to lift sales by 11 percent.", "11 percent", "lighting"),
    ],
)
def test_no_unit_without_owner_nor_under_a_verb_of_plans(nlp, text, surface, absent):
    assert absent not in fact(nlp, text, surface).predicate


# a listed unit keeps its own figures; a tied unit's share move is the parent's share price, with no unit added
@pytest.mark.parametrize(
    ("text", "surface", "subject", "predicate"),
    [
        (
            "Halvorsen's Oslo-listed Nordhavn Bank unit expanded. Nordhavn Bank posted net profit of 300 million "
            "crowns.",
            "300 million crowns",
            "Nordhavn Bank",
            "net profit",
        ),
        (
            "Halvorsen said its Stockholm-listed Nordhavn Bank unit would grow. Nordhavn Bank earned 200 million "
            "crowns.",
            "200 million crowns",
            "Nordhavn Bank",
            "earnings",
        ),
        (
            "Halvorsen's Frankfurt-listed Aster Solar unit hired staff. Aster Solar booked revenue of 90 million "
            "euros.",
            "90 million euros",
            "Aster Solar",
            "revenue",
        ),
        (
            "Halvorsen's Vestby Cargo unit won orders. Vestby Cargo shares fell 3 percent.",
            "3 percent",
            "Halvorsen",
            "share price",
        ),
        (
            "Its Vestby Cargo arm was sold. Shares in Vestby Cargo rose 11 percent.",
            "11 percent",
            "Halvorsen",
            "share price",
        ),
        (
            "The company's Vestby Cargo division grew. Vestby Cargo's stock gained 4 percent.",
            "4 percent",
            "Halvorsen",
            "share price",
        ),
    ],
)
def test_listed_units_and_share_moves(nlp, text, surface, subject, predicate):
    found = fact(nlp, text, surface)
    assert (found.subject, found.predicate) == (subject, predicate)


# the copula shape: "its" in the attribute is never the copula's own subject, which is the unit
@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Kelmar Energy is its smallest division. Kelmar Energy posted an operating loss of 25 million crowns.",
            "25 million crowns",
            "operating loss at kelmar energy",
        ),
        (
            "Sorvik Foods is now its dairy arm. Sorvik Foods booked sales of 75 million crowns.",
            "75 million crowns",
            "sorvik",
        ),
        (
            "Velde Paper has long been Halvorsen's pulp arm. Velde Paper reported sales of 410 million crowns.",
            "410 million crowns",
            "sales at velde paper",
        ),
    ],
)
def test_a_unit_named_by_a_copula_gives_its_figures_to_the_parent(nlp, text, surface, predicate):
    found = fact(nlp, text, surface)
    assert found.subject == "Halvorsen" and predicate in found.predicate


# a cause's "at" phrase that the parser hangs on the verb: the unit is where the cause happened, not the measure's
# holder (segment_figures._nothing_between)
@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Profit slid 4 percent on weaker margins at its glass unit.", "4 percent", "profit"),
        ("Orders rose 9 percent on strong bookings at its yard division.", "9 percent", "orders"),
        ("Sales dropped 12 percent with lower volumes at its tile business.", "12 percent", "sales"),
    ],
)
def test_a_causes_place_is_not_the_measures_holder(nlp, text, surface, predicate):
    assert fact(nlp, text, surface).predicate == predicate
