"""The scored choice of a figure's period among its sentence's phrases: weights as data
(`lexicons/period_weights.tsv`), the choice log that measures them, and the choice itself on sentences written
for these tests, each with two phrases that compete for its figures."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from extractor import extract
from extractor.facts import attachment, period_choice_log
from extractor.lexicons import table
from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2024, 5, 10)
Q1_2024 = (D(2024, 1, 1), D(2024, 3, 31))
YEAR_2023 = (D(2023, 1, 1), D(2023, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase of the figure's own clause beats one of a relative clause on the subject
        (
            "Halden Corp, which opened 12 stores in 2022, said revenue climbed to $410 million in the first quarter.",
            {12.0: (D(2022, 1, 1), D(2022, 12, 31)), 410_000_000.0: Q1_2024},
        ),
        # two coordinated clauses, each dated by its own phrase, one before and one after its figure
        (
            "In 2023 Quillby Foods sold 4.1 million cases, and in this year's first quarter it sold 1.2 million cases.",
            {4_100_000.0: YEAR_2023, 1_200_000.0: Q1_2024},
        ),
        # a figure between the phrase and the other figure: the day is the first move's, the year to date the gain's
        (
            "Ostrava Steel shares rose 1.6 percent on Tuesday, adding to a 9 percent gain so far this year.",
            {1.6: (D(2024, 5, 7), D(2024, 5, 7)), 9.0: (D(2024, 1, 1), PUBLISHED)},
        ),
        # a phrase on the subject of the figure's clause dates both figures; the telling day dates neither
        (
            "Halden Corp said on Wednesday that sales in April rose 7 percent to $52 million.",
            {7.0: (D(2024, 4, 1), D(2024, 4, 30)), 52_000_000.0: (D(2024, 4, 1), D(2024, 4, 30))},
        ),
        # near miss: the year of a relative clause dates its own move, not the outlook of the main clause
        (
            "Quillby Foods, whose sales fell 3 percent in 2023, expects revenue of $1.4 billion in 2025.",
            {3.0: YEAR_2023, 1_400_000_000.0: (D(2025, 1, 1), D(2025, 12, 31))},
        ),
    ],
)
def test_scored_choice_among_period_phrases(nlp, text, expected):
    found = periods_by_amount(nlp, text, PUBLISHED)
    assert {amount: found.get(amount) for amount in expected} == expected


def test_every_feature_has_a_weight_in_the_lexicon(nlp, tmp_path, monkeypatch):
    """The features the score reads and the weights the lexicon stores are the same names, and the choice log
    writes one record per figure with a candidate, each with its features and resolved dates."""
    log = tmp_path / "choices.jsonl"
    monkeypatch.setattr(period_choice_log, "LOG_PATH", str(log))
    text = "Brindle Mills Inc said its net profit rose to $88 million in the first quarter of 2024."
    extract(text, published=PUBLISHED, nlp=nlp)
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert records and all(r["sentence"] == text for r in records)
    candidate = records[0]["candidates"][0]
    assert set(candidate["features"]) == set(table("period_weights")) == set(attachment.WEIGHTS)
    assert candidate["period"] == ["2024-01-01", "2024-03-31"]


def test_choice_log_is_off_without_its_variable(nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(period_choice_log, "LOG_PATH", None)
    assert not period_choice_log.enabled()
    extract("Halden Corp said revenue rose 4 percent in the first quarter.", published=PUBLISHED, nlp=nlp)
    assert not list(tmp_path.iterdir())
