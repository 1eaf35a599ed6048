"""An estimate set against a result measures that result (compared_estimates.py, docs/DECISIONS.md):
"revenue topped forecasts of $212 million" is a forecast of revenue. Stories written for these tests,
invented company and research-house names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text):
    document = document_from_text(f" date {PUBLISHED.isoformat()} Results news\n\n" + text, doc_id="t")
    return next(extract_documents([document], nlp=nlp))


def predicate_of(extraction, amount):
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert found, [(f.kind, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found[0].predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        ("Quarterly revenue at Talvex topped analysts' forecasts of $212 million.", 212e6, "revenue"),
        (
            "Excluding the charge, Brenlow's earnings per share were in line with analysts' expectations of 41 cents.",
            0.41,
            "earnings per share",
        ),
        ("Sales at Corvane Corp came in well below the consensus forecast of $1.2 billion.", 1.2e9, "sales"),
        (
            "Operating income at Haldry fell short of the Merrow Research consensus of $80 million.",
            80e6,
            "operating income",
        ),
        (
            "Pendle Foods said adjusted profit beat the average analyst estimate of 33 cents a share.",
            0.33,
            "adjusted earnings per share",
        ),
    ],
)
def test_estimate_measures_the_compared_result(nlp, text, amount, predicate):
    assert predicate_of(run(nlp, text), amount) == predicate


def test_company_subject_leaves_the_estimate_to_the_figure_before(nlp):
    text = "Talvex earned 45 cents a share, beating the average forecast of 43 cents."
    assert predicate_of(run(nlp, text), 0.43) == "earnings per share"


def test_unnamed_result_leaves_the_estimate_to_the_figure_before(nlp):
    text = "Talvex said net income was $3.10 a share. The result beat the average Wall Street forecast of $2.95."
    assert predicate_of(run(nlp, text), 2.95) == "earnings per share"


@pytest.mark.parametrize(
    "text",
    [
        # the comparing clause inherits its subject: the estimate restates the figure before
        "Excluding items, the profit at Talvex was 87 cents a share, beating forecasts of 84 cents.",
        # the subject carries a figure of its own
        "Talvex's earnings of 52 cents a share topped the consensus of 84 cents.",
    ],
)
def test_estimate_after_a_result_figure_restates_it(nlp, text):
    assert predicate_of(run(nlp, text), 0.84) == "earnings per share"
