"""Whose prediction a planned figure is, when a verb of predicting stands above it (`modality_tellers`): a
forecaster's verb ("analysts expect", "economists forecast") makes the whole prediction theirs, a clause joined by
"while" included; the company's own verb ("Norvale expects") keeps it the company's target even when an analyst
reports it; a pronoun ("we expect") or the analyst's own firm leaves it to whoever reports it. Sentences written
for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 2, 14)
LEAD = "Tarrow Industries Inc said on Monday fourth-quarter profit rose 9 percent to $61 million.\n\n"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Economists polled last week see Velorian exports shrinking 4 percent this year, "
            "while imports should climb by 6 percent.",
            6,
        ),
        (
            "Strategists predict Tarrow shares will climb 14 percent this year, "
            "while Quenby stock could lose 7 percent.",
            7,
        ),
        (
            "Strategists forecast that Kessel shares will gain 12 percent by December, "
            "while bond yields should fall to 3.1 percent.",
            3.1,
        ),
        ("Analysts project Brisa home prices to slip 3 percent in 2013, while rents may rise 5 percent.", 5),
    ],
)
def test_a_while_clause_under_forecasters_is_their_forecast(nlp, text, amount):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow Industries expects its sales to rise 6 percent this year, analyst Pia Lund said.", 6),
        ("The company sees margins widening to 11 percent in 2012, said Brandvik analyst Pia Lund.", 11),
        ("Tarrow Industries sees 2012 revenue of $1.3 billion, Brandvik analyst Pia Lund said.", 1.3e9),
        ('"We expect to open 40 stores in 2013," said chief executive Ann Lee.', 40),
        ('"We see our margin reaching 13 percent in 2013," Tarrow finance chief Ann Lee said.', 13),
    ],
)
def test_the_company_own_prediction_reported_by_an_analyst_stays_its_target(nlp, text, amount):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("He expects Tarrow sales to rise 8 percent in 2012, said Pia Lund, an analyst at Brandvik.", 8),
        (
            '"We expect Corbel\'s margin to widen to 14 percent next year," said Ilse Varga, '
            "an analyst at Hollin Securities.",
            14,
        ),
        (
            '"We see the krona gaining about 4 percent against the euro by June," '
            "Hollin Securities strategist Ilse Varga said.",
            4,
        ),
        ('"It now forecasts 5 percent sales growth for Tarrow in 2013," said Ostmark Bank economist Ilse Varga.', 5),
        (
            "Ostmark Bank expects Tarrow revenue to reach $800 million this year, "
            "Ostmark Bank strategist Ilse Varga said.",
            8e8,
        ),
        ("The brokerage sees Tarrow margins at 12 percent in 2013, said Hollin Brokerage analyst Ilse Varga.", 12),
    ],
)
def test_a_pronoun_or_the_teller_own_firm_leaves_the_forecast_to_the_teller(nlp, text, amount):
    """ "We expect", "it forecasts", or the firm the analyst's title names: whose prediction it is, the
    forecaster who reports it tells (`modality_tellers._predicted_by`, `_employs_teller`)."""
    fact = next(f for f in extract(LEAD + text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == amount)
    assert fact.modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow Industries forecasts 2013 sales of $2.1 billion, Quenby Industries analyst Pia Lund said.", 2.1e9),
        (
            "Tarrow Industries Inc expects its margin to widen to 15 percent next year, "
            "said Ilse Varga, an analyst with Brisa Capital Inc.",
            15,
        ),
        ("Tarrow Group sees operating profit of $90 million in 2013, said Ostmark Group strategist Ilse Varga.", 9e7),
        ("Tarrow Bank projects loan growth of 6 percent this year, Ilse Varga of Kessel Bank said.", 6),
        (
            "Tarrow Capital expects fee income to reach $340 million next year, "
            "said Pia Lund, a strategist at Hollin Capital.",
            3.4e8,
        ),
    ],
)
def test_a_firm_sharing_only_a_generic_name_word_is_not_the_teller_own(nlp, text, amount):
    """The analyst's firm and the story company share only a legal suffix or an org designator ("Industries",
    "Group", "Bank", "Inc"): the company's verb keeps the prediction its own target (`_distinctive`)."""
    fact = next(f for f in extract(LEAD + text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == amount)
    assert fact.modality == "target"
