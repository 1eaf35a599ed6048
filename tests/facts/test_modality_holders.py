"""A place's figure (a country's, a region's, a market's) that someone outside its state predicts is that holder's
forecast (`modality_holders`, `discourse.planned_by_another`): a person told by a pronoun with a verb of predicting
or believing, a noun of research, forecasters or outsiders as the holder, or an "according to" source outside the
state. The state's own plans and expectations stay targets, and so do a company's own. Sentences written for
these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 10)
ECONOMY = "Estorian economy\n\nEstoria's economy grew 1.2 percent in the first quarter, the statistics office said.\n\n"
COMPANY = "Norvale results\n\nNorvale Corp said on Tuesday its quarterly sales rose.\n\n"


def _fact(nlp, lead, text, amount):
    facts = extract(lead + text, published=PUBLISHED, nlp=nlp)
    return next(f for f in facts if f.value and f.value.amount == amount and f.evidence.sentence == text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The bank's chief economist said she expects Estoria's jobless rate to stay near 9 percent next year.", 9),
        ("She thinks inflation in Estoria will ease to 2 percent by the end of 2015.", 2),
        ("He expects Estoria to lift its gold reserves to 900 tons within five years, the bank governor said.", 900),
        (
            "According to a study by Halden Partners, Estoria's gas fields could support 40,000 jobs within a decade.",
            40000,
        ),
        ("Researchers estimate mining could add 25,000 jobs in Estoria over a decade.", 25000),
        ("Lower tariffs would lift Estoria's exports by $3 billion within five years, a study for the port said.", 3e9),
        ("Consultants estimate Estoria's tourism revenue will reach $5 billion next year.", 5e9),
        ("Estoria's car sales could fall 8 percent this year, according to the dealers' association.", 8),
        ("Estoria's tax revenue is set to reach $9 billion in 2015, according to Halden Bank.", 9e9),
    ],
)
def test_a_view_from_outside_the_state_is_a_forecast(nlp, text, amount):
    assert _fact(nlp, ECONOMY, text, amount).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Estoria will cut its budget deficit to 3 percent of GDP by 2016, the finance minister said.", 3),
        ("The finance ministry expects Estoria's economy to grow 2.5 percent next year.", 2.5),
        ("He expects Estoria's economy to grow 2.5 percent next year, the finance minister said.", 2.5),
        ("Estoria's finance minister said he expects the deficit to narrow to 3 percent of GDP next year.", 3),
        ("He said the government will cut the deficit to 4 percent of GDP next year.", 4),
        ("Estoria plans to raise spending on roads by $2 billion next year, according to a study of the budget.", 2e9),
        ("Estoria aims to cut its jobless rate to 6 percent by 2017, according to consultants it hired.", 6),
        ("Estoria's exports will rise 4 percent next year, according to the trade ministry.", 4),
        ("Estoria will sell 5 percent of its power utility next year, according to a newspaper report.", 5),
        (
            "A poll found firms expect costs to climb under the health plan, created to cover 30 million Estorians.",
            3e7,
        ),
    ],
)
def test_the_states_own_plan_stays_a_target(nlp, text, amount):
    assert _fact(nlp, ECONOMY, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        ("Estoria's exports rose 4 percent last year, the study found.", 4, "actual"),  # a result stays one
        ("The study estimates that Estoria spent $4 billion on imported fuel last year.", 4e9, "actual"),
    ],
)
def test_a_reported_result_stays_actual(nlp, text, amount, modality):
    assert _fact(nlp, ECONOMY, text, amount).modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "He expects Norvale's sales to rise 5 percent next year, chief executive Ann Lee said.",
        "She believes Norvale can lift its sales by 5 percent next year, the chief executive said.",
        "Norvale could lift its sales by 5 percent next year, according to its own plan.",
    ],
)
def test_a_companys_own_expectation_stays_a_target(nlp, text):
    assert _fact(nlp, COMPANY, text, 5).modality == "target"


@pytest.mark.parametrize(
    "source",
    [
        "Jan Holm, the finance minister",
        "the draft budget",
        "people familiar with the plan",
        "its budget plan",
        "a statement",
        "the central bank's statement",
        "President Ilse Varga",
        "the country's president",
        "a bill passed by parliament",
        "legislation passed on Monday",
        "a contract signed on Monday",
        "sources at the energy ministry",
        "sources",
    ],
)
def test_an_according_to_source_that_only_relays_keeps_the_plan_a_target(nlp, source):
    """Only a source known to stand outside the state makes a forecast: an officer, a document, the state's own
    words or unnamed sources relay its plan."""
    text = f"Estoria will raise its sales tax to 20 percent next year, according to {source}."
    assert _fact(nlp, ECONOMY, text, 20).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Researchers at Halden University predict Estoria's population will reach 12 million by 2030.", 12e6),
        (
            "Estoria's wheat harvest will reach 20 million tonnes this year, according to Halden Agritrends, a "
            "consultancy.",
            20e6,
        ),
        (
            "Estoria could add 30,000 jobs by 2025 if it opens its coast to drilling, according to a study "
            "commissioned by a miners' lobby.",
            30000,
        ),
    ],
)
def test_an_outside_researcher_or_firm_still_makes_a_forecast(nlp, text, amount):
    assert _fact(nlp, ECONOMY, text, amount).modality == "forecast"
