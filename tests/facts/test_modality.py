"""Modality: whose claim a figure is. Tables of sentences written for these tests with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_in, modality_of

PUBLISHED = dt.date(2019, 8, 14)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Darrow Foods Inc sees revenue of $4.1 billion next year, against $3.9 billion this year.",
            "$3.9 billion",
        ),
        ("Darrow Foods Inc plans to trim its depots to 30 by 2021 from 41 now.", "41"),
        ("Darrow Foods Inc expects profit to grow 4 percent from $210 million last year.", "$210 million"),
    ],
)
def test_the_base_a_plan_is_compared_with_is_an_actual_result(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Larch Media Inc said it would buy Pell Networks Inc for $2 billion in stock.",
            "$2 billion",
            "actual",
        ),
        ("Larch Media Inc said it will acquire Ostby Games Ltd for $420 million in cash.", "$420 million", "actual"),
        ("Larch Media Inc said it plans to buy Ferro Radio Inc for up to $90 million.", "$90 million", "target"),
    ],
)
def test_an_announced_deal_price_is_actual_unless_only_planned(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quarry Holdings Inc said it would buy 60 percent of Tamsin Mills Ltd for $300 million.", "60 percent"),
        (
            "Under the agreement, Ridley Foods Inc will pay $14 a share in cash, a 35 percent premium to the stock's "
            "closing price on Tuesday.",
            "35 percent",
        ),
        (
            "Ostrava Power said it would buy 25 percent of Vell Grid from its founders for 900 million euros.",
            "25 percent",
        ),
        (
            "Hollin Bank will pay $31 per share for Dexter Savings, a premium of 28 percent to Monday's close, "
            "the banks said.",
            "28 percent",
        ),
    ],
)
def test_the_agreed_terms_of_a_deal_to_come_are_actual_and_undated(nlp, text, surface):
    """The stake bought and the premium paid are terms of the deal, like its price: agreed, so actual even in
    the future tense, and dated by no day (a day there is of the reference price or of the announcement)."""
    fact = fact_in(nlp, text, surface, PUBLISHED)
    assert (fact.modality, fact.period) == ("actual", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kestrel Airways said premium traffic would fall 10 percent next year.", "10 percent"),
        ("Corvo Insurance said premium income would grow 8 percent next year.", "8 percent"),
        ("Premium traffic at Tellan Air will rise 4 percent in 2020, the carrier said.", "4 percent"),
        ("Marlow Assurance said its premium income will climb 5 percent in 2020.", "5 percent"),
    ],
)
def test_a_deal_term_followed_by_a_noun_names_another_measure(nlp, text, surface):
    """ "Premium traffic" and "premium income" are an airline's or an insurer's figures, not a premium paid in a
    deal: the future tense makes them targets, dated by their year like any other."""
    fact = fact_in(nlp, text, surface, PUBLISHED)
    assert fact.modality == "target"
    assert (fact.period.start, fact.period.end) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))


@pytest.mark.xfail(strict=True, reason="the predicate is 'stake', not 'stake acquired', so no deal term: target")
def test_a_stake_an_acquiring_verb_takes_is_a_deal_term(nlp):
    text = "Ostrava Power said it would acquire a 25 percent stake in Vell Grid for 900 million euros."
    assert fact_in(nlp, text, "25 percent", PUBLISHED).modality == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Corbel Inc said orders would soften, and its stock ended 1 percent higher.", "1 percent"),
        ("Corbel Inc said margins will narrow, while its stock ended down 2 percent.", "2 percent"),
        ("Corbel Inc warned profit would fall, and its shares slid 6 percent.", "6 percent"),
    ],
)
def test_a_coordinated_clause_with_its_own_subject_states_its_own_fact(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Arlo Systems Inc said it estimates restructuring costs at $70 million.", "$70 million"),
        ("Arlo Systems Inc estimates that savings will reach $50 million in 2021.", "$50 million"),
        ("Arlo Systems Inc said it estimates the charge at about $12 million.", "$12 million"),
    ],
)
def test_a_company_estimate_of_its_own_figures_is_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# a past-tense verb below a plan states a done fact
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Darrow Foods Inc said floods would weigh on second-half results, adding that heavy rain last month "
            "forced it to close 40 stores.",
            "40",
            "actual",
        ),
        (
            "Darrow Foods Inc expects weak results, saying bad weather reduced sales by 5 percent.",
            "5 percent",
            "actual",
        ),
        (
            "Darrow Foods Inc will restate earnings, admitting that it overstated revenue by $20 million.",
            "$20 million",
            "actual",
        ),
        (
            "Darrow Foods Inc plans to hire more guards, noting that thieves took 2,000 cases of wine last year.",
            "2,000",
            "actual",
        ),
        ("Darrow Foods Inc aims to reopen soon, saying the fire destroyed 30 trucks.", "30", "actual"),
        ("Darrow Foods Inc said it would close 40 stores next year.", "40", "target"),
        (
            "Darrow Foods Inc forecast dairy sales to slip 3 percent and predicted bakery sales to gain 6 percent.",
            "6 percent",
            "target",
        ),
    ],
)
def test_a_past_verb_under_a_plan_states_a_done_fact(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality


# a prediction noun that names its forecasters, as the subject of "was"/"is", states a forecast
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Harwick Corp earned 70 cents a share. The brokers' average forecast was 64 cents a share.",
            "64 cents",
            "forecast",
        ),
        (
            "Factory activity in Freedonia rose to 51.2. Economists' median estimate was for a result of 49.3, "
            "according to a poll.",
            "49.3",
            "forecast",
        ),
        ("Harwick Corp earned 70 cents a share. The consensus estimate was 66 cents a share.", "66 cents", "forecast"),
        ("Harwick Corp earned 70 cents a share. Its own forecast was 65 cents a share.", "65 cents", "actual"),
    ],
)
def test_a_forecasters_prediction_as_subject_is_a_forecast(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality


# "economists, who had expected ...": the relative pronoun stands for the forecasters
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Freedonia's home sales rose 2 percent in May. Economists, who had expected home sales to fall "
            "1.3 percent in the month, said storms hurt.",
            "1.3 percent",
        ),
        (
            "Harwick Corp earned 70 cents a share. Analysts, who had forecast a profit of 64 cents a share, "
            "raised their targets.",
            "64 cents",
        ),
        (
            "Freedonia's jobless rate rose to 6.1 percent in June. Economists, who had expected the rate to stay "
            "at 5.9 percent, blamed layoffs.",
            "5.9 percent",
        ),
    ],
)
def test_forecasters_named_before_a_relative_clause_make_it_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"
