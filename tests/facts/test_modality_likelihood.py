"""A figure in the infinitive after a predicate of likelihood or schedule ("is likely to", "is set to", "looks
poised to", "is scheduled to") has not happened (`modality_likelihood.likelihood_modality`): an actor's act is its
target, a measure's move or a reported result is someone else's forecast, unless the company itself tells it ("..., the
group said"). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 18)
LEAD = "Quillmore Textiles Ltd update\n\nQuillmore Textiles Ltd gave an update on Wednesday. "


def _fact(nlp, text: str, amount: float):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    return next(f for f in facts if f.value and f.value.amount == amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Quillmore is likely to shut 14 spinning mills, the company said.", 14),
        ("Quillmore looks poised to buy a 35 percent holding in a dye maker.", 35),
        ("The company is scheduled to repay 600 million rupees of notes in August.", 6e8),
        ("Quillmore is set to hire 2,200 weavers and open two depots.", 2200),
        ("Quillmore is set to hire 2,200 weavers and open two depots.", 2),
        ("Its unit costs are likely to fall 3 percent next year, the group said.", 3),
    ],
)
def test_an_actor_likely_or_scheduled_to_act_plans_the_figure(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Quillmore's export volume is likely to climb 7 percent this year.", 7),
        ("Its operating margin seems bound to shrink to 4.5 percent in the second half.", 4.5),
        ("Quillmore is due to record a nine-month loss of 90 million rupees.", 9e7),
        ("Cotton yarn demand looks set to grow 6 percent in 2015, the trade ministry said.", 6),
        ("Loom output climbed 4 percent in March and looks bound to pass 9,000 bolts by autumn.", 9000),
        ("Quillmore is likely to remain the second-biggest weaver with 6,500 looms.", 6500),
    ],
)
def test_a_measure_likely_to_move_or_a_result_set_to_come_is_a_forecast(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The drop in orders was due to a strike that cost Quillmore 40 million rupees in May.", 4e7),
        ("Quillmore, which employs 9,300 people, is likely to move its head office.", 9300),
        ("Quillmore set aside 25 million rupees to settle claims from buyers.", 2.5e7),
    ],
)
def test_a_figure_outside_such_an_infinitive_keeps_its_clause(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"
