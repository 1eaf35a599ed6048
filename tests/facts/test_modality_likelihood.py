"""A figure in the infinitive after a predicate of likelihood or schedule ("is likely to", "is set to", "looks
poised to", "is scheduled to") has not happened (`modality_likelihood.likelihood_modality`): an actor's act is its
target, a measure's move, a state, a passive or an outcome met is someone else's forecast, unless the company itself
tells it ("..., the group said"). Sentences written for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount

LEAD = "Quillmore Textiles gave an update on Wednesday. "  # the story's company, for "it" and "the company"


def _fact(nlp, text: str, amount: float):
    return fact_with_amount(nlp, LEAD + text, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Quillmore Textiles is likely to shut 14 spinning mills, the company said.", 14),
        ("Quillmore Textiles looks poised to buy a 35 percent holding in a dye maker.", 35),
        ("The company is scheduled to repay 600 million rupees of notes in August.", 6e8),
        ("Quillmore Textiles is set to hire 2,200 weavers and open two depots.", 2200),
        ("Quillmore Textiles is set to hire 2,200 weavers and open two depots.", 2),
        ("Its unit costs are likely to fall 3 percent next year, the group said.", 3),
        # a government noun is an actor (item: government subjects)
        ("The cabinet is set to approve a 2 percent levy on imported yarn.", 2),
        ("The ministry is due to lift the cotton duty to 12 percent in April.", 12),
        ("The state is poised to auction a 20 percent holding in a port operator.", 20),
        ("The parent is set to close 40 branches in the northern provinces.", 40),
        ("Yarn exporters are set to idle 4,000 looms this winter.", 4000),
        ("The national assembly is set to vote on a 3 percent levy on cement.", 3),
        ("Its chairman is set to buy 4 percent of the shares from a trust.", 4),
        ("It is poised to open 30 kiosks in Pune before the festival season.", 30),
        # no subject: a plan
        ("Its expansion plan, set to add 500 looms by May, won board backing.", 500),
        ("A dye works due to be auctioned for 90 million rupees drew no bids on Monday.", 9e7),
    ],
)
def test_an_actor_likely_or_scheduled_to_act_plans_the_figure(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the company's own view of its course: guidance, whatever the verb
        ("Quillmore Textiles' margin is likely to be 11 percent this year, the company said.", 11),
        ("It said freight costs are likely to remain near 70 million rupees in 2015.", 7e7),
        ("Its unit costs are bound to stay at 4 percent of sales, it said.", 4),
        ("Demand for its towels is certain to grow 9 percent, Quillmore Textiles said on Monday.", 9),
        ("Output is likely to climb 6 percent, Chief Executive Ravi Menon told reporters.", 6),
        # a place or a month before the measure names no other company (review19m2 item 1)
        ("Quillmore Textiles said Ostria towel sales are likely to rise 4 percent this year.", 4),
        ("Quillmore Textiles said January exports are likely to climb 6 percent.", 6),
        ("Chief Executive Ravi Menon said Ostria revenue is set to grow 7 percent.", 7),
    ],
)
def test_the_company_telling_its_own_course_gives_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Quillmore Textiles' export volume is likely to climb 7 percent this year.", 7),
        ("Its operating margin seems bound to shrink to 4.5 percent in the second half.", 4.5),
        ("Quillmore Textiles is due to record a nine-month loss of 90 million rupees.", 9e7),
        ("Cotton yarn demand looks set to grow 6 percent in 2015, the trade ministry said.", 6),
        ("Loom output climbed 4 percent in March and looks bound to pass 9,000 bolts by autumn.", 9000),
        ("Its order book is likely to stay near 3 billion rupees through June.", 3e9),
        ("Harlow Mining is likely to be 2 billion rupees in debt by March.", 2e9),
        ("The economy is likely to grow 4.2 percent in the year to March.", 4.2),
        # a public body telling it: its forecast, not the company's
        ("Growth in farm credit is likely to ease to 5 percent, the central bank said.", 5),
        ("The central bank said consumer prices are set to rise 3.5 percent in the autumn.", 3.5),
        ("Payrolls are likely to grow 1.5 percent a month, the Fed said in its minutes.", 1.5),
        ("Farm credit is likely to grow 5 percent, the Reserve Bank said.", 5),
        # a measure under a relative pronoun
        ("Rice exports, which are likely to drop 8 percent this season, weigh on the rupee.", 8),
        # a passive, an outcome met, an expletive subject
        ("Quillmore Textiles is set to be fined 5 million rupees by the watchdog.", 5e6),
        ("Dravik Foods is likely to face penalties of up to 40 million rupees.", 4e7),
        ("Harlow Mining is sure to lose 6 percent of its ore contracts next year.", 6),
        ("It is likely to cost Pennick Motors 80 million rupees to recall the vans.", 8e7),
        # verbs that tell a result
        ("Quillmore Textiles is likely to report a 9 percent gain in towel sales on Friday.", 9),
        ("Pennick Motors is certain to report 1 billion rupees of van sales in the quarter.", 1e9),
        # another company tells the likely course of the story's company (review19m1 item 1)
        ("Ardell Securities said Quillmore's net profit is likely to rise 6 percent this year.", 6),
        ("Brisco Capital expects that Quillmore's towel sales are set to grow 9 percent.", 9),
        ("Quillmore's export margin is likely to narrow to 3 percent, Ardell Securities said.", 3),
    ],
)
def test_a_measure_state_or_outcome_foreseen_is_a_forecast(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The drop in orders was due to a strike that cost Quillmore Textiles 40 million rupees in May.", 4e7),
        ("Quillmore Textiles, which employs 9,300 people, is likely to move its head office.", 9300),
        ("Quillmore Textiles set aside 25 million rupees to settle claims from buyers.", 2.5e7),
        # "set" as a fixed amount with a purpose clause, and the verb "set out to": no likelihood
        ("The fee was set at 2 percent to cover 12 million rupees of costs.", 1.2e7),
        ("Quillmore Textiles set out to hire 300 engineers last year.", 300),
        # a perfect infinitive judges a past fact
        ("Quillmore Textiles is unlikely to have made a profit of 10 million rupees in May.", 1e7),
    ],
)
def test_a_figure_outside_such_an_infinitive_keeps_its_clause(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Kestrel National Bank believes its net profit will rise 5 percent.", 5),
        ("Orvane National Bank believes its loan book will grow 8 percent in 2013.", 8),
        ("Halvey National Bank thinks its fee income will climb 4 percent.", 4),
    ],
)
def test_a_company_bank_named_national_tells_its_own_target(nlp, text, amount):
    """A bank whose own name holds a central bank's word ("Kestrel National Bank") is a company, not a public body
    (`modality_tellers.public_body`; review19m1 item 2)."""
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The Serbian National Bank believes inflation will slow to 2 percent.", 2),
        ("The Czech National Bank believes prices will rise 3 percent next year.", 3),
        ("The Kazakhstan National Bank believes growth will reach 4 percent.", 4),
    ],
)
def test_a_national_bank_named_by_its_nation_is_a_public_body(nlp, text, amount):
    """A nation's word before "National Bank" keeps the bank central (`modality_tellers._named_bank`; review19m2
    item 2): its belief is a forecast."""
    assert _fact(nlp, text, amount).modality == "forecast"
