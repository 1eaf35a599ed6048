"""A rate level written "zero" becomes a fact of the party that set it (`zero_rates.set_by_named_party`): the rate
is the object of a told verb with its own subject ("cut rates to near zero", "has kept rates at zero"). A rate's
state with no party setting it, a plan ("to keep", "will hold") or a verb with no subject of its own stays shown
only. A level held since a date is as of publication, not a figure of the span (`since_spans.held_since`).

Every sentence is written for these tests; the names are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 14)


def zero_facts(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [f for f in facts if f.value is not None and f.value.amount == 0 and f.value.unit == "percent"]


SET_BY_A_PARTY = [
    ("The Norvik central bank cut its main rate to near zero in March 2009.", True),
    ("Brisco Reserve slashed overnight interest rates close to zero last year.", True),
    ("In 2010 the Norvik central bank lowered short-term rates to zero.", False),
    ("Since the crisis the Velmora Reserve Bank has held its policy rate near zero.", True),
]


@pytest.mark.parametrize(("text", "approximate"), SET_BY_A_PARTY)
def test_a_rate_a_party_set_at_zero_is_a_fact(nlp, text, approximate):
    found = zero_facts(nlp, text)
    assert len(found) == 1
    assert found[0].kind == "metric" and found[0].modality == "actual"
    assert found[0].value.approximate is approximate


NO_PARTY_OR_A_PLAN = [
    "Interest rates in Ardenia are near zero and inflation keeps falling.",
    "Yields on Corvel's short bonds sank to zero.",
    "Analysts expect the Norvik central bank to keep its main rate near zero until 2014.",
    "The Brisco Reserve said it will hold overnight rates near zero for two more years.",
    "Economists see the Tessaly authority keeping short-term rates at zero through next year.",
    "Besides holding its key rate near zero, the Ardenian central bank bought $40 billion of bonds.",
]


@pytest.mark.parametrize("text", NO_PARTY_OR_A_PLAN)
def test_a_rate_state_or_plan_at_zero_is_no_fact(nlp, text):
    assert zero_facts(nlp, text) == []


HELD_SINCE = [
    "The Norvik central bank has kept its main rate near zero since December 2008.",
    "Brisco Reserve has been holding overnight rates at zero since March 2009, its governor said.",
    "Since early 2009 Brisco Reserve has held short-term rates close to zero.",
]


@pytest.mark.parametrize("text", HELD_SINCE)
def test_a_level_held_since_a_date_is_as_of_publication(nlp, text):
    found = zero_facts(nlp, text)
    assert len(found) == 1
    assert found[0].period is None and found[0].as_of == PUBLISHED


def test_a_rate_cut_in_a_month_keeps_its_month(nlp):
    found = zero_facts(nlp, "The Norvik central bank cut its main rate to near zero in March 2009.")
    assert found[0].period is not None and found[0].period.label == "March 2009"


HELD_LEVEL_SINCE = [
    ("The Norvik central bank has kept its main rate at 1.5 percent since May 2010.", "1.5 percent"),
    ("Brisco Reserve has maintained its deposit rate at 0.75 percent since March 2011.", "0.75 percent"),
    ("Since June 2009 the Velmora Reserve Bank has held its benchmark rate at 3 percent.", "3 percent"),
]


@pytest.mark.parametrize(("text", "surface"), HELD_LEVEL_SINCE)
def test_any_level_held_since_a_date_is_as_of_publication(nlp, text, surface):
    found = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert len(found) == 1
    assert found[0].period is None and found[0].as_of == PUBLISHED


MOVED_SINCE = [
    "The Norvik central bank has cut its main rate by 1.5 percentage points since May 2010.",
    "Brisco Reserve shares have risen 12 percent since March 2011.",
]


@pytest.mark.parametrize("text", MOVED_SINCE)
def test_a_move_since_a_date_keeps_its_span(nlp, text):
    found = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    assert found and all(f.period is not None and f.period.label.startswith("since") for f in found)
