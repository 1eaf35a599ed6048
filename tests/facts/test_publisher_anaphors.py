"""In an economy story whose main organization is the statistics body that reports the figures, "we", "it" or
"the company" with no nearer party named stand for the country, never for the body (it reports the country's
figures and holds none of them; FACTS.md: economy-wide facts take the country): an economist's "we had 3
percent" on a growth report. A company's own "we" keeps the company. Stories written for these tests, invented
names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2010, 4, 30)


def subject_of(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    return facts[0].subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "NEW YORK (Reuters) - The U.S. economy grew at a slower pace in the first quarter, a government report "
            "showed on Friday. Gross domestic product expanded at a 3.2 percent pace, the Commerce Department "
            'said. COMMENTS: TOM HALE, CHIEF ECONOMIST, BRINDLE SECURITIES: "We view it as close to forecasts, we '
            'had 3 percent."',
            "3 percent",
            "United States",
        ),
        (
            "NEW YORK (Reuters) - U.S. jobless claims rose last week, a government report showed. Initial claims "
            "rose 18,000 to 409,000, the Labor Department said. ANN TAMM, ECONOMIST, MERROW PARTNERS: "
            '"We are still looking for a 140,000 increase in payrolls."',
            "140,000",
            "United States",
        ),
        (
            "NEW YORK (Reuters) - U.S. retail sales rose in March, a government report showed. Sales at "
            "gasoline stations climbed 1.1 percent, the Commerce Department said. One economist said: "
            '"We got 0.8 percent growth in spending on cars, which is better than it looks."',
            "0.8 percent",
            "United States",
        ),
    ],
)
def test_an_unnamed_we_in_a_publishers_story_is_the_country(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


def test_a_companys_we_stays_the_company(nlp):
    text = (
        "NEW YORK (Reuters) - Brindle Tools Inc said quarterly profit rose 12 percent to $40 million. "
        '"We expect sales to rise 4 percent next year," Chief Executive Tom Hale said.'
    )
    assert subject_of(nlp, text, "4 percent") == "Brindle Tools"
