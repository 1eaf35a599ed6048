"""A country's trade gap is an economy figure like its deficit (`lexicons/economy_nouns.txt`): a story led by "the
<nationality> trade gap" is about that country, and its figures without a named holder take the country (FACTS.md:
economy-wide facts take the country as subject), not a firm whose economist comments further down, nor nobody.

Stories written for these tests; the firms are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 5, 12)


def subjects(nlp, text, surface):
    return [f.subject for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]


TRADE_GAP_STORIES = [
    (
        " date 2011-05-12 Canadian trade gap narrows in April\n\nOTTAWA (Reuters) - The Canadian trade gap narrowed"
        " in April as exports rose 3.1 percent, a government report showed on Thursday.\n\nThe gap shrank to C$1.2"
        " billion from C$1.9 billion in March, said Halvern Partners economist Joe Blake.\n",
        "C$1.2 billion",
        "Canada",
    ),
    (
        " date 2011-05-12 U.S. trade gap widens in April\n\nNEW YORK (Reuters) - The U.S. trade gap widened in April"
        " as exports fell 3.1 percent, a government report showed on Thursday.\n\nThe gap grew to $41.2 billion"
        " from $39.9 billion in March, said Halvern Partners economist Joe Blake.\n",
        "3.1 percent",
        "United States",
    ),
    (
        " date 2011-05-12 Japanese trade gap shrinks\n\nTOKYO (Reuters) - The Japanese trade gap shrank in March"
        " because imports of fuel slowed, the finance ministry said.\n\nImports rose 4.2 percent from a year"
        " earlier, Corvane Securities analyst Ken Sato said.\n",
        "4.2 percent",
        "Japan",
    ),
]


@pytest.mark.parametrize(("text", "surface", "subject"), TRADE_GAP_STORIES)
def test_a_country_trade_gap_story_gives_its_figures_the_country(nlp, text, surface, subject):
    assert subjects(nlp, text, surface) == [subject]


def test_a_company_funding_gap_stays_the_company_figure(nlp):
    text = (
        " date 2011-05-12 Halvern narrows funding gap\n\nNEW YORK (Reuters) - Halvern Partners said its funding gap"
        " narrowed to $2 billion in April after it sold bonds in Canada.\n"
    )
    assert subjects(nlp, text, "$2 billion") == ["Halvern Partners"]
