"""A count that is the direct object of a verb of doing names the act as a trailing participle (FACTS.md: "cut N
jobs" is a metric of jobs cut; `participle_verbs`): "slashed 400 jobs" -> "jobs slashed", "killed 12 workers" ->
"workers killed". A verb of having, holding, covering or including names no act, so its count keeps the bare noun.
Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface

OPENING = "Quorvane Industries Ltd reported on Monday on its plans for the coming year.\n"


def predicate_of(nlp, text, surface):
    fact = fact_with_surface(nlp, OPENING + text, surface, title="Quorvane plans", published="2014-05-12")
    return fact.predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # slash
        ("Quorvane slashed 2,400 jobs at its mills in the spring.", "2,400", "jobs slashed"),
        ("The group will slash about 600 positions this year.", "600", "positions slashed"),
        # kill
        ("A blast at the Quorvane refinery killed 12 workers on Sunday.", "12", "workers killed"),
        ("The storm that hit the port killed at least 40 people.", "40", "people killed"),
        # build
        ("Quorvane plans to build three smelters in the north of the country.", "three", "smelters built"),
        ("The utility has built 14 wind farms since it was founded.", "14", "wind farms built"),
        # launch
        ("Quorvane is launching nine new engines over the next four years.", "nine", "engines launched"),
        # sign
        ("The driller signed four drilling contracts with the state company.", "four", "drilling contracts signed"),
        # appoint
        ("Shareholders may appoint two directors to the board next year.", "two", "directors appointed"),
        # charge
        ("Prosecutors charged 11 traders over the rigging of the benchmark.", "11", "traders charged"),
        # test; a firm noun, which the reading takes as no measure, is read on the fallback (`acted_on_crowd`)
        ("Regulators tested 25 lenders to see how they would cope with a slump.", "25", "lenders tested"),
        ("The agency has shuttered 30 banks so far this year.", "30", "banks shuttered"),
        # suspend
        ("The broker suspended three dealers after the losses came to light.", "three", "dealers suspended"),
        # shut, shutter
        ("Quorvane shut two blast furnaces because of weak demand.", "two", "blast furnaces shut"),
        ("The chain has shuttered 35 stores this year.", "35", "stores shuttered"),
        # preserve
        ("The union deal will preserve 5,000 factory jobs until 2018.", "5,000", "factory jobs preserved"),
    ],
)
def test_a_count_that_a_verb_acts_on_names_the_act(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # having, owning, operating, covering: no act done to what is counted
        ("Quorvane has 3,200 employees in the region.", "3,200", "employees"),
        ("The group owns 14 wind farms in the north.", "14", "wind farms"),
        ("Quorvane operates 120 stores across the country.", "120", "stores"),
        ("The survey covered 900 companies in the region.", "900", "company"),  # a firm noun: its lemma, as before
        ("The holding company owns 12 lenders in three countries.", "12", "lender"),
        # the count is the subject of the verb of doing, not what it acts on
        ("Some 40 inspectors tested the new engines last month.", "40", "inspectors"),
    ],
)
def test_a_count_that_no_act_is_done_to_keeps_its_noun(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
