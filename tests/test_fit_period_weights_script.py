"""scripts/fit_period_weights.py: labelling logged choices by gold and the coordinate search, on invented data."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fit_period_weights.py"
_spec = importlib.util.spec_from_file_location("fit_period_weights", SCRIPT)
fit_period_weights = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fit_period_weights)

NEAR, FAR = {"same_clause": 1.0, "per_char": 5.0}, {"same_clause": 0.0, "per_char": 40.0}


@pytest.mark.parametrize(
    ("weights", "right", "won"),
    [
        ({"same_clause": 4.0, "per_char": -0.01}, [True, False], 1),  # the near phrase of the own clause wins
        ({"same_clause": 4.0, "per_char": -0.01}, [False, True], 0),
        ({"same_clause": -4.0, "per_char": 0.0}, [False, True], 1),
        ({}, [True, False], 1),  # all scores equal: the first candidate, as `max` picks it
    ],
)
def test_won_counts_choices_whose_best_candidate_is_golds(weights, right, won):
    assert fit_period_weights.won(weights, [([NEAR, FAR], right)]) == won


def test_fit_moves_a_weight_only_for_a_gain():
    data = [([NEAR, FAR], [False, True])] * 3 + [([NEAR, FAR], [True, False])]
    start = {"same_clause": 4.0, "per_char": -0.01}
    fitted = fit_period_weights.fit(start, data)
    assert fit_period_weights.won(fitted, data) == 3 > fit_period_weights.won(start, data)
    unchanged = fit_period_weights.fit(start, [([NEAR, FAR], [True, False])])
    assert unchanged == start


def test_choices_keeps_only_contested_choices_paired_with_gold(tmp_path):
    sentence = "Quillby Foods sold 4.1 million cases in 2023 and 1.2 million in the first quarter."
    report = {
        "value": {
            "true_positives": [
                {
                    "predicted": {"evidence": {"sentence": sentence}, "value": {"surface": "4.1 million"}},
                    "gold": {"period": {"start": "2023-01-01", "end": "2023-12-31"}},
                }
            ]
        }
    }
    (tmp_path / "s1.json").write_text(json.dumps(report))
    candidates = [
        {"features": NEAR, "period": ["2023-01-01", "2023-12-31"]},
        {"features": FAR, "period": ["2024-01-01", "2024-03-31"]},
    ]
    lines = [
        {"sentence": sentence, "surface": "4.1 million", "candidates": candidates},  # contested: kept
        {"sentence": sentence, "surface": "1.2 million", "candidates": candidates},  # not paired with gold
        {"sentence": sentence, "surface": "4.1 million", "candidates": candidates[:1]},  # one candidate
    ]
    (tmp_path / "s1.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert fit_period_weights.choices(tmp_path, ["s1"]) == [([NEAR, FAR], [True, False])]


def _figure(start: int, period: tuple | None, predicate: str = "revenue") -> dict:
    dated = {"start": period[0], "end": period[1]} if period else None
    return {"evidence": {"start": start}, "period": dated, "predicate": predicate}


H1, Q2 = ("2023-01-01", "2023-06-30"), ("2023-04-01", "2023-06-30")


@pytest.mark.parametrize(
    ("gold", "story", "expected"),
    [
        ((None, None), Q2, "gold none"),
        (Q2, Q2, "gold the story's"),
        (H1, Q2, "gold a figure's of the sentence before"),
        (("2022-01-01", "2022-12-31"), Q2, "gold an earlier figure's"),
        (("2023-07-04", "2023-07-04"), Q2, "gold a day"),
        (("2021-01-01", "2021-12-31"), Q2, "gold another span"),
    ],
)
def test_gold_source_names_where_golds_period_comes_from(gold, story, expected):
    figures = [_figure(0, ("2022-01-01", "2022-12-31")), _figure(50, H1), _figure(50, None), _figure(90, None)]
    before = fit_period_weights._sentence_before(figures, figures[-1])
    assert [f["evidence"]["start"] for f in before] == [50, 50]
    assert fit_period_weights._gold_source(gold, story, before, figures, figures[-1]) == expected


def test_sentence_before_is_empty_for_the_first_figure():
    figures = [_figure(0, H1), _figure(40, Q2)]
    assert fit_period_weights._sentence_before(figures, figures[0]) == []
