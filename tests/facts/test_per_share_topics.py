"""A bare figure stated per share ("the consensus had called for 44 cents a share") continues the story's last
per-share result, not the paragraph's last whole measure put per share, nor a dividend or a deal price per
share: texts written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract
from extractor.facts.predicate_forms import is_earnings_per_share

PUBLISHED = dt.date(2018, 4, 26)


def per_share(nlp, text):
    return [(f.predicate, f.value.amount) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norvale Corp reported net income of $50 million, or 40 cents a share. Net sales rose 5 percent to "
            "$900 million. The consensus forecast had called for 38 cents per share.",
            ("earnings per share", 0.38),
        ),
        (
            "Halden Mills said adjusted profit was 61 cents a share. Revenue climbed to $2.4 billion. "
            "Wall Street had forecast 58 cents a share for the quarter.",
            ("adjusted earnings per share", 0.58),
        ),
        (
            "Pollard Inc earned $1.12 per diluted share in the first quarter. Its operating costs fell to "
            "$310 million. The average analyst estimate was $1.05 per share.",
            ("diluted earnings per share", 1.05),
        ),
    ],
)
def test_a_bare_per_share_figure_continues_the_last_per_share_measure(nlp, text, expected):
    assert expected in per_share(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no figure per share before: the paragraph's own topic, as before
        ("Brindle Telecom said revenue rose to $3 billion. Analysts had expected $2.9 billion.", ("revenue", 2.9e9)),
        # a whole sum after a per-share figure is no per-share figure
        (
            "Kestrel Foods earned 45 cents a share. Its sales rose to $800 million, above the $760 million "
            "analysts had expected.",
            ("sales", 7.6e8),
        ),
        # a per-share figure that names its measure keeps it
        (
            "Varden Bank earned 90 cents a share. Its board set a dividend of 20 cents a share.",
            ("dividend per share", 0.2),
        ),
    ],
)
def test_other_figures_keep_their_topic(nlp, text, expected):
    assert expected in per_share(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarrow Group lifted its quarterly payout to 30 cents per share. Its net profit climbed to $700 "
            "million. The average estimate was 55 cents a share.",
            ("earnings per share", 0.55),
        ),
        (
            "Pollard Inc will take over Halden Mills for $12 a share in cash. Separately, Pollard's net income "
            "rose to $300 million, while the Street had pencilled in 40 cents a share.",
            ("earnings per share", 0.4),
        ),
        (
            "Brindle Telecom set a special dividend of $1.50 a share in March. For the June quarter its operating "
            "income reached $210 million; forecasters had looked for 71 cents a share.",
            ("earnings per share", 0.71),
        ),
    ],
)
def test_a_dividend_or_deal_price_per_share_is_no_estimates_measure(nlp, text, expected):
    assert expected in per_share(nlp, text)


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        ("diluted earnings per share", True),
        ("net loss per share", True),
        ("dividend per share", False),
        ("acquisition price per share", False),
        ("net income", False),
    ],
)
def test_only_a_result_per_share_is_an_estimates_measure(predicate, expected):
    assert is_earnings_per_share(predicate) is expected
