"""Names NER gets wrong at their edges; sentences written for this test, invented names.
- A company named with a final "'s" (a store or a founder's name) keeps it when the "'s" owns nothing: "X's said",
  "shares of X's fell", "X's of London"; "X's profit" is a possessive.
- A descriptor first in the sentence or after the dateline ("Retailer X Inc") is not part of the name.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 11, 20)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemberton's said quarterly sales rose 4 percent to $2.1 billion.", "Pemberton's"),
        ("Ratings agency Fenwick's said defaults rose to 4 percent in March.", "Fenwick's"),
        ("Department store chain Pemberton's reported a 2 percent fall in October sales.", "Pemberton's"),
        ("Fenwick's, the credit rater, said revenue rose 6 percent to $910 million.", "Fenwick's"),
    ],
)
def test_name_keeps_its_final_s(nlp, text, name):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value]
    assert facts and {f.subject for f in facts} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kellan Corp's quarterly profit rose 8 percent to $512 million.", "Kellan"),
        ("Fenwick's revenue rose 5 percent in the third quarter, the ratings agency said.", "Fenwick"),
        ("Norvale Inc's ( NVL.N ) net income fell 10 percent to $140 million.", "Norvale"),
    ],
)
def test_possessive_is_not_part_of_the_name(nlp, text, name):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value]
    assert facts and {f.subject for f in facts} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DETROIT (Reuters) - Retailer Tamsin Inc reported a 7 percent jump in quarterly profit on Tuesday.", "Tamsin"),
        ("LONDON (Reuters) - Miner Kestrel Resources said on Monday its output rose 12 percent.", "Kestrel Resources"),
        ("Drugmaker Orwin Labs Inc said its profit rose 4 percent.", "Orwin Labs"),
    ],
)
def test_a_descriptor_first_in_the_story_is_not_part_of_the_name(nlp, text, name):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value]
    assert facts and {f.subject for f in facts} == {name}
