"""Modality of plans told in the progressive ("is slashing 2,000 jobs") and of claims whose verb is a modal of
possibility or whose teller is a forecaster. Stories written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_surface, facts_of

PUBLISHED = dt.date(2012, 3, 14)
TITLE = "Company news"


# a verb of cutting, closing, adding or leaving in the progressive: a plan under way, the subject's target
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quarrow Mills Inc is slashing about 4,200 jobs as it moves weaving to cheaper sites.", "4,200"),
        ("To save cash, the glassmaker Tennet Glass Corp is also shutting 7 furnaces in Ohio.", "7"),
        ("Pellory Bank Plc said on Monday it was closing 85 branches across Wales.", "85"),
        ("Orsant Media Corp is adding four independent directors, taking its board to 11 members.", "four"),
        ("The retailer Brinmore Stores Inc is raising its hourly wage by 8 percent for 30,000 staff.", "8 percent"),
    ],
)
def test_a_plan_told_in_the_progressive_is_a_target(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "target"


# the same verbs tell observed facts when the figure counts who acts, in a past scene, or when the verb is a deal's
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Some 1,200 drivers of Halvern Cabs Inc were cutting their hours, the company said.", "1,200"),
        ("Under the pact, Fennick Holdings Corp is buying 60 percent of Loral Freight Inc.", "60 percent"),
        ("Sales at Quarrow Mills Inc are rising 6 percent a month, the company said.", "6 percent"),
    ],
)
def test_a_progressive_that_is_no_plan_stays_actual(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"


# an announced departure in the progressive is still ahead: an event with modality target
@pytest.mark.parametrize(
    "text",
    [
        "Halden Corp Chief Financial Officer Mara Quist is quitting at the end of June, the company said.",
        "Mara Quist is retiring as chairman of Halden Corp in May, the company said on Tuesday.",
        "Halden Corp said on Tuesday that director Mara Quist is resigning from its board effective April 30.",
    ],
)
def test_an_announced_departure_in_the_progressive_is_a_target(nlp, text):
    departures = [
        f
        for f in facts_of(nlp, text, title=TITLE, published=PUBLISHED)
        if f.kind == "event" and f.object == "Mara Quist"
    ]
    assert departures, "no departure event"
    assert {f.modality for f in departures} == {"target"}


# a verb with a modal of possibility tells what may come: the subject's own expectation, not a result
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tarrow Airways Corp said its unit revenue could fall as much as 9 percent in the quarter.", "9 percent"),
        ("Ostrel Bank Plc said it may take a charge of about $300 million on the disputed loans.", "$300 million"),
        ("Pindle Foods Inc might repurchase as many as 4 percent of its shares this year.", "4 percent"),
    ],
)
def test_a_figure_a_modal_of_possibility_governs_is_no_result(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "target"


# a prediction that the nearest reporting verb gives to a forecaster is theirs
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Vessant Corp's dividend could rise by 20 percent next year, said Brandt Securities analyst Ann Lee.",
            "20 percent",
        ),
        (
            "Orlen Chemicals Inc will cut about 1,500 jobs next year, said Carl Benz, an economist at Pelham Capital.",
            "1,500",
        ),
        (
            "Hollis Rail Corp may lose as much as $80 million on the contract, analysts at Marten & Co said.",
            "$80 million",
        ),
    ],
)
def test_a_prediction_told_by_a_forecaster_is_a_forecast(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "forecast"


# what a modal sentence leaves known: a base after a difference, a clause of fact, a clause as subject
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Shares of Dornell Corp may reach $40, some 25 percent above their closing price of $32, a newsletter "
            "said.",
            "$32",
        ),
        (
            "The strike could hurt Pellam Mining Ltd since its two mines produce about 60 percent of its copper.",
            "60 percent",
        ),
        (
            "Laying off 2,000 of its best engineers could prove costly for Quorran Systems Inc, a consultant said.",
            "2,000",
        ),
    ],
)
def test_what_a_modal_sentence_leaves_known_stays_actual(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"


# "an estimated N" says the figure is approximate; its clause, not the word, decides the modality
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Tolland Energy Corp has an estimated 3 million barrels a day of spare output.",
            "3 million barrels",
            "actual",
        ),
        (
            "Last year the deficit of Freedonia swelled to an estimated 6.1 percent of GDP.",
            "6.1 percent",
            "actual",
        ),
        ("The Bebbin social site of Norvale Networks Inc has an estimated 8.2 million users.", "8.2 million", "actual"),
        ("Norvale Networks Inc will spend an estimated $2 billion on new towers.", "$2 billion", "target"),
    ],
)
def test_an_estimated_figure_takes_the_modality_of_its_clause(nlp, text, surface, modality):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == modality


# an event noun a year before the story dates is done, whatever the sentence around it expects
@pytest.mark.parametrize(
    "text",
    [
        "Halvern Steel Corp expects sales to grow 3 percent, helped by the 2010 acquisition of Corvin Tools Inc.",
        "Halvern Steel Corp will write down goodwill tied to its 2008 purchase of Corvin Tools Inc., it said.",
        "Halvern Steel Corp plans to double output at the plants it gained in its 2011 takeover of Corvin Tools Inc.",
    ],
)
def test_an_event_of_a_past_year_is_actual(nlp, text):
    events = [
        f
        for f in facts_of(nlp, text, title=TITLE, published=PUBLISHED)
        if f.kind == "event" and f.object == "Corvin Tools"
    ]
    assert events, "no event"
    assert {f.modality for f in events} == {"actual"}


# a figure its period puts wholly after the story is no result: the subject's target, or a forecast where the
# sentence names forecasters (the story is published on PUBLISHED, 2012-03-14)
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Debt repayments at Varrow Oil Co are a modest 90 billion roubles this year, rising to about 400 billion "
            "roubles in 2014, the company said.",
            "400 billion roubles",
            "target",
        ),
        (
            "A paint line at the Leeds plant of Brenley Motors Plc, slated to close in 2014 at a cost of 900 jobs, "
            "stopped on Tuesday.",
            "900",
            "target",
        ),
        ("Tarvin Foods Inc counted on 2013 profit rising roughly 8 percent, before charges.", "8 percent", "target"),
        (
            "The Freedonian economy grows 2.5 percent in 2014 in the central scenario of economists at Tarrant Bank.",
            "2.5 percent",
            "forecast",
        ),
    ],
)
def test_a_figure_dated_after_the_story_is_no_result(nlp, text, surface, modality):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == modality


# what is dated today or before stays a result, and a bond's maturity year is no period of its price
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Debt repayments at Varrow Oil Co are a modest 90 billion roubles this year, rising to about 400 billion "
            "roubles in 2014, the company said.",
            "90 billion roubles",
        ),
        ("Brenley Motors Plc's 6.5 percent bonds due 2031 fell to 81 cents on the dollar on Wednesday.", "81 cents"),
        ("Shares of Tarvin Foods Inc rose 4 percent to $31.20 on Wednesday.", "4 percent"),
    ],
)
def test_a_figure_dated_today_or_before_stays_actual(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"


# a figure that a finished past relative clause describes is a done fact, whatever the sentence predicts
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Tarvin Foods Inc said its second-quarter loss could be triple the $240 million it reported in the first "
            "quarter.",
            "$240 million",
            "actual",
        ),
        (
            "Without the charges, the unit of Pellam Bank AG would have earned 80 million francs, more than double the "
            "35 million francs it made in the first quarter.",
            "35 million francs",
            "actual",
        ),
        ("Kerrow Ltd plans to sell the 40 percent stake it bought in Ostel Corp in 2009.", "40 percent", "actual"),
        ("Kerrow Ltd could lose the $300 million it invested in the mine, it said.", "$300 million", "actual"),
    ],
)
def test_a_figure_of_a_past_relative_clause_is_done(nlp, text, surface, modality):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == modality


# what a revised prediction moves "from" is the old prediction, not a past result (dated 2013, after the story)
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The Ostland institute cut Freedonia's growth forecast for 2013 to 1.1 percent from 1.8 percent.",
            "1.8 percent",
        ),
        (
            "Freedonia's growth forecasts for 2013 were cut to 2.0 percent from 3.4 percent by the Ostland institute.",
            "3.4 percent",
        ),
        (
            "Brandt Bank now expects Freedonia to raise rates to 0.75 percent by December, down from an earlier "
            "estimate of a hike to 1.5 percent.",
            "1.5 percent",
        ),
    ],
)
def test_the_base_of_a_revised_prediction_is_no_result(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality != "actual"


# a measure a word of planning opens is itself a plan: its figure is the subject's target
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tarvin Foods Inc's projected losses include $190 million from the flood in Ohio.", "$190 million"),
        ("The expected savings at Tarvin Foods Inc total about $40 million a year.", "$40 million"),
        ("Tarvin Foods Inc raised the number of planned branch closures to about 80 from 70.", "80"),
    ],
)
def test_a_figure_of_a_planned_measure_is_a_target(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "target"


# what exists now stays actual inside a modal clause: an amount a possessive owns, a figure said to hold "now"
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tarvin Air Inc could use up most of its $3 billion of cash by the end of next year.", "$3 billion"),
        ("Tarvin Air Inc may spend all of its 900 million euros of reserves on new jets.", "900 million euros"),
        (
            "Tarvin Air Inc may cut fares again if its load factor, now at 71 percent, does not improve, it said.",
            "71 percent",
        ),
    ],
)
def test_what_exists_now_stays_actual_in_a_modal_clause(nlp, text, surface):
    assert fact_with_surface(nlp, text, surface, title=TITLE, published=PUBLISHED).modality == "actual"
