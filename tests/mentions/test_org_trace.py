"""salience.ORG_TRACE: the features `main_organization` scores on ORG_WEIGHTS, as scripts/fit_main_weights.py
reads them; the heaviest traced candidate is the main organization. Stories written for these tests."""

import pytest

from extractor.header import find_header
from extractor.mentions import salience
from extractor.mentions.entities import index_entities


def traced(nlp, title: str, body: str) -> tuple[str | None, dict[str, dict[str, float]]]:
    text = f" date 2012-04-10 {title}\n\n{body}"
    header = find_header(text)
    salience.ORG_TRACE = []
    try:
        entities = index_entities(nlp(text), title=header.title, body_start=header.end)
        candidates = salience.ORG_TRACE[-1]
    finally:
        salience.ORG_TRACE = None
    main = entities.main_org.name if entities.main_org else None
    return main, {name: features for name, _, features, _ in candidates}


def _score(features: dict[str, float]) -> float:
    return sum(salience.ORG_WEIGHTS[name] * value for name, value in features.items())


@pytest.mark.parametrize(
    ("title", "body", "company", "feature"),
    [
        (
            "Corvanta profit rises on strong orders",
            "OSLO (Reuters) - Corvanta Group said quarterly profit rose 12 percent as orders from Telvik Energy "
            "grew. Corvanta Group expects more orders next year.",
            "Corvanta",
            "lead_subject",
        ),
        (
            "Brillox to buy Nandero unit",
            "LONDON (Reuters) - Brillox Corp agreed to buy the packaging unit of Nandero Industries for "
            "$300 million. Nandero Industries said the sale would cut its debt.",
            "Brillox",
            "first_in_title",
        ),
        (
            "Shares of Quelvar slide",
            "NEW YORK (Reuters) - Quelvar Inc shares fell 9 percent after Quelvar Inc cut its forecast. "
            "Analysts at Pemberly Securities lowered their targets.",
            "Quelvar",
            "mention",
        ),
    ],
)
def test_trace_scores_the_main_organization_highest(nlp, title, body, company, feature):
    main, candidates = traced(nlp, title, body)
    assert main == company
    assert candidates[company][feature] > 0
    assert set(candidates[company]) == set(salience.ORG_WEIGHTS)
    assert _score(candidates[company]) == max(_score(f) for f in candidates.values())


def test_no_trace_by_default(nlp):
    text = " date 2012-04-10 Corvanta profit rises\n\nOSLO (Reuters) - Corvanta Group said profit rose."
    header = find_header(text)
    index_entities(nlp(text), title=header.title, body_start=header.end)
    assert salience.ORG_TRACE is None
