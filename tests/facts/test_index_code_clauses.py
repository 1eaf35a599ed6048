"""In a verbless small clause "with <index> <code> up|down <figure>", the figure reads the index even where the
tagger takes its quote code for punctuation or a verb: sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 4, 6)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The yen weakened, with the U.S. Money Index .MNX up 0.41 percent at 77.120.",
            "77.120",
        ),
        ("Grain futures eased, with the U.S. Farm Index .FRM down 0.9 percent at 151.44.", "0.9 percent"),
        ("Copper slid, with the U.S. Metals Index .MTX down 1.3 percent at 212.05.", "212.05"),
        ("Sterling slipped, with the U.K. Pound Index .UKP down 0.35 percent at 79.90.", "0.35 percent"),
    ],
)
def test_a_figure_after_an_index_code_reads_the_index(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    assert next(f.predicate for f in facts if f.value.surface == surface) == "index"
