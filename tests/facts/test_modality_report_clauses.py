"""Who tells a prediction, three corrections (`modality_tellers.told_by_forecaster`): a verb of the reporting
list that takes the figure in its own object ("will add 600 jobs", "would write down 2.5 billion crowns") acts, it
reports nothing, so the teller above it decides; a clause that a press report's noun governs ("amid newspaper
reports that it would lose ...") is the report's forecast, and so is what a newspaper "reported", unless the paper
reports its own plan or the holder's own plan (round 29).
The company's own statement stays its target. Sentences written for these tests, invented
names."""

import datetime as dt

import pytest

from extractor.facts.modality_tellers import told_by_forecaster
from tests.facts.surface_facts import fact_with_amount

PUBLISHED = dt.date(2015, 2, 11)
OPENING = "Company news\n\n"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a verb of the reporting list ("add", "write") that acts on the figure: the teller above decides
        ("Calloway Rail will add 800 drivers next year, analysts at Brenner Securities said.", 800),
        ("Dealers said Hexam Bank would write down roughly 2.5 billion crowns of ship loans.", 2.5e9),
        ("Hollis Bank may write down up to 900 million euros of bonds, the story said.", 9e8),
    ],
)
def test_a_reporting_verb_that_acts_on_the_figure_leaves_the_teller_above(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the report's "that" clause, told without a reporting verb
        # (an act the holder means to do, told so, stays its target: tests/facts/test_modality_reported_plans.py)
        ("Velmont Steel shares rose amid newspaper reports that it would lose 12 scrap contracts.", 12),
        ("Investors fretted over press reports that Brask Foods would face 14 lawsuits this spring.", 14),
        ("Traders pointed to newspaper reports that Olwen Air Ltd might miss 30 more delivery slots.", 30),
    ],
)
def test_the_clause_of_a_press_report_is_a_forecast(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a newspaper with the verb "report" tells what it has learned
        ("Ostrander Bank may lose about $3 billion on its office towers, the Halden Gazette reported.", 3e9),
        ("Several newspapers have reported that Tarnby Air could receive 40 jets late from Corvel.", 40),
        ("The Morning Gazette reported on Sunday that Pasco Chemicals Inc might suffer 2 more plant outages.", 2),
    ],
)
def test_what_a_newspaper_reported_is_a_forecast(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "figure", "told"),
    [
        # an outlet that names itself in the reported clause speaks for itself: no forecaster tells it
        ("The Halden Gazette reported that the Gazette will close 2 printing sites.", "2", False),
        # a bare "it" after an outlet is mostly the company the report is about (lead, review21mm): its report
        ("Shares of Tolland Bank rose after the Corby Evening Post reported that it would sell 4 branches.", "4", True),
        ("Brixton Motors stock fell after the Morning Post reported it might cut 650 jobs.", "650", True),
        ("Brixton Radio reported that it would add 9 stations to its network in 2016.", "9", True),
        # after several outlets, or with another subject, "it" is someone else: their report
        ("Several newspapers have reported that it could order 40 jets from Corvel.", "40", True),
        ("The Halden Gazette reported that Pasco might close 3 plants.", "3", True),
    ],
)
def test_an_outlet_reporting_its_own_plan_is_no_forecaster(nlp, text, figure, told):
    doc = nlp(text)
    assert told_by_forecaster(next(t for t in doc if t.text == figure)) is told


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the company tells its own plan: its target, whatever the verb of the figure
        ("Ostrander Bank said it would add 300 staff to its Texas branches this year.", 300),
        ("Velmont Steel will add 600 workers at its Ohio mill, the company said on Tuesday.", 600),
        # a report of the company's own ("its annual report") is the company telling
        ("Brask Foods will shut 14 bakeries this spring, its annual report says.", 14),
        ("Norvale Corp reported on Monday that it will cut 500 jobs next year.", 500),
    ],
)
def test_the_company_telling_its_own_plan_keeps_a_target(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == "target"
