"""A flow told as a count of the things that flowed measures the flow: "boat orders topped 1,150 hulls" is a figure
of boat orders, and an earlier count compared with a counted flow ("versus 8,700 tractors") measures the same flow,
not the hulls or tractors it counts; a verb that moves something else, a count of people, or a compared noun with a
qualifier of its own keeps the count's own reading (facts/counted_flows.py). Sentences written for these tests,
with invented names."""

import pytest

from extractor.eval.predicates import predicate_compatible
from extractor.facts import counted_flows
from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Grisholm Marine Corp said boat orders had topped 1,150 hulls by the end of the spring.",
            "1,150",
            "orders",
        ),
        (
            "Analysts at Dorrance Research think bus registrations in Velmaria could total 23,000 buses this year.",
            "23,000",
            "registrations",
        ),
        (
            "Tablet shipments at Quillan Devices Inc hit 12 million devices during the holiday quarter.",
            "12 million",
            "shipments",
        ),
        (
            "Pellworth Aviation said deliveries totaled 45 airframes in the spring quarter, versus 38 a year earlier.",
            "45",
            "deliveries",
        ),
    ],
)
def test_a_count_of_what_a_flow_moved_measures_the_flow(nlp, text, surface, head):
    predicate = predicates_of(nlp, text)[surface]
    assert predicate_compatible(predicate, head), predicate


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Corvin Tractor Co shipped 9,100 tractors in the quarter, versus 8,700 tractors in the same quarter "
            "of 2011.",
            "8,700",
            "shipments",
        ),
        (
            "Dovecote Homes sold 2,140 houses in its fiscal year, compared with 2,655 houses the year before.",
            "2,655",
            "sales",
        ),
        (
            "Pemberton Tractors said it sold about 9,800 machines in the half, against 11,200 machines in the "
            "same half of 2011.",
            "11,200",
            "sales",
        ),
        (
            "Ostmark Aerospace Corp said deliveries should climb to 415 airliners next year, compared with 377 "
            "airliners this year.",
            "377",
            "deliveries",
        ),
        (
            "Tamsin Trucks said its domestic sales slid 5 percent to 8,450 lorries in March from 8,890 lorries "
            "twelve months before.",
            "8,890",
            "sales",
        ),
    ],
)
def test_the_earlier_count_of_a_flow_measures_the_same_flow(nlp, text, surface, head):
    predicate = predicates_of(nlp, text)[surface]
    assert predicate_compatible(predicate, head), predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the subject is no flow: the count measures what it counts
        ("Brennick Auto expects its dealer network to reach 840 showrooms by 2015.", "840", "showrooms"),
        # a verb that moves something else: the flow drove stock on the lots, it did not reach it
        (
            "Slow sales lifted unsold stock at Corrigan Cycles Inc to 52,000 bicycles in June.",
            "52,000",
            "bicycles",
        ),
        # the flow's verb supports or builds something that is no flow
        ("Grain exports from the Velmar valley sustain roughly 18,500 jobs, the farm board says.", "18,500", "jobs"),
        ("Next year's deliveries will lift the fleet of Tarnow Airlines to 86 aircraft by 2015.", "86", "aircraft"),
        # a count of people is a workforce even after a verb of reaching
        ("Production at the Lisle foundry of Marrick Steel Corp hit 640 workers in March.", "640", "workers"),
        # a count of buyers or places after a verb of reaching is no count of the flow
        (
            "Sales of Marlex, a skin cream made by Ostby Labs, reached 3 million patients in 2011.",
            "3 million",
            "patients",
        ),
        ("Exports of flour by Tarrow Mills Inc reached 38 countries in 2011.", "38", "countries"),
        ("Shipments of Quenby Networks modems topped 7,500 customers in the spring.", "7,500", "customers"),
        # the earlier figure names a measure of its own
        (
            "Corvin Tractor Co sold 9,100 tractors in the autumn, against a weekly mean of 410 in the summer.",
            "9,100",
            "tractor sales",
        ),
    ],
)
def test_other_counts_keep_their_own_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a relative clause makes the compared count another one (a plan)
        (
            "Brackley Motor Co sold 18,400 vans in the first half, more than the 15,000 vans it had planned to build.",
            "15,000",
        ),
        # a prepositional phrase of its own (a backlog, a building site)
        ("Orland Rail Corp sold 52 railcars in the quarter, compared with 70 railcars on its waiting list.", "70"),
        ("Fenwick Homes Inc sold 940 flats in 2012, against 1,100 flats under construction.", "1,100"),
        # a participle of its own (unsold stock)
        ("Corbel Marine Inc sold 85 yachts last year, versus 120 yachts awaiting buyers.", "120"),
    ],
)
def test_a_compared_count_with_a_qualifier_of_its_own_is_no_flow(nlp, text, surface):
    predicate = predicates_of(nlp, text)[surface]
    assert not predicate_compatible(predicate, "sales"), predicate


@pytest.mark.parametrize(
    ("text", "surface", "qualified"),
    [
        # a forecast participle only says who expected the same flow
        ("Permits ran at 48,000 units, fewer than the 52,000 predicted by a poll of builders.", "52,000", False),
        ("Completions came to 310,000 units, compared with the 325,000 anticipated by forecasters.", "325,000", False),
        # a clause or phrase of its own makes the compared count another one
        ("Orders totaled 64 barges, against 80 barges awaiting repair.", "80", True),
        ("Orders totaled 64 barges, versus 80 barges in the repair yard.", "80", True),
        # an "expected" clause with a subject or a verb of its own tells another count
        ("Deliveries totaled 430 trucks, fewer than the 500 trucks it expected to keep in its yards.", "500", True),
    ],
)
def test_only_a_qualifier_of_its_own_makes_a_compared_count_another(nlp, text, surface, qualified):
    doc = nlp(text)
    span = next(doc.char_span(m, m + len(surface)) for m in [text.index(surface)])
    noun = counted_flows._compared_noun(span)
    assert noun is not None and counted_flows._qualified(noun) is qualified
