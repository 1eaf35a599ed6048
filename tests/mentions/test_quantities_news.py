"""The news quantity table of issue 11, one test per sentence, ids "<category>: <sentence>".

Rows and conventions: `tests/mentions/news_rows.py`, `tests/mentions/news_rows_trades.py`, news_rows_unseen6-9,
`tests/mentions/news_table.py`.
Per-category pass counts: `python scripts/news_table_report.py`.
"""

from __future__ import annotations

import warnings
from collections import Counter

import pytest
import spacy

from extractor.api import default_model
from extractor.mentions.quantities import quantities_for_docs
from tests.mentions.news_table import CATEGORIES, Row, problems, table
from tests.mentions.news_xfail import XFAIL

ROWS = table()
MIN_PER_CATEGORY = 20
MIN_ROWS = 330


@pytest.fixture(scope="module")
def found_by_text() -> dict[str, list[dict]]:
    """Every sentence run once, through the same pipeline `extract quantities` loads."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(default_model(), exclude=["ner"])
    texts = [row.text for row in ROWS]
    return dict(zip(texts, quantities_for_docs(nlp.pipe(texts)), strict=True))


def _param(row: Row):
    """A row, marked xfail(strict=True) with its reason when `news_xfail.XFAIL` lists it."""
    if row.text in XFAIL:
        return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=XFAIL[row.text]), id=row.row_id)
    return pytest.param(row, id=row.row_id)


@pytest.mark.parametrize("row", [_param(row) for row in ROWS])
def test_news_quantities(found_by_text, row: Row):
    wrong = problems(row, found_by_text[row.text])
    assert not wrong, "; ".join(wrong)


def test_news_table_size_per_category():
    sizes = Counter(row.category for row in ROWS)
    assert set(sizes) == set(CATEGORIES)
    assert all(size >= MIN_PER_CATEGORY for size in sizes.values()), sizes
    assert len(ROWS) >= MIN_ROWS


def test_news_xfail_lists_only_table_rows():
    assert set(XFAIL) <= {row.text for row in ROWS}


def test_news_table_sentences_are_unique():
    texts = [row.text for row in ROWS]
    assert len(texts) == len(set(texts))


def test_news_table_ranges_are_ordered():
    for row in ROWS:
        for value, _, _ in row.expected:
            if isinstance(value, tuple):
                assert value[0] < value[1], row.text


def _q(amount, unit=None, direction=None, surface="x", low=None, high=None, equivalents=()):
    return {
        "amount": amount,
        "unit": unit,
        "direction": direction,
        "surface": surface,
        "low": low,
        "high": high,
        "equivalents": list(equivalents),
    }


@pytest.mark.parametrize(
    ("found", "expected", "ok"),
    [
        # a range is one quantity with both ends; two amounts are a miss and a false positive each
        ([_q(1.25e6, "USD", low=4e5, high=2.1e6)], [((4e5, 2.1e6), "USD", None)], True),
        ([_q(4e5, "USD"), _q(2.1e6, "USD")], [((4e5, 2.1e6), "USD", None)], False),
        # value within 0.5 %, unit compared by name, direction compared exactly
        ([_q(100.4, "percent")], [(100, "percent", None)], True),
        ([_q(101, "percent")], [(100, "percent", None)], False),
        ([_q(5, "percent", "up")], [(5, "percent", None)], False),
        ([_q(5, "pct")], [(5, "percent", None)], False),
        # "down" is compared signed: -1.2 and 1.2 both fit when the direction is down
        ([_q(-1.2, "percent", "down")], [(1.2, "percent", "down")], True),
        ([_q(-1.2, "percent")], [(1.2, "percent", "down")], False),
        ([_q(-240, "degree_fahrenheit")], [(-240, "degree_fahrenheit", None)], True),
        # minor units: the minor name, the major currency divided by 100, or "<ISO>_minor"
        ([_q(0.19, "USD")], [(19, "cent", None)], True),
        ([_q(0.19, "USD", equivalents=[_q(19, "USD_minor")])], [(19, "cent", None)], True),
        ([_q(0.84, "USD_per_share")], [(84, "cent_per_share", None)], True),
        ([_q(0.15, "MYR")], [(15, "sen", None)], True),
        ([_q(0.15, "SGD")], [(15, "sen", None)], False),
        ([_q(19, "USD")], [(19, "cent", None)], False),
        ([_q(0.22, "USD_per_share", low=0.18, high=0.26)], [((18, 26), "cent_per_share", None)], True),
        ([_q(-22, "percent", "down", low=-26, high=-18)], [((18, 26), "percent", "down")], True),
        # an equivalent matches; nothing extra may be found
        ([_q(5e8, "EUR", equivalents=[_q(5.4e8, "USD")])], [(5.4e8, "USD", None)], True),
        ([_q(3, None), _q(4, None)], [(3, None, None)], False),
        ([], [], True),
    ],
)
def test_news_table_matcher(found, expected, ok):
    row = Row("range", "x", tuple(expected))
    assert (not problems(row, found)) is ok
