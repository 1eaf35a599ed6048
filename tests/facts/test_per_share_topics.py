"""A bare figure stated per share ("analysts had expected 38 cents a share") continues the story's last
per-share measure, not the paragraph's last whole measure put per share: texts written for these tests,
with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2018, 4, 26)


def per_share(nlp, text):
    return [(f.predicate, f.value.amount) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norvale Corp reported net income of $50 million, or 40 cents a share. Net sales rose 5 percent to "
            "$900 million. Analysts on average were expecting 38 cents per share.",
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
