"""A move noun that names nothing moved takes the measure it is told of (facts/bare_moves.py, docs/DECISIONS.md
"Bare moves"): "after a 9,000 gain", "a 1.1 percent pickup" restate an earlier move of the sentence's measure,
so the fact is named after that measure, not after the move word. Sentences written for these tests, invented
names."""

import pytest

from tests.facts.surface_facts import fact_with_surface, facts_of


def fact_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Economy news", published="2012-03-14")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Norland's factories hired 12,000 workers in March after a 9,000 gain in February, the ministry said.",
            "9,000",
            "workers hired",
        ),
        (
            "Freight volumes at Ostrava's rail yards climbed 2.4 percent in the spring, after a 1.1 percent pickup "
            "over the winter.",
            "1.1 percent",
            "freight volumes",
        ),
        (
            "Brandt Industries booked 4,300 new orders in June, up from a 3,900 advance in May.",
            "3,900",
            "orders",
        ),
    ],
)
def test_a_bare_move_takes_the_measure_told_before_it(nlp, text, surface, predicate):
    fact = fact_of(nlp, text, surface)
    assert (fact.kind, fact.predicate) == ("change", predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the move names what moved: its own noun stays
        ("Norland's imports grew 4 percent last year, after a 9 percent increase in exports.", "9 percent", "exports"),
        # a plural noun after a count is a thing counted, never a move ("pickups" are trucks)
        (
            "Kelmar Energy sold 2,500 pickups in May, after shipping 1,900 pickups in April.",
            "1,900",
            "pickup shipments",
        ),
        # a figure of another unit class borrows nothing: the count keeps its own noun
        (
            "Brandt Industries said sales rose 5 percent in June, after a 300 gain in May.",
            "300",
            "gain",
        ),
    ],
)
def test_a_move_that_names_its_measure_keeps_it(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


def predicates_with(nlp, text, surface):
    """The predicates of every fact whose amount is written `surface` (none when the figure gives no fact)."""
    found = facts_of(nlp, text, title="Economy news", published="2012-03-14")
    return {f.predicate for f in found if f.value is not None and f.value.surface == surface}


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        # an owner of the move that is a thing, not the company: what moved is written
        (
            "Brenner Logistics hired 2,300 drivers in March, while the rail sector's 900 gain came from mergers.",
            "900",
            "drivers hired",
        ),
        (
            "Kelby Foods sold 35,000 crates in March, and the industry's 6,000 decline worried dealers.",
            "6,000",
            "crate sales",
        ),
        (
            "Carvel Chemicals said volumes fell 7 percent, partly because of the rand's 9 percent pickup.",
            "9 percent",
            "volumes",
        ),
        (
            "Norland's factory output rose 2 percent in March.\n\nThe currency's 5 percent gain since January has "
            "hurt exporters.",
            "5 percent",
            "factory output",
        ),
        # the move is the object of a verb whose subject is a common noun: the subject is what moved
        (
            "Halvard Motors delivered 56,000 vans in April, and its dealer network recorded a 1,500 increase.",
            "1,500",
            "van deliveries",
        ),
        (
            "Corvan Retail opened 45 stores in the year while its workforce saw a 700 decline.",
            "700",
            "stores opened",
        ),
        (
            "Lundgren Paper shipped 9,500 pallets in May and its inventory posted an 800 decline.",
            "800",
            "pallet shipments",
        ),
        # a sentence about the stock: the move is the stock's, never a restated result
        (
            "Pellan Corp said quarterly profit rose 15 percent.\n\nPellan shares have had a 30 percent run-up "
            "since January.",
            "30 percent",
            "profit",
        ),
        (
            "Marlow Bank said net income jumped 22 percent.\n\nThe bank's shares, after a 14 percent pickup last "
            "month, were flat on Friday.",
            "14 percent",
            "net income",
        ),
        (
            "Quarterly revenue at Hollin Group rose 9 percent.\n\nThe shares, after a 25 percent run-up this year, "
            "eased on Monday.",
            "25 percent",
            "revenue",
        ),
    ],
)
def test_a_move_whose_mover_is_written_borrows_nothing(nlp, text, surface, measure):
    assert measure not in predicates_with(nlp, text, surface)


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "counted"),
    [
        # the move restates the measure of an earlier sentence or paragraph, and a count counts its noun
        ("Ferro Motors sold 22,000 cars in June. Analysts had expected a 3,000 gain.", "3,000", "car sales", "car"),
        (
            "Norland's builders started 41,000 homes in May.\n\nThat followed a 5,000 decline in April, the "
            "agency said.",
            "5,000",
            "homes",
            "home",
        ),
        (
            "Gorsk Telecom's revenue grew 7 percent in the quarter.\n\nThat came after a 4 percent pickup in the "
            "prior quarter.",
            "4 percent",
            "revenue",
            None,
        ),
    ],
)
def test_a_bare_move_borrows_the_measure_of_an_earlier_sentence(nlp, text, surface, predicate, counted):
    fact = fact_of(nlp, text, surface)
    assert (fact.predicate, fact.value.counted) == (predicate, counted)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a sum moved is a new action more often than a restated measure: it borrows only within its sentence
        ("Dunmore Bank said net profit was $40 million.\n\nIt also announced a $15 million cut.", "$15 million"),
        (
            "Lisle Group said its operating profit reached $95 million.\n\nThe group agreed on a $20 million "
            "reduction last year.",
            "$20 million",
        ),
        (
            "Cresswell Energy posted a net loss of $60 million.\n\nIts board has also approved a $25 million rise.",
            "$25 million",
        ),
    ],
)
def test_a_sum_moved_borrows_no_measure_of_another_sentence(nlp, text, surface):
    fact = fact_of(nlp, text, surface)
    assert fact.predicate not in {"net profit", "operating profit", "net loss"}


# review20m3: a time before the "'s" dates the move; a stock in another clause, or a subject that is the measure
# itself, does not stop the move from restating the measure
@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Norland's exports grew 2.2 percent in June, the ministry said.\n\nThe result followed the previous "
            "month's 0.7 percent decline.",
            "0.7 percent",
            "exports",
        ),
        (
            "Ostrava's car registrations rose 5 percent this year, well above last year's 1.5 percent increase.",
            "1.5 percent",
            "car registrations",
        ),
        (
            "Orvell Corp said quarterly revenue rose 7 percent.\n\nIts stock surged after the company posted a 2 "
            "percent gain in the third quarter.",
            "2 percent",
            "revenue",
        ),
        (
            "Norland's factory output climbed 1.4 percent in June, the bureau said.\n\nThat number came after a 0.6 "
            "percent drop a month earlier.",
            "0.6 percent",
            "factory output",
        ),
        (
            "Norland's retail sales rose 0.9 percent in April, the bureau said.\n\nSales showed a 0.3 percent gain in "
            "March.",
            "0.3 percent",
            "retail sales",
        ),
    ],
)
def test_a_dated_or_restated_move_takes_the_measure(nlp, text, surface, predicate):
    fact = fact_of(nlp, text, surface)
    assert (fact.kind, fact.predicate) == ("change", predicate)
