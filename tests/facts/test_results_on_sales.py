"""Three constructions of results news, sentences written for these tests with invented names:
- a result reported "on" sales ("a loss of 35 cents a share on revenue of $820 million") states two figures, a per
  share result and the sales, not a "loss on revenue" ratio; "return on assets" stays one ratio;
- analysts who "expected" the company to report keep the whole report a forecast, however deep the figure sits;
- a town before ", <State>-based" ("the Red Oak, Iowa-based company") is a head office's place, never the subject.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 9, 6)


def by_amount(nlp, text):
    return {f.value.amount: f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value}


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        ("Tamsin Homes lost 20 cents a share on revenue of $800 million in the quarter.", 8e8, "revenue"),
        ("Kestrel Foods reported a profit of $41 million on sales of $2.2 billion.", 2.2e9, "sales"),
        ("Kestrel Foods reported a profit of $41 million on sales of $2.2 billion.", 4.1e7, "profit"),
        (
            "Brindle Mining earned a net profit of $4.6 billion on turnover of $145 billion last year.",
            4.6e9,
            "net profit",
        ),
        ("Orwin Bank said its return on assets of 1.4 percent was the highest in the region.", 1.4, "return on assets"),
    ],
)
def test_a_result_on_sales_is_two_figures(nlp, text, amount, predicate):
    assert by_amount(nlp, text)[amount].predicate == predicate


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expected Tamsin Homes to report a loss of 35 cents a share on revenue of $820 million.",
        "On average, analysts had expected Kestrel Foods to post a profit of 61 cents per share on turnover of "
        "$4.2 billion.",
        "Analysts polled by Carrow Research expected Brindle Mining to report a profit of 12 cents a share on "
        "revenue of $900 million.",
    ],
)
def test_an_analysts_expectation_covers_the_whole_report(nlp, text):
    facts = by_amount(nlp, text)
    assert len(facts) == 2 and {f.modality for f in facts.values()} == {"forecast"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Tamsin Homes posted a loss. Analysts expected the Trenton, New Jersey-based company to post a loss "
            "of 90 cents a share.",
            "Tamsin Homes",
        ),
        (
            "Kestrel Foods raised its outlook. The Lake Forest, Illinois-based company now expects sales of $9 "
            "billion this year.",
            "Kestrel Foods",
        ),
        (
            "Brindle Stores reported results on Tuesday. The Church Hill, Tennessee-based retailer said sales rose "
            "4 percent.",
            "Brindle Stores",
        ),
    ],
)
def test_a_head_office_town_is_not_the_subject(nlp, text, subject):
    facts = by_amount(nlp, text)
    assert facts and {f.subject for f in facts.values()} == {subject}
