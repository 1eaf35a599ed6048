"""A figure that a demanded, urged, recommended or called-for act sets is a target (`facts/modality_demands.py`):
the act is asked for, not done. A verb of indicating, a figure the act does not set, a negated request and a
result beside the request keep their reading. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 10)
LEAD = "Halden results\n\nHalden Corp said on Tuesday its quarterly sales rose.\n\n"


def _fact(nlp, text, amount):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    return next(f for f in facts if f.value and f.value.amount == amount and f.evidence.sentence == text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The activist fund urged Halden to return $3 billion to shareholders.", 3e9),
        ("Regulators asked Halden to set aside $400 million for claims.", 4e8),
        ("Shareholders demanded that Halden pay a special dividend of $5 a share.", 5),
        ("Halden Corp recommended raising its dividend to 40 cents a share.", 0.4),
        ("The proposal calls for cutting 1,200 jobs over three years.", 1200),
        ("The union called for a 7 percent pay increase.", 7),
        ("Halden asked lenders for $2 billion in new credit.", 2e9),
        ("Norvale's largest holder is pressing the board to sell 20 percent of the unit.", 20),
        ("The activist pressed Halden to shed 500 jobs.", 500),
        ("Campaigners petitioned Norvale to close 9 smelters by 2022.", 9),
        ("Halden was urged to set aside $70 million for refunds.", 7e7),
    ],
)
def test_a_figure_the_demanded_act_sets_is_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Other data suggested sales rose 4 percent in May.", 4),  # indicating, not asking
        ("Halden urged investors to look past a 12 percent drop in quarterly profit.", 12),  # not what the act sets
        ("The fund did not ask Halden to sell its 20 percent stake.", 20),  # negated, and a stake it holds
        ("Halden, which earned $2 billion last year, urged holders to back the merger.", 2e9),  # a result beside it
        ("Halden is trying to stem a loss of 6 percent of its members.", 6),  # a change the act stems
        ("The bank rattled markets by calling for a $20 fall in crude prices over the summer.", 20),  # a view
        ("The merger agreement calls for Halden to invest $2 billion in the venture.", 2e9),  # an agreed deal's term
        # a participle after a comma tells what was done, not what is asked
        ("Halden pushed into Brazil in 2011, opening 25 branches.", 25),
        ("Halden pressed on with its overhaul, closing 60 plants.", 60),
        ("Halden called the deal cheap, paying $2 billion for the Norvale unit.", 2e9),
        ("Halden pushed further into mobile games, spending $300 million.", 3e8),
        # a cause that drives an act is no one asking for it
        ("Falling orders pushed Halden to lay off 700 workers last year.", 700),
        ("Higher costs pressed Halden to shut 12 mills in 2013.", 12),
    ],
)
def test_what_no_demanded_act_sets_keeps_its_reading(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"


def test_a_called_price_move_is_no_demand(nlp):
    """ "called for copper to climb to $9,000": a view of a market, not an act asked of anyone."""
    text = "The broker called for copper to climb to $9,000 a tonne by year-end."
    assert _fact(nlp, text, 9000).modality != "target"


def test_an_intended_act_sets_its_objects_own_size(nlp):
    """ "to hand holders a dividend of $3": the object's "of" phrase is the size of what the act makes."""
    text = "The investor wants Halden to hand holders a dividend of $3 a share."
    assert _fact(nlp, text, 3).modality == "target"
