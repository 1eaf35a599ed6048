"""The earlier side of a comparison restated per share ("against $5.2 million, or 14 cents a share, in the
year-earlier quarter") takes the year-back phrase even when the parser hangs that phrase on the reporting verb
(`attachment._back_on_earlier_side`). Sentences written for these tests; the "compared to" row is the one the
parser gets wrong without the rule, the others guard the neighbouring wordings."""

import datetime as dt

import pytest

from extractor.facts.attachment import _back_on_earlier_side, _Figure
from extractor.mentions.periods import PeriodMention
from extractor.models import Period
from tests.facts.period_facts import periods_by_amount

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "later", "earlier", "expected"),
    [
        (
            "Harrow Pumps posts second-quarter profit\n\n"
            "Harrow Pumps Inc reported second-quarter net income of $4.1 million, or 11 cents per diluted share, "
            "against $5.2 million, or 14 cents per diluted share, in the year-earlier quarter.",
            D(2015, 7, 29),
            4.1e6,
            5.2e6,
            (D(2014, 4, 1), D(2014, 6, 30)),
        ),
        (
            "Ostlund Media third-quarter earnings fall\n\n"
            "On Tuesday Ostlund Media Corp announced earnings of $18 million, or 40 cents a share, versus "
            "$22 million, or 49 cents a share, in the same quarter of last year.",
            D(2012, 10, 24),
            1.8e7,
            2.2e7,
            (D(2011, 7, 1), D(2011, 9, 30)),
        ),
        (
            "Quenby Foods first-quarter sales rise\n\n"
            "Quenby Foods Ltd reported first-quarter sales of $630 million, or $10.20 per share, compared to "
            "$510 million, or $8.30 per share, in the prior-year quarter.",
            D(2010, 4, 21),
            6.3e8,
            5.1e8,
            (D(2009, 1, 1), D(2009, 3, 31)),
        ),
        (
            "Lorne Freight third-quarter results\n\n"
            "Lorne Freight posted revenue of $240 million, or $3.10 a share, in the third quarter, compared with "
            "$200 million, or $2.60 a share, in the year-earlier period.",
            D(2013, 10, 30),
            2.4e8,
            2.0e8,
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
    ],
)
def test_a_restated_earlier_side_takes_the_year_back_period(nlp, text, published, later, earlier, expected):
    periods = periods_by_amount(nlp, text, published)
    assert periods[earlier] == expected
    start, end = expected
    assert periods[later] == (start.replace(year=start.year + 1), end.replace(year=end.year + 1))


@pytest.mark.parametrize(
    ("text", "phrase", "applies"),
    [
        # the phrase after the earlier side's preposition is that side's
        ("Tamsin Brewing reported $12 million, compared with $9 million a year earlier.", "a year earlier", True),
        (
            "Lorne Freight posted $240 million against $200 million in the prior-year quarter.",
            "the prior-year quarter",
            True,
        ),
        # a back phrase before the preposition is not the earlier side's
        ("A year earlier, Tamsin Brewing reported $12 million, compared with $9 million.", "A year earlier", False),
        (
            "In the prior-year quarter Lorne Freight posted $240 million against $200 million.",
            "the prior-year quarter",
            False,
        ),
    ],
)
def test_only_a_back_phrase_after_the_preposition_counts(nlp, text, phrase, applies):
    sent = next(nlp(text).sents)
    cue = next(t for t in sent if t.lower_ in ("with", "against"))
    earlier = next(e for e in sent.ents if e.start > cue.i and e.label_ == "MONEY")
    start = text.index(phrase)
    mention = PeriodMention(start, start + len(phrase), Period(label=phrase), "comparison", False, phrase, back=12)
    assert _back_on_earlier_side(mention, _Figure(earlier, sent, (), cue)) is applies
