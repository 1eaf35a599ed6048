"""A figure that the "to" infinitive of a word of intention or attempt sets ("began an effort to enrol", "is eager
to release", "is attempting to sell") is what the subject means to do: its target
(`modality_intentions.intended_act`). Past attempts, verbs of deciding, negated intentions, words used in another
part of speech and figures the act does not set stay as they were. Sentences written for these tests, invented
names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_surface, facts_of

PUBLISHED = dt.date(2013, 9, 4)
TITLE = "Company news"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a noun of a course of action, with its infinitive hung on the noun or on the verb that takes it
        ("Corran Dairy Ltd has begun an effort to bottle 30 million litres of milk a year.", "30 million litres"),
        ("Brisk Telecom Inc laid out a strategy to lift its subscriber base to 8 million users.", "8 million"),
        ("Lowther Paper Co has begun a drive to trim overhead by 12 percent, its chairman said.", "12 percent"),
        ("Tamsin Hotels Inc is taking steps to open 25 new hotels in Spain.", "25"),
        # the figure of a preposition on the act, or the size of a new thing the act makes
        ("Kellan Retail Inc is taking steps to open stores in 40 more towns.", "40"),
        ("Corrie Energy Corp is ready to launch a $2 billion bond sale next month.", "$2 billion"),
        ("Dunmore Pharma Inc is eager to build a $300 million research campus in Dublin.", "$300 million"),
        # an adjective of readiness
        ("Quenby Steel Corp says it is willing to spend up to $450 million on a new rolling mill.", "$450 million"),
        ("Marrow Foods Inc is ready to invest 2 billion euros in its Polish plants, Marrow said.", "2 billion euros"),
        ("Orla Pictures is eager to release four films in China over the next two years.", "four"),
        # a verb of attempting, in the present
        ("Tessaly Mining Ltd is trying to sell about $700 million of its coal assets.", "$700 million"),
        ("Pell Rail Co is attempting to sell 12 of its freight depots, two people said.", "12"),
        ("Fenwick Charity Trust tries to sign up 500 new donors every month.", "500"),
    ],
)
def test_a_figure_the_subject_sets_out_to_reach_is_a_target(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "target"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an attempt told in the past may have failed or ended: no plan of today
        ("Tessaly Mining Ltd tried to sell about $700 million of its coal assets in 2011.", "$700 million"),
        ("Pell Rail Co attempted to sell 12 of its freight depots before the strike.", "12"),
        # an agreed price is a term of the deal, measured now
        ("Orrin Logistics Inc agreed to pay $310 million for the trucking arm of Dunmore Group.", "$310 million"),
        # a figure outside the infinitive: the ground of the plan, a result
        ("After losing $85 million in 2012, Velden Glass Co took steps to close two furnaces.", "$85 million"),
    ],
)
def test_past_attempts_agreed_prices_and_the_ground_stay_as_they_were(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a figure that sizes the act's object, not the act's own amount: a change, a claim, a share held
        ("Sorrel Insurance is taking steps to stem a 6 percent loss of policyholders.", "6 percent"),
        ("Dunholm Airways is trying to recover from a 40 percent plunge in bookings.", "40 percent"),
        ("Marlow Water Co is determined to contest the $2 million fine in the courts.", "$2 million"),
        ("Sorrel Insurance Co is taking steps to reverse a $5 million drop in premiums.", "$5 million"),
        ("Tarrant Seeds Inc is keen to protect the 18 percent share of sales that it won in 2012.", "18 percent"),
        # a result of a past period, a possessed holding
        ("Colvin Brewers is eager to improve on its $45 million profit of 2012.", "$45 million"),
        ("Hesketh Retail is ready to use part of its $4 billion cash pile for buybacks.", "$4 billion"),
        # a gap, a debt or a dispute already there, or a thing told by its own clause (lead, review21mm)
        ("Wexley Bank is trying to close a $2 billion gap in its reserves.", "$2 billion"),
        ("Carrow Steel is ready to cover a $600 million shortfall in its pension plan.", "$600 million"),
        ("Penrith Hotels is trying to repay a $350 million loan taken out in 2009.", "$350 million"),
        ("Ardley Bank is ready to settle a $900 million lawsuit filed by investors.", "$900 million"),
    ],
)
def test_a_figure_the_act_does_not_set_stays_as_it_was(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a word of intention in another part of speech: "drove X to", "led X to" tell a cause, not a plan
        ("A slump in orders drove Ambry Foods to cut 600 jobs last year.", "600"),
        # verbs of deciding are left out: the decision may be carried out, or fix a deal's term
        ("The board of Wendle Tools decided in April to cut 450 jobs, and cut them by June.", "450"),
        ("Calder Group resolved to pay 95 million pounds for a stake in Brixton Radio.", "95 million pounds"),
        ("Linnet Shoes Corp vowed to cut 300 jobs in Leeds and cut them within a year.", "300"),
    ],
)
def test_causes_and_decisions_stay_as_they_were(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Harlow Brewing Co is not willing to raise its bid above $14 a share, its chief said.", "$14"),
        ("Oster Mills Inc is keen not to add 20 looms at its Leeds site this winter.", "20"),
        ("Fennick Bank has no strategy to raise 3 billion crowns from investors this year.", "3 billion crowns"),
        ("Pryor Glass Co has taken no steps to reduce its workforce by 900 people.", "900"),
    ],
)
def test_a_negated_intention_stays_as_it_was(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        # the event is the act itself, or the act the attempt aims at through its object
        ("Garrow Insurance Inc has been trying for a year to sell its Lisbon life unit.", "sale", "target"),
        ("Kestrel Media Corp is trying to obtain clearance to acquire Holt Cable.", "acquisition", "target"),
        ("Garrow Insurance Inc tried to sell its Lisbon life unit in 2011.", "sale", "actual"),
        ("Orrin Logistics Inc decided to buy the trucking arm of Dunmore Group.", "acquisition", "actual"),
    ],
)
def test_an_event_that_is_the_intended_act(nlp, text, predicate, modality):
    facts = facts_of(nlp, text, title=TITLE, published=PUBLISHED)
    assert [f.modality for f in facts if f.predicate == predicate] == [modality]
