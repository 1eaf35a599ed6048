"""A rank whose field is a place word before the ranked noun (facts/rank_places.py): "the top U.S. rail
contractor", "the No. 2 Japanese brewer" rank the company in that country, as "Japan's No. 2 brewer" does.
Several ranked things, a party adjective and a place ranked in itself give none. Sentences written for these
tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)


def ranks_of(nlp, text):
    return [
        (f.subject, f.value.amount, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "rank"
    ]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Halvern Rail, the top U.S. rail contractor, said sales fell.", ("Halvern Rail", 1.0, "United States")),
        (
            "Brandel Motors cut its outlook. Moody's warned that the recall would strain cash at the top German "
            "automaker.",
            ("Brandel Motors", 1.0, "Germany"),
        ),
        (
            "Shares of the third-largest Canadian insurer, Pellam Life, slipped 2 percent.",
            ("Pellam Life", 3.0, "Canada"),
        ),
        ("The No. 2 Japanese brewer Kirova Holdings raised its beer prices.", ("Kirova", 2.0, "Japan")),
        ("Ostra Foods, the biggest Swiss dairy group, hired 300 drivers.", ("Ostra Foods", 1.0, "Switzerland")),
    ],
)
def test_a_place_before_the_ranked_noun_is_its_field(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tessaly Bank said ten of the biggest U.S. banks must repay the funds by June.",  # several ranked
        "Tessaly Bank said the two largest French lenders would merge their card units.",
        "Tessaly Bank said the top Republican senator on the panel opposed the bill.",  # a party, not a place
        "Tessaly Bank said a top Italian court would rule on the fee next month.",  # one of the top courts
        "Tessaly Bank fell after the top U.S. banking regulator opened a review.",  # a public body, no business
        "Ostra Mining, once the 14th-largest Chilean copper producer, filed for protection.",  # no rank 1
    ],
)
def test_no_rank_for_several_things_or_a_party(nlp, text):
    assert [r for r in ranks_of(nlp, text) if r[1] == 1.0] == []
